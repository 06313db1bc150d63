"""Corpus reading: files, folders and stdin in, :class:`Article` objects out.

Finds the input files (walking folders recursively in sorted order) and
hands each to the reader for its format in :mod:`framing.readers`: plain
text and Markdown with front matter, saved web pages, Word documents, and
JSON, JSON Lines and CSV files of many articles. Every problem with one
input becomes an :class:`InputError` in the stream, never an exception, so
one bad file or row cannot stop a run.
"""
from __future__ import annotations

import os
import sys
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlparse

from .readers.base import Article, Fields, InputError, decode, looks_like_headline, normalise_outlet
from .readers.docx import parse_docx
from .readers.html import HTML_SUFFIXES, looks_like_html, parse_html
from .readers.records import CSV_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, Span, parse_json, read_csv, read_jsonl
from .readers.text import parse_text, split_front_matter

__all__ = [
    "Article", "InputError", "Fields", "read_corpus", "read_discovered", "discover", "read_file", "read_path",
    "decode", "normalise_outlet", "looks_like_headline", "split_front_matter", "SUPPORTED_SUFFIXES", "RECORD_SUFFIXES", "STDIN",
    "OUTLET_FROM", "outlet_from",
]

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
RECORD_SUFFIXES = JSON_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES
"""Suffixes of files that hold many articles."""
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx",) + RECORD_SUFFIXES
MAX_BYTES_DEFAULT = 5 * 1024 * 1024
# Pages and Word files carry markup, styles and images besides the text.
_MARKUP_FACTOR = 4
# A JSON file is parsed whole; past this, JSON Lines is the format to use.
JSON_MAX_BYTES = 256 * 1024 * 1024

STDIN = Path("-")
"""The path :func:`discover` gives standard input (``framing score -``)."""

_SINGLE: dict[str, Callable[..., Article | InputError]] = {
    **dict.fromkeys(TEXT_SUFFIXES, parse_text),
    **dict.fromkeys(HTML_SUFFIXES, parse_html),
    ".docx": parse_docx,
}


def _unreadable(article_id: str, exc: OSError) -> InputError:
    if isinstance(exc, PermissionError):
        return InputError(article_id, "unreadable", "permission denied")
    if isinstance(exc, FileNotFoundError):
        return InputError(article_id, "unreadable", "file vanished before it could be read")
    return InputError(article_id, "unreadable", exc.strerror or str(exc))


def _load(path: Path, article_id: str, limit: int, hint: str = "") -> bytes | InputError:
    """The bytes of *path* (stdin for :data:`STDIN`), or why they cannot be had."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    try:
        size = path.stat().st_size
        if size > limit:
            return InputError(article_id, "too_large", f"{size} bytes is over the {limit}-byte limit{hint}")
        return path.read_bytes()
    except OSError as exc:
        return _unreadable(article_id, exc)


def read_path(path: Path, article_id: str, *, folder_outlet: str = "", max_bytes: int = MAX_BYTES_DEFAULT,
              fields: Fields = Fields(), span: Span | None = None) -> Iterator[Article | InputError]:
    """Every article (or input error) in one file, by its suffix; standard
    input for :data:`STDIN` (a page if it starts like HTML, else text).
    Files of any other suffix named on the command line are read as text.
    With *span* (see :func:`~framing.readers.records.record_spans`), only
    the records of that span of a JSONL or CSV file."""
    suffix = path.suffix.lower()
    common = dict(folder_outlet=folder_outlet, fields=fields)
    if suffix in JSONL_SUFFIXES + CSV_SUFFIXES and path != STDIN:
        reader = read_jsonl if suffix in JSONL_SUFFIXES else read_csv
        try:
            yield from reader(path, article_id, max_bytes=max_bytes, span=span, **common)
        except OSError as exc:
            yield _unreadable(article_id, exc)
        return
    if suffix in JSON_SUFFIXES:
        data = _load(path, article_id, JSON_MAX_BYTES, "; use JSON Lines (.jsonl) for a corpus this large")
        yield from [data] if isinstance(data, InputError) else parse_json(data, article_id, max_bytes=max_bytes, **common)
        return
    parse = _SINGLE.get(suffix, parse_text)
    data = _load(path, article_id, max_bytes if parse is parse_text else max_bytes * _MARKUP_FACTOR)
    if isinstance(data, InputError):
        yield data
        return
    if path == STDIN and looks_like_html(data):
        parse = parse_html
    yield parse(data, article_id, **common)


def read_file(path: Path, article_id: str, *, folder_outlet: str = "", max_bytes: int = MAX_BYTES_DEFAULT,
              fields: Fields = Fields()) -> Article | InputError:
    """The one article in *path*, or why there is none (a JSON, JSONL or
    CSV file with several articles is an error here: use :func:`read_path`)."""
    found = list(islice(read_path(path, article_id, folder_outlet=folder_outlet, max_bytes=max_bytes, fields=fields), 2))
    if len(found) == 1:
        return found[0]
    if not found:
        return InputError(article_id, "empty", "no articles in the file")
    return InputError(article_id, "multiple_articles", "holds more than one article; score it with framing score")


def _is_report_folder(folder: Path) -> bool:
    """A folder ``framing score`` wrote: its texts/ and articles/ are not input."""
    return (folder / "manifest.json").is_file() and (folder / "articles.csv").is_file()


def _walk(root: str, root_name: str) -> Iterator[tuple[str, str, str]]:
    """(file, path relative to *root* with "/", name of its folder; *root_name*
    for files directly in *root*) for the files below *root* in sorted order,
    following no symlinked folders twice. Plain strings: a corpus of
    millions of files is listed without a path object per file."""
    seen: set = set()
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            real = os.path.realpath(folder)
        except OSError:
            continue
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        parent = prefix[:-1].rsplit("/", 1)[-1] if prefix else root_name
        subdirs = []
        for e in entries:
            name = e.name
            if name.startswith("."):
                continue
            try:
                if e.is_dir():
                    if not _is_report_folder(Path(e.path)):
                        subdirs.append((e.path, prefix + name + "/"))
                elif name.lower().endswith(SUPPORTED_SUFFIXES):
                    yield e.path, prefix + name, parent
            except OSError:
                continue
        stack.extend(reversed(subdirs))


def discover(paths: list[str | os.PathLike]) -> Iterator[tuple[Path, str, str] | InputError]:
    """(file, article id, folder outlet) for every input file, sorted by id;
    ``-`` is standard input, id ``stdin``. Folders that hold a previous
    run's reports are skipped."""
    for item in discover_names(paths):
        yield item if isinstance(item, InputError) or item[0] is STDIN else (Path(item[0]), item[1], item[2])


