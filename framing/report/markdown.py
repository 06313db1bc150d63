"""Markdown views for people: one page per article and a summary page."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..corpus import InputError
from ..rubric.model import Rubric
from ..scoring import ArticleResult

__all__ = ["article_markdown", "summary_markdown", "summary_head", "summary_row", "summary_tail", "md_cell", "dim_title"]

DIM_TITLES = {
    "attribution": "Attribution",
    "sourcing": "Sourcing",
    "loaded_language": "Loaded language",
    "sentiment": "Sentiment",
    "readability": "Readability (context)",
}


def dim_title(dim: str) -> str:
    """A dimension's heading: the core ones by name, a rubric's own from its id."""
    return DIM_TITLES.get(dim) or dim.replace("_", " ").capitalize()


def md_cell(value) -> str:
    """A value made safe for a Markdown table cell."""
    if value is None:
        return "–"
    if isinstance(value, float):
        value = f"{value:g}"
    s = str(value).replace("\\", "\\\\").replace("|", "\\|")
    s = " ".join(s.split())
    return s.replace("<", "&lt;").replace(">", "&gt;")


_MARKUP = re.compile(r"[\\`*_\[\]<>|]")
_SPACE_RUN = re.compile(r"\s+")


def _inline(text: str) -> str:
    """Text quoted inline in Markdown, with markup characters escaped."""
    if not text.isprintable() or "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    # NOTE: most text has no markup character; searching first is cheaper.
    return _MARKUP.sub(lambda m: "\\" + m.group(), text) if _MARKUP.search(text) else text


# A rule's texts (why, names, suggestions) repeat in every finding of the rule.
_inline_rule_text = lru_cache(maxsize=1024)(_inline)


def _plain(text: str) -> bool:
    """True when :func:`_inline` leaves *text*, and so every piece of it, as it is."""
    return text.isprintable() and "  " not in text and not _MARKUP.search(text)


def _context(result: ArticleResult, f, width: int = 90, plain: dict | None = None) -> str:
    """The finding's sentence, cut to *width* characters either side of the
    match, which is in bold. *plain* memoises :func:`_plain` by sentence."""
    sent = result.sentence_texts[f.sentence] if f.sentence < len(result.sentence_texts) else ""
    if not f.text:
        return ""
    # Offsets of the sentence are not kept; find the match inside it.
    i = sent.find(f.text)
    if i < 0:
        return f"**{_inline(f.text)}**"
    before, after = sent[:i], sent[i + len(f.text):]
    if len(before) > width:
        before = "…" + before[-width:]
    if len(after) > width:
        after = after[:width] + "…"
    # NOTE: most sentences need no escaping; asking once per sentence
    # spares three calls of _inline per finding.
    if plain is not None:
        is_plain = plain.get(f.sentence)
        if is_plain is None:
            is_plain = plain[f.sentence] = _plain(sent)
        if is_plain:
            return f"{before}**{f.text}**{after}"
    return f"{_inline(before)}**{_inline(f.text)}**{_inline(after)}"


def _score(v) -> str:
    return "–" if v is None else f"{v:.0f}"


def article_markdown(r: ArticleResult, rubric: Rubric, *, text: bool = True, messages: dict | None = None) -> str:
    """One article's page. With ``text=False`` no words of the article appear
    (contexts, quotations and claims are given by offsets; *messages* maps a
    finding to its message without the matched words)."""
    a = r.article
    out = [f"# {_inline(a.title or a.id)}", ""]
    meta = [("Article", a.id), ("Outlet", a.outlet), ("Author", a.author), ("Published", a.published), ("URL", a.url),
            ("Genre", r.genre), ("Language", r.language), ("Words", r.words), ("Sentences", r.sentences)]
    out += ["| | |", "|---|---|"] + [f"| {k} | {md_cell(v)} |" for k, v in meta if v not in ("", None)]
    out += ["", f"Rubric: `{r.rubric}` {r.rubric_version} (sha256 `{r.rubric_sha256[:12]}`)", ""]
    if r.unscored_reason:
        out += [f"**Not scored:** {md_cell(r.unscored_reason)}. Scores are left empty rather than 0 or 100.", ""]
    out += ["## Scores", "", f"**Overall: {_score(r.overall)}** ({r.band or 'unscored'})", "",
            "| Dimension | Score | Weight | How it was reached |", "|---|---:|---:|---|"]
    for dim, value in r.scores.items():
        d = rubric.dimensions.get(dim)
        parts = "; ".join(f"{m} = {md_cell(v)} → {p:g} pts" for m, v, p, _w in r.reasons.get(dim, []))
        out.append(f"| {dim_title(dim)} | {_score(value)} | {d.weight:g} | {md_cell(parts) if parts else 'no metric available'} |" if d else "")
    out.append("")
    by_dim: dict[str, list] = {}
    for f in r.findings:
        by_dim.setdefault(f.dimension, []).append(f)
    out += ["## Findings", ""]
    plain: dict[int, bool] = {}
    if not r.findings:
        out += ["No rule fired. Every score above follows from its metrics alone.", ""]
    for dim in r.scores:
        fs = by_dim.get(dim, [])
        if not fs:
            continue
        counted = sum(1 for f in fs if f.counted)
        accepted = sum(1 for f in fs if f.accepted_by)
        out += [f"### {dim_title(dim)} — {len(fs)} finding(s), {counted} counted" + (f", {accepted} accepted" if accepted else ""), ""]
        for f in fs:
            flags = []
            if f.accepted_by:
                flags.append(f"accepted ({f.accepted_by}): recorded, not counted")
            elif f.in_quote:
                flags.append("in a quotation: recorded, not counted")
            flags.append(f"weight {f.weight:g}")
            message = messages.get(f, f.message) if messages is not None else f.message
            out.append(f"- `{f.rule}` {f.name} ({f.level}; {', '.join(flags)}): {_inline(message)}")
            ctx = _context(r, f, plain=plain) if text else ""
            if ctx:
                out.append(f"  > {ctx}")
            if f.suggestion:
                out.append(f"  Suggestion: {_inline_rule_text(f.suggestion)}.")
            if f.why:
                out.append(f"  Why: {_inline_rule_text(f.why)}")
            if f.rule in rubric.precision:
                out.append(f"  Measured precision of `{f.rule}`: {rubric.precision[f.rule]:.2f} on {_inline_rule_text(rubric.precision_source)}.")
        out.append("")
    out += ["## Sources", ""]
    if r.sources:
        out += ["| Source | Kind | Mentions | Quoted |", "|---|---|---:|---|"]
        out += [f"| {md_cell(s['source'])} | {s['kind']} | {s['mentions']} | {'yes' if s['quoted'] else 'no'} |" for s in r.sources]
    else:
        out.append("No source is cited: nothing in the text is attributed to anyone.")
    out.append("")
    quotes = [q for q in r.quotes if q["type"] in ("direct", "partial")]
    if quotes:
        out += ["## Quotations", "", "| Quote | Speaker | Cue |", "|---|---|---|"]
        for q in quotes:
            shown = (q["text"] if len(q["text"]) <= 120 else q["text"][:117] + "…") if text else f"characters {q['start']}–{q['end']}"
            out.append(f"| {md_cell(shown)} | {md_cell(q['source'] or q['speaker'] or 'unattributed')} | {md_cell(q['cue'])} |")
        out.append("")
    if r.claims:
        out += ["## Unattributed checkable claims", ""]
        for c in r.claims:
            shown = _inline(c["text"]) if text else f"characters {c['start']}–{c['end']}"
            out.append(f"- ({c['checkable']}) {shown}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def summary_head(rubric, n_scored: int, n_unscored: int, n_errors: int) -> str:
    """The top of summary.md, down to the articles table's header.

    *rubric* needs ``name``, ``version``, ``description``, ``sha256`` and
    ``dimensions`` (a Rubric, or the same fields read back from a shard)."""
    dims = list(rubric.dimensions)
    out = ["# framing report", "", f"Rubric: `{rubric.name}` {rubric.version} — {md_cell(rubric.description)}", "",
           f"Rubric sha256: `{rubric.sha256}`", "",
           f"Articles scored: {n_scored}; not scored: {n_unscored}; inputs with errors: {n_errors}.", ""]
    out += ["## Articles", "", "| Article | Outlet | Genre | " + " | ".join(dim_title(d) for d in dims) + " | Overall | Band |",
            "|---|---|---|" + "---:|" * len(dims) + "---:|---|"]
    return "\n".join(out) + "\n"


def summary_row(r: ArticleResult, link: str) -> str:
    """One article's line of the summary table."""
    dims = list(r.scores)
    name = f"[{md_cell(r.article.title or r.id)}]({link})" if link else md_cell(r.id)
    return f"| {name} | {md_cell(r.article.outlet)} | {r.genre} | " + " | ".join(_score(r.scores[d]) for d in dims) + f" | {_score(r.overall)} | {r.band or 'unscored'} |"


