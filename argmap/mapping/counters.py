"""Counterclaims: pairs of claims on opposite sides of one debate that answer each other.

Candidate pairs come from four kinds of evidence, strongest first, and each claim keeps at most a few:

1. explicit answers: a claim that answers an author ("Murdock replies that Smythe …", "Contrary to
   Brandt", "反驳史麦兹") is joined to the other side's claims that speak for that author's works, and
   above all to those of its own document (a review narrating "Smythe argued …" … "Murdock replied …");
2. turns in one document: a claim that follows claims of the other side in the same document (the
   note-writer's "I am not sure that holds, because …", "Its weakness is …", a review's "X replied …")
   answers the earlier one it is closest to, preferring recent ones and ones that report a work;
3. shared works: claims on opposite sides that both relate to one author's works, across documents and
   languages (a Chinese claim citing 史麦兹 1977 and an English one reporting Smythe); and stated views:
   a claim stating an author's view ("Fuchs holds …") and the closest statement of another author's
   view on the other side ("Rigi and Prey argue …"), which is how a reader maps who stands against whom;
4. close opposite-side neighbours in embedding space (mutual nearest neighbours above a floor): shown among
   a pair's reasons, never a link on their own: none of the links once made by closeness alone (at 0.5) was
   a gold pair in the six example corpora (7 on reading-group at the end, where pairs with evidence now take
   their places; recall and bench_robust the same).

Authors, not single works, are matched (a reply to "Smythe" answers Smythe 1977 and Smythe 1978), so the
bibliography's first-author surnames group the keys when ``references`` is given. Every pair gets a
score; pairs are taken best first while both ends have room, so the links stay few (a claim picks at most 5) and
the explicit ones win. Links are symmetric and never join claims of the same side or of different debates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from argmap.keys import fold
from argmap.mapping.attribution import Relation
from argmap.mapping.cues import Cues, answers_cue, find_cues
from argmap.mapping.neighbours import top_k
from argmap.mapping.thesis import thesis_weight
from argmap.model import Reference, Sentence

MAX_PER_CLAIM = 5  # pairs each claim picks; a claim that many pick (an opening thesis) has more links
MIN_SIMILARITY = 0.35  # floor for the closeness of mutual nearest neighbours shown among a pair's reasons
# Similarity + evidence a pair needs when it has evidence beyond similarity. 0.85 → 0.7: on the example
# corpus recall 0.18 → 0.32 with precision 0.059 → 0.073. 0.7 → 0.6 (where a claim's best pair already
# stopped): bench_robust recall 0.386 → 0.404, the whole corpora's precision within 0.003 of what it was
# (digital-labour 400 → 460 links, recall unchanged; screen-time 0.469 → 0.531).
MIN_SCORE = 0.6
MAX_TURN_DISTANCE = 12  # sentences back in one document that an answer may reach
SAME_DOCUMENT_OPTIONS = 3  # earlier claims of its document that one claim may be taken to answer
MAX_PER_SOURCE = 3  # candidates each claim draws from one author or one kind of evidence
# An explicit answer to an author reaches more of that author's stated views (most similar first) than a
# mere mention does: on digital-labour 3 → 8 raised counter recall 0.317 → 0.350, precision 0.073 → 0.072,
# the other-field fixture unchanged; 6 and 10 did worse (0.333), so this is a broad optimum, not a knife-edge.
MAX_PER_ANSWER = 8

# Evidence bonuses, added to the pair's cosine similarity (about 0 to 0.7 for this kind of model).
W_EXPLICIT = 0.8  # one answers an author whose view the other states
W_NAMED = 0.35  # one names the author whose view the other states (opposite sides)
W_SHARED = 0.15  # both relate to one author's works
W_SAME_DOCUMENT = 0.45  # the later one follows the earlier in one document …
TURN_DECAY = 0.03  # … less per sentence between them
W_ANSWER_CUE = 0.15  # the later one of a same-document pair reads as an answer
W_THESIS = 0.4  # both state their own document's thesis ("This paper argues", "I argue", "本文认为")
W_SPEAKER = 0.1  # the answered claim reports someone's view rather than a detail
W_SAME_ANSWER = 0.3  # … and states it in the same document as the reply (a narrated exchange)
W_VIEWS = 0.35  # both state an author's view ("Fuchs holds …", "Rigi and Prey argue …"), on opposite sides
W_RIVALS = 0.3  # the two claims state the views of authors who answer each other elsewhere
# The rivals evidence as first written never fired (its set held pairs of pairs, so no author matched);
# maps have been tuned and evaluated without it. Turned on, it adds many pairs and, on digital-labour,
# lowered counter recall (0.317 -> 0.300) and precision (0.073 -> 0.068), so it stays off.
# Also tried and dropped (no recall gain on digital-labour, or fixture precision lost): rivals counted from
# other-side turns in one document, a per-debate top-decile rule, a lower floor for cross-document pairs
# citing one author, per-language answer pools.
USE_RIVALS = False
IMPLICIT_WINDOW = 4  # claims back in one document where an unnamed answer finds what it answers
HEAD_WEIGHT = 0.8  # a relation this strong means the claim states that author's view (attribution's scale)

def _author_of(references: dict[str, Reference] | None):
    """Key → author token (folded first surname) so that one author's works count as one voice."""
    known: dict[str, str] = {}  # a corpus cites few works many times: each key is folded once

    def author(key: str) -> str:
        if key not in known:
            ref = references.get(key) if references else None
            surname = ref.first_surname if ref is not None else ""
            known[key] = fold(surname) or key
        return known[key]

    return author


