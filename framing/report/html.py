"""``report.html``: one self-contained page for people (and ``_repr_html_``).

A sortable, filterable article table, then one section per article: the
text with every finding highlighted by dimension (colour *and* underline
style, numbered markers whose notes open on hover and on keyboard focus), the
score breakdown and the sources. No external asset: inline CSS, a small
inline script, nothing fetched; a Content-Security-Policy allows only that
script, so even a missed escape could not run anything.

Writers only format: every number shown is already in the
:class:`~framing.scoring.ArticleResult`. Article content is always escaped
with :func:`html.escape`, and the script never writes markup from text.

Memory stays flat: :class:`HtmlReport` streams each article's table row and
section to temporary files as results arrive and assembles the page at close.
Full sections are kept for the first ``max_articles`` articles (1,000 by
default) and table rows for the first ``max_rows`` (5,000), in input order;
the page says so when it is cut, and articles.csv always has every article.
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import IO, Mapping, Sequence

from ..corpus import InputError
from ..rubric.model import Rubric
from ..scoring import METRICS, GENERIC_METRICS, ArticleResult
from .present import dimension_order, dimension_title, format_score, format_value, segments, weight_note

__all__ = ["HtmlReport", "article_html", "article_section", "MAX_ARTICLES", "MAX_TABLE_ROWS"]

# NOTE: measured on a 2-core machine with software rendering: 1,000 sections of
# a 4,500-character article with 20 findings and 5,000 table rows make a 43 MB
# page that loads in ~5 s and sorts in ~3 s; 20,000 rows took 13 s to load and
# 20 s to sort, all of it table layout.
MAX_ARTICLES = 1_000
MAX_TABLE_ROWS = 5_000

# The non-colour cue of each dimension (also shown in the legend).
UNDERLINES = {"attribution": "solid", "sourcing": "dashed", "loaded_language": "wavy", "sentiment": "dotted", "readability": "double"}
KNOWN_DIMENSIONS = tuple(UNDERLINES)


def _e(value) -> str:
    """Escaped text for element content and quoted attribute values."""
    return "" if value is None else html.escape(str(value), quote=True)


def _tier(v) -> str:
    """A colour class for a 0-100 score (five steps), or '' when unscored."""
    return "" if v is None else f" t{min(4, max(0, int(v // 20)))}"


def _dim_class(dimension: str) -> str:
    return "d-" + dimension if dimension in KNOWN_DIMENSIONS else "d-other"


def _safe_url(url: str) -> str | None:
    """The URL when it is a plain http(s) link, else None (never javascript: or data:)."""
    url = (url or "").strip()
    return url if re.match(r"(?i)^https?://[^\s\"'<>]+$", url) else None


def _anchor(r: ArticleResult) -> str:
    """A stable element id for one article (same result, same id)."""
    return "a-" + hashlib.sha1(f"{r.id}\0{r.text_sha256}".encode("utf-8")).hexdigest()[:10]


# ------------------------------------------------------------------ text


# The parts of a finding's tooltip and list item that depend only on its
# rule and state, escaped once per process (findings of one rule repeat
# across articles).
_RULE_PARTS: dict[tuple, tuple[str, ...]] = {}


def _rule_parts(f) -> tuple[str, ...]:
    """(head, tail, class, dimension title) of a finding's tooltip around its
    escaped message, then (class, head after the number, why and suggestion)
    of its list item."""
    # weight, accepted_by and in_quote decide weight_note(f) and counted.
    key = (f.rule, f.name, f.dimension, f.level, f.weight, f.accepted_by, f.in_quote, f.why, f.suggestion)
    parts = _RULE_PARTS.get(key)
    if parts is None:
        if len(_RULE_PARTS) > 10_000:
            _RULE_PARTS.clear()
        head = (f'<strong>{_e(f.rule)} · {_e(f.name)}</strong><span class="tip-meta">{_e(dimension_title(f.dimension))} · '
                f'{_e(f.level)} · {_e(weight_note(f))}</span><span class="tip-msg">')
        tail = "</span>"
        if f.why:
            tail += f'<span class="tip-why">Why: {_e(f.why)}</span>'
        if f.suggestion:
            tail += f'<span class="tip-sugg">Suggestion: {_e(f.suggestion)}</span>'
        cls = f'{_dim_class(f.dimension)}{"" if f.counted else " nc"}" '
        item_head = (f'<code>{_e(f.rule)}</code> <span class="rule-name">{_e(f.name)}</span> <span class="lvl lvl-{_e(f.level)}">{_e(f.level)}</span> '
                     f'<span class="{"weight" if f.counted else "flag"}">{_e(weight_note(f))}</span>')
        item_tail = (f'<p class="why"><span>Why</span> {_e(f.why)}</p>' if f.why else "") + (
            f'<p class="sugg"><span>Suggestion</span> {_e(f.suggestion)}</p>' if f.suggestion else "")
        parts = _RULE_PARTS[key] = (head, tail, cls, _e(dimension_title(f.dimension)), _dim_class(f.dimension), item_head, item_tail)
    return parts


def _note(fid: str, n: int, f, parts: tuple, message: str) -> str:
    """The numbered marker after a finding and its tooltip (shown on hover
    and focus); *parts* are its :func:`_rule_parts`, *message* its escaped message."""
    head, tail, cls, dim = parts[:4]
    return (f'<span class="note"><a class="fn {cls}id="{fid}-m" href="#{fid}" '
            f'aria-label="finding {n}, {dim}" aria-describedby="{fid}-t">{n}</a>'
            f'<span class="tip" role="tooltip" id="{fid}-t">{head}{message}{tail}</span></span>')


# The opening <mark> tags of a piece by the (dimension, counted) pairs
# covering it: the outermost tag up to its data-f attribute, then the others.
_MARKS: dict[frozenset, tuple[str, str, int]] = {}


def _marks(dims: dict[str, bool]) -> tuple[str, str, int]:
    key = frozenset(dims.items())
    got = _MARKS.get(key)
    if got is None:
        tags = [f'<mark class="hl {_dim_class(d)}{"" if dims[d] else " nc"}"' for d in sorted(dims, key=dimension_order)]
        got = _MARKS[key] = (tags[0], "".join(t + ">" for t in tags[1:]), len(tags))
    return got


class _Findings:
    """What the text and the findings list of one article both show of each
    finding, made once: element ids, rule parts and escaped messages."""

    def __init__(self, r: ArticleResult, anchor: str):
        self.ids = [f"{anchor}-f{i}" for i in range(1, len(r.findings) + 1)]
        self.parts = [_rule_parts(f) for f in r.findings]
        self.messages = [_e(f.message) for f in r.findings]


def highlighted_text(r: ArticleResult, anchor: str, shown: _Findings | None = None) -> str:
    """The article text, escaped, with each finding marked by dimension.

    The text is cut at every finding boundary (nested and crossing findings
    alike); each piece is wrapped in one ``<mark>`` per dimension covering
    it, outermost dimension first, and the outermost carries ``data-f``: the
    ids of the findings it belongs to, innermost first. A numbered marker
    follows the end of each finding.
    """
    text = r.text
    findings = r.findings
    shown = shown or _Findings(r, anchor)
    ids = shown.ids
    ends: dict[int, list[int]] = {}
    for i, f in enumerate(findings):
        if f.end > f.start:
            ends.setdefault(min(f.end, len(text)), []).append(i)
    out = []
    for a, b, covering in segments(len(text), [(f.start, f.end) for f in findings]):
        piece = _e(text[a:b])
        if covering:
            dims: dict[str, bool] = {}
            for i in covering:
                f = findings[i]
                dims[f.dimension] = dims.get(f.dimension, False) or f.counted
            first, rest, n = _marks(dims)
            piece = f'{first} data-f="{" ".join(map(ids.__getitem__, covering))}">{rest}{piece}{"</mark>" * n}'
        out.append(piece)
        for i in ends.get(b, ()):
            out.append(_note(ids[i], i + 1, findings[i], shown.parts[i], shown.messages[i]))
    return "".join(out)


def _finding_items(r: ArticleResult, anchor: str, shown: _Findings | None = None) -> str:
    shown = shown or _Findings(r, anchor)
    items = []
    for i, f in enumerate(r.findings):
        fid = shown.ids[i]
        cls, head, tail = shown.parts[i][4:]
        back = f' <a class="back-to-text" href="#{fid}-m">in the text ↑</a>' if f.end > f.start else ' <span class="flag">whole article</span>'
        quote = f'<p class="evidence"><q>{_e(f.text if len(f.text) <= 160 else f.text[:157] + "…")}</q></p>' if f.text else ""
        items.append(f'<li id="{fid}" class="finding {cls}"><div class="finding-head"><span class="fnum">{i + 1}</span>{head}{back}</div>'
                     f'<p class="msg">{shown.messages[i]}</p>{quote}{tail}</li>')
    return "".join(items)


# ---------------------------------------------------------------- scores


def _scorecard(r: ArticleResult, rubric: Rubric | None) -> str:
    rows = []
    for d, v in r.scores.items():
        weight = rubric.dimensions[d].weight if rubric is not None and d in rubric.dimensions else None
        context = ' <span class="ctx">context</span>' if weight == 0 else ""
        width = 0 if v is None else max(0, min(100, v))
        rows.append(f'<div class="dim-row" role="listitem"><span class="dim-name"><i class="swatch {_dim_class(d)}" aria-hidden="true"></i>{_e(dimension_title(d))}{context}</span>'
                    f'<span class="bar" aria-hidden="true"><span class="fill{_tier(v)}" style="width:{width:.0f}%"></span></span>'
                    f'<span class="dim-score">{format_score(v)}</span></div>')
    band = _e(r.band) if r.band else "not scored"
    return (f'<div class="scorecard"><div class="overall{_tier(r.overall)}"><span class="overall-num">{format_score(r.overall)}</span>'
            f'<span class="overall-label">overall</span></div><div class="band-wrap"><span class="band{_tier(r.overall)}">{band}</span>'
            f'<span class="rubric-note">rubric {_e(r.rubric)} {_e(r.rubric_version)}</span></div></div>'
            f'<div class="dims" role="list" aria-label="Scores by dimension">{"".join(rows)}</div>')


def _metric_meaning(dimension: str, metric: str) -> str:
    info = METRICS.get(dimension, {}).get(metric) or GENERIC_METRICS.get(metric)
    return info[0] if info else ""


def _breakdown(r: ArticleResult, rubric: Rubric | None) -> str:
    groups = []
    for d, v in r.scores.items():
        weight = rubric.dimensions[d].weight if rubric is not None and d in rubric.dimensions else None
        wt = f'<span class="ctx">weight {weight:g}</span>' if weight is not None else ""
        rows = [f'<tr class="dim-head"><th scope="rowgroup" colspan="3"><span class="dh"><i class="swatch {_dim_class(d)}" aria-hidden="true"></i>'
                f'{_e(dimension_title(d))} {wt}<span class="dh-score">{format_score(v)}</span></span></th></tr>']
        parts = r.reasons.get(d, [])
        for part in parts:
            metric, value, points = part[0], part[1], part[2]
            times = f" ×{part[3]:g}" if len(part) > 3 and part[3] != 1 else ""
            rows.append(f'<tr><td class="metric" title="{_e(_metric_meaning(d, metric))}">{_e(metric.replace("_", " "))}</td>'
                        f'<td class="num">{_e(format_value(value))}</td><td class="num pts">{points:g} pts{times}</td></tr>')
        if not parts:
            rows.append('<tr><td class="metric" colspan="3">no metric available</td></tr>')
        groups.append("<tbody>" + "".join(rows) + "</tbody>")
    return ('<table class="breakdown"><caption>How each score was reached</caption><thead><tr><th scope="col">Metric</th>'
            '<th scope="col" class="num">Value</th><th scope="col" class="num">Points</th></tr></thead>' + "".join(groups) + "</table>")


def _sources(r: ArticleResult) -> str:
    if not r.sources:
        return '<p class="empty">No source is cited: nothing in the text is attributed to anyone.</p>'
    rows = "".join(
        f'<tr><td>{_e(s["source"])}</td><td><span class="kind kind-{_e(s["kind"])}">{_e(s["kind"])}</span></td>'
        f'<td class="num">{_e(s["mentions"])}</td><td>{"yes" if s["quoted"] else "no"}</td></tr>'
        for s in r.sources
    )
    return ('<table class="sources"><caption>Sources</caption><thead><tr><th scope="col">Source</th><th scope="col">Kind</th>'
            f'<th scope="col" class="num">Mentions</th><th scope="col">Quoted</th></tr></thead><tbody>{rows}</tbody></table>')


def _byline(r: ArticleResult) -> str:
    a = r.article
    bits = [f'<span class="outlet">{_e(a.outlet)}</span>' if a.outlet else "", _e(a.author), _e(a.published), _e(r.genre),
            f"{r.words:,} words", _e(r.language)]
    url = _safe_url(a.url)
    if url:
        bits.append(f'<a href="{_e(url)}" rel="noopener noreferrer">source page</a>')
    elif a.url:
        bits.append(_e(a.url))
    return '<p class="byline">' + " · ".join(b for b in bits if b) + "</p>"


def article_section(r: ArticleResult, rubric: Rubric | None = None, *, anchor: str | None = None, back_link: bool = False) -> str:
    """One article as an HTML ``<article>``: highlighted text, findings,
    scores with their reasons, sources. *rubric* adds dimension weights."""
    anchor = anchor or _anchor(r)
    shown = _Findings(r, anchor)
    counted = sum(1 for f in r.findings if f.counted)
    unscored = f'<p class="unscored"><strong>Not scored:</strong> {_e(r.unscored_reason)}. Scores are left empty rather than 0 or 100.</p>' if r.unscored_reason else ""
    findings = (f'<ol class="findings">{_finding_items(r, anchor, shown)}</ol>' if r.findings
                else '<p class="empty">No rule fired. Every score follows from its metrics alone.</p>')
    back = '<a class="back" href="#articles">↑ Back to the article table</a>' if back_link else ""
    untitled = "" if r.article.title else ' class="untitled"'
    return (
        f'<article class="fr-article" id="{anchor}" aria-labelledby="{anchor}-title">'
        f'<header class="article-head"><div><p class="article-id">{_e(r.id)}</p>'
        f'<h2 id="{anchor}-title"{untitled}>{_e(r.article.title or "(no title)")}</h2>{_byline(r)}</div>{back}</header>'
        f"{unscored}"
        f'<div class="layout"><div class="reading"><div class="text" lang="{_e(r.language)}">{highlighted_text(r, anchor, shown)}</div>'
        f'<details class="findings-box" open><summary>Findings <span class="count">{len(r.findings)} · {counted} counted</span></summary>{findings}</details></div>'
        f'<aside class="side">{_scorecard(r, rubric)}{_breakdown(r, rubric)}{_sources(r)}</aside></div>'
        "</article>"
    )


def legend() -> str:
    """The key to the highlights: colour and underline style per dimension."""
    items = "".join(
        f'<li><mark class="hl {_dim_class(d)}">{_e(dimension_title(d))}</mark> <span class="ul">{style} underline</span></li>'
        for d, style in UNDERLINES.items()
    )
    return (f'<div class="legend"><ul>{items}</ul><p>Numbers after a highlight open the rule: point at them or reach them with '
            "<kbd>Tab</kbd>; they link to the findings list. A pale highlight is recorded but not counted: inside a quotation, or accepted by a reviewer.</p></div>")


def article_html(r: ArticleResult, rubric: Rubric | None = None) -> str:
    """A standalone fragment for one article (Jupyter's ``_repr_html_``)."""
    return f'<div class="fr fr-embed"><style>{ARTICLE_CSS}</style>{legend()}{article_section(r, rubric)}</div>'


# ------------------------------------------------------------------ page


def _row(r: ArticleResult, dims: Sequence[str], anchor: str | None) -> str:
    title = _e(r.article.title or r.id)
    link = f'<a href="#{anchor}">{title}</a>' if anchor else title
    cells = [f'<td class="art" data-v="{_e((r.article.title or r.id).lower())}">{link}<span class="article-id">{_e(r.id)}</span></td>',
             f'<td class="outlet" data-v="{_e(r.article.outlet.lower())}">{_e(r.article.outlet)}<span class="genre">{_e(r.genre)}</span></td>']
    for d in dims:
        v = r.scores.get(d)
        cells.append(f'<td class="num" data-v="{"" if v is None else f"{v:g}"}"><span class="pill{_tier(v)}">{format_score(v)}</span></td>')
    cells.append(f'<td class="num" data-v="{"" if r.overall is None else f"{r.overall:g}"}"><span class="pill strong{_tier(r.overall)}">{format_score(r.overall)}</span></td>')
    cells.append(f'<td><span class="band{_tier(r.overall)}">{_e(r.band) if r.band else "not scored"}</span></td>')
    counted = sum(1 for f in r.findings if f.counted)
    cells.append(f'<td class="num" data-v="{counted}">{counted}</td>')
    return f'<tr data-outlet="{_e(r.article.outlet)}" data-band="{_e(r.band or "not scored")}">' + "".join(cells) + "</tr>\n"


def prerender(r: ArticleResult, rubric: Rubric, *, section: bool = True) -> tuple:
    """(anchor, section or None, table row linking to the section, row
    without link) as :meth:`HtmlReport.add` renders them when the article's
    anchor is free: done where the article is scored. The markup comes
    UTF-8 encoded, as the page is written: a worker process sends it and
    the writing process spools it without decoding or encoding it."""
    anchor = _anchor(r)
    dims = list(rubric.dimensions)
    return (anchor, (article_section(r, rubric, anchor=anchor, back_link=True) + "\n").encode("utf-8") if section else None,
            _row(r, dims, anchor).encode("utf-8"), _row(r, dims, None).encode("utf-8"))


class _Spool:
    """Byte chunks keyed for sorting, kept in a temporary file, not in memory."""

    def __init__(self) -> None:
        self.fh: IO[bytes] = tempfile.TemporaryFile()
        self.index: list[tuple[str, int, int, int]] = []

    def add(self, key: str, chunk: str | bytes) -> None:
        """Spool *chunk* (text, or text UTF-8 encoded) under *key*."""
        data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
        self.index.append((key, len(self.index), self.fh.tell(), len(data)))
        self.fh.write(data)

    def copy_sorted(self, out: IO[bytes]) -> None:
        for _key, _n, offset, length in sorted(self.index):
            self.fh.seek(offset)
            out.write(self.fh.read(length))
        self.fh.seek(0, 2)

    def close(self) -> None:
        self.fh.close()


class HtmlReport:
    """Builds report.html from results as they arrive; :meth:`close` writes
    ``<path>.partial`` and returns it (the caller renames it into place)."""

    def __init__(self, path: Path, rubric: Rubric, *, max_articles: int = MAX_ARTICLES, max_rows: int = MAX_TABLE_ROWS):
        self.path = Path(path)
        self.rubric = rubric
        self.max_articles = max_articles
        self.max_rows = max_rows
        self.rows = _Spool()
        self.sections = _Spool()
        self.dims: list[str] = list(rubric.dimensions)
        self.outlets: Counter = Counter()
        self.total = self.scored = 0
        self._anchors: set[str] = set()

    def add(self, r: ArticleResult) -> None:
        """Spool one article's table row and (within the cap) its section."""
        self.add_parts(r.id, r.article.outlet, r.overall is not None, None, lambda: r)

    def add_parts(self, article_id: str, outlet: str, scored: bool, pre: tuple | None, load) -> None:
        """:meth:`add` from :func:`prerender`'s pieces (*pre*), rendered where
        the article was scored; *load* gives the ArticleResult for what they
        do not cover (an anchor taken by another article, a missing section)."""
        self.total += 1
        self.scored += scored
        self.outlets[outlet] += 1
        anchor = None
        if len(self.sections.index) < self.max_articles:
            anchor = base = pre[0] if pre is not None else _anchor(load())
            n = 2
            while anchor in self._anchors:
                anchor, n = f"{base}-{n}", n + 1
            self._anchors.add(anchor)
            ready = pre is not None and pre[1] is not None and anchor == pre[0]
            self.sections.add(article_id, pre[1] if ready else article_section(load(), self.rubric, anchor=anchor, back_link=True) + "\n")
        if len(self.rows.index) < self.max_rows:
            if pre is not None and anchor is None:
                row = pre[3]
            elif pre is not None and anchor == pre[0]:
                row = pre[2]
            else:
                row = _row(load(), self.dims, anchor)
            self.rows.add(article_id, row)

    def close(self, errors: Sequence[InputError] = (), *, outlet_comparison: Sequence[Mapping] | None = None) -> Path:
        """Assemble the page into ``<path>.partial`` and return that path.

        *outlet_comparison* is the hook for outlet statistics computed
        elsewhere (one mapping per outlet, columns in order); without it the
        page lists the outlets and filters the table by them.
        """
        tmp = self.path.with_name(self.path.name + ".partial")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as out:
            w = lambda s: out.write(s.encode("utf-8"))  # noqa: E731
            w(self._head(len(errors)))
            w(self._table_open())
            self.rows.copy_sorted(out)
            w("</tbody></table></div>" + self._table_note() + "</section>\n")
            w(self._outlets(outlet_comparison))
            w(self._errors(errors))
            if self.sections.index:
                w('<h2 class="section-title" id="article-pages">Articles in detail</h2>\n')
            self.sections.copy_sorted(out)
            w(self._foot())
        self.rows.close()
        self.sections.close()
        return tmp

    # -- pieces of the page

    def _head(self, n_errors: int) -> str:
        from .. import __version__

        rb = self.rubric
        unscored = self.total - self.scored
        nav = ['<a href="#articles">Articles</a>']
        if len(self.outlets) > 1:
            nav.append('<a href="#outlets">Outlets</a>')
        if self.sections.index:
            nav.append('<a href="#article-pages">Articles in detail</a>')
        nav.append('<a href="#errors">Inputs with errors</a>')
        nav.append('<a href="#about">About these scores</a>')
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f'<meta name="generator" content="framing-toolkit {_e(__version__)}">\n'
            f"<title>framing report — {self.total} article{'s' if self.total != 1 else ''}</title>\n"
            f"<style>{ARTICLE_CSS}{PAGE_CSS}</style>\n</head>\n"
            '<body class="fr">\n<a class="skip" href="#articles">Skip to the article table</a>\n'
            '<header class="top"><div class="top-inner"><p class="brand">framing</p><h1>Framing report</h1>'
            f'<p class="run">{self.scored} article{"s" if self.scored != 1 else ""} scored · {unscored} not scored · {n_errors} input error{"s" if n_errors != 1 else ""} · '
            f'rubric <strong>{_e(rb.name)}</strong> {_e(rb.version)} <code title="sha256 of the effective rubric">{_e(rb.sha256[:12])}</code></p>'
            f'<nav aria-label="Sections">{"".join(nav)}</nav></div></header>\n<main>\n'
            f'<section class="card" aria-labelledby="legend-title"><h2 id="legend-title">How to read the highlights</h2>{legend()}</section>\n'
        )

    def _table_open(self) -> str:
        heads = ['<th scope="col" data-type="text"><button type="button">Article</button></th>',
                 '<th scope="col" data-type="text"><button type="button">Outlet <span class="sub">/ genre</span></button></th>']
        heads += [f'<th scope="col" data-type="num" class="num"><button type="button">{_e(dimension_title(d))}</button></th>' for d in self.dims]
        heads += ['<th scope="col" data-type="num" class="num"><button type="button">Overall</button></th>',
                  '<th scope="col" data-type="text"><button type="button">Band</button></th>',
                  '<th scope="col" data-type="num" class="num"><button type="button" title="findings that count against the article">Findings</button></th>']
        outlets = "".join(f'<option value="{_e(o)}">{_e(o or "(no outlet)")} ({n})</option>' for o, n in sorted(self.outlets.items()))
        bands = "".join(f'<option value="{_e(b.label)}">{_e(b.label)}</option>' for b in sorted(self.rubric.bands, key=lambda b: -b.min))
        return (
            '<section class="card" id="articles" aria-labelledby="articles-title"><h2 id="articles-title">Articles</h2>'
            '<div class="controls" role="search">'
            '<label>Search <input type="search" id="filter-text" placeholder="title, outlet, genre…" autocomplete="off"></label>'
            f'<label>Outlet <select id="filter-outlet"><option value="">all</option>{outlets}</select></label>'
            f'<label>Band <select id="filter-band"><option value="">all</option>{bands}<option value="not scored">not scored</option></select></label>'
            f'<span class="shown" id="shown" aria-live="polite">{len(self.rows.index)} of {len(self.rows.index)} articles shown</span></div>'
            '<p class="hint">Select a column heading to sort; select it again to reverse.</p>'
            '<div class="table-wrap"><table class="articles" id="articles-table"><colgroup><col class="c-art"><col class="c-outlet">'
            + '<col class="c-num">' * len(self.dims) + '<col class="c-num"><col class="c-band"><col class="c-count"></colgroup><thead><tr>' + "".join(heads) + "</tr></thead><tbody>\n"
        )

    def _table_note(self) -> str:
        notes = []
        if self.total > len(self.rows.index):
            notes.append(f"The table lists the first {len(self.rows.index):,} of {self.total:,} articles in input order; articles.csv has all of them.")
        if self.total > len(self.sections.index) and self.sections.index:
            notes.append(f"Full texts are shown for the first {len(self.sections.index):,} articles in input order; "
                         "the articles/ folder has a page for every article.")
        if not self.total:
            notes.append("No article was scored.")
        return "".join(f'<p class="note-cut">{_e(n)}</p>' for n in notes)

    def _outlets(self, comparison: Sequence[Mapping] | None) -> str:
        if len(self.outlets) < 2 and not comparison:
            return ""
        if comparison:
            cols = list(comparison[0].keys())
            head = "".join(f'<th scope="col">{_e(c)}</th>' for c in cols)
            body = "".join("<tr>" + "".join(f"<td>{_e(format_value(row.get(c)))}</td>" for c in cols) + "</tr>" for row in comparison)
            table = f'<div class="table-wrap"><table class="comparison"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
        else:
            items = "".join(
                f'<li><button type="button" data-show-outlet="{_e(o)}">{_e(o or "(no outlet)")}</button> <span>{n} article{"s" if n != 1 else ""}</span></li>'
                for o, n in sorted(self.outlets.items())
            )
            table = (f'<ul class="outlet-list">{items}</ul><p class="hint">Select an outlet to show only its articles in the table; '
                     "sort by a score column to compare. Outlet statistics, where they were computed, are in outlets.csv and comparison.md beside this page.</p>")
        return f'<section class="card" id="outlets" aria-labelledby="outlets-title"><h2 id="outlets-title">Outlets</h2>{table}</section>\n'

    def _errors(self, errors: Sequence[InputError]) -> str:
        if not errors:
            body = '<p class="empty">Every input could be read.</p>'
        else:
            rows = "".join(f"<tr><td>{_e(e.article)}</td><td><code>{_e(e.error)}</code></td><td>{_e(e.message)}</td></tr>" for e in errors)
            body = ('<div class="table-wrap"><table class="errors"><thead><tr><th scope="col">Input</th><th scope="col">Error</th>'
                    f'<th scope="col">Message</th></tr></thead><tbody>{rows}</tbody></table></div>')
        return f'<section class="card" id="errors" aria-labelledby="errors-title"><h2 id="errors-title">Inputs with errors ({len(errors)})</h2>{body}</section>\n'

    def _foot(self) -> str:
        from .. import __version__

        rb = self.rubric
        return (
            '<section class="card about" id="about" aria-labelledby="about-title"><h2 id="about-title">What these scores cannot see</h2>'
            "<p>They measure how an article attributes, sources and words its claims. They do not check whether the claims are true, "
            "what the story leaves out, or why the outlet chose to cover it.</p>"
            f'<p class="small">Rubric <strong>{_e(rb.name)}</strong> {_e(rb.version)} — {_e(rb.description)}<br>sha256 <code>{_e(rb.sha256)}</code><br>'
            f"Written by framing-toolkit {_e(__version__)}. The same inputs and rubric give the same file.</p></section>\n"
            f"</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
        )