def summary_tail(errors: list[InputError], rule_counts: Counter) -> str:
    """The end of summary.md: rules that fired most, input errors, limits."""
    out = [""]
    if rule_counts:
        out += ["## Rules that fired most (counted findings)", "", "| Rule | Name | Findings |", "|---|---|---:|"]
        for (rid, name), n in sorted(rule_counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"| `{rid}` | {name} | {n} |")
        out.append("")
    if errors:
        out += ["## Inputs that could not be scored", "", "| Input | Error | Message |", "|---|---|---|"]
        out += [f"| {md_cell(e.article)} | {e.error} | {md_cell(e.message)} |" for e in errors]
        out.append("")
    out += ["## What these scores cannot see", "",
            "They measure how an article attributes, sources and words its claims. They do not check whether the claims are true, "
            "what the story leaves out, or why the outlet chose to cover it.", ""]
    return "\n".join(out)


def summary_markdown(results: list[ArticleResult], errors: list[InputError], rubric: Rubric, article_links: dict[str, str], rule_counts: Counter) -> str:
    """The whole summary page for results held in memory."""
    scored = sum(1 for r in results if r.overall is not None)
    rows = "".join(summary_row(r, article_links.get(r.id, "")) + "\n" for r in results)
    return summary_head(rubric, scored, len(results) - scored, len(errors)) + rows + summary_tail(errors, rule_counts)
