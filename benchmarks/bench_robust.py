"""How steady the quality figures are: ``python benchmarks/bench_robust.py [CORPUS ...]``.

On a corpus of a dozen documents one changed rule can move a handful of claims across the split and the
stance figure by 0.03 either way, which is as much as most rules gain. So each example corpus is scored
whole and with each of three different fifths of its documents left out (the gold sentences and pairs of
the documents left out go too), and the figures are averaged. A change that holds up should raise the mean
over all corpora, not the one whole-corpus number it was written against.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from argmap.evaluate import GOLD_FILE, evaluate, read_gold
from argmap.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ["digital-labour", "quickstart", "screen-time", "minimum-wage", "foreign-aid", "reading-group"]
VARIANTS = (0, 1, 2, 3)  # 0: whole; k: the documents at positions k, k+5, … (sorted by path) left out
READABLE = {".md", ".txt", ".pdf"}


def _documents(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in READABLE and p.name != "README.md"
                  and ".argmap" not in p.parts)


def _keeps(item: dict, root: Path) -> bool:
    if item.get("type") == "sentence":
        return (root / item["document"]).exists()
    if item.get("type") == "counter":
        return (root / item["a"]["document"]).exists() and (root / item["b"]["document"]).exists()
    return True


def score(name: str, variant: int) -> tuple[str, int, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        shutil.copytree(ROOT / "corpora" / name, root, ignore=shutil.ignore_patterns(".argmap"))
        if variant:
            for k, path in enumerate(_documents(root), start=1):
                if k % 5 == variant:
                    path.unlink()
            gold_path = root / GOLD_FILE
            items = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
            gold_path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items if _keeps(i, root)),
                                 encoding="utf-8")
        result = evaluate(build(root).map, read_gold(root / GOLD_FILE))
        return name, variant, {"debate": result["all"]["debate_accuracy"], "stance": result["all"]["stance_accuracy"],
                               "counters": result["counters"]["recall"]}


def main(names: list[str]) -> None:
    jobs = [(name, v) for name in names for v in VARIANTS]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(score, *zip(*jobs, strict=True)))
    means = []
    print(f"{'corpus':16}{'debate':>8}{'stance':>8}{'counters':>10}   stance: whole, then three fifths left out")
    for name in names:
        rows = [r for n, _, r in sorted(results) if n == name]
        mean = {k: sum(r[k] for r in rows) / len(rows) for k in ("debate", "stance", "counters")}
        means.append(mean)
        print(f"{name:16}{mean['debate']:8.3f}{mean['stance']:8.3f}{mean['counters']:10.3f}   "
              + " ".join(f"{r['stance']:.3f}" for r in rows))
    overall = {k: sum(m[k] for m in means) / len(means) for k in ("debate", "stance", "counters")}
    print(f"{'mean':16}{overall['debate']:8.3f}{overall['stance']:8.3f}{overall['counters']:10.3f}")


if __name__ == "__main__":
    main(sys.argv[1:] or CORPORA)
