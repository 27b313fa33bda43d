"""Counterclaims: pairs of claims on opposite sides of one debate that answer each other.

Candidate pairs come from four kinds of evidence, strongest first, and each claim keeps at most a few:

1. explicit answers: a claim that answers an author ("Murdock replies that Smythe …", "Contrary to
   Brandt", "反驳史麦兹") is joined to the other side's claims that speak for that author's works;
2. turns in one document: a claim that follows claims of the other side in the same document (the
   note-writer's "I am not sure that holds, because …", "Its weakness is …", a review's "X replied …")
   answers the earlier one it is closest to, preferring recent ones and ones that report a work;
3. shared works: claims on opposite sides that both relate to one author's works, across documents and
   languages (a Chinese claim citing 史麦兹 1977 and an English one reporting Smythe);
4. close opposite-side neighbours in embedding space (mutual nearest neighbours above a floor).

Authors, not single works, are matched (a reply to "Smythe" answers Smythe 1977 and Smythe 1978), so the
bibliography's first-author surnames group the keys when ``references`` is given. Every pair gets a
score; pairs are taken best first while both ends have room, so the links stay few (a claim has 0–3) and
the explicit ones win. Links are symmetric and never join claims of the same side or of different debates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from argmap.keys import fold
from argmap.mapping.attribution import Relation
from argmap.mapping.cues import Cues, find_cues
from argmap.mapping.neighbours import top_k
from argmap.model import Reference, Sentence

MAX_EXPLICIT = 2  # per answering claim and answered author
MAX_PER_CLAIM = 3
MIN_SIMILARITY = 0.35  # floor for links by similarity alone
MAX_TURN_DISTANCE = 12  # sentences back in one document that an answer may reach

# Evidence weights: added to the pair's cosine similarity (in about [0, 0.7] for this kind of model).
W_EXPLICIT, W_TURN, W_SHARED = 1.0, 0.45, 0.25
W_SPEAKER = 0.15  # the answered claim reports a work (it states someone's view, not a detail)
W_ANSWER_CUE = 0.15  # the later claim reads as an answer (reply cue, "However", first-person judgement)
TURN_DECAY = 0.03  # per sentence of distance within a document
MIN_TURN_SCORE = 0.55
MIN_SHARED_SCORE = 0.6

# A writer's own judgement of a view: "I am not sure", "I think … the weakest step", "Its weakness is",
# "My answer", "我们认为", "笔者认为". General evaluative wording, not words of any one debate.
_JUDGEMENT = re.compile(
    r"\b(?:I|we|my|our)\b(?:\s+\w+){0,3}\s+(?:think|find|doubt|argue|answer|disagree|am not|are not|do not|"
    r"don't|suspect|would|remain)|\b(?:weak(?:ness|nesses|est|er)?|unconvincing|implausible|problem(?:atic)?|"
    r"flaw(?:ed|s)?|overstat\w*|not (?:sure|convinced|persuaded)|hard to (?:see|accept)|too (?:broad|narrow|far))\b|"
    r"我们认为|笔者认为|我认为|值得商榷|站不住|过于|问题在于|难以成立|并不成立",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Pair:
    score: float
    i: int
    j: int
    why: str


def answers_cue(cues: Cues, text: str) -> bool:
    """Whether a sentence reads as an answer to something before it."""
    return cues.reply >= 0 or cues.opens_with_contrast or bool(_JUDGEMENT.search(text))


def _author_of(references: dict[str, Reference] | None):
    """Key → author token (folded first surname) so that one author's works count as one voice."""
    def author(key: str) -> str:
        ref = references.get(key) if references else None
        surname = ref.first_surname if ref is not None else ""
        return fold(surname) or key

    return author


