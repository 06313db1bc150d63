"""Source forms fixed in session 8. Each sentence was written for this test
(not copied from an article); the expected sources are what a reader
following ANNOTATION.md would list. Beside each form, the negative case it
must not catch."""
import pytest

from .conftest import probe_quote_count, probe_sources

# (text, {(source name without a leading "the", kind)})
PROBES = [
    # an "and" inside one body's name is not two sources (ANNOTATION.md 2)
    ("Customs and Border Protection said the fence would be finished in May.",
     {("Customs and Border Protection", "organisation")}),
    ("The Department of Health and Human Services said on Friday that the rule was withdrawn.",
     {("Department of Health and Human Services", "organisation")}),
    ("Immigration and Customs Enforcement said the man had been deported twice.",
     {("Immigration and Customs Enforcement", "organisation")}),
    ("According to the Food and Drug Administration, the drug is safe.", {("Food and Drug Administration", "organisation")}),
    ("Trump and Congress said they had reached a deal.", {("Trump", "person"), ("Congress", "organisation")}),
    ("Smith and Jones said they were leaving.", {("Smith", "person"), ("Jones", "person")}),
    # the name before a titled appositive is the speaker, not the title
    ("Maria Lopez, Roman Catholic Bishop of Tucson, said the visit was cancelled.", {("Maria Lopez", "person")}),
    ("Newt Gingrich, former Speaker of the House, said the vote was a mistake.", {("Newt Gingrich", "person")}),
    # a verb of perception: the one heard speaking is the source
    ("Delegates heard Merkel in her closing speech condemn the tariffs as reckless.", {("Merkel", "person")}),
    ("Reporters heard Obama say that the deal was done.", {("Obama", "person")}),
    # "See X:" points to other reading; nobody speaks
    ("See Ann Cole's review: \"A Book for the Ages\".", set()),
    # "put" gives content in "as X put it" and a figure "at" a number, not in "put up"
    ("As Wolfe put it, the party was over.", {("Wolfe", "person")}),
    ("The ministry puts the death toll at 312.", {("ministry", "organisation")}),
    ("The Army continues to put up fences along the river.", set()),
    ("Smith put it on the table and left.", set()),
    # "see" is a stance with "that" or "as", not when it is seeing
    ("Many analysts see the deal as a betrayal of the workers.", {("Many analysts", "vague")}),
    ("Could the voters not see the factories closing down?", set()),
    # "the U.S." keeps its last period and stays a body
    ("The U.S. warned Turkey that the strikes had to stop.", {("U.S.", "organisation")}),
    ("Orbán drew criticism from the U.S. State Department for the law.", {("U.S. State Department", "organisation")}),
    # criticism under fire "from X for ..." (not gunfire)
    ("The mayor came under fire last week from teachers for the cuts.", {("teachers", "vague")}),
    ("The convoy came under fire from the hills.", set()),
    # agentless attributions (ANNOTATION.md 8.7)
    ("The storm is expected to reach the coast on Sunday.", {("expected", "vague")}),
    ("We're told the bridge will cost $4 million.", {("told", "vague")}),
    ("The guard said he was told the door had been locked.", {("guard", "organisation"), ("told", "vague")}),
    ("Parents have been told about the new fees.", set()),
    ("The crew was told to skip the checks, according to the foreman.", {("foreman", "anonymous")}),
    ("The abuse has been documented for decades.", {("documented", "vague")}),
    ("The well, according to legend, never runs dry.", {("legend", "vague")}),
    ("It's been reported that the mine will close.", {("reported", "vague")}),
    # "Here's X explaining:" and "(ACRONYM), which writes:" introduce the words
    ("Here's Time's Ana Ruiz explaining: \"The vote was never close.\"", {("Ana Ruiz", "person")}),
    ("The best answer comes from the American Bar Association (ABA), which writes: \"Judges must be impartial.\"",
     {("American Bar Association", "organisation")}),
    # words shouted "while shouting, '...'" are the subject's
    ("The man attacked two guards while shouting, \"You will pay.\"", {("man", "anonymous")}),
    ("A Dutch farmer said the quota would ruin him.", {("A Dutch farmer", "anonymous")}),
    ("He ran off while shouting at the police.", set()),
    # a time phrase between the subject and its verb
    ("Administration officials at the time assured lawmakers that no license would be issued.",
     {("Administration officials", "anonymous")}),
    # "penned" a letter with its content, not a novel
    ("Four senators penned a letter to the agency demanding that the files be released.", {("Four senators", "anonymous")}),
    ("Smith penned a novel about the war.", set()),
    # "X is heard telling ..." gives the subject's words
    ("On the tape, the pilot is heard telling the tower that an engine had failed.", {("pilot", "anonymous")}),
    ("On the tape, one of the guards is heard telling the driver to stop.", {("guards", "anonymous")}),
    # "appeal" counts with its content ("to X to ...", "for ..."), not a court appeal
    ("The bishop appealed to the faithful to stay calm.", {("bishop", "organisation")}),
    ("The mayor appealed for calm.", {("mayor", "organisation")}),
    ("Smith appealed the ruling.", set()),
    # a time phrase between the auxiliary and the verb
    ("Senator Reed has in the past argued that the base should close.", {("Reed", "person")}),
    # "own" between the owner and the noun; "being considered" with no view given
    ("The row grew over Bishop Amos Hale's own criticism of the plan.", {("Amos Hale", "person")}),
    ("Similar steps are being considered, also in Austria.", set()),
    # agentless judgements, requests and announcements (ANNOTATION.md 8.7)
    ("The nurse was hailed as a hero in her town.", {("hailed", "vague")}),
    ("Staff were asked to stay home on Friday.", {("asked", "vague")}),
    ("He was asked about the plan.", set()),
    ("It was announced that the plant would close.", {("announced", "vague")}),
    ("He was quoted as saying the deal was dead.", set()),
    # a scripture reference right after a quotation is the quotation's source, not a proof-text after a claim
    ("\"Whoever is not with me is against me.\" (Matthew 12:30)", {("Matthew 12:30", "document")}),
    ("The poor will always be with us (Matthew 26:11).", set()),
    ("The meeting (Room 10:30) was moved.", set()),
    # a document whose content follows in a participle; a numbered law; a plural possessive owning a body
    ("The family received a letter demanding that the house be sold.", {("a letter", "document")}),
    ("Section 230 states that no provider shall be treated as the publisher.", {("Section 230", "document")}),
    ("The Jenkins Brothers’ company said the claims were false.", {("Jenkins Brothers’ company", "organisation")}),
    # discourse markers and headline labels are no one
    ("Having said that, voters cannot choose well without facts.", set()),
    ("That said, the plan is sound.", set()),
    ("PROOF: The Agency Failed To Count One Victim", set()),
    # a body named again by the first words of its full name is one source
    ("Acme Mining said the mine was safe. Acme Mining International, its owner, says inspectors were wrong.",
     {("Acme Mining International", "organisation")}),
]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[p[0][:50] for p in PROBES])
def test_source_forms8(text, expected):
    assert probe_sources(text) == expected


# (text, direct quotes a careful reader counts, ANNOTATION.md section 5)
QUOTE_COUNTS = [
    # a capitalised phrase shouted right after the verb is the shouter's words, not a slogan cited
    ('Omar Khan stabbed two men while shouting, "Death To Traitors."', 1),
    ('The crowd chanted the slogan "Make America Great Again" at the rally.', 0),
    # the speaker's words quoted again later, closing a clause, are a partial quote of the speaker, not a scare quote
    ('The aide called Florida a "cracker state" in the video. Critics said the campaign never disowned "cracker state."', 2),
    # a label before its noun stays a scare quote however often it is repeated
    ('Kobach said "red flag" laws were dangerous. The bill passed in March. Three states passed "red flag" laws this year.', 1),
    # a show named right after "told" is the audience, not words
    ('The mayor told "Fox & Friends" that the plan would work.', 0),
]


@pytest.mark.parametrize(("text", "count"), QUOTE_COUNTS, ids=[q[0][:40] for q in QUOTE_COUNTS])
def test_direct_quote_counts8(text, count):
    assert probe_quote_count(text) == count
