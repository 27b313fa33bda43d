"""Time and peak memory of each build stage as the corpus grows (issue: scale).

For each size a synthetic corpus is written, then built cold (empty ``.argmap/``) in a fresh Python
process, so peak RSS (``resource.getrusage``) belongs to that size alone. The child reports each
stage's seconds (``BuildResult.stats.seconds``: read, cite, embed, map) and the peak RSS reached by
the end of that stage; a size that runs past ``--timeout`` is stopped and reported with the stages
it finished. Growth exponents ``log(t2/t1) / log(n2/n1)`` compare consecutive sizes built with the
same model: 1.0 is linear, n log n reads about 1.1–1.2 over these ranges, 2.0 is quadratic.

By default 2,000 sentences are built with the real model (use-multilingual-v3), and 2,000, 20,000
and 100,000 with the deterministic fake embedder at the same dimension (``fake:512``), so that
embedding does not dominate the large runs and the exponents of read / cite / map are measured on
equal vectors.

    python benchmarks/bench_scale.py [--sizes 2000,20000,100000] [--model fake:512]
                                     [--real 2000] [--timeout 420]
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import load_average, make_corpus  # noqa: E402

STAGES = ("read", "cite", "embed", "map")

# Runs in the fresh process: one JSON line per finished stage, flushed, so a timeout keeps them.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB

def say(**row):
    print(json.dumps(row), flush=True)

start = time.perf_counter()
say(stage="start", rss_mb=peak_mb())
sys.path.insert(0, sys.argv[3])
from bench_scale import speed_up_fake
speed_up_fake()
from argmap.pipeline import build, STAGES
say(stage="import", seconds=time.perf_counter() - start, rss_mb=peak_mb())
current = {"stage": None, "since": time.perf_counter()}

def progress(stage, done, total):
    # A stage ends when the next one reports; map reports (1, 1) when it ends.
    if stage != current["stage"]:
        if current["stage"] is not None:
            say(stage=current["stage"] + ":end", rss_mb=peak_mb())
        current["stage"] = stage
    if stage == "map" and done == total:
        say(stage="map:end", rss_mb=peak_mb())

result = build(Path(sys.argv[1]), sys.argv[2], progress)
say(stage="done", seconds=time.perf_counter() - start, rss_mb=peak_mb(),
    stage_seconds=result.stats.seconds, sentences=result.stats.sentences,
    placed=sum(c.debate is not None for c in result.map.claims))
"""


def speed_up_fake() -> None:
    """Make ``FakeEmbedder.encode`` build its hashed counts sparse: the same vectors (to float rounding)
    several times faster, so 100,000 fake sentences measure argmap rather than a dense 4096-wide matmul."""
    import numpy as np
    from scipy import sparse

    from argmap.embed import fake
    from argmap.embed.base import l2_normalise

    def encode(self, texts):
        texts = list(texts)
        self.calls += 1
        self.texts_encoded += len(texts)
        rows, cols, vals = [], [], []
        for row, text in enumerate(texts):
            for feature, weight in fake.features(text):
                bucket, sign = fake._bucket(feature)
                rows.append(row)
                cols.append(bucket)
                vals.append(sign * weight)
        counts = sparse.csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)),
                                   shape=(len(texts), fake._BUCKETS))
        return l2_normalise(np.asarray(counts @ self._projection, dtype=np.float32))

    fake.FakeEmbedder.encode = encode


def run_size(sentences: int, model: str, timeout: float, work: Path) -> dict:
    root = work / f"corpus-{sentences}-{model.replace(':', '-')}"
    make_corpus(root, sentences)
    rows, timed_out = [], False
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(root), model, str(Path(__file__).parent)],
                              capture_output=True,
                              text=True, timeout=timeout)
        out = proc.stdout
        if proc.returncode != 0:
            raise SystemExit(f"build of {sentences} sentences failed:\n{proc.stderr[-3000:]}")
    except subprocess.TimeoutExpired as exc:
        timed_out = True
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    wall = time.perf_counter() - start
    shutil.rmtree(root, ignore_errors=True)
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    by = {r["stage"]: r for r in rows}
    done = by.get("done", {})
    rss = {s: by[f"{s}:end"]["rss_mb"] for s in STAGES if f"{s}:end" in by}
    reached = [s for s in STAGES if f"{s}:end" in by]
    return {"n": done.get("sentences", sentences), "model": model, "seconds": done.get("stage_seconds", {}),
            "rss": rss, "peak": max([r.get("rss_mb", 0) for r in rows] or [0]), "wall": wall,
            "import": by.get("import", {}).get("seconds", float("nan")), "timed_out": timed_out,
            "child": done.get("seconds", float("nan")),
            "reached": reached, "placed": done.get("placed")}


