"""Which debate (if any) each sentence belongs to.

Signals: similarity to the debate's question and side statements (max and mean), the debates of the
works a sentence cites (a work's debate is where the sentences citing it sit, corpus-wide, across
languages), and its paragraph and document; which of several debates also weighs the one its section
and document lean to. The cut-off below which a sentence is in no debate is
anchored on how close the side statements are to their own question (so it follows the embedding
model's scale), and lowered when the corpus's own score distribution (Otsu's split) runs lower.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from argmap.mapping.evidence import work_scores
from argmap.model import DebateSpec, Sentence

# Weights of the signals (measured on the dev fixtures; see benchmarks/bench_mapping.py).
W_SELF, W_PARAGRAPH, W_DOCUMENT, W_WORKS = 0.6, 0.15, 0.1, 0.15
# Which debate (not whether any): how far the sentence's section and document lean to one debate rather
# than the others. Two debates of one field share their words (labour, Marx, value), and a sentence about
# labour in a paper on platforms went wherever it was individually nearest. Measured on the two-debate
# corpora, each built whole and with three different fifths of its documents left out: reading-group
# (labelled blind) debate 0.859 -> 0.933, digital-labour 0.901 -> 0.941; stance over all six corpora
# 0.635 -> 0.637. The document alone (0.6) did as well on debate but cost digital-labour 0.011 of stance.
W_SECTION_WHICH, W_DOCUMENT_WHICH = 0.6, 0.3
ASIDE_PENALTY = 0.12
# Measured on the held-out fields: foreign-aid debate 0.860 -> 0.904 (stance 0.620 -> 0.633), minimum-wage
# 0.938 -> 0.954; digital-labour 0.899 -> 0.901 and screen-time 0.955 -> 0.959, whose stance lost 0.007
# and 0.005 (neutral sentences that now join a debate and take a side). 0.2 gained little more.
W_WORKS_PRESENCE = 0.1
THRESHOLD_FRACTION = 0.35  # of the statements' own similarity to their question
# Sentences about nothing in any debate, in both languages: how similar the embedding model finds
# unrelated text to a debate's statements. Side statements that paraphrase their question ("Do minimum
# wage increases reduce employment?" / "Minimum wage increases have little or no effect on employment")
# raised the statement-anchored cut-off to 0.23 while that corpus's off-topic sentences scored at most
# 0.18 and a fifth of its debate sentences fell between: the cut-off stays within OFF_TOPIC_MARGIN of
# where unrelated text lies (0.04-0.06 with use-multilingual-v3, for all four example debates).
OFF_TOPIC = (
    "The seminar meets on Tuesday at four in room 204.", "Please send your slides to the convenor a day in advance.",
    "Late submissions lose marks unless an extension was agreed.", "The library copy is on loan until next month.",
    "Remember to back up your files before the deadline.", "Thanks to the reviewers for their helpful comments.",
    "The weather was cold and the trains were late.", "Chapter two reviews the archival sources.",
    "下周读书会在二楼会议室举行。", "请提前把幻灯片发给老师。", "图书馆的那本书已经被借走了。", "感谢匿名评审专家的宝贵意见。",
    "今天的天气很冷，火车晚点了。", "第二章介绍研究方法和数据来源。",
)
OFF_TOPIC_MARGIN = 0.1


@dataclass
class DebateAssignment:
    debate: list[str | None]  # per sentence
    confidence: np.ndarray
    scores: np.ndarray  # (n, debates) combined scores
    threshold: float
    reasons: list[list[str]] = field(default_factory=list)


def statement_texts(spec: DebateSpec) -> list[str]:
    return [spec.question, *spec.pro, *spec.con]


def otsu(values: np.ndarray, bins: int = 64) -> float:
    """The cut that best separates ``values`` into two groups (max between-class variance)."""
    if values.size < 2 or float(values.max() - values.min()) < 1e-9:
        return float(values.mean()) if values.size else 0.0
    hist, edges = np.histogram(values, bins=bins)
    centres = (edges[:-1] + edges[1:]) / 2
    weight0 = np.cumsum(hist)
    weight1 = weight0[-1] - weight0
    sum0 = np.cumsum(hist * centres)
    mean0 = sum0 / np.maximum(weight0, 1)
    mean1 = (sum0[-1] - sum0) / np.maximum(weight1, 1)
    between = weight0 * weight1 * (mean0 - mean1) ** 2
    return float(edges[1:][int(np.argmax(between))])


def _own_scores(vectors: np.ndarray, statements: np.ndarray) -> np.ndarray:
    """Each vector's similarity to one debate's statements: 0.5 × the closest + 0.5 × the mean."""
    sims = vectors @ statements.T
    return 0.5 * sims.max(axis=1) + 0.5 * sims.mean(axis=1)


def off_topic_level(statement_vectors: list[np.ndarray], embed: Callable[[list[str]], np.ndarray]) -> float:
    """The mean own score of ``OFF_TOPIC`` sentences, over the debates."""
    unrelated = np.asarray(embed(list(OFF_TOPIC)), dtype=np.float32)
    return float(np.mean([_own_scores(unrelated, m).mean() for m in statement_vectors]))


def _group_mean(scores: np.ndarray, groups: list[tuple]) -> np.ndarray:
    """Mean of the *other* members' rows in each sentence's group (0 for a sentence alone)."""
    members: dict[tuple, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    out = np.zeros_like(scores)
    for idx in members.values():
        if len(idx) < 2:
            continue
        total = scores[idx].sum(axis=0)
        out[idx] = (total[None, :] - scores[idx]) / (len(idx) - 1)
    return out


def _relative(scores: np.ndarray) -> np.ndarray:
    """Each row less its mean: how a group leans among the debates, apart from how near it is to any."""
    return scores - scores.mean(axis=1, keepdims=True)


def similarity(vectors: np.ndarray, specs: list[DebateSpec], embed: Callable[[list[str]], np.ndarray]
               ) -> tuple[np.ndarray, list[np.ndarray], list[list[str]]]:
    """(n, debates) similarity to each debate's statements (0.5 max + 0.5 mean), with the statement vectors."""
    columns, statement_vectors, texts = [], [], []
    for spec in specs:
        items = statement_texts(spec)
        matrix = np.asarray(embed(items), dtype=np.float32)
        columns.append(_own_scores(vectors, matrix))
        statement_vectors.append(matrix)
        texts.append(items)
    return np.stack(columns, axis=1), statement_vectors, texts


