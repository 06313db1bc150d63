import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"


def probe_sources(text: str) -> set[tuple[str, str]]:
    """The sources found in a probe sentence, as (name without a leading "the", kind)."""
    from framing.corpus import Article
    from framing.document import build_document

    doc = build_document(Article(id="probe", text=text))
    return {(s.name.removeprefix("The ").removeprefix("the "), s.kind) for s in doc.attribution.sources}


def probe_quote_count(text: str) -> int:
    """The direct quotes counted in a probe text (``attribution_direct_quotes``)."""
    from framing import score_text

    return score_text(text).metrics["attribution_direct_quotes"]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never read or fill the user's result cache."""
    import os

    os.environ["FRAMING_CACHE_DIR"] = str(tmp_path_factory.mktemp("framing-cache"))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False, help="Rewrite tests/golden from the current output.")


@pytest.fixture(scope="session")
def update_golden(request):
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def rubric():
    from framing import load_rubric

    return load_rubric()


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory):
    """The seeds/ folder scored once with the default rubric."""
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path_factory.mktemp("seed_report")
    result = CliRunner().invoke(app, ["score", str(SEEDS), "--out", str(out), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out
