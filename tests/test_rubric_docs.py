"""rubrics/README.md documents every schema key, rule kind, kind parameter
and metric, and nothing that does not exist: the page cannot drift from the
loader."""
import re
from pathlib import Path

import pytest

from framing.checks import KINDS, PARAMS
from framing.rubric.load import SCHEMA
from framing.scoring import GENERIC_METRICS, METRICS

README = Path(__file__).resolve().parent.parent / "rubrics" / "README.md"
TEXT = README.read_text(encoding="utf-8")


def _table_after(marker: str) -> list[list[str]]:
    """Rows (cells, unescaped) of the first Markdown table after *marker*."""
    assert marker in TEXT, f"rubrics/README.md has no section marked {marker}"
    rows = []
    for line in TEXT[TEXT.index(marker) + len(marker):].lstrip("\n").splitlines():
        if not line.startswith("|"):
            if rows:
                break
            if line.startswith(("#", "<!--")):
                break
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if set("".join(cells)) <= set("-: "):
            continue
        rows.append(cells)
    return rows[1:]  # without the header


def _name(cell: str) -> str:
    m = re.fullmatch(r"`([^`]+)`", cell)
    assert m, f"first cell {cell!r} is not a `name`"
    return m.group(1)


def _markers(kind: str) -> list[str]:
    return re.findall(rf"<!-- {kind}: (\w+) -->", TEXT)


def test_every_schema_level_has_a_table():
    assert sorted(_markers("keys")) == sorted(SCHEMA)


@pytest.mark.parametrize("level", sorted(SCHEMA))
def test_every_key_documented_with_its_type(level):
    rows = _table_after(f"<!-- keys: {level} -->")
    documented = {_name(r[0]): r for r in rows}
    assert set(documented) == set(SCHEMA[level]), f"{level}: undocumented {set(SCHEMA[level]) - set(documented)}, no longer exist {set(documented) - set(SCHEMA[level])}"
    for key, row in documented.items():
        assert len(row) == 5 and all(row), f"{level}.{key}: type, default, what it does and an example are all needed"
        assert row[1] == SCHEMA[level][key][0], f"{level}.{key}: documented type {row[1]!r} is not the schema's {SCHEMA[level][key][0]!r}"
        assert "`" in row[4] or row[4].startswith("`"), f"{level}.{key}: the example should be YAML in backticks"


def test_every_kind_documented():
    assert sorted(_markers("kind")) == sorted(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_parameter_documented(kind):
    marker = f"<!-- kind: {kind} -->"
    section = TEXT[TEXT.index(marker):].split("\n### ", 1)[0]
    spec = PARAMS[kind]
    if not spec:
        assert "No parameters." in section, f"{kind} takes no parameters; its section should say so"
        assert "| param |" not in section
        return
    rows = _table_after(marker)
    documented = {_name(r[0]): r for r in rows}
    assert set(documented) == set(spec), f"{kind}: documented {sorted(documented)}, actual {sorted(spec)}"
    for name, row in documented.items():
        assert row[1] == spec[name].type, f"{kind}.{name}: documented type {row[1]!r} is not {spec[name].type!r}"
        if spec[name].default is not None:
            assert str(spec[name].default).lower().replace("'", "") in row[2].lower().replace("`", ""), f"{kind}.{name}: default should be {spec[name].default!r}"
        for choice in spec[name].choices:
            assert choice in row[3], f"{kind}.{name}: choice {choice} undocumented"


def test_every_dimension_metric_documented():
    assert sorted(_markers("metrics")) == sorted(list(METRICS) + ["generic"])
    for dim, metrics in list(METRICS.items()) + [("generic", GENERIC_METRICS)]:
        rows = _table_after(f"<!-- metrics: {dim} -->")
        got = {_name(r[0]): tuple(r[1:]) for r in rows}
        assert got == {m: tuple(v) for m, v in metrics.items()}, f"metrics of {dim} differ from framing/scoring.py"


def test_every_shipped_rubric_listed():
    from framing.rubric import shipped_rubrics

    for name in shipped_rubrics():
        assert f"| `{name}` |" in TEXT, f"shipped rubric {name} is not in the table of shipped rubrics"
