"""What every reader shares: the Article and InputError it produces, byte
decoding, and the mapping from an input's metadata fields to Article fields.

A reader hands :func:`build_article` the text and the input's own metadata
(front matter, JSON keys, CSV columns, a page's extracted metadata) as they
are; the usual field names of news scrapers are looked up here, once, for
every format.
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field, fields as _dc_fields
from typing import Any, Mapping
from urllib.parse import urlparse

__all__ = [
    "Article", "InputError", "Fields", "DEFAULT_FIELDS", "decode", "normalise_outlet", "looks_like_headline",
    "build_article", "meta_text", "with_headline",
]


@dataclass(frozen=True)
class Article:
    """One article as read: its id, text exactly as decoded, and metadata.

    ``id`` is the path relative to the scored root (POSIX separators), with
    ``#N`` (or ``#<id field>``) for one record of a JSON, JSONL or CSV file.
    ``text`` is the text offsets index: the body (front matter removed), or
    the extracted text of a page or document, headline first when it has one.
    ``meta`` holds every metadata field of the input, unchanged, as text.
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
    error: str  # short code: unreadable, empty, binary, too_large, encoding, front_matter, json, csv, no_text, ...
    message: str


# The field names common scrapers and exports use for each part of an
# article, in the order they are tried: news-please (maintext, authors,
# date_publish, source_domain), newspaper4k (text, publish_date, source_url),
# Media Cloud (media_name, publish_date), NewsAPI (content, publishedAt,
# source.name) and hand-made files (text, content, body, outlet, date).
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "content", "body", "article_text", "full_text"),
    "title": ("title", "headline"),
    "id": (),
    "outlet": ("outlet", "source_domain", "media_name", "source", "site_name", "sitename", "publisher", "source_url", "domain"),
    "author": ("authors", "author", "byline", "creator"),
    "published": ("published", "date_publish", "publish_date", "date", "published_at", "publishedat", "publication_date", "pubdate"),
    "url": ("url", "link", "article_url", "canonical_link"),
    "language": ("language", "lang"),
    "genre": ("genre",),
}


@dataclass(frozen=True)
class Fields:
    """Which input field holds each part of an article.

    ``None`` means: the first of the usual names (:data:`DEFAULT_FIELDS`,
    matched without regard to case) that has a value. A name given here is
    the only one tried. ``id`` has no default: records are numbered.
    """

    text: str | None = None
    title: str | None = None
    id: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    def names(self, part: str) -> tuple[str, ...]:
        """The field names tried for *part* (``text``, ``title``, ...)."""
        given = getattr(self, part, None)
        return (given,) if given else DEFAULT_FIELDS[part]

    def given(self) -> dict[str, str]:
        """The overrides set, as ``{part: field name}``."""
        return {f.name: getattr(self, f.name) for f in _dc_fields(self) if getattr(self, f.name)}


def find_field(record: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    """The key of *record* that the first of *names* with a value matches
    (exactly, else ignoring case), or None."""
    lowered = None
    for name in names:
        if name in record and not _blank(record[name]):
            return name
        if lowered is None:
            lowered = {}
            for k in record:
                lowered.setdefault(str(k).lower(), k)
        key = lowered.get(name.lower())
        if key is not None and not _blank(record[key]):
            return key
    return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}


def meta_text(value: Any) -> str:
    """A metadata value as the text written to articles.csv, unchanged in
    content: strings as they are, numbers as written, lists and objects as
    JSON, dates in ISO form, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _plain(value: Any) -> str:
    """A field value as one line of text for a contract column: lists are
    joined with commas, an object gives its ``name``."""
    if isinstance(value, (list, tuple)):
        return ", ".join(p for p in (_plain(v) for v in value) if p)
    if isinstance(value, dict):
        return _plain(value.get("name", ""))
    return meta_text(value).strip()


def normalise_outlet(name: str) -> str:
    """Lowercase an outlet name or domain and drop ``www.`` and a scheme."""
    name = (name or "").strip()
    if "://" in name:
        name = urlparse(name).netloc or name
    name = name.lower()
    if name.startswith("www."):
        name = name[4:]
    return name.rstrip("/")


def looks_like_headline(line: str, rest: str) -> bool:
    """A short first line without a closing period, followed by more text."""
    words = line.split()
    return bool(rest.strip()) and 0 < len(words) <= 25 and not line.rstrip().endswith((".", ",", ";"))


def with_headline(title: str, body: str) -> str:
    """*body* with *title* put first as its own paragraph, unless the body
    already opens with it (line ends follow the body's own style)."""
    title = " ".join(title.split())
    first = body.lstrip().splitlines()[0] if body.strip() else ""
    if not title or " ".join(first.split()) == title:
        return body
    nl = "\r\n" if "\r\n" in body else "\n"
    return title + nl + nl + body


# ---------------------------------------------------------------- decoding

_UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WESTERN = {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows_1252", "ascii"}


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: (text, encoding name). Raises ``UnicodeError``.

    UTF-8 (a BOM is dropped) is tried first, as almost all news is UTF-8;
    then UTF-16 with a BOM; then the single-byte encodings charset-normalizer
    finds plausible. Among equally plausible ones, cp1252 wins: it is what
    legacy Western news dumps are in, and its 0x80-0x9f are the typographic
    quotes and dashes news text contains (latin-1 has controls there).
    """
    if data.startswith(_UTF8_BOM):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith(UTF16_BOMS):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if matches:
            least = min(m.chaos for m in matches)
            plausible = [m for m in matches if m.chaos <= least + 0.01]
            if any(_WESTERN.intersection(e.replace("-", "_").lower() for e in m.could_be_from_charset) for m in plausible):
                return _western(data)
            best = plausible[0]
            return str(best), best.encoding
    except Exception:  # charset-normalizer failing is not the user's problem
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise UnicodeError(f"cannot decode: {exc.reason} at byte {exc.start}") from exc


def _western(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: latin-1
        return data.decode("latin-1"), "latin-1"


# ---------------------------------------------------------------- articles

def build_article(
    article_id: str,
    body: str,
    record: Mapping[str, Any],
    *,
    encoding: str,
    folder_outlet: str = "",
    fields: Fields = Fields(),
    text_key: str | None = None,
    headline: bool = False,
    outlet: str = "",
) -> Article:
    """An Article from its text and its input's metadata *record*.

    Contract fields (title, outlet, author, ...) come from the first usual
    field name with a value, or the one *fields* names; the outlet falls back
    to the URL's domain, then to *folder_outlet*. ``meta`` keeps every field
    but the text (*text_key*). With *headline*, the title becomes the first
    paragraph of the text (see :func:`with_headline`).
    """

    def get(part: str) -> str:
        key = find_field(record, fields.names(part))
        return _plain(record[key]) if key is not None else ""

    title = get("title")
    url = get("url")
    outlet = normalise_outlet(outlet or get("outlet"))
    if not outlet and url:
        outlet = normalise_outlet(urlparse(url if "://" in url else "http://" + url).netloc)
    return Article(
        id=article_id,
        text=with_headline(title, body) if headline else body,
        outlet=outlet or folder_outlet,
        title=title,
        author=get("author"),
        published=get("published"),
        url=url,
        language=get("language"),
        genre=get("genre"),
        encoding=encoding,
        meta={str(k): meta_text(v) for k, v in record.items() if k != text_key},
    )