@dataclass(slots=True)  # tens of thousands per build: slots, and not frozen, make each cheap to create
class _Pair:
    score: float
    i: int
    j: int
    why: str
    kept: bool = True


class _Candidates:
    """Evidence per unordered pair: summed bonus and the reasons, strongest first."""

    def __init__(self) -> None:
        self.bonus: dict[tuple[int, int], float] = defaultdict(float)
        self.why: dict[tuple[int, int], list[tuple[float, str]]] = defaultdict(list)
        self._seen: set[tuple[int, int, str]] = set()

    def add(self, i: int, j: int, bonus: float, why: str) -> None:
        key = (i, j) if i < j else (j, i)
        seen = (*key, why)
        if seen in self._seen:
            return  # one piece of evidence counts once per pair
        self._seen.add(seen)
        self.bonus[key] += bonus
        self.why[key].append((bonus, why))


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

    ``sentences`` (same order) enables answers within one document and between documents' theses;
    ``references`` lets a reply to an author reach every work of that author; ``cues`` saves
    recomputing them from the sentences."""
    pairs = scored_pairs(debate, stance, vectors, relations, max_per_claim, min_similarity,
                         sentences=sentences, references=references, cues=cues)
    return _select([p for p in pairs if p.kept], max_per_claim)


def scored_pairs(
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
) -> list[_Pair]:
    """Every candidate pair on opposite sides of one debate, with its score and reasons; ``kept`` marks
    the ones strong enough to be links (``find_counters`` then caps them per claim)."""
    n = len(debate)
    author = _author_of(references)
    members = [i for i in range(n) if debate[i] is not None and stance[i] is not None]
    if sentences is not None and cues is None:
        wanted = set(members)
        cues = [find_cues(sentences[i].text) if i in wanted else Cues() for i in range(n)]

    def opposite(i: int, j: int) -> bool:
        return (debate[i] is not None and debate[i] == debate[j] and stance[i] is not None
                and stance[j] is not None and stance[i] != stance[j])

    speaks: dict[int, dict[str, float]] = defaultdict(dict)  # claim → author → weight of its strongest + link
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
    head = {i: max(speaks[i].values(), default=0.0) >= HEAD_WEIGHT for i in members}
    # Pools of candidates by (kind, debate, author, stance), each in index order, so that a claim's pool is
    # already the other side: "speaks" = claims stating the author's view, "states" = those that state it
    # strongly (HEAD_WEIGHT), "mentions" = claims relating to the author's works at all.
    pools: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for i in members:
        d, s = debate[i], stance[i]
        for a, w in speaks[i].items():
            pools[("speaks", d, a, s)].append(i)  # type: ignore[index]
            if w >= HEAD_WEIGHT:
                pools[("states", d, a, s)].append(i)  # type: ignore[index]
        if head[i]:
            pools[("views", d, "", s)].append(i)  # type: ignore[index]
        for a in mentions[i]:
            pools[("mentions", d, a, s)].append(i)  # type: ignore[index]
    sides = sorted({s for s in stance if s is not None})

    # Whether each claim reads as an answer: asked by the unnamed answers and by the turns in one document.
    answering: dict[int, bool] = {}
    if sentences is not None and cues is not None:
        answering = {j: answers_cue(cues[j], sentences[j].text) for j in members}
        _implicit_answers(members, sentences, cues, answering, opposite, speaks, answers, mentions)
    # Author-level replies: an author whose claims answer another's (Murdock → Smythe) disagrees with that
    # author throughout, so their stated views on opposite sides are candidates even when not adjacent.
    rivals: dict[str, set[str]] = defaultdict(set)  # author → authors it answers or is answered by
    for j in members:
        for x, w in speaks[j].items():
            if w >= HEAD_WEIGHT:
                for y in answers[j]:
                    if y != x:
                        rivals[x].add(y)
                        rivals[y].add(x)

    def requests(j: int):
        """(pool kind, author, how many, bonus or None for an explicit answer, reason) that claim j asks
        for, in the order its pairs are added (the first reason added for a pair keeps its bonus)."""
        for a in sorted(answers[j]):
            yield "speaks", a, MAX_PER_ANSWER, None, f"answers {a}, whose view the other states"
        for a in sorted(mentions[j] - answers[j]):
            yield "states", a, MAX_PER_SOURCE, W_NAMED, f"names {a}, whose view the other states"
            yield "mentions", a, 1, W_SHARED, f"both cite {a}"
        if head[j]:  # the closest stated view of the other side: the exchange a reader of the debate expects
            yield "views", "", 1, W_VIEWS, "both state an author's view, on opposite sides"
        for x in sorted(a for a, w in speaks[j].items() if w >= HEAD_WEIGHT) if USE_RIVALS else ():
            for y in sorted(rivals.get(x, ())):
                yield "states", y, 1, W_RIVALS, f"{x} and {y} answer each other elsewhere"

    # Every (pool, claim) asked for, answered in one batch per pool: one matrix product, not one per claim.
    other_side: dict[tuple[str, str, str, str], np.ndarray] = {}
    wanted_k: dict[tuple[str, str, str, str], dict[int, int]] = defaultdict(dict)
    for j in members:
        for kind, a, k, _, _ in requests(j):
            key = (kind, debate[j], a, stance[j])
            if key not in other_side:
                other_side[key] = _merged([pools.get((kind, key[1], a, s), [])
                                           for s in sides if s != stance[j]])
            if len(other_side[key]) > k:
                wanted_k[key][j] = max(k, wanted_k[key].get(j, 0))
    ranked: dict[tuple[str, str, str, str], dict[int, np.ndarray]] = {
        key: _ranked(vectors, other_side[key], asked) for key, asked in wanted_k.items()}

    found = _Candidates()
    in_document: dict[tuple[str, str, str, str], dict[str, list[int]]] = {}
    for j in members:
        for kind, a, k, bonus, why in requests(j):
            key = (kind, debate[j], a, stance[j])
            pool = other_side[key]
            chosen = pool.tolist() if len(pool) <= k else ranked[key][j][:k].tolist()
            if bonus is None and sentences is not None:
                # A reply answers its own document's statement of the view first, however far apart in
                # meaning ("Smythe started the debate by arguing …" … "Murdock replied that Smythe …").
                if key not in in_document:
                    in_document[key] = defaultdict(list)
                    for i in pool.tolist():
                        in_document[key][sentences[i].document].append(i)
                local = in_document[key].get(sentences[j].document, [])
                chosen += [i for i in local if i not in chosen]
                for i in local:
                    found.add(i, j, W_SAME_ANSWER, f"replies to {a} in the same document")
            for i in chosen:
                found.add(i, j, W_EXPLICIT + W_SPEAKER * head[i] if bonus is None else bonus, why)
    sim = _Similarity(vectors)
    if sentences is not None and cues is not None:
        _same_document(members, sentences, answering, opposite, sim, head, found)
        _theses(members, sentences, cues, debate, stance, vectors, found)
    _neighbours(members, debate, stance, vectors, max_per_claim, min_similarity, found)
    # A work does not answer itself: two statements of one work's view on opposite sides are a misread side,
    # not an exchange (authors can: Jhally 1982 doubts what Jhally and Livant 1986 argue).
    stated = {i: {r.key for r in relations[i] if r.sign > 0 and r.weight >= HEAD_WEIGHT} for i in members}
    scored = []
    for (i, j), bonus in sorted(found.bonus.items()):
        if not opposite(i, j) or stated[i] & stated[j]:
            continue
        score = sim(i, j) + bonus
        scored.append((i, j, bonus, score))
    pairs = []
    for i, j, bonus, score in scored:
        why = found.why[(i, j)]
        # Strongest reason first (a stable sort: equal bonuses keep the order they were added in).
        reasons = [w for _, w in sorted(why, key=lambda t: -t[0])] if len(why) > 1 else [why[0][1]]
        pairs.append(_Pair(score, i, j, "; ".join(reasons), bonus > 0 and score >= MIN_SCORE))
    return pairs


class _Similarity:
    """Cosine similarity of two claims (``float(vectors[i] @ vectors[j])``), each pair computed once: the
    turns in one document ask for pairs that the scoring of every candidate asks for again."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.rows = list(vectors)  # row views, indexed without numpy's indexing cost
        self.known: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)  # a dot product is symmetric, to the bit: same terms, same order
        if key not in self.known:
            self.known[key] = float(self.rows[key[0]] @ self.rows[key[1]])
        return self.known[key]


