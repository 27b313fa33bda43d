"""Discovery: with no declared debates, find topics and propose debates as an ``argmap.toml`` fragment.

Topics are clusters of the corpus's claims (method and logistics asides left out); each topic with
enough claims is split in two, and the central claims of the two halves become the proposed sides.
The reader edits the fragment into ``argmap.toml``; until then the proposed debates are mapped like
declared ones and marked ``proposed``.
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.cluster import KMeans

from argmap.mapping.cues import aside_section, find_cues
from argmap.mapping.keywords import ctfidf_keywords
from argmap.mapping.positions import cluster_claims
from argmap.model import DebateSpec, Sentence

MIN_TOPIC = 6  # claims a topic needs before it is proposed as a debate
MAX_TOPICS = 8


def _slug(words: list[str], taken: set[str]) -> str:
    base = "-".join(w for w in words[:2] if re.fullmatch(r"[a-z0-9]+", w)) or "topic"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _statement(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def discover(sentences: list[Sentence], vectors: np.ndarray, seed: int = 0
             ) -> tuple[list[DebateSpec], list[str | None]]:
    """Proposed debates and, per sentence, the proposed debate it belongs to (None: asides, small topics)."""
    n = len(sentences)
    keep = [i for i, s in enumerate(sentences) if not find_cues(s.text).aside and not aside_section(s.section)]
    assignment: list[str | None] = [None] * n
    if len(keep) < MIN_TOPIC:
        return [], assignment
    labels = cluster_claims(vectors[keep], seed, max_k=MAX_TOPICS)
    groups = [[keep[a] for a in np.flatnonzero(labels == k)] for k in range(int(labels.max()) + 1)]
    groups = [g for g in groups if len(g) >= MIN_TOPIC]
    keywords = ctfidf_keywords([[sentences[i].text for i in g] for g in groups])
    specs: list[DebateSpec] = []
    taken: set[str] = set()
    for members, words in zip(groups, keywords, strict=False):
        halves = KMeans(n_clusters=2, random_state=seed, n_init=10).fit(vectors[members])
        sides = []
        for h in (0, 1):
            idx = [members[a] for a in np.flatnonzero(halves.labels_ == h)]
            centre = halves.cluster_centers_[h]
            sides.append(min(idx, key=lambda i: (-float(vectors[i] @ centre), i)))
        pro, con = sorted(sides, key=lambda i: (sentences[i].document, sentences[i].start, i))
        topic = ", ".join(words[:3]) if words else "this topic"
        spec = DebateSpec(
            id=_slug(words, taken),
            question=f"On {topic}: is it right that {_lower_first(_statement(sentences[pro].text).rstrip('.。'))}?",
            pro=[_statement(sentences[pro].text)],
            con=[_statement(sentences[con].text)],
        )
        specs.append(spec)
        for i in members:
            assignment[i] = spec.id
    return specs, assignment


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].istitle() else text


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def proposal_toml(specs: list[DebateSpec]) -> str:
    """The proposed debates as a ready ``[[debate]]`` fragment for argmap.toml."""
    lines = ["# Proposed by argmap: edit the questions and sides, then keep what you want in argmap.toml."]
    for spec in specs:
        lines += ["", "[[debate]]", f"id = {_toml_string(spec.id)}", f"question = {_toml_string(spec.question)}",
                  f"pro = [{', '.join(_toml_string(t) for t in spec.pro)}]",
                  f"con = [{', '.join(_toml_string(t) for t in spec.con)}]"]
    return "\n".join(lines) + "\n"
