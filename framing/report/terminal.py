"""One article in the terminal (``framing explain``), rendered with rich.

The text with every finding styled by dimension (a colour and a type style,
plus a lettered, numbered marker such as ``[L3]`` so the dimension reads
without colour), a legend, the scores with the metrics behind them, the
findings with their rules, and the sources. Nothing is computed here.
"""
from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..rubric.model import Rubric
from ..scoring import ArticleResult
from .present import dimension_order, dimension_title, format_score, format_value, segments, weight_note

__all__ = ["print_explanation", "STYLES"]

# dimension -> (letter on markers, colour, type style: the cue that needs no colour)
STYLES = {
    "attribution": ("A", "yellow", "underline"),
    "sourcing": ("S", "cyan", "italic"),
    "loaded_language": ("L", "red", "bold"),
    "sentiment": ("T", "magenta", ""),
    "readability": ("R", "blue", ""),
}
_OTHER = ("X", "green", "")


def _style(dimension: str) -> tuple[str, str, str]:
    return STYLES.get(dimension, _OTHER)


def _text_style(dimension: str) -> str:
    _, colour, cue = _style(dimension)
    return f"{colour} {cue}".strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(s: str) -> str:
    """Article text made safe to print: line ends as newlines, and control
    characters (an escape sequence could rewrite the screen) shown as symbols."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", s)


def highlighted(r: ArticleResult) -> Text:
    """The article text styled by the findings covering each piece, with a
    ``[L3]``-style marker after each finding (nested and crossing alike)."""
    text = r.text
    ends: dict[int, list[int]] = {}
    for i, f in enumerate(r.findings):
        if f.end > f.start:
            ends.setdefault(min(f.end, len(text)), []).append(i)
    out = Text()
    for a, b, covering in segments(len(text), [(f.start, f.end) for f in r.findings]):
        styles = []
        for i in sorted(covering, key=lambda i: dimension_order(r.findings[i].dimension)):
            f = r.findings[i]
            styles.append(_text_style(f.dimension) + ("" if f.counted else " dim"))
        out.append(_clean(text[a:b]), style=" ".join(styles) or None)
        for i in ends.get(b, ()):
            f = r.findings[i]
            letter, colour, _ = _style(f.dimension)
            out.append(f"[{letter}{i + 1}]", style=colour if f.counted else f"{colour} dim")
    return out


def legend(dimensions) -> Text:
    """Which style and letter stands for which dimension."""
    out = Text("Legend: ", style="bold")
    for d in dimensions:
        letter = _style(d)[0]
        out.append(dimension_title(d), style=_text_style(d))
        out.append(f" [{letter}]  ")
    out.append("dim = recorded but not counted (inside a quotation, or accepted by a reviewer)", style="dim")
    return out


def _scores(r: ArticleResult, rubric: Rubric) -> Table:
    t = Table(title=f"Scores (rubric {r.rubric} {r.rubric_version})", title_justify="left", expand=True)
    t.add_column("Dimension")
    t.add_column("Score", justify="right")
    t.add_column("Weight", justify="right")
    t.add_column("How it was reached", ratio=1)
    for d, v in r.scores.items():
        dim = rubric.dimensions.get(d)
        how = "; ".join(f"{m.replace('_', ' ')} = {format_value(val)} → {pts:g} pts" for m, val, pts, *_ in r.reasons.get(d, [])) or "no metric available"
        t.add_row(Text(dimension_title(d), style=_style(d)[1]), format_score(v), f"{dim.weight:g}" if dim else "", Text(how))
    t.add_section()
    t.add_row(Text("Overall", style="bold"), Text(format_score(r.overall), style="bold"), "", Text(r.band or "not scored"))
    return t


def _findings(r: ArticleResult) -> Group:
    counted = sum(1 for f in r.findings if f.counted)
    grid = Table.grid(padding=(0, 1, 1, 0), expand=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(ratio=1)
    for i, f in enumerate(r.findings):
        letter, colour, _ = _style(f.dimension)
        body = Text()
        body.append(f.rule, style="bold")
        body.append(f" {_clean(f.name)} · {f.level} · ")
        body.append(weight_note(f), style="dim")
        evidence = f.text if len(f.text) <= 100 else f.text[:97] + "…"
        if evidence:
            body.append("\n“")
            body.append(_clean(evidence), style=_text_style(f.dimension))
            body.append("”")
        body.append(f"\n{_clean(f.message)}")
        if f.suggestion:
            body.append(f"\nSuggestion: {_clean(f.suggestion)}", style="italic")
        if f.why:
            body.append(f"\nWhy: {f.why}", style="dim")
        grid.add_row(Text(f"[{letter}{i + 1}]", style=colour), body)
    return Group(Text(f"Findings ({len(r.findings)}, {counted} counted)", style="italic"), grid)


def _sources(r: ArticleResult) -> Table | Text:
    if not r.sources:
        return Text("No source is cited: nothing in the text is attributed to anyone.", style="dim")
    t = Table(title="Sources", title_justify="left")
    for col, just in (("Source", "left"), ("Kind", "left"), ("Mentions", "right"), ("Quoted", "left")):
        t.add_column(col, justify=just)
    for s in r.sources:
        t.add_row(Text(_clean(s["source"])), Text(s["kind"]), str(s["mentions"]), "yes" if s["quoted"] else "no")
    return t


def print_explanation(r: ArticleResult, rubric: Rubric, console: Console | None = None) -> None:
    """Print one article's highlighted text, scores, findings and sources."""
    console = console or Console()
    a = r.article
    meta = _clean(" · ".join(str(x) for x in (a.id, a.outlet, a.author, a.published, r.genre, f"{r.words} words", r.language) if x))
    head = Text(meta, style="dim")
    if r.unscored_reason:
        head.append(f"\nNot scored: {r.unscored_reason}. Scores are left empty rather than 0 or 100.", style="bold")
    console.print(Panel(Group(Text(_clean(a.title or a.id), style="bold"), head), expand=True))
    console.print(legend(r.scores))
    console.print()
    console.print(highlighted(r))
    console.print()
    console.print(_scores(r, rubric))
    if r.findings:
        console.print(_findings(r))
    else:
        console.print(Text("No rule fired. Every score follows from its metrics alone.", style="dim"))
    console.print(_sources(r))