def _implicit_answers(members: list[int], sentences: Sequence[Sentence], cues: Sequence[Cues],
                      answering: dict[int, bool], opposite, speaks: dict[int, dict[str, float]],
                      answers: dict[int, set[str]], mentions: dict[int, set[str]]) -> None:
    """A claim that reads as an answer ("I think this is the weakest step", "然而，…") but names nobody
    answers the author of the nearest earlier other-side claim of its document that states a view; so
    does a reported reply whose target goes unnamed ("Arvidsson and Colleoni (2012) objected that …"
    after "The central figure is Fuchs, who argues …")."""
    by_document: dict[str, list[int]] = defaultdict(list)
    for i in sorted(members, key=lambda i: (sentences[i].document, sentences[i].start, i)):
        by_document[sentences[i].document].append(i)
    for ordered in by_document.values():
        for b, j in enumerate(ordered):
            if answers[j] or not answering[j]:
                continue
            if mentions[j] and cues[j].reply < 0:
                continue  # it names someone and only turns, not replies: "However, X argues …" states X
            for i in reversed(ordered[max(0, b - IMPLICIT_WINDOW):b]):
                stated = [a for a, w in speaks[i].items() if w >= HEAD_WEIGHT and a not in speaks[j]]
                if opposite(i, j) and stated:
                    answers[j].update(stated)
                    break