# A float32 dot product of unit vectors of up to a few thousand dimensions is within ~1e-4 of the exact
# value however its terms are summed; results further than this from a tie or a rounding edge are the
# same whichever BLAS routine computed them.
_FLOAT_SLACK = 1e-4


def _nearest_statements(vectors: np.ndarray, statement_vectors: list[np.ndarray], tops: np.ndarray
                        ) -> tuple[list[int], list[float]]:
    """For each sentence, the index of and similarity to the nearest statement of its top debate, as
    ``vectors[i] @ statement_vectors[top].T`` gives them row by row, but with one product per debate.

    A matrix product may round differently from the per-row product in the last bits, so rows whose
    best two statements are within ``_FLOAT_SLACK`` of each other, or whose similarity is that close to
    where its two-decimal rendering changes, are recomputed row by row: the reasons stay byte-identical."""
    n = len(vectors)
    nearest = np.zeros(n, dtype=int)
    value = np.zeros(n)
    for d, matrix in enumerate(statement_vectors):
        members = np.flatnonzero(tops == d)
        if not len(members):
            continue
        sims = vectors[members] @ matrix.T
        best = np.argmax(sims, axis=1)
        best_sims = sims[np.arange(len(members)), best].astype(np.float64)
        runner_up = np.sort(sims, axis=1)[:, -2] if sims.shape[1] > 1 else np.full(len(members), -np.inf)
        cents = best_sims * 100
        unsure = ((best_sims - runner_up < _FLOAT_SLACK) | (np.abs(cents - np.floor(cents) - 0.5) < 100 * _FLOAT_SLACK)
                  | (np.abs(best_sims) < _FLOAT_SLACK))
        for a in np.flatnonzero(unsure):
            row = vectors[members[a]] @ matrix.T
            best[a] = int(np.argmax(row))
            best_sims[a] = float(row[best[a]])
        nearest[members] = best
        value[members] = best_sims
    return nearest.tolist(), value.tolist()


