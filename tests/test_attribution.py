"""Attribution analysis on real news sentences: speakers, sources, quotes."""
from framing.corpus import Article
from framing.document import build_document


def analyse(text, title=""):
    return build_document(Article(id="t", text=text, title=title)).attribution


def sources(text, title=""):
    return {(s.name, s.kind) for s in analyse(text, title).sources}


def test_named_person_with_title_and_appositive():
    text = '"The next transmission could be stronger," WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva.'
    att = analyse(text)
    assert ("Tedros Adhanom Ghebreyesus", "person") in {(s.name, s.kind) for s in att.sources}
    assert att.quotes[0].source.startswith("person:")


def test_mentions_of_one_person_merge():
    text = "Rex Tillerson said the talks would go on. Tillerson added that nothing was agreed. Mr. Tillerson declined to say more, but he said the door was open."
    att = analyse(text)
    people = [s for s in att.sources if s.kind == "person"]
    assert len(people) == 1 and people[0].name == "Rex Tillerson" and people[0].mentions == 3


def test_pronoun_resolves_to_latest_person():
    att = analyse("Mayor Ann Cole spoke on Monday. She said the budget was balanced.")
    assert [s.name for s in att.sources] == ["Ann Cole"]


def test_according_to_document_and_media():
    got = sources("According to a 2023 report by the Nigerian Institute of Engineers, the bridges need repairs. The Associated Press reported that two were closed.")
    assert ("a 2023 report by the Nigerian Institute of Engineers", "document") in got
    assert ("The Associated Press", "media") in got or ("Associated Press", "media") in got


def test_state_media_and_acronym_outlet():
    text = "North Korean state media disclosed the news. The KCNA reported that Kim Jong-un visited several factories."
    got = sources(text)
    assert ("North Korean state media", "media") in got and ("KCNA", "media") in got


def test_vague_and_anonymous_sources():
    got = sources("Many international analysts believe this is a response. A senior official said the talks had stalled. It is widely believed that the deal collapsed.")
    kinds = {k for _, k in got}
    assert ("Many international analysts", "vague") in got
    assert ("A senior official", "anonymous") in got
    assert "vague" in kinds and len([1 for _, k in got if k == "vague"]) == 2


def test_insiders_whose_names_are_withheld_are_anonymous():
    # ANNOTATION.md 3: "two people familiar with the matter" is its own example of an anonymous source.
    assert sources("Two people familiar with the matter said the deal was off.") == {("Two people familiar with the matter", "anonymous")}
    assert sources("People briefed on the plan said it would be announced in May.") == {("People briefed on the plan", "anonymous")}
    assert sources("Several people with knowledge of the talks said Iran had walked out.") == {("Several people with knowledge of the talks", "anonymous")}
    # "close to" ends inside the modifier: the source is not "the family".
    assert sources("Two sources close to the family said the boy had been found.") == {("Two sources close to the family", "anonymous")}
    # Knowing a subject is not being an insider, and an open group stays vague.
    assert sources("Analysts familiar with the kingdom say the prince is secure.") == {("Analysts familiar with the kingdom", "vague")}
    assert sources("Many people say the deal was off.") == {("Many people", "vague")}


def test_said_in_a_statement_is_one_source():
    # ANNOTATION.md 2: "The GAO said in a report" is one attribution, filed under the body.
    assert sources("The company said in a statement that it would cooperate with investigators.") == {("company", "organisation")}
    assert sources("Swetnick said Tuesday in a sworn statement that she had seen it.") == {("Swetnick", "person")}
    # A statement with its content and no speaker is still a source.
    assert sources("A statement that the plant would close was released on Friday.") == {("A statement", "document")}


def test_a_ruling_with_its_content_is_a_source():
    # ANNOTATION.md 8.9: a court acting as a body is an organisation, an unnamed judge anonymous.
    assert sources("The Supreme Court ruled that the law violated the First Amendment.") == {("Supreme Court", "organisation")}
    assert sources("A federal judge ruled Tuesday that the policy was unconstitutional.") == {("A federal judge", "anonymous")}
    # Ruling out, ruling a country and ruling for a party give no content.
    assert sources("The judge ruled out a retrial. He ruled the country for 30 years. The court ruled in favor of the plaintiffs.") == set()


def test_a_named_person_after_a_body_and_a_role_is_the_person():
    assert sources("Heritage Foundation Senior Fellow Jane Roe said the bill was flawed.") == {("Jane Roe", "person")}
    # One referent: a later surname is the same person.
    got = sources("Las Vegas Metro Police Undersheriff Kevin McMahill said the gunman acted alone. McMahill said the hotel was cleared.")
    assert got == {("Kevin McMahill", "person")}
    # A body named after people stays a body.
    assert sources("The John Jay College of Criminal Justice said enrolment rose.") == {("John Jay College of Criminal Justice", "organisation")}


def test_spokesperson_for_named_body_is_the_organisation():
    got = sources("A Pentagon spokesman said the exercise would continue.")
    assert {k for _, k in got} == {"organisation"}


def test_quote_broken_by_speaker_tag_is_one_quote():
    att = analyse('"We will," Senator Amy Ross said, "win this vote."')
    direct = [q for q in att.quotes if q.kind in ("direct", "partial")]
    assert len(direct) == 1 and direct[0].source


def test_actor_without_content_is_not_a_source():
    assert analyse("Trump signed the order on Friday. The Senate voted 52 to 48.").sources == ()


def test_headline_colon_attribution():
    text = "Next plague outbreak in Madagascar could be 'stronger': WHO\n\nThe disease killed 200 people."
    att = analyse(text, title="Next plague outbreak in Madagascar could be 'stronger': WHO")
    assert ("WHO", "organisation") in {(s.name, s.kind) for s in att.sources}


def test_subject_with_modifier_after_its_head_is_named_whole():
    got = sources("A source familiar with the timing of the declassification told reporters the warrant would be released first.")
    assert ("A source familiar with the timing of the declassification", "anonymous") in got
    got = sources("Officials who spoke on condition of anonymity said the talks had stalled.")
    assert ("Officials who spoke on condition of anonymity", "anonymous") in got
    got = sources("But affidavits show that documents from four different counties said the ballots could be returned late.")
    assert ("documents from four different counties", "document") in got


def test_relative_clause_speaker_is_its_antecedent():
    got = sources("He was freed in defiance of requests by federal immigration authorities, who had asked that he be held longer.")
    assert got == {("federal immigration authorities", "anonymous")}
    got = sources("Keith Vaz, chairman of the Home Affairs Select Committee, who had called for the bloggers to be banned, said the ban was right.")
    assert {k for _, k in got} == {"person"} and {n for n, _ in got} == {"Keith Vaz"}
    assert ("memos", "document") in {(n.split()[-1], k) for n, k in sources("Toensing said her client has memos that recount how the department threatened him.")}


def test_relative_clause_with_causative_have_is_no_speech():
    assert sources("Parties can send the forms to voters who had a mail-in ballot rejected.") == set()


def test_party_tag_after_a_name_and_broad_camp_are_handled():
    got = sources("But Democrats, including the committee's ranking member, Rep. Adam Schiff, D-Calif., are blasting the order as a power grab.")
    assert got == {("Democrats", "vague"), ("Adam Schiff", "person")}  # the member named in the group speaks too
    assert sources("Rep. Scott Perry, R-Pa., said the evidence was credible.") == {("Scott Perry", "person")}


def test_every_conjunct_of_a_subject_with_modifiers_is_a_source():
    got = sources("Sessions recused himself, as members of both parties and legal experts have contended that he should.")
    assert {n for n, _ in got} == {"members of both parties", "legal experts"}


def test_progressive_stance_of_a_group():
    assert sources("Congressional Republicans are hoping the files reveal details about the investigation.") == {("Congressional Republicans", "vague")}


def test_who_as_an_acronym_is_not_a_relative_pronoun():
    got = sources("Health workers have identified 432 people who may have had contact with the disease, the WHO said.")
    assert ("WHO", "organisation") in got


def test_bare_role_is_the_person_named_with_that_role():
    text = "The current Labour mayor, John Biggs, complained that the visit was divisive. The mayor added that the council would vote."
    assert sources(text) == {("John Biggs", "person")}
    text = "The informant hired an attorney, Victoria Toensing, to tell his story. The lawyer said the deal was corrupt."
    assert sources(text) == {("Victoria Toensing", "person")}


def test_bare_role_before_the_name_is_resolved_forward():
    text = ("An Arizona man was disturbed by the shooting, the man's lawyer said Wednesday. "
            "Lawyer Marc Victor said his client sold ammunition to the gunman.")
    att = analyse(text)
    assert [(s.name, s.kind, s.mentions) for s in att.sources] == [("Marc Victor", "person", 2)]


def test_role_with_indefinite_article_is_anonymous_and_a_body_spokesman_is_the_body():
    assert sources("A federal judge said the rule was unlawful.") == {("A federal judge", "anonymous")}
    assert sources("A government spokesman said the ban was right.") == {("A government spokesman", "organisation")}


