"""Build overhead against the embedding floor (issues 3 and 7).

Each measurement is a fresh process, back to back, so the ratios hold on a noisy machine:

1. bare encode: a new Python process loads the model and encodes the corpus's sentences;
2. cold build: ``argmap build`` on the same corpus with no ``.argmap/`` cache;
3. rebuild with nothing changed;
4. rebuild after adding one paper (on a larger corpus when --large is given).

    python benchmarks/bench_build.py [--sentences 4000] [--large 20000] [--model use-multilingual-v3]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import make_corpus, sentence  # noqa: E402

BARE = """
import sys, time
from argmap.embed import select_embedder
texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")
model = select_embedder(sys.argv[2])
vectors = model.encode(texts)
assert vectors.shape[0] == len(texts)
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_cmd(root: Path, model: str) -> list[str]:
    return [sys.executable, "-m", "argmap.cli", "build", str(root), "--quiet", "--model", model]


def add_paper(root: Path, n: int = 40) -> None:
    import random

    rng = random.Random(99)
    body = " ".join(sentence(rng, 10_000_000 + i) for i in range(n))
    (root / "zz-new-paper.md").write_text(f"# A new paper\n\n{body}\n", encoding="utf-8")


def overhead(sentences: int, model: str, work: Path) -> dict[str, float]:
    root = work / f"corpus{sentences}"
    texts = make_corpus(root, sentences)
    listing = work / f"texts{sentences}.txt"
    listing.write_text("\n".join(texts), encoding="utf-8")
    bare = timed([sys.executable, "-c", BARE, str(listing), model])
    cold = timed(build_cmd(root, model))
    warm = timed(build_cmd(root, model))
    add_paper(root)
    added = timed(build_cmd(root, model))
    return {"sentences": len(texts), "bare": bare, "cold": cold, "warm": warm, "added": added}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=4000)
    parser.add_argument("--large", type=int, default=0, help="also measure adding a paper to this many sentences")
    parser.add_argument("--model", default="use-multilingual-v3")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="argmap-bench-"))
    try:
        rows = [overhead(args.sentences, args.model, work)]
        if args.large:
            rows.append(overhead(args.large, args.model, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"model: {args.model}")
    print(f"{'sentences':>10} {'bare encode':>12} {'cold build':>11} {'cold/bare':>10} "
          f"{'rebuild':>8} {'rebuild/cold':>13} {'+1 paper':>9} {'+1/cold':>8}")
    for r in rows:
        print(f"{r['sentences']:>10} {r['bare']:>11.2f}s {r['cold']:>10.2f}s {r['cold'] / r['bare']:>10.2f} "
              f"{r['warm']:>7.2f}s {r['warm'] / r['cold']:>13.3f} {r['added']:>8.2f}s {r['added'] / r['cold']:>8.3f}")
    print("targets: cold/bare <= 1.5, rebuild/cold <= 0.25, +1 paper/cold <= 0.05 (at 20,000 sentences)")


if __name__ == "__main__":
    main()
