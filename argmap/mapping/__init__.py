"""The mapping stage: debates, stances, positions, counterclaims, attribution and discovery.

``map_corpus`` is the one entry point; each step lives in its own module and is a pure function or a
small sklearn-shaped object of plain data:

- ``cues``: reporting, reply, contrast, negation and framing cues (English and Chinese);
- ``attribution``: whose view a sentence reports and which works it answers (signed relations);
- ``evidence``: sentence × work matrices and the scores passed along them;
- ``debate``: which declared debate a sentence belongs to, if any;
- ``thesis``: each document's thesis statements ("This paper argues", "本文认为") and own-voice sentences;
- ``stance``: signed propagation from side statements, document theses, citations, paragraphs and reader labels;
- ``positions`` / ``keywords``: clusters within each side, c-TF-IDF labels, stable ids;
- ``counters``: opposite-side claims that answer each other;
- ``discovery``: proposed debates when none is declared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from argmap.mapping.assemble import map_declared
from argmap.model import ArgumentMap, Claim, Debate, DebateSpec, Reference, Sentence

__all__ = ["MapInput", "MapResult", "map_corpus"]


@dataclass
class MapInput:
    sentences: list[Sentence]  # every candidate claim, citations resolved
    vectors: np.ndarray  # (len(sentences), dim) float32, L2-normalised, aligned
    debates: list[DebateSpec]  # declared in argmap.toml; empty → discovery
    embed: Callable[[list[str]], np.ndarray]  # same model, for questions / side statements
    references: dict[str, Reference] = field(default_factory=dict)
    labels: dict[str, dict[str, str | None]] = field(default_factory=dict)  # reader decisions per claim id
    seed: int = 0
    previous: ArgumentMap | None = None  # last build, for stable position ids
    model: str = ""  # the embedding model's name, for what was fitted in its space (mapping.neutral)


@dataclass
class MapResult:
    debates: list[Debate]
    claims: list[Claim]  # one per input sentence, same order
    proposal: str | None = None  # argmap.toml fragment when no debates were declared
    calibration: dict = field(default_factory=dict)  # what an incremental build reuses (map_declared)


def _reuse(inp: MapInput) -> Callable[[list[str]], np.ndarray]:
    """``inp.embed``, except that texts which are corpus sentences reuse their vectors (proposed sides are)."""
    known = {s.text: i for i, s in enumerate(inp.sentences)}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in known]
        fresh = dict(zip(missing, np.asarray(inp.embed(missing), dtype=np.float32), strict=False)) if missing else {}
        rows = [inp.vectors[known[t]] if t in known else fresh[t] for t in texts]
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), inp.vectors.shape[1])

    return embed


def map_corpus(inp: MapInput) -> MapResult:
    """Map the corpus: assign debates and stances, cluster positions, link counterclaims.

    With no declared debates, topics are discovered and proposed (``MapResult.proposal``)."""
    vectors = np.asarray(inp.vectors, dtype=np.float32)
    if len(inp.sentences) != len(vectors):
        raise ValueError(f"{len(inp.sentences)} sentences but {len(vectors)} vectors")
    if inp.debates:
        debates, claims, calibration = map_declared(inp.sentences, vectors, inp.debates, inp.embed, inp.references,
                                                    inp.labels, inp.seed, inp.previous, model=inp.model)
        return MapResult(debates, claims, calibration=calibration)
    from argmap.mapping.discovery import discover

    specs, assignment = discover(inp.sentences, vectors, inp.seed)
    debates, claims, _ = map_declared(inp.sentences, vectors, specs, _reuse(inp), inp.references, inp.labels,
                                      inp.seed, inp.previous, fixed_debates=assignment, model=inp.model)
    for debate in debates:
        debate.proposed = True
    from argmap.mapping.discovery import proposal_toml

    return MapResult(debates, claims, proposal_toml(specs) if specs else None)