def test_outlets_named_with_the_and_call_signs():
    assert sources("As The Hill pointed out earlier, the deal was approved.") == {("Hill", "media")}
    assert ("KENS 5", "media") in sources("Hunter Richard told KENS 5 that he was scared.")


def test_reader_addressed_as_you_is_no_source():
    assert sources("You also agree to this site's Privacy Policy and Terms of Use.") == set()


def test_document_obtained_by_an_outlet_is_the_document():
    assert sources("Emails obtained by The Hill show that the agency knew.") == {("Emails obtained by The Hill", "document")}


def test_nominal_attributions_with_a_content_clause():
    assert sources("Lew was restored to his post after a ruling that the split vote had violated the constitution.") == {("a ruling", "document")}
    assert sources("Trump's claim that the election was rigged has been debunked.") == {("Trump", "person")}
    # A relative clause gives no content: "the report that was released".
    assert sources("The report that was released in May runs to 90 pages.") == set()


def test_participle_after_but_continues_the_subject():
    text = "Local survivors of abuse greeted the announcement warily, hopeful that there could be change but saying the panel accomplished little."
    assert {k for _, k in sources(text)} == {"anonymous"}


def test_plural_report_noun_before_a_preposition_is_no_verb():
    text = "They expected the application to be declassified first, followed by the FBI reports on agent interviews with Ohr."
    assert sources(text) == set()


def test_participle_modifier_needs_its_preposition():
    got = sources("The report that the committee released last week said the plant was unsafe.")
    assert {k for _, k in got} == {"document"}
    got = sources("But affidavits released on Tuesday by the DOS show that the dates were wrong.")
    assert got == {("affidavits released on Tuesday by the DOS", "document")}


def test_owner_of_warnings_and_fears():
    got = sources("Perry added that ISIS warnings of a forthcoming attack make a terror link more likely.")
    assert ("ISIS", "organisation") in got and not any(k == "vague" for _, k in got)
    # The subject of "sounding" owns the warnings: no agentless source.
    assert sources("Nine countries are sounding warnings that the disease is spreading.") == {("Nine countries", "anonymous")}
    assert sources("The commission lapsed in December, prompting concerns that it could be disbanded.") == {("concerns", "vague")}
    assert ("widespread condemnation", "vague") in sources("The pope revived the panel in the wake of widespread condemnation last month of his defense of a bishop.")


def test_reduced_passive_accused_of_is_agentless():
    got = sources("The pope defended a Chilean bishop accused of witnessing and ignoring abuse.")
    assert got == {("accused", "vague")}


def test_admitted_into_a_country_and_a_group_called_x_are_no_speech():
    assert sources("The government also admitted two jihad preachers into the country last year.") == set()
    assert sources("Supporters of a group called Democratize SSMU brought a motion to divide the vote.") == set()


def test_content_clause_after_reports_is_not_a_relative_clause():
    got = sources("The Mail reports that health workers have recorded confirmed cases of Ebola, the WHO said.")
    assert got == {("Mail", "media"), ("WHO", "organisation")}


def test_names_with_a_lowercase_particle_are_names():
    got = sources("We know that the Islamic State, al-Qaeda and other groups have called upon Muslims to attack.")
    assert {"Islamic State", "al-Qaeda", "other groups"} <= {n for n, _ in got}


def test_which_and_who_after_a_comma():
    text = "Tehran had assets at Bank Muscat in Muscat, Oman, according to Senate investigators, who said Tehran moved quickly."
    assert {n for n, _ in sources(text)} == {"Senate investigators"}
    text = "The information was sent by Bradley McVay, the department's interim general counsel, who asked that the dates be investigated."
    assert {n for n, k in sources(text) if k == "person"} == {"Bradley McVay"}


def test_words_that_only_look_like_reporting_verbs():
    assert sources("It might be helpful to examine the two documents with the help of an expert at some point.") == set()
    assert sources("Trump captured the nomination and won the presidency by saying goodbye to all that.") == set()
    # "investigating" reports nothing; "alleged collusion" is an impersonal charge (ANNOTATION.md 8.7).
    assert sources("Mueller, the special prosecutor who is investigating alleged collusion, met the team.") == {("alleged", "vague")}
    assert sources("Opposing the laws and urging state legislatures to repeal them.") == set()
    assert sources("They paid for rides to the polls in key states on election day.") == set()


def test_pronoun_resolves_to_a_titled_surname_not_a_description():
    text = "Ms. Harris, a California Democrat, spoke first. Later she said the vote was rushed."
    assert sources(text) == {("Harris", "person")}


def test_source_nouns_ending_in_ly_are_not_adverbs():
    got = sources("Insiders at the regional assembly say the minister has been left humiliated.")
    assert got == {("Insiders at the regional assembly", "anonymous")}


def test_spokesperson_for_an_unnamed_body_is_the_body():
    got = sources("A spokesperson for the regional transport ministry said the repairs would take a month.")
    assert got == {("A spokesperson for the regional transport ministry", "organisation")}


def test_sentence_adverb_before_that_is_no_antecedent():
    assert sources("It did not survive the current government. Surely that tells us something.") == set()


def headline_sources(headline, body):
    return sources(f"{headline}\n\n{body}", title=headline)


def test_headline_speaker_before_a_colon_without_quote_marks():
    got = headline_sources("Lawyer: Ammo dealer saw nothing suspicious in Vegas gunman", "Lawyer Marc Victor said the dealer sold ammunition.")
    assert got == {("Marc Victor", "person")}
    assert headline_sources("Trump: We will build the wall", "The president spoke on Monday.") == {("Trump", "person")}
    assert headline_sources("WATCH: Bolton speaks to exiles", "The adviser spoke on Monday.") == set()


def test_headline_source_after_a_colon_may_end_in_a_source_noun():
    got = headline_sources("Vote targeting student politician was not anti-Semitic: McGill report", "The vote was held in October.")
    assert got == {("McGill report", "document")}


def test_acronym_in_a_title_case_headline_and_its_full_name():
    got = headline_sources("“We Now Have Urban Ebola” In Congo, WHO Warns Of Explosive Increase",
                           "The World Health Organization said it sent a team. WHO said Tuesday that it is working with the government.")
    assert got == {("World Health Organization", "organisation")}


def test_possessed_role_needs_the_possessor_nearby():
    text = ("CAPITOL POLICE GAVE EVIDENCE TO DEFENSE ATTORNEY By Luke Rosiak on May 24. "
            "Hours later, Awan's lawyer said he had learned of the story from a source.")
    assert "person" not in {k for _, k in sources(text)}


def quote_kinds(text):
    return [q.kind for q in analyse(text).quotes]


def test_partial_quote_of_a_named_speaker_is_never_a_scare_quote():
    att = analyse("Smith called the plan 'a disaster' on Monday.")
    assert [(q.kind, q.speaker) for q in att.quotes] == [("partial", "Smith")]
    assert quote_kinds("The new 'reform' raised taxes on the poor.") == ["scare"]


def test_reporting_verb_before_a_short_quote_makes_it_partial_even_without_a_known_speaker():
    assert quote_kinds("In fact, the coroner claims that he still has to “finalize” the report.") == ["partial"]
    assert quote_kinds("That came after a tweet in which he referred to the special counsel team as a “gang.”") == ["partial"]
    # A reporting verb after the quote, or an infinitive, quotes no one.
    assert quote_kinds("The refusal to acknowledge the gorilla screaming “Allahu akbar” goes on.") == ["scare"]


def test_second_verb_of_a_coordinated_subject_is_attributed():
    att = analyse("Patel pushed back on the officials' remarks, and said his ideas would be found “in the real world.”")
    assert [(q.kind, q.speaker) for q in att.quotes] == [("partial", "Patel")]
    assert sources("Take a look for yourself and understand how accused woman abuser Keith Ellison seeks to deceive you.") == set()


def test_spokeswoman_and_company_refer_back_to_the_body():
    text = "A spokeswoman for Amazon said the warehouse was safe. The spokeswoman added that workers were paid well."
    assert [(s.name, s.kind, s.mentions) for s in analyse(text).sources] == [("A spokeswoman for Amazon", "organisation", 2)]
    text = "Amazon said the warehouse was safe. The company added that workers were paid well."
    assert [(s.name, s.kind, s.mentions) for s in analyse(text).sources] == [("Amazon", "organisation", 2)]


def test_name_after_a_lowercase_role_word():
    text = "Amazon spokeswoman Jane Doe said the warehouse was safe. The spokeswoman added that workers were paid well."
    assert [(s.name, s.kind, s.mentions) for s in analyse(text).sources] == [("Jane Doe", "person", 2)]


def test_appositive_with_an_abbreviated_country_gives_way_to_the_name():
    text = "“There’s no legal basis,” Vinita Andrapalliyal, a U.S. Justice Department lawyer, argued in court."
    assert sources(text) == {("Vinita Andrapalliyal", "person")}


def test_base_form_verb_needs_a_plural_subject():
    assert sources("Exactly what this need is that can constitute a Gestapo like police state surveilling citizens is unclear.") == set()


