"""Build overhead against the embedding floor (issues 3 and 7).

Each measurement is a fresh process, back to back, so the ratios hold on a noisy machine:

1. bare encode: a new Python process loads the model and encodes the corpus's sentences in one call
   (one process; the model's own threads);
   and, for the record, the same encode spread over processes the way a build spreads it
   (``embed_cached``; ``argmap.embed.parallel``), so the build's overhead past its own encode shows too;
2. cold build: ``argmap build`` on the same corpus with no ``.argmap/`` cache;
3. rebuild with nothing changed;
4. rebuild after adding one paper (on a larger corpus when --large is given).

    python benchmarks/bench_build.py [--sentences 4000] [--large 20000] [--model use-multilingual-v3]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import load_average, make_corpus, sentence  # noqa: E402

from argmap.embed.parallel import helper_count  # noqa: E402

BARE = """
import sys, time
from argmap.embed import select_embedder
texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")
model = select_embedder(sys.argv[2])
vectors = model.encode(texts)
assert vectors.shape[0] == len(texts)
"""


SPREAD = """
import sys
from argmap.embed import embed_cached, select_embedder
texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")
vectors = embed_cached(select_embedder(sys.argv[2]), texts, None)
assert vectors.shape[0] == len(texts)
"""


STAGE_TIMES = re.compile(r"^\s*time\s+(.*)$", re.M)


# As installed: pip compiles argmap to bytecode, so no run below pays for compiling it (a shell with
# PYTHONDONTWRITEBYTECODE set would otherwise recompile argmap from source in every process).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compile_argmap() -> None:
    import argmap

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(argmap.__file__).parent)], check=True, env=ENV)


def timed(cmd: list[str], stages: list[str] | None = None) -> float:
    """Seconds the command took; ``argmap build``'s own per-stage line ("read 1.2s  cite …") goes to ``stages``."""
    start = time.perf_counter()
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, env=ENV).stdout
    seconds = time.perf_counter() - start
    if stages is not None:
        found = STAGE_TIMES.search(out)
        stages.append(found.group(1).strip() if found else "?")
    return seconds


def build_cmd(root: Path, model: str) -> list[str]:
    return [sys.executable, "-m", "argmap.cli", "build", str(root), "--quiet", "--model", model]


def add_paper(root: Path, n: int = 40, name: str = "zz-new-paper.md", seed: int = 99) -> None:
    """A paper of ``n`` new sentences. Its name decides where it sorts: after every other document (the
    cheap case: all earlier documents' citations are reused in one read), or among them."""
    import random

    rng = random.Random(seed)
    body = " ".join(sentence(rng, 10_000_000 + seed * 1000 + i) for i in range(n))
    (root / name).write_text(f"# A new paper\n\n{body}\n", encoding="utf-8")


def overhead(sentences: int, model: str, work: Path) -> dict:
    root = work / f"corpus{sentences}"
    texts = make_corpus(root, sentences)
    listing = work / f"texts{sentences}.txt"
    listing.write_text("\n".join(texts), encoding="utf-8")
    stages: list[str] = []
    bare = timed([sys.executable, "-c", BARE, str(listing), model])
    spread = timed([sys.executable, "-c", SPREAD, str(listing), model])
    cold = timed(build_cmd(root, model), stages)
    warm = timed(build_cmd(root, model), stages)
    add_paper(root)
    added = timed(build_cmd(root, model), stages)
    middle = sorted(p.name for p in root.glob("*.md"))
    add_paper(root, name=middle[len(middle) // 2].replace(".md", "-new.md"), seed=98)
    added_mid = timed(build_cmd(root, model), stages)
    return {"sentences": len(texts), "bare": bare, "spread": spread, "cold": cold, "warm": warm, "added": added,
            "added_mid": added_mid,
            "stages": dict(zip(("cold", "rebuild", "+1 paper", "+1 middle"), stages, strict=True)), "load": load_average()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=4000)
    parser.add_argument("--large", type=int, default=0, help="also measure adding a paper to this many sentences")
    parser.add_argument("--model", default="use-multilingual-v3")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="argmap-bench-"))
    compile_argmap()
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
    print("\nadding a second paper, one that sorts in the middle of the corpus (later documents' citations are"
          " replayed per document):")
    for r in rows:
        print(f"{r['sentences']:>10} +1 middle {r['added_mid']:>6.2f}s   +1 middle/cold {r['added_mid'] / r['cold']:.3f}")
    print("\nthe same encode spread over processes as a build spreads it (embed_cached; "
          f"{helper_count(10**9) + 1} processes at most on this machine):")
    for r in rows:
        print(f"{r['sentences']:>10} {r['spread']:>11.2f}s   cold/spread encode {r['cold'] / r['spread']:.2f}")
    print("\nper-stage seconds reported by argmap build (the rest of each run is start-up, imports and saving):")
    for r in rows:
        for what, line in r["stages"].items():
            print(f"  {r['sentences']:>6} {what:<9} {line}")
        print(f"  {r['sentences']:>6} measured at {r['load']}")


if __name__ == "__main__":
    main()
