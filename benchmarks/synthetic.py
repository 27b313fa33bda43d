"""Synthetic corpora for benchmarks: varied English and Chinese scholarly sentences with citations, seeded.

Sentences come from a small grammar over four debates (platform value, gig work, automation, training
data): reported claims ("Fuchs (2014) argues that …"), replies ("Against Smythe, Murdock (1978)
holds …"), contrasts, hedged findings with figures, framing sentences and questions, about a quarter
in Chinese. Each document ends with a reference list of the works it cites, so the read and cite
stages do the work they do on real papers. Everything follows ``seed``; no two sentences repeat, so
the embedding cache cannot make a corpus look cheaper than it is.
"""

from __future__ import annotations

import random
from pathlib import Path

# (subjects, pro predicates, con predicates, topic phrase) per debate.
TOPICS = {
    "platform-value": (
        ["the unpaid activity of platform users", "user-generated content", "the audience commodity",
         "posting and liking on social media", "the attention that users give to feeds", "prosumer labour",
         "the data traces that users leave", "watching advertising-funded television"],
        ["creates surplus value that platforms capture", "is productive labour in the Marxian sense",
         "is sold to advertisers as a commodity", "produces the value that advertising revenue realises",
         "is exploited as unwaged work"],
        ["yields rent rather than value", "transfers value produced elsewhere in the economy",
         "cannot create value because it is not waged", "is consumption, not labour",
         "is better described as a share of profits made in other industries"],
        "whether unpaid platform activity creates value",
    ),
    "gig-work": (
        ["app-based delivery work", "ride-hailing", "algorithmic management", "crowdwork on microtask sites",
         "platform-mediated domestic work", "the rating systems of labour platforms"],
        ["disguises employment as self-employment", "intensifies control over workers",
         "shifts the risks of the business onto workers", "lowers hourly earnings below the minimum wage"],
        ["offers flexibility that many workers value", "supplements rather than replaces regular income",
         "creates opportunities for workers excluded from formal jobs", "gives workers more autonomy than shift work"],
        "whether gig work is disguised employment",
    ),
    "automation": (
        ["machine learning", "industrial robotics", "generative AI", "warehouse automation",
         "software that screens job applicants", "automated translation"],
        ["will displace a large share of routine jobs", "deskills the workers who remain",
         "concentrates the gains in the hands of capital owners"],
        ["complements human labour more often than it replaces it", "creates new tasks as fast as it removes old ones",
         "has raised productivity without reducing employment"],
        "whether automation destroys jobs",
    ),
    "training-data": (
        ["the text scraped to train language models", "image datasets collected from the web",
         "the labelling work behind AI systems", "the use of artworks in training sets"],
        ["appropriates the labour of writers and artists", "depends on poorly paid annotation work in the Global South",
         "should be licensed and paid for"],
        ["is fair use of publicly available material", "transforms its sources into something new",
         "benefits the public more than it harms creators"],
        "whether training on scraped data is fair",
    ),
}
AUTHORS = [("Fuchs", 2014), ("Smythe", 1977), ("Murdock", 1978), ("Terranova", 2000), ("Huws", 2014),
           ("Arvidsson", 2012), ("Rigi", 2015), ("Jhally", 1986), ("Meehan", 1984), ("Andrejevic", 2002),
           ("Srnicek", 2016), ("Wood", 2019), ("Rosenblat", 2018), ("Gray", 2019), ("Acemoglu", 2019),
           ("Autor", 2015), ("Frey", 2017), ("Crawford", 2021), ("Zuboff", 2019), ("Scholz", 2017),
           ("van Dijck", 2013), ("Casilli", 2017), ("Prassl", 2018), ("Woodcock", 2020)]
REPORT = ["argues that", "claims that", "holds that", "maintains that", "contends that", "shows that",
          "suggests that", "insists that", "concludes that"]
REPLY = ["replies that", "objects that", "counters that", "responds that"]
CONTRAST = ["However,", "By contrast,", "Yet", "On the other hand,", "Nevertheless,"]
HEDGE = ["", "", "arguably ", "in most cases ", "at least in part ", "increasingly "]
PLACES = ["London", "Shanghai", "Nairobi", "São Paulo", "Berlin", "Jakarta", "Chicago", "Bangalore", "Madrid"]
WORKERS = ["couriers", "drivers", "crowdworkers", "content moderators", "freelancers", "annotators", "users"]
FINDINGS = ["worked unpaid hours waiting for tasks", "felt controlled by the app", "valued the flexibility",
            "earned less than the local minimum wage", "had no other source of income", "had been deactivated"]