def _same_document(members: list[int], sentences: Sequence[Sentence], answering: dict[int, bool], opposite, sim,
                   head: dict[int, bool], found: _Candidates) -> None:
    """Pairs within one document: a claim answers an earlier other-side claim a few sentences back, the more
    readily when it reads as an answer (``answering``)."""
    n = len(sentences)
    # A sentence's place among all the sentences of its document, so distance counts the ones between.
    rank: dict[int, int] = {}
    place: dict[str, int] = defaultdict(int)
    for k in sorted(range(n), key=lambda k: (sentences[k].document, sentences[k].start, k)):
        rank[k] = place[sentences[k].document]
        place[sentences[k].document] += 1
    by_document: dict[str, list[int]] = defaultdict(list)
    for i in members:
        by_document[sentences[i].document].append(i)
    for document in sorted(by_document):
        ordered = sorted(by_document[document], key=lambda i: (rank[i], i))
        for b, j in enumerate(ordered):
            answer = answering[j]
            options = []
            # Ranks rise along ``ordered``: going back from j, the gap only grows, so stop once it is too far
            # (the options are sorted below by their full key, so the order they are found in does not matter).
            for i in reversed(ordered[:b]):
                gap = rank[j] - rank[i]
                if gap > MAX_TURN_DISTANCE:
                    break
                if not opposite(i, j):
                    continue
                bonus = W_SAME_DOCUMENT - TURN_DECAY * gap + W_ANSWER_CUE * answer + W_SPEAKER * head[i]
                options.append((-(bonus + sim(i, j)), i, bonus))
            # Only the earlier claims it most plausibly answers: a long run of the other side is not all answered.
            for _, i, bonus in sorted(options)[:SAME_DOCUMENT_OPTIONS]:
                found.add(i, j, bonus, "answers the other side's claim before it in the same document")


