"""Fit the heads in ``argmap/mapping/heads/`` on the example corpora's gold labels:
``python tools/train_heads.py``. For each head it prints each corpus's figure with a head fitted on the
other corpora, then writes the head fitted on all of them:

- ``neutral-use-multilingual-v3.npz`` (``argmap/mapping/neutral.py``): the rows are the gold sentences that
  belong to a debate, the label whether the reader gave them no side; the figure is the AUC.
- ``answer-use-multilingual-v3.npz`` (``argmap/mapping/answer.py``): the rows are the gold sentences with a
  side, the label whether it is pro (the side that answers the question yes); the figure is the share put
  on the right side of the corpus's median, with a head fitted without the corpus and, stricter, without
  every corpus on the same debates (the three on the digital-labour debates are one field).

Rerun it when a corpus or its gold changes, and measure with benchmarks/bench_robust.py.
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
from argmap.mapping.answer import KIND as ANSWER  # noqa: E402
from argmap.mapping.neutral import head_file  # noqa: E402

# Corpus → field: corpora on the same debates are one field.
CORPORA = {"digital-labour": "digital-labour", "quickstart": "digital-labour", "reading-group": "digital-labour",
           "screen-time": "screen-time", "minimum-wage": "minimum-wage", "foreign-aid": "foreign-aid"}
MODEL = "use-multilingual-v3"
C = {"neutral": 1.0,  # 0.3 and 3 both did worse in bench_robust
     ANSWER: 0.1}  # 1.0 put fewer sentences on their side, fitted without the corpus's field


def _fit(kind: str, x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C[kind], max_iter=3000, class_weight="balanced").fit(x, y)


def _median_split(head: LogisticRegression, x: np.ndarray, y: np.ndarray) -> float:
    score = head.decision_function(x)
    return float(np.mean((score > np.median(score)) == (y == 1)))


def _in_debate(embedder) -> dict[str, tuple[np.ndarray, list[str | None]]]:
    """Per corpus, the vectors and gold stances of its gold sentences that belong to a debate, encoded once
    for both heads."""
    data = {}
    for name in CORPORA:
        rows = [g for g in read_gold(ROOT / "corpora" / name / GOLD_FILE).sentences if g.get("debate")]
        vectors = np.asarray(embedder.encode([g["text"] for g in rows]), dtype=np.float32)
        data[name] = (vectors, [g.get("stance") for g in rows])
    return data


def _rows(in_debate, kind: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each corpus's training rows and labels for the head of ``kind``."""
    data = {}
    for name, (vectors, stances) in in_debate.items():
        if kind == "neutral":
            data[name] = (vectors, np.array([0 if s else 1 for s in stances]))
        else:
            sided = [k for k, s in enumerate(stances) if s in ("pro", "con")]
            data[name] = (vectors[sided], np.array([1 if stances[k] == "pro" else 0 for k in sided]))
    return data


def _stack(data, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([data[n][0] for n in names]), np.concatenate([data[n][1] for n in names])


def main() -> None:
    in_debate = _in_debate(select_embedder(MODEL))
    for kind in ("neutral", ANSWER):
        data = _rows(in_debate, kind)
        for name in CORPORA:
            x, y = data[name]
            head = _fit(kind, *_stack(data, [n for n in CORPORA if n != name]))
            if kind == "neutral":
                print(f"{kind} {name:16} {len(y):4d} sentences, {y.mean():.2f} neutral: AUC "
                      f"{roc_auc_score(y, head.predict_proba(x)[:, 1]):.3f} with a head fitted on the others")
                continue
            field = _fit(kind, *_stack(data, [n for n in CORPORA if CORPORA[n] != CORPORA[name]]))
            print(f"{kind} {name:16} {len(y):4d} sided sentences: {_median_split(head, x, y):.3f} on their side "
                  f"with a head fitted on the other corpora, {_median_split(field, x, y):.3f} on the other fields")
        head = _fit(kind, *_stack(data, list(CORPORA)))
        path = head_file(MODEL, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, coef=head.coef_[0].astype(np.float32), intercept=np.float32(head.intercept_[0]))
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
