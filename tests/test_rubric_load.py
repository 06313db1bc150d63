"""Malformed rubrics fail with one line naming the file and the line, through
the API and the CLI (exit 2, no traceback); random rubric-shaped YAML gives a
Rubric or a RubricError, never another exception."""
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing import load_rubric, score_text
from framing.cli import app
from framing.rubric import RubricError
from framing.rubric.load import SCHEMA

from .conftest import SEEDS

runner = CliRunner()

NEW_RULE = "  - id: LNG101\n    dimension: loaded_language\n    kind: terms\n    message: m\n"

# name -> (files, file to load, line of the error or None, what the message says)
BAD = {
    # the twelve kinds of the issue
    "yaml_syntax": ({"r.yaml": "name: x\nrules: [\n"}, "r.yaml", 3, "YAML syntax error"),
    "unknown_key": ({"r.yaml": "name: x\nextends: default\ncolour: red\n"}, "r.yaml", 3, "unknown key 'colour' in the rubric"),
    "did_you_mean": ({"r.yaml": "name: x\nextends: default\nweigths: {attribution: 1}\n"}, "r.yaml", 3, "did you mean 'weights'"),
    "wrong_type": ({"r.yaml": "name: x\nextends: default\nrules: {id: LNG001}\n"}, "r.yaml", 3, "'rules' in the rubric must be a list of rules"),
    "bad_pattern": ({"r.yaml": "name: x\nextends: default\nrules:\n  - id: LNG101\n    dimension: loaded_language\n    kind: pattern\n    message: m\n    pattern: '(unclosed'\n"}, "r.yaml", 8, "rule LNG101: pattern does not compile"),
    "catastrophic_pattern": ({"r.yaml": "name: x\nextends: default\nrules:\n  - id: LNG101\n    dimension: loaded_language\n    kind: pattern\n    message: m\n    pattern: '(a+)+$'\n"}, "r.yaml", 8, "rule LNG101: pattern has a nested quantifier"),
    "duplicate_id": ({"r.yaml": "name: x\nextends: default\nrules:\n  - {id: LNG101, dimension: loaded_language, kind: terms, message: m, terms: [a]}\n  - {id: LNG101, dimension: loaded_language, kind: terms, message: m, terms: [b]}\n"}, "r.yaml", 5, "duplicate rule id 'LNG101' (first at line 4)"),
    "negative_weight": ({"r.yaml": "name: x\nextends: default\ndimensions:\n  sentiment: {weight: -1}\n"}, "r.yaml", 4, "weight of 'sentiment' must not be negative"),
    "all_zero_weights": ({"r.yaml": "name: x\nextends: default\nweights: {attribution: 0, sourcing: 0, loaded_language: 0, sentiment: 0}\n"}, "r.yaml", None, "all dimension weights are zero"),
    "extends_cycle": ({"a.yaml": "name: a\nextends: b.yaml\n", "b.yaml": "name: b\nextends: a.yaml\n"}, "a.yaml", 2, "extends cycle: a.yaml -> b.yaml -> a.yaml"),
    "missing_base": ({"r.yaml": "name: x\nextends: defualt\n"}, "r.yaml", 2, "extends: no rubric named 'defualt'; did you mean 'default'?"),
    "unknown_dimension": ({"r.yaml": "name: x\nextends: default\nrules:\n  - id: XYZ101\n    dimension: tone\n    kind: terms\n    message: m\n    terms: [a]\n"}, "r.yaml", 5, "rule XYZ101: unknown dimension 'tone'"),
    "not_utf8": ({"r.yaml": "name: x\ndescription: caf\xe9\n".encode("latin-1")}, "r.yaml", 2, "not UTF-8 text"),
    # wrong types and values deep inside
    "component_good_text": ({"r.yaml": "extends: default\ndimensions:\n  attribution:\n    components:\n      - {metric: attributed_share, good: high, bad: 0}\n"}, "r.yaml", 5, "'good' in a component of 'attribution' must be a number, not str 'high'"),
    "term_is_number": ({"r.yaml": "extends: default\nrules:\n" + NEW_RULE + "    terms:\n      - bombshell\n      - 2020\n"}, "r.yaml", 9, "item 2 of 'terms' in rule LNG101 must be a string, not int 2020; put it in quotes"),
    "fires_not_list": ({"r.yaml": "extends: default\nrules:\n" + NEW_RULE + "    terms: [bombshell]\n    examples:\n      fires: A bombshell report.\n"}, "r.yaml", 9, "'fires' in rule LNG101 examples must be a list of sentences"),
    "swap_yes_no": ({"r.yaml": "extends: default\nrules:\n  - id: LNG002\n    swap: {yes: no}\n"}, "r.yaml", 4, "'swap' in rule LNG002 maps a word to a word"),
    "param_wrong_type": ({"r.yaml": "extends: default\nrules:\n  - id: SEN001\n    params: {threshold: high}\n"}, "r.yaml", 4, "rule SEN001: params.threshold must be a number from 0 to 1, not 'high'"),
    "param_unknown": ({"r.yaml": "extends: default\nrules:\n  - id: SEN001\n    params:\n      treshold: 0.4\n"}, "r.yaml", 5, "kind 'strong_sentiment' has no parameter 'treshold'; did you mean 'threshold'?"),
    "pattern_kind_without_pattern": ({"r.yaml": "extends: default\nrules:\n  - id: LNG101\n    dimension: loaded_language\n    kind: pattern\n    message: m\n"}, "r.yaml", 5, "rule LNG101: kind 'pattern' needs 'pattern'"),
    "weight_nan": ({"r.yaml": "extends: default\nrules:\n  - id: LNG001\n    weight: .nan\n"}, "r.yaml", 4, "'weight' in rule LNG001 must be a number >= 0"),
    "rule_weight_text": ({"r.yaml": "extends: default\nrules:\n  - id: LNG001\n    weight: high\n"}, "r.yaml", 4, "'weight' in rule LNG001 must be a number >= 0, not str 'high'"),
    "dimension_without_components": ({"r.yaml": "extends: default\ndimensions:\n  transparency: {weight: 0.2}\n"}, "r.yaml", 3, "dimension 'transparency' has weight 0.2 but no components"),
    "reserved_dimension": ({"r.yaml": "extends: default\ndimensions:\n  overall: {weight: 0.2}\n"}, "r.yaml", 3, "'overall' cannot name a dimension"),
    "unknown_metric": ({"r.yaml": "extends: default\ndimensions:\n  sourcing:\n    components:\n      - {metric: named_shares, good: 1, bad: 0}\n"}, "r.yaml", 5, "unknown metric 'named_shares' for dimension 'sourcing'; did you mean 'named_share'?"),
    "unknown_kind": ({"r.yaml": "extends: default\nrules:\n  - {id: LNG101, dimension: loaded_language, kind: termz, message: m}\n"}, "r.yaml", 3, "did you mean 'terms'"),
    "bad_level": ({"r.yaml": "extends: default\nlevels:\n  LNG001: fatal\n"}, "r.yaml", 3, "rule LNG001: level must be one of suggestion, warning, error, not 'fatal'"),
    "disable_unknown_rule": ({"r.yaml": "extends: default\ndisable:\n  - LNG001\n  - LNG0002\n"}, "r.yaml", 4, "unknown rule id 'LNG0002'; did you mean"),
    "missing_lexicon": ({"r.yaml": "extends: default\nrules:\n" + NEW_RULE + "    lexicon: words.txt\n"}, "r.yaml", 7, "lexicon file not found"),
    "not_a_mapping": ({"r.yaml": "- just\n- a list\n"}, "r.yaml", 1, "a rubric must be a mapping"),
    "duplicate_key": ({"r.yaml": "name: x\nname: y\n"}, "r.yaml", 2, "duplicate key 'name'"),
}


