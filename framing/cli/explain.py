"""``framing explain FILE``: one article in the terminal, findings highlighted."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..api import score_article
from ..corpus import InputError, read_file
from .common import fail, rubric_or_exit

COLOURS = {"attribution": "yellow", "sourcing": "cyan", "loaded_language": "red", "sentiment": "magenta", "readability": "blue"}


def explain(
    file: Annotated[Path, typer.Argument(help="One article file (.txt or .md).")],
    rubric: Annotated[Optional[str], typer.Option("--rubric", "-r", help="Rubric name or YAML file.")] = None,
    format: Annotated[str, typer.Option("--format", help="text (highlighted) or json.")] = "text",
) -> None:
    """Score one article and show its findings in context, its scores and sources."""
    rub = rubric_or_exit(rubric)
    art = read_file(file, file.name)
    if isinstance(art, InputError):
        fail(f"{art.article}: {art.message} ({art.error})", code=1)
    res = score_article(art, rub)
    if format == "json":
        import json

        from ..report.tables import article_row, finding_rows, source_rows

        typer.echo(json.dumps({"article": article_row(res), "findings": finding_rows(res), "sources": source_rows(res)}, ensure_ascii=False, indent=2))
        return
    if format != "text":
        fail("--format must be text or json")
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    text = Text(art.text)
    for f in res.findings:
        if f.end > f.start and f.dimension in COLOURS and f.dimension != "sentiment":
            text.stylize(f"bold {COLOURS[f.dimension]}" + ("" if f.counted else " dim"), f.start, f.end)
    console.print(text)
    scores = Table(title=f"Scores ({res.rubric} {res.rubric_version})")
    scores.add_column("dimension")
    scores.add_column("score", justify="right")
    for d, v in res.scores.items():
        scores.add_row(d, "–" if v is None else f"{v:.0f}")
    scores.add_row("overall", "–" if res.overall is None else f"{res.overall:.0f} ({res.band})")
    console.print(scores)
    fs = Table(title="Findings")
    for col in ("rule", "text", "message"):
        fs.add_column(col)
    for f in res.findings:
        fs.add_row(f.rule, f.text[:60], f.message + ("" if f.counted else " [not counted]"), style=COLOURS.get(f.dimension))
    console.print(fs)
    src = Table(title="Sources")
    for col in ("source", "kind", "mentions", "quoted"):
        src.add_column(col)
    for s in res.sources:
        src.add_row(s["source"], s["kind"], str(s["mentions"]), "yes" if s["quoted"] else "no")
    console.print(src)
