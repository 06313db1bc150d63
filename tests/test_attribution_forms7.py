"""Open-ended and unnamed groups in the clause shapes news prose puts them
in (session 7). Each sentence was written for this test; the expected
sources are what a reader following ANNOTATION.md would list (section 3:
"critics", "analysts", "economists" with no affiliation are vague; section
8.6: a belief given to a third party counts when its content is given).
Beside each form, the negative case it must not catch."""
import pytest

from .conftest import probe_quote_count, probe_sources

# (text, {(source name without a leading "the", kind)})
PROBES = [
    # stance and admission verbs with a plural subject no word list names
    ("His allies admit that the plan is unworkable.", {("allies", "vague")}),
    ("Even his allies concede the plan is unworkable.", {("his allies", "vague")}),
    ("Most forecasters predicted that the storm would weaken.", {("Most forecasters", "vague")}),
    ("His allies admitted defeat on Monday.", set()),
    # a stance verb with an object and its infinitive as the content
    ("Economists expect inflation to rise next year.", {("Economists", "vague")}),
    ("Critics consider the law to be unconstitutional.", {("Critics", "vague")}),
    ("Most investors expect the central bank to cut rates.", {("Most investors", "vague")}),
    ("Please consider subscribing today to support stories like this one.", set()),
    ("It was a sound he believed was similar to what diplomats heard in Cuba.", set()),
    # a group defined by a restrictive relative clause after an object
    ("The ruling will anger environmental campaigners who argue that the dam will destroy the river.",
     {("environmental campaigners", "vague")}),
    ("The ruling angered farmers who say the court overstepped.", {("farmers", "vague")}),
    ("The ruling angered farmers who grow wheat.", set()),
    # a quantifier and "consider ... to be" in a relative clause
    ("The route, which many consider to be the safest option, is longer.", {("many", "vague")}),
    # a subject with its modifier, then an aside of examples, then the verb
    ("Critics of the plan, including several senators, say it costs too much.",
     {("Critics of the plan", "vague"), ("several senators", "anonymous")}),
    ("Opponents of the measure, among them two former judges, argue it is unconstitutional.",
     {("Opponents of the measure", "vague")}),
    # a dotted abbreviation inside the group's name keeps groups apart
    ("Israeli officials said the strike was justified. U.S. officials said they had not been told.",
     {("Israeli officials", "anonymous"), ("U.S. officials", "anonymous")}),
    ("Two senior U.S. officials, speaking on condition of anonymity to discuss sensitive matters, said the strike was approved.",
     {("Two senior U.S. officials", "anonymous")}),
    # a finding given as a that-clause, by people as well as documents
    ("Investigators found that the pilot had been drinking.", {("Investigators", "anonymous")}),
    ("Dr. Ann Epstein's research found that the effect was large.", {("Ann Epstein's research", "document")}),
    ("Police found the body on Monday.", set()),
    ("Smith found himself alone.", set()),
    # a political camp with its place is one group; a slash joins a joint poll's sponsors
    ("Meanwhile, Republicans on the committee accused Democrats of playing politics.",
     {("Republicans on the committee", "vague")}),
    ("A Reuters/Ipsos poll released on Wednesday showed that 45 percent of Americans approved.",
     {("A Reuters/Ipsos poll released on Wednesday", "document")}),
    # ", alleging that ..." after a clause whose subject is a body with lowercase modifiers
    ("A federal grand jury indicted the former aide on Thursday, alleging that he lied to investigators.",
     {("A federal grand jury", "organisation")}),
    ("This blatant hypocrisy shows the bankruptcy of their claims and reveals their intention to pander.", set()),
    # the tag after a quotation that ran over a paragraph is outside the quote
    ('"I sold him 600 rounds.\n\nI sold him 120 more," Haig said to ABC15.\n\n"I put it in a box.\n\nHe paid me."',
     {("Haig", "person"), ("ABC15", "media")}),
    # verbs of advice, rejoinder and judgement with their content
    ("The CDC recommends that people wear masks indoors.", {("CDC", "organisation")}),
    ("Smith countered that the figures were wrong.", {("Smith", "person")}),
    ("Former Speaker Newt Gingrich concurred, arguing that the sanctions were tough.", {("Newt Gingrich", "person")}),
    ("The court deemed the search illegal.", {("court", "organisation")}),
    ("A Virginia man pleaded guilty to fraud on Monday.", set()),
    ("The plan runs counter to the constitution.", set()),
    ("Critics say the boycott is counter to the constitution.", {("Critics", "vague")}),
    # the subject of "was quick to", "was forced to", "had to" speaks
    ("Twitter users were quick to point out that the photo was fake.", {("Twitter users", "vague")}),
    ("Smith was forced to admit that the photo was fake.", {("Smith", "person")}),
    ("Smith had to admit that the photo was fake.", {("Smith", "person")}),
    ("Americans will be forced to view the attacks as war.", set()),
    ("He was forced to resign.", set()),
    # social-media users, and raised voices with their words
    ('One user wrote: "This is insane."', {("One user", "anonymous")}),
    ("Leftists are screaming that the election was stolen.", {("Leftists", "vague")}),
    ('The gunman shouted, "Death to America."', {("gunman", "anonymous")}),
    ("Protesters yelled at police.", set()),
    # "per X" as "according to X"; a rate has no source
    ("Per the Daily Caller, the agency spent $2 million on furniture.", {("Daily Caller", "media")}),
    ("The agency spent $2 million on furniture, per a report from the inspector general.",
     {("a report from the inspector general", "document")}),
    ("Gas costs $4 per gallon, up from $3 per gallon last year.", set()),
    # "X wants you to believe that ...", "X would have you believe that ..."
    ("The fake news media wants you to believe that the caravan is peaceful.", {("fake news media", "vague")}),
    ("Critics would have you believe that the border is secure.", {("Critics", "vague")}),
    ("I want you to believe that I am honest.", set()),
    # agentless and weasel forms (ANNOTATION.md 3 and 8.7)
    ("Rumor has it that the CEO is leaving.", {("Rumor", "vague")}),
    ("It's being reported that the senator will retire.", {("reported", "vague")}),
    ("Polls show the race is tight.", {("Polls", "vague")}),
    ("Evidence suggests that the fire was set deliberately.", {("Evidence", "vague")}),
    ("Police found no evidence that he lied.", set()),
    # state broadcasters in a closing tag; a plural inverted tag in an aside
    ("Twelve people died, state television reported.", {("state television", "media")}),
    ("The plan, say two officials, is doomed.", {("two officials", "anonymous")}),
    # documents by their kind of record (ANNOTATION.md 3: filings, rulings, data, letters ...)
    ("The autopsy found that the victim died of a gunshot wound.", {("autopsy", "document")}),
    ("Flight logs show that he flew on the plane at least 20 times.", {("Flight logs", "document")}),
    ("The agreement stipulates that troops will withdraw by May.", {("agreement", "document")}),
    ("The book claims that the president was unfit for office.", {("book", "document")}),
    ("He was returned to Guatemala via a charter flight.", set()),
    # a compound noun before its verb is one document, not a speaker and a document
    ("The police report says the suspect fled on foot.", {("police report", "document")}),
    ("The police report that the suspect fled on foot.", {("police", "anonymous")}),
    # bodies whose names read like people's (framing/resources/organisations.txt)
    ("Google said it would appeal the ruling.", {("Google", "organisation")}),
    ("Hamas said the truce was over.", {("Hamas", "organisation")}),
    ("Planned Parenthood said the law would close clinics.", {("Planned Parenthood", "organisation")}),
    ("The target of the attack said nothing about the plan.", set()),
    # "agree" with a content clause and no "that"; an outlet's writer by name
    ("Even liberal law professor Alan Dershowitz agrees the charges are baseless.", {("Alan Dershowitz", "person")}),
    ("The two sides agreed the terms of the deal.", set()),
    ("The Intercept's Glenn Greenwald argued the story was false.", {("Glenn Greenwald", "person")}),
    # "those close to ..." as unnamed insiders; a stance with a bare plural subject clause
    ("Those close to the investigation believe charges are imminent.", {("Those close to the investigation", "anonymous")}),
    ("Analysts fear prices will rise.", {("Analysts", "vague")}),
    ("Those in power fear change.", set()),
    # a headline crediting a document before a colon (ANNOTATION.md 8.13); a label is no source
    ("Report: FBI knew about the plot\n\nThe bureau did not comment.", {("Report", "document")}),
    ("Poll: Most voters oppose the deal\n\nThe survey of 1,000 adults was taken last week.", {("Poll", "document")}),
    ("Analysis: Why the deal failed\n\nThe deal failed in March.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[p[0][:50] for p in PROBES])
def test_group_source_forms(text, expected):
    assert probe_sources(text) == expected


# (text, direct quotes a careful reader counts, ANNOTATION.md section 5)
QUOTE_COUNTS = [
    # a quotation opened mid-paragraph that runs on into the next paragraph,
    # which reopens the quote mark (the newspaper convention)
    ('The embassy said in an email: "A government employee reported sensations of sound.\n\n'
     '"The government is taking these reports seriously."\n\nThey added nothing.', 2),
    # but a closing mark after a comma, with no opening one, opens nothing:
    # two quoted passages, each left open at its paragraph's end
    ('"I sold him 600 rounds.\n\nI sold him 120 more," Haig said to a local station.\n\n"I put it in a box.\n\nHe paid me."', 2),
    # a colon introduces someone's words, however short
    ('His response: "Never."', 1),
    ('The statement read: "We regret the error."', 1),
    # a word cited as a word after a colon stays a scare quote, not a quotation
    ('Note the change: "independent" is replaced by "isolated" in the new text.', 0),
]


@pytest.mark.parametrize(("text", "count"), QUOTE_COUNTS, ids=[q[0][:40] for q in QUOTE_COUNTS])
def test_direct_quote_counts(text, count):
    assert probe_quote_count(text) == count
