"""Synthetic corpora for benchmarks: varied English and Chinese sentences with citations, seeded."""

from __future__ import annotations

import random
from pathlib import Path

SUBJECTS = ["The audience", "Platform users", "Unpaid posting", "Watching television", "Social media use",
            "Data extraction", "Advertising revenue", "Free labour", "Prosumer activity", "Attention"]
VERBS = ["creates", "does not create", "transfers", "captures", "resembles", "is distinct from",
         "depends on", "reproduces", "undermines", "generates"]
OBJECTS = ["surplus value for platforms", "rent rather than value", "a commodity sold to advertisers",
           "the labour power of workers", "profit made elsewhere in the economy", "unwaged work",
           "data that firms monetise", "the consciousness industry", "financial speculation", "social relations"]
TAILS = ["in the digital economy", "on commercial platforms", "under informational capitalism",
         "according to recent critics", "as the debate shows", "in Marxian terms", "for most users", ""]
AUTHORS = [("Fuchs", 2014), ("Smythe", 1977), ("Murdock", 1978), ("Terranova", 2000), ("Huws", 2014),
           ("Arvidsson", 2012), ("Rigi", 2015), ("Jhally", 1986), ("Meehan", 1984), ("Andrejevic", 2002)]
ZH_SUBJ = ["受众", "平台用户", "免费劳动", "数字劳动", "观看电视", "用户生成内容", "广告收入", "注意力"]
ZH_VERB = ["创造", "并不创造", "转移", "类似于", "不同于", "依赖于", "再生产", "生成"]
ZH_OBJ = ["平台的剩余价值", "租金而非价值", "出售给广告商的商品", "工人的劳动力", "别处生产的利润", "数据资源"]
ZH_AUTH = [("福克斯", 2014), ("史麦兹", 1977), ("默多克", 1978), ("王宁", 2021)]

TOML = """[corpus]
title = "Synthetic benchmark corpus"

[[debate]]
id = "platform-value"
question = "Does the unpaid activity of platform users create value?"
pro = ["Users' unpaid activity on platforms produces value that platforms capture."]
con = ["Platform income is rent or a share of value made elsewhere; users produce no value."]
"""


def sentence(rng: random.Random, n: int) -> str:
    if rng.random() < 0.25:
        name, year = rng.choice(ZH_AUTH)
        return f"{name}（{year}）认为，{rng.choice(ZH_SUBJ)}{rng.choice(ZH_VERB)}{rng.choice(ZH_OBJ)}（第{n}条）。"
    name, year = rng.choice(AUTHORS)
    tail = rng.choice(TAILS)
    cite = f" ({name}, {year})" if rng.random() < 0.6 else ""
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {tail}{cite}, in case {n}.".replace(
        "  ", " ").replace(" ,", ",")


def make_corpus(root: Path, sentences: int, per_doc: int = 40, seed: int = 0) -> list[str]:
    """Write a corpus of about ``sentences`` sentences; returns the sentence texts."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "argmap.toml").write_text(TOML, encoding="utf-8")
    texts: list[str] = []
    for d in range(0, sentences, per_doc):
        body = [sentence(rng, d + i) for i in range(min(per_doc, sentences - d))]
        texts.extend(body)
        paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
        (root / f"doc{d // per_doc:05d}.md").write_text(
            f"# Document {d // per_doc}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return texts
