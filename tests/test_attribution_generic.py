"""Generic attribution constructions: short sentences written for this test,
not taken from any annotated article, each with the sources a reader following
ANNOTATION.md would list (or none). They guard against rules that only fit
the wording of the annotated sets."""
import pytest

from .conftest import probe_sources

MENENDEZ = "Sen. Robert Menendez spoke in Trenton. "
COLE = "Mayor Ann Cole spoke on Monday. "

# (text, {(source name without a leading "the", kind)})
PROBES = [
    # inverted tags after a quote, every common communication verb
    ('"Will we win?" asked Menendez.', {("Menendez", "person")}),
    (MENENDEZ + '"Will we win?" he asked.', {("Robert Menendez", "person")}),
    (COLE + '"Will we win?" she asked.', {("Ann Cole", "person")}),
    ('"We will win," asked Menendez.', {("Menendez", "person")}),
    ('"Why would anyone want a plastic gun?" asked Sen. Robert Menendez (D-N.J.).', {("Robert Menendez", "person")}),
    ('"It is over," replied Karen Bass.', {("Karen Bass", "person")}),
    ('"And it will stay closed," added Karen Bass.', {("Karen Bass", "person")}),
    ('"The plan failed," wrote Karen Bass in a memo.', {("Karen Bass", "person")}),
    ('"We had no choice," explained Karen Bass.', {("Karen Bass", "person")}),
    ('"There is more to do," continued Karen Bass.', {("Karen Bass", "person")}),
    ('"We were young then," recalled Karen Bass.', {("Karen Bass", "person")}),
    ('"We did nothing wrong," insisted Karen Bass.', {("Karen Bass", "person")}),
    ('"It is over," Karen Bass replied.', {("Karen Bass", "person")}),
    (COLE + '"It is over," she replied.', {("Ann Cole", "person")}),
    (COLE + '"We had no choice," she explained.', {("Ann Cole", "person")}),
    ('"The vote is today," Karen Bass told reporters.', {("Karen Bass", "person")}),
    ('"Is it safe?" asked a firefighter.', {("a firefighter", "anonymous")}),
    ('"It is safe," replied the inspector.', {("inspector", "anonymous")}),
    # subjects whose head noun is not in the word lists
    ("A firefighter said crews had been begging for equipment.", {("A firefighter", "anonymous")}),
    ("A firefighter told reporters that the roof had collapsed.", {("A firefighter", "anonymous")}),
    ("A machinist said there is no other employer nearby.", {("A machinist", "anonymous")}),
    ("One machinist said there is no other employer nearby.", {("One machinist", "anonymous")}),
    ("A retired machinist says the plant was the heart of the town.", {("A retired machinist", "anonymous")}),
    ("The bartender said the men left before midnight.", {("bartender", "anonymous")}),
    ("A cyclist who saw the crash said the driver ran the light.", {("A cyclist who saw the crash", "anonymous")}),
    ("The zoo says it has already repaired the fence.", {("zoo", "organisation")}),
    ("The museum said it would reopen in May.", {("museum", "organisation")}),
    ("The Valemouth Museum of Maritime History reopened on Wednesday, the museum said.", {("Valemouth Museum of Maritime History", "organisation")}),
    ("Smith visited the Bronx Zoo on Monday. The zoo said the otters are healthy.", {("Bronx Zoo", "organisation")}),
    ("The charity said donations had fallen by half.", {("charity", "organisation")}),
    ("The aquarium says the otters are healthy.", {("aquarium", "organisation")}),
    ("The hospital said two patients were in critical condition.", {("hospital", "organisation")}),
    ("The museum announced that it would close.", {("museum", "organisation")}),
    ("Her landlord told her the rent would rise.", {("Her landlord", "anonymous")}),
    ("The hotel guest in the room next to his said she heard drilling.", {("hotel guest in the room next to his", "anonymous")}),
    ("A neighbour of the family said the boy was quiet.", {("A neighbour of the family", "anonymous")}),
    ("A firefighter, who asked not to be named, said crews had been begging for equipment.", {("A firefighter", "anonymous")}),
    ("The firefighter, 34, said crews had been begging.", {("firefighter", "anonymous")}),
    ("Two firefighters said crews had been begging for equipment.", {("Two firefighters", "anonymous")}),
    ("Many firefighters say the cuts are dangerous.", {("Many firefighters", "vague")}),
    ("The plant will close, a machinist said.", {("a machinist", "anonymous")}),
    ("The hearing will hear from Christine Blasey Ford, 51, who claims the judge assaulted her.", {("Christine Blasey Ford", "person")}),
    ("Investigators speculated that a spy device was to blame.", {("Investigators", "anonymous")}),
    ("Firefighters said crews had been begging for equipment.", {("Firefighters", "anonymous")}),
    ("Local firefighters said crews had been begging.", {("Local firefighters", "anonymous")}),
    ("Peters said the plant will close.", {("Peters", "person")}),
    ("The owner of the shop said sales fell.", {("owner of the shop", "anonymous")}),
    ("The suspect told officers he was innocent.", {("suspect", "anonymous")}),
    ("The museum's curator told reporters the painting is a fake.", {("museum's curator", "anonymous")}),
    ('"It is over," said one firefighter, who asked not to be named.', {("one firefighter", "anonymous")}),
    ("A firefighter called the fire a disaster.", {("A firefighter", "anonymous")}),
    # coordinated subjects
    ("Jones and Smith say that the plant will close.", {("Jones", "person"), ("Smith", "person")}),
    ("Jones and Smith said that the plant will close.", {("Jones", "person"), ("Smith", "person")}),
    ("Moss and the Courier claim that the plant will close.", {("Moss", "person"), ("Courier", "media")}),
    ("Jones and Smith argue that the plant will close.", {("Jones", "person"), ("Smith", "person")}),
    ("The zoo and the museum say they will close.", {("zoo", "organisation"), ("museum", "organisation")}),
    ("A firefighter and a nurse said the roof fell.", {("A firefighter", "anonymous"), ("a nurse", "anonymous")}),
    ('"It is over," a firefighter told reporters.', {("a firefighter", "anonymous")}),
    # "as ... by X", "reported for X"
    ("As highlighted by The Daily Sheeple, the guard was sent home.", {("Daily Sheeple", "media")}),
    ("The timeline, as outlined by the Los Angeles Times, shows a gap of two hours.", {("Los Angeles Times", "media")}),
    ("As reported by the Guardian, the plant will close.", {("Guardian", "media")}),
    ("As noted by the Los Angeles Times, the plant will close.", {("Los Angeles Times", "media")}),
    ("As Jane Moss reported for the Courier, the plant will close.", {("Jane Moss", "person"), ("Courier", "media")}),
    # "according to" variants
    ("According to a firefighter, the roof collapsed first.", {("a firefighter", "anonymous")}),
    ("According to the museum, the painting is a fake.", {("museum", "organisation")}),
    ("The plant will close, according to Jane Moss.", {("Jane Moss", "person")}),
    ("According to local firefighters, the roof collapsed.", {("local firefighters", "anonymous")}),
    ("The museum wrote on Twitter that it was proud.", {("museum", "organisation")}),
    ('"Is it safe?" a reporter asked.', {("a reporter", "anonymous")}),
    ('"No," the zoo replied.', {("zoo", "organisation")}),
    # tenses and word order
    ("Karen Bass has said that the plant will close.", {("Karen Bass", "person")}),
    ("Karen Bass will tell the council that the plant will close.", {("Karen Bass", "person")}),
    ("The plant will close, Karen Bass said on Monday.", {("Karen Bass", "person")}),
    ("The plant, Karen Bass said, will close.", {("Karen Bass", "person")}),
    ("Karen Bass warned that the plant would close.", {("Karen Bass", "person")}),
    ("The same day the museum announced that it would close.", {("museum", "organisation")}),
    ("The next morning the firefighter told reporters the roof fell.", {("firefighter", "anonymous")}),
    ("The plant will close, the union warned.", {("union", "organisation")}),
    ("A teacher at the school told the Courier that classes were cancelled.", {("A teacher at the school", "anonymous"), ("Courier", "media")}),
    ("The couple told police they heard shots.", {("couple", "anonymous")}),
    # negatives: actors with no content, objects, quoted verbs, titles
    ("The weather said otherwise.", set()),
    ("Firefighters climbed the ladder.", set()),
    ("A bystander filmed the crash.", set()),
    ('The song "Hello" asked listeners to call.', set()),
    ('"Is it safe?" the mayor was asked.', set()),
    ("The idea said the plan would fail.", set()),
    ("The firefighter said nothing.", set()),
    ("The report by the museum was published.", set()),
    ("Along with the museum, the zoo opened.", set()),
    ("The firefighter climbed the ladder.", set()),
    ("The museum opened in May.", set()),
    ("He told the firefighter to leave.", set()),
    ("The zoo bought two new otters.", set()),
    ("A machinist lost his job last year.", set()),
    ("The charity raised money for the victims.", set()),
    ("The report was published on Monday.", set()),
    ("The idea was simple.", set()),
    ("She gave the firefighter a blanket.", set()),
    ("The crowd cheered when the band played.", set()),
    ('The band played "Say You Will" twice.', set()),
    ("The fence around the zoo fell down.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[p[0][:50] for p in PROBES])
def test_generic_construction(text, expected):
    assert probe_sources(text) == expected