def _theses(members: list[int], sentences: Sequence[Sentence], cues: Sequence[Cues], debate, stance,
            vectors: np.ndarray, found: _Candidates, k: int = 2) -> None:
    """Documents' own theses on opposite sides answer each other: each thesis (a sentence stating its
    document's own view, ``thesis.thesis_weight``, as stance reads them) takes the ``k`` most similar theses
    of other documents on the other side of its debate (all of them when there are no more)."""
    theses = [i for i in members if thesis_weight(sentences[i], cues[i]) > 0]
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)  # (debate, stance) → theses, index order
    for i in theses:
        groups[(debate[i], stance[i])].append(i)
    per_document: dict[tuple[str, str, str], int] = defaultdict(int)  # (debate, stance, document) → theses
    for i in theses:
        per_document[(debate[i], stance[i], sentences[i].document)] += 1
    stances = sorted({s for _, s in groups})
    pool: dict[tuple[str, str], np.ndarray] = {}  # (debate, stance) → theses on its other side
    asked: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    for j in theses:
        key = (debate[j], stance[j])
        if key not in pool:
            pool[key] = _merged([g for (d, s), g in groups.items() if d == key[0] and s != key[1]])
        # Ranking k + (its own document's theses there) leaves k once those are dropped.
        same = sum(per_document.get((key[0], s, sentences[j].document), 0) for s in stances if s != key[1])
        if len(pool[key]) - same > k:
            asked[key][j] = k + same
    ranked = {key: _ranked(vectors, pool[key], queries) for key, queries in asked.items()}
    for j in theses:
        key = (debate[j], stance[j])
        document = sentences[j].document
        if j in asked[key]:
            chosen = [i for i in ranked[key][j].tolist() if sentences[i].document != document][:k]
        else:
            chosen = [i for i in pool[key].tolist() if sentences[i].document != document]
        for i in chosen:
            found.add(i, j, W_THESIS, "the two documents' theses take opposite sides")


def _merged(lists: list[list[int]]) -> np.ndarray:
    """Sorted union of index lists (each already sorted, disjoint)."""
    if len(lists) == 1:
        return np.asarray(lists[0], dtype=np.intp)
    if not lists:
        return np.zeros(0, dtype=np.intp)
    return np.sort(np.concatenate([np.asarray(x, dtype=np.intp) for x in lists]))


ROWS_PER_BLOCK = 1 << 22  # similarities computed at once (16 MB of float32): bounded memory at any scale