def test_websites_judges_and_sentence_initial_capitals():
    assert sources("Guns.com reported on some of the statements made by the mayors.") == {("Guns.com", "media")}
    assert sources("However, as Michael Ahrens of GOP.com tweeted, the dinner took place.") == {("Michael Ahrens", "person")}
    assert sources("At the sentencing, the judge noted that they are respected in the community.") == {("judge", "anonymous")}
    assert sources("Gun control groups praised the conference for its support.") == {("Gun control groups", "vague")}


def test_affiliation_after_a_name_is_dropped_but_a_title_with_of_is_kept():
    assert sources("Smith of the Heritage Foundation said the plan would fail.") == {("Smith", "person")}
    got = sources("Citrus County Supervisor of Elections Susan Gill last week told officials that a voter had called.")
    assert any(k == "person" and n.endswith("Susan Gill") for n, k in got)


def test_descriptions_around_names():
    assert sources("Americo, the life insurance company, said there was great doubt.") == {("Americo", "organisation")}
    assert sources("According to church expert John L Allen, an editor at Crux, the church has a problem.") == {("John L Allen", "person")}
    assert sources("She spoke at a town hall, according to ABC affiliate WFAA.") == {("ABC affiliate WFAA", "media")}
    assert sources("The victim’s family has disputed her account.") == {("victim’s family", "anonymous")}


def test_bare_title_in_a_headline_is_the_person_with_that_title():
    got = headline_sources("Pope admits Catholic Church has long ignored problem of child abuse",
                           "VATICAN CITY — Pope Francis on Monday asked forgiveness, admitting that the pain was ignored.")
    assert got == {("Francis", "person")}


def test_unique_office_against_other_titles():
    assert sources("The state's governor said the roads would reopen.") == {("state's governor", "organisation")}
    assert sources("When Arnold complained, the professor said they would reexamine the assignment.") == {("Arnold", "person"), ("professor", "anonymous")}


def test_long_title_case_headline_phrase_is_no_speaker():
    assert headline_sources("Nimesh Patel Stand-Up Routine Cut Short Due To Uncomfortable Jokes", "The show ended early.") == set()


def test_party_members_and_regnal_names():
    assert sources("Immediately every Democrat publicly stated that they would vote No.") == {("Democrat", "vague")}
    assert sources("A Democrat from Ohio said the bill would fail.") == {("A Democrat from Ohio", "anonymous")}
    assert sources("Poulet belonged to the movement that Pius XII had condemned, as I note.") == {("Pius XII", "person")}
    assert sources("Republicans in Congress said the bill would pass.") == {("Republicans in Congress", "vague")}


def test_label_in_the_subject_before_its_speaker_is_a_scare_quote():
    att = analyse('Remember when Obama\'s "pastor," Jeremiah Wright uttered "God damn, America!"?')
    assert [(q.kind, q.speaker) for q in att.quotes] == [("scare", ""), ("partial", "Jeremiah Wright")]


def test_body_speech_does_not_tag_a_headline_phrase():
    text = "American in China injured in 'sonic attack' similar to Cuba\n\nPompeo said the US was moving medical teams to China."
    att = build_document(Article(id="t", text=text, title="American in China injured in 'sonic attack' similar to Cuba")).attribution
    assert [q.kind for q in att.quotes] == ["scare"]


def test_parenthetical_reporting_clause_names_the_speaker_after_the_verb():
    assert sources("Francis, writes Royal, “has little use for established procedures.”") == {("Royal", "person")}
    assert sources("The plan, said Smith, was a failure.") == {("Smith", "person")}
    got = sources("Mr Salama, the WHO’s deputy director-general, said Mbandaka’s location raised the prospect of spread.")
    assert got == {("Salama", "person")}


def test_hit_a_figure_and_a_work_title_before_a_colon():
    assert sources("China's trade surplus with the United States hit $375 billion.") == set()
    assert headline_sources("The Dictator Pope: A Call to Hierarchical Opposition", "The book appeared in 2017.") == set()
    assert sources("The affair came to light, according to a source quoted by The New Yorker.") == {("a source quoted by The New Yorker", "anonymous")}


def test_title_with_of_before_a_name_and_hyphenated_modifiers():
    assert sources("“The campaign begins tomorrow,” Minister of Health Oly Ilunga told reporters.") == {("Oly Ilunga", "person")}
    text = "The standards that Facebook demands everyone follow are strict. The social-media company has told author Jamie Glazov that his article breaks them."
    assert sources(text) == {("Facebook", "organisation")}


def test_colon_ending_a_line_without_a_quote_is_no_speaker_tag():
    assert sources("Ladies and Gentlemen:\n\nWe met in 1976.") == set()


def test_pronoun_does_not_resolve_to_a_thing_named_with_a_possessive():
    assert sources("He saw Halley's Comet in 1758. That is where he observed a nebula.") == set()


def test_reporting_verb_without_content_leaves_a_scare_quote():
    assert quote_kinds("The atmosphere is resigned, with many notes of mutual congratulation over “unity” and “dialogue”.") == ["scare", "scare"]


def test_names_and_concepts_cited_as_words_are_neither_quotes_nor_scare_quotes():
    assert quote_kinds('The rounds he sold are called "tracer ammunition" – bullets that leave a trail.') == ["title"]
    assert quote_kinds("I explained to Rudy Giuliani the concept of “blowback.”") == ["title"]


def test_relative_clause_after_a_time_phrase_and_after_an_appositive():
    got = sources("The third accuser is Julie Swetnick, a 55-year-old engineer, who on Wednesday claimed that the drinks were spiked.")
    assert got == {("Julie Swetnick", "person")}
    got = sources("The information was sent by Bradley McVay, DOS’ interim general counsel, who asked that the dates be investigated.")
    assert got == {("Bradley McVay", "person")}


def test_more_subjects_people_and_bodies():
    assert sources("Other embassies have now reported the debilitating conditions of diplomats.") == {("Other embassies", "anonymous")}
    assert sources("During the meeting, the priest, before he celebrated the Eucharist, said, “Today we celebrate.”") == {("priest", "anonymous")}
    assert sources("An analyst said the market would fall.") == {("An analyst", "anonymous")}
    assert sources("Now even the pope himself says that the reforms went too far.") == {("pope", "organisation")}


def test_more_subject_shapes():
    assert sources("Awan replaced her with himself, according to legal and insurance papers.") == {("legal and insurance papers", "document")}
    assert sources("“When the shooting happened, our phone calls exploded,” said coalition president Tim Lambert.") == {("Tim Lambert", "person")}
    assert sources("(CNN) Douglas Haig, an Arizona man who says he sold tracer ammunition to the gunman, was arrested Friday.") == {("Douglas Haig", "person")}
    assert sources("Early on Friday, Trump also falsely claimed on Twitter that the man had committed violent crimes.") == {("Trump", "person")}
    assert sources("Rodriguez’s online petition says the funds will support him.") == {("Rodriguez’s online petition", "document")}


def test_pronoun_prefers_a_person_named_earlier_in_its_sentence():
    text = ("Lawyer Marc Victor said his client was upset. Judge Elissa Cadish later ordered the document sealed, "
            "but she acknowledged she could not order the newspaper to retract the name.")
    assert ("Elissa Cadish", "person") in sources(text)


def test_possessor_of_a_proposal_with_its_content():
    assert sources("He opposes US President Donald Trump's call to arm teachers.") == {("Donald Trump", "person")}


def test_person_is_named_by_the_fullest_form_in_the_article():
    text = "The university appointed the former ombudsperson, Spencer Boudreau, to investigate. Boudreau wrote that the vote was fair."
    assert sources(text) == {("Spencer Boudreau", "person")}


def test_admitting_people_into_a_country_and_preachers_who_praised():
    assert sources("The government also admitted two jihad preachers who had praised the murderer of a critic.") == {("two jihad preachers", "anonymous")}
    assert ("Like I", "person") not in sources("Like I said, nothing adds up, he said.")


def test_fullest_form_only_extends_the_same_name():
    text = ("Paul Manafort said he was innocent. Manafort added that he would appeal. "
            "His wife, Paula Manafort, was not charged. Nixon Book Provides Road Map For Manafort, the review says.")
    assert {n for n, k in sources(text) if k == "person"} == {"Paul Manafort"}


def test_passives_with_adverbs_naming_participles_and_overlapping_agentless_cues():
    assert sources("The summit between Donald Trump and Kim Jong-un is now threatened with cancellation.") == set()
    assert sources("The event, called the Maunder Minimum, is credited with plunging temperatures.") == {("credited", "vague")}
    assert sources("Michael Mostyn, CEO of B’nai Brith Canada, called the report a whitewash.") == {("Michael Mostyn", "person")}
    assert sources("These patterns repeat, but new research suggests that there is a pattern behind the pattern.") == {("new research", "vague")}


def test_offices_outlets_and_names_after_a_title_with_of():
    assert sources("On July 25, the House Inspector General notified the committee that investigators had found violations.") == {("House Inspector General", "organisation")}
    assert sources("The Sun-Sentinel reports that the office was wrong.") == {("Sun-Sentinel", "media")}
    assert sources("The Pakistani publication Dawn reported that farmers had given up.") == {("Dawn", "media")}
    text = "Broward County Supervisor of Elections Brenda Snipes resigned. Snipes said it was an honor."
    assert sources(text) == {("Brenda Snipes", "person")}


