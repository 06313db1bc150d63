"""Plain text and Markdown articles, with optional YAML front matter.

The text is the body exactly as decoded (front matter removed, line ends
kept). The title is the front matter's, else a first line that reads like a
headline.
"""
from __future__ import annotations

import re
from dataclasses import replace

import yaml

from .base import Article, Fields, InputError, UTF16_BOMS, build_article, decode, looks_like_headline

__all__ = ["parse_text", "split_front_matter", "looks_binary"]

_FRONT = re.compile(r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|\Z)", re.S)


def looks_binary(data: bytes) -> bool:
    """NUL bytes near the start (and no UTF-16 BOM): not a text file."""
    return b"\x00" in data[:4096] and not data.startswith(UTF16_BOMS)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (a mapping) and the body after it. Raises ``ValueError``."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        # NOTE: every scalar is read as the text written ("0700" stays "0700",
        # not the octal 448), so metadata passes through to articles.csv unchanged.
        meta = yaml.load(m.group(1), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ValueError(f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a mapping of key: value lines")
    return meta, text[m.end():]


def parse_text(data: bytes, article_id: str, *, folder_outlet: str = "", fields: Fields = Fields()) -> Article | InputError:
    """One ``.txt``/``.md`` file's bytes into an Article, or say why not."""
    if looks_binary(data):
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
    art = build_article(article_id, body, meta, encoding=encoding, folder_outlet=folder_outlet, fields=fields)
    if not art.title:
        first = body.lstrip().split("\n", 1)
        if len(first) == 2 and looks_like_headline(first[0], first[1]):
            art = replace(art, title=first[0].strip())
    return art