# ------------------------------------------------------------- CSS and JS

ARTICLE_CSS = """
.fr{--ink:#1c2434;--muted:#5d6779;--line:#e2e6ee;--soft:#f5f7fa;--accent:#2b59c3;
--c-att:#8f5f00;--c-src:#0a6c94;--c-lng:#c0352b;--c-sen:#7650bd;--c-rdb:#5c6878;--c-oth:#4d5560;color:var(--ink)}
.fr *{box-sizing:border-box}
.fr mark.hl{color:inherit;background:transparent;padding:0;text-decoration-line:underline;text-decoration-thickness:2px;
text-underline-offset:3px;text-decoration-skip-ink:none;-webkit-print-color-adjust:exact;print-color-adjust:exact;border-radius:2px}
.fr mark.d-attribution{background:rgba(240,170,0,.28);text-decoration-color:var(--c-att);text-decoration-style:solid}
.fr mark.d-sourcing{background:rgba(0,140,200,.15);text-decoration-color:var(--c-src);text-decoration-style:dashed}
.fr mark.d-loaded_language{background:rgba(225,60,50,.18);text-decoration-color:var(--c-lng);text-decoration-style:wavy;text-decoration-thickness:1.5px}
.fr mark.d-sentiment{background:rgba(130,90,210,.09);text-decoration-color:var(--c-sen);text-decoration-style:dotted;text-underline-offset:6px}
.fr mark.d-readability{background:rgba(110,120,135,.12);text-decoration-color:var(--c-rdb);text-decoration-style:double;text-underline-offset:5px}
.fr mark.d-other{background:rgba(80,85,95,.10);text-decoration-color:var(--c-oth);text-decoration-style:solid}
.fr mark.nc{background:transparent;text-decoration-thickness:1px}
.fr mark.hot{outline:2px solid var(--ink);outline-offset:1px}
.fr .note{position:relative;white-space:normal}
.fr a.fn{display:inline-block;min-width:1.35em;margin:0 .05em 0 .12em;padding:.14em .3em;border-radius:999px;font:600 .62rem/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
vertical-align:.55em;text-align:center;text-decoration:none;color:#fff;background:var(--c-oth);border:1px solid transparent}
.fr a.fn.d-attribution{background:var(--c-att)}.fr a.fn.d-sourcing{background:var(--c-src)}.fr a.fn.d-loaded_language{background:var(--c-lng)}
.fr a.fn.d-sentiment{background:var(--c-sen)}.fr a.fn.d-readability{background:var(--c-rdb)}
.fr a.fn.nc{background:#fff;color:var(--muted);border-color:currentColor}
.fr a.fn:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.fr .tip{display:none;position:absolute;z-index:30;left:-.5rem;top:1.5em;width:max-content;max-width:min(25rem,80vw);padding:.65rem .8rem;
border-radius:8px;background:#1c2434;color:#fff;font:400 .82rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;
box-shadow:0 8px 24px rgba(20,30,50,.28)}
.fr .tip>*{display:block}.fr .tip strong{font-weight:650;margin-bottom:.15rem}.fr .tip-meta{color:#aeb8cc;font-size:.75rem;margin-bottom:.35rem}
.fr .tip-why,.fr .tip-sugg{color:#d3dae8;margin-top:.35rem}
.fr .note:hover .tip,.fr .note:focus-within .tip,.fr .note.hot .tip{display:block}
.fr .note.quiet .tip{display:none}
.fr .fr-article{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1.5rem 1.75rem;margin:0 0 1.5rem}
.fr .article-head{display:flex;justify-content:space-between;gap:1rem;align-items:flex-start;border-bottom:1px solid var(--line);padding-bottom:.9rem;margin-bottom:1.1rem}
.fr .article-head h2{margin:.1rem 0 .3rem;font-size:1.45rem;line-height:1.25;font-family:Georgia,"Iowan Old Style","Times New Roman",serif}
.fr .article-id{margin:0;color:var(--muted);font:500 .75rem/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.fr .article-head h2.untitled{color:var(--muted);font-style:italic;font-size:1.1rem}
.fr .byline{margin:0;color:var(--muted);font-size:.88rem}.fr .byline .outlet{font-weight:600;color:var(--ink)}
.fr .back{white-space:nowrap;font-size:.85rem}
.fr .layout{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:2rem}
.fr .text{white-space:pre-wrap;overflow-wrap:anywhere;font:1.04rem/1.8 Georgia,"Iowan Old Style","Times New Roman",serif;max-width:44rem}
.fr .unscored{background:#fff4e0;border:1px solid #f0c987;border-radius:8px;padding:.6rem .8rem}
.fr details.findings-box{margin-top:1.5rem;border-top:1px solid var(--line);padding-top:.75rem}
.fr details.findings-box>summary{cursor:pointer;font-weight:650;font-size:1.05rem}
.fr summary .count{color:var(--muted);font-weight:400;font-size:.85rem;margin-left:.4rem}
.fr ol.findings{list-style:none;margin:.75rem 0 0;padding:0;display:grid;gap:.6rem}
.fr li.finding{border-left:4px solid var(--c-oth);background:var(--soft);border-radius:0 8px 8px 0;padding:.55rem .8rem;font-size:.9rem}
.fr li.finding.d-attribution{border-left-color:var(--c-att);border-left-style:solid}
.fr li.finding.d-sourcing{border-left-color:var(--c-src);border-left-style:dashed}
.fr li.finding.d-loaded_language{border-left-color:var(--c-lng);border-left-style:double;border-left-width:5px}
.fr li.finding.d-sentiment{border-left-color:var(--c-sen);border-left-style:dotted}
.fr li.finding.d-readability{border-left-color:var(--c-rdb);border-left-style:double}
.fr li.finding:target{box-shadow:0 0 0 2px var(--accent)}
.fr .finding-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.fr .fnum{font-weight:700;min-width:1.4rem}.fr .rule-name{font-weight:600}
.fr .finding code,.fr code{font:500 .8rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#e9edf4;border-radius:4px;padding:.05rem .3rem}
.fr .lvl{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:.08rem .35rem;border:1px solid currentColor}
.fr .lvl-error{color:#b3261e}.fr .lvl-warning{color:#8a5a00}.fr .lvl-suggestion{color:#2e6b3a}
.fr .flag,.fr .weight{color:var(--muted);font-size:.8rem}.fr .back-to-text{margin-left:auto;font-size:.8rem}
.fr .msg{margin:.3rem 0 0}.fr .evidence{margin:.25rem 0 0;color:var(--muted);font-style:italic}
.fr .why,.fr .sugg{margin:.25rem 0 0;color:#3b4456}.fr .why span,.fr .sugg span{font-weight:600;color:var(--ink);margin-right:.25rem}
.fr .side{display:flex;flex-direction:column;gap:1.25rem;font-size:.9rem}
.fr .scorecard{display:flex;gap:1rem;align-items:center}
.fr .overall{width:5.2rem;height:5.2rem;border-radius:50%;display:flex;flex-direction:column;align-items:center;justify-content:center;background:#eef1f6;border:3px solid #cfd6e2;flex:none}
.fr .overall-num{font:700 1.9rem/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}.fr .overall-label{font-size:.68rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
.fr .band-wrap{display:flex;flex-direction:column;gap:.35rem;align-items:flex-start}.fr .rubric-note{color:var(--muted);font-size:.78rem}
.fr .band{display:inline-block;border-radius:999px;padding:.12rem .6rem;font-size:.8rem;font-weight:600;background:#eceff4;color:#3b4456;white-space:nowrap}.fr .band::first-letter{text-transform:uppercase}
.fr .dims{display:grid;gap:.45rem}
.fr .dim-row{display:grid;grid-template-columns:9.5rem 1fr 2rem;gap:.5rem;align-items:center}
.fr .dim-name{display:flex;align-items:center;gap:.4rem;white-space:nowrap}.fr .dim-score{text-align:right;font-weight:650;font-variant-numeric:tabular-nums}
.fr .bar{height:.5rem;background:#eceff4;border-radius:999px;overflow:hidden}.fr .bar .fill{display:block;height:100%;background:#8a94a6;border-radius:999px}
.fr .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;border:2px solid var(--c-oth);flex:none}
.fr .swatch.d-attribution{border-color:var(--c-att);background:rgba(240,170,0,.28)}.fr .swatch.d-sourcing{border-color:var(--c-src);border-style:dashed;background:rgba(0,140,200,.15)}
.fr .swatch.d-loaded_language{border-color:var(--c-lng);background:rgba(225,60,50,.18)}.fr .swatch.d-sentiment{border-color:var(--c-sen);border-style:dotted;background:rgba(130,90,210,.09)}
.fr .swatch.d-readability{border-color:var(--c-rdb);border-style:double;border-width:3px}
.fr .ctx{white-space:nowrap;font-size:.7rem;color:var(--muted);font-weight:400;border:1px solid var(--line);border-radius:4px;padding:0 .25rem}
.fr .t0{background:#f6c7b1}.fr .t1{background:#fbdfc3}.fr .t2{background:#ececec}.fr .t3{background:#d2e3f5}.fr .t4{background:#b7d2f0}
.fr .fill.t0{background:#d9693b}.fr .fill.t1{background:#eba35e}.fr .fill.t2{background:#9aa3b2}.fr .fill.t3{background:#6f9fd8}.fr .fill.t4{background:#2f6dbf}
.fr .overall.t0{border-color:#d9693b}.fr .overall.t1{border-color:#eba35e}.fr .overall.t2{border-color:#9aa3b2}.fr .overall.t3{border-color:#6f9fd8}.fr .overall.t4{border-color:#2f6dbf}
.fr table{border-collapse:collapse;width:100%}
.fr caption{text-align:left;font-weight:650;font-size:.95rem;padding-bottom:.4rem}
.fr th,.fr td{padding:.32rem .45rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
.fr thead th{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
.fr .num{text-align:right;font-variant-numeric:tabular-nums}
.fr .breakdown .dim-head th{padding-top:.6rem;font-weight:650;border-bottom:none;text-transform:none;letter-spacing:0;color:var(--ink);font-size:.9rem}
.fr .dh{display:flex;align-items:center;gap:.4rem}.fr .dh-score{margin-left:auto;font-variant-numeric:tabular-nums}
.fr .breakdown .metric{color:#3b4456;padding-left:1.6rem}.fr .breakdown .pts{color:var(--muted);white-space:nowrap}
.fr .kind{font-size:.78rem;border-radius:4px;padding:.02rem .35rem;background:#eceff4}
.fr .kind-vague,.fr .kind-anonymous{background:#fbdfc3}
.fr .empty{color:var(--muted)}
.fr .legend ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:0;padding:0}
.fr .legend li{display:flex;align-items:baseline;gap:.4rem}.fr .legend .ul{color:var(--muted);font-size:.8rem}
.fr .legend p{margin:.6rem 0 0;color:var(--muted);font-size:.85rem}
.fr kbd{font:.78rem ui-monospace,monospace;border:1px solid #c7ceda;border-bottom-width:2px;border-radius:4px;padding:0 .3rem;background:#fff}
.fr.fr-embed{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.fr.fr-embed .legend{margin:0 0 .75rem}
@media (max-width:900px){.fr .layout{grid-template-columns:1fr}}
"""