def test_more_names_and_documents():
    assert sources("“The US government is taking these reports seriously,” the message says.") == {("message", "document")}
    assert sources("Irish member Marie Collins resigned in March and said Vatican bureaucrats had refused to comply.") == {("Marie Collins", "person")}
    assert sources("Former U.S. Attorney Joseph diGenova said the probe was nonsense.") == {("Joseph diGenova", "person")}
    text = "A statement by Hillel said Boudreau was mistaken about the timing of an anti-Semitic message posted online by the group."
    assert sources(text) == {("A statement by Hillel", "document")}


def test_counted_and_unnamed_groups_are_anonymous():
    got = sources("About 30 Senate Democrats, starting with women, have urged the Minnesota Democrat to step down. "
                  "Two other unidentified women told HuffPost that Franken grabbed them at separate events.")
    assert ("30 Senate Democrats", "anonymous") in got
    assert ("Two other unidentified women", "anonymous") in got
    assert ("HuffPost", "media") in got
    assert ("Senate Democrats", "vague") in sources("Senate Democrats said the bill would fail.")


def test_an_adjective_before_calls_is_no_speaker():
    got = sources("Sen. Al Franken announced his resignation on Thursday, as Democratic calls for his resignation mount.")
    assert not any(name == "Democratic" for name, _ in got)


def test_outlets_that_heard_the_speaker():
    got = sources('A woman described as a "former elected official in New England" told the Jezebel website that Franken tried to kiss her.')
    assert ("the Jezebel website", "media") in got
    assert ("A woman", "anonymous") in got
    got = sources("“I didn’t agree with their ideology,” Khweis said in an interview with Kurdistan24 in 2016.")
    assert ("Kurdistan24", "media") in got and ("Khweis", "person") in got
    got = sources("“I didn’t think it would blow up,” Richard said to News-4 San Antonio.")
    assert ("News-4 San Antonio", "media") in got
    assert ("The Atlantic", "media") in sources("Tina Dupuy writes in The Atlantic that Franken squeezed her waist.")


def test_records_and_pictures_as_documents():
    assert ("receipt", "document") in sources("The receipt lists two room-service meals delivered to the suite.")
    assert ("A health alert", "document") in sources("A health alert said the employee reported abnormal sensations of sound.")
    assert ("A photo", "document") in sources("A photo shows Franken with his hands over her chest.")


def test_the_articles_own_outlet_is_no_source():
    body = "In an interview with the Los Angeles Times, Dershowitz said he does not believe Sessions can end the probe."
    assert ("Los Angeles Times", "media") in sources(body)
    assert sources(body + "\n\n©2018 Los Angeles Times, Distributed by Tribune Content Agency, LLC") == {("Dershowitz", "person")}
    body = "A law enforcement official told The Associated Press in October that Paddock bought 1,000 rounds."
    assert ("The Associated Press", "media") in sources(body)
    assert ("The Associated Press", "media") not in sources(body + "\n\nAssociated Press writers Ken Ritter in Las Vegas contributed to this report.")


def test_a_name_before_an_indefinite_appositive_is_the_speaker():
    got = sources("(CNN) Douglas Haig, an Arizona man who says he sold tracer ammunition to the gunman, was arrested Friday.")
    assert got == {("Douglas Haig", "person")}
    assert ("A man who works at the hotel", "anonymous") in sources("A man who works at the hotel says he saw the gunman twice.")


def test_a_named_campaign_is_not_the_one_word_name_before_it():
    got = sources("Manafort denied the report. The Trump campaign announced Manafort's hire on March 29, 2016.")
    assert got == {("Manafort", "person"), ("Trump campaign", "organisation")}


def test_brands_written_in_camel_case_are_organisations():
    got = sources("And WikiLeaks said on Twitter that it was willing to bet a million dollars that Manafort never met Assange.")
    assert ("WikiLeaks", "organisation") in got
    assert ("McCain", "person") in sources("McCain said the vote would be close.")


def test_a_photo_credit_is_no_person_for_a_later_pronoun():
    text = ("Police said the man shot two officers.\nReuters Reuters\n"
            "In the call, the woman pleads for help. She said her husband had a gun.")
    assert not any(kind == "person" for _, kind in sources(text))


def test_an_outlet_named_enquirer_is_media():
    assert ("Cincinnati Enquirer", "media") in sources("The shooting was first reported by the Cincinnati Enquirer, which said two officers died.") | sources(
        "The Cincinnati Enquirer reported that two officers died.")


def test_whoever_is_cited_as_saying_is_a_source():
    got = sources("The Guardian cited two unidentified sources as saying Manafort first met Assange at the embassy in 2013.")
    assert got == {("Guardian", "media"), ("two unidentified sources", "anonymous")}


def test_a_headline_report_is_the_outlet_the_body_cites():
    text = ("Manafort Met With Assange Before Joining Trump's Campaign: Report\n\n"
            "The Guardian said that Manafort met with Assange around March 2016.")
    assert sources(text) == {("Guardian", "media")}


def test_a_headline_speaker_is_cut_to_the_name_the_body_uses():
    text = ("Farrakhan Speech: 'Jews Are My Enemy'\n\n"
            "Louis Farrakhan gave his annual address on Sunday. \"Jews were responsible,\" Farrakhan said in his keynote speech.")
    got = sources(text)
    assert {kind for _, kind in got} == {"person"} and all("Speech" not in name for name, _ in got)


def test_a_law_is_no_speaker_for_a_later_pronoun():
    text = ("Reporters focused on the push to repeal the Second Amendment. "
            "Louis Farrakhan gave an address in which he told an approving audience that his enemies were powerful.")
    assert ("Second Amendment", "person") not in sources(text)


def test_a_list_inside_a_modifier_gives_no_extra_speakers():
    text = ("A statement Wednesday by Hillel McGill, Chabad at McGill and three other Jewish groups said "
            "Boudreau was mistaken about the timing of the message.")
    got = sources(text)
    assert ("Chabad", "person") not in got and not any(kind == "person" and "McGill" in name for name, kind in got)


def test_threats_and_feelings_without_content_are_no_attribution():
    text = "Toensing said she has memos that recount how the Justice Department last year threatened her client when he tried to sue."
    assert ("Justice Department", "organisation") not in sources(text)
    assert ("Justice Department", "organisation") in sources("The Justice Department threatened to bring a criminal case against him.")
    assert sources("While texting with an FBI informant, a Williamsburg man expressed admiration for a U.S.-born recruiter.") == set()
    assert ("A Williamsburg man", "anonymous") in sources("A Williamsburg man expressed concern that the recruiter had been killed.")


def test_a_gerunds_object_and_a_place_label_are_no_headline_speakers():
    text = ("Virginia: Muslim gets 20 years for joining ISIS, says they studied Islam for 8 hours every day\n\n"
            "A 28-year-old man has been sentenced to 20 years in prison, the Justice Department said Friday.")
    assert sources(text) == {("Justice Department", "organisation")}


def test_criticism_from_several_givers():
    got = sources("The administration’s reluctance to condemn the Saudi government has fueled criticism from Democrats and "
                  "Republicans in Congress, from diplomats and from even some corporations that long have profited from the royal family.")
    assert ("Democrats and Republicans in Congress", "vague") in got
    assert ("some corporations", "vague") in got
    assert any(name == "diplomats" for name, _ in got)


def test_unnamed_outlets_that_heard_the_speaker_are_vague():
    got = sources("Richard told media outlets that he’s been a bit surprised by everything that’s happened since the video was posted.")
    assert got == {("Richard", "person"), ("media outlets", "vague")}


def test_codes_and_credited_headlines_are_no_quotes():
    att = analyse("The receipt lists the server as “IRA_MB” and the room as “32135.” "
                  "A woman who said she was there told reporters that people were “going to die.”")
    assert [q.kind for q in att.quotes if q.counts] == ["partial"]
    att = analyse('“Virginia man sentenced to 20 years in prison for joining ISIS,” by Justin Carissimo, CBS News, March 2, 2018:\n\n'
                  '“I didn’t agree with their ideology,” Khweis said in an interview.')
    assert sum(q.counts for q in att.quotes) == 1


def test_a_persons_team_and_members_of_both_parties():
    assert ("his defense team", "anonymous") in sources("Manafort has pleaded not guilty, and his defense team said the charges were baseless.")
    got = sources("Members of both parties and legal experts have contended that Sessions cannot end the probe.")
    assert ("Members of both parties", "vague") in got


def test_an_owned_department_is_not_the_body_named_before():
    got = sources("The Tarrow Valley Roads Authority said the bridge would stay shut. "
                  "The city's transport department said buses would be diverted over the Hollin Road crossing.")
    assert ("city's transport department", "organisation") in got and ("Tarrow Valley Roads Authority", "organisation") in got


def test_a_noun_after_a_participle_is_no_reporting_verb():
    text = "Gillum continues to call for all the votes to be counted, despite election officials in both counties missing state mandated deadlines."
    assert not any("missing" in name for name, _ in sources(text))
    assert ("ruling", "document") in sources("The ruling says that the law is void.")