def exponent(t1: float, t2: float, n1: int, n2: int) -> float:
    if t1 <= 0 or t2 <= 0:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def print_table(results: list[dict]) -> None:
    print(f"\n{'sentences':>9} {'model':<20} " + " ".join(f"{s + ' s':>8}" for s in STAGES)
          + f" {'import':>7} {'other':>7} {'wall s':>8} " + " ".join(f"{'RSS@' + s:>9}" for s in STAGES) + f" {'peak MB':>8}")
    for r in results:
        secs = " ".join(f"{r['seconds'][s]:8.2f}" if s in r["seconds"] else f"{'—':>8}" for s in STAGES)
        rss = " ".join(f"{r['rss'][s]:9.0f}" if s in r["rss"] else f"{'—':>9}" for s in STAGES)
        note = f"  TIMED OUT after {r['wall']:.0f}s (finished: {', '.join(r['reached']) or 'nothing'})" \
            if r["timed_out"] else ""
        other = r["child"] - r["import"] - sum(r["seconds"].values())
        print(f"{r['n']:>9} {r['model']:<20} {secs} {r['import']:7.2f} {other:7.2f} {r['wall']:8.2f} {rss} {r['peak']:8.0f}{note}")
    print("import = importing argmap.pipeline; other = the rest of build() (settings, discovery, saving the map to\n"
          ".argmap/, annotations); wall = the whole child process; RSS@stage = peak RSS by the end of that stage")


def print_growth(results: list[dict]) -> None:
    by_model: dict[str, list[dict]] = {}
    for r in results:
        if not r["timed_out"]:
            by_model.setdefault(r["model"], []).append(r)
    lines = []
    for model, rs in by_model.items():
        rs.sort(key=lambda r: r["n"])
        for a, b in zip(rs, rs[1:], strict=False):
            parts = [f"{s} {exponent(a['seconds'].get(s, 0), b['seconds'].get(s, 0), a['n'], b['n']):.2f}"
                     for s in STAGES]
            post = exponent(a["seconds"].get("map", 0), b["seconds"].get("map", 0), a["n"], b["n"])
            lines.append(f"  {model:<12} {a['n']:>6} → {b['n']:<6} " + "  ".join(parts)
                         + ("   map worse than n log n" if post > 1.25 else ""))
    if lines:
        print("\ngrowth exponents log(t2/t1)/log(n2/n1) (1 linear, ~1.1-1.2 n log n, 2 quadratic):")
        print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,20000,100000", help="comma-separated sentence counts (fake model)")
    parser.add_argument("--model", default="fake:512", help="embedder for --sizes (default: fake, 512-d)")
    parser.add_argument("--real", default="2000", help="sizes also built with use-multilingual-v3 ('' for none)")
    parser.add_argument("--timeout", type=float, default=420, help="seconds allowed per size before it is stopped")
    args = parser.parse_args()
    plan = [(int(n), "use-multilingual-v3") for n in args.real.split(",") if n.strip()]
    plan += [(int(n), args.model) for n in args.sizes.split(",") if n.strip()]
    print(f"{load_average()} at start")
    print(f"{args.model} (the deterministic fake, computed sparse) stands in for the real model on --sizes so\n"
          "embedding does not dominate; use-multilingual-v3 rows show the real embedding cost")
    work = Path(tempfile.mkdtemp(prefix="argmap-scale-"))
    results = []
    try:
        for n, model in plan:
            results.append(run_size(n, model, args.timeout, work))
            r = results[-1]
            print(f"  built {r['n']} sentences with {model} in {r['wall']:.1f}s"
                  f"{' (timed out)' if r['timed_out'] else ''}; {load_average()}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(results)
    print_growth(results)
    big = [r for r in results if r["n"] >= 100_000]
    for r in big:
        print(f"\n{r['n']} sentences: peak RSS {r['peak']:.0f} MB (target <= 4096 MB)"
              f"{' — run did not finish' if r['timed_out'] else ''}")
    print(f"{load_average()} at end")


if __name__ == "__main__":
    main()
