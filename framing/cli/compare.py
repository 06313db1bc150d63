"""``framing compare RESULTS [--by outlet] --out DIR``"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..api import compare_results
from ..compare import CompareError
from ..report.comparison import has_bom, write_comparison
from ..results import ResultsError, table_path
from .common import fail, out_folder_or_exit


def compare(
    results: Annotated[Path, typer.Argument(help="A report folder from `framing score`, or its articles.csv (findings.csv, sources.csv and quotes.csv beside it are read too).", show_default=False)],
    by: Annotated[str, typer.Option("--by", help="articles.csv column(s) to compare by, comma-separated: outlet, author, genre, any column. The first is compared; the rest are compared within: outlet,genre compares outlets genre by genre.")] = "outlet",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder for outlets.csv, pairwise.csv, comparison.md and plots/ (default: the results folder).")] = None,
    include_duplicates: Annotated[bool, typer.Option("--include-duplicates", help="Count near-copies (syndicated stories) in the statistics too.")] = False,
    correction: Annotated[str, typer.Option("--correction", help="Multiple-comparison correction: holm (family-wise) or bh (Benjamini-Hochberg, false discovery rate).")] = "holm",
    plots: Annotated[bool, typer.Option("--plots/--no-plots", help="Draw PNG charts into plots/ (needs matplotlib).")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Compare outlets (or any grouping) from existing results, without rescoring."""
    keys = tuple(k.strip() for k in by.split(",") if k.strip())
    if not keys:
        fail("--by needs at least one column name")
    try:
        comparison = compare_results(results, by=keys, include_duplicates=include_duplicates, correction=correction)
    except (ResultsError, CompareError) as exc:
        fail(str(exc))
    out_folder_or_exit(out)
    folder = out or (results if results.is_dir() else results.parent)
    articles_csv = table_path(results, "articles") if results.is_dir() else results
    write_comparison(comparison, folder, plots=plots, excel=has_bom(articles_csv))
    if not quiet:
        k = comparison.counts
        typer.echo(f"Compared {k['used']} article(s) in {k['groups']} group(s) by {','.join(keys)}: {k['significant']} significant difference(s) "
                   f"in {k['tests']} pair(s); {k['multi_group_stories']} story(ies) covered by more than one; reports in {folder}{'/' if not str(folder).endswith('/') else ''}", err=True)