def test_a_conjunction_is_no_part_of_the_speaker():
    got = sources("The receipt says the meal was delivered on September 28, whereas authorities assert that he checked in on the 25th.")
    assert ("authorities", "anonymous") in got


def test_but_did_say_and_responding_to_a_place():
    text = ("Police have not released many details about the way the events transpired, but did say that Smith had injuries. "
            "Authorities had responded to the house as recently as three weeks ago.")
    assert sources(text) == {("Police", "anonymous")}
    assert ("mayor", "organisation") in sources("The mayor responded to the criticism by saying the city was safe.")


def test_she_is_not_the_man_named_last():
    text = ("Mary Johnson, the city's planning director, met council members on Tuesday. "
            "Tom Baker, a local developer, attended the meeting. She said the project would be delayed by a year.")
    att = analyse(text)
    assert [(s.name, s.kind) for s in att.sources] == [("Mary Johnson", "person")]


def test_he_and_she_keep_to_their_speakers():
    text = ('"We will win this vote," said Senator Elizabeth Warren. Tom Baker, a local developer, disagreed with the plan. '
            'He said the tower would block the river view. "It will not," she said.')
    people = {s.name: s.mentions for s in analyse(text).sources}
    assert people == {"Elizabeth Warren": 2, "Tom Baker": 1}


def test_an_honorific_tells_the_gender_of_a_surname():
    text = ("Ms. Lee met the delegation in Beijing. Mr. Park waited outside with the reporters. "
            "She said the talks had gone well.")
    assert [s.name for s in analyse(text).sources] == ["Lee"]


def test_the_group_is_the_body_named_before_as_an_actor():
    text = ("The bipartisan U.S. Conference of Mayors passed a series of resolutions this week. "
            '"We will keep our communities safe," the group said.')
    assert sources(text) == {("U.S. Conference of Mayors", "organisation")}


def test_a_body_taken_for_a_person_is_the_group_that_spoke():
    text = "Amnesty International published its annual review on Monday. The group said prisons in the region were overcrowded."
    assert sources(text) == {("Amnesty International", "organisation")}


def test_the_group_does_not_reach_back_to_a_label_line():
    text = "Story Continued Below\nThe group said prisons in the region were overcrowded."
    assert {k for _, k in sources(text)} == {"organisation"} and ("Continued Below", "organisation") not in sources(text)


def test_an_outlet_described_before_its_name_heard_the_speaker():
    text = ("Lofven told news agency TT that he was prepared to act. "
            "Swedish police told the Danish tabloid Ekstra Bladet that the gang is trying to build a presence.")
    got = sources(text)
    assert ("news agency TT", "media") in got and ("Danish tabloid Ekstra Bladet", "media") in got


def test_no_outlet_is_made_of_a_described_station_without_a_name():
    got = sources("The minister told a local radio station the deal was off.")
    assert {k for _, k in got} == {"organisation"}


def test_what_heard_a_speaker_by_email_is_an_outlet():
    text = ('"The clinical findings matched mild traumatic brain injury," Jinnie Lee, '
            "U.S. Embassy spokesperson in Beijing, told Gizmodo by email.")
    assert sources(text) == {("Jinnie Lee", "person"), ("Gizmodo", "media")}


def test_the_agent_of_a_passive_reporting_verb_is_a_source():
    text = ("The mysterious illnesses reported by U.S. government employees in Cuba remain unexplained. "
            "The endorsement, first reported in the Forward, calls Davis a longtime supporter of Israel.")
    got = sources(text)
    assert ("U.S. government employees", "anonymous") in got and ("the Forward", "media") in got


def test_a_place_or_date_after_reported_in_is_no_source():
    got = sources("The first case was reported in March. Two more were first reported in Equateur province and one in the Bronx borough.")
    assert got == set()


def test_events_reported_with_no_content_are_no_agentless_source():
    got = sources("Hundreds of cases are reported on the island every year. All the cases were reported from a clinic near Bikoro.")
    assert got == set()


def test_warnings_to_unnamed_hearers_and_reduced_passives_are_vague():
    text = ("Travelers are being warned to keep their distance from the affected areas. "
            "Staff fell ill from health incidents at one point thought to possibly have been acoustic attacks. "
            "It was pointed out that the group had no members.")
    assert {k for _, k in sources(text)} == {"vague"} and len(sources(text)) == 3


def test_adjacent_agentless_words_are_one_source():
    got = sources("The illnesses are allegedly thought to be either a sonic attack or faulty surveillance gear.")
    assert len(got) == 1 and {k for _, k in got} == {"vague"}


def test_a_body_named_after_the_word_for_it_is_an_organisation():
    text = ("Left-wing advocacy group J Street said it is re-evaluating its endorsement of the congressman. "
            "J Street said it would decide within a week.")
    assert sources(text) == {("J Street", "organisation")}


def test_speakers_joined_by_along_with_and_including():
    text = ("Gun control advocates including the group Everytown for Gun Safety lauded the move. "
            "Senator John Smith, along with Rep. Anna Lee, said the bill would pass next week.")
    assert sources(text) == {("Gun control advocates", "vague"), ("Everytown for Gun Safety", "organisation"),
                             ("John Smith", "person"), ("Anna Lee", "person")}


def test_praise_with_content_is_attribution_but_hailing_from_a_place_is_not():
    got = sources("Opposition leaders hailed the vote as a turning point. Jane Roe hails from Ohio.")
    assert got == {("Opposition leaders", "anonymous")}


def test_a_people_worried_that_is_a_vague_source():
    got = sources("Swedes are worried that the police are unable to cope. Many Israelis fear that the deal will fail.")
    assert got == {("Swedes", "vague"), ("Many Israelis", "vague")}


def test_a_feeling_with_no_proposition_is_no_stance():
    assert sources("Swedes are worried about the rising crime rate.") == set()


def test_a_surname_that_looks_like_a_demonym_is_a_person():
    assert sources("Evans is confident that the bill will pass.") == {("Evans", "person")}


def test_bare_plural_doctors_are_vague_and_differently_worded_groups_stay_apart():
    text = ("As the outbreak worsens, some doctors are even warning that no one is safe. "
            "The plague has killed 97 people, and doctors are warning that it will spread. Two doctors said the ward was full.")
    assert sources(text) == {("some doctors", "vague"), ("doctors", "vague"), ("Two doctors", "anonymous")}


def test_a_reporting_verb_after_continue_to_or_went_on_to_keeps_the_subject():
    text = ("The Cuban government continues to deny it attacked U.S. diplomats. "
            "The minister went on to say that the talks had failed.")
    assert sources(text) == {("Cuban government", "organisation"), ("minister", "organisation")}


def test_wanting_to_say_is_no_attribution():
    assert sources("The company wants to say goodbye to its old logo.") == set()


def test_the_subject_of_quoted_as_saying_is_the_speaker():
    got = sources("Mr. Smith was quoted as saying that the plan had failed.")
    assert got == {("Smith", "person")}


def test_an_outlet_only_ever_told_things_by_several_speakers_is_the_articles_own():
    text = ("San Antonio police told Fox News on Thursday they had received a complaint. "
            "Whataburger told Fox News that it is cooperating with the police investigation.")
    assert "media" not in {k for _, k in sources(text)}


def test_an_outlet_that_also_reports_stays_a_source():
    text = ("San Antonio police told Fox News on Thursday they had received a complaint. "
            "Fox News reported that Whataburger is cooperating with the police investigation.")
    assert ("Fox News", "media") in sources(text)


def test_a_member_included_in_a_group_subject_speaks_too():
    text = ("Republicans on Capitol Hill, including House Intelligence Committee Chairman Devin Nunes, R-Calif., "
            "are touting the president's order. But Democrats, including the committee's ranking member, "
            "Rep. Adam Schiff, D-Calif., are blasting the order as a clear abuse of power.")
    got = sources(text)
    assert ("Devin Nunes", "person") in got and ("Adam Schiff", "person") in got
    assert not any("ranking member" in name for name, _ in got)


def test_sought_to_blame_keeps_the_subject():
    got = sources("The White House sought to blame Mr. Acosta for behaving disrespectfully.")
    assert ("White House", "organisation") in got


def test_a_mission_that_issued_an_alert_saying_is_the_source():
    got = sources("The US Mission in China issued an online health alert on Wednesday saying that the employee was ill.")
    assert ("US Mission in China", "organisation") in got


def test_what_a_speaker_cites_is_a_source_too():
    got = sources("The agency said oil output fell in March, citing a report by the International Energy Agency.")
    assert ("a report by the International Energy Agency", "document") in got


def test_citing_a_reason_names_no_source():
    assert sources("Prices rose sharply in March, citing higher costs.") == set()


def test_a_convention_cited_is_no_speaker():
    text = ("China has always protected the safety of workers at foreign missions according to the "
            "Vienna Convention on Consular Relations, Lu said.")
    assert sources(text) == {("Lu", "person")}


def test_a_headline_tail_after_a_colon_is_no_speaker_but_a_body_is():
    title = "Another Sound Weapon Used To ATTACK US Diplomats: This Time In China"
    assert sources(title + "\n\nStaff heard strange sounds at the consulate last month.", title=title) == set()
    title = "Measles Cases Rise Again: WHO"
    assert sources(title + "\n\nCases rose sharply in Europe last year.", title=title) == {("WHO", "organisation")}


