"""Rows and columns of the tabular outputs (the output contract).

Turns an :class:`~framing.scoring.ArticleResult` into rows; computes nothing
that is not already in it.
"""
from __future__ import annotations

from ..corpus import InputError
from ..rubric.model import CORE_DIMENSIONS, Rubric
from ..scoring import GENERIC_METRICS, METRICS, ArticleResult

__all__ = [
    "ARTICLE_META_COLUMNS", "FINDING_COLUMNS", "SOURCE_COLUMNS", "QUOTE_COLUMNS", "CLAIM_COLUMNS", "LINK_COLUMNS",
    "ERROR_COLUMNS", "STORY_COLUMNS", "article_columns", "article_row", "finding_rows", "source_rows", "quote_rows", "claim_rows",
    "link_rows", "error_row", "metric_columns", "score_columns", "codebook_rows",
]

ARTICLE_META_COLUMNS = ["article", "outlet", "title", "author", "published", "url", "language", "genre", "words", "sentences"]
# story and duplicate_of are filled in after the run (framing.stories): they
# depend on the whole corpus. Input fields kept with --keep follow the tail.
STORY_COLUMNS = ["story", "duplicate_of", "keywords", "fingerprint"]
TAIL_COLUMNS = ["band", "rubric", "rubric_version", "rubric_sha256", *STORY_COLUMNS, "encoding", "unscored_reason"]
FINDING_COLUMNS = ["article", "rule", "dimension", "start", "end", "text", "sentence", "in_quote", "weight", "message", "level", "name", "suggestion", "status", "accepted_by"]
SOURCE_COLUMNS = ["article", "source", "kind", "mentions", "quoted"]
QUOTE_COLUMNS = ["article", "start", "end", "text", "speaker", "source", "cue", "type", "headline"]
CLAIM_COLUMNS = ["article", "start", "end", "text", "checkable"]
LINK_COLUMNS = ["article", "start", "end", "url", "kind", "text"]
ERROR_COLUMNS = ["article", "error", "message"]


def _dimension_order(dims) -> list[str]:
    core = [d for d in CORE_DIMENSIONS if d in dims]
    return core + sorted(d for d in dims if d not in CORE_DIMENSIONS)


def metric_columns(rubric_or_dims) -> list[str]:
    """``<dimension>_<metric>`` columns, in dimension then metric order."""
    dims = rubric_or_dims.dimensions if isinstance(rubric_or_dims, Rubric) else rubric_or_dims
    cols = []
    for d in _dimension_order(dims):
        cols += [f"{d}_{m}" for m in METRICS.get(d, {})]
        cols += [f"{d}_{m}" for m in GENERIC_METRICS]
    return cols


def score_columns(rubric_or_dims) -> list[str]:
    dims = rubric_or_dims.dimensions if isinstance(rubric_or_dims, Rubric) else rubric_or_dims
    return [f"score_{d}" for d in _dimension_order(dims)] + ["score_overall"]


def article_columns(rubric_or_rows) -> list[str]:
    if isinstance(rubric_or_rows, list):
        if not rubric_or_rows:
            return ARTICLE_META_COLUMNS + ["score_overall"] + TAIL_COLUMNS
        return list(rubric_or_rows[0].keys())
    return ARTICLE_META_COLUMNS + metric_columns(rubric_or_rows) + score_columns(rubric_or_rows) + TAIL_COLUMNS


def article_row(r: ArticleResult) -> dict:
    a = r.article
    row = {
        "article": a.id, "outlet": a.outlet, "title": a.title, "author": a.author, "published": a.published,
        "url": a.url, "language": r.language, "genre": r.genre, "words": r.words, "sentences": r.sentences,
    }
    for col in metric_columns(r.scores):
        row[col] = r.metrics.get(col)
    for d in _dimension_order(r.scores):
        row[f"score_{d}"] = r.scores[d]
    row["score_overall"] = r.overall
    row.update(band=r.band, rubric=r.rubric, rubric_version=r.rubric_version, rubric_sha256=r.rubric_sha256,
               story=a.meta.get("story", ""), duplicate_of="", keywords=" ".join(r.keywords), fingerprint=r.fingerprint,
               encoding=a.encoding, unscored_reason=r.unscored_reason)
    return row


def finding_rows(r: ArticleResult) -> list[dict]:
    return [
        {"article": r.id, "rule": f.rule, "dimension": f.dimension, "start": f.start, "end": f.end, "text": f.text,
         "sentence": r.sentence_texts[f.sentence] if f.sentence < len(r.sentence_texts) else "", "in_quote": f.in_quote,
         "weight": f.weight, "message": f.message, "level": f.level, "name": f.name, "suggestion": f.suggestion,
         "status": f.status, "accepted_by": f.accepted_by}
        for f in r.findings
    ]


def source_rows(r: ArticleResult) -> list[dict]:
    return [{"article": r.id, "source": s["source"], "kind": s["kind"], "mentions": s["mentions"], "quoted": s["quoted"]} for s in r.sources]