PAGE_CSS = """
body.fr{margin:0;background:#f3f5f9;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.fr a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;z-index:50;background:#fff;padding:.4rem .7rem;border-radius:6px}
.top{background:#1c2434;color:#fff}
.top-inner{max-width:1240px;margin:0 auto;padding:1.6rem 1.5rem 0}
.brand{margin:0;font:700 .78rem/1 system-ui,sans-serif;letter-spacing:.18em;text-transform:uppercase;color:#8fb0ff}
.top h1{margin:.35rem 0 .3rem;font:650 1.9rem/1.2 Georgia,"Iowan Old Style","Times New Roman",serif}
.run{margin:0;color:#c5cddd}.run code{background:#2c3650;color:#dfe6f5}
.top nav{display:flex;flex-wrap:wrap;gap:1.4rem;margin-top:1.1rem}
.top nav a{color:#dfe6f5;text-decoration:none;padding:.55rem 0;border-bottom:3px solid transparent;font-size:.9rem}
.top nav a:hover,.top nav a:focus-visible{border-bottom-color:#8fb0ff;outline:none}
main{max-width:1240px;margin:0 auto;padding:1.5rem}
.card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1.25rem 1.5rem;margin:0 0 1.5rem}
.card h2,.section-title{margin:0 0 .8rem;font:650 1.2rem/1.3 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.section-title{margin:2rem 0 1rem}
.controls{display:flex;flex-wrap:wrap;gap:.8rem 1.2rem;align-items:end;margin-bottom:.4rem}
.controls label{display:flex;flex-direction:column;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);gap:.25rem}
.controls input,.controls select{font:inherit;font-size:.92rem;text-transform:none;letter-spacing:0;color:var(--ink);padding:.38rem .55rem;border:1px solid #c7ceda;border-radius:7px;background:#fff;min-width:11rem;max-width:18rem}
.controls input:focus,.controls select:focus{outline:2px solid var(--accent);outline-offset:1px}
.shown{margin-left:auto;color:var(--muted);font-size:.85rem}
.hint{color:var(--muted);font-size:.82rem;margin:.2rem 0 .6rem}
.table-wrap{overflow-x:auto}
table.articles{font-size:.88rem;table-layout:fixed;min-width:62rem}
table.articles col.c-outlet{width:9rem}table.articles col.c-num{width:5.5rem}table.articles col.c-band{width:7rem}table.articles col.c-count{width:5rem}
table.articles thead th{position:sticky;top:0;background:#fff;z-index:2;border-bottom:2px solid var(--line);padding:0;text-transform:none;letter-spacing:0;font-size:.78rem;vertical-align:bottom}
table.articles th button{all:unset;box-sizing:border-box;display:block;width:100%;padding:.5rem .45rem;cursor:pointer;line-height:1.25}
table.articles th.num button{text-align:right}
table.articles th button:focus-visible{outline:2px solid var(--accent);outline-offset:-2px}
table.articles th button{position:relative;padding-left:.3rem;padding-right:.8rem}
table.articles th[aria-sort] button::after{position:absolute;bottom:.55rem;right:.1rem;font-size:.7em;color:var(--accent)}
table.articles th[aria-sort=ascending] button::after{content:"▲"}
table.articles th[aria-sort=descending] button::after{content:"▼"}
table.articles th[aria-sort]{color:var(--ink)}
table.articles tbody tr:hover{background:#f7f9fc}
table.articles td{vertical-align:middle}
table.articles td.art{min-width:14rem;max-width:28rem;overflow-wrap:anywhere}
table.articles td.outlet{min-width:6.5rem;max-width:10rem;overflow-wrap:anywhere}
table.articles th,table.articles td{padding-left:.35rem;padding-right:.35rem}
table.articles td.art a{font-weight:600;text-decoration:none}table.articles td.art a:hover{text-decoration:underline}
table.articles td.art .article-id,table.articles td .genre{display:block;font-size:.72rem;color:var(--muted)}
table.articles th .sub{font-weight:400;color:var(--muted)}
.pill{display:inline-block;min-width:2.1rem;text-align:center;border-radius:6px;padding:.1rem .35rem;font-weight:600;background:#eceff4}
.pill.strong{font-weight:750}
.note-cut{background:#fff4e0;border:1px solid #f0c987;border-radius:8px;padding:.5rem .8rem;margin:.8rem 0 0;font-size:.88rem}
.outlet-list{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.6rem}
.outlet-list li{border:1px solid var(--line);border-radius:8px;padding:.35rem .6rem;display:flex;gap:.5rem;align-items:center}
.outlet-list button{font:inherit;font-weight:600;color:var(--accent);background:none;border:none;padding:0;cursor:pointer;text-decoration:underline}
.about p{max-width:60rem}.small{font-size:.8rem;color:var(--muted)}
.fr-article{content-visibility:auto;contain-intrinsic-size:auto 1600px;scroll-margin-top:1rem}
@media print{
body.fr{background:#fff;font-size:11pt}
.top{background:#fff;color:#000;border-bottom:2px solid #000}.top-inner{padding:0 0 .5rem}.brand{color:#000}.run{color:#000}.run code{background:none;color:#000}
.top nav,.controls,.hint,.skip,.back,.back-to-text,.tip,.outlet-list button::after{display:none!important}
main{max-width:none;padding:0}
.card,.fr .fr-article{border:none;border-radius:0;padding:0;margin:0 0 1.2rem;box-shadow:none}
.fr .fr-article{break-before:page;content-visibility:visible}
.fr .layout{display:block}.fr .side{margin-top:1rem}.fr .text{max-width:none}
table.articles thead th{position:static}
table.articles{min-width:0;font-size:8.5pt;table-layout:auto}.table-wrap{overflow:visible}
table.articles col.c-outlet,table.articles col.c-num,table.articles col.c-count,table.articles col.c-band{width:auto}
table.articles th button{font-size:7.5pt;padding:.2rem .15rem}table.articles td.art{min-width:12rem}.pill{min-width:0}
table.articles tr{break-inside:avoid}.section-title{display:none}
.fr a{color:#000;text-decoration:none}
.fr a.fn{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.pill,.band,.fill,.overall,.swatch,.kind{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.fr li.finding{break-inside:avoid;background:none;border-top:1px solid #ddd}
details.findings-box>summary{list-style:none}
}
"""

