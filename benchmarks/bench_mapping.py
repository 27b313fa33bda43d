"""Time the mapping stage on synthetic corpora: ``python benchmarks/bench_mapping.py [4000 20000]``.

Sentences are random unit vectors around a few topic centres (like BERTopic's make_blobs tests), with
citations to a pool of works, so every step (debates, stance graph, positions, counters) has work to do.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from argmap.mapping import MapInput, map_corpus
from argmap.model import Citation, DebateSpec, Reference, Sentence


def synthetic(n: int, dim: int = 512, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((4, dim))
    topic = rng.integers(0, 4, n)
    vectors = centres[topic] + 1.5 * rng.standard_normal((n, dim))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    works = [f"author{k}{1990 + k % 30}" for k in range(max(20, n // 40))]
    references = {w: Reference(w, [f"Author{i}, A."], 1990 + i % 30) for i, w in enumerate(works)}
    sentences = []
    for i in range(n):
        cites = []
        if rng.random() < 0.4:
            key = works[int(rng.integers(0, len(works)))]
            cites = [Citation(text=f"(Author, {references[key].year})", start=0, end=5, key=key)]
        text = f"Sentence {i} of topic {topic[i]} argues something."
        sentences.append(Sentence(id=f"c-{i:010x}", document=f"doc{i // 50}.md", text=text, start=0,
                                  end=len(text), paragraph=(i % 50) // 5, citations=cites))
    statements = {}
    debates = []
    for d in range(2):
        spec = DebateSpec(f"debate-{d}", f"Question {d}?", [f"pro {d} a", f"pro {d} b"], [f"con {d} a", f"con {d} b"])
        debates.append(spec)
        base = centres[d] / np.linalg.norm(centres[d])
        for _j, text in enumerate([spec.question, *spec.pro, *spec.con]):
            v = base + 0.3 * rng.standard_normal(dim)
            statements[text] = (v / np.linalg.norm(v)).astype(np.float32)

    def embed(texts):
        return np.stack([statements[t] for t in texts])

    return MapInput(sentences, vectors, debates, embed, references, {}, seed)


def main(sizes: list[int]) -> None:
    for n in sizes:
        inp = synthetic(n)
        start = time.perf_counter()
        result = map_corpus(inp)
        seconds = time.perf_counter() - start
        placed = sum(c.debate is not None for c in result.claims)
        print(f"{n:>7} sentences: {seconds:6.2f} s  ({placed} placed in a debate, "
              f"{sum(len(d.positions) for d in result.debates)} positions)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [4000])
