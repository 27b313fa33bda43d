"""``argmap eval``: score a map against the reader's gold labels.

Gold file (``argmap-gold.jsonl``), one JSON object per line:

    {"type": "sentence", "document": "notes/smythe.md", "text": "<sentence as in the file>",
     "debate": "blindspot" | null, "stance": "pro" | "con" | null, "citations": ["smythe1977", ...]}
    {"type": "counter", "a": {"document": "...", "text": "..."}, "b": {"document": "...", "text": "..."}}

A gold sentence is matched to the claim with the same document and whitespace-normalised text (or,
when segmentation cut it differently, the claim that contains it or that it contains). Unmatched gold
sentences count as wrong everywhere, so a segmentation error cannot hide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argmap.errors import UsageError
from argmap.model import ArgumentMap, Claim, normalise_space

GOLD_FILE = "argmap-gold.jsonl"


@dataclass
class Gold:
    sentences: list[dict[str, Any]] = field(default_factory=list)
    counters: list[tuple[dict[str, str], dict[str, str]]] = field(default_factory=list)


def read_gold(path: Path) -> Gold:
    if not path.is_file():
        raise UsageError("gold file not found", path=str(path),
                         remedy="write argmap-gold.jsonl (format: argmap eval --help) or pass --gold FILE")
    gold = Gold()
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            kind = item.get("type", "sentence")
            if kind == "sentence":
                item["document"], item["text"]  # noqa: B018 - both are required
                gold.sentences.append(item)
            elif kind == "counter":
                gold.counters.append((item["a"], item["b"]))
            else:
                raise KeyError("type")
        except (ValueError, KeyError, AttributeError, TypeError) as exc:
            raise UsageError(f"line {n} is not a gold record ({exc})", path=str(path)) from None
    return gold


class _Matcher:
    def __init__(self, claims: list[Claim]):
        self.exact = {(c.document, normalise_space(c.text)): c for c in claims}
        self.by_doc: dict[str, list[Claim]] = {}
        for c in claims:
            self.by_doc.setdefault(c.document, []).append(c)

    def find(self, document: str, text: str) -> Claim | None:
        text = normalise_space(text)
        hit = self.exact.get((document, text))
        if hit is not None:
            return hit
        for c in self.by_doc.get(document, []):
            other = normalise_space(c.text)
            if len(other) > 10 and (text in other or other in text):
                return c
        return None


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn:
            scores.append(_prf(tp, fp, fn)[2])
    return sum(scores) / len(scores) if scores else 0.0


def evaluate(amap: ArgumentMap, gold: Gold) -> dict[str, Any]:
    claims = [c for c in amap.claims if c.is_claim]
    matcher = _Matcher(claims)
    rows = []
    for g in gold.sentences:
        c = matcher.find(g["document"], g["text"])
        language = c.language if c else ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in g["text"]) else "en")
        rows.append((g, c, language))

    def scores(subset: list[tuple[dict, Claim | None, str]]) -> dict[str, Any]:
        n = len(subset)
        debate_ok = sum(1 for g, c, _ in subset if c is not None and c.debate == g.get("debate"))
        in_debate = [(g, c) for g, c, _ in subset if g.get("debate")]
        stance_pairs = [(g.get("stance") or "none", (c.stance or "none") if c is not None else "missing")
                        for g, c in in_debate]
        stance_ok = sum(1 for gs, ps in stance_pairs if gs == ps)
        tp = fp = fn = 0
        for g, c, _ in subset:
            want = set(g.get("citations") or [])
            got = set(c.citations) if c is not None else set()
            tp += len(want & got)
            fp += len(got - want)
            fn += len(want - got)
        cp, cr, cf = _prf(tp, fp, fn)
        return {
            "sentences": n,
            "matched": sum(1 for _, c, _ in subset if c is not None),
            "debate_accuracy": debate_ok / n if n else 0.0,
            "stance_sentences": len(in_debate),
            "stance_accuracy": stance_ok / len(in_debate) if in_debate else 0.0,
            "stance_macro_f1": _macro_f1(stance_pairs, ("pro", "con", "none")),
            "citation_precision": cp,
            "citation_recall": cr,
            "citation_f1": cf,
        }

    result: dict[str, Any] = {"all": scores(rows)}
    for lang in ("en", "zh", "mixed"):
        subset = [r for r in rows if r[2] == lang]
        if subset:
            result[lang] = scores(subset)

    # Counterclaims: recall over gold pairs; precision over predicted links whose ends are both gold sentences.
    index = amap.claim_index()
    gold_pairs: set[frozenset[str]] = set()
    found = 0
    for a, b in gold.counters:
        ca, cb = matcher.find(a["document"], a["text"]), matcher.find(b["document"], b["text"])
        if ca is None or cb is None:
            continue
        gold_pairs.add(frozenset((ca.id, cb.id)))
    for pair in gold_pairs:
        x, y = tuple(pair)
        if y in index[x].counters:
            found += 1
    gold_ids = {c.id for _, c, _ in rows if c is not None}
    predicted = {frozenset((c.id, o)) for c in claims for o in c.counters if c.id in gold_ids and o in gold_ids}
    wrong_side = sum(
        1 for c in claims for o in c.counters
        if o in index and not (index[o].debate == c.debate and c.stance and index[o].stance
                               and index[o].stance != c.stance)
    )
    result["counters"] = {
        "gold_pairs": len(gold.counters),
        "matched_pairs": len(gold_pairs),
        "recall": found / len(gold.counters) if gold.counters else 0.0,
        "precision": len(predicted & gold_pairs) / len(predicted) if predicted else 0.0,
        "links": sum(len(c.counters) for c in claims) // 2,
        "same_side_links": wrong_side,
    }
    return result


def render_text(result: dict[str, Any]) -> str:
    lines = []
    header = f"{'':8}{'n':>5}{'matched':>9}{'debate':>8}{'stance':>8}{'stanceF1':>9}{'citeF1':>8}"
    lines.append(header)
    for name in ("all", "en", "zh", "mixed"):
        if name not in result:
            continue
        r = result[name]
        lines.append(
            f"{name:8}{r['sentences']:>5}{r['matched']:>9}{r['debate_accuracy']:>8.3f}"
            f"{r['stance_accuracy']:>8.3f}{r['stance_macro_f1']:>9.3f}{r['citation_f1']:>8.3f}"
        )
    c = result["counters"]
    lines.append(
        f"counterclaims: recall {c['recall']:.3f} ({c['gold_pairs']} gold pairs), precision {c['precision']:.3f}, "
        f"{c['links']} links, {c['same_side_links']} joining the same side"
    )
    return "\n".join(lines)
