"""Fit the neutral-sentence head (``argmap/mapping/neutral.py``) on the example corpora's gold labels:
``python tools/train_neutral_head.py``. Prints each corpus's AUC with a head fitted on the others, then
writes ``argmap/mapping/heads/neutral-use-multilingual-v3.npz`` fitted on all of them.

The training rows are the gold sentences that belong to a debate; the label is whether the reader gave
them no side. Rerun it when a corpus or its gold changes, and measure with benchmarks/bench_robust.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from argmap.embed import select_embedder  # noqa: E402
from argmap.evaluate import GOLD_FILE, read_gold  # noqa: E402
from argmap.mapping.neutral import head_file  # noqa: E402

CORPORA = ["digital-labour", "quickstart", "screen-time", "minimum-wage", "foreign-aid", "reading-group"]
MODEL = "use-multilingual-v3"
C = 1.0  # 0.3 and 3 both did worse in bench_robust


def _fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)


def main() -> None:
    embedder = select_embedder(MODEL)
    data = {}
    for name in CORPORA:
        gold = read_gold(ROOT / "corpora" / name / GOLD_FILE)
        rows = [g for g in gold.sentences if g.get("debate")]
        vectors = np.asarray(embedder.encode([g["text"] for g in rows]), dtype=np.float32)
        data[name] = (vectors, np.array([0 if g.get("stance") else 1 for g in rows]))
    for name in CORPORA:
        rest = [n for n in CORPORA if n != name]
        head = _fit(np.vstack([data[n][0] for n in rest]), np.concatenate([data[n][1] for n in rest]))
        x, y = data[name]
        print(f"{name:16} {len(y):4d} sentences, {y.mean():.2f} neutral: AUC "
              f"{roc_auc_score(y, head.predict_proba(x)[:, 1]):.3f} with a head fitted on the others")
    head = _fit(np.vstack([d[0] for d in data.values()]), np.concatenate([d[1] for d in data.values()]))
    path = head_file(MODEL)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, coef=head.coef_[0].astype(np.float32), intercept=np.float32(head.intercept_[0]))
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
