"""Reproducibility: rubric_sha256 follows the effective rubric (not comments,
key order or file layout; any term, weight or pattern), every written column
has a codebook row, `rubric diff` says what changed, and a rubric made with
`rubric init` scores the seed article differently and reproducibly."""
import csv
import json

import pytest
from typer.testing import CliRunner

from framing import load_rubric
from framing.cli import app

from .conftest import SEEDS

runner = CliRunner()

BASE = """name: x
version: "1"
extends: default
weights: {attribution: 0.4, sourcing: 0.2}
rules:
  - id: LNG101
    name: house-words
    dimension: loaded_language
    kind: pattern
    message: m
    pattern: '\\bbombshell\\b'
    weight: 1
  - id: LNG003
    add_terms: [jaw-dropping]
"""


def sha(tmp_path, text, name="r.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_rubric(str(path)).sha256


def test_hash_ignores_comments_key_order_and_file_layout(tmp_path):
    reordered = """# our rubric, reordered and commented
rules:
  - {id: LNG003, add_terms: [jaw-dropping]}   # flow style
  - pattern: '\\bbombshell\\b'
    weight: 1.0
    message: m
    kind: pattern
    dimension: loaded_language
    name: house-words
    id: LNG101
weights: {sourcing: 0.2, attribution: 0.4}
extends: default
version: "1"
name: x
"""
    assert sha(tmp_path, BASE) == sha(tmp_path, reordered, "b.yaml")
    (tmp_path / "rules.yaml").write_text(BASE.split("rules:\n", 1)[1].replace("  - ", "- ").replace("\n    ", "\n  "), encoding="utf-8")
    included = BASE.split("rules:\n", 1)[0] + "include: [rules.yaml]\n"
    assert sha(tmp_path, BASE) == sha(tmp_path, included, "c.yaml")


@pytest.mark.parametrize("old,new", [
    ("add_terms: [jaw-dropping]", "add_terms: [jaw-dropping, eye-watering]"),  # a term
    ("weights: {attribution: 0.4", "weights: {attribution: 0.41"),  # a dimension weight
    ("    weight: 1\n", "    weight: 1.5\n"),  # a rule weight
    ("\\bbombshell\\b", "\\bbombshells?\\b"),  # a pattern
    ("message: m", "message: n"),  # a message
])
def test_hash_changes_with_any_term_weight_or_pattern(tmp_path, old, new):
    assert old in BASE
    assert sha(tmp_path, BASE) != sha(tmp_path, BASE.replace(old, new), "b.yaml")


def test_hash_changes_when_a_lexicon_file_changes(tmp_path):
    (tmp_path / "words.txt").write_text("bombshell\n", encoding="utf-8")
    rubric = "extends: default\nrules:\n  - {id: LNG101, dimension: loaded_language, kind: terms, message: m, lexicon: words.txt}\n"
    before = sha(tmp_path, rubric)
    (tmp_path / "words.txt").write_text("bombshell\n# a comment changes nothing\n", encoding="utf-8")
    assert sha(tmp_path, rubric) == before
    (tmp_path / "words.txt").write_text("bombshell\nmegadeal\n", encoding="utf-8")
    assert sha(tmp_path, rubric) != before


def test_shipped_rubrics_have_distinct_hashes():
    from framing.rubric import shipped_rubrics

    hashes = {load_rubric(n).sha256 for n in shipped_rubrics()}
    assert len(hashes) == len(shipped_rubrics()) >= 3


def test_every_written_column_has_a_codebook_row(seed_report):
    codebook = {(r["file"], r["column"]): r for r in csv.DictReader(open(seed_report / "codebook.csv", encoding="utf-8"))}
    for name in ("articles.csv", "findings.csv", "sources.csv", "quotes.csv", "claims.csv", "links.csv", "errors.csv"):
        header = next(csv.reader(open(seed_report / name, encoding="utf-8")))
        for col in header:
            row = codebook.get((name, col))
            assert row and row["meaning"] and row["unit"], f"{name} column {col} has no codebook row"
    with open(seed_report / "findings.jsonl", encoding="utf-8") as fh:
        keys = json.loads(fh.readline())
    assert all(codebook.get(("findings.jsonl", k), {}).get("meaning") for k in keys)
    written = {(name, col) for name in ("articles.csv", "findings.csv") for col in next(csv.reader(open(seed_report / name, encoding="utf-8")))}
    assert {k for k in codebook if k[0] in ("articles.csv", "findings.csv")} == written  # and no row for a column not written


def test_rubric_diff_names_every_change(tmp_path):
    child = tmp_path / "mine.yaml"
    child.write_text(
        "name: mine\nversion: '2'\nextends: default\nweights: {loaded_language: 0.4}\ndisable: [LNG006]\n"
        "bands: [{min: 85, label: strong}, {min: 60, label: adequate}, {min: 0, label: poor}]\n"
        "levels: {ATT001: error}\nrules:\n  - {id: LNG003, weight: 2, add_terms: [jaw-dropping], remove_terms: [historic]}\n"
        "  - {id: LNG101, name: house-words, dimension: loaded_language, kind: terms, message: m, terms: [bombshell]}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["rubric", "diff", "default", str(child)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("--- default (shipped): default 1.0 (sha256 ") and lines[1].startswith(f"+++ {child}: mine 2 (sha256 ")
    assert lines[2:] == [
        "~ name: 'default' -> 'mine'",
        "~ version: '1.0' -> '2'",
        "~ dimension loaded_language weight: 0.25 -> 0.4",
        "~ band strong min: 80 -> 85",
        "- band weak: was from 40",
        "~ rule ATT001 level: 'warning' -> 'error'",
        "~ rule LNG003 terms: +'jaw-dropping' -'historic'",
        "~ rule LNG003 weight: 1 -> 2",
        "- rule LNG006: speculation-opinion-marker (loaded_language, terms, suggestion, weight 0.5)",
        "+ rule LNG101: house-words (loaded_language, terms, warning, weight 1)",
    ]
    same = runner.invoke(app, ["rubric", "diff", "default", "default"])
    assert same.exit_code == 0 and same.output.splitlines()[-1] == "no differences: the effective rubrics are the same"


def test_rubric_diff_of_shipped_rubrics():
    result = runner.invoke(app, ["rubric", "diff", "default", "opinion"])
    assert result.exit_code == 0
    assert "+ dimension transparency: weight 0.2, metrics findings" in result.output
    assert "+ rule TRN001: opinion-label-missing (transparency, required_label, error, weight 1)" in result.output
    assert "~ rule LNG006 weight: 0.5 -> 0" in result.output
    bad = runner.invoke(app, ["rubric", "diff", "default", "nonesuch"])
    assert bad.exit_code == 2 and "no rubric named 'nonesuch'" in bad.stderr


def _scores(out):
    return next(csv.DictReader(open(out / "articles.csv", encoding="utf-8")))


def test_done_when_a_rubric_from_init_scores_the_seed_differently_and_reproducibly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["rubric", "init", "newsroom"]).exit_code == 0
    path = tmp_path / "rubrics" / "newsroom.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  loaded_language: 0.25\n" in text and text.rstrip().endswith("#     passes: [\"The senator criticised the bill.\"]")
    text = text.replace("  loaded_language: 0.25\n", "  loaded_language: 0.5\n")  # one changed weight
    text += (  # one new rule
        "  - id: SRC101\n    name: state-media-sourcing\n    dimension: sourcing\n    kind: pattern\n    level: warning\n    weight: 3\n"
        "    message: \"'{match}' is state media: say so, and find an independent source.\"\n"
        "    why: State outlets speak for a government.\n"
        "    pattern: '\\b(?:KCNA|state media)\\b'\n    params: {ignore_case: false}\n"
        "    examples:\n      fires: [\"KCNA reported the launch.\"]\n      passes: [\"Reuters reported the launch.\"]\n"
    )
    path.write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["rubric", "test", "rubrics/newsroom.yaml"]).exit_code == 0
    for out, rubric in (("default", "default"), ("a", "rubrics/newsroom.yaml"), ("b", "rubrics/newsroom.yaml")):
        result = runner.invoke(app, ["score", str(SEEDS), "--rubric", rubric, "--out", out, "--quiet"])
        assert result.exit_code == 0, result.output
    default, mine = _scores(tmp_path / "default"), _scores(tmp_path / "a")
    assert mine["rubric"] == "newsroom" and mine["rubric_sha256"] != default["rubric_sha256"]
    assert mine["score_sourcing"] != default["score_sourcing"] and mine["score_overall"] != default["score_overall"]
    new_rule = [r for r in csv.DictReader(open(tmp_path / "a" / "findings.csv", encoding="utf-8")) if r["rule"] == "SRC101"]
    assert {r["text"] for r in new_rule} == {"KCNA", "state media"}
    for p in sorted((tmp_path / "a").rglob("*")):
        if p.is_file():
            assert (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes() == p.read_bytes(), p.name
