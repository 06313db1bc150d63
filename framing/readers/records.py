"""Corpora of many articles in one file: JSON, JSON Lines and CSV/TSV.

One object (or row) is one article, its id ``<file>#N``: N is the line of a
JSONL file, the position in a JSON list, the data row of a CSV file (header
not counted), or the value of the id field when one is named. Field names of
the common scrapers are recognised (see :data:`~framing.readers.base.DEFAULT_FIELDS`);
every other field is kept as metadata. A malformed line or row is one
InputError and the rest of the file is read. JSONL and CSV are streamed line
by line, each line decoded on its own, so a large export never sits in
memory and one badly encoded line costs only its own record. They can also
be read a span of records at a time (:func:`record_spans`), so that several
processes share one big file and each span reads as it would in the whole.
"""
from __future__ import annotations

import csv
import io
import json
from itertools import chain
from pathlib import Path
from typing import Any, Iterator, Mapping, NamedTuple

from .base import Article, Fields, InputError, UTF16_BOMS, DEFAULT_FIELDS, build_article, decode, find_field

__all__ = ["parse_json", "read_jsonl", "read_csv", "record_spans", "Span", "JSON_SUFFIXES", "JSONL_SUFFIXES", "CSV_SUFFIXES"]

JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")

_SAMPLE = 1 << 20
_CSV_FIELD_LIMIT = 2**31 - 1


class _Ids:
    """Article ids of one file: ``file#N`` or ``file#<id field>``, each once.
    *reused*: the records (line or row numbers) whose id an earlier span of
    the file used already."""

    def __init__(self, file_id: str, fields: Fields, reused: tuple[int, ...] = ()):
        self.file_id = file_id
        self.field = fields.id
        self.seen: set[str] = set()
        self.reused = frozenset(reused)
        self.n = 0

    def __call__(self, n: int, record: Mapping[str, Any] | None) -> str:
        self.n = n
        if self.field and record is not None:
            key = find_field(record, (self.field,))
            if key is not None:
                return f"{self.file_id}#{str(record[key]).strip()}"
        return f"{self.file_id}#{n}"

    def claim(self, article_id: str) -> bool:
        """False when the id was already used in this file."""
        if article_id in self.seen or self.n in self.reused:
            return False
        self.seen.add(article_id)
        return True


def _record_article(record: Mapping[str, Any], article_id: str, where: str, *, encoding: str, folder_outlet: str,
                    fields: Fields, max_bytes: int, ids: _Ids) -> Article | InputError:
    if not ids.claim(article_id):
        return InputError(article_id, "duplicate_id", f"{where}: the id '{article_id}' was already used in this file")
    key = find_field(record, fields.names("text"))
    if key is None:
        if fields.text:
            return InputError(article_id, "no_text", f"{where}: no text in the field '{fields.text}'")
        return InputError(article_id, "no_text", f"{where}: no text field (looked for {', '.join(DEFAULT_FIELDS['text'])}); name it with --text-field")
    body = record[key]
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        body = "\n\n".join(body)
    if not isinstance(body, str):
        return InputError(article_id, "no_text", f"{where}: the field '{key}' holds a {type(body).__name__}, not text")
    if len(body) > max_bytes:
        return InputError(article_id, "too_large", f"{where}: {len(body)} characters of text is over the {max_bytes} limit")
    if not body.strip():
        return InputError(article_id, "empty", f"{where}: no article text")
    return build_article(article_id, body, record, encoding=encoding, folder_outlet=folder_outlet, fields=fields,
                         text_key=key, headline=True)


def _json_problem(exc: json.JSONDecodeError, line: bool = True) -> str:
    """``Expecting value at line 3, column 7`` from a JSON error."""
    where = f"line {exc.lineno}, column {exc.colno}" if line else f"column {exc.colno}"
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}"


def _wrapped_records(obj: dict, fields: Fields) -> list | None:
    """The list of an API dump like ``{"status": "ok", "articles": [...]}``:
    an object with no text field and exactly one list of objects."""
    if find_field(obj, fields.names("text")) is not None:
        return None
    lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    return lists[0] if len(lists) == 1 else None


def parse_json(data: bytes, file_id: str, *, folder_outlet: str = "", fields: Fields = Fields(), max_bytes: int) -> Iterator[Article | InputError]:
    """A JSON file: one object (one article, id = the file's), or a list of
    objects (``file#N``)."""
    try:
        text, encoding = decode(data)
    except UnicodeError as exc:
        yield InputError(file_id, "encoding", str(exc))
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(file_id, "json", f"not valid JSON: {_json_problem(exc)}")
        return
    ids = _Ids(file_id, fields)
    common = dict(encoding=encoding, folder_outlet=folder_outlet, fields=fields, max_bytes=max_bytes, ids=ids)
    if isinstance(obj, dict):
        items = _wrapped_records(obj, fields)
        if items is None:
            yield _record_article(obj, file_id, "the object", **common)
            return
    elif isinstance(obj, list):
        items = obj
    else:
        yield InputError(file_id, "json", f"holds a {type(obj).__name__}; expected an object or a list of objects")
        return
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            yield InputError(f"{file_id}#{n}", "json", f"item {n} is a {type(item).__name__}, not an object")
            continue
        yield _record_article(item, ids(n, item), f"item {n}", **common)


