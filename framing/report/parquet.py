"""Parquet column types for the tables (``--format parquet``; needs pyarrow,
the ``parquet`` extra). Types follow the codebook: counts and offsets are
integers, flags booleans, metrics, scores and weights floats, the rest text."""
from __future__ import annotations

__all__ = ["schema_for", "column_kind"]

_INT = {"words", "sentences", "start", "end", "mentions", "findings", "counted"}
_BOOL = {"in_quote", "quoted", "headline"}
_FLOAT = {"weight"}
_TEXT = {"article", "outlet", "title", "author", "published", "url", "language", "genre", "band", "rubric", "rubric_version",
         "rubric_sha256", "encoding", "unscored_reason", "story", "duplicate_of", "keywords", "fingerprint"}


def _is_measure(name: str) -> bool:
    """A score or a ``<dimension>_<metric>`` column (kept input fields are text)."""
    from ..scoring import GENERIC_METRICS, METRICS

    if name.startswith("score_"):
        return True
    metrics = {m for ms in METRICS.values() for m in ms} | set(GENERIC_METRICS)
    return any(name.endswith("_" + m) for m in metrics)


def column_kind(name: str, table: str) -> str:
    """int, bool, float or text for a column of *table*. In articles.csv every
    column that is not metadata is a metric or a score."""
    if name in _INT:
        return "int"
    if name in _BOOL:
        return "bool"
    if name in _FLOAT or (table == "articles" and name not in _TEXT and _is_measure(name)):
        return "float"
    return "text"


def _convert(kind: str):
    if kind == "int":
        return lambda v: None if v is None or v == "" else int(v)
    if kind == "bool":
        return lambda v: None if v is None or v == "" else bool(v)
    if kind == "float":
        return lambda v: None if v is None or v == "" else float(v)
    return lambda v: None if v is None else str(v)


def schema_for(columns: list[str], table: str):
    """A pyarrow schema for the *columns* of *table*."""
    import pyarrow as pa

    types = {"int": pa.int64(), "bool": pa.bool_(), "float": pa.float64(), "text": pa.string()}
    return pa.schema([pa.field(c, types[column_kind(c, table)]) for c in columns])


def converters(columns: list[str], table: str) -> list:
    """One function per column turning a row value into the column's type."""
    return [_convert(column_kind(c, table)) for c in columns]
