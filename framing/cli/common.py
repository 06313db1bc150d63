"""Shared CLI helpers: one-line errors and rubric loading with exit codes."""
from __future__ import annotations

import typer

from ..rubric import Rubric, RubricError, load_rubric
from ..suppress import Acceptance, load_acceptances


def fail(message: str, code: int = 2) -> None:
    """Print ``framing: message`` on stderr and exit with *code*."""
    typer.echo(f"framing: {message}", err=True)
    raise typer.Exit(code)


def out_folder_or_exit(out) -> None:
    """Exit with a one-line error when the --out path is a file, not a folder."""
    if out is not None and out.exists() and not out.is_dir():
        fail(f"--out {out} is a file, not a folder; choose a folder for the reports")


def rubric_or_exit(ref: str | None) -> Rubric:
    try:
        return load_rubric(ref)
    except RubricError as exc:
        fail(str(exc))


def acceptances_or_exit(path: str | None, rubric: Rubric) -> tuple[Acceptance, ...]:
    """The reviewed findings in a suppressions file (none without one)."""
    if not path:
        return ()
    try:
        return load_acceptances(path, [r.id for r in rubric.rules])
    except RubricError as exc:
        fail(str(exc))