def _decode_line(raw: bytes) -> tuple[str, str]:
    try:
        return decode(raw)
    except UnicodeError:  # bytes no single-byte code page defines
        return raw.decode("latin-1"), "latin-1"


def _legacy_encoding(sample: bytes) -> str | None:
    """The encoding of the lines of *sample* that are not UTF-8, if any."""
    sample = sample[: sample.rfind(b"\n") + 1]
    bad = []
    for line in sample.splitlines(keepends=True):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(line)
    return _decode_line(b"".join(bad))[1] if bad else None


class Span(NamedTuple):
    """A run of whole records of a JSONL or CSV file, to be read on its own:
    the bytes ``[start, end)``, the number of its first line, and how many
    records (articles or errors: CSV data rows, JSONL lines not blank) come
    before it in the file and in it."""

    start: int
    end: int  # -1: to the end of the file
    line: int
    before: int
    records: int
    reused: tuple[int, ...] = ()  # its records whose id (from the id field) an earlier record used


def _whole(head: bytes) -> bool:
    """Files decoded whole, not line by line: UTF-16, and lone-CR line ends."""
    return head.startswith(UTF16_BOMS) or (b"\n" not in head and b"\r" in head)


def _lines(path: Path, span: Span | None = None) -> Iterator[tuple[int, str, str, int]]:
    """(line number, line with its ending, encoding, byte offset after the
    line) for each line of *path*, or of its *span* only.

    Each line is decoded on its own: as UTF-8 when it is valid UTF-8 (a
    legacy line almost never is), else in the legacy encoding detected on
    the first megabyte's non-UTF-8 lines, else by itself. So a dump that
    mixes UTF-8 and cp1252 rows reads right row by row. UTF-16 files and
    files whose lines end with a lone CR are decoded whole (offset -1).
    """
    with open(path, "rb") as fh:
        head = fh.read(_SAMPLE)
        if _whole(head):
            text, encoding = _decode_line(head + fh.read())
            for n, line in enumerate(io.StringIO(text, newline=""), 1):
                yield n, line, encoding, -1
            return
        bom = head.startswith(b"\xef\xbb\xbf")
        utf8 = "utf-8-sig" if bom else "utf-8"
        at, end, n = (0, -1, 1) if span is None else (span.start, span.end, span.line)
        at = max(at, 3 if bom else 0)
        fh.seek(at)
        legacy: str | None = None
        for raw in fh:
            if at == end:
                return
            at += len(raw)
            try:
                yield n, raw.decode("utf-8"), utf8, at
            except UnicodeDecodeError:
                legacy = legacy or _legacy_encoding(head) or ""
                try:
                    yield n, raw.decode(legacy), legacy, at
                except (UnicodeDecodeError, LookupError):
                    yield (n, *_decode_line(raw), at)
            n += 1


def read_jsonl(path: Path, file_id: str, *, folder_outlet: str = "", fields: Fields = Fields(), max_bytes: int,
               span: Span | None = None) -> Iterator[Article | InputError]:
    """A JSON Lines file (or a *span* of it): one object per line, ``file#<line>``."""
    ids = _Ids(file_id, fields, span.reused if span else ())
    for n, line, encoding, _ in _lines(path, span):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{file_id}#{n}", "json", f"line {n} is not valid JSON: {_json_problem(exc, line=False)}")
            continue
        if not isinstance(obj, dict):
            yield InputError(f"{file_id}#{n}", "json", f"line {n} is a {type(obj).__name__}, not an object")
            continue
        yield _record_article(obj, ids(n, obj), f"line {n}", encoding=encoding, folder_outlet=folder_outlet,
                              fields=fields, max_bytes=max_bytes, ids=ids)


def _delimiter(first_line: str, suffix: str) -> str:
    """The delimiter of a header line: the most frequent of , ; tab | outside quotes."""
    outside = "".join(part for i, part in enumerate(first_line.split('"')) if i % 2 == 0)
    counts = {d: outside.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] == 0:
        return "\t" if suffix == ".tsv" else ","
    return best


