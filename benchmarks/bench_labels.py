"""How fast the reader's corrections train the map: ``python benchmarks/bench_labels.py [CORPUS ...]``.

A simulated reader works through the claims the machine is least sure of (the app lists them by
confidence), setting the gold stance of each in-debate gold sentence met on the way, as `argmap annotate`
would. After every batch the corpus is rebuilt (the labels are clamped and the stance model is refitted on
them) and scored on the gold sentences the reader has *not* labelled, so the figure is what the labels
taught the machine about the rest, not the labels themselves.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from argmap import annotations
from argmap.evaluate import Gold, evaluate, read_gold
from argmap.model import normalise_space
from argmap.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ["minimum-wage", "foreign-aid", "screen-time", "digital-labour", "reading-group"]
STEPS = [0, 5, 10, 20, 40]


def _unlabelled(gold: Gold, labelled: set[tuple[str, str]]) -> Gold:
    return Gold([g for g in gold.sentences if (g["document"], normalise_space(g["text"])) not in labelled], [])


def run(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        shutil.copytree(ROOT / "corpora" / name, root, ignore=shutil.ignore_patterns(".argmap"))
        gold = read_gold(root / "argmap-gold.jsonl")
        amap = build(root).map
        by_text = {(c.document, normalise_space(c.text)): c for c in amap.claims}
        wanted = {(g["document"], normalise_space(g["text"])): g for g in gold.sentences if g.get("debate")}
        # The reader's queue: in-debate gold sentences, least confident first (ties by id, for determinism).
        queue = sorted((by_text[k] for k in wanted if k in by_text), key=lambda c: (c.confidence, c.id))
        labelled: set[tuple[str, str]] = set()
        print(f"{name}: {len(wanted)} gold sentences in a debate")
        # "unlabelled map": the map built before any label, scored on the same claims, so the gain the labels
        # bring is read against the same sentences (the rest grows easier as the least sure are labelled).
        print(f"{'labels':>7} {'stance (rest)':>14} {'en':>6} {'zh':>6} {'debate (rest)':>14} {'build s':>8} "
              f"{'unlabelled map':>15}")
        for k in STEPS:
            for claim in queue[len(labelled):k]:
                key = (claim.document, normalise_space(claim.text))
                stance = wanted[key].get("stance") or "none"
                annotations.append(root, annotations.annotate_claim(claim, kind="stance", stance=stance))
                labelled.add(key)
            start = time.perf_counter()
            result = evaluate(build(root).map, _unlabelled(gold, labelled))
            took = time.perf_counter() - start
            before = evaluate(amap, _unlabelled(gold, labelled))["all"]["stance_accuracy"]
            print(f"{len(labelled):7d} {result['all']['stance_accuracy']:14.3f} {result['en']['stance_accuracy']:6.3f} "
                  f"{result['zh']['stance_accuracy']:6.3f} {result['all']['debate_accuracy']:14.3f} {took:8.2f} "
                  f"{before:15.3f}")


if __name__ == "__main__":
    for corpus in sys.argv[1:] or CORPORA:
        run(corpus)
