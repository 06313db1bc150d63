"""The required_label kind: fires when a piece lacks the genre label the
rubric requires (the opinion rubric's TRN001), on its first sentence."""
from framing import load_rubric, score_article, score_text
from framing.corpus import Article

OPINION = load_rubric("opinion")
ARGUMENT = "The council got the budget wrong.\n\nIt should start again, and this time listen to the people who use the buses."


def trn001(result):
    return [f for f in result.findings if f.rule == "TRN001"]


def test_an_unlabelled_op_ed_fires_on_its_first_sentence():
    res = score_text(ARGUMENT, OPINION)
    [f] = trn001(res)
    assert (f.text, f.level, f.counted) == ("The council got the budget wrong.", "error", True)
    assert res.scores["transparency"] == 0


def test_an_opinion_label_at_the_top_or_a_disclaimer_at_the_end_satisfies_it():
    for text in ("Opinion: " + ARGUMENT, ARGUMENT + "\n\nThe views expressed are the author's own."):
        res = score_text(text, OPINION)
        assert not trn001(res) and res.scores["transparency"] == 100


def test_genres_and_metadata_parameters(tmp_path):
    path = tmp_path / "analysis.yaml"
    path.write_text("extends: opinion\nrules:\n  - id: TRN001\n    params: {genres: [analysis], metadata: true}\n", encoding="utf-8")
    analysis = load_rubric(str(path))
    assert trn001(score_text("Opinion: " + ARGUMENT, analysis))
    assert not trn001(score_text("Analysis: " + ARGUMENT, analysis))
    assert not trn001(score_article(Article(id="a", text=ARGUMENT, genre="analysis"), analysis))
    assert trn001(score_article(Article(id="a", text=ARGUMENT, genre="analysis"), OPINION))  # metadata: false by default
