"""Reading a report folder back: the tables ``framing score`` wrote, as pandas
DataFrames, for ``framing compare`` and for notebooks.

Every cell is read as text exactly as written (no type guessing, so an id
like ``0012`` or a story called ``2024`` survives); numeric columns are
converted by whoever computes with them.
"""
from __future__ import annotations

import csv
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


def is_parquet(path: str | os.PathLike) -> bool:
    """True for a Parquet table, also one staged as ``NAME.parquet.partial``."""
    name = Path(path).name
    return name.removesuffix(".partial").endswith(".parquet")


def read_table(path: Path, required: tuple[str, ...], usecols: tuple[str, ...] | None = None,
               *, where: tuple[str, tuple[str, ...]] | None = None) -> pd.DataFrame:
    """One CSV as text columns; raises :class:`ResultsError` naming the file.
    With *where* (a column and its wanted values), only those rows, read a
    chunk at a time: a fraction of the memory of a long table."""
    if is_parquet(path):
        frame = _read_parquet(Path(path), required, usecols)
        return _rows_where(frame, where)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
        options = dict(dtype=str, keep_default_na=False, encoding="utf-8-sig", usecols=(lambda c: c in usecols) if usecols else None)
        if where is None:
            frame = pd.read_csv(path, **options)
        else:
            with pd.read_csv(path, chunksize=50_000, **options) as chunks:
                parts = [_rows_where(chunk, where) for chunk in chunks]
            frame = pd.concat(parts) if parts else pd.read_csv(path, nrows=0, **options)  # row numbers as in the whole table
    except FileNotFoundError:
        raise ResultsError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ResultsError(f"{path}: not a readable CSV table ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ResultsError(f"{path}: no column {', '.join(repr(c) for c in missing)} (header: {header.strip()[:120]})")
    return frame


def _rows_where(frame: pd.DataFrame, where: tuple[str, tuple[str, ...]] | None) -> pd.DataFrame:
    if where is None or where[0] not in frame.columns:
        return frame  # (a missing column is reported by the caller)
    return frame[frame[where[0]].isin(where[1])]


def read_columns(path: Path, required: tuple[str, ...], columns: tuple[str, ...]) -> pd.DataFrame:
    """Only *columns* of a CSV table (those present), streamed row by row:
    a fraction of the memory of parsing the whole table, for the finishing
    step of a long run. Parquet tables are read as by :func:`read_table`."""
    if is_parquet(path):
        return read_table(Path(path), required, columns)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            missing = [c for c in required if c not in header]
            if missing:
                raise ResultsError(f"{path}: no column {', '.join(repr(c) for c in missing)} (header: {','.join(header)[:120]})")
            wanted = [(c, header.index(c)) for c in columns if c in header]
            values: dict[str, list[str]] = {c: [] for c, _ in wanted}
            for row in reader:
                for c, i in wanted:
                    values[c].append(row[i] if i < len(row) else "")
    except FileNotFoundError:
        raise ResultsError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ResultsError(f"{path}: not a readable CSV table ({exc})") from None
    return pd.DataFrame(values, dtype=object)


def _text(value) -> str:
    """A Parquet cell as the CSV table writes it."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def _read_parquet(path: Path, required: tuple[str, ...], usecols: tuple[str, ...] | None) -> pd.DataFrame:
    """A table written with ``--format parquet``, as text columns like a CSV."""
    try:
        import pyarrow.parquet as pq

        names = pq.read_schema(path).names
        table = pq.read_table(path, columns=[c for c in names if not usecols or c in usecols])
    except FileNotFoundError:
        raise ResultsError(f"{path}: no such file") from None
    except ImportError:
        raise ResultsError(f"{path}: reading Parquet needs pyarrow: pip install 'framing-toolkit[parquet]'") from None
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{path}: not a readable Parquet table ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
    frame = pd.DataFrame({c: [_text(v) for v in table.column(c).to_pylist()] for c in table.column_names}, dtype=object)
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ResultsError(f"{path}: no column {', '.join(repr(c) for c in missing)} (columns: {', '.join(names)[:120]})")
    return frame


def table_path(folder: Path, name: str) -> Path:
    """*folder*'s table *name* ("articles"): its .csv, else its .parquet when
    only that exists (``--format parquet``)."""
    csv_path = folder / f"{name}.csv"
    parquet = folder / f"{name}.parquet"
    return parquet if parquet.exists() and not csv_path.exists() else csv_path


def read_results(path: str | os.PathLike, *, dimensions: tuple[str, ...] | None = None) -> ResultTables:
    """The tables of a report folder, or of the folder of an articles.csv.

    articles.csv is required; findings.csv, sources.csv and quotes.csv are
    read when they are beside it (only the columns a comparison uses, and
    with *dimensions*, only the findings of those dimensions).
    """
    p = Path(path)
    articles_csv = table_path(p, "articles") if p.is_dir() else p
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
        f = table_path(folder, name[:-4]) if articles_csv.suffix == ".parquet" else folder / name
        if f.exists():
            side[name] = read_table(f, REQUIRED[name], usecols=cols, where=("dimension", dimensions) if name == "findings.csv" and dimensions else None)
        else:
            side[name] = None
            notes.append(f"{name} was not found beside articles.csv")
    return ResultTables(folder, articles, side["findings.csv"], side["sources.csv"], side["quotes.csv"], tuple(notes))