def quote_rows(r: ArticleResult) -> list[dict]:
    return [{"article": r.id, **{k: q[k] for k in QUOTE_COLUMNS[1:]}} for q in r.quotes]


def claim_rows(r: ArticleResult) -> list[dict]:
    return [{"article": r.id, **{k: c[k] for k in CLAIM_COLUMNS[1:]}} for c in r.claims]


def link_rows(r: ArticleResult) -> list[dict]:
    return [{"article": r.id, **{k: l[k] for k in LINK_COLUMNS[1:]}} for l in r.links]


def error_row(e: InputError) -> dict:
    return {"article": e.article, "error": e.error, "message": e.message}


_META_MEANINGS = {
    "article": ("article id: path relative to the scored root, or file#N for a row of a JSONL/CSV corpus", "id", "", ""),
    "outlet": ("outlet, from metadata, else the URL's domain, else the parent folder", "name", "", ""),
    "title": ("headline or title", "text", "", ""),
    "author": ("author from metadata", "text", "", ""),
    "published": ("publication date from metadata", "date", "", ""),
    "url": ("URL from metadata", "url", "", ""),
    "language": ("detected (or declared) language, ISO 639-1", "code", "", ""),
    "genre": ("news, opinion, analysis or sponsored, from metadata or labels in the text", "label", "", ""),
    "words": ("words in the text", "count", "0+", ""),
    "sentences": ("sentences in the text", "count", "0+", ""),
    "band": ("label of the overall score's band in the rubric", "label", "", ""),
    "rubric": ("rubric name", "name", "", ""),
    "rubric_version": ("rubric version", "version", "", ""),
    "rubric_sha256": ("sha256 of the effective rubric (after extends), ignoring comments and key order", "hash", "", ""),
    "encoding": ("text encoding the input was decoded with", "name", "", ""),
    "unscored_reason": ("why the article has no scores (empty when scored)", "text", "", ""),
    "story": ("story group: articles about the same event (the metadata's story, else grouped by keyword overlap within a date window)", "id", "", ""),
    "duplicate_of": ("article this one is a near-copy of (e.g. a syndicated wire story); empty when original", "id", "", ""),
    "keywords": ("the article's most salient words, most salient first (used to group stories)", "words", "", ""),
    "fingerprint": ("MinHash signature of the word 4-shingles (used to find near-copies)", "hash", "", ""),
}


_OFFSET = "Python string index (Unicode code points) into the article text as decoded"


def _span(what: str) -> dict:
    """Codebook entries of the start and end offsets of *what*."""
    return {"start": (f"start of {what}: {_OFFSET}", "offset", "0+", "", ""), "end": (f"end of {what} (exclusive): {_OFFSET}", "offset", "0+", "", "")}


