"""Composition: extends chains, overrides by id, disable/select/ignore,
levels, weights, bands, side-file lexicons, includes and a dimension of the
rubric's own, each seen in what the rubric does to real sentences."""
import csv

import pytest
from typer.testing import CliRunner

from framing import load_rubric, score_text
from framing.cli import app

runner = CliRunner()

LOADED = "The senator slammed the outrageous plan. It was a historic, shocking failure."


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_fired(text, rubric):
    return sorted({f.rule for f in score_text(text, rubric).findings if f.counted})


def test_extends_chain_by_name_then_by_path_relative_to_the_file(tmp_path, monkeypatch):
    write(tmp_path / "desk" / "base.yaml", "name: base\nversion: '1'\nextends: default\nweights: {loaded_language: 0.5}\nrules:\n  - {id: LNG001, weight: 3}\n")
    write(tmp_path / "desk" / "child.yaml", "name: child\nversion: '2'\nextends: base.yaml\nrules:\n  - {id: LNG002, weight: 0}\n")
    monkeypatch.chdir(tmp_path)  # base.yaml is found next to child.yaml, not in the current folder
    child = load_rubric("desk/child.yaml")
    assert (child.name, child.version) == ("child", "2")
    assert child.dimensions["loaded_language"].weight == 0.5
    assert child.rule("LNG001").weight == 3 and child.rule("LNG002").weight == 0
    assert child.rule("ATT001").message == load_rubric("default").rule("ATT001").message
    fired = rules_fired(LOADED, child)
    assert {"LNG001", "LNG003"} <= set(fired) and "LNG002" not in fired
    assert "LNG002" in rules_fired(LOADED, "default")


def test_override_weight_message_and_terms_by_id(tmp_path):
    path = write(tmp_path / "r.yaml", "extends: default\nrules:\n  - id: LNG003\n    weight: 4\n    message: \"'{match}' inflates.\"\n    add_terms: [jaw-dropping]\n    remove_terms: [HISTORIC]\n")
    mine, base = load_rubric(str(path)), load_rubric()
    text = "It was a historic day and a jaw-dropping sight for the city."
    got = [f for f in score_text(text, mine).findings if f.rule == "LNG003"]
    assert [(f.text, f.weight, f.message) for f in got] == [("a jaw-dropping sight", 4.0, "'a jaw-dropping sight' inflates.")]  # phrase: 2 carries over
    assert [f.text for f in score_text(text, base).findings if f.rule == "LNG003"] == ["a historic day"]
    assert mine.rule("LNG003").terms == tuple(t for t in base.rule("LNG003").terms if t != "historic") + ("jaw-dropping",)
    assert mine.rule("LNG003").why == base.rule("LNG003").why  # keys not named are inherited


def test_disable_select_and_ignore(tmp_path):
    disabled = load_rubric(str(write(tmp_path / "d.yaml", "extends: default\ndisable: [LNG002]\n")))
    assert "LNG002" not in {r.id for r in disabled.rules}
    assert "LNG002" not in rules_fired(LOADED, disabled)
    only_att = load_rubric(str(write(tmp_path / "s.yaml", "extends: default\nselect: [ATT, SRC]\n")))
    assert {r.id[:3] for r in only_att.rules} == {"ATT", "SRC"}
    ignored = load_rubric(str(write(tmp_path / "i.yaml", "extends: default\nignore: [LNG00, SEN]\n")))
    assert {r.id for r in ignored.rules} == {r.id for r in load_rubric().rules if not r.id.startswith(("LNG00", "SEN"))}
    enabled_false = load_rubric(str(write(tmp_path / "e.yaml", "extends: default\nrules:\n  - {id: LNG001, enabled: false}\n")))
    assert "LNG001" not in rules_fired(LOADED, enabled_false)