ZH_SUBJ = ["受众", "平台用户", "免费劳动", "数字劳动", "用户生成内容", "注意力经济", "外卖骑手", "算法管理",
           "零工经济", "人工智能", "数据标注工作"]
ZH_PRO = ["创造了平台的剩余价值", "是一种被剥削的无酬劳动", "被当作商品出售给广告商", "加强了对劳动者的控制",
          "把经营风险转嫁给了劳动者"]
ZH_CON = ["只带来租金而非价值", "转移了别处生产的价值", "为劳动者提供了灵活性", "更多是消费而不是劳动",
          "补充而不是取代了正式就业"]
ZH_AUTH = [("福克斯", 2014), ("史麦兹", 1977), ("默多克", 1978), ("王宁", 2021), ("邱林川", 2014),
           ("姚建华", 2019), ("夏冰青", 2020), ("孙萍", 2019)]
ZH_REPORT = ["认为", "指出", "主张", "强调", "提出"]
ZH_CITY = ["北京", "上海", "广州", "深圳", "杭州", "成都"]

TOML = """[corpus]
title = "Synthetic benchmark corpus"
seed = 0

[[debate]]
id = "platform-value"
question = "Does the unpaid activity of platform users create value?"
pro = ["Users' unpaid activity on platforms produces value that platforms capture."]
con = ["Platform income is rent or a share of value made elsewhere; users produce no value."]

[[debate]]
id = "gig-work"
question = "Is app-based gig work disguised employment?"
pro = ["Platforms control gig workers like employers while treating them as self-employed."]
con = ["Gig work gives workers flexibility and autonomy that employment does not."]
"""


def _english(rng: random.Random, cited: set[tuple[str, int]]) -> str:
    subjects, pro, con, topic = TOPICS[rng.choice(list(TOPICS))]
    subj, pred = rng.choice(subjects), rng.choice(pro if rng.random() < 0.5 else con)
    (a, ay), (b, by) = rng.sample(AUTHORS, 2)
    hedge = rng.choice(HEDGE)
    kind = rng.random()
    if kind < 0.30:
        cited.add((a, ay))
        text = f"{a} ({ay}) {rng.choice(REPORT)} {subj} {hedge}{pred}."
    elif kind < 0.50:
        cited.update({(a, ay), (b, by)})
        text = f"{subj[0].upper()}{subj[1:]} {hedge}{pred} ({a}, {ay}; {b}, {by})."
    elif kind < 0.62:
        cited.update({(a, ay), (b, by)})
        text = f"Against {a}, {b} ({by}) {rng.choice(REPLY)} {subj} {rng.choice(con)}."
    elif kind < 0.74:
        text = f"{rng.choice(CONTRAST)} {subj} {hedge}{pred}."
    elif kind < 0.84:
        cited.add((a, ay))
        n, pct = rng.randint(40, 2500), rng.randint(8, 92)
        text = (f"In a survey of {n} {rng.choice(WORKERS)} in {rng.choice(PLACES)}, {pct}% said they "
                f"{rng.choice(FINDINGS)} ({a}, {ay}).")
    elif kind < 0.92:
        text = f"This section turns to the debate on {topic}, which remains unsettled."
        text = text if rng.random() < 0.3 else f"Is it true that {subj} {pred}?"
    else:
        cited.add((a, ay))
        text = f"{a}'s claim that {subj} {pred} has been widely discussed since {ay + rng.randint(1, 6)}."
    return text[0].upper() + text[1:]  # "Van Dijck (2013) argues …" at the start of a sentence


