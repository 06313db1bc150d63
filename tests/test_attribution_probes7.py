"""Attribution probes of the seventh round: sentences written for this test in
the forms journalists use (wire copy, mainstream papers, partisan blogs), none
taken from an article, each with the sources a careful reader following
ANNOTATION.md would list, or none. They cover forms the earlier probe files
do not: fronted clauses and adverbials before the speaker, relative clauses
and long appositives after him, "was quoted as saying", posts and tweets,
figures, data, polls and studies with their makers, court papers, letters and
testimony, agentless attribution, spokespeople filed under their body,
officials tied to a place or body, headline speakers, inverted quote tags,
pronouns, lists of speakers and outlets heard by a speaker; and the
actor-only sentences next to them that have no source."""
import re

import pytest

from framing import score_text

from .conftest import probe_sources


def _norm(name: str) -> str:
    """A name as the benchmark compares it: lower case, no possessive, no
    leading article, no punctuation."""
    s = re.sub(r"['’]s\b", "", name.lower())
    s = re.sub(r"[^\w\s-]", " ", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return " ".join(s.split())


def _same(expected: str, found: str) -> bool:
    """One source named as written: equal, or one name holding the other
    ("reports" for "According to reports")."""
    e, f = _norm(expected), _norm(found)
    return e == f or (len(f) >= 3 and f in e) or (len(e) >= 3 and e in f)


def _matches(found: set[tuple[str, str]], expected: set[tuple[str, str]]) -> bool:
    if len(found) != len(expected):
        return False
    left = list(found)
    for name, kind in expected:
        hit = next((f for f in left if f[1] == kind and _same(name, f[0])), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (text, {(source name as written, kind)})
KNOWN = [
    # bodies whose names end in a common word
    ("Amnesty International said the arrests were arbitrary.", {("Amnesty International", "organisation")}),
    ("Human Rights Watch documented dozens of killings by the militia.", {("Human Rights Watch", "organisation")}),
    ("Human Rights Watch said the strikes were unlawful.", {("Human Rights Watch", "organisation")}),
    ("The Innocence Project said the conviction rested on a false confession.", {("Innocence Project", "organisation")}),
    ("Judicial Watch Senior Investigator Bill Marshall said the records were missing.", {("Bill Marshall", "person")}),
    ("Judicial Watch President Tom Fitton said the emails had been deleted.", {("Tom Fitton", "person")}),
    # names that hold a month or a modal
    ("British Prime Minister Theresa May said Brexit means Brexit.", {("Theresa May", "person")}),
    ("Theresa May said on Tuesday that talks would go on. May added that she was confident.", {("Theresa May", "person")}),
    ("Vice President Mike Pence said the talks had failed.", {("Mike Pence", "person")}),
    ("Will Hurd said the wall would not work.", {("Will Hurd", "person")}),
    ("Rep. Will Hurd, a Texas Republican, said the wall would not work.", {("Will Hurd", "person")}),
    ("White House correspondent April Ryan said the briefing had been cancelled.", {("April Ryan", "person")}),
    ("April Ryan said the briefing had been cancelled.", {("April Ryan", "person")}),
    ("Sen. Rand Paul said the bill was flawed.", {("Rand Paul", "person")}),
    ("Sen. Mark Warner said the report was damning.", {("Mark Warner", "person")}),
    ("Bill Gates said vaccines save lives.", {("Bill Gates", "person")}),
    ("In May officials said the plan was dead.", {("officials", "anonymous")}),
    ("In May, Trump said the deal was terrible.", {("Trump", "person")}),
    ("In May the council said it would review the plan.", {("council", "organisation")}),
    ("Will Trump say the deal is dead?", set()),
    ("Officials may announce the results in May.", set()),
    # polls and data named with their makers
    ("A poll conducted by Gallup found that 40 percent of Americans approve.", {("A poll conducted by Gallup", "document")}),
    ("A Gallup poll found that 40 percent of Americans approve.", {("Gallup poll", "document")}),
    ("A survey conducted by the Pew Research Center found that most voters were undecided.",
     {("survey conducted by the Pew Research Center", "document")}),
    ("A study commissioned by the Pentagon concluded that the base was unsafe.", {("study commissioned by the Pentagon", "document")}),
    ("Data from the Bureau of Labor Statistics show unemployment fell to 3.5 percent.",
     {("Data from the Bureau of Labor Statistics", "document")}),
    ("New data show that unemployment fell.", {("New data", "document")}),
    # rumours that circulate (ANNOTATION.md 8.7)
    ("Rumors swirled that the company was preparing layoffs.", {("Rumors", "vague")}),
    ("Rumors circulated for weeks that the mayor would resign.", {("Rumors", "vague")}),
    ("Speculation mounted that the minister would quit.", {("Speculation", "vague")}),
    ("Rumors swirled about the company.", set()),
    # an outlet where the speaker spoke, in an opening participle (ANNOTATION.md 8.8)
    ("Speaking on Fox News, the senator said the bill was dead.", {("Fox News", "media"), ("senator", "anonymous")}),
    pytest.param("Speaking to CNN, Smith said the bill was dead.", {("CNN", "media"), ("Smith", "person")},
                 marks=_xfail("an outlet spoken to in an opening participle is left out: on the development sets it was the article's own paper, uncredited")),
    ("Appearing on CNN's State of the Union, Sen. Chris Murphy said the votes were there.", {("CNN", "media"), ("Chris Murphy", "person")}),
    ("Smith said on NBC's Meet the Press that the bill was dead.", {("NBC", "media"), ("Smith", "person")}),
    ("Speaking on Monday, Smith said the bill was dead.", {("Smith", "person")}),
]

PROBES = [
    # fronted subordinate clauses and adverbials before the speaker
    ("When asked about the delay, Governor Ann Pruitt said the state had run out of money.", {("Ann Pruitt", "person")}),
    ("After the vote on Tuesday, Sen. Tom Harkin told reporters that the bill would pass.", {("Tom Harkin", "person")}),
    ("Although the plant reopened last year, union leader Maria Lopez warned that more layoffs were coming.", {("Maria Lopez", "person")}),
    ("In a statement released Monday, the Justice Department said it would appeal the ruling.", {("Justice Department", "organisation")}),
    ("Earlier this week, the Boeing Company announced that it would cut 500 jobs.", {("Boeing Company", "organisation")}),
    ("On Thursday, a spokesman for the Pentagon said the strike had killed three militants.", {("spokesman for the Pentagon", "organisation")}),
    ("Citing security concerns, the U.S. Embassy said it would close on Friday.", {("U.S. Embassy", "organisation")}),
    ("Despite the protests, Prime Minister Justin Trudeau insisted that the pipeline would be built.", {("Justin Trudeau", "person")}),
    ("As the storm approached, the National Weather Service warned that the surge could reach ten feet.",
     {("National Weather Service", "organisation")}),
    ("Because the audit is ongoing, the inspector general declined to comment.", set()),
    ("If the deal collapses, analysts say, prices will rise.", {("analysts", "vague")}),
    ("Speaking at a rally in Ohio, Trump claimed that the election had been stolen.", {("Trump", "person")}),
    ("Speaking to reporters on Air Force One, Trump said he would sign the bill.", {("Trump", "person")}),
    ("Testifying before the Senate, Secretary of State Antony Blinken said the withdrawal had been planned.", {("Antony Blinken", "person")}),
    # "X, who ..., said" and long appositives
    ("Maria Gonzalez, who has lived on the street for 40 years, said the noise had become unbearable.", {("Maria Gonzalez", "person")}),
    ("The senator, who chairs the intelligence committee, said the report was incomplete.", {("senator", "anonymous")}),
    ("Dr. Alan Brooks, who treated several of the victims, told the Associated Press that most had burns.",
     {("Alan Brooks", "person"), ("Associated Press", "media")}),
    ("The agency, which oversees nuclear safety, said the plant posed no risk.", {("agency", "organisation")}),
    ("Cole, whose company builds the turbines, argued that the subsidy was needed.", {("Cole", "person")}),
    ("Jane Whitmore, a 54-year-old nurse from Dayton who has worked at the hospital since 1995, said staffing was at a breaking point.",
     {("Jane Whitmore", "person")}),
    ("Rajesh Patel, the chief economist at the Brookings Institution, said inflation would ease.", {("Rajesh Patel", "person")}),
    ('"The election was stolen," said Ahmed Karim, a former interior minister who now leads the opposition.', {("Ahmed Karim", "person")}),
    ("Stoltenberg, speaking in Brussels, said the alliance would respond.", {("Stoltenberg", "person")}),
    ("A lawyer for the family, Ben Crump, said the video contradicted the police account.", {("Ben Crump", "person")}),
    ("Crump, the family's attorney, said the officers should be charged.", {("Crump", "person")}),
    ("His attorney, Mark Geragos, said the charges were baseless.", {("Mark Geragos", "person")}),
    # quoted as saying
    ("A cabinet minister was quoted as saying that the border would stay closed.", {("cabinet minister", "anonymous")}),
    ("Putin was quoted by the Interfax news agency as saying that the talks had stalled.",
     {("Putin", "person"), ("Interfax news agency", "media")}),
    ("Smith was quoted in The Times as saying the decision was political.", {("Smith", "person"), ("The Times", "media")}),
    # tweets and posts
    ("In a tweet on Sunday, Rep. Ilhan Omar said the policy was cruel.", {("Ilhan Omar", "person")}),
    ("Musk wrote on X that the company would move its headquarters.", {("Musk", "person")}),
    ("Trump posted on Truth Social that the verdict was a disgrace.", {("Trump", "person")}),
    ("Ocasio-Cortez tweeted that the bill was a giveaway to the rich.", {("Ocasio-Cortez", "person")}),
    ("In a Facebook post, the Polk County Sheriff's Office said the suspect was armed.", {("Polk County Sheriff's Office", "organisation")}),
    ("Governor Phil Scott wrote on Facebook that schools would reopen Monday.", {("Phil Scott", "person")}),
    # figures, data, polls, surveys and studies
    ("According to figures released by the Home Office, arrests rose by 12 percent.", {("figures released by the Home Office", "document")}),
    ("According to court documents, the suspect bought the rifle in May.", {("court documents", "document")}),
    ("According to data compiled by the Federal Reserve, household debt reached a record.",
     {("data compiled by the Federal Reserve", "document")}),
    ("According to the latest figures, 300 people have died.", {("latest figures", "document")}),
    ("A survey by the Pew Research Center found that most adults distrust the news.", {("survey by the Pew Research Center", "document")}),
    ("A study published in the journal Nature found that the ice sheet was melting faster.",
     {("study published in the journal Nature", "document")}),
    ("A 2019 study by researchers at Stanford University concluded that the program worked.",
     {("2019 study by researchers at Stanford University", "document")}),
    ("Studies have shown that the drug reduces deaths.", {("Studies", "vague")}),
    ("Government statistics show that crime has fallen.", {("Government statistics", "document")}),
    ("The census showed that the city's population had shrunk.", {("census", "document")}),
    ("An internal review found no evidence of wrongdoing.", {("internal review", "document")}),
    ("Satellite images show that the base was destroyed.", {("Satellite images", "document")}),
    ("Emails released by the committee reveal that the director knew of the plan.", {("Emails released by the committee", "document")}),
    ("The autopsy report concluded that the man died of a heart attack.", {("autopsy report", "document")}),
    ("The Federal Reserve's latest survey found that wages rose.", {("Federal Reserve's latest survey", "document")}),
    ("The report, released Tuesday by the Government Accountability Office, found that the program wasted $1 billion.", {("report", "document")}),
    ("The Congressional Budget Office estimated that the bill would cost $1.5 trillion.", {("Congressional Budget Office", "organisation")}),
    # court papers
    ("The indictment alleges that the men laundered $3 million.", {("indictment", "document")}),
    ("Court filings show that the company owed $2 million in back taxes.", {("Court filings", "document")}),
    ("According to the complaint, the officer struck the man twice.", {("complaint", "document")}),
    ("The lawsuit claims that the school ignored repeated warnings.", {("lawsuit", "document")}),
    ("Prosecutors allege that Hanson took bribes.", {("Prosecutors", "anonymous")}),
    ("The judge ruled that the evidence was inadmissible.", {("judge", "anonymous")}),
    ("In a 40-page ruling, U.S. District Judge Amy Berman Jackson wrote that the order was unlawful.", {("Amy Berman Jackson", "person")}),
    ("A federal appeals court ruled on Friday that the ban could not be enforced.", {("federal appeals court", "organisation")}),
    ("The Supreme Court ruled 6-3 that the law was constitutional.", {("Supreme Court", "organisation")}),
    ("The ruling, which found that the map was gerrymandered, was appealed.", {("ruling", "document")}),
    # letters and testimony
    ("In a letter to Congress, the attorney general said the report would be released.", {("attorney general", "organisation")}),
    ("In a letter to shareholders, Chief Executive Tim Cook wrote that sales had slowed.", {("Tim Cook", "person")}),
    ("Twenty senators wrote in a letter that the sale should be blocked.", {("Twenty senators", "anonymous")}),
    ("Wray told lawmakers that the bureau had no evidence of fraud.", {("Wray", "person")}),
    ("The former ambassador testified that she had been pressured to resign.", {("former ambassador", "anonymous")}),
    ("Fauci told a Senate panel that the virus was far from contained.", {("Fauci", "person")}),
    # agentless attribution (ANNOTATION.md 8.7)
    ("The suspect is said to have fled the country.", {("is said to", "vague")}),
    ("The company reportedly plans to close three factories.", {("reportedly", "vague")}),
    ("The gunman allegedly fired 30 rounds.", {("allegedly", "vague")}),
    ("It was reported that the minister had resigned.", {("It was reported", "vague")}),
    ("It is widely believed that the election was rigged.", {("It is widely believed", "vague")}),
    ("The hackers are believed to be based in Russia.", {("are believed to", "vague")}),
    ("According to reports, the prince was detained at the airport.", {("reports", "vague")}),
    ("Media reports said the ship had been seized.", {("Media reports", "vague")}),
    # spokespeople, filed under their body (ANNOTATION.md 2)
    ("A spokeswoman for Amazon said the company was reviewing the claims.", {("spokeswoman for Amazon", "organisation")}),
    ("An FBI spokesman declined to comment.", set()),
    ("A Kremlin spokesman said the talks were useful.", {("Kremlin spokesman", "organisation")}),
    ("A spokesperson for the Department of Homeland Security said the policy had not changed.",
     {("spokesperson for the Department of Homeland Security", "organisation")}),
    ("Google spokesman Jose Castaneda said the company disagreed with the ruling.", {("Jose Castaneda", "person")}),
    ("A Foreign Office spokesman said the ambassador had been summoned.", {("Foreign Office spokesman", "organisation")}),
    # officials, authorities and police
    ("U.S. officials said the drone was shot down over international waters.", {("U.S. officials", "anonymous")}),
    ("Pentagon officials said the exercise would go ahead.", {("Pentagon officials", "anonymous")}),
    ("Turkish authorities said the journalist had died in a fight.", {("Turkish authorities", "organisation")}),
    ("Chicago police said the shooting was gang-related.", {("Chicago police", "organisation")}),
    ("A senior administration official, speaking on condition of anonymity, said the plan was dead.",
     {("senior administration official", "anonymous")}),
    ("Two people familiar with the negotiations said a deal was close.", {("Two people familiar with the negotiations", "anonymous")}),
    ("A source close to the prince told the newspaper that he was furious.", {("source close to the prince", "anonymous")}),
    ("Sources told CNN that the director would resign.", {("Sources", "anonymous"), ("CNN", "media")}),
    ("A source familiar with the investigation told Reuters the suspect had been identified.",
     {("source familiar with the investigation", "anonymous"), ("Reuters", "media")}),
    ("Several Democratic senators have said they will oppose the nominee.", {("Several Democratic senators", "anonymous")}),
    ("Witnesses told police that the car sped away.", {("Witnesses", "anonymous")}),
    ("One witness, who asked not to be named, said she heard three shots.", {("One witness", "anonymous")}),
    ("The family's lawyer said the officers should be charged.", {("family's lawyer", "anonymous")}),
    ("The victim's mother told WSB-TV that her son was a good man.", {("victim's mother", "anonymous"), ("WSB-TV", "media")}),
    # governments, bodies and their offices
    ("The governor's office said in an email that the order would stand.", {("governor's office", "organisation")}),
    ("The State Department confirmed that two Americans were among the dead.", {("State Department", "organisation")}),
    ("China's foreign ministry said the sanctions were illegal.", {("China's foreign ministry", "organisation")}),
    ("The Vatican said in a communique that the pope would travel to Iraq.", {("Vatican", "organisation")}),
    ("Israel's military said its jets struck 40 targets.", {("Israel's military", "organisation")}),
    ("The Israeli army said the soldier had been killed.", {("Israeli army", "organisation")}),
    pytest.param("Downing Street said the prime minister had full confidence in the chancellor.", {("Downing Street", "organisation")},
                 marks=_xfail("a place that stands for a government (Downing Street, Foggy Bottom) needs a list of such names; taken for a person")),
    ("The union representing the workers said the offer was an insult.", {("union representing the workers", "organisation")}),
    ("The Republican National Committee said the ad was false.", {("Republican National Committee", "organisation")}),
    ("Hamas said in a statement that the truce had ended.", {("Hamas", "organisation")}),  # framing/resources/organisations.txt
    ("Microsoft Corp. said in a statement that it had fixed the flaw.", {("Microsoft Corp.", "organisation")}),
    pytest.param("House Republicans said in a joint statement that the vote was rigged.", {("House Republicans", "organisation")},
                 marks=_xfail("a camp acting as a body through a joint statement (ANNOTATION.md 3) is still classed by its noun, vague")),
    # titled people and party tags
    ("NATO Secretary General Jens Stoltenberg warned that Russia was rearming.", {("Jens Stoltenberg", "person")}),
    ("Gov. Greg Abbott (R) said the state would sue.", {("Greg Abbott", "person")}),
    ("Rep. Jim Jordan, R-Ohio, said the FBI had lied.", {("Jim Jordan", "person")}),
    ("Senate Majority Leader Chuck Schumer (D-N.Y.) called the plan a disgrace.", {("Chuck Schumer", "person")}),
    ("Lopez added that the city would appeal.", {("Lopez", "person")}),
    # headlines "Speaker: ..." (ANNOTATION.md 8.13)
    ("Pelosi: Impeachment is not off the table\nHouse Speaker Nancy Pelosi said Tuesday that impeachment remained possible.",
     {("Nancy Pelosi", "person")}),
    ("Merkel: Europe must take its fate into its own hands\nChancellor Angela Merkel told a rally in Munich that Europe could no longer rely on others.",
     {("Angela Merkel", "person")}),
    # quotes with the tag after them, inverted or not, and pronouns
    ('"We are not going anywhere," said Mayor Lori Lightfoot.', {("Lori Lightfoot", "person")}),
    ('"This is a sad day for the city," Lightfoot said at a news conference. "We will rebuild."', {("Lightfoot", "person")}),
    ('"The vote is rigged," insisted Thomas Reid, a local activist.', {("Thomas Reid", "person")}),
    ('"Nobody told us anything," one resident said.', {("one resident", "anonymous")}),
    ('"It\'s a disaster," a senior Republican aide said.', {("senior Republican aide", "anonymous")}),
    ("Senator Maria Cantwell visited the plant on Monday. She said the jobs would stay.", {("Maria Cantwell", "person")}),
    ("The mayor met Jane Ortiz, the head of the union. She said the strike would continue.", {("Jane Ortiz", "person")}),
    # lists of speakers
    ("Democrats, labor unions and environmental groups said the bill did not go far enough.",  # unnamed bodies: anonymous, as the annotators file "intelligence agencies"
     {("Democrats", "vague"), ("labor unions", "anonymous"), ("environmental groups", "vague")}),
    # vague groups
    ("Experts warn that the dam could fail.", {("Experts", "vague")}),
    ("Many economists believe that a recession is coming.", {("Many economists", "vague")}),
    ("Some critics have argued that the tax cut favours the rich.", {("Some critics", "vague")}),
    ("Supporters of the plan say it will create jobs.", {("Supporters of the plan", "vague")}),
    ("Opponents argue that the wall is a waste of money.", {("Opponents", "vague")}),
    ("Environmental groups have warned that the pipeline threatens the river.", {("Environmental groups", "vague")}),
    ("Scientists say the coral is dying.", {("Scientists", "vague")}),
    ("Human rights groups accused the army of torture.", {("Human rights groups", "vague")}),
    ("Conservatives have long argued that the agency is biased.", {("Conservatives", "vague")}),
    ("Critics of the mayor said the plan was rushed.", {("Critics of the mayor", "vague")}),
    # outlets cited as reporting
    ("The Washington Post reported on Friday that the FBI had opened an inquiry.", {("Washington Post", "media")}),
    ("As first reported by Politico, the White House is weighing a tariff.", {("Politico", "media")}),
    ("The New York Times, citing three officials, reported that the talks had collapsed.",
     {("New York Times", "media"), ("three officials", "anonymous")}),
    ("Breitbart News reported that the migrants had crossed illegally.", {("Breitbart News", "media")}),
    ("According to a report in The Guardian, the firm paid no tax.", {("The Guardian", "media")}),
    ("Reuters reported, citing sources, that the bank would be sold.", {("Reuters", "media"), ("sources", "anonymous")}),
    ("In an interview with The Wall Street Journal, Dimon said the bank would not raise fees.",
     {("Wall Street Journal", "media"), ("Dimon", "person")}),
    ("Kelly told Fox News that the border was secure.", {("Kelly", "person"), ("Fox News", "media")}),
    # tags set off inside the sentence, statements and posts of bodies and people
    ("The attack, police said, was planned for months.", {("police", "anonymous")}),
    ("It remains unclear, officials said, whether the plane was shot down.", {("officials", "anonymous")}),
    ("The plan, according to two officials briefed on it, would cut aid.", {("two officials briefed on it", "anonymous")}),
    ("The FBI said in a news release that the suspect had been arrested.", {("FBI", "organisation")}),
    ("The nonprofit group Common Cause said the maps were illegal.", {("Common Cause", "organisation")}),
    ("Trump said in a Truth Social post that the trial was rigged.", {("Trump", "person")}),
    ("The company, in a statement, denied wrongdoing.", {("company", "organisation")}),
    ("Analysts at Goldman Sachs predicted that rates would fall.", {("Analysts at Goldman Sachs", "anonymous")}),
    ("Writing on his blog, Smith claimed the vote was rigged.", {("Smith", "person")}),
    # a second batch: officials with a place, papers obtained or unsealed, outlets' writers, camps
    ("Officials in Texas said the fire was contained.", {("Officials in Texas", "anonymous")}),
    ("Israeli officials said the strike targeted a weapons depot.", {("Israeli officials", "anonymous")}),
    ("According to records obtained by ProPublica, the firm paid no tax.", {("records obtained by ProPublica", "document")}),
    ("A report by the Senate Intelligence Committee concluded that Russia interfered.",
     {("report by the Senate Intelligence Committee", "document")}),
    ("In a report released Thursday, the inspector general found that agents had misled the court.", {("inspector general", "organisation")}),
    ("A Justice Department spokeswoman declined to comment on the report.", set()),
    ("The State Department's spokesman, Ned Price, told reporters that the talks were over.", {("Ned Price", "person")}),
    ("Biden, speaking at the White House, said the economy was strong.", {("Biden", "person")}),
    ('"We will not back down," Zelensky said in a video address. "Ukraine will win."', {("Zelensky", "person")}),
    ('"It was chaos," said one officer, who was not authorized to speak publicly.', {("one officer", "anonymous")}),
    ('Jane Smith, 45, left early. "I do not know," she told the Guardian.', {("Jane Smith", "person"), ("Guardian", "media")}),
    ("Asked about the allegations, Gaetz said they were false.", {("Gaetz", "person")}),
    ("As Reuters first reported, the company is weighing a sale.", {("Reuters", "media")}),
    ("Fox News host Tucker Carlson said the war was a mistake.", {("Tucker Carlson", "person")}),
    ("CNN's Jake Tapper asked whether the plan would work.", {("Jake Tapper", "person")}),
    ("The Daily Wire's Ben Shapiro argued that the law was unconstitutional.", {("Ben Shapiro", "person")}),
    ("The New York Times' Maggie Haberman reported that Trump was furious.", {("Maggie Haberman", "person")}),
    ("Per a Washington Post report, the agency lost the files.", {("Washington Post report", "document")}),
    ("The agency lost the files, per court documents.", {("court documents", "document")}),
    ("Prices rose 5 per cent.", set()),
    ("Citing unnamed sources, Bloomberg reported that the deal was off.", {("Bloomberg", "media"), ("unnamed sources", "anonymous")}),
    ("Writing for National Review, Rich Lowry argued that the tax was a mistake.", {("Rich Lowry", "person")}),
    ("In an op-ed for The Hill, Smith wrote that the ban would fail.", {("The Hill", "media"), ("Smith", "person")}),
    ("The lawsuit, filed in federal court in Miami, alleges that the company defrauded customers.", {("lawsuit", "document")}),
    ("A criminal complaint unsealed Tuesday charges that the men plotted to kidnap the governor.",
     {("criminal complaint unsealed Tuesday", "document")}),
    ("Newly released emails show that the aide knew of the plan.", {("Newly released emails", "document")}),
    ("Prosecutors said in court papers that Smith had fled.", {("Prosecutors", "anonymous")}),
    ("Smith's lawyer, Ann Hale, said her client was innocent.", {("Ann Hale", "person")}),
    ("A Quinnipiac University poll released Wednesday found that Biden led by 5 points.",
     {("Quinnipiac University poll released Wednesday", "document")}),
    ("Research by the Urban Institute found that rents rose.", {("Research by the Urban Institute", "document")}),
    ("Analysts expect the merger to close next year.", {("Analysts", "vague")}),
    ("The left insists that the border is secure.", {("left", "vague")}),
    ("Many on the right believe the election was stolen.", {("Many on the right", "vague")}),
    ("Environmentalists fear that the pipeline will leak.", {("Environmentalists", "vague")}),
    ("Critics charge that the program is a waste.", {("Critics", "vague")}),
    # nominal claims
    ("Trump's claim that millions voted illegally has been debunked.", {("Trump", "person")}),
    ("The defense minister's insistence that the economy is strong rang hollow.", {("defense minister", "organisation")}),
    ("The company's claim that the water was safe was false.", {("company", "organisation")}),
    # actors, speech without content, things that are not sources
    ("The senator spoke at a rally in Ohio on Tuesday.", set()),
    ("Trump signed the order on Friday.", set()),
    ("The company declined to comment.", set()),
    ("The Senate voted 52-48 to confirm the nominee.", set()),
    ("The report is due next month.", set()),
    ("In May, the river flooded the town.", set()),
    ("She met reporters outside the courthouse.", set()),
    ("The study will take three years to complete.", set()),
    ("Rumors are part of every campaign.", set()),
    ("The poll closed at 8 p.m.", set()),
    ("Human Rights Watch was founded in 1978.", set()),
    ("Nadler's office did not respond to a request for comment.", set()),
    ("The White House did not immediately respond to requests for comment.", set()),
]


def _id(p) -> str:
    return (p.values[0] if hasattr(p, "values") else p[0])[:50]


@pytest.mark.parametrize(("text", "expected"), KNOWN + PROBES, ids=[_id(p) for p in KNOWN + PROBES])
def test_probe7_sources(text, expected):
    found = probe_sources(text)
    assert _matches(found, expected), found


def test_a_quote_that_opens_its_sentence_and_is_tagged_is_direct():
    quotes = score_text('"It is over," said José Martínez, a spokesman.').quotes
    assert [(q["text"], q["type"], q["source"]) for q in quotes] == [('"It is over,"', "direct", "José Martínez")]
    # a quote inside the sentence stays partial
    quotes = score_text('The senator said the bill was "dead on arrival" and walked out.').quotes
    assert [q["type"] for q in quotes] == ["partial"]


@pytest.mark.parametrize("name", ["Theresa May", "Mike Pence", "Will Hurd", "April Ryan", "Rand Paul", "Mark Warner", "Bill Gates"])
def test_a_name_holding_a_month_or_modal_stays_whole(name):
    assert probe_sources(f"Earlier, {name} said the plan would fail.") == {(name, "person")}
    assert probe_sources(f"{name} said the plan would fail.") == {(name, "person")}