def assign_debates(
    sentences: list[Sentence],
    vectors: np.ndarray,
    specs: list[DebateSpec],
    embed: Callable[[list[str]], np.ndarray],
    links: sparse.csr_matrix,
    link_keys: list[str],
    asides: np.ndarray,
    fixed: dict[int, str | None] | None = None,
    threshold: float | None = None,
    follows_on: Callable[[int], bool] | None = None,
) -> DebateAssignment:
    """Assign each sentence to a debate or to none. ``links`` is the (unsigned) sentence × work matrix,
    ``asides`` flags method/logistics sentences, ``fixed`` holds reader decisions by sentence index."""
    n = len(sentences)
    fixed = fixed or {}
    if n == 0 or not specs:
        return DebateAssignment([None] * n, np.zeros(n), np.zeros((n, len(specs))), 0.0, [[] for _ in range(n)])
    if len(fixed) == n:  # every sentence decided already (discovered topics): nothing to score
        ids = [spec.id for spec in specs]
        scores = np.array([[1.0 if fixed[i] == d else 0.0 for d in ids] for i in range(n)])
        why = [["in the topic cluster of this proposed debate" if fixed[i] else "in no proposed topic"] for i in range(n)]
        return DebateAssignment([fixed[i] for i in range(n)], np.where(scores.any(axis=1), 0.5, 0.5), scores, 0.5, why)
    own, statement_vectors, statement_items = similarity(vectors, specs, embed)
    paragraph_mean = _group_mean(own, [(s.document, s.paragraph) for s in sentences])
    document_mean = _group_mean(own, [(s.document,) for s in sentences])
    links = sparse.csr_matrix(links)
    has_links = np.asarray(links.sum(axis=1)).ravel() > 0
    base = own * (W_SELF + W_WORKS * ~has_links)[:, None] + W_PARAGRAPH * paragraph_mean + W_DOCUMENT * document_mean
    combined = base.copy()
    works = np.zeros((len(link_keys), len(specs)))
    for _ in range(2):  # a work's debate from its citers, then the citers from their works
        works = work_scores(links, combined, prior_weight=0.5)
        mass = np.asarray(links.sum(axis=1)).ravel()
        from_works = (links @ works) / np.where(mass > 0, mass, 1.0)[:, None]
        combined = base + W_WORKS * from_works * has_links[:, None]
    combined = combined - ASIDE_PENALTY * asides[:, None]
    # Whether a sentence is in a debate at all also counts the debates of the works it cites ("A
    # meta-analysis reached a similar conclusion (Doucouliagos & Paldam, 2009)" has few topic words of
    # its own); which debate it is in does not, since neighbouring debates cite the same works.
    presence = combined + W_WORKS_PRESENCE * from_works * has_links[:, None]

    # Calibrate the cut-off on this corpus, bounded by how close the statements are to their own question
    # and by how close unrelated text comes to them.
    if threshold is None:  # an incremental build passes the cut-off its full build calibrated
        anchor = float(np.mean([np.mean(m[1:] @ m[0]) for m in statement_vectors]))
        lo = min(THRESHOLD_FRACTION * anchor, off_topic_level(statement_vectors, embed) + OFF_TOPIC_MARGIN)
        # Measured on the example corpus: Otsu's split alone cut off a fifth of the debate sentences; it
        # only lowers the statement-anchored cut-off (for corpora whose scores run low), never raises it.
        best = combined.max(axis=1)
        threshold = float(min(otsu(best), lo)) if best.size > 20 else lo

    section_mean = _group_mean(own, [(s.document, s.section) for s in sentences])
    which = combined + W_SECTION_WHICH * _relative(section_mean) + W_DOCUMENT_WHICH * _relative(document_mean)
    order = np.argsort(-which, axis=1, kind="stable")
    citers = np.asarray((links > 0).sum(axis=0)).ravel()
    ids = [spec.id for spec in specs]
    # Per-sentence figures as Python lists, taken from the arrays once (indexing numpy per row dominated).
    rows = np.arange(n)
    tops = order[:, 0].tolist()
    chosen = presence[rows, order[:, 0]]
    top_scores = chosen.tolist()
    # The runner-up trails the chosen debate by what decided between them.
    seconds = (chosen - which[rows, order[:, 0]] + which[rows, order[:, 1]]).tolist() \
        if len(specs) > 1 else [threshold] * n
    nearest, nearest_sims = _nearest_statements(vectors, statement_vectors, order[:, 0])
    has_link = has_links.tolist()
    aside = asides.tolist()
    debate: list[str | None] = []
    confidence = np.zeros(n)
    reasons: list[list[str]] = []
    for i in range(n):
        top = tops[i]
        second = seconds[i]
        why: list[str] = []
        if i in fixed:
            debate.append(fixed[i])
            confidence[i] = 1.0
            reasons.append(["debate set by the reader"])
            continue
        why.append(f"nearest statement of '{ids[top]}': '{statement_items[top][nearest[i]]}' ({nearest_sims[i]:.2f})")
        if has_link[i]:
            # Slicing the CSR arrays directly: getrow() builds a matrix per sentence, which dominated at scale.
            lo, hi = links.indptr[i], links.indptr[i + 1]
            indices, data = links.indices[lo:hi], links.data[lo:hi]
            cited = [link_keys[j] for j in indices[np.argsort(-data, kind="stable")][:2]]
            why.append(f"cites {', '.join(cited)}, whose debate {int(citers[indices].max()) - 1} other sentence(s) "
                       "also suggest")
        if aside[i]:
            why.append("reads as method, logistics or courtesy")
        score = top_scores[i]
        margin = score - threshold
        if margin < 0:
            debate.append(None)
            confidence[i] = float(1 / (1 + np.exp(margin / 0.04)))
            why.append(f"score {score:.2f} below this corpus's cut-off {threshold:.2f}: no debate")
        else:
            debate.append(ids[top])
            gap = score - max(second, threshold)
            confidence[i] = float(1 / (1 + np.exp(-(min(margin, gap) + 0.02) / 0.04)))
            why.append(f"score {score:.2f} ≥ cut-off {threshold:.2f}")
        reasons.append(why)
    if follows_on is not None:
        _join_exchanges(sentences, follows_on, fixed, debate, reasons)
    return DebateAssignment(debate, confidence, combined, threshold, reasons)


REPLY_REACH = 2  # sentences back in its document where a reply finds the exchange it belongs to


def _join_exchanges(sentences: list[Sentence], follows_on: Callable[[int], bool], fixed: dict[int, str | None],
                    debate: list[str | None], reasons: list[list[str]]) -> None:
    """A sentence below the cut-off that answers or adds to what came before ("Orben and Przybylski (2020)
    replied that choosing the largest specifications …", "针对这一批评，…回应说", "Arndt et al. (2010)
    likewise found …") joins the debate of the nearest of the sentences just before it in its document
    that is in a debate: its own words may name only the detail it takes up, far from any side statement."""
    order = sorted(range(len(sentences)), key=lambda k: (sentences[k].document, sentences[k].start, k))
    for b, i in enumerate(order):
        if debate[i] is not None or i in fixed:
            continue
        for a in range(b - 1, max(-1, b - 1 - REPLY_REACH), -1):
            k = order[a]
            if sentences[k].document != sentences[i].document:
                break
            if debate[k] is not None:
                if follows_on(i):  # asked only here: the cue patterns are slow to run on every sentence
                    debate[i] = debate[k]
                    reasons[i].append(f"takes up the sentence before it, in '{debate[k]}'")
                break
