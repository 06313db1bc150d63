"""``framing explain FILE``: the article in the terminal with its findings
marked where they are, the scores with their reasons, and the sources."""
import json
import re

from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import read_file

from .conftest import SEEDS

SEED = SEEDS / "000_5a6d32c96a035ac9.txt"
runner = CliRunner(env={"COLUMNS": "4000"})  # wide: paragraphs print unwrapped
MARKER = re.compile(r"\[([ASLTRX])(\d+)\]")
LETTERS = {"attribution": "A", "sourcing": "S", "loaded_language": "L", "sentiment": "T", "readability": "R"}


def _explain(path, *args):
    result = runner.invoke(app, ["explain", str(path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _text_and_markers(out, text):
    """The printed article text with its markers taken out, and where each marker stood."""
    start = out.index(text[:20])
    printed = out[start:out.index("\nScores (rubric")].rstrip("\n")
    plain, where, last = [], {}, 0
    for m in MARKER.finditer(printed):
        plain.append(printed[last:m.start()])
        where[int(m.group(2))] = (m.group(1), sum(map(len, plain)))
        last = m.end()
    plain.append(printed[last:])
    return "".join(plain), where


def test_each_finding_is_marked_where_it_ends_with_its_dimension_letter():
    text = read_file(SEED, SEED.name).text
    data = json.loads(_explain(SEED, "--format", "json"))
    out = _explain(SEED)
    plain, where = _text_and_markers(out, text)
    assert plain.rstrip() == text.rstrip()
    spans = {i + 1: f for i, f in enumerate(data["findings"]) if f["end"] > f["start"]}
    assert spans and set(where) == set(spans)
    for n, f in spans.items():
        assert where[n] == (LETTERS[f["dimension"]], f["end"])
    assert "Legend: Attribution [A]" in out


def test_scores_come_with_their_reasons_and_the_sources_are_listed():
    data = json.loads(_explain(SEED, "--format", "json"))
    out = _explain(SEED)
    row = data["article"]
    for dim, title in (("attribution", "Attribution"), ("sourcing", "Sourcing"), ("loaded_language", "Loaded language")):
        line = next(l for l in out.splitlines() if l.startswith(f"│ {title} "))
        assert f"│ {row[f'score_{dim}']:>5.0f} │" in line and "→" in line and "pts" in line
    assert f"│ {row['band']}" in out
    for s in data["sources"]:
        assert s["source"] in out
    for f in data["findings"]:
        assert f["rule"] in out and f["message"] in out


def test_hostile_text_cannot_drive_the_terminal_or_rich_markup(tmp_path):
    art = tmp_path / "hostile.md"
    art.write_text('---\ntitle: "[bold red]Loud[/] title [/nonsense]"\n---\nCritics say the plan\x1b]0;pwned\x07 is a \x1b[8mdisgrace [/red].\r\n'
                   "Officials said it was shocking.\n", encoding="utf-8")
    out = _explain(art)
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold red]Loud[/] title [/nonsense]" in out and "␛]0;pwned␇" in out


def test_unknown_format_is_a_usage_error():
    result = runner.invoke(app, ["explain", str(SEED), "--format", "xml"])
    assert result.exit_code == 2 and "--format must be text or json" in result.stderr
