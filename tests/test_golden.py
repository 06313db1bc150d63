"""Golden reports for seeds/: any change in output shows up as a diff.

Run ``pytest --update-golden`` to rewrite them after a deliberate change,
then review the diff.
"""
import shutil

import pytest

from .conftest import GOLDEN

FILES = ["articles.csv", "findings.csv", "sources.csv", "quotes.csv", "claims.csv", "summary.md", "outlets.csv", "pairwise.csv", "comparison.md"]


@pytest.mark.parametrize("name", FILES)
def test_seed_report_matches_golden(seed_report, update_golden, name):
    got = (seed_report / name).read_text(encoding="utf-8")
    golden = GOLDEN / name
    if update_golden or not golden.exists():
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
        if not update_golden:
            pytest.skip(f"wrote missing golden file {name}")
    assert got == golden.read_text(encoding="utf-8"), f"{name} differs from tests/golden; rerun with --update-golden if the change is intended"