def test_lawyers_of_a_body_speak_for_it_but_a_persons_lawyers_are_anonymous():
    got = sources("CNN's lawyers said the ban violated the First Amendment. Trump's lawyers said the suit had no merit.")
    assert got == {("CNN's lawyers", "organisation"), ("Trump's lawyers", "anonymous")}


def test_a_sentence_adverb_is_no_speaker_but_a_name_ending_in_ly_is():
    text = ("Distressingly, US Ambassador to the UN Nikki Haley, the most outspoken supporter of decertifying, "
            "told NBC on Sunday that the US intends to remain in the nuclear deal.")
    assert ("Distressingly", "person") not in sources(text)
    assert ("NBC", "media") in sources(text)
    assert sources("Kelly, a senior adviser, told reporters on Sunday that the plan would go ahead.") == {("Kelly", "person")}


def test_a_place_or_thing_named_with_the_is_not_who_he_is():
    text = "Iran has grown stronger across the Middle East. Then he announced that the talks would resume."
    assert ("Middle East", "person") not in sources(text)
    text = "The Rev. Al Sharpton led the march on Sunday. Then he said that it would go on."
    assert ("Al Sharpton", "person") in sources(text)


def test_states_before_to_is_a_noun():
    text = "It is up to members of Congress, and US allies like Israel and the Sunni Arab states to help Trump implement it."
    assert sources(text) == set()
    assert sources("The company claims to have fixed the fault.") == {("company", "organisation")}  # a verb before "to" too
    assert ("Anders Kolbeck", "person") in sources("The regional premier, Anders Kolbeck, now promises to pay for temporary housing.")


def test_a_title_with_its_complement_and_a_long_appositive_before_the_verb():
    text = ("Distressingly, US Ambassador to the UN Nikki Haley, the most outspoken supporter of decertifying "
            "Iranian compliance in the Trump administration, told NBC on Sunday that the US intends to remain in the deal.")
    assert sources(text) == {("Nikki Haley", "person"), ("NBC", "media")}
    assert sources("Secretary of the Treasury Steven Mnuchin told reporters the deal was close.") == {("Steven Mnuchin", "person")}
    got = sources('"We are watching this," former Speaker of the House Newt Gingrich (R-Ga.) said Tuesday.')
    assert got == {("Newt Gingrich", "person")}
    got = sources("On Sunday, Jane Doe, a spokeswoman for the union, said the strike would go on.")
    assert got == {("Jane Doe", "person")}


def test_an_office_named_by_its_title_is_no_person():
    got = sources("Here you have the President of the United States of America saying that a man could marry a man.")
    assert got == {("President of the United States of America", "organisation")}


def test_impersonal_attributions_are_vague():
    cases = {
        "It emerged that the bishops had been warned in 2015.": "emerged",
        "It has since transpired that the minister knew of the payments.": "transpired",
        "It will be argued that such a deposition would provoke massive schisms.": "argued",
        "There are reports that the army has moved into the city.": "reports",
        "Benedict IX himself is recognized as a true Pope.": "recognized",
        "Francis was also criticized when Cardinal George Pell was forced to return.": "criticized",
        "The senator has been accused of lying to Congress.": "accused",
        "But the current evidence suggests he is wrong.": "evidence",
        "The long tradition has led to the general impression that it cannot be changed.": "the general impression",
        "The sheikh supposedly met the envoy twice.": "supposedly",
    }
    for text, phrase in cases.items():
        assert (phrase, "vague") in sources(text), text


def test_impersonal_attributions_worded_differently_share_their_core_word():
    # One agentless source per core verb, whatever the auxiliaries and adverbs.
    att = analyse("The mill is widely believed to have closed in 1990. Once believed to be haunted, it was sold last year.")
    assert {(s.name, s.kind, s.mentions) for s in att.sources} == {("believed", "vague", 2)}


def test_agentless_passives_of_credit_report_and_hearing_are_vague():
    cases = {
        "The cold snap is credited with saving the orchard from blight.": "credited",
        "The volunteer credited with spotting the fire has left town.": "credited",
        "So far no injuries have been reported at the plant.": "reported",
        "The damage has been estimated at two million dollars.": "estimated",
        "The driver was heard shouting at the guards before the crash.": "heard",
        "A new route is being considered as a way around the bridge.": "considered",
    }
    for text, name in cases.items():
        assert (name, "vague") in sources(text), text


def test_agentless_passives_with_an_agent_or_teller_are_not_vague():
    # An active "credited X with" names the one who gives the credit.
    assert not any(k == "vague" for _, k in sources("The mayor credited the firefighters with saving the school."))
    # The teller is in the sentence; "for" is a candidacy, not a view.
    assert ("reported", "vague") not in sources("No injuries have been reported, the county sheriff said.")
    assert not any(k == "vague" for _, k in sources("The deputy is being considered for the post of chief."))
    assert not any(k == "vague" for _, k in sources("The bells were heard across the valley."))


def test_alleged_before_a_noun_is_an_impersonal_charge():
    assert sources("The alleged break-in took place on a Sunday night.") == {("alleged", "vague")}
    assert ("alleged", "vague") in sources("Officers logged three calls involving alleged threats against a neighbour.")
    # The verb with its subject is no impersonal charge.
    assert not any(k == "vague" for _, k in sources("She alleged misconduct on the part of the coach."))


def test_a_document_whose_content_follows_in_a_participle_or_relative_clause():
    assert sources("The county released inspection reports showing the dam had cracked twice.") == {("inspection reports", "document")}
    assert sources("A video also surfaced showing the senator at the party.") == {("A video", "document")}
    got = sources("The coroner ordered a further round of tests, which determined that the child had been poisoned.")
    assert any(n.endswith("round of tests") and k == "document" for n, k in got)
    assert ("a memo", "document") in sources("Staff found a memo from the treasurer that detailed the missing payments.")
    # Open-ended "reports" stay out; a document with no content clause is no source.
    assert not any(k == "document" for _, k in sources("There were media reports showing crowds at the border."))
    assert sources("The county released inspection reports on Friday.") == set()


def test_verbs_in_another_sense_are_no_reporting():
    # "reports" before a verb is the subject noun, one vague source, not "Media" reporting.
    assert sources("Local news reports have suggested that the plant will close.") == {("Local news reports", "vague")}
    # "recalled its diplomats" withdraws people; "recalled that" reports.
    assert sources("Ottawa recalled its ambassador from Riyadh last week.") == set()
    assert ("Ann Cole", "person") in sources("Ann Cole recalled that the river had flooded twice.")
    # An intention is no speech act yet.
    assert not any(k == "anonymous" for _, k in sources("He represents a tenant who plans to accuse the landlord of fraud."))


def test_the_nominee_or_the_source_is_the_person_just_cited():
    text = ("Judge Maria Olsen told senators she would rule impartially. "
            "\"I have no agenda,\" the nominee said on Monday.")
    assert sources(text) == {("Maria Olsen", "person")}
    text = ("A city staffer who spoke on condition of anonymity said the walls were never inspected. "
            "The crew was told to skip the checks, according to the source.")
    assert sources(text) == {("A city staffer who spoke on condition of anonymity", "anonymous")}
    # With no one cited before, "the woman" is a source of her own.
    assert ("woman", "anonymous") in sources("\"I heard two shots,\" the woman said.")


def test_an_outlet_named_before_its_kind_and_writes_at_an_outlet():
    assert ("Harbor Times magazine", "media") in sources("The Harbor Times magazine reported on Friday that the pier would close.")
    got = sources("As Lena Ortiz writes at the Boston Globe, the pier was sold twice.")
    assert ("Lena Ortiz", "person") in got and ("the Boston Globe", "media") in got
    # An unnamed outlet is not one named.
    assert not any(k == "media" for _, k in sources("A Dutch newspaper reported that the pier would close."))


def test_names_with_the_or_an_acronym_are_bodies_not_people():
    assert sources("But DMV Express Center says no such form was filed.") == {("DMV Express Center", "organisation")}
    assert ("Harlow Clinic", "organisation") in sources("A nurse called the Harlow Clinic. The Harlow Clinic says no patient of that name arrived.")
    # Titles and family names keep a person.
    assert ("Mike Pompeo", "person") in sources("The US Secretary of State Mike Pompeo has said he is concerned.")
    # "as they say" cites no one.
    assert sources("After I moved, as they say, the rest is history.") == set()


def test_a_country_that_speaks_is_its_government():
    text = ("The Norwegian government said the fishing quota would be cut. "
            "Norway announced last month that it would close two ports. "
            "The US government has held Moscow responsible, arguing that the trawlers were Russian.")
    assert sources(text) == {("Norwegian government", "organisation"), ("US government", "organisation")}
    # With no government cited, the country stays a source of its own.
    assert sources("Norway announced last month that it would close two ports.") == {("Norway", "organisation")}


