"""Rubric loading: malformed rubrics fail with file:line and a clear message;
extends and overrides compose."""
import pytest

from framing import load_rubric, score_text
from framing.rubric import RubricError

BAD = {
    "syntax": ("name: x\nrules: [\n", 3, "YAML syntax error"),
    "unknown_key": ("name: x\nextends: default\ncolour: red\n", 3, "unknown key 'colour'"),
    "did_you_mean": ("name: x\nextends: default\nweigths: {attribution: 1}\n", 3, "did you mean 'weights'"),
    "wrong_type": ("name: x\nextends: default\nrules: {id: LNG001}\n", 3, "'rules' in the rubric must be a list of rules"),
    "bad_pattern": ("name: x\nextends: default\nrules:\n  - id: LNG101\n    dimension: loaded_language\n    kind: pattern\n    message: m\n    pattern: '(unclosed'\n", 4, "LNG101: pattern does not compile"),
    "catastrophic": ("name: x\nextends: default\nrules:\n  - id: LNG101\n    dimension: loaded_language\n    kind: pattern\n    message: m\n    pattern: '(a+)+$'\n", 4, "nested quantifier"),
    "duplicate_id": ("name: x\nextends: default\nrules:\n  - {id: LNG101, dimension: loaded_language, kind: terms, message: m, terms: [a]}\n  - {id: LNG101, dimension: loaded_language, kind: terms, message: m, terms: [b]}\n", 5, "duplicate rule id 'LNG101'"),
    "negative_weight": ("name: x\nextends: default\ndimensions:\n  sentiment: {weight: -1}\n", 4, "must not be negative"),
    "all_zero": ("name: x\nextends: default\nweights: {attribution: 0, sourcing: 0, loaded_language: 0, sentiment: 0}\n", None, "all dimension weights are zero"),
    "missing_base": ("name: x\nextends: nonexistent_rubric\n", 2, "no rubric named 'nonexistent_rubric'"),
    "unknown_dimension": ("name: x\nextends: default\nrules:\n  - {id: XYZ101, dimension: tone, kind: terms, message: m, terms: [a]}\n", 4, "unknown dimension 'tone'"),
    "unknown_kind": ("name: x\nextends: default\nrules:\n  - {id: LNG101, dimension: loaded_language, kind: termz, message: m}\n", 4, "did you mean 'terms'"),
    "bad_level": ("name: x\nextends: default\nlevels: {LNG001: fatal}\n", 3, "level must be one of"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_rubric_names_file_and_line(tmp_path, case):
    text, line, message = BAD[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load_rubric(str(path))
    assert message in err.value.message
    assert err.value.path == str(path)
    if line is not None:
        assert err.value.line == line
    assert "\n" not in str(err.value)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes("name: caf\xe9\n".encode("latin-1"))
    with pytest.raises(RubricError, match="not UTF-8"):
        load_rubric(str(path))


def test_extends_cycle(tmp_path):
    (tmp_path / "a.yaml").write_text("name: a\nextends: b.yaml\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("name: b\nextends: a.yaml\n", encoding="utf-8")
    with pytest.raises(RubricError, match="extends cycle"):
        load_rubric(str(tmp_path / "a.yaml"))


def test_child_overrides_rule_and_weight_and_changes_hash(tmp_path):
    base = load_rubric()
    path = tmp_path / "mine.yaml"
    path.write_text(
        "name: mine\nversion: '1'\nextends: default\nweights: {loaded_language: 0.5}\n"
        "rules:\n  - id: LNG003\n    weight: 3\n    add_terms: [jaw-dropping]\n"
        "  - id: LNG101\n    name: house-words\n    dimension: loaded_language\n    kind: terms\n    message: \"'{match}' is banned here.\"\n    why: house style\n"
        "    terms: [bombshell]\n    examples: {fires: ['A bombshell report.'], passes: ['A report.']}\n",
        encoding="utf-8",
    )
    mine = load_rubric(str(path))
    assert mine.sha256 != base.sha256
    assert mine.dimensions["loaded_language"].weight == 0.5
    assert mine.rule("LNG003").weight == 3 and "jaw-dropping" in mine.rule("LNG003").terms
    text = "The bombshell report was a jaw-dropping read."
    assert {f.rule for f in score_text(text, mine).findings} >= {"LNG101", "LNG003"}
    assert score_text(text, mine).scores["loaded_language"] < score_text(text, base).scores["loaded_language"]


def test_hash_ignores_comments_and_key_order(tmp_path):
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    a.write_text("name: x\nextends: default\nweights: {attribution: 0.4, sourcing: 0.2}\n", encoding="utf-8")
    b.write_text("# comment\nweights: {sourcing: 0.2, attribution: 0.4}\nextends: default\nname: x\n", encoding="utf-8")
    assert load_rubric(str(a)).sha256 == load_rubric(str(b)).sha256