SCRIPT = """
(() => {
  "use strict";
  const table = document.getElementById("articles-table");
  if (table) {
    const body = table.tBodies[0];
    const heads = Array.from(table.tHead.rows[0].cells);
    const rows = Array.from(body.rows);
    const key = (row, col, numeric) => {
      const cell = row.cells[col];
      const v = cell.getAttribute("data-v");
      if (numeric) return v === null || v === "" ? null : parseFloat(v);
      return (v === null ? cell.textContent : v).trim().toLowerCase();
    };
    heads.forEach((th, col) => {
      const button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", () => {
        const numeric = th.dataset.type === "num";
        const dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        heads.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", dir);
        const sign = dir === "ascending" ? 1 : -1;
        const sorted = document.createDocumentFragment();
        rows.map((row, i) => [row, key(row, col, numeric), i])
          .sort((a, b) => {
            if (a[1] === null || b[1] === null) return a[1] === b[1] ? a[2] - b[2] : (a[1] === null ? 1 : -1);
            if (a[1] < b[1]) return -sign;
            if (a[1] > b[1]) return sign;
            return a[2] - b[2];
          })
          .forEach((item) => sorted.appendChild(item[0]));
        body.appendChild(sorted);
      });
    });
    const text = document.getElementById("filter-text");
    const outlet = document.getElementById("filter-outlet");
    const band = document.getElementById("filter-band");
    const shown = document.getElementById("shown");
    const apply = () => {
      const needle = text.value.trim().toLowerCase();
      let n = 0;
      rows.forEach((row) => {
        const ok = (!needle || row.textContent.toLowerCase().includes(needle))
          && (!outlet.value || row.dataset.outlet === outlet.value)
          && (!band.value || row.dataset.band === band.value);
        row.hidden = !ok;
        if (ok) n += 1;
      });
      shown.textContent = n + " of " + rows.length + " articles shown";
    };
    [text, outlet, band].forEach((el) => el.addEventListener("input", apply));
    document.querySelectorAll("[data-show-outlet]").forEach((b) => b.addEventListener("click", () => {
      outlet.value = b.dataset.showOutlet;
      apply();
      table.scrollIntoView({block: "start"});
    }));
  }
  let hot = [];
  const cool = () => { hot.forEach((el) => el.classList.remove("hot")); hot = []; };
  const fit = (note) => {
    const tip = note.querySelector(".tip");
    if (!tip) return;
    tip.style.left = "";
    const box = tip.getBoundingClientRect();
    const over = box.right - (document.documentElement.clientWidth - 8);
    if (over > 0) tip.style.left = (parseFloat(getComputedStyle(tip).left) - over) + "px";
  };
  const heat = (id, showNote) => {
    cool();
    document.querySelectorAll('mark[data-f~="' + CSS.escape(id) + '"]').forEach((m) => hot.push(m));
    const marker = document.getElementById(id + "-m");
    if (marker && showNote) { marker.parentElement.classList.remove("quiet"); hot.push(marker.parentElement); }
    hot.forEach((el) => el.classList.add("hot"));
    if (marker) fit(marker.parentElement);
  };
  document.addEventListener("mouseover", (e) => {
    const seg = e.target.closest("mark[data-f]");
    if (seg) { heat(seg.dataset.f.split(" ")[0], true); return; }
    const note = e.target.closest(".note");
    if (note) { heat(note.firstElementChild.id.replace(/-m$/, ""), false); return; }
    cool();
  });
  document.addEventListener("focusin", (e) => {
    const note = e.target.closest(".note");
    if (note) { note.classList.remove("quiet"); heat(note.firstElementChild.id.replace(/-m$/, ""), false); } else cool();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    cool();
    const note = document.activeElement && document.activeElement.closest(".note");
    if (note) note.classList.add("quiet");
  });
})();
"""

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
       f"script-src 'sha256-{base64.b64encode(hashlib.sha256(SCRIPT.encode('utf-8')).digest()).decode('ascii')}'; "
       "base-uri 'none'; form-action 'none'")
