"""Markdown views for people: one page per article and a summary page."""
from __future__ import annotations

import re
from collections import Counter

from ..corpus import InputError
from ..rubric.model import Rubric
from ..scoring import ArticleResult

__all__ = ["article_markdown", "summary_markdown", "md_cell", "dim_title"]

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
    for ch in "<>":
        s = s.replace(ch, {"<": "&lt;", ">": "&gt;"}[ch])
    return s


def _inline(text: str) -> str:
    """Text quoted inline in Markdown, with markup characters escaped."""
    s = re.sub(r"\s+", " ", text)
    for ch in "\\`*_[]<>|":
        s = s.replace(ch, "\\" + ch)
    return s


def _context(result: ArticleResult, f, width: int = 90) -> str:
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
    return f"{_inline(before)}**{_inline(f.text)}**{_inline(after)}"


def _score(v) -> str:
    return "–" if v is None else f"{v:.0f}"


def article_markdown(r: ArticleResult, rubric: Rubric) -> str:
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
            out.append(f"- `{f.rule}` {f.name} ({f.level}; {', '.join(flags)}): {_inline(f.message)}")
            ctx = _context(r, f)
            if ctx:
                out.append(f"  > {ctx}")
            if f.suggestion:
                out.append(f"  Suggestion: {_inline(f.suggestion)}.")
            if f.why:
                out.append(f"  Why: {_inline(f.why)}")
            if f.rule in rubric.precision:
                out.append(f"  Measured precision of `{f.rule}`: {rubric.precision[f.rule]:.2f} on {_inline(rubric.precision_source)}.")
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
            text = q["text"] if len(q["text"]) <= 120 else q["text"][:117] + "…"
            out.append(f"| {md_cell(text)} | {md_cell(q['source'] or q['speaker'] or 'unattributed')} | {md_cell(q['cue'])} |")
        out.append("")
    if r.claims:
        out += ["## Unattributed checkable claims", ""]
        out += [f"- ({c['checkable']}) {_inline(c['text'])}" for c in r.claims]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def summary_markdown(results: list[ArticleResult], errors: list[InputError], rubric: Rubric, article_links: dict[str, str], rule_counts: Counter) -> str:
    out = ["# framing report", "", f"Rubric: `{rubric.name}` {rubric.version} — {md_cell(rubric.description)}", "",
           f"Rubric sha256: `{rubric.sha256}`", "",
           f"Articles scored: {sum(1 for r in results if r.overall is not None)}; not scored: {sum(1 for r in results if r.overall is None)}; inputs with errors: {len(errors)}.", ""]
    dims = list(results[0].scores) if results else list(rubric.dimensions)
    out += ["## Articles", "", "| Article | Outlet | Genre | " + " | ".join(dim_title(d) for d in dims) + " | Overall | Band |",
            "|---|---|---|" + "---:|" * len(dims) + "---:|---|"]
    for r in results:
        link = article_links.get(r.id, "")
        name = f"[{md_cell(r.article.title or r.id)}]({link})" if link else md_cell(r.id)
        out.append(f"| {name} | {md_cell(r.article.outlet)} | {r.genre} | " + " | ".join(_score(r.scores[d]) for d in dims) + f" | {_score(r.overall)} | {r.band or 'unscored'} |")
    out.append("")
    rules = rule_counts
    if rules:
        out += ["## Rules that fired most (counted findings)", "", "| Rule | Name | Findings |", "|---|---|---:|"]
        for (rid, name), n in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0])):
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
