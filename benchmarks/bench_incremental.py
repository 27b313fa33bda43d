"""How close an incremental build comes to a full one (issue 7's "+1 paper" path).

For each held-out document of a corpus: build the corpus without it (fully), put it back and build
again (incrementally: only its sentences are mapped, against the existing map), then compare its claims
with a full build of the whole corpus: same debate, same debate and stance, and accuracy on the gold
labels the corpus carries, plus the map stage's seconds both ways.

    python benchmarks/bench_incremental.py [--corpus corpora/digital-labour] [DOC ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import load_average  # noqa: E402

from argmap.pipeline import build  # noqa: E402

DEFAULT_DOCS = ["papers/rent-not-exploitation.md", "papers/users-produce-value.md", "notes/fuchs2010.md",
                "notes/hesmondhalgh2010.md", "notes/smythe1977.md", "zh/pingtai-zujin-lun.md",
                "zh/shuzi-laodong-chuangzao-jiazhi.md", "reviews/blindspot-review.md"]


def gold_labels(root: Path) -> dict[tuple[str, str], dict]:
    path = root / "argmap-gold.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["document"], r["text"]): r for r in rows if "text" in r and "document" in r}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parents[1] / "corpora" / "digital-labour")
    parser.add_argument("docs", nargs="*", default=DEFAULT_DOCS)
    args = parser.parse_args()
    gold = gold_labels(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(args.corpus, work / "full", ignore=shutil.ignore_patterns(".argmap"))
        whole = build(work / "full", full=True)
        reference = {c.id: c for c in whole.map.claims}
        print(f"{args.corpus.name}: {len(reference)} sentences; full map stage {whole.stats.seconds['map']:.2f} s; "
              f"load {load_average()}")
        print(f"{'document':42s} {'new':>4s} {'debate=':>8s} {'+stance=':>9s} {'gold inc':>9s} {'gold full':>9s} "
              f"{'map s':>6s}")
        totals = [0, 0, 0, 0, 0, 0]
        for doc in args.docs:
            case = work / "case"
            shutil.rmtree(case, ignore_errors=True)
            shutil.copytree(work / "full", case)
            data = (case / doc).read_bytes()
            (case / doc).unlink()
            build(case, full=True)
            (case / doc).write_bytes(data)
            result = build(case)
            new = [c for c in result.map.claims if c.document == doc]
            same_debate = sum(reference[c.id].debate == c.debate for c in new)
            same = sum(reference[c.id].debate == c.debate and reference[c.id].stance == c.stance for c in new)
            labelled = [(c, gold[(c.document, c.text)]) for c in new if (c.document, c.text) in gold]
            ok_inc = sum(c.stance == g.get("stance") and c.debate == g.get("debate") for c, g in labelled)
            ok_full = sum(reference[c.id].stance == g.get("stance") and reference[c.id].debate == g.get("debate")
                          for c, g in labelled)
            print(f"{doc:42s} {len(new):4d} {same_debate:8d} {same:9d} {ok_inc:4d}/{len(labelled):<4d} "
                  f"{ok_full:4d}/{len(labelled):<4d} {result.stats.seconds['map']:6.2f}"
                  + ("" if result.stats.incremental is not None else "  (remapped fully)"))
            for i, v in enumerate((len(new), same_debate, same, ok_inc, ok_full, len(labelled))):
                totals[i] += v
        n, sd, ss, oi, of, nl = totals
        print(f"all: {n} claims; same debate as the full build {sd / n:.3f}, same debate and stance {ss / n:.3f}; "
              f"gold (debate and stance right) incremental {oi}/{nl}, full {of}/{nl}")


if __name__ == "__main__":
    main()
