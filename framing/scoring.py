"""Scoring: a Document and its findings to metrics, 0-100 scores and a band.

Each dimension's metrics are computed here (named ``<dimension>_<metric>`` in
articles.csv); the rubric maps them to points through linear bands. Every
score is therefore explainable: a metric value and the findings behind it.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any, Mapping

from .checks.sourcing import unattributed_claims
from .corpus import Article
from .findings import Finding
from .nlp.fingerprint import fingerprint, keywords
from .rubric.model import Rubric

__all__ = ["ArticleResult", "score", "METRICS", "known_metrics", "unscored"]

NAMED_KINDS = ("person", "organisation", "document", "media")

# dimension -> metric -> (meaning, unit, range, direction)
METRICS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "attribution": {
        "direct_quotes": ("direct and partial quotations of someone's words", "count", "0+", "context"),
        "attributed_sentences": ("sentences that attribute content to a source", "count", "0+", "higher is better"),
        "attributed_share": ("share of narrative sentences that attribute content", "share", "0-1", "higher is better"),
        "quotes_with_speaker_share": ("share of direct quotes with an identified speaker", "share", "0-1", "higher is better"),
        "vague_attributions": ("attributions to vague groups or to no one", "count", "0+", "lower is better"),
        "reporting_verbs_per_100_words": ("attribution cues per 100 words", "rate", "0+", "higher is better"),
    },
    "sourcing": {
        "distinct_sources": ("distinct sources cited", "count", "0+", "higher is better"),
        "specific_sources": ("distinct sources other than vague groups (named, documents, outlets and identified-but-unnamed people)", "count", "0+", "higher is better"),
        "named_share": ("share of sources that are named people, organisations, documents or outlets", "share", "0-1", "higher is better"),
        "secondhand_share": ("share of sources that are other media outlets (reporting relayed, not gathered)", "share", "0-1", "lower is better"),
        "anonymous_sources": ("anonymous sources", "count", "0+", "lower is better"),
        "vague_sources": ("vague sources", "count", "0+", "lower is better"),
        "unattributed_claims": ("checkable claims with no source in or next to the sentence", "count", "0+", "lower is better"),
        "top_source_share": ("share of attributions going to the most-cited source", "share", "0-1", "lower is better"),
        "links": ("links and URLs in the text", "count", "0+", "higher is better"),
        "opinion_label": ("1 when the text carries an opinion/analysis/sponsored label", "flag", "0-1", "context"),
        "transparency_signals": ("kinds of transparency signal present: byline, dateline, correction note", "count", "0-3", "higher is better"),
        "specific_per_1k_words": ("specific sources per 1,000 words (texts under 250 words count as 250)", "rate", "0+", "higher is better"),
        "sourced_share": ("share of the checkable statements that carry a source: attributed sentences / (attributed sentences + unattributed claims)", "share", "0-1", "higher is better"),
        "traced_share": ("share of the author's narrative sentences that cite a specific source (anything but a vague group)", "share", "0-1", "higher is better"),
    },
    "loaded_language": {
        "terms": ("loaded-language findings in the author's voice", "count", "0+", "lower is better"),
        "terms_in_quotes": ("loaded-language findings inside quotations (not counted by default)", "count", "0+", "context"),
        "per_1k_words": ("loaded-language findings in the author's voice per 1,000 words (texts under 250 words count as 250)", "rate", "0+", "lower is better"),
    },
    "sentiment": {
        "mean_compound": ("mean VADER compound over all sentences", "score", "-1-1", "context"),
        "mean_abs_compound": ("mean absolute VADER compound over all sentences", "score", "0-1", "lower is better"),
        "narrative_mean": ("mean VADER compound of the author's narrative sentences", "score", "-1-1", "context"),
        "narrative_abs": ("mean absolute VADER compound of the narrative sentences", "score", "0-1", "lower is better"),
        "quoted_abs": ("mean absolute VADER compound of quoted sentences", "score", "0-1", "context"),
        "strong_share": ("share of narrative sentences with |compound| >= 0.5", "share", "0-1", "lower is better"),
        "headline_compound": ("VADER compound of the headline", "score", "-1-1", "context"),
    },
    "readability": {
        "fk_grade": ("Flesch-Kincaid grade level", "grade", "0+", "lower is easier"),
        "reading_ease": ("Flesch reading ease", "score", "-inf-121", "higher is easier"),
        "gunning_fog": ("Gunning fog index", "grade", "0+", "lower is easier"),
        "smog": ("SMOG grade", "grade", "0+", "lower is easier"),
        "words_per_sentence": ("mean words per sentence", "words", "0+", "lower is easier"),
        "syllables_per_word": ("mean syllables per word (CMUdict)", "syllables", "0+", "lower is easier"),
    },
}
GENERIC_METRICS = {
    "findings": ("findings of this dimension that count against the article", "count", "0+", "lower is better"),
    "penalty_per_1k_words": ("summed weight of counted findings per 1,000 words (texts under 250 words count as 250)", "rate", "0+", "lower is better"),
}


def known_metrics(dimension: str) -> list[str]:
    """Metric names a rubric component of *dimension* may use."""
    return sorted(list(METRICS.get(dimension, {})) + list(GENERIC_METRICS))


@dataclass(frozen=True)
class ArticleResult:
    """Everything reported about one article; writers only format this."""

    article: Article
    words: int
    sentences: int
    language: str
    genre: str
    metrics: Mapping[str, Any]  # "<dimension>_<metric>" -> value
    scores: Mapping[str, float | None]  # dimension -> 0-100 or None
    overall: float | None
    band: str
    findings: tuple[Finding, ...]
    sources: tuple[dict, ...]
    quotes: tuple[dict, ...]
    claims: tuple[dict, ...]
    links: tuple[dict, ...]
    rubric: str
    rubric_version: str
    rubric_sha256: str
    text_sha256: str
    unscored_reason: str = ""
    reasons: Mapping[str, list] = field(default_factory=dict)  # dimension -> [(metric, value, points)]
    sentence_texts: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # salient words, for grouping stories (framing.stories)
    fingerprint: str = ""  # MinHash of word shingles, for finding copies

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        """The article text the findings index: ``text[f.start:f.end] == f.text``."""
        return self.article.text

    def __repr__(self) -> str:
        return f"<ArticleResult {self.id!r}: overall {self.overall} ({self.band or 'unscored'}), {len(self.findings)} findings>"

    def _repr_html_(self) -> str:
        """Jupyter: the text with findings highlighted, scores and sources."""
        from .report.html import article_html

        return article_html(self)


def _mean(xs):
    xs = list(xs)
    return round(sum(xs) / len(xs), 4) if xs else None


# NOTE: rates per 1,000 words treat a text shorter than this as this long,
# so that in a 100-word brief one finding does not decide a whole score.
MIN_WORDS_FOR_RATES = 250


def _metrics(doc, findings: list[Finding], rubric: Rubric, claims: list[tuple[int, str]]) -> dict[str, Any]:
    att = doc.attribution
    words = max(doc.words, 1)
    rate_words = max(doc.words, MIN_WORDS_FOR_RATES)
    label_lines = {doc.sentence_at(l.start).index for l in doc.labels}  # labels and credit lines are not narrative
    narrative = [s for s in doc.sentences if not s.quoted and s.index not in label_lines and not s.headline]
    quotes = [q for q in att.quotes if q.counts]
    srcs = list(att.sources)
    mentions = [s.mentions for s in srcs if s.mentions]
    m: dict[str, Any] = {}
    m["attribution_direct_quotes"] = len(quotes)
    m["attribution_attributed_sentences"] = len(att.attributed_sentences)
    m["attribution_attributed_share"] = round(len([s for s in narrative if s.index in att.attributed_sentences]) / len(narrative), 4) if narrative else None
    m["attribution_quotes_with_speaker_share"] = round(sum(1 for q in quotes if q.source) / len(quotes), 4) if quotes else None
    vague_keys = {s.key for s in srcs if s.kind == "vague"}
    m["attribution_vague_attributions"] = sum(1 for c in att.cues if c.source in vague_keys and c.kind != "participle")
    m["attribution_reporting_verbs_per_100_words"] = round(100.0 * sum(1 for c in att.cues if c.source and c.kind != "participle") / words, 3)
    m["sourcing_distinct_sources"] = len(srcs)
    m["sourcing_specific_sources"] = sum(1 for s in srcs if s.kind != "vague")
    m["sourcing_specific_per_1k_words"] = round(1000.0 * m["sourcing_specific_sources"] / rate_words, 3)
    sourced = len(att.attributed_sentences)
    m["sourcing_sourced_share"] = round(sourced / (sourced + len(claims)), 4) if sourced + len(claims) else None
    traced = {i for s in srcs if s.kind != "vague" for i in s.sentences}
    m["sourcing_traced_share"] = round(sum(1 for s in narrative if s.index in traced) / len(narrative), 4) if narrative else None
    m["sourcing_named_share"] = round(sum(1 for s in srcs if s.kind in NAMED_KINDS) / len(srcs), 4) if srcs else None
    m["sourcing_secondhand_share"] = round(sum(1 for s in srcs if s.kind == "media") / len(srcs), 4) if srcs else None
    m["sourcing_anonymous_sources"] = sum(1 for s in srcs if s.kind == "anonymous")
    m["sourcing_vague_sources"] = sum(1 for s in srcs if s.kind == "vague")
    m["sourcing_unattributed_claims"] = len(claims)
    m["sourcing_top_source_share"] = round(max(mentions) / sum(mentions), 4) if mentions else None
    m["sourcing_links"] = len(doc.links)
    m["sourcing_opinion_label"] = 1 if any(l.is_genre for l in doc.labels) else 0
    m["sourcing_transparency_signals"] = len({l.genre for l in doc.labels if not l.is_genre})
    loaded = [f for f in findings if f.dimension == "loaded_language"]
    m["loaded_language_terms"] = sum(1 for f in loaded if f.counted)
    m["loaded_language_terms_in_quotes"] = sum(1 for f in loaded if f.in_quote)
    m["loaded_language_per_1k_words"] = round(1000.0 * m["loaded_language_terms"] / rate_words, 3)
    comp = [s.compound for s in doc.sentences]
    narr = [s.compound for s in narrative]
    quoted = [s.compound for s in doc.sentences if s.quoted]
    head = [s.compound for s in doc.sentences if s.headline]
    m["sentiment_mean_compound"] = _mean(comp)
    m["sentiment_mean_abs_compound"] = _mean(abs(c) for c in comp)
    m["sentiment_narrative_mean"] = _mean(narr)
    m["sentiment_narrative_abs"] = _mean(abs(c) for c in narr)
    m["sentiment_quoted_abs"] = _mean(abs(c) for c in quoted)
    m["sentiment_strong_share"] = round(sum(1 for c in narr if abs(c) >= 0.5) / len(narr), 4) if narr else None
    m["sentiment_headline_compound"] = head[0] if head else None
    for k, v in doc.readability.items():
        m[f"readability_{k}"] = v
    for dim in rubric.dimensions:
        counted = [f for f in findings if f.dimension == dim and f.counted]
        m[f"{dim}_findings"] = len(counted)
        m[f"{dim}_penalty_per_1k_words"] = round(1000.0 * sum(f.weight for f in counted) / rate_words, 3)
    return m


def unscored(doc, rubric: Rubric) -> str:
    """Why *doc* cannot be scored under *rubric*, or ''."""
    if doc.words == 0:
        return "no words to score"
    if rubric.language and doc.language != rubric.language[:2]:
        return f"language '{doc.language}' is not supported by rubric '{rubric.name}' (written for '{rubric.language}')"
    return ""


def score(doc, findings: list[Finding], rubric: Rubric) -> ArticleResult:
    """Metrics, dimension scores, overall score and band for one document."""
    claim_sentences = unattributed_claims(doc)
    metrics = _metrics(doc, findings, rubric, claim_sentences)
    reason = unscored(doc, rubric)
    scores: dict[str, float | None] = {}
    reasons: dict[str, list] = {}
    for name, dim in rubric.dimensions.items():
        total = weight = 0.0
        parts = []
        for c in dim.components:
            value = metrics.get(f"{name}_{c.metric}")
            if value is None:
                continue
            pts = c.points(float(value))
            parts.append((c.metric, value, round(pts, 1), c.weight))
            total += pts * c.weight
            weight += c.weight
        scores[name] = None if reason or weight == 0 else round(total / weight, 1)
        reasons[name] = parts
    num = den = 0.0
    for name, dim in rubric.dimensions.items():
        if dim.weight > 0 and scores.get(name) is not None:
            num += scores[name] * dim.weight
            den += dim.weight
    overall = round(num / den, 1) if den and not reason else None
    art = doc.article
    genre = art.genre or next((l.genre for l in doc.labels if l.is_genre), "news")
    att = doc.attribution
    src_names = {s.key: s.name for s in att.sources}
    kinds_by_key = {s.key: s.kind for s in att.sources}
    sources = tuple({"source": s.name, "kind": s.kind, "mentions": s.mentions, "quoted": s.quoted, "start": s.first} for s in att.sources)
    quote_rows = [
        {"start": q.start, "end": q.end, "text": doc.text[q.start:q.end], "speaker": q.speaker, "source": src_names.get(q.source, ""),
         "cue": q.cue, "type": "continuation" if q.joined else q.kind, "headline": q.headline}
        for q in att.quotes
    ]
    # Reported speech: attributions in sentences that quote no one.
    quoted_sentences = {q.sentence for q in att.quotes if q.kind in ("direct", "partial")}
    for c in att.cues:
        if c.source and c.kind != "participle" and c.sentence not in quoted_sentences:
            s = doc.sentences[c.sentence]
            quote_rows.append({"start": s.start, "end": s.end, "text": doc.text[s.start:s.end], "speaker": c.speaker,
                               "source": src_names.get(c.source, ""), "cue": c.cue, "type": "reported", "headline": s.headline})
    quotes = tuple(sorted(quote_rows, key=lambda r: (r["start"], r["end"], r["type"], r["cue"])))
    claims = tuple(
        {"start": doc.sentences[i].start, "end": doc.sentences[i].end, "text": doc.text[doc.sentences[i].start:doc.sentences[i].end], "checkable": what}
        for i, what in claim_sentences
    )
    links = tuple(sorted(
        [{"start": s, "end": e, "url": doc.text[s:e], "kind": "url", "text": doc.text[s:e]} for s, e in doc.links]
        + [{"start": c.speaker_start, "end": c.speaker_end, "url": "", "kind": "document", "text": doc.text[c.speaker_start:c.speaker_end]}
           for c in att.cues if c.speaker_start >= 0 and kinds_by_key.get(c.source) == "document"],
        key=lambda r: (r["start"], r["end"], r["kind"])))
    # The headline's sentences come first (paragraph 0): the body is the rest.
    n_head = next((s.index for s in doc.sentences if not s.headline), len(doc.sentences))
    body_start = doc.sentences[n_head].start if n_head < len(doc.sentences) else len(doc.text)
    body_tokens = doc.tokens[bisect.bisect_left(doc.token_starts, body_start):]
    return ArticleResult(
        article=art,
        words=doc.words,
        sentences=len(doc.sentences),
        language=doc.language,
        genre=genre,
        metrics=metrics,
        scores=scores,
        overall=overall,
        band=rubric.band(overall),
        findings=tuple(findings),
        sources=sources,
        quotes=quotes,
        claims=claims,
        links=links,
        rubric=rubric.name,
        rubric_version=rubric.version,
        rubric_sha256=rubric.sha256,
        text_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        unscored_reason=reason,
        reasons=reasons,
        sentence_texts=tuple(doc.text[s.start:s.end] for s in doc.sentences),
        keywords=tuple(keywords(doc.text, body_tokens, art.title)),
        fingerprint=fingerprint([t.lower for t in body_tokens]),
    )
