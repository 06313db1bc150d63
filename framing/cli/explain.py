"""``framing explain FILE``: one article in the terminal, findings highlighted."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..api import score_article
from ..corpus import InputError, read_file
from .common import acceptances_or_exit, fail, rubric_or_exit


def explain(
    file: Annotated[Path, typer.Argument(help="One article file (.txt or .md).")],
    rubric: Annotated[Optional[str], typer.Option("--rubric", "-r", help="Rubric name or YAML file.")] = None,
    format: Annotated[str, typer.Option("--format", help="text (highlighted) or json.")] = "text",
    accept: Annotated[Optional[str], typer.Option("--accept", help="Suppressions file (.yaml or .csv) of reviewed findings to accept.")] = None,
) -> None:
    """Score one article and show its findings in context, its scores and sources."""
    rub = rubric_or_exit(rubric)
    accepted = acceptances_or_exit(accept, rub)
    art = read_file(file, file.name)
    if isinstance(art, InputError):
        fail(f"{art.article}: {art.message} ({art.error})", code=1)
    res = score_article(art, rub, accept=accepted)
    if format == "json":
        import json

        from ..report.tables import article_row, finding_rows, source_rows

        typer.echo(json.dumps({"article": article_row(res), "findings": finding_rows(res), "sources": source_rows(res)}, ensure_ascii=False, indent=2))
        return
    if format != "text":
        fail("--format must be text or json")
    from ..report.terminal import print_explanation

    print_explanation(res, rub)