def test_a_negated_subject_or_a_nationality_adjective_is_no_source():
    assert sources("Unlike the Danes, no Swedish inspector reported any leak.") == set()
    got = sources("Mexican and US inspectors had first suspected a leak in the valve.")
    assert got == {("US inspectors", "anonymous")}


def test_a_document_by_its_author_is_one_document_source():
    # ANNOTATION.md 2: "a report by the GAO" is filed under the document.
    assert sources("A review by the city auditor concluded the contract had been padded.") == {("A review by the city auditor", "document")}
    # "There" opening the sentence is nobody.
    assert sources("There were two more complaints, saying the pool was unsafe.") == set()


def test_a_belief_about_a_named_person_and_since_between_aux_and_verb():
    assert sources("Investigators believe Arlen Voss may have hidden the money abroad.") == {("Investigators", "anonymous")}
    assert sources("Officials have since said they will not reopen the case.") == {("Officials", "anonymous")}
    # Believing a person is no proposition.
    assert sources("Many voters believe Voss more than his rival.") == set()


def test_the_outlet_of_the_dateline_and_its_reporters_are_not_sources():
    text = ("OSLO, March 3, 2019 (Reuters) - The minister said the ports would close. "
            "As Reuters reported last year, two ports had already closed.")
    assert sources(text) == {("minister", "organisation")}
    text = ("The dog was found in a ditch, reports NBC News correspondent Ana Ruiz. "
            "The farmer said he had searched for a week. NBC News reached out to the sheriff for comment.")
    got = sources(text)
    assert ("Ana Ruiz", "media") not in got and ("Ana Ruiz", "person") not in got and ("farmer", "anonymous") in got
    # Another outlet cited in the story stays a source.
    assert ("Reuters", "media") in sources("The minister said, as Reuters reported last year, that two ports had closed.")


def test_writing_columns_gives_no_content():
    assert sources("Ingrid Moe wrote weekly columns for a Bergen paper until 2015.") == set()
    assert ("Ingrid Moe", "person") in sources("Ingrid Moe wrote in a column that the bridge was unsafe.")


def test_the_object_of_a_relative_clause_is_not_the_speaker():
    got = sources("A Leeds student who admires Mayor Ann Cole says he was turned away.")
    assert got == {("A Leeds student who admires Mayor Ann Cole", "anonymous")}
    assert sources("A Leeds teenager who admires Mayor Ann Cole says he was turned away.") == set()
    assert sources("A nurse who knows Tom Baker says he was turned away.") == {("A nurse who knows Tom Baker", "anonymous")}


def test_headline_clauses_are_no_speakers():
    assert sources("", title="Coastal Towns On High Alert: ‘Nobody Is Safe’ From The Storm") == set()
    assert sources("", title="Measles Outbreak Confirmed in Northern Province") == set()


def test_a_named_critic_or_owner_is_no_impersonal_attribution():
    assert sources("He was criticized by Democrats for the remark.") == {("Democrats", "vague")}
    assert ("was criticized", "vague") not in sources("He was criticized by Sen. Ann Lee for the remark.")
    assert sources("The talks were not going well. It was a disappointment.") == set()


def test_they_never_refers_to_an_impersonal_attribution():
    text = ("Two treating physicians said the injuries were real. The attack was supposedly planned abroad. "
            "They said more patients were expected.")
    att = analyse(text)
    doctors = next(s for s in att.sources if s.name == "Two treating physicians")
    assert doctors.mentions == 2


def test_the_outlet_where_a_statement_was_made_is_a_source():
    got = sources("Marx's idea truly seems sacrilegious, Cordes wrote in a response on kath.net.")
    assert got == {("Cordes", "person"), ("kath.net", "media")}
    got = sources("In a new undercover video from Project Veritas, Omar Smith, a staffer, said that the programs would not happen.")
    assert got == {("Project Veritas", "media"), ("Omar Smith", "person")}
    got = sources("In the 2003 documentary The Fog of War, former Secretary of Defense Robert S. McNamara admitted that the attack never happened.")
    assert got == {("The Fog of War", "media"), ("Robert S. McNamara", "person")}
    assert ("CNN", "media") in sources("The minister said on CNN that the talks had failed.")


def test_a_platform_a_day_or_a_place_is_no_outlet():
    assert sources("Smith wrote on Facebook that he was innocent.") == {("Smith", "person")}
    assert sources("Jane Roe said in an interview on Friday that she admired him.") == {("Jane Roe", "person")}
    got = sources("Every person said they have experienced harassment on the Hill.")
    assert {k for _, k in got} == {"anonymous"}


def test_an_outlet_or_body_as_agent_of_a_passive_report():
    assert sources("The abuse was exposed by the Boston Globe and chronicled in a movie.") == {("Boston Globe", "media")}
    got = sources("The outbreak, declared by the DRC health ministry on Tuesday, is the ninth.")
    assert got == {("DRC health ministry", "organisation")}
    assert sources("Another member has exposed himself to a staffer.") == set()


def test_verbs_of_action_that_also_report_need_content():
    assert sources("The Europeans, Russians and Chinese will agree to improve the nuclear deal.") == set()
    assert sources("The US continues to maintain a policy based on the false view.") == set()
    assert sources("San Francisco prosecutors dismissed the decades-old charge.") == set()
    assert ("Prosecutors", "anonymous") in sources("Prosecutors agreed that the evidence was weak.")
    assert ("Garcia Zarate", "person") in sources("Garcia Zarate maintained the argument that the gun just fired.")
    assert ("Ann Lee", "person") in sources("Ann Lee dismissed the report as a hoax.")


def test_he_in_a_later_clause_is_the_cited_subject_of_the_first():
    text = ("Shivam Patel said he had never travelled. He then tried to join the Army at Fort Knox. "
            "Patel agreed to bring it by, but two days later he told the State Department he had lost it.")
    att = analyse(text)
    assert {s.name for s in att.sources if s.kind == "person"} == {"Shivam Patel"}


def test_a_piece_in_an_outlet_is_the_outlet():
    assert sources("According to a report in the Guardian, the talks failed.") == {("Guardian", "media")}
    assert sources("A report by Bloomberg.com found that the deal was off.") == {("Bloomberg.com", "media")}
    assert sources("According to a report by the GAO, costs rose.") == {("a report by the GAO", "document")}


def test_stance_after_an_adverb_and_quantifier_subjects():
    assert sources("Scientists are greatly concerned that this outbreak will reach the city.") == {("Scientists", "vague")}
    assert sources("The city has a policy, which some refer to as a sanctuary policy.") == {("some", "vague")}
    assert sources("It was what one political veteran bluntly referred to as a sex trade.") == {("one political veteran", "anonymous")}
    assert sources("We realize that many of the terms used by the Zionist state constitute Nazi terms.") == set()


def test_an_update_is_a_document():
    got = sources("What is worrisome is that the most recent WHO update says that there are two probable cases.")
    assert got == {("most recent WHO update", "document")}


def test_relative_clauses_that_name_no_source():
    assert sources("There was a deal with Benedict, according to which Benedict would receive a pension.") == set()
    assert ("priests", "anonymous") not in sources("This encouragement from priests which he called for might include a blessing.")


def test_he_is_never_a_run_of_common_words():
    text = "Privacy Policy\n\nThe talks ended on Monday. He said that nothing was agreed."
    assert ("Privacy Policy", "person") not in sources(text)


def test_a_cited_author_opening_the_sentence_is_a_source():
    assert sources("To quote Cajetan on this point, deposition by an imperfect council is appropriate.") == {("Cajetan", "person")}
    assert ("a senior official", "anonymous") in sources("Quoting a senior official, the paper said the deal was off.")


def test_the_subject_after_an_opening_clause_speaks_for_a_second_verb():
    text = ("After Catholic News Agency’s initial report on Marx’s comments, his office contacted the outlet "
            "and said they had mistranslated part of what he said.")
    assert sources(text) == {("his office", "organisation")}
    assert sources("When the vote ended, Smith walked out and said the result was a fraud.") == {("Smith", "person")}


def test_a_dashed_aside_between_subject_and_verb():
    got = sources("Now, retired military officials—who pay attention to history—are even warning about more staged events.")
    assert got == {("retired military officials", "anonymous")}
    assert sources("Senator Ann Lee – a Democrat from Ohio – said the bill was dead.") == {("Ann Lee", "person")}


def test_an_unlisted_plural_noun_that_says_or_thinks_is_a_group():
    text = "He was a target for immigration hardliners, who argued that Steinle would still be alive."
    assert sources(text) == {("immigration hardliners", "vague")}
    text = "No wonder the reprobates and hypocrites thought that the Christians were turning the world upside down."
    assert sources(text) == {("the reprobates and hypocrites", "vague")}
    assert sources("Three hostages said they were beaten.") == {("Three hostages", "anonymous")}
    assert sources("The results showed that the drug works. The talks said nothing.") == set()


def test_a_speaker_named_before_a_colon_after_a_long_clause():
    text = ("Another Republican who wants to stop investigating is former RNC Chair, Michael Steele: "
            "“There is no Spygate because there are no spies in the campaign.”")
    assert sources(text) == {("Michael Steele", "person")}


