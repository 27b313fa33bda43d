"""A reference is a corpus document when the titles match: a note on a work, not a paper that merely
has the work's short title inside its own."""

from __future__ import annotations

from argmap.model import Document, Reference
from argmap.pipeline import _link_documents


def _doc(doc_id: str, title: str) -> Document:
    return Document(id=doc_id, title=title, text="", kind="md")


def test_a_note_titled_with_the_work_is_that_work():
    ref = Reference("jarrett2016", ["Jarrett, K."], 2016,
                    title="Feminism, Labour and Digital Media: The Digital Housewife")
    _link_documents([ref], [_doc("notes/jarrett.md", "Jarrett (2016), Feminism, labour and digital media: the digital housewife")])
    assert ref.document == "notes/jarrett.md"


def test_a_short_title_inside_a_longer_one_is_not():
    ref = Reference("braghieri2022", ["Braghieri, L."], 2022, title="Social Media and Mental Health")
    _link_documents([ref], [_doc("papers/girls.md",
                                 "Not just potatoes: why social media harms adolescent girls' mental health")])
    assert ref.document is None
