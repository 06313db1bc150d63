"""A user pattern that backtracks catastrophically cannot hang a run: it passes
the load-time check, is stopped on a 1 MB single-line article, and the run
reports the rule and goes on."""
import csv

from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()

# Alternatives that can match the same text, repeated, then a test that fails
# at the very end: the load-time check (nested quantifiers) lets it through.
PATHOLOGICAL = r"(\w|\s|\w\s)+\d$"


def test_pathological_pattern_on_a_long_line_is_stopped_and_reported(tmp_path):
    rubric = tmp_path / "slow.yaml"
    rubric.write_text(
        "name: slow\nextends: default\nrules:\n  - id: LNG101\n    name: numbers-at-end\n    dimension: loaded_language\n    kind: pattern\n"
        f"    message: m\n    pattern: '{PATHOLOGICAL}'\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["rubric", "check", str(rubric)]).exit_code == 0
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "big.txt").write_text(("the cat sat on the mat and " * 40000)[:1_000_000], encoding="utf-8")
    (corpus / "small.txt").write_text("Officials said on Monday that the bridge would close.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--rubric", str(rubric), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    errors = list(csv.DictReader(open(out / "errors.csv", encoding="utf-8")))
    assert [(e["article"], e["error"]) for e in errors] == [("big.txt", "pattern_timeout")]
    assert errors[0]["message"].startswith(f"rule LNG101 ({rubric}:4): its pattern ran for over 2 s on this article and was stopped")
    assert [r["article"] for r in csv.DictReader(open(out / "articles.csv", encoding="utf-8"))] == ["small.txt"]
    assert "framing: big.txt: rule LNG101" in result.stderr and "Traceback" not in result.output


def test_atomic_groups_and_possessive_quantifiers_are_allowed(tmp_path):
    from framing import load_rubric, score_text

    rubric = tmp_path / "safe.yaml"
    rubric.write_text(
        "extends: default\nrules:\n  - id: LNG101\n    dimension: loaded_language\n    kind: pattern\n    message: m\n"
        "    pattern: '(?>\\w+\\s?)*!{2,}'\n  - id: LNG102\n    dimension: loaded_language\n    kind: pattern\n    message: m\n    pattern: '\\d++%'\n",
        encoding="utf-8",
    )
    found = [(f.rule, f.text) for f in score_text("Prices rose 40% today!!", load_rubric(str(rubric))).findings if f.rule in ("LNG101", "LNG102")]
    assert found == [("LNG102", "40%"), ("LNG101", "today!!")]