def test_levels_change_what_fail_on_stops(tmp_path):
    corpus = tmp_path / "in"
    write(corpus / "a.txt", "Critics say the new bridge will cost more than planned.")
    strict = write(tmp_path / "strict.yaml", "extends: default\nlevels: {ATT001: error}\n")
    assert load_rubric(str(strict)).rule("ATT001").level == "error"
    args = ["score", str(corpus), "--quiet", "--fail-on", "error"]
    assert runner.invoke(app, args + ["--out", str(tmp_path / "o1")]).exit_code == 0
    assert runner.invoke(app, args + ["--out", str(tmp_path / "o2"), "--rubric", str(strict)]).exit_code == 1


@pytest.mark.parametrize("level,code", [("suggestion", 1), ("warning", 1), ("error", 0)])
def test_fail_on_counts_levels_at_or_above(tmp_path, level, code):
    corpus = write(tmp_path / "in" / "a.txt", "Senator Amy Ross slammed the plan on Monday.").parent
    result = runner.invoke(app, ["score", str(corpus), "--quiet", "--fail-on", level, "--out", str(tmp_path / "o")])
    assert result.exit_code == code  # LNG002 is a warning


def test_fail_on_rejects_an_unknown_level(tmp_path):
    result = runner.invoke(app, ["score", str(tmp_path), "--fail-on", "fatal", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--fail-on must be one of suggestion, warning, error" in result.stderr


def test_add_a_pattern_rule_with_a_group(tmp_path):
    path = write(tmp_path / "r.yaml", "extends: default\nrules:\n  - id: SRC101\n    name: sources-say\n    dimension: sourcing\n    kind: pattern\n"
                 "    message: \"'{match}' hides who said it.\"\n    pattern: '\\b(sources?) (?:say|said|told)\\b'\n    params: {group: 1}\n    weight: 2\n")
    got = [f for f in score_text("The deal is off, sources told reporters.", load_rubric(str(path))).findings if f.rule == "SRC101"]
    assert [(f.text, f.weight) for f in got] == [("sources", 2.0)]


def test_dimension_weights_set_the_overall_score(tmp_path):
    path = write(tmp_path / "r.yaml", "extends: default\nweights: {attribution: 1, sourcing: 0, loaded_language: 0, sentiment: 0}\n")
    res = score_text(LOADED, load_rubric(str(path)))
    assert res.overall == res.scores["attribution"]
    path = write(tmp_path / "r2.yaml", "extends: default\ndimensions:\n  loaded_language: {weight: 3}\n")
    res2, base = score_text(LOADED, load_rubric(str(path))), score_text(LOADED)
    expected = sum(res2.scores[d] * w for d, w in {"attribution": .3, "sourcing": .3, "loaded_language": 3, "sentiment": .15}.items()) / 3.75
    assert res2.overall == pytest.approx(expected, abs=0.06) and res2.overall < base.overall


def test_bands_and_labels(tmp_path):
    path = write(tmp_path / "r.yaml", "extends: default\nbands:\n  - {min: 101, label: unreachable}\n  - {min: 0, label: reviewed}\n")
    assert score_text(LOADED, load_rubric(str(path))).band == "reviewed"
    assert score_text(LOADED).band in ("strong", "adequate", "weak", "poor")


def test_lexicons_in_side_files(tmp_path, monkeypatch):
    write(tmp_path / "r" / "lex" / "banned.txt", "# house words, one per line\nBombshell\n\n  game   changer  # a phrase\n")
    write(tmp_path / "r" / "lex" / "more.txt", "shock and awe\n")
    write(tmp_path / "r" / "house.yaml", "extends: default\nrules:\n  - id: LNG101\n    name: house-words\n    dimension: loaded_language\n    kind: terms\n"
          "    message: m\n    lexicon: [lex/banned.txt, lex/more.txt]\n    terms: [megadeal]\n")
    monkeypatch.chdir(tmp_path)
    rule = load_rubric("r/house.yaml").rule("LNG101")
    assert rule.terms == ("megadeal", "bombshell", "game changer", "shock and awe")
    text = "A bombshell megadeal, a game changer, said nobody; shock and awe."
    assert [f.text for f in score_text(text, load_rubric("r/house.yaml")).findings if f.rule == "LNG101"] == ["bombshell", "megadeal", "game changer", "shock and awe"]


def test_include_rule_files(tmp_path):
    write(tmp_path / "rules" / "house.yaml", "rules:\n  - {id: LNG101, dimension: loaded_language, kind: terms, message: m, terms: [bombshell]}\n")
    path = write(tmp_path / "r.yaml", "extends: default\ninclude: [rules/house.yaml]\n")
    assert "LNG101" in rules_fired("A bombshell report landed.", load_rubric(str(path)))
    assert "LNG101" not in rules_fired("A bombshell report landed.", "default")


TRANSPARENCY = """name: labels
version: "1"
extends: default
dimensions:
  transparency:
    weight: 0.2
    description: Does the piece say it is opinion?
    components:
      - {metric: findings, good: 0, bad: 1, weight: 2}
      - {metric: penalty_per_1k_words, good: 0, bad: 4, weight: 1}
rules:
  - id: TRN001
    name: label-missing
    dimension: transparency
    kind: required_label
    level: error
    weight: 1
    message: "No {genres} label."
    why: Readers should know what they read.
    examples: {fires: ["The plan is bad."], passes: ["Opinion: the plan is bad."]}
"""


def test_a_dimension_of_the_rubrics_own_end_to_end(tmp_path):
    rubric = write(tmp_path / "labels.yaml", TRANSPARENCY)
    corpus = tmp_path / "in"
    write(corpus / "labelled.md", "Opinion: the city should rebuild the bridge.\n\nThe council has waited too long.\n")
    write(corpus / "unlabelled.md", "The city should rebuild the bridge.\n\nThe council has waited too long.\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["score", str(corpus), "--rubric", str(rubric), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = {r["article"]: r for r in csv.DictReader(open(out / "articles.csv", encoding="utf-8"))}
    assert rows["labelled.md"]["score_transparency"] == "100.0" and rows["labelled.md"]["transparency_findings"] == "0"
    assert rows["unlabelled.md"]["score_transparency"] == "0.0" and rows["unlabelled.md"]["transparency_findings"] == "1"
    assert float(rows["unlabelled.md"]["transparency_penalty_per_1k_words"]) == 4.0  # weight 1 per 250 words
    assert float(rows["unlabelled.md"]["score_overall"]) < float(rows["labelled.md"]["score_overall"])
    header = next(csv.reader(open(out / "articles.csv", encoding="utf-8")))
    assert header.index("score_transparency") == header.index("score_readability") + 1
    codebook = {(r["file"], r["column"]): r for r in csv.DictReader(open(out / "codebook.csv", encoding="utf-8"))}
    for col in ("transparency_findings", "transparency_penalty_per_1k_words", "score_transparency"):
        assert codebook[("articles.csv", col)]["dimension"] == "transparency"
    findings = [r for r in csv.DictReader(open(out / "findings.csv", encoding="utf-8")) if r["rule"] == "TRN001"]
    assert [(f["article"], f["dimension"], f["message"]) for f in findings] == [("unlabelled.md", "transparency", "No opinion label.")]
    page = (out / "articles" / "unlabelled.md.md").read_text(encoding="utf-8")
    assert "| Transparency | 0 | 0.2 |" in page and "### Transparency — 1 finding(s), 1 counted" in page
    summary_header = next(l for l in (out / "summary.md").read_text(encoding="utf-8").splitlines() if l.startswith("| Article |"))
    assert "| Readability (context) | Transparency | Overall |" in summary_header
    assert runner.invoke(app, ["rubric", "test", str(rubric)]).exit_code == 0


@pytest.mark.parametrize("name", ["default", "wire", "opinion"])
def test_rubric_show_prints_the_effective_rubric_as_yaml(name):
    import yaml

    result = runner.invoke(app, ["rubric", "show", name])
    assert result.exit_code == 0, result.output
    rubric = load_rubric(name)
    assert result.output.splitlines()[0] == f"# effective rubric {name} {rubric.version}, sha256 {rubric.sha256}"
    assert yaml.safe_load(result.output) == rubric.content
