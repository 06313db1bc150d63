"""Scores mean something: good practice scores higher on every dimension."""
from framing import score_text

WIRE = """Officials in Lagos said on Tuesday that the city would close two bridges for repairs.
"The work will take about six weeks," Transport Commissioner Ade Bello told reporters at a briefing. Bello said the closures would begin on March 4.
According to a 2023 report by the Nigerian Institute of Engineers, both bridges need new bearings. The report found corrosion on 40 percent of the supports.
Residents' groups said they had not been consulted. "We learned about this from the radio," said Funmi Ade, who chairs the Ikoyi residents' association."""

LOADED = """The city's disgraceful bridge scandal is a total catastrophe, and everyone knows it!!
Corrupt officials have clearly wasted millions on their shameless vanity projects. Critics say the so-called "repairs" will obviously never end.
Many believe the mayor's thugs are destroying the city. It is widely believed that the terrifying collapse is only weeks away.
Who could possibly trust these incompetent crooks now?"""


def test_wire_copy_beats_loaded_unsourced_copy_on_every_dimension():
    good, bad = score_text(WIRE), score_text(LOADED)
    for dim in ("attribution", "sourcing", "loaded_language", "sentiment"):
        assert good.scores[dim] > bad.scores[dim], dim
    assert good.overall > bad.overall
    assert good.band in ("strong", "adequate") and bad.band in ("weak", "poor")


def test_scores_are_in_range_and_explained():
    res = score_text(LOADED)
    for dim, value in res.scores.items():
        assert 0 <= value <= 100
        assert res.reasons[dim], f"{dim} has no metric behind it"


def test_unsupported_language_gets_empty_scores_not_zero():
    spanish = ("El gobierno anunció el martes que cerrará dos puentes de la ciudad para hacer reparaciones. "
               "Según el ministerio, las obras durarán seis semanas y los vecinos no fueron consultados por las autoridades.")
    res = score_text(spanish)
    assert res.language == "es"
    assert res.overall is None and all(v is None for v in res.scores.values())
    assert "not supported" in res.unscored_reason


def test_sentiment_metrics_separate_narrative_and_quotes():
    res = score_text('The council met on Monday. "This is a wonderful, brilliant, joyful day," the mayor said.')
    m = res.metrics
    assert m["sentiment_quoted_abs"] > 0.5
    assert m["sentiment_narrative_abs"] < 0.2