def discover_names(paths: list[str | os.PathLike]) -> Iterator[tuple[str, str, str] | InputError]:
    """:func:`discover` with each file as a plain string (standard input
    stays :data:`STDIN`)."""
    found: list[tuple] = []
    errors: list[InputError] = []
    for raw in paths:
        root = Path(raw)
        if str(raw) == "-":
            found.append((STDIN, "stdin", ""))
        elif root.is_dir():
            found.extend(_walk(str(root), root.resolve().name))
        elif root.is_file():
            found.append((str(root), root.name, root.resolve().parent.name))
        else:
            errors.append(InputError(str(raw), "unreadable", "no such file or folder"))
    found.sort(key=lambda x: x[1])
    yield from errors
    yield from found


OUTLET_FROM = ("meta", "domain", "folder")


def outlet_from(article: Article, folder: str, where: str = "meta") -> Article:
    """*article* with its outlet taken from *where* first: ``meta`` (the
    metadata, as read), ``domain`` (the URL's domain) or ``folder`` (the
    parent folder); the places after it in ``meta, domain, folder`` are the
    fallbacks, so ``meta`` changes nothing."""
    if where not in OUTLET_FROM:
        raise ValueError(f"outlet_from must be one of {', '.join(OUTLET_FROM)}, not '{where}'")
    if where == "meta":
        return article
    url = article.url
    domain = normalise_outlet(urlparse(url if "://" in url else "http://" + url).netloc) if url and where == "domain" else ""
    return replace(article, outlet=domain or normalise_outlet(folder))


def read_corpus(paths: list[str | os.PathLike], *, max_bytes: int = MAX_BYTES_DEFAULT, fields: Fields = Fields(), outlet: str = "meta") -> Iterator[Article | InputError]:
    """Articles (or input errors) for files, folders and ``-``, in deterministic order."""
    return read_discovered(discover(paths), max_bytes=max_bytes, fields=fields, outlet=outlet)


def read_discovered(items, *, max_bytes: int = MAX_BYTES_DEFAULT, fields: Fields = Fields(), outlet: str = "meta") -> Iterator[Article | InputError]:
    """Read the files :func:`discover` listed (errors pass through).

    *fields* names the fields of JSON, JSONL and CSV records (and front
    matter) that hold the text, title, id, outlet and so on; *outlet* says
    where an article's outlet comes from first (see :func:`outlet_from`).
    """
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        path, article_id, folder = item
        for a in read_path(path, article_id, folder_outlet=normalise_outlet(folder), max_bytes=max_bytes, fields=fields):
            yield a if isinstance(a, InputError) else outlet_from(a, folder, outlet)
