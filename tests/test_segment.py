"""Segmentation: sentences, tokens and quotation regions, with exact offsets."""
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.nlp.segment import paragraph_spans, quote_spans, sentence_spans, tokenize


def sents(text):
    return [text[s:e] for s, e, _ in sentence_spans(text)]


def quotes(text):
    return [text[q.start:q.end] for q in quote_spans(text, paragraph_spans(text))]


def test_sentences_respect_abbreviations_and_initials():
    text = "Mr. Smith met Gen. Lee in the U.S. on Monday. John F. Kennedy was not there. It rained!"
    assert sents(text) == ["Mr. Smith met Gen. Lee in the U.S. on Monday.", "John F. Kennedy was not there.", "It rained!"]


def test_sentence_ends_inside_closing_quote():
    text = '"We will win," he said. "The vote is Tuesday." She left.'
    assert sents(text) == ['"We will win," he said.', '"The vote is Tuesday."', "She left."]


def test_question_inside_quote_followed_by_tag_is_one_sentence():
    assert sents('"Are you sure?" he asked. Yes.') == ['"Are you sure?" he asked.', "Yes."]


def test_paragraphs_never_share_a_sentence_and_crlf_is_kept():
    text = "First line without stop\r\nSecond line. Third one.\rFourth"
    assert sents(text) == ["First line without stop", "Second line.", "Third one.", "Fourth"]


def test_curly_straight_and_single_quotes():
    text = "He called it “a disgrace” and a 'sham', but Korea's army said \"no\"."
    assert quotes(text) == ["“a disgrace”", "'sham'", '"no"']


def test_apostrophes_are_not_quotes():
    assert quotes("It’s the ’90s and Jones' dog isn't here.") == []


def test_quote_open_at_paragraph_end_continues_convention():
    text = '"This is the first paragraph of a long quote.\n"And this is the second," she said.'
    got = quote_spans(text, paragraph_spans(text))
    assert [text[q.start:q.end] for q in got] == ['"This is the first paragraph of a long quote.', '"And this is the second,"']
    assert got[0].open_ended and not got[1].open_ended


def test_leading_apostrophe_opening_a_paragraph_is_no_quote():
    # an elided or glottal-stop name opening a headline is not a quotation left open
    assert quotes("'Oumuamua is still tumbling after a collision\nThe object came from another star.") == []
    assert quotes("'90s fashion is back, and it is everywhere\nShops are full of it.") == []
    # a single-quoted quotation continued into the next paragraph still is one
    text = "'We were first to arrive, and we stayed all night.\n'Nobody else came,' she said."
    assert quotes(text) == ["'We were first to arrive, and we stayed all night.", "'Nobody else came,'"]


def test_tokens_keep_hyphens_and_possessives():
    text = "The so-called reform of Kim Jong-un's regime."
    toks = tokenize(text, sentence_spans(text))
    assert [t.lower for t in toks] == ["the", "so-called", "reform", "of", "kim", "jong-un's", "regime"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_offsets_always_slice_the_text(text):
    paras = paragraph_spans(text)
    ss = sentence_spans(text, paras)
    for s, e, p in ss:
        assert 0 <= s < e <= len(text)
        assert paras[p][0] <= s and e <= paras[p][1]
    for t in tokenize(text, ss):
        assert text[t.start:t.end].lower() == t.lower
    for q in quote_spans(text, paras):
        assert 0 <= q.start < q.end <= len(text)


def test_tokens_are_the_words_of_each_sentence():
    """One pass over the text gives each sentence's words, lowercased, with its index."""
    from framing.nlp.segment import WORD, sentence_spans, tokenize

    text = ("Dr. Smith said: “The U.S. plan—costing $2,000—won’t work.” ΟΔΟΣ is Greek.\n\n"
            "İstanbul’s mayor disagreed!  Critics' views vary… It's fine.\r\nA last line")
    sents = sentence_spans(text)
    expected = [(m.start(), m.end(), m.group().lower(), i) for i, (s, e, _) in enumerate(sents) for m in WORD.finditer(text, s, e)]
    assert [tuple(t) for t in tokenize(text, sents)] == expected