def test_a_block_handed_over_to_its_author_and_an_epigraph_credit():
    text = "Four members were accused.\nHere is more from Paul Joseph Watson…\nThe claims were denied."
    assert sources(text) == {("Paul Joseph Watson", "person")}
    assert sources("The following comes from Breitbart…") == {("Breitbart", "media")}
    att = analyse("“If you want to change the future you are going to have to trouble the present.”-William Booth")
    assert {(s.name, s.kind) for s in att.sources} == {("William Booth", "person")}
    assert [q.speaker for q in att.quotes if q.counts] == ["William Booth"]


def test_a_sign_off_or_a_hyphenated_title_is_no_credit():
    assert sources("“They gave me their word.”\n— Tracy Wilkinson") == set()
    assert sources("Trump Slams “Disgraceful Verdict” After Jury Acquits “Kate’s Law”-Victim’s Killer") == set()


def test_a_sentence_opening_word_is_no_part_of_a_name():
    assert sources("Quoth Fisher: “I don’t care.”") == {("Fisher", "person")}
    text = "Yet Fisher maintains a sliver of space for deniability: “I don’t have any reason to want to bring him down.”"
    assert sources(text) == {("Fisher", "person")}
    assert sources("Even Kim said the talks had failed.") == {("Kim", "person")}
    got = sources("State Democratic Party legislators said the vote was rigged.")
    assert [k for n, k in got if n.startswith("State")], got


def test_a_speaker_seen_or_heard_speaking_in_a_first_person_account():
    text = "I remember my mother calling me up and saying, “The family wants to know what is wrong with you.”"
    assert sources(text) == {("my mother", "anonymous")}
    text = "After the prayer was over, I had a minister come up to me and tell me that I could not use the word."
    assert sources(text) == {("a minister", "anonymous")}
    assert sources("I saw the police officer tell the crowd to leave.") == {("police officer", "anonymous")}
    assert sources("He had the car washed and said it was clean.") == set()
    assert sources("A police state exists.") == set()


def test_an_affiliation_role_and_name_open_a_sentence():
    text = ("After Farrakhan's speech Sunday, CNN anchor Jake Tapper, among a few others, began tweeting quotes "
            "from it, and declared that Farrakhan was more dangerous than other leaders.")
    assert sources(text) == {("Jake Tapper", "person")}
    text = "Wasserman Schultz cornered House officer Phil Kiko and called him a bigot."
    assert ("Wasserman Schultz", "person") in sources(text)


def test_the_head_of_a_subject_is_not_inside_its_own_modifier():
    got = sources("The McGill student at the centre of anti-Semitic allegations says the climate will improve.")
    assert {k for _, k in got} == {"anonymous"}


def test_a_person_called_she_is_never_turned_into_the_department():
    text = ("Hall said that any investigation would be risky. “That is not a risk I am willing to take,” she said. "
            "Guyger said she confused the homes. On Monday the department announced that an inquiry had concluded.")
    got = sources(text)
    assert ("Hall", "person") in got and ("Guyger", "person") in got


def test_an_inverted_tag_ends_its_clause():
    text = ("Tom Wells, author of the exhaustive exposé “The War Within: America’s Battle Over Vietnam,” explained "
            "the media egregiously erred in relying on officials.")
    assert sources(text) == {("Tom Wells", "person")}
    assert sources('"We are done," said Smith on Monday.') == {("Smith", "person")}
    text = "And the number of cases is growing by the day, said Elhadj As Sy, the secretary general of the IFRC."
    assert ("Elhadj As Sy", "person") in sources(text)


def test_a_short_quote_inside_the_speakers_appositive_is_no_quote_of_his():
    att = analyse("Franken, at the time a writer for “SNL,” suggested one skit should play out differently.")
    assert not [q for q in att.quotes if q.counts]
    att = analyse('Don Lemon wanted to defend the "peaceful" migrants, but said that the threat was real.')
    assert [q.speaker for q in att.quotes if q.counts] == ["Don Lemon"]


def test_dismissing_claims_and_agreeing_to_quoted_terms_report():
    assert ("Winters", "person") in sources("Winters dismissed Viganò’s “wild claims” about the bishops.")
    assert ("Smith", "person") in sources("Smith dismissed the allegations without comment.")
    assert ("Trump", "person") in sources('In exchange, Trump agreed to "provide security guarantees" to North Korea.')


def test_blame_pinned_on_someone_is_an_evaluative_statement():
    text = "Top conservatives and critics of sanctuary cities pinned blame for Steinle's death on illegal immigration."
    assert sources(text) == {("Top conservatives", "vague"), ("critics of sanctuary cities", "vague")}
    assert sources("The police put the blame on the driver.") == {("police", "anonymous")}


def test_views_held_by_someone_and_an_example_given_with_such_as():
    text = "He showed that, contrary to the expressed views of his top advisers, it is impossible to limit the talks."
    assert sources(text) == {("his top advisers", "anonymous")}
    assert sources("Claims of fraud were everywhere. They had no testimony of the power of God.") == set()
    got = sources("Additional outlets, such as the Washington Post, echoed this claim.")
    assert got == {("Additional outlets", "vague"), ("Washington Post", "media")}


def test_counted_people_and_plural_titles():
    got = sources("At last count, some 29 bishops have publicly declared the allegations credible.")
    assert got == {("some 29 bishops", "anonymous")}
    assert sources("Francis relaunched it with some members reappointed and nine new members added, some of whom are victims.") == set()
    assert sources("Aides chose the news outlets that were allowed to ask questions.") == set()


def test_the_object_of_a_verb_of_causing_speaks():
    got = sources("This prompted the Honduran Foreign Ministry to urge its citizens not to join the group, according to Reuters.")
    assert got == {("Honduran Foreign Ministry", "organisation"), ("Reuters", "media")}


def test_a_naming_verb_after_a_comma_is_no_inverted_tag():
    got = sources("The endorsement, first reported in the Forward, calls Davis “a longtime supporter of Israel.”")
    assert ("Davis", "person") not in got and ("endorsement", "document") in got


def test_participle_phrases_and_ing_nouns_inside_a_subject():
    got = sources('"The plan has been approved," an official statement released after a cabinet meeting said.')
    assert got == {("an official statement released after a cabinet meeting", "document")}
    got = sources("The US withdrew staff after diplomats stationed there complained of symptoms such as hearing loss.")
    assert got == {("diplomats stationed there", "anonymous")}


def test_a_business_speaks_for_itself_and_a_scene_setting_outlet():
    text = "“An employee was captured on video,” the Rumble bar in San Antonio posted on its Facebook page."
    assert {k for _, k in sources(text)} == {"organisation"}
    got = sources("During an appearance with Tucker Carlson on Fox, Rep. Scott Perry said he had seen evidence.")
    assert got == {("Fox", "media"), ("Scott Perry", "person")}
    assert sources("In Washington on Monday, Smith said the talks failed.") == {("Smith", "person")}


def test_a_short_quoted_phrase_naming_unnamed_sources_is_the_subject():
    text = "Schaaf posted the warning on Saturday, writing that “multiple credible sources” told her the agency would act."
    assert ("multiple credible sources", "anonymous") in sources(text)
    assert sources('“The president is a liar” said the senator.') == {("senator", "anonymous")}


def test_documents_and_outlets_cited_in_passing():
    assert sources("The drug works, a 2016 study found.") == {("a 2016 study", "document")}
    assert sources("A story in the New York Times last week said the deal was off.") == {("New York Times", "media")}
    got = sources("According to the Daily Wire, in 2012 Omar tweeted: “Israel has hypnotized the world.”")
    assert got == {("Daily Wire", "media"), ("Omar", "person")}


def test_the_authors_own_views_and_a_slammed_door_are_no_sources():
    assert sources("This article represents the views of the author.") == set()
    assert sources("Furious commuters were stranded after bungling city chiefs slammed shut the bridge.") == set()
    assert sources("Trump slammed the report as fake.") == {("Trump", "person")}
    got = sources("Insiders at the authority say engineers privately fear the real cost could be far higher.")
    assert got == {("Insiders at the authority", "anonymous"), ("engineers", "vague")}


def test_a_person_of_an_outlet_named_with_a_plural_possessive():
    got = sources("According to Big League Politics’ Cassandra Fairbanks, an agent revealed that Biden was rude.")
    assert ("Cassandra Fairbanks", "person") in got
    title = "Congress’ Top Cop: House Democratic Caucus Server Vanished In Spy Probe"
    assert ("Top Cop", "person") not in sources(title + "\n\nThe inspector general wrote a memo.", title=title)


def test_the_same_words_quoted_again_in_the_body_count_once():
    title = "Staffer caught on video"
    text = (title + '\n\nSmith said: "None of the programs that people are hoping for would happen."\n\n'
            'The video spread quickly.\n\n"None of the programs that people are hoping for would happen."')
    att = analyse(text, title=title)
    assert len([q for q in att.quotes if q.counts]) == 1
    title = '"None of the programs people want would happen," staffer says'
    att = analyse(title + "\n\n" + 'Smith said: "None of the programs people want would happen."', title=title)
    assert len([q for q in att.quotes if q.counts]) == 2  # a headline repeating a quote counts again
