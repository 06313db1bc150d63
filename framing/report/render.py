"""Render one article's result into everything the writers put on disk.

``render`` turns an :class:`~framing.scoring.ArticleResult` into a
:class:`Rendered` record: the rows of each table (as CSV text, or as values
for Parquet), its findings.jsonl lines, its Markdown page and its line of
summary.md. It runs where the scoring runs (a worker process, a Dask
worker), so the process that writes only appends text, and a cached record
can be written again without scoring or formatting anything.
"""
from __future__ import annotations

import csv
import io
import json
import pickle
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field

from ..cache import load_result, pack, unpack
from ..rubric.model import LEVELS, Rubric
from ..scoring import ArticleResult
from . import tables
from .html import prerender
from .markdown import article_markdown, summary_row

__all__ = ["RenderOptions", "Rendered", "render", "page_path", "safe_cell", "safe_relpath", "table_names", "table_columns", "FINDING_MODES", "FORMATS"]

FINDING_MODES = ("full", "counts", "none")
FORMATS = ("csv", "parquet")
FINDING_COUNT_COLUMNS = ["article", "rule", "name", "dimension", "level", "findings", "counted"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(_FORMULA_START)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_ELIDED = "…"
_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps builds an encoder per call


@dataclass(frozen=True)
class RenderOptions:
    """What goes into the outputs: ``findings`` full|counts|none, whether
    article ``text`` appears at all, and the table ``format`` (csv|parquet)."""

    findings: str = "full"
    text: bool = True
    format: str = "csv"

    def as_dict(self) -> dict:
        return {"findings": self.findings, "text": self.text, "format": self.format}


@dataclass(frozen=True)
class Rendered:
    """One article, ready to write. ``tables`` maps a table name to its CSV
    rows as UTF-8 bytes (format csv) or its rows as lists of values (format
    parquet); ``jsonl`` and ``page`` are UTF-8 bytes too: what is written is
    encoded once, where the article is scored, and a cached record is
    written again without decoding or encoding anything."""

    id: str
    tables: dict
    jsonl: bytes
    page_path: str
    page: bytes
    summary: str
    text_sha256: str
    scored: bool
    max_level: int  # index in LEVELS of the highest counted finding, -1 for none
    rule_counts: tuple = field(default=())  # ((rule, name), count) of counted findings
    text: str = field(default="", repr=False)  # the article text, for texts/
    meta: dict = field(default_factory=dict, repr=False)  # the input's metadata, for --keep
    outlet: str = ""
    html: tuple | None = field(default=None, repr=False)  # report.html's pieces (html.prerender), or None
    live: ArticleResult | None = field(default=None, repr=False, compare=False)  # in the process that rendered it
    result_blob: bytes = field(default=b"", repr=False, compare=False)  # the result packed (framing.cache.pack)
    result_pickle: bytes = field(default=b"", repr=False, compare=False)  # or pickled, not compressed
    result_ref: tuple = field(default=(), repr=False, compare=False)  # or (cache folder, key) holding it
    pos: tuple = ()  # where the article came in the run (set by the pipeline, not cached)

    def result(self) -> ArticleResult:
        """The ArticleResult this record was rendered from."""
        if self.live is not None:
            return self.live
        return pickle.loads(self.result_bytes())

    def packed_result(self) -> bytes:
        """The ArticleResult, pickled and compressed (:func:`framing.cache.pack`)."""
        if self.result_blob:
            return self.result_blob
        if self.live is not None:
            return pack(self.live)
        if self.result_pickle:
            return zlib.compress(self.result_pickle, 1)
        if self.result_ref:
            return load_result(*self.result_ref)
        raise ValueError(f"the record of {self.id} has no result")

    def result_bytes(self) -> bytes:
        """The ArticleResult, pickled."""
        if self.live is not None:
            return pickle.dumps(self.live, protocol=pickle.HIGHEST_PROTOCOL)
        return self.result_pickle or zlib.decompress(self.packed_result())

    def attach_result(self, blob: bytes = b"", ref: tuple = (), *, pickled: bytes = b"") -> None:
        """Where :meth:`result` finds the result of a record read back from
        packed form: *blob* (packed), *pickled* (pickled only), else the
        cache entry *ref*."""
        object.__setattr__(self, "result_blob", blob)
        object.__setattr__(self, "result_pickle", pickled)
        object.__setattr__(self, "result_ref", ref)

    def __getstate__(self):
        # NOTE: a pickled record leaves its result out: it travels and is
        # cached beside it (framing.cache.pack_record), and the writing
        # process unpacks it only when it needs it.
        state = dict(self.__dict__)
        state["live"] = None
        state["result_blob"] = state["result_pickle"] = b""
        state["result_ref"] = ()
        return state


def safe_cell(value):
    """A CSV cell: text that a spreadsheet would run as a formula gets a
    leading apostrophe; numbers stay numbers; None is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _cell(value):
    """:func:`safe_cell`, with the common cases (numbers, plain text) first."""
    kind = value.__class__
    if kind is int or kind is float:
        return value
    if kind is str:
        return "'" + value if value[:1] in _FORMULA_CHARS else value
    return safe_cell(value)


# NOTE: csv.writer spends most of a table's time reading each character of
# long cells (sentences, messages) twice. The rows of a table are written
# here as it writes them (QUOTE_MINIMAL, "\n" line ends): a cell is quoted,
# its quotes doubled, when it holds a comma, a quote or a line feed; a
# float is its repr, anything else its str. _CSV_AS_MODULE checks at import
# that this Python's csv module does just that, else csv.writer is used.
_CSV_QUOTED = re.compile('[,"\n]')


def _csv_field(value) -> str:
    """:func:`_cell` of *value* as csv.writer writes it."""
    kind = value.__class__
    if kind is str:
        if value[:1] in _FORMULA_CHARS:
            value = "'" + value
    elif kind is int or kind is float:
        return repr(value)
    else:
        value = safe_cell(value)
        value = repr(value) if isinstance(value, float) else str(value)
    return '"' + value.replace('"', '""') + '"' if _CSV_QUOTED.search(value) else value


def _csv_text(rows: list[dict], cols: list[str]) -> str:
    """CSV lines of *rows* (columns *cols*), as csv.writer writes them."""
    if _CSV_AS_MODULE and len(cols) > 1:  # csv.writer quotes a lone empty field
        return "".join([",".join(map(_csv_field, map(row.get, cols))) + "\n" for row in rows])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(list(map(_cell, map(row.get, cols))) for row in rows)
    return buf.getvalue()


def _csv_as_module() -> bool:
    probe = [["a,b", 'a"b', "a\nb", "a\rb", " a ", "", "a\tb\x00", "=1", True, None, 1.5, -2, 1e20, float("nan")]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([list(map(_cell, row)) for row in probe])
    return buf.getvalue() == "".join(",".join(map(_csv_field, row)) + "\n" for row in probe)


_CSV_AS_MODULE = _csv_as_module()


def safe_relpath(article_id: str, suffix: str = ".md") -> str:
    """A relative file path for an article id that cannot leave its folder."""
    parts = []
    for part in re.split(r"[\\/]+", article_id):
        part = re.sub(r"[^A-Za-z0-9._-]+", "_", part).strip(".") or "_"
        if part.split(".")[0].lower() in _RESERVED:
            part = "_" + part
        parts.append(part[:100])
    return "/".join(parts)[:240] + suffix


def page_path(article_id: str) -> str:
    """``articles/<id>.md``, with the id made a safe relative path."""
    return "articles/" + safe_relpath(article_id)


def table_names(options: RenderOptions) -> list[str]:
    """The tables a run writes, in the order they are written."""
    finding_tables = {"full": ["findings"], "counts": ["finding_counts"], "none": []}[options.findings]
    return ["articles", *finding_tables, "sources", "quotes", "claims", "links"]


def table_columns(name: str, rubric: Rubric) -> list[str]:
    """Columns of table *name* under *rubric*."""
    fixed = {
        "findings": tables.FINDING_COLUMNS, "finding_counts": FINDING_COUNT_COLUMNS, "sources": tables.SOURCE_COLUMNS,
        "quotes": tables.QUOTE_COLUMNS, "claims": tables.CLAIM_COLUMNS, "links": tables.LINK_COLUMNS, "errors": tables.ERROR_COLUMNS,
    }
    return tables.article_columns(rubric) if name == "articles" else fixed[name]


class _Blank(dict):
    def __missing__(self, key):
        return _ELIDED


_TEMPLATES: dict[str, dict] = {}


def _templates(rubric: Rubric) -> dict:
    """Rule id -> message template, built once per rubric."""
    got = _TEMPLATES.get(rubric.sha256)
    if got is None:
        got = _TEMPLATES[rubric.sha256] = {r.id: r.message for r in rubric.rules}
    return got


def _textless_message(template: str, suggestion: str) -> str:
    """A rule's message with every value taken from the article elided."""
    try:
        return template.format_map(_Blank(suggestion=suggestion))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def _finding_counts(r: ArticleResult) -> list[dict]:
    counts: dict[str, list] = {}
    for f in r.findings:
        row = counts.setdefault(f.rule, [f.name, f.dimension, f.level, 0, 0])
        row[3] += 1
        row[4] += 1 if f.counted else 0
    return [{"article": r.id, "rule": rule, "name": v[0], "dimension": v[1], "level": v[2], "findings": v[3], "counted": v[4]}
            for rule, v in sorted(counts.items())]


def _rows(r: ArticleResult, rubric: Rubric, options: RenderOptions, messages: dict | None) -> dict[str, list[dict]]:
    out = {"articles": [tables.article_row(r)]}
    if options.findings == "full":
        rows = tables.finding_rows(r)
        if not options.text:
            for row, f in zip(rows, r.findings):
                row.update(text="", sentence="", message=messages[f])
        out["findings"] = rows
    elif options.findings == "counts":
        out["finding_counts"] = _finding_counts(r)
    out["sources"] = tables.source_rows(r)
    out["quotes"] = tables.quote_rows(r)
    out["claims"] = tables.claim_rows(r)
    out["links"] = tables.link_rows(r)
    if not options.text:
        for name in ("quotes", "claims", "links"):
            for row in out[name]:
                if "text" in row:
                    row["text"] = ""
    return out


def render(r: ArticleResult, rubric: Rubric, options: RenderOptions = RenderOptions(), *, html: bool = False) -> Rendered:
    """Everything written about *r* under *options*, its table row of
    report.html included, and with *html* its section of report.html too
    (the writer renders it otherwise)."""
    messages = None
    if not options.text:
        templates = _templates(rubric)
        messages = {f: _textless_message(templates.get(f.rule, f.message), f.suggestion) for f in r.findings}
    rows = _rows(r, rubric, options, messages)
    rendered_tables: dict = {}
    for name, table_rows in rows.items():
        cols = table_columns(name, rubric)
        if options.format == "csv":
            rendered_tables[name] = _csv_text(table_rows, cols).encode("utf-8")
        else:
            rendered_tables[name] = [[row.get(c) for c in cols] for row in table_rows]
    jsonl = "".join(_JSON(row) + "\n" for row in rows.get("findings", ())).encode("utf-8")
    path = page_path(r.id)
    counted = [f for f in r.findings if f.counted]
    return Rendered(
        id=r.id,
        tables=rendered_tables,
        jsonl=jsonl,
        page_path=path,
        page=article_markdown(r, rubric, text=options.text, messages=messages).encode("utf-8"),
        summary=summary_row(r, path),
        text_sha256=r.text_sha256,
        scored=r.overall is not None,
        max_level=max((LEVELS.index(f.level) for f in counted), default=-1),
        rule_counts=tuple(sorted(Counter((f.rule, f.name) for f in counted).items())),
        text=r.article.text,
        meta=dict(r.article.meta),
        outlet=r.article.outlet,
        html=prerender(r, rubric, section=html) if options.text else None,
        live=r,
    )
