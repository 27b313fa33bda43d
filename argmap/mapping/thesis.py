"""A document's thesis: the sentences in which it states, in its own voice, the side it takes.

Argumentative papers are nearly one-sided in their own voice, and their thesis statements ("This paper
argues that …", "I argue …", "本文认为…", "笔者认为…") are the sentences most like the reader's side
statements, so their similarity to the sides is the most reliable single verdict on the document.
``document_voice`` finds them (weighted: a paper-level statement counts more than "we think" or a
concluding "In sum") and which sentences speak in the document's own voice, so stance can give those
sentences the document's verdict as a prior.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from argmap.mapping.cues import Cues
from argmap.model import Sentence

# The text itself states its thesis: the strongest cue.
_PAPER_EN = re.compile(
    r"\b(?:(?:this|the present|our|my) (?:essay|paper|article|chapter|study|book|thesis|dissertation|note|"
    r"contribution|analysis) (?:argues|holds|contends|claims|maintains|defends|proposes|submits)|"
    r"(?:i|we) (?:will |shall )?(?:argue|contend|maintain|defend the (?:claim|view|thesis|position)|submit)|"
    r"my (?:argument|claim|thesis|contention) is|the (?:central|main) (?:argument|claim|thesis) of this "
    r"(?:essay|paper|article|chapter))\b",
    re.IGNORECASE,
)
_PAPER_ZH = re.compile(r"本文[^。！？]{0,40}?(?:认为|论证|主张|指出|表明)|本研究(?:认为|表明)|本章(?:认为|论证|主张)|笔者(?:认为|主张|以为)")
# Weaker: a local judgement in the first person, or a summing-up.
_OWN_EN = re.compile(
    r"\b(?:(?:i|we) (?:hold|believe|conclude|think|claim|suggest)|in (?:sum|conclusion|short)|to conclude|"
    r"(?:this|the present|our|my) (?:essay|paper|article|chapter|study) (?:shows|concludes|suggests))\b",
    re.IGNORECASE,
)
_OWN_ZH = re.compile(r"我们认为|我认为|综上所述|总之|总而言之|由此可见")
# What a thesis states is its claim clause: after the lead ("This paper argues that", "本文认为，", a
# Chinese opening adverbial "在…中，") and before a concession ("…, even when studies report no effect",
# "，尽管…"). Embedded whole, the concession's words can outweigh the claim's: "This paper argues that
# minimum wage increases reduce employment …, even when prominent studies report no effect" was nearer the
# side that finds no effect.
# In English the claim must follow as a clause: "I defend the position of X against …" names no claim.
_LEAD_THAT = re.compile(r"^\s*(?:that\b|[,:])\s*", re.IGNORECASE)
_LEAD_ZH = re.compile(r"^[\s，,：:]*(?:在[^，。]{1,30}?(?:中|下|里|时|上|看来)[，,])?")
_CONCESSION = re.compile(
    r"[,;]?\s+(?:even (?:when|if|though)|although|though|despite|in spite of|whereas)\b|"
    r"[，,；;](?:尽管|即使|虽然|哪怕|纵然)", re.IGNORECASE)
MIN_CLAUSE = 12  # characters: a shorter remainder is not a claim of its own


def claim_clause(text: str) -> str | None:
    """The claim a thesis statement makes, without its lead and any concession; None when the statement
    has no such lead or the remainder is too short to stand alone."""
    lead = _PAPER_EN.search(text) or _PAPER_ZH.search(text) or _OWN_EN.search(text) or _OWN_ZH.search(text)
    if lead is None:
        return None
    rest = text[lead.end():]
    opening = _LEAD_ZH.match(rest) if not rest.isascii() else _LEAD_THAT.match(rest)
    if opening is None:
        return None
    rest = rest[opening.end():]
    concession = _CONCESSION.search(rest)
    if concession is not None:
        rest = rest[:concession.start()]
    rest = rest.strip(" ,，.。;；")
    return rest if len(rest) >= MIN_CLAUSE and rest != text.strip(" .。") else None


# A thesis's claim clause is read against each side statement's negation as well as its meaning: USE puts
# "users' activity is labour that produces value" as near "Using a platform is not labour, so it creates no
# value" as near the pro statement it paraphrases (0.631 against 0.630), and that thesis turned its whole
# paper con. Only English clauses: Chinese writes negation into words and idioms (无偿 "unpaid", 不仅没有
# 过时 "not only not outdated"), and a character test read them as denials (reading-group's Chinese stance
# 0.774 -> 0.547 with a list of standalone forms).
_NEGATED_EN = re.compile(r"\b(?:not|no|never|nor|neither|none|cannot|nothing)\b|n't\b", re.IGNORECASE)
W_NEGATION = 0.1  # on the cosine similarity; 0.05 and 0.2 gave the same maps within a sentence or two


def negated(text: str) -> bool:
    """Whether English ``text`` says not, no, never, nothing …"""
    return _NEGATED_EN.search(text) is not None


def negation_penalty(clause: str, statements: list[str]) -> np.ndarray | None:
    """What an English claim clause loses in similarity to each side statement whose negation it does not
    share (``W_NEGATION``, else 0); None for a clause in another language."""
    if not clause.isascii():
        return None
    own = negated(clause)
    return np.array([W_NEGATION if negated(t) != own else 0.0 for t in statements])


# Measured on the example corpus: sentences of abstract and conclusion sections without such a cue
# were as often wrong as right (they report sources and hedge), so sections alone do not count.
W_PAPER, W_OWN = 1.0, 0.5
DOCUMENT_KEY = "doc:"  # evidence column of a document's own voice, as a pseudo-work: "doc:" + document id


def thesis_weight(sentence: Sentence, cues: Cues) -> float:
    """How strongly ``sentence`` states its document's own thesis (0 when it does not)."""
    text = sentence.text
    if cues.question:
        return 0.0
    if _PAPER_EN.search(text) or _PAPER_ZH.search(text):
        return W_PAPER
    if cues.framing:  # "This paper reviews …", "双方的分歧…": describes, takes no side
        return 0.0
    if _OWN_EN.search(text) or _OWN_ZH.search(text):
        # "I think X is the weakest step": in a reading note the writer judges the work the note reports,
        # so the judgement is not the side of the note's other sentences (they restate that work).
        if cues.critique >= 0:
            return 0.0
        return W_OWN
    return 0.0