class _Table:
    """A CSV file's header, read once; then its data rows, from the start
    or from a span, numbered as in the whole file."""

    def __init__(self, path: Path, file_id: str, fields: Fields):
        csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
        self.path, self.file_id = path, file_id
        self.problem: InputError | None = None
        self.used: list[str] = []
        self.at = self.line = 0  # after the last line read: its byte offset and number
        self.lines = _lines(path)
        first = next(self.lines, None)
        if first is None:
            self.problem = InputError(file_id, "empty", "no rows")
            return
        line, self.encoding = first[1], first[2]
        if line.lower().startswith("sep=") and len(line.rstrip("\r\n")) == 5:
            self.delimiter, pending, self.unfed = line[4], None, 1
            self.at, self.line = first[3], 1
        else:
            self.delimiter, pending, self.unfed = _delimiter(line, path.suffix.lower()), first, 0
        self.reader = csv.reader(self._feed(self.lines, pending), delimiter=self.delimiter)
        try:
            self.header = [h.strip() for h in next(self.reader)]
        except (StopIteration, csv.Error) as exc:
            self.problem = InputError(file_id, "csv", f"no header row ({exc})" if str(exc) else "no header row")
            return
        if find_field(dict.fromkeys(self.header, "x"), fields.names("text")) is None:
            named = f"no column '{fields.text}'" if fields.text else f"no text column (looked for {', '.join(DEFAULT_FIELDS['text'])}); name it with --text-column"
            self.problem = InputError(file_id, "no_text", f"header: {named}")

    def _feed(self, lines, pending=None) -> Iterator[str]:
        """The text of each line for csv, noting its encoding and where it ends."""
        for n, line, encoding, at in chain((pending,), lines) if pending else lines:
            self.used.append(encoding)
            self.at, self.line = at, n
            yield line

    def rows(self, span: Span | None = None) -> Iterator[tuple[int, Any, str]]:
        """(row number, the row as a dict or its InputError, encoding) for
        each data row; blank rows are skipped, as csv does."""
        reader, n, lines_before = self.reader, 0, 0
        if span is not None:
            self.lines.close()
            reader = csv.reader(self._feed(_lines(self.path, span)), delimiter=self.delimiter)
            n, lines_before = span.before, span.line - 1 - self.unfed
        file_id, header = self.file_id, self.header
        while True:
            self.used.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                n += 1
                yield n, InputError(f"{file_id}#{n}", "csv", f"row {n} (line {lines_before + reader.line_num}): {exc}"), self.encoding
                continue
            if not row:
                continue
            n += 1
            if len(row) != len(header):
                yield n, InputError(f"{file_id}#{n}", "csv", f"row {n} (line {lines_before + reader.line_num}) has {len(row)} fields; the header has {len(header)}"), self.encoding
                continue
            yield n, dict(zip(header, row)), next((e for e in self.used if e != self.encoding), self.encoding)


def read_csv(path: Path, file_id: str, *, folder_outlet: str = "", fields: Fields = Fields(), max_bytes: int,
             span: Span | None = None) -> Iterator[Article | InputError]:
    """A CSV or TSV file with a header row (or a *span* of its rows): one row
    per article, ``file#<row>``.

    The delimiter is read from the header (or an Excel ``sep=`` line). Line
    ends inside quoted cells are kept as they are.
    """
    table = _Table(path, file_id, fields)
    if table.problem is not None:
        yield table.problem
        return
    ids = _Ids(file_id, fields, span.reused if span else ())
    for n, record, encoding in table.rows(span):
        if isinstance(record, InputError):
            yield record
            continue
        yield _record_article(record, ids(n, record), f"row {n}", encoding=encoding, folder_outlet=folder_outlet,
                              fields=fields, max_bytes=max_bytes, ids=ids)


def _object(line: str) -> dict | None:
    """The object on a JSONL line, or None."""
    try:
        obj = json.loads(line) if line.strip() else None
    except json.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def record_spans(path: Path, records: int, *, fields: Fields = Fields()) -> Iterator[Span | None]:
    """Spans of *records* records each (the last may hold fewer) that, read
    in order, give exactly what reading the whole JSONL or CSV file gives,
    ids and messages included: the file is read once here to find where
    its records start (and, with an id field, which ids come again, so
    JSON is parsed then only). One ``None`` instead when the file is to be
    read whole (UTF-16, lone-CR line ends, a CSV file whose header is a
    problem, a file that cannot be opened)."""
    start = line = before = None
    ids = _Ids("", fields) if fields.id else None
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            lines = _lines(path)
            first = next(lines, None)
            if first is None:
                return
            if first[3] < 0:
                yield None
                return
            filled = (x for x in chain((first,), lines) if x[1].strip())
            bounds = ((k, at, n + 1, n, _object(text) if ids else None) for k, (n, text, _, at) in enumerate(filled, 1))
            start, line = 0, 1
        else:
            table = _Table(path, str(path), fields)
            if table.problem is not None or table.at < 0:
                yield None
                return
            bounds = ((n, table.at, table.line + 1, n, row if ids and not isinstance(row, InputError) else None) for n, row, _ in table.rows())
            start, line = table.at, table.line + 1
        before = count = 0
        reused: list[int] = []
        for count, at, next_line, number, record in bounds:
            if record is not None and not ids.claim(ids(number, record)):
                reused.append(number)
            if count - before >= records:
                yield Span(start, at, line, before, count - before, tuple(reused))
                start, line, before, reused = at, next_line, count, []
        if count > before:
            yield Span(start, -1, line, before, count - before, tuple(reused))
    except OSError:  # the reader of the rest names the problem
        yield None if start is None else Span(start, -1, line, before, records)
