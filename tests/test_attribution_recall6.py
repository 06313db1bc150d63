"""Attribution constructions of the sixth recall round, probes first: short
sentences written for this test (not taken from any annotated article), each
with the sources a reader following ANNOTATION.md would list, or none. They
cover English constructions the extractor missed: subjects split by lists,
floating quantifiers and asides, verbs of communication with an object,
pronouns after an introduced person, and the negative cases next to them."""
import pytest

from framing.corpus import Article
from framing.document import build_document

# (text, {(source name without a leading "the", kind)})
PROBES = [
    # lists of names as the subject, with or without the serial comma
    ("Carter, Ford and Nixon said that the war was lost.", {("Carter", "person"), ("Ford", "person"), ("Nixon", "person")}),
    ("Carter, Ford, Nixon, and Johnson said that the war was lost.",
     {("Carter", "person"), ("Ford", "person"), ("Nixon", "person"), ("Johnson", "person")}),
    ("Likewise Adams, Jefferson, and Madison argued that the bank was illegal.",
     {("Adams", "person"), ("Jefferson", "person"), ("Madison", "person")}),
    ("She met Carter, Ford, and Nixon before lunch.", set()),
    # a quantifier floated after the subject
    ("Carter, Ford, Nixon, and Johnson all believed that the war was lost.",
     {("Carter", "person"), ("Ford", "person"), ("Nixon", "person"), ("Johnson", "person")}),
    ("Smith and Jones both said that the plan failed.", {("Smith", "person"), ("Jones", "person")}),
    ("Officials all agree that the plan failed.", {("Officials", "anonymous")}),
    ("The mayors each warned that the river would flood.", {("mayors", "anonymous")}),
    ("All of the money was spent on Monday.", set()),
    # "she" after a person introduced as the subject of the sentence before
    ("Tom Reed said the plant would close. Laura Moss, a local activist, also joined the protest. She said the plan was a scandal.",
     {("Tom Reed", "person"), ("Laura Moss", "person")}),
    ("Tom Reed said the plant would close. Laura Moss joined the protest. He said the plan was a scandal.",
     {("Tom Reed", "person")}),
]


def _found(text):
    doc = build_document(Article(id="probe", text=text))
    return {(s.name.removeprefix("The ").removeprefix("the "), s.kind) for s in doc.attribution.sources}


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[p[0][:50] for p in PROBES])
def test_recall6_construction(text, expected):
    assert _found(text) == expected
