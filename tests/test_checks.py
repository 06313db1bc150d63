"""One test per check kind, on real sentences, through the default rubric."""
import pytest

from framing import score_text


def rules(text, **kw):
    return [(f.rule, f.text, f.counted) for f in score_text(text, **kw).findings]


def fired(text, rule_id):
    return [t for r, t, counted in rules(text) if r == rule_id and counted]


def test_dramatic_verb_inflections_match_whole_words_only():
    assert fired("Critics slammed the plan and are slamming it still.", "LNG002") == ["slammed", "slamming"]
    assert fired("The Islamabad slamming-door tradition.", "LNG002") == []  # part of a compound, not the verb
    assert fired("He bought Slammer records.", "LNG002") == []


def test_multiword_terms_and_case():
    assert fired("OF COURSE the plan failed.", "LNG005") == ["OF COURSE"]


def test_negation_does_not_fire():
    assert fired("It was a shameful decision.", "LNG001") == ["a shameful decision"]
    assert fired("It was not a shameful decision.", "LNG001") == []
    assert fired("It was never so shameful.", "LNG001") == []


def test_negation_of_another_word_does_not_excuse_the_judgement():
    # The verb takes the negation; the deal is still called rotten.
    assert fired("They do not want the rotten deal to pass.", "LNG001") == ["the rotten deal"]
    assert fired("We must never underestimate the crippling effect of the rules.", "LNG001") == ["the crippling effect of the rules"]
    # "not only ... but also" adds.
    assert fired("It hit not only the corrupt officials but also the judges.", "LNG001") == ["the corrupt officials"]


def test_evidence_is_the_whole_loaded_phrase():
    # Coordinated judging words and the noun they qualify make one finding.
    assert fired("It was a brutal and senseless attack on the town.", "LNG001") == ["a brutal and senseless attack"]
    assert fired("They were obscene and violent in the square.", "LNG001") == ["obscene and violent"]
    # A label runs over a proper adjective inside its noun phrase ...
    assert fired("Police called them radical Islamic terrorists.", "LNG004") == ["radical Islamic terrorists"]
    assert fired("They met the Hamas thugs.", "LNG004") == ["the Hamas thugs"]
    # ... and a judging noun over its of-complement.
    assert fired("The village was a cesspool of public gossip.", "LNG001") == ["a cesspool of public gossip"]
    assert fired("The hearing was a travesty of the law.", "LNG001") == ["a travesty of the law"]
    assert fired("They blamed the corrupt elite of the party.", "LNG001") == ["the corrupt elite of the party"]


def test_loaded_phrase_stops_at_its_boundaries():
    # A verb's object and a following name are not part of the judgement.
    assert fired("The senator slammed the proposal and the budget.", "LNG002") == ["slammed"]
    assert fired("He slammed Trump on Tuesday.", "LNG002") == ["slammed"]
    # A capitalised word that does not sit inside the phrase ends it, as do
    # punctuation and function words.
    assert fired("The attack was brutal and Police arrived later.", "LNG001") == ["brutal"]
    assert fired("It was a disgrace, of course.", "LNG001") == ["a disgrace"]
    assert fired("Such a disgrace of 2019.", "LNG001") == ["a disgrace"]
    # A term that opens with its own determiner takes no word before it.
    assert fired("Residents experienced the worst flooding in years.", "LNG003") == ["the worst flooding"]


def test_quoted_words_are_recorded_but_not_counted():
    got = [(r, t, c) for r, t, c in rules('"It was a shameful decision," the opposition leader said.') if r == "LNG001"]
    assert got == [("LNG001", "a shameful decision", False)]


def test_loaded_verb_of_saying_suggests_neutral_verb():
    res = score_text("The minister admitted the figures were late.")
    f = [f for f in res.findings if f.rule == "ATT002"]
    assert f and f[0].text == "admitted" and f[0].suggestion == "said"


def test_scare_quote_versus_partial_quote():
    assert fired('The new "reform" raised taxes on the poor.', "LNG008") == ['"reform"']
    assert fired('Senator Amy Ross called the bill a "total disaster" on Monday.', "LNG008") == []


def test_shouting_spares_acronyms():
    assert fired("This is a TOTAL DISASTER for the town!!", "LNG009") == ["TOTAL DISASTER", "!!"]
    assert fired("NATO and the FBI met in the U.S. capital.", "LNG009") == []
    assert fired("Iran still honours the JCPOA’s terms, SCOTUS watchers say.", "LNG009") == []
    assert fired("The senator is a TRAITOR, the post said.", "LNG009") == ["TRAITOR"]
    assert fired("And they call this a plan?! Nobody believes it!!", "LNG009") == ["?!", "!!"]