def _write(tmp_path: Path, files: dict) -> None:
    for name, content in files.items():
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        else:
            (tmp_path / name).write_text(content, encoding="utf-8")


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_rubric_names_file_and_line(tmp_path, case):
    files, entry, line, message = BAD[case]
    _write(tmp_path, files)
    with pytest.raises(RubricError) as err:
        load_rubric(str(tmp_path / entry))
    assert message in err.value.message
    assert Path(err.value.path).name == ("b.yaml" if case == "extends_cycle" else entry)
    assert err.value.line == line
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("command", ["check", "score"])
@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_rubric_through_the_cli(tmp_path, case, command):
    files, entry, line, message = BAD[case]
    _write(tmp_path, files)
    path = tmp_path / entry
    args = ["rubric", "check", str(path)] if command == "check" else ["score", str(SEEDS), "--rubric", str(path), "--out", str(tmp_path / "out"), "--quiet"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    where = str(tmp_path / ("b.yaml" if case == "extends_cycle" else entry))
    assert lines[0].startswith(f"framing: {where}:{line}: " if line else f"framing: {where}: ")
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "articles.csv").exists()


def test_a_rubric_with_a_failing_example_fails_rubric_test_readably(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("extends: default\nrules:\n" + NEW_RULE + "    terms: [bombshell]\n    examples:\n      fires: ['A shocking report.']\n      passes: ['A bombshell report.']\n", encoding="utf-8")
    result = runner.invoke(app, ["rubric", "test", str(path)])
    assert result.exit_code == 1
    assert "FAIL LNG101 should fire on: 'A shocking report.'; got no finding" in result.output
    assert "FAIL LNG101 should not fire on: 'A bombshell report.'; got finding(s) on 'bombshell'" in result.output


# ---------------------------------------------------------------- fuzzing

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from(["", "x", "default", "LNG001", "terms", "attribution", "warning", "(a", "a|b", "transparency", "findings"]),
                    st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.one_of(st.text(max_size=6), st.integers(0, 3)), inner, max_size=3)), max_leaves=8)
