"""Word documents (.docx): the body's paragraphs and tables, in order.

Each paragraph is one line of the text (an empty paragraph is a blank line;
a line break inside a paragraph stays a line break), each table cell one
line. Headers, footers and comments are left out. The title is the
document's Title property, else a first paragraph styled Title or Heading 1,
else a first line that reads like a headline; the author, dates, subject,
keywords and language come from the document's properties.
"""
from __future__ import annotations

import io
from dataclasses import replace

from .base import Article, Fields, InputError, build_article, looks_like_headline

__all__ = ["parse_docx"]

_PROPERTIES = ("title", "author", "subject", "keywords", "category", "comments", "language", "created", "modified",
               "last_modified_by", "identifier", "version", "content_status")


def _lines(document) -> list[tuple[str, str]]:
    """(text, style name) for every paragraph and table cell of the body."""
    out = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell repeats
                        seen.add(id(cell._tc))
                        out.append((cell.text, ""))
        else:
            out.append((block.text, block.style.name if block.style is not None else ""))
    return out


def parse_docx(data: bytes, article_id: str, *, folder_outlet: str = "", fields: Fields = Fields()) -> Article | InputError:
    """One Word document's bytes into an Article, or say why not."""
    try:
        import docx
    except ImportError:
        return InputError(article_id, "missing_package", "reading .docx needs python-docx: pip install python-docx")
    try:
        document = docx.Document(io.BytesIO(data))
        lines = _lines(document)
        props = document.core_properties
        record = {k: getattr(props, k) for k in _PROPERTIES if getattr(props, k, None) not in (None, "")}
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        return InputError(article_id, "docx", f"not a readable Word document ({type(exc).__name__}: {exc})")
    body = "\n".join(text for text, _ in lines).strip("\n")
    if not body.strip():
        return InputError(article_id, "empty", "no article text")
    art = build_article(article_id, body, record, encoding="utf-8", folder_outlet=folder_outlet, fields=fields)
    if not art.title:
        filled = [(t, s) for t, s in lines if t.strip()]
        first, style = filled[0]
        rest = "\n".join(t for t, _ in filled[1:])
        if style in ("Title", "Heading 1") or looks_like_headline(first, rest):
            art = replace(art, title=first.strip())
    return art
