"""Shared CLI helpers: one-line errors and rubric loading with exit codes."""
from __future__ import annotations

import typer

from ..rubric import Rubric, RubricError, load_rubric


def fail(message: str, code: int = 2) -> None:
    """Print ``framing: message`` on stderr and exit with *code*."""
    typer.echo(f"framing: {message}", err=True)
    raise typer.Exit(code)


def rubric_or_exit(ref: str | None) -> Rubric:
    try:
        return load_rubric(ref)
    except RubricError as exc:
        fail(str(exc))
