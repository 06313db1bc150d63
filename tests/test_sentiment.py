"""framing's one-pass VADER gives exactly vaderSentiment's compound score."""
from hypothesis import given, settings, strategies as st

from framing.corpus import read_corpus
from framing.nlp.segment import sentence_spans
from framing.nlp.sentiment import default_analyser, sentence_compounds

from .conftest import SEEDS

# Words that exercise every rule: boosters and dampeners, negations, "but",
# "kind of", "least", "no", idioms, capitals, punctuation and emoji.
WORDS = ("good bad great terrible love hate disaster happy not never no isn't without doubt least at very "
         "but BUT so this kind of sort extremely VERY GOOD BAD kinda barely the shit bomb bad ass kiss death "
         "to die for yeah right beating heart or nor n't wasn't hardly :) :( !!! ??? ! ? . , "
         "“great” 'awful' 😀 💘 said minister officials plan").split()


def reference(text: str) -> float:
    return round(default_analyser().polarity_scores(text)["compound"], 4) if text.strip() else 0.0


def test_seed_sentences_score_as_vader_does():
    sentences = [a.text[s:e] for a in read_corpus([SEEDS]) for s, e, _ in sentence_spans(a.text)]
    assert sentences
    assert sentence_compounds(sentences) == [reference(s) for s in sentences]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=30))
def test_any_sentence_scores_as_vader_does(words):
    text = " ".join(words)
    assert sentence_compounds([text]) == [reference(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_scores_as_vader_does(text):
    assert sentence_compounds([text]) == [reference(text)]
