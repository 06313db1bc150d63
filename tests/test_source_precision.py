"""Sources an editor would strike from the list: words that only look like
names, hypothetical speakers, the article's own outlet, words cited inside
someone else's quotation. Each case has its counterpart that must stay."""
from framing import score_text


def sources(text, title=""):
    """(name, kind) of every row sources.csv would hold for *text*."""
    return {(s["source"], s["kind"]) for s in score_text(text, title=title).sources}


def names(text, title=""):
    return {name for name, _ in sources(text, title)}


def headline_names(headline, body):
    return names(f"{headline}\n\n{body}", title=headline)


def test_sentence_adverbs_and_discourse_markers_name_no_one():
    got = names("Meanwhile, the governor kept pressing the ministry in other posts, saying that it had lost the files.")
    assert "Meanwhile" not in got
    got = names("Of course, Swisher meant Eric Holder, and Clinton corrected her, adding, “Yeah, I know they all look alike.”")
    assert "Of" not in got
    got = names("As I've said before, the bridge was never inspected. Councillor Dana Whitby said the repairs were overdue.")
    assert "I've" not in got and "Dana Whitby" in got


def test_a_name_at_a_sentence_start_is_still_a_name():
    got = sources("Whitby said the repairs were overdue. Meanwhile, Hargreaves told reporters that the budget was spent.")
    assert ("Whitby", "person") in got and ("Hargreaves", "person") in got


def test_a_participle_in_a_company_name_is_no_person():
    text = ("The case involves Cody Wilson, founder of Defense Distributed, who sued the government in 2015 after officials "
            "made him take down blueprints he had posted online, saying they broke export rules.")
    assert "Distributed" not in names(text)


def test_headline_labels_before_a_colon_are_not_speakers():
    body = "The photographer kept the pictures for ten years. He said nobody had asked for them."
    assert "Conspiracy" not in headline_names("Conspiracy: Photographer Hid Photos Of Senator For Ten Years", body)
    assert "They Are Coming" not in headline_names("They Are Coming: Caravan Resumes March To Border", "The caravan left on Monday.")
    got = headline_names("New Shooter Theory: “Rushed And Unprepared”", "A blogger wrote that the gunman panicked.")
    assert not any("Theory" in n for n in got)


def test_headline_speakers_the_body_names_stay():
    got = headline_names("Pompeo: Saudis Deserve Time To Finish Inquiry",
                         "Secretary of State Mike Pompeo said on Tuesday that the Saudis deserved more time.")
    assert "Mike Pompeo" in got
    assert "Trump" in headline_names("Trump: We will build the wall", "The president spoke on Monday.")
    assert "WHO" in headline_names("Next plague outbreak in Madagascar could be 'stronger': WHO", "The disease killed 200 people.")


def test_free_choice_pronouns_are_no_source_but_open_groups_are():
    assert "Anyone" not in names("Anyone who doubts this is an invasion only need look at the size of the caravan.")
    assert ("Critics", "vague") in sources("Critics say the caravan is an invasion.")


def test_speech_in_a_condition_or_embedded_question_is_not_reported():
    assert not sources("Can you imagine if a conservative person uttered those comments?")
    assert "legislature" not in names("So, unless the legislature writes a bill, the measure cannot pass.")
    assert "conservative person" not in names("Asked if a conservative person had said the same, she laughed.")
    assert ("A conservative person", "anonymous") in sources("A conservative person said the same thing last week.")


def test_the_outlet_of_a_republication_credit_is_no_source():
    text = ("Indeed, as TDL has reported at length, the bridge was closed twice.\n"
            "The Tribune reported that the repairs cost $2 million.\n"
            "Article posted with permission from The Daily Ledger")
    got = names(text)
    assert "TDL" not in got
    assert "The Tribune" in got or "Tribune" in got


def test_an_outlet_whose_reporters_approached_a_speaker_is_its_own():
    text = ("The Vatican refused to comment on the letter when approached by BBC News.\n"
            "Mr Cruz told the BBC that the cardinal had called him later that year.\n"
            "He told the Associated Press that he never heard back.")
    got = names(text)
    assert not any(n.startswith("BBC") for n in got)
    assert "Cruz" in got


def test_words_inside_a_quotation_running_over_lines_are_the_speakers():
    text = ("Perry said the inquiry was incomplete.\n"
            "“Well, they could be wrong, the warnings came twice before the attack.\n"
            "Meanwhile, the local investigators are telling us there is no terrorist connection,” Perry replied.")
    got = names(text)
    assert "Perry" in got
    assert not any("investigators" in n for n in got)


def test_a_quotation_closed_on_its_own_line_leaves_the_next_lines_alone():
    text = ("“We will rebuild,” Perry said.\n"
            "The local investigators told reporters there was no terrorist connection.")
    assert any("investigators" in n for n in names(text))


def test_concerns_about_a_topic_are_no_source_concerns_that_are():
    assert not sources("Concerns about the incident in Guangzhou are likely to have been raised at the meeting.")
    got = sources("The commission lapsed in December, prompting concerns that the advisory body could be disbanded.")
    assert ("concerns", "vague") in got
