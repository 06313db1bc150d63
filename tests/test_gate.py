"""Word gates must not change what the gated checks find: every match of a
gated pattern lies in a sentence its triggers open."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.checks.sourcing import _ACCUSE_GATE, _CHECKABLE, _FURNITURE_GATE, _NO_COMMENT_GATE, _REASON_GATE, _RESPONSE_GATE
from framing.corpus import Article
from framing.document import build_document

# Words that trip the patterns in unusual places (inside hyphenated tokens,
# after apostrophes, capitalised, in figures) and ordinary filler.
WORDS = """re-arrested ex-convicted anti-corruption cover-up covered up lied lies belie client believe the largest the only
the most May may March march yesterday last week F-16 3,000 2.5 per cent percent half dozen did not respond could not be
reached declined to comment denied the allegations spokeswoman for lawyer for said these claims were in a response
accused allegedly guilty of misconduct harassment rigged stole colluded conspired bombing attacked seized threatened
threat mother-in-law O'Brien's U.S. officials town council mill river Monday budget plan voted road 1990s
contributed to this report reported from originally published re-posted with permission photo by Getty Images
subscribe to not authorized condition of anonymity anonymity because request for comment could not be reached""".split()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), min_size=1, max_size=6))
def test_gated_patterns_find_what_a_full_scan_finds(sentences):
    text = "\n".join(" ".join(words).capitalize() + "." for words in sentences)
    doc = build_document(Article(id="t", text=text))
    for gate in [g for g, _ in _CHECKABLE] + [_RESPONSE_GATE, _ACCUSE_GATE, _FURNITURE_GATE, _NO_COMMENT_GATE, _REASON_GATE]:
        gated = [m.span() for m in gate.finditer(doc)]
        full = [m.span() for s in doc.sentences for m in gate.pattern.finditer(text, s.start, s.end)]
        assert gated == full, gate.pattern.pattern[:60]