KIND_NAMES = ["terms", "pattern", "metric", "strong_sentiment", "required_label", "source_dependence", "shouting", "vague_attribution", "unsupported_headline", "unattributed_quote", "clickbait"]


def mostly(valid):
    """*valid* five times in six, any value otherwise: deep enough to reach
    the rules, wrong often enough to reach every error."""
    return st.integers(0, 5).flatmap(lambda i: VALUES if i == 0 else valid)


NUMBERS = mostly(st.one_of(st.integers(-1, 3), st.floats(-1, 3)))


def _mapping(keys, values=VALUES):
    return st.dictionaries(st.sampled_from(sorted(keys)), values, max_size=5)


RULES = st.lists(
    st.one_of(
        _mapping(SCHEMA["rule"]),
        st.fixed_dictionaries(
            {"id": st.sampled_from(["LNG001", "LNG101", "SEN001", "TRN001", "lng1"]), "dimension": st.sampled_from(["loaded_language", "sentiment", "transparency", "tone"]),
             "kind": st.sampled_from(KIND_NAMES), "message": st.just("m")},
            optional={"params": st.dictionaries(st.sampled_from(["threshold", "value", "min", "max", "genres", "metadata", "group", "kinds", "acronyms", "phrase", "min_words", "max_missing_share"]),
                                                st.one_of(NUMBERS, st.sampled_from(["fk_grade", "words", "x"]), st.lists(st.sampled_from(["opinion", "vague", "NATO", "x"]), max_size=2)), max_size=3),
                      "terms": st.one_of(st.lists(st.one_of(st.text(max_size=8), st.integers()), max_size=3), VALUES), "pattern": st.one_of(st.sampled_from(["", "a|b", "(a", "\\bx\\b", "(?<=a)b"]), VALUES),
                      "swap": st.one_of(st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2), VALUES), "weight": NUMBERS,
                      "examples": st.one_of(st.fixed_dictionaries({}, optional={"fires": st.lists(st.text(max_size=20), max_size=2), "passes": VALUES}), VALUES),
                      "level": st.sampled_from(["error", "warning", "fatal", 3]), "quotes": st.sampled_from(["only", "include", "nope"]),
                      "scope": st.sampled_from(["headline", "body", "all", "x"]), "inflect": st.sampled_from(["verb", "noun", "x"]), "exceptions": VALUES, "negation": VALUES},
        ),
    ),
    max_size=3,
)
COMPONENTS = st.lists(st.one_of(_mapping(SCHEMA["component"]), st.fixed_dictionaries({"metric": st.sampled_from(["findings", "penalty_per_1k_words", "named_share", "nope"]), "good": NUMBERS, "bad": NUMBERS}, optional={"weight": NUMBERS})), max_size=2)
DIMENSIONS = st.dictionaries(
    st.sampled_from(["attribution", "sentiment", "transparency", "Bad Name", "overall"]),
    mostly(st.fixed_dictionaries({}, optional={"weight": NUMBERS, "components": mostly(COMPONENTS), "description": mostly(st.text(max_size=5))})),
    max_size=2,
)
BANDS = st.lists(mostly(st.fixed_dictionaries({"min": NUMBERS, "label": mostly(st.text(max_size=5))})), max_size=3)
RUBRICS = st.fixed_dictionaries(
    {"extends": st.sampled_from(["default", "default", "default", "wire", "opinion", "nope"])},
    optional={"rules": mostly(RULES), "dimensions": mostly(DIMENSIONS),
              "weights": mostly(st.dictionaries(st.sampled_from(["attribution", "sentiment", "transparency", "tone"]), NUMBERS, max_size=3)),
              "levels": mostly(st.dictionaries(st.sampled_from(["LNG001", "SEN001", "LNG101", "X"]), st.sampled_from(["error", "warning", "fatal", 1]), max_size=2)),
              "disable": mostly(st.lists(st.sampled_from(["LNG001", "SEN001", "LNG101", "X"]), max_size=2)), "select": mostly(st.lists(st.sampled_from(["LNG", "SEN", "TRN"]), max_size=2)),
              "ignore": mostly(st.lists(st.sampled_from(["LNG", "SEN", "ATT"]), max_size=2)), "bands": mostly(BANDS), "name": mostly(st.text(max_size=5)),
              "version": mostly(st.text(max_size=5)), "language": st.sampled_from(["en", "", "fr"])},
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=RUBRICS)
def test_random_rubrics_load_or_fail_cleanly(tmp_path, data):
    path = tmp_path / "fuzz.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        rubric = load_rubric(str(path))
    except RubricError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    result = score_text("Critics say the senator slammed the plan. It was a shameful, terrible, awful day!!", rubric)
    assert result.overall is None or 0 <= result.overall <= 100
    assert all(f.weight >= 0 and math.isfinite(f.weight) for f in result.findings)