def _ranked(vectors: np.ndarray, pool: np.ndarray, asked: dict[int, int]) -> dict[int, np.ndarray]:
    """For each claim j in ``asked``, the ``asked[j]`` claims of ``pool`` most similar to j, best first, ties
    by lower index (the order the pool is in). One matrix product per block of claims."""
    out: dict[int, np.ndarray] = {}
    if not asked or len(pool) == 0:
        return out
    items = vectors[pool]
    queries = sorted(asked)
    step = max(1, ROWS_PER_BLOCK // len(pool))
    for start in range(0, len(queries), step):
        block_queries = queries[start:start + step]
        block = vectors[block_queries] @ items.T
        k = min(max(asked[j] for j in block_queries), len(pool))
        for j, top in zip(block_queries, _top_columns(block, k), strict=True):
            out[j] = pool[top[:asked[j]]]
    return out


def _top_columns(block: np.ndarray, k: int) -> list[np.ndarray]:
    """Per row, the columns of its ``k`` largest values, largest first, ties by lower column: exactly what
    sorting the row by (-value, column) gives, but by partition (O(columns)) rather than a full sort."""
    width = block.shape[1]
    if k >= width:
        return list(np.argsort(-block, axis=1, kind="stable"))
    threshold = np.partition(block, width - k, axis=1)[:, width - k:width - k + 1]  # each row's k-th largest
    above = block >= threshold
    counts = above.sum(axis=1)
    out: list[np.ndarray] = [np.empty(0, dtype=np.intp)] * len(block)
    plain = np.flatnonzero(counts == k)  # the usual case: no tie at the threshold
    if len(plain):
        cols = np.nonzero(above[plain])[1].reshape(len(plain), k)  # row-major: columns ascending per row
        vals = np.take_along_axis(block[plain], cols, axis=1)
        cols = np.take_along_axis(cols, np.argsort(-vals, axis=1, kind="stable"), axis=1)
        for r, row in zip(plain.tolist(), cols, strict=True):
            out[r] = row
    for r in np.flatnonzero(counts != k).tolist():  # ties at the threshold: more than k candidates
        cols = np.flatnonzero(above[r])
        out[r] = cols[np.argsort(-block[r, cols], kind="stable")][:k]
    return out


def _neighbours(members: list[int], debate, stance, vectors: np.ndarray, k: int, floor: float,
                found: _Candidates) -> None:
    """Mutual nearest opposite-side neighbours above ``floor``, per debate, as a reason with no bonus: it
    says how close a pair is, and a pair with no other evidence is no link."""
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in members:
        groups[debate[i]][stance[i]].append(i)
    for d in sorted(groups):
        pro, con = groups[d].get("pro", []), groups[d].get("con", [])
        if not pro or not con:
            continue
        best_pro = _top(vectors[pro], vectors[con], k)
        best_con = _top(vectors[con], vectors[pro], k)
        for a, (sims, idx) in enumerate(best_pro):
            for s, b in zip(sims, idx, strict=False):
                if s >= floor and a in best_con[b][1]:
                    found.add(pro[a], con[b], 0.0, f"close claim on the other side ({s:.2f})")


def _select(pairs: list[_Pair], max_per_claim: int) -> dict[int, dict[int, str]]:
    """Each claim picks its ``max_per_claim`` best pairs (ties by index); a pair picked by either end is
    a link, so a claim that many answer (a debate's opening thesis) keeps those answers. Symmetric; each
    claim's links come strongest first (ties by index), the order the app lists them in."""
    # Each pair's rank key computed once for both its ends; keys are distinct (one pair per (i, j)), so
    # sorting (key, pair) never compares the pairs themselves.
    mine: dict[int, list[tuple[tuple[float, int, int], _Pair]]] = defaultdict(list)
    for p in pairs:
        ranked_by = (-round(p.score, 6), min(p.i, p.j), max(p.i, p.j))
        mine[p.i].append((ranked_by, p))
        mine[p.j].append((ranked_by, p))
    picked: dict[tuple[float, int, int], _Pair] = {}  # a pair both ends pick is one entry
    for claim in sorted(mine):
        picked.update(sorted(mine[claim])[:max_per_claim])
    # Added in rank order, so each claim's links come strongest first.
    links: dict[int, dict[int, str]] = defaultdict(dict)
    for ranked_by in sorted(picked):
        p = picked[ranked_by]
        links[p.i][p.j] = p.why
        links[p.j][p.i] = p.why
    return {claim: links[claim] for claim in sorted(links)}


def _top(queries: np.ndarray, items: np.ndarray, k: int) -> list[tuple[np.ndarray, list[int]]]:
    sims, idx = top_k(queries, items, k)
    return [(s, i.tolist()) for s, i in zip(sims, idx, strict=False)]
