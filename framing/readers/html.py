"""Saved web pages: the article's main text and metadata, boilerplate left out.

trafilatura finds the main text (navigation, cookie banners, adverts,
comments, share bars and related-story teasers are dropped) and the title,
author, date, site name and URL. The text scored is the headline, then the
extracted paragraphs one per line, so offsets index that text; the writer
saves it as ``texts/<id>.txt``. trafilatura never fetches anything here: it
is handed the page's text, with deduplication off so a page's result does
not depend on the pages read before it.
"""
from __future__ import annotations

import logging
import re

from .base import Article, Fields, InputError, UTF16_BOMS, build_article, decode

__all__ = ["parse_html", "looks_like_html", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# trafilatura's metadata kept in Article.meta; "filedate" (the day of the
# run) and fingerprints are left out so reports stay reproducible.
_META_KEYS = ("title", "author", "date", "sitename", "hostname", "url", "description", "categories", "tags", "language", "pagetype", "image", "license")

# NOTE: the date comes from the page's markup only (meta tags, JSON-LD,
# <time>), not from guesses in its text (a "© 2024" footer is no publication
# date), and with no "not after today" bound, so a page reads the same any day.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2100-01-01"}
# A page has article text when some paragraph reads as prose: eight words or
# more ending like a sentence. Menus, labels and advert slots do not.
_PROSE = re.compile(r"^(?=(?:[^\w\n]*\w+\b){8}).*[.!?…][\"'”’)]*[ \t]*$", re.M)

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>")
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|\?xml)", re.I | re.S)

# NOTE: the extraction libraries log at WARNING about pages they find thin;
# a handler of their own keeps that out of our one-line-per-problem stderr
# unless the user configures logging.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def looks_like_html(data: bytes) -> bool:
    """True when *data* starts like an HTML document (used for stdin)."""
    head = data[:2048].decode("utf-8", "ignore").lstrip("\ufeff")
    return bool(_HTML_START.match(head))


def _decode_page(data: bytes) -> tuple[str, str]:
    """The page's text and encoding: a BOM, else the charset the page
    declares (latin-1 read as its superset cp1252, as browsers do), else
    detection."""
    if not data.startswith((b"\xef\xbb\xbf", *UTF16_BOMS)):
        m = _DECLARED.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252"):
                declared = "cp1252"
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data)


def parse_html(data: bytes, article_id: str, *, folder_outlet: str = "", fields: Fields = Fields()) -> Article | InputError:
    """One saved page's bytes into an Article, or say why not."""
    try:
        page, encoding = _decode_page(data)
    except UnicodeError as exc:
        return InputError(article_id, "encoding", str(exc))
    try:
        import trafilatura
    except ImportError as exc:  # a broken install, not a bad page
        return InputError(article_id, "missing_package", f"reading HTML needs trafilatura ({exc}); pip install trafilatura")
    # NOTE: lxml refuses str input that carries an XML encoding declaration.
    page = _XML_DECL.sub("", page, count=1)
    try:
        doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, deduplicate=False,
                                          date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # a page the parser chokes on is one bad input
        return InputError(article_id, "html", f"could not parse the page ({type(exc).__name__}: {exc})")
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = (found.get("text") or "").strip()
    if not _PROSE.search(body):
        return InputError(article_id, "no_text", "no article text found")
    record = {k: found[k] for k in _META_KEYS if found.get(k) not in (None, "", [])}
    return build_article(
        article_id, body, record, encoding=encoding, folder_outlet=folder_outlet, fields=fields,
        headline=True, outlet=found.get("hostname") or "",
    )