_CONCEDES = re.compile(r"\b(?:we|i) (?:\w+ )?(?:accept|grant|concede|acknowledge|admit)s? that\b|\b(?:we|i) do not deny\b|"
                       r"我们承认|笔者承认|我承认|诚然|不可否认|(?:我们|笔者)并不否认", re.IGNORECASE)


def in_own_voice(cues: Cues, attributed: str | None) -> bool:
    """Whether a sentence speaks in its document's own voice: it reports nobody, named or not ("Fuchs
    holds …", "Sceptics reply that …" are theirs). One that answers a work without reporting anyone is
    the document's own reply ("Murdock's objection … is weaker today", "Against Fuchs, I argue …"): it had
    been left out of the voice, and a paper's rebuttals of the other side read as that side's claims.
    bench_robust 0.795 → 0.796 (digital-labour 0.834 → 0.839), counters 0.545 → 0.549."""
    return attributed is None and cues.group < 0


def own_voices(sentences: list[Sentence], cues: list[Cues], attributed: list[str | None]) -> list[int]:
    """Per sentence: 1 when it speaks in its document's own voice (``in_own_voice``), -1 when the document
    turns against it, else 0.

    A document turns against a sentence when the next one, in the same paragraph and in the document's own
    voice, opens with a contrast: "We grant that some platform income behaves like rent. Yet a rent still
    has to be paid out of value …", "Critics such as Rigi and Prey (2015) say … . But attention …". What is
    conceded or reported there is the other side's point, and speaking in the voice (as a concession reads)
    gave it the document's side. Of the gold pairs of debate sentences joined by such an opening, 20 of 21
    with a side each were on opposite sides."""
    own = [1 if in_own_voice(c, a) else 0 for c, a in zip(cues, attributed, strict=False)]
    # What a document concedes in the first person ("We accept that monopsony can explain …", 我们承认) is
    # the other side's point: 4 of the 4 such gold sentences with a side are on the side their document is not.
    out = [-1 if o and _CONCEDES.search(s.text) else o for o, s in zip(own, sentences, strict=False)]
    order = sorted(range(len(sentences)), key=lambda i: (sentences[i].document, sentences[i].start, i))
    for i, j in zip(order, order[1:], strict=False):
        s, t = sentences[i], sentences[j]
        if s.document == t.document and s.paragraph == t.paragraph and cues[j].opens_with_contrast and own[j]:
            out[i] = -1
    return out


@dataclass
class DocumentVoice:
    """Sentences × documents: ``thesis`` holds thesis weights, ``voice`` marks own-voice sentences (1) and
    those the document turns against (-1)."""

    thesis: sparse.csr_matrix
    voice: sparse.csr_matrix
    documents: list[str]

    def rows(self, members: list[int]) -> DocumentVoice:
        return DocumentVoice(self.thesis[members], self.voice[members], self.documents)

    def verdicts(self, prior: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per document: the weighted mean of ``prior`` over its thesis statements, and their total weight."""
        mass = np.asarray(self.thesis.sum(axis=0)).ravel()
        return (self.thesis.T @ prior) / np.where(mass > 0, mass, 1.0), mass


def document_voice(sentences: list[Sentence], cues: list[Cues], attributed: list[str | None],
                   own: list[int] | None = None) -> DocumentVoice:
    """Thesis weights and own-voice membership of every sentence, by document.

    A sentence speaks in its document's own voice when it reports nobody (named or not: "Sceptics reply
    that …" is the sceptics' view; ``in_own_voice``); a thesis
    statement must also be in the own voice (a report of someone's "I argue" is theirs). ``own``:
    ``own_voices`` of the sentences, when the caller has it already."""
    documents = sorted({s.document for s in sentences})
    column = {d: j for j, d in enumerate(documents)}
    t_rows, t_vals, v_rows, v_vals = [], [], [], []
    if own is None:
        own = own_voices(sentences, cues, attributed)
    for i, (s, cue) in enumerate(zip(sentences, cues, strict=False)):
        if own[i] == 0:
            continue
        v_rows.append(i)
        v_vals.append(float(own[i]))
        if own[i] < 0:
            continue
        weight = thesis_weight(s, cue)
        if weight > 0:
            t_rows.append(i)
            t_vals.append(weight)
    shape = (len(sentences), len(documents))
    thesis = sparse.csr_matrix((t_vals, (t_rows, [column[sentences[i].document] for i in t_rows])), shape=shape)
    voice = sparse.csr_matrix((v_vals, (v_rows, [column[sentences[i].document] for i in v_rows])),
                              shape=shape)
    return DocumentVoice(thesis, voice, documents)