_ITEM_COLUMNS = {
    "findings.csv": FINDING_COLUMNS,
    "findings.jsonl": FINDING_COLUMNS,
    "sources.csv": SOURCE_COLUMNS,
    "quotes.csv": QUOTE_COLUMNS,
    "claims.csv": CLAIM_COLUMNS,
    "links.csv": LINK_COLUMNS,
    "errors.csv": ERROR_COLUMNS,
}
# file -> column -> (meaning, unit, range, direction, dimension); findings.jsonl shares findings.csv's.
_ITEM_MEANINGS: dict[str, dict[str, tuple[str, str, str, str, str]]] = {
    "findings.csv": {
        "article": ("id of the article the finding is in", "id", "", "", ""),
        "rule": ("id of the rubric rule that fired (e.g. LNG002)", "id", "", "", ""),
        "dimension": ("dimension whose findings and penalty_per_1k_words metrics the finding feeds", "name", "", "", ""),
        **_span("the evidence"),
        "text": ("the evidence, exactly the article text from start to end", "text", "", "", ""),
        "sentence": ("the sentence the evidence is in", "text", "", "", ""),
        "in_quote": ("true when the evidence lies inside a direct quotation (someone else's words)", "flag", "true/false", "", ""),
        "weight": ("weight the finding adds to its dimension's penalty: the rule's weight; 0 in a quotation the rule does not count, or when accepted", "weight", "0+", "lower is better", ""),
        "message": ("what the rule says about this finding", "text", "", "", ""),
        "level": ("the rule's level, for --fail-on", "label", "suggestion, warning, error", "", ""),
        "name": ("the rule's kebab-case name", "name", "", "", ""),
        "suggestion": ("a neutral alternative or what to do instead", "text", "", "", ""),
        "status": ("open, or accepted when a reviewer accepted it (--accept file or inline marker)", "label", "open, accepted", "", ""),
        "accepted_by": ("where the finding was accepted (file:line or inline marker line) and why", "text", "", "", ""),
    },
    "sources.csv": {
        "article": ("id of the article citing the source", "id", "", "", ""),
        "source": ("the source as named in the text", "name", "", "", ""),
        "kind": ("person, organisation, document, media, anonymous or vague", "label", "", "", "sourcing"),
        "mentions": ("attributions to this source in the article", "count", "0+", "", "sourcing"),
        "quoted": ("true when the source is quoted directly", "flag", "true/false", "", "attribution"),
    },
    "quotes.csv": {
        "article": ("id of the article the quotation is in", "id", "", "", ""),
        **_span("the quotation, quotation marks included"),
        "text": ("the quotation as written", "text", "", "", ""),
        "speaker": ("the speaker phrase attributed to the quotation, as written", "text", "", "", "attribution"),
        "source": ("the source the speaker was resolved to (as in sources.csv)", "name", "", "", "attribution"),
        "cue": ("the verb or phrase that attributes the quotation (e.g. said)", "text", "", "", "attribution"),
        "type": ("direct, partial, continuation, scare (quotation marks nobody is quoted as saying), title, or reported (reported speech without quotation marks)", "label", "", "", "attribution"),
        "headline": ("true when the quotation is in the headline", "flag", "true/false", "", ""),
    },
    "claims.csv": {
        "article": ("id of the article making the claim", "id", "", "", ""),
        **_span("the sentence"),
        "text": ("a narrative sentence stating something checkable with no source in or next to it", "text", "", "", "sourcing"),
        "checkable": ("what makes it checkable: an accusation, a figure, a date, a superlative fact or an event", "label", "", "", "sourcing"),
    },
    "links.csv": {
        "article": ("id of the article containing the link or cited document", "id", "", "", ""),
        **_span("the link or the name of the cited document"),
        "url": ("the link or URL as written (empty for a cited document)", "url", "", "", "sourcing"),
        "kind": ("url (a link in the text) or document (a report, study or record cited by name)", "label", "url, document", "", "sourcing"),
        "text": ("the link or the document's name as written", "text", "", "", "sourcing"),
    },
    "errors.csv": {
        "article": ("id of the input that could not be scored", "id", "", "", ""),
        "error": ("short code: unreadable, empty, binary, too_large, encoding, front_matter, pattern_timeout, internal_error, ...", "code", "", "", ""),
        "message": ("what went wrong, in a sentence", "text", "", "", ""),
    },
}
_ITEM_MEANINGS["findings.jsonl"] = _ITEM_MEANINGS["findings.csv"]


def codebook_rows(rubric: Rubric) -> list[dict]:
    """One row per column of every table a run writes: meaning, unit, range,
    direction and the dimension it feeds."""
    rows = []
    for col in article_columns(rubric):
        if col in _META_MEANINGS:
            meaning, unit, rng, direction = _META_MEANINGS[col]
            dim = ""
        elif col.startswith("score_"):
            dim = col[6:]
            meaning = "weighted overall score over the dimensions" if dim == "overall" else f"{dim} score under the rubric"
            unit, rng, direction = "points", "0-100 (empty when unscored)", "higher is better"
            dim = "" if dim == "overall" else dim
        else:
            dim = next(d for d in sorted(rubric.dimensions, key=len, reverse=True) if col.startswith(d + "_"))
            metric = col[len(dim) + 1:]
            meaning, unit, rng, direction = METRICS.get(dim, {}).get(metric) or GENERIC_METRICS[metric]
        rows.append({"column": col, "file": "articles.csv", "meaning": meaning, "unit": unit, "range": rng, "direction": direction, "dimension": dim})
    for file, columns in _ITEM_COLUMNS.items():
        for col in columns:
            meaning, unit, rng, direction, dim = _ITEM_MEANINGS[file].get(col, ("", "", "", "", ""))
            rows.append({"column": col, "file": file, "meaning": meaning, "unit": unit, "range": rng, "direction": direction, "dimension": dim})
    return rows


# ---------------------------------------------------------------- metadata kept from the input

def kept_columns(fields, taken) -> dict[str, str]:
    """Input metadata field -> its articles.csv column (``--keep``): the
    field's own name, or ``meta_<name>`` when a column of that name exists."""
    taken = set(taken)
    out: dict[str, str] = {}
    for f in fields:
        if f in out:
            continue
        col = f if f not in taken else f"meta_{f}"
        out[f] = col
        taken.add(col)
    return out


def kept_cells(r: ArticleResult, kept: dict[str, str]) -> dict:
    """The kept metadata of one article, unchanged (empty when it lacks a field)."""
    meta = r.article.meta
    return {col: meta.get(f, "") for f, col in kept.items()}


def kept_codebook_rows(kept: dict[str, str]) -> list[dict]:
    """codebook.csv rows for the kept metadata columns."""
    return [{"column": col, "file": "articles.csv", "meaning": f"the input's own metadata field '{f}', passed through unchanged",
             "unit": "as in the input", "range": "", "direction": "", "dimension": ""} for f, col in kept.items()]
