"""The ``framing`` command: a thin typer layer over the Python API.

Commands parse arguments, call :mod:`framing.api` and the writers, and print.
Exit status: 0 all inputs scored; 1 some inputs failed (reports are still
written) or findings reached ``--fail-on``; 2 a usage or rubric error.
"""
from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from .. import __version__
from . import compare as _compare
from . import evaluate as _evaluate
from . import explain as _explain
from . import merge as _merge
from . import rubric as _rubric
from . import score as _score

app = typer.Typer(
    name="framing",
    help="Score news articles for attribution, sourcing, loaded language and sentiment against a YAML rubric.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"framing {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    """framing: transparent, rubric-driven assessment of news framing."""


app.command("score")(_score.score)
app.command("compare")(_compare.compare)
app.command("explain")(_explain.explain)
app.command("evaluate")(_evaluate.evaluate)
app.command("merge")(_merge.merge)
app.add_typer(_rubric.app, name="rubric")


def main() -> None:
    """Console-script entry point."""
    app(prog_name="framing")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
