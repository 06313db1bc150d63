"""Sourcing checks: anonymous sources without a reason, unattributed
checkable claims, genre labels, dependence on one source."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from ..findings import Finding, make_finding
from ..nlp.gate import Gate

_REASON = re.compile(
    r"condition of anonymity|not authori[sz]ed|requested anonymity|asked not to be (?:named|identified)|"
    r"declined to be (?:named|identified)|(?:was|were|is|are) not (?:permitted|allowed|cleared)|"
    r"to speak (?:publicly|freely|on the record)|without authori[sz]ation|fear of (?:reprisal|retaliation|retribution)|"
    r"anonymity because|anonymously because|private (?:talks|deliberations|discussions)",
    re.I,
)
# Unnamed, but not granted anonymity: people who speak for a party ("Smith's
# lawyers", "attorneys for the company", "the victim's family", "my
# client"), traceable through that party as a spokesperson is, and public
# agencies speaking as a body ("police", "federal prosecutors"), whose
# statements are on the record. The standards rule is about sources who are
# unnamed at their own request.
_SPEAKS_FOR = re.compile(
    r"(?:['’]s?|^(?:my|our|his|her|their|your))\s+(?:\w+\s+)?(?:attorneys?|lawyers?|counsel|client|family|families|relatives?|"
    r"parents?|mother|father|wife|husband|sons?|daughters?|brothers?|sisters?|spokes(?:man|woman|person|people))\b|"
    r"\b(?:attorneys?|lawyers?|counsel|spokes(?:man|woman|person|people)|representatives?)\s+(?:for|of)\s+(?:the\s+)?[A-Z]",
    re.I,
)
_PUBLIC_BODY = re.compile(r"^(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:police|authorities|prosecutors|investigators|firefighters)$", re.I)
# A sentence about the reporting itself, not about the story.
_NO_COMMENT = re.compile(
    r"did not (?:immediately )?(?:respond|reply|return)|could not be reached|declined (?:to comment|comment|a request)|"
    r"no immediate (?:response|comment|reply)|requests? for (?:comment|an interview)",
    re.I,
)
_NO_COMMENT_GATE = Gate(_NO_COMMENT, "respond reply return reached declined immediate request".split())
_REASON_GATE = Gate(_REASON, """condition anonym authori named identified permitted allowed cleared publicly freely record reprisal
                    retaliation retribution private""".split())
_FIGURE = re.compile(
    r"\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|per cent|half|twice|tripled|doubled)\b",
    re.I,
)
# Month and day names only capitalised: lower-case "may" is the modal verb.
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|"
    r"SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|[Yy]esterday|[Ll]ast (?:week|month|year))\b",
)
_ACCUSATION = re.compile(
    r"\b(?:accus\w*|kill(?:ed|ing|s)?|murder\w*|stole|stolen|steal\w*|lie[sd]|lying|fraud\w*|corrupt\w*|brib\w*|"
    r"arrest\w*|charged|convicted|indicted|rap(?:ed|ing)|massacr\w*|tortur\w*|loot\w*|cheat\w*|rigg\w*|"
    r"smuggl\w*|embezzl\w*|launder\w*|violat\w*|cover(?:ed)?[- ]up|collu\w*|abus\w*|assault\w*|plott\w*|"
    r"conspir\w*|threat(?:en\w*)|bomb\w*|invad\w*|attack\w*|seiz\w*)\b",
    re.I,
)
_SUPERLATIVE = re.compile(r"\bthe (?:largest|biggest|first|highest|lowest|worst|best|only|most|deadliest|fastest|oldest|youngest)\b", re.I)
# An event: a verb in the past tense or a perfect ("released", "was sent",
# "has fled"), written in lower case outside quotes. Regular forms end in
# -ed, less a few common words that only look like them; irregular ones are
# listed. Hyphenated words ("so-called", "long-awaited") are adjectives.
_NOT_PAST = frozenset("""need indeed speed hundred sacred naked wicked beloved kindred rugged ragged jagged exceed proceed
    succeed breed bleed greed steed creed heed seed feed weed""".split())
_IRREGULAR_PAST = frozenset("""went gone sent made took taken gave given left held met paid sold bought won lost fled led ran
    began begun became brought found fell fallen hit shot struck stole stolen threw thrown wrote written spent kept built caught
    drove driven chose chosen got gotten put set cut broke broken spoke spoken knew saw seen came grew grown rose risen sought
    fought taught felt lay laid hid hidden bit beat beaten forgot forgave froze frozen shook shaken swore sworn tore torn wore
    woke sank sunk sat stood withdrew withdrawn dealt meant told done did""".split())
# A word in -ed after one of these is an adjective ("the limited budget",
# "with armed men") or a present state ("is concerned"), not an event.
_BEFORE_ADJECTIVE = frozenset("""a an the this that these those its their his her our my your very more most less least so too
    highly fully well with without under of in on for by from into at about is are am be being""".split())


# Words that make a sentence about what will, would or could happen, or
# about the writer: not a checkable claim about the world. "may" and "I"
# count only in lower and upper case as written ("May" is a month).
_NOT_EVENT = frozenset("""will would could might should must can cannot won't wouldn't couldn't shouldn't can't won’t wouldn’t
    couldn’t shouldn’t can’t we our my""".split())
_NOT_EVENT_AS_WRITTEN = frozenset({"may", "I"})
_NOT_EVENT_LOWER = frozenset(w.lower() for w in _NOT_EVENT_AS_WRITTEN)  # only these need the word as written
_NOT_EVENT_OPENING = frozenset({"if", "unless"})


def _tells_event(doc, s) -> bool:
    """Does sentence *s* tell of an event in the author's voice: a past
    tense or perfect that is not an adjective, in a sentence that is not
    about what will, would or could happen nor about the writer?"""
    text = doc.text
    lo = bisect_left(doc.token_starts, s.start)
    hi = bisect_left(doc.token_starts, s.end, lo)
    tokens = doc.tokens[lo:hi]
    if not tokens or tokens[0].lower in _NOT_EVENT_OPENING:
        return False
    event = False
    prev = ""
    for t in tokens:
        w = t.lower
        if w in _NOT_EVENT or w.endswith(("'ll", "’ll")) or (w in _NOT_EVENT_LOWER and text[t.start:t.end] in _NOT_EVENT_AS_WRITTEN):
            return False
        if (not event and (w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST and "-" not in w))
                and prev not in _BEFORE_ADJECTIVE and text[t.start].islower() and not doc.in_quote(t.start)):
            event = True
        prev = w
    return event


# Credit lines and page furniture hold figures and past tenses but state
# nothing about the story (a "©" line is told apart without a pattern).
_FURNITURE = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)|\boriginally (?:published|appeared|posted)|"
    r"\b(?:re)?(?:posted|published|printed) with permission|\ball rights reserved|\bthis field is for validation|"
    r"\bprovided by\b|\bphoto(?:graph)? (?:by|credit)|\bgetty images|\b(?:sign up|subscribe) (?:for|to)\b|\bclick here\b|"
    r"\bsyndicat(?:ed|ion)\b|\bdistributed by\b|\b(?:reported|contributed|reporting) from\b",
    re.I,
)
_FURNITURE_GATE = Gate(_FURNITURE, """contribut originally posted reposted published republished printed reprinted rights validation
                       provided photo getty sign subscribe click syndicat distributed reported reporting""".split())


# What makes a sentence checkable, in order of priority. Each pattern runs
# only on sentences holding one of its trigger words (see framing.nlp.gate):
# every match contains one of them inside a word.
_CHECKABLE = (
    (Gate(_ACCUSATION, """accus kill murder stole steal lie lying fraud corrupt brib arrest charged convicted indicted rap
          massacr tortur loot cheat rigg smuggl embezzl launder violat cover collu abus assault plott conspir threat bomb
          invad attack seiz""".split()), "an accusation"),
    (Gate(_FIGURE, "hundred thousand million billion trillion dozen percent per half twice tripled doubled".split(), anywhere="0123456789"), "a figure"),
    (Gate(_DATE, """january february march april may june july august september october november december monday tuesday
          wednesday thursday friday saturday sunday yesterday last""".split()), "a date"),
    (Gate(_SUPERLATIVE, "largest biggest first highest lowest worst best only most deadliest fastest oldest youngest".split()), "a superlative fact"),
)


def _narrative_matches(doc, gate: Gate, among: set[int] | None = None) -> dict[int, re.Match]:
    """Sentence index -> first match of *gate*'s pattern in it outside
    quotation marks (quoted words are someone else's), for the sentences
    *among* (default: all)."""
    out: dict[int, re.Match] = {}
    for i in gate.sentences(doc):
        if among is not None and i not in among:
            continue
        s = doc.sentences[i]
        for m in gate.pattern.finditer(doc.text, s.start, s.end):
            if not doc.in_quote(m.start()):
                out[i] = m
                break
    return out


def unattributed_claims(doc, *, min_words: int = 6) -> list[tuple[int, str]]:
    """(sentence index, what is checkable) for narrative sentences that state
    something checkable with no source in them or in a neighbouring sentence
    of the same paragraph. Computed once per document and *min_words*."""
    return doc.derived(("unattributed_claims", min_words), lambda d: _unattributed_claims(d, min_words))


def _unattributed_claims(doc, min_words: int) -> list[tuple[int, str]]:
    attributed = doc.attribution.attributed_sentences
    # A neighbour covers a claim only if it names a checkable source: "many
    # analysts believe" next to a figure does not source the figure.
    kinds = {s.key: s.kind for s in doc.attribution.sources}
    specific = {c.sentence for c in doc.attribution.cues if c.source and kinds.get(c.source) != "vague"}
    label_spans = [(l.start, l.end) for l in doc.labels]  # labels and credit lines are not claims
    sents = doc.sentences
    candidates = set()
    for s in sents:
        if s.quoted or s.index in attributed:
            continue
        text = doc.text[s.start:s.end]
        if text.rstrip().endswith("?"):
            continue
        n_words = len(text.split())
        if n_words < min_words:
            continue
        if label_spans and any(a < s.end and s.start < b for a, b in label_spans):
            continue
        if n_words < 12 and any(link_start >= s.start and link_end <= s.end for link_start, link_end in doc.links):
            continue
        if any(0 <= n < len(sents) and sents[n].paragraph == s.paragraph and n in specific for n in (s.index - 1, s.index + 1)):
            continue
        candidates.add(s.index)
    found: dict[int, str] = {}
    for gate, what in _CHECKABLE:  # in order of priority
        for i in _narrative_matches(doc, gate, candidates):
            found[i] = what
        candidates.difference_update(found)
    for i in candidates:
        if _tells_event(doc, sents[i]):
            found[i] = "an event"
    # Page furniture (credit lines) and sentences about the reporting itself
    # (a request for comment, a reason for anonymity) are not claims.
    text = doc.text
    for gate in (_FURNITURE_GATE, _NO_COMMENT_GATE, _REASON_GATE):
        for i in gate.sentences(doc):
            if i in found and gate.pattern.search(text, sents[i].start, sents[i].end):
                del found[i]
    if "©" in text:
        found = {i: what for i, what in found.items() if "©" not in text[sents[i].start:sents[i].end]}
    return sorted(found.items())


def unattributed_claim(ctx, rule) -> Iterator[Finding]:
    """Flag narrative sentences that state a checkable fact (figure, date,
    event, accusation) without a source in or next to them."""
    doc = ctx.doc
    for index, what in unattributed_claims(doc, min_words=int(rule.params.get("min_words", 6))):
        s = doc.sentences[index]
        f = make_finding(doc, rule, s.start, s.end, in_quote=False, what=what)
        if f is not None:
            yield f


def anonymous_source(ctx, rule) -> Iterator[Finding]:
    """Flag each anonymous source whose anonymity is not explained.

    Unnamed people who speak for a named party and public agencies speaking
    as a body are not flagged: they were not granted anonymity."""
    doc = ctx.doc
    seen = set()
    sents = doc.sentences
    for cue in doc.attribution.cues:
        src = doc.attribution.source(cue.source) if cue.source else None
        if src is None or src.kind != "anonymous" or src.key in seen:
            continue
        seen.add(src.key)
        if _SPEAKS_FOR.search(src.name) or _PUBLIC_BODY.match(src.name):
            continue
        near = doc.text[sents[max(cue.sentence - 1, 0)].start:sents[min(cue.sentence + 1, len(sents) - 1)].end]
        if _REASON.search(near):
            continue
        s = min(cue.start, cue.speaker_start) if cue.speaker_start >= 0 else cue.start
        e = max(cue.end, cue.speaker_end)
        f = make_finding(doc, rule, s, e, source=src.name)
        if f is not None:
            yield f


def genre_label(ctx, rule) -> Iterator[Finding]:
    """Record genre and transparency labels ("Opinion", "Sponsored", "This
    article represents the views of the author") as evidence."""
    doc = ctx.doc
    for label in doc.labels:
        if not label.is_genre:
            continue
        f = make_finding(doc, rule, label.start, label.end, in_quote=False, genre=label.genre)
        if f is not None:
            yield f


def transparency_signal(ctx, rule) -> Iterator[Finding]:
    """Record a byline, a dateline or a correction note as evidence of
    transparency."""
    doc = ctx.doc
    for label in doc.labels:
        if label.is_genre:
            continue
        f = make_finding(doc, rule, label.start, label.end, in_quote=False, signal=label.genre)
        if f is not None:
            yield f


def source_dependence(ctx, rule) -> Iterator[Finding]:
    """Flag an article whose attributions mostly go to a single source."""
    doc = ctx.doc
    sources = [s for s in doc.attribution.sources if s.mentions]
    total = sum(s.mentions for s in sources)
    if total < int(rule.params.get("min_attributions", 4)):
        return
    top = max(sources, key=lambda s: (s.mentions, -s.first))
    share = top.mentions / total
    if share < float(rule.params.get("max_share", 0.6)) or len(sources) > int(rule.params.get("max_sources", 2)):
        return
    cue = next((c for c in doc.attribution.cues if c.source == top.key), None)
    if cue is None:
        return
    s = min(cue.start, cue.speaker_start) if cue.speaker_start >= 0 else cue.start
    f = make_finding(doc, rule, s, max(cue.end, cue.speaker_end), in_quote=False, source=top.name, share=f"{share:.0%}")
    if f is not None:
        yield f


_RESPONSE = re.compile(
    r"did not (?:immediately )?(?:respond|reply|return|answer)|could not be reached|declined (?:to comment|comment|a request)|"
    r"no immediate (?:response|comment|reply)|(?:has|have) not (?:responded|replied|commented)|requests? for comment|"
    r"denied (?:the|any|all|wrongdoing|the allegations?|the claims?|the accusations?)|\bdenies\b|in (?:a|his|her|its|their) (?:response|reply|defen[cs]e)|"
    r"responded|rejected the (?:allegations?|accusations?|claims?|charges?)|said (?:the|these) (?:allegations?|accusations?|claims?) (?:were|are)|"
    r"lawyer for|attorney for|spokes(?:man|woman|person) for",
    re.I,
)
_ACCUSE = re.compile(
    r"\b(?:accus(?:ed|es|ing)|alleg(?:ed|es|ing|ation|ations)|charged with|guilty of|(?:committed|commits) (?:fraud|crimes?)|"
    r"lied|lying|corrupt(?:ion)?|fraud(?:ulent)?|embezzl\w+|brib\w+|cover(?:ed)?[- ]up|misconduct|abus(?:ed|es|ing)|"
    r"harass(?:ed|ment)|rigg(?:ed|ing)|stole|colluded|conspired)\b",
    re.I,
)


_RESPONSE_GATE = Gate(_RESPONSE, """respon repl return answer reached declined immediate comment denied denies defen rejected
                       allegation accusation claim lawyer attorney spokes""".split())
_ACCUSE_GATE = Gate(_ACCUSE, """accus alleg charged guilty committed commits lied lying corrupt fraud embezzl brib cover
                    misconduct abus harass rigg stole colluded conspired""".split())


def no_response_sought(ctx, rule) -> Iterator[Finding]:
    """Flag an accusation against a named party when the article shows no
    response from, or attempt to reach, anyone for the accused."""
    doc = ctx.doc
    if _RESPONSE_GATE.search(doc):
        return
    source_names = " ".join(s.name for s in doc.attribution.sources).lower()
    for index in sorted(_narrative_matches(doc, _ACCUSE_GATE)):
        s = doc.sentences[index]
        if s.quoted or s.headline:
            continue
        text = doc.text[s.start:s.end]
        names = re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", text)
        named = [n for n in names if n.split()[-1].lower() not in source_names]
        if not named:
            continue
        f = make_finding(doc, rule, s.start, s.end, in_quote=False, party=named[0])
        if f is not None:
            yield f
        return  # one finding per article: the first accusation
