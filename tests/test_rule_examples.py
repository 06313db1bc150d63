"""Every rule of every shipped rubric: its examples fire and pass as stated."""
import re

import pytest

from framing import load_rubric
from framing.rubric import shipped_rubrics
from framing.rubric.testing import _findings_of

PREFIX = {"attribution": "ATT", "sourcing": "SRC", "loaded_language": "LNG", "sentiment": "SEN", "readability": "RDB"}
CASES = []
for name in shipped_rubrics():
    rub = load_rubric(name)
    for rule in rub.rules:
        for ex in rule.fires:
            CASES.append(pytest.param(name, rule.id, ex, True, id=f"{name}-{rule.id}-fires-{len(CASES)}"))
        for ex in rule.passes:
            CASES.append(pytest.param(name, rule.id, ex, False, id=f"{name}-{rule.id}-passes-{len(CASES)}"))


@pytest.mark.parametrize("rubric_name,rule_id,example,should_fire", CASES)
def test_example(rubric_name, rule_id, example, should_fire):
    rub = load_rubric(rubric_name)
    rule = rub.rule(rule_id)
    got = [f for f in _findings_of(rub, example, rule_id) if f.counted or rule.weight == 0]
    if should_fire:
        assert got, f"{rule_id} did not fire on {example!r}"
        for f in got:
            assert example[f.start:f.end] == f.text
    else:
        assert not got, f"{rule_id} fired on {example!r}: {[f.text for f in got]}"


@pytest.mark.parametrize("name", shipped_rubrics())
def test_rules_are_well_formed(name):
    rub = load_rubric(name)
    ids = [r.id for r in rub.rules]
    assert len(ids) == len(set(ids))
    for r in rub.rules:
        assert r.fires and r.passes, f"{r.id} needs examples that fire and that pass"
        assert r.why, f"{r.id} needs a 'why'"
        if r.dimension in PREFIX:
            assert r.id.startswith(PREFIX[r.dimension]), f"{r.id} prefix does not fit {r.dimension}"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.name), f"{r.id} name must be kebab-case"
