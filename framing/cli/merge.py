"""``framing merge SHARD_DIR... --out DIR``"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, List

import typer

from ..api import before_move, finish_report
from ..report.merge import MergeError, merge_shards
from .common import fail, out_folder_or_exit


def merge(
    shards: Annotated[List[Path], typer.Argument(help="Output folders of 'framing score --shard I/N', one per shard.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the merged reports into.")] = Path("reports"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Combine shard outputs into the reports of a single run (byte-identical)."""
    out_folder_or_exit(out)
    try:
        # Story groups, near-copies and the outlet comparison span all shards.
        counts = merge_shards(shards, out, before_move=before_move(out))
    except MergeError as exc:
        fail(str(exc))
    finish_report(out, stories=False)
    if not quiet:
        typer.echo(f"Merged {len(shards)} shard(s): {counts['scored']} article(s) scored, {counts['unscored']} not scorable, {counts['errors']} error(s); reports in {out}", err=True)