def test_rhetorical_question_only_in_author_voice():
    assert fired("The council met. Why would anyone trust them now?", "LNG010")
    assert not fired('"Why would anyone trust them now?" asked Mayor Ann Cole.', "LNG010")


def test_unattributed_claim_needs_checkable_content_and_no_source():
    assert fired("The factory produced 4,000 shells in the last quarter of 2025.", "SRC002")
    assert not fired("The factory produced 4,000 shells in the last quarter, the ministry said.", "SRC002")
    assert not fired("The weather was pleasant and the streets were calm.", "SRC002")


def test_unattributed_claim_dates_and_quoted_words():
    assert fired("The bridge on Kessler Street closed to traffic on May 3.", "SRC002")
    # "may" the modal verb is not a date
    assert not fired("Residents of the valley may go home this weekend.", "SRC002")
    # a figure inside someone's quoted words is theirs, not the author's claim
    assert not fired('The plan is now the subject of a long debate about the "40 homes" promise.', "SRC002")
    assert fired('The plan is now the subject of a long debate about 40 homes.', "SRC002")


def test_unattributed_claim_events_in_the_past_tense():
    # an act or event told in the author's voice is checkable
    assert fired("Democrats released their own version of the memo weeks later.", "SRC002")
    assert fired("The employee was sent to the United States for evaluation and treatment.", "SRC002")
    assert fired("The commission lapsed when its members' terms ran out.", "SRC002")
    # a state, a forecast, a condition or the writer's own doings are not
    assert not fired("The weather over the valley is pleasant and the streets are calm.", "SRC002")
    assert not fired("The senator will release her own version of the memo next week.", "SRC002")
    assert not fired("If the council approved the plan, the bridge would open sooner.", "SRC002")
    assert not fired("I wrote about the closing of the paper mill on the river.", "SRC002")
    # a sourced neighbour covers the event
    assert not fired("The council approved the plan on a narrow vote. The vote was close, the mayor said.", "SRC002")


def test_credit_lines_are_not_claims():
    assert not fired("Associated Press writers Ken Ritter and Anita Snow contributed to this report.", "SRC002")
    assert not fired("This article was originally published by the Daily Courier in 2017.", "SRC002")


def test_anonymous_source_with_reason_is_not_flagged():
    assert fired("A senior official said the talks had stalled.", "SRC001")
    assert not fired("A senior official, who spoke on condition of anonymity because he was not authorized to speak, said the talks had stalled.", "SRC001")


def test_unnamed_people_who_speak_for_a_party_are_not_anonymity_grants():
    # Anonymity granted to a source is what the standards rule asks about.
    assert fired("Two people familiar with the matter said the deal was off.", "SRC001")
    assert fired("A police officer said the man fled on foot.", "SRC001")
    # Lawyers and relatives speak for a named party, and agencies speak on the record.
    assert not fired("Smith's lawyers said the search had been illegal.", "SRC001")
    assert not fired("Lawyers for the company said the ruling would be appealed.", "SRC001")
    assert not fired("The victim's family said he had been a kind man.", "SRC001")
    assert not fired("Police said the man was arrested on Tuesday night.", "SRC001")
    assert not fired("Federal prosecutors said the man had lied to investigators.", "SRC001")


def test_opinion_label_is_recorded():
    res = score_text("The plan is wrong.\nStatement: This article represents the views of the author.")
    assert res.genre == "opinion"
    assert [f.rule for f in res.findings if f.rule == "SRC003"] == ["SRC003"]


@pytest.mark.parametrize("text", ["Officials met on Monday.", "Prices rose by 4 percent in March, the statistics office said."])
def test_offsets_slice_text(text):
    for f in score_text(text).findings:
        assert text[f.start:f.end] == f.text


_BODY = ("The senator’s plan for two new bridges passed the city council on Tuesday after a long debate. "
         "Members discussed the cost of the bridges, the traffic on the north side and the timetable. "
         "The finance committee presented its figures and answered questions from residents. "
         "Work is expected to start next spring, and the mayor’s office will review the budget in March.")


def test_headline_words_match_the_body_in_other_inflections():
    # "Senator's", "mayor's", "bridges", "passes" appear in the body as
    # "senator’s", "mayor’s" (curly), "bridges", "passed".
    assert fired("Senator's bridges plan passes council\n\n" + _BODY, "SRC005") == []
    assert fired("Senator's and mayor's bridges\n\n" + _BODY, "SRC005") == []
    assert fired("Governor vetoes tunnel funding amid uproar\n\n" + _BODY, "SRC005") != []
