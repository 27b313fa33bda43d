"""Two debates of one field share their words: which one a sentence is in also weighs the debate its section
and document lean to ("Caffentzis reads Marx's value theory …" in a paper on platform users)."""

import numpy as np
from scipy import sparse

from argmap.mapping.debate import assign_debates
from argmap.model import DebateSpec, Sentence, claim_id

AUDIENCE = DebateSpec("audience", "Do audiences work?", ["Audiences work."], ["Audiences do not work."])
PLATFORM = DebateSpec("platform", "Do users create value?", ["Users create value."], ["Users create no value."])
A, P = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
# Nearer the audience debate: it talks of labour in general, with no word of platforms.
LABOUR = np.array([0.8, 0.35, 0.0]) / np.linalg.norm([0.8, 0.35, 0.0])


def _embed(texts):
    return np.stack([A if "udience" in t else P for t in texts]).astype(np.float32)


def _sentences(*items):
    """(document, section, text) triples, in reading order within each document."""
    out, offset = [], {}
    for document, section, text in items:
        start = offset.get(document, 0)
        out.append(Sentence(id=claim_id(document, text), document=document, text=text, start=start,
                            end=start + len(text), section=section))
        offset[document] = start + len(text) + 1
    return out


def _assign(sentences, vectors):
    n = len(sentences)
    return assign_debates(sentences, np.asarray(vectors, dtype=np.float32), [AUDIENCE, PLATFORM], _embed,
                          sparse.csr_matrix((n, 0)), [], np.zeros(n))


def test_a_sentence_between_two_debates_goes_with_its_document():
    paper = [("platform.md", "", f"Users' posts are sold, claim {k}.") for k in range(4)]
    sentences = _sentences(*paper, ("platform.md", "", "Whether any activity without a wage is labour is the question."))
    result = _assign(sentences, [P] * 4 + [LABOUR])
    assert result.debate == ["platform"] * 5


def test_alone_it_goes_where_it_is_nearest():
    sentences = _sentences(("note.md", "", "Whether any activity without a wage is labour is the question."))
    assert _assign(sentences, [LABOUR]).debate == ["audience"]


def test_a_review_of_both_debates_follows_each_section():
    audience = [("review.md", "Audiences", f"Audience claim {k}.") for k in range(3)]
    platform = [("review.md", "Platforms", f"Platform claim {k}.") for k in range(3)]
    between = "Whether any activity without a wage is labour is the question."
    sentences = _sentences(*audience, ("review.md", "Audiences", between), *platform,
                           ("review.md", "Platforms", between + " "))
    result = _assign(sentences, [A] * 3 + [LABOUR] + [P] * 3 + [LABOUR])
    assert result.debate[3] == "audience"
    assert result.debate[7] == "platform"


def test_the_lean_decides_between_debates_not_whether_a_sentence_is_in_one():
    paper = [("platform.md", "", f"Users' posts are sold, claim {k}.") for k in range(4)]
    off = np.array([0.0, 0.0, 1.0])
    sentences = _sentences(*paper, ("platform.md", "", "The seminar meets on Tuesday."))
    with_paper = _assign(sentences, [P] * 4 + [off])
    assert with_paper.debate[-1] is None
