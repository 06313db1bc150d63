"""Corpus reading: files and folders in, :class:`Article` objects out.

Reads ``.txt`` and ``.md`` files (with optional YAML front matter), walking
folders recursively in sorted order. Every problem with one input becomes an
:class:`InputError` in the stream, never an exception, so one bad file cannot
stop a run.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping
from urllib.parse import urlparse

import yaml

__all__ = ["Article", "InputError", "read_corpus", "read_discovered", "discover", "read_file", "decode", "normalise_outlet", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES_DEFAULT = 5 * 1024 * 1024

_META_KEYS = ("title", "outlet", "author", "published", "url", "language", "genre")


@dataclass(frozen=True)
class Article:
    """One article as read: its id, text exactly as decoded, and metadata.

    ``id`` is the path relative to the scored root (POSIX separators).
    ``text`` is the body (front matter removed); offsets index it.
    """

    id: str
    text: str
    outlet: str = ""
    title: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    language: str = ""
    genre: str = ""
    encoding: str = "utf-8"
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class InputError:
    """An input that could not be read; becomes a row of errors.csv."""

    article: str
    error: str  # short code: unreadable, empty, binary, too_large, encoding, front_matter, ...
    message: str


def normalise_outlet(name: str) -> str:
    """Lowercase an outlet name or domain and drop ``www.`` and a scheme."""
    name = (name or "").strip()
    if "://" in name:
        name = urlparse(name).netloc or name
    name = name.lower()
    if name.startswith("www."):
        name = name[4:]
    return name.rstrip("/")


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: (text, encoding name). Raises ``UnicodeError``.

    UTF-8 (a BOM is dropped) is tried first, as almost all news is UTF-8;
    then UTF-16 with a BOM; then charset-normalizer's best guess; then
    cp1252, the encoding of most legacy news dumps.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            enc = best.encoding
            # NOTE: charset-normalizer often calls cp1252 text latin-1 or
            # similar; cp1252 is the superset that maps 0x80-0x9f to the
            # typographic quotes news text actually contains.
            if enc.replace("-", "_") in ("latin_1", "iso8859_1", "iso8859_15", "cp1250", "cp1252", "ascii"):
                try:
                    return data.decode("cp1252"), "cp1252"
                except UnicodeDecodeError:
                    return data.decode("latin-1"), "latin-1"
            return str(best), enc
    except Exception:  # charset-normalizer failing is not the user's problem
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise UnicodeError(f"cannot decode: {exc.reason} at byte {exc.start}") from exc


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (a mapping) and the body after it. Raises ``ValueError``."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ValueError(f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a mapping of key: value lines")
    return meta, text[m.end():]


def looks_like_headline(line: str, rest: str) -> bool:
    """A short first line without a closing period, followed by more text."""
    words = line.split()
    return bool(rest.strip()) and 0 < len(words) <= 25 and not line.rstrip().endswith((".", ",", ";"))


def read_file(path: Path, article_id: str, *, folder_outlet: str = "", max_bytes: int = MAX_BYTES_DEFAULT) -> Article | InputError:
    """Read one ``.txt``/``.md`` file into an Article, or say why not."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(article_id, "too_large", f"{size} bytes is over the {max_bytes}-byte limit")
        data = path.read_bytes()
    except PermissionError:
        return InputError(article_id, "unreadable", "permission denied")
    except FileNotFoundError:
        return InputError(article_id, "unreadable", "file vanished before it could be read")
    except OSError as exc:
        return InputError(article_id, "unreadable", exc.strerror or str(exc))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return InputError(article_id, "binary", "binary file (NUL bytes), not text")
    try:
        text, encoding = decode(data)
    except UnicodeError as exc:
        return InputError(article_id, "encoding", str(exc))
    try:
        meta, body = split_front_matter(text)
    except ValueError as exc:
        return InputError(article_id, "front_matter", str(exc))
    if not body.strip():
        return InputError(article_id, "empty", "no article text")
    meta = {str(k): ("" if v is None else str(v)) for k, v in meta.items()}
    title = meta.get("title", "")
    if not title:
        first = body.lstrip().split("\n", 1)
        if len(first) == 2 and looks_like_headline(first[0], first[1]):
            title = first[0].strip()
    outlet = meta.get("outlet") or meta.get("source") or meta.get("site_name") or ""
    if not outlet and meta.get("url"):
        outlet = urlparse(meta["url"] if "://" in meta["url"] else "http://" + meta["url"]).netloc
    outlet = normalise_outlet(outlet) or folder_outlet
    return Article(
        id=article_id,
        text=body,
        outlet=outlet,
        title=title,
        author=meta.get("author", ""),
        published=meta.get("published", meta.get("date", "")),
        url=meta.get("url", ""),
        language=meta.get("language", ""),
        genre=meta.get("genre", ""),
        encoding=encoding,
        meta=meta,
    )


def _walk(root: Path) -> Iterator[Path]:
    """Files below *root* in sorted order, following no symlinked folders twice."""
    seen: set = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            real = folder.resolve()
        except OSError:
            continue
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                if e.is_dir():
                    subdirs.append(Path(e.path))
                elif e.name.lower().endswith(SUPPORTED_SUFFIXES):
                    yield Path(e.path)
            except OSError:
                continue
        stack.extend(reversed(subdirs))


def discover(paths: list[str | os.PathLike]) -> Iterator[tuple[Path, str, str] | InputError]:
    """(file, article id, folder outlet) for every input file, sorted by id."""
    found: list[tuple[Path, str, str]] = []
    errors: list[InputError] = []
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for f in _walk(root):
                rel = f.relative_to(root).as_posix()
                parent = f.parent.name if f.parent != root else root.resolve().name
                found.append((f, rel, parent))
        elif root.is_file():
            found.append((root, root.name, root.resolve().parent.name))
        else:
            errors.append(InputError(str(raw), "unreadable", "no such file or folder"))
    found.sort(key=lambda x: x[1])
    yield from errors
    yield from found


def read_corpus(paths: list[str | os.PathLike], *, max_bytes: int = MAX_BYTES_DEFAULT) -> Iterator[Article | InputError]:
    """Articles (or input errors) for files and folders, in deterministic order."""
    return read_discovered(discover(paths), max_bytes=max_bytes)


def read_discovered(items, *, max_bytes: int = MAX_BYTES_DEFAULT) -> Iterator[Article | InputError]:
    """Read the files :func:`discover` listed (errors pass through)."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        path, article_id, folder = item
        yield read_file(path, article_id, folder_outlet=normalise_outlet(folder), max_bytes=max_bytes)