def find_counters(
    debate: list[str | None],
    stance: list[str | None],
    vectors: np.ndarray,
    relations: list[list[Relation]],
    max_per_claim: int = MAX_PER_CLAIM,
    min_similarity: float = MIN_SIMILARITY,
    *,
    sentences: Sequence[Sentence] | None = None,
    references: dict[str, Reference] | None = None,
    cues: Sequence[Cues] | None = None,
) -> dict[int, dict[int, str]]:
    """Counter links by sentence index: ``links[i][j]`` is the reason i and j answer each other (symmetric).

    ``sentences`` (same order) enables answers within one document; ``references`` lets a reply to an
    author reach every work of that author; ``cues`` saves recomputing them from the sentences."""
    n = len(debate)
    author = _author_of(references)

    def opposite(i: int, j: int) -> bool:
        return (debate[i] is not None and debate[i] == debate[j] and stance[i] is not None
                and stance[j] is not None and stance[i] != stance[j])

    def sim(i: int, j: int) -> float:
        return float(vectors[i] @ vectors[j])

    members = [i for i in range(n) if debate[i] is not None and stance[i] is not None]
    if sentences is not None and cues is None:
        wanted = set(members)
        cues = [find_cues(sentences[i].text) if i in wanted else Cues() for i in range(n)]
    answering = [False] * n
    if sentences is not None and cues is not None:
        for i in members:
            answering[i] = answers_cue(cues[i], sentences[i].text)

    speaks: dict[int, dict[str, float]] = defaultdict(dict)  # claim → author → strongest + weight
    answers: dict[int, set[str]] = defaultdict(set)  # claim → authors it answers
    mentions: dict[int, set[str]] = defaultdict(set)
    for i in members:
        for r in relations[i]:
            a = author(r.key)
            mentions[i].add(a)
            if r.sign < 0:
                answers[i].add(a)
            elif r.weight > speaks[i].get(a, 0.0):
                speaks[i][a] = r.weight

    pairs: list[_Pair] = []

    # 1. Explicit answers.
    speakers: dict[tuple[str, str], list[int]] = defaultdict(list)  # (debate, author) → claims speaking for it
    for i in members:
        for a in speaks[i]:
            speakers[(debate[i], a)].append(i)  # type: ignore[index]
    for j in members:
        for a in sorted(answers[j]):
            scored = sorted(((W_EXPLICIT + sim(i, j) + W_SPEAKER * speaks[i][a], i)
                             for i in speakers.get((debate[j], a), []) if opposite(i, j)), key=lambda t: (-t[0], t[1]))
            for score, i in scored[:MAX_EXPLICIT]:
                pairs.append(_Pair(score, i, j, f"answers {a}, whose view the other claim states"))

    # 2. Turns within one document: j answers the earlier other-side claim it is closest to.
    if sentences is not None:
        by_document: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_document[sentences[i].document].append(i)
        # A claim's place among all the sentences of its document, so distance counts the ones between.
        rank: dict[int, int] = {}
        place: dict[str, int] = defaultdict(int)
        for k in sorted(range(n), key=lambda k: (sentences[k].document, sentences[k].start, k)):
            rank[k] = place[sentences[k].document]
            place[sentences[k].document] += 1
        for document in sorted(by_document):
            ordered = sorted(by_document[document], key=lambda i: (sentences[i].start, i))
            for b, j in enumerate(ordered):
                earlier = [i for i in ordered[:b] if opposite(i, j) and rank[j] - rank[i] <= MAX_TURN_DISTANCE]
                if not earlier:
                    continue
                previous_claim = ordered[b - 1] if b else None
                turn = previous_claim is not None and opposite(previous_claim, j)
                if not (turn or answering[j]):
                    continue
                scored = sorted(((W_TURN + sim(i, j) - TURN_DECAY * (rank[j] - rank[i])
                                  + W_SPEAKER * (max(speaks[i].values(), default=0.0) >= 1.0)
                                  + W_ANSWER_CUE * answering[j], i) for i in earlier), key=lambda t: (-t[0], t[1]))
                score, i = scored[0]
                if score >= MIN_TURN_SCORE:
                    pairs.append(_Pair(score, i, j, "answers the other side's claim before it in the same document"))

    # 3. Shared authors across documents (and languages).
    by_author: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in members:
        for a in mentions[i]:
            by_author[(debate[i], a)].append(i)  # type: ignore[index]
    for j in members:
        for a in sorted(mentions[j]):
            scored = sorted(((W_SHARED + sim(i, j) + W_SPEAKER * (speaks[i].get(a, 0.0) >= 1.0), i)
                             for i in by_author[(debate[j], a)] if opposite(i, j)), key=lambda t: (-t[0], t[1]))
            for score, i in scored[:1]:
                if score >= MIN_SHARED_SCORE:
                    pairs.append(_Pair(score, i, j, f"both relate to {a}, from opposite sides"))

    # 4. Close opposite-side neighbours, per debate, mutual top-k only.
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in members:
        groups[debate[i]][stance[i]].append(i)  # type: ignore[index]
    for d in sorted(groups):
        pro, con = groups[d].get("pro", []), groups[d].get("con", [])
        if not pro or not con:
            continue
        best_pro = _top(vectors[pro], vectors[con], max_per_claim)
        best_con = _top(vectors[con], vectors[pro], max_per_claim)
        for a, (sims, idx) in enumerate(best_pro):
            for s, b in zip(sims, idx, strict=False):
                if s >= min_similarity and a in best_con[b][1]:
                    pairs.append(_Pair(float(s), pro[a], con[b], f"close claim on the other side ({s:.2f})"))

    return _select(pairs, max_per_claim, opposite)


def _select(pairs: list[_Pair], max_per_claim: int, opposite) -> dict[int, dict[int, str]]:
    """Take pairs best first (ties by index) while both ends have room; symmetric."""
    links: dict[int, dict[int, str]] = defaultdict(dict)
    for p in sorted(pairs, key=lambda p: (-round(p.score, 6), min(p.i, p.j), max(p.i, p.j))):
        i, j = p.i, p.j
        if i == j or not opposite(i, j) or j in links[i]:
            continue
        if len(links[i]) >= max_per_claim or len(links[j]) >= max_per_claim:
            continue
        links[i][j] = p.why
        links[j][i] = p.why
    return {i: v for i, v in links.items() if v}


def _top(queries: np.ndarray, items: np.ndarray, k: int) -> list[tuple[np.ndarray, list[int]]]:
    sims, idx = top_k(queries, items, k)
    return [(s, i.tolist()) for s, i in zip(sims, idx, strict=False)]
