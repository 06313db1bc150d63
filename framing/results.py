"""Reading a report folder back: the tables ``framing score`` wrote, as pandas
DataFrames, for ``framing compare`` and for notebooks.

Every cell is read as text exactly as written (no type guessing, so an id
like ``0012`` or a story called ``2024`` survives); numeric columns are
converted by whoever computes with them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = ["ResultTables", "ResultsError", "read_results", "read_table"]

# The columns each table must have for a comparison.
REQUIRED = {
    "articles.csv": ("article",),
    "findings.csv": ("article", "dimension", "text", "in_quote"),
    "sources.csv": ("article", "kind"),
    "quotes.csv": ("article", "cue"),
}


class ResultsError(ValueError):
    """A results table that cannot be used; the message names the file."""


@dataclass(frozen=True)
class ResultTables:
    """The tables of one report folder. Side tables are None when absent,
    with the reason in ``notes``."""

    folder: Path
    articles: pd.DataFrame
    findings: pd.DataFrame | None
    sources: pd.DataFrame | None
    quotes: pd.DataFrame | None
    notes: tuple[str, ...] = ()


def read_table(path: Path, required: tuple[str, ...], usecols: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One CSV as text columns; raises :class:`ResultsError` naming the file."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8-sig",
            usecols=(lambda c: c in usecols) if usecols else None,
        )
    except FileNotFoundError:
        raise ResultsError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ResultsError(f"{path}: not a readable CSV table ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ResultsError(f"{path}: no column {', '.join(repr(c) for c in missing)} (header: {header.strip()[:120]})")
    return frame


def read_results(path: str | os.PathLike) -> ResultTables:
    """The tables of a report folder, or of the folder of an articles.csv.

    articles.csv is required; findings.csv, sources.csv and quotes.csv are
    read when they are beside it (only the columns a comparison uses).
    """
    p = Path(path)
    articles_csv = p / "articles.csv" if p.is_dir() else p
    if not articles_csv.exists():
        raise ResultsError(f"{articles_csv}: no such file (give a report folder or its articles.csv)")
    folder = articles_csv.parent
    articles = read_table(articles_csv, REQUIRED["articles.csv"])
    side: dict[str, pd.DataFrame | None] = {}
    notes = []
    wanted = {
        "findings.csv": ("article", "rule", "dimension", "text", "in_quote", "weight"),
        "sources.csv": ("article", "source", "kind"),
        "quotes.csv": ("article", "cue"),
    }
    for name, cols in wanted.items():
        f = folder / name
        if f.exists():
            side[name] = read_table(f, REQUIRED[name], usecols=cols)
        else:
            side[name] = None
            notes.append(f"{name} was not found beside articles.csv")
    return ResultTables(folder, articles, side["findings.csv"], side["sources.csv"], side["quotes.csv"], tuple(notes))