def _chinese(rng: random.Random, cited: set[tuple[str, int]]) -> str:
    (a, ay), (b, by) = rng.sample(ZH_AUTH, 2)
    subj, pred = rng.choice(ZH_SUBJ), rng.choice(ZH_PRO if rng.random() < 0.5 else ZH_CON)
    kind = rng.random()
    if kind < 0.45:
        cited.add((a, ay))
        return f"{a}（{ay}）{rng.choice(ZH_REPORT)}，{subj}{pred}。"
    if kind < 0.65:
        cited.update({(a, ay), (b, by)})
        return f"然而，{b}（{by}）反驳{a}的观点，{rng.choice(ZH_REPORT)}{subj}{rng.choice(ZH_CON)}。"
    if kind < 0.85:
        cited.add((a, ay))
        return (f"对{rng.choice(ZH_CITY)}{rng.randint(30, 1800)}名{rng.choice(['骑手', '司机', '主播', '标注员'])}"
                f"的调查显示，{rng.randint(8, 92)}%的受访者认为{subj}{pred}（{a}，{ay}）。")
    return f"{subj}是否真的{pred}？"


def sentence(rng: random.Random, n: int, cited: set[tuple[str, int]] | None = None) -> str:
    """One sentence (about a quarter Chinese); ``n`` only seeds uniqueness, ``cited`` collects works cited."""
    cited = set() if cited is None else cited
    return _chinese(rng, cited) if rng.random() < 0.25 else _english(rng, cited)


def _unique(rng: random.Random, n: int, seen: set[str], cited: set[tuple[str, int]]) -> str:
    for _ in range(8):
        text = sentence(rng, n, cited)
        if text not in seen:
            break
    else:  # the grammar ran dry: add a plausible detail rather than a visible counter
        text = text.rstrip("。.?？") + (f"（见第{n % 997 + 1}页）。" if text[-1] in "。？" else f" (see p. {n % 997 + 1}).")
    seen.add(text)
    return text


def _reference(name: str, year: int) -> str:
    if "\u4e00" <= name[0] <= "\u9fff":
        return f"{name}. {year}. 数字劳动与平台资本主义研究. 北京: 社会科学文献出版社."
    return f"{name}, A. ({year}). Labour and value on digital platforms. London: Verso."


def make_corpus(root: Path, sentences: int, per_doc: int = 40, seed: int = 0) -> list[str]:
    """Write a corpus of ``sentences`` sentences in documents of ``per_doc``; returns the sentence texts.

    Paragraphs hold 3–6 sentences; each document has a title, two section headings and a reference
    list (headings and references are not sentences, so the returned texts are exactly the claims)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "argmap.toml").write_text(TOML, encoding="utf-8")
    texts: list[str] = []
    seen: set[str] = set()
    for d in range(0, sentences, per_doc):
        cited: set[tuple[str, int]] = set()
        body = [_unique(rng, d + i, seen, cited) for i in range(min(per_doc, sentences - d))]
        texts.extend(body)
        paragraphs, i = [], 0
        while i < len(body):
            size = rng.randint(3, 6)
            paragraphs.append(" ".join(body[i : i + size]))
            i += size
        half = len(paragraphs) // 2
        refs = "\n\n".join(_reference(n, y) for n, y in sorted(cited))
        (root / f"doc{d // per_doc:05d}.md").write_text(
            f"# Working paper {d // per_doc}\n\n## Introduction\n\n" + "\n\n".join(paragraphs[:half])
            + "\n\n## Discussion\n\n" + "\n\n".join(paragraphs[half:]) + f"\n\n## References\n\n{refs}\n",
            encoding="utf-8")
    return texts


def read_corpus(root: Path):
    """The build's read and cite stages only: ``(sentences, references by key, settings)``.

    Benchmarks of the mapping stage start from here, so they time mapping and nothing else."""
    from argmap.config import load_settings
    from argmap.ingest import discover, read_document, read_references
    from argmap.nlp.resolve import Bibliography, cite
    from argmap.nlp.segment import segment
    from argmap.pipeline import _collect_references

    settings = load_settings(root, None)
    found = discover(root, settings.exclude)
    bib = [ref for path in found.references for ref in read_references(path, root)[0]]
    bibliography, generated = Bibliography(bib), {}
    segmented = [segment(read_document(path, root, path.read_bytes())) for path in found.documents]
    sentences = []
    for seg in segmented:
        cite(seg, bibliography, generated)
        sentences.extend(seg.sentences)
    references = _collect_references(bib, segmented, generated, {k for s in sentences for k in s.cited_keys})
    return sentences, {r.key: r for r in references}, settings


def load_average() -> str:
    """``load 1.23 / 2.34 / 3.45 on N cores``: how busy the machine was, printed with every table."""
    import os

    one, five, fifteen = os.getloadavg()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min) on {cores} cores"
