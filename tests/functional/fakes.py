"""A hand-made ArgumentMap and an in-memory Session stand-in for the app's tests.

The map has two declared debates, two or three positions per side, English and Chinese claims,
counter links, a neutral claim, a claim outside every debate, and references of which some are
not in the corpus (and one cited key with no bibliography entry at all).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argmap import annotations
from argmap.errors import ArgmapError
from argmap.model import ArgumentMap, Claim, Debate, Document, Position, Reference, claim_id

# (document, paragraph no., text, debate, position, stance, confidence, citations, reasons)
_CLAIMS: list[tuple[str, int, str, str | None, str | None, str | None, float, list[str], list[str]]] = [
    (
        "papers/fuchs2014.md",
        0,
        "Users of social media perform unpaid digital labour that creates surplus value.",
        "platform-value",
        "p-prosumer1",
        "pro",
        0.91,
        ["fuchs2014"],
        ["close to the pro statement (0.71)", "cites fuchs2014, cited by 3 pro claims"],
    ),
    (
        "papers/fuchs2014.md",
        0,
        "The audience commodity is sold to advertisers as Smythe argued.",
        "platform-value",
        "p-audience1",
        "pro",
        0.84,
        ["smythe1977"],
        ["reporting verb 'argued' attributes the view to smythe1977"],
    ),
    (
        "papers/fuchs2014.md",
        1,
        "Every click is exploited because the platform owns the data it produces.",
        "platform-value",
        "p-prosumer1",
        "pro",
        0.77,
        [],
        ["close to the pro statement (0.62)"],
    ),
    (
        "papers/fuchs2014.md",
        1,
        "Free labour is both voluntarily given and unwaged, enjoyed and exploited.",
        "platform-value",
        "p-freelab1",
        "pro",
        0.88,
        ["terranova2000"],
        ["cites terranova2000"],
    ),
    (
        "notes/seminar.md",
        0,
        "Terranova shows that the digital economy depends on free labour.",
        "platform-value",
        "p-freelab1",
        "pro",
        0.69,
        ["terranova2000"],
        ["cites terranova2000"],
    ),
    (
        "papers/zhang2020.md",
        0,
        "平台用户的无偿活动创造了价值，这是一种数字劳动。",
        "platform-value",
        "p-prosumer1",
        "pro",
        0.81,
        ["fuchs2014"],
        ["引用 fuchs2014", "close to the pro statement (0.66)"],
    ),
    (
        "papers/zhang2020.md",
        0,
        "受众商品理论在中国互联网平台上依然适用。",
        "platform-value",
        "p-audience1",
        "pro",
        0.72,
        ["smythe1977"],
        ["引用 smythe1977"],
    ),
    (
        "papers/comor2015.md",
        0,
        "Platforms capture rent from attention rather than exploiting labour.",
        "platform-value",
        "p-rent00001",
        "con",
        0.86,
        ["comor2015"],
        ["contrast marker 'rather than'", "close to the con statement (0.70)"],
    ),
    (
        "papers/comor2015.md",
        0,
        "Value theory does not apply to activities outside the wage relation.",
        "platform-value",
        "p-rent00001",
        "con",
        0.79,
        ["murdock1978"],
        ["replies to smythe1977's readers"],
    ),
    (
        "papers/comor2015.md",
        1,
        "Posting photos is leisure and consumption, not labour.",
        "platform-value",
        "p-notlab01",
        "con",
        0.64,
        [],
        ["negation cue 'not labour'"],
    ),
    (
        "papers/zhang2020.md",
        1,
        "然而，用户的上网活动更像是消费而不是劳动。",
        "platform-value",
        "p-notlab01",
        "con",
        0.58,
        ["comor2015"],
        ["contrast marker '然而'"],
    ),
    (
        "notes/seminar.md",
        1,
        "Whether users work is a question of definitions as much as of evidence.",
        "platform-value",
        None,
        None,
        0.40,
        [],
        ["close to the question, no side (0.48)"],
    ),
    (
        "papers/rosenblat.pdf",
        0,
        "Drivers value the flexibility to choose when they log on.",
        "gig-autonomy",
        "p-flex00001",
        "pro",
        0.83,
        ["rosenblat2016"],
        ["close to the pro statement (0.74)"],
    ),
    (
        "papers/rosenblat.pdf",
        0,
        "Flexible schedules let drivers combine gig work with care duties.",
        "gig-autonomy",
        "p-flex00001",
        "pro",
        0.71,
        [],
        ["close to the pro statement (0.60)"],
    ),
    (
        "papers/wood2019.md",
        0,
        "Some workers see themselves as entrepreneurs running their own business.",
        "gig-autonomy",
        "p-entrep01",
        "pro",
        0.62,
        ["wood2019"],
        ["close to the pro statement (0.55)"],
    ),
    (
        "papers/rosenblat.pdf",
        1,
        "Algorithmic management controls drivers through ratings and nudges.",
        "gig-autonomy",
        "p-algo00001",
        "con",
        0.90,
        ["rosenblat2016"],
        ["close to the con statement (0.77)"],
    ),
    (
        "papers/wood2019.md",
        1,
        "Workers lose autonomy because the algorithm assigns and evaluates tasks.",
        "gig-autonomy",
        "p-algo00001",
        "con",
        0.80,
        ["wood2019"],
        ["cites wood2019, cited by 2 con claims"],
    ),
    (
        "papers/zhang2020.md",
        2,
        "外卖骑手被算法系统困住，几乎没有自主性。",
        "gig-autonomy",
        "p-algo00001",
        "con",
        0.87,
        ["rosenblat2016"],
        ["引用 rosenblat2016", "close to the con statement (0.69)"],
    ),
    (
        "papers/wood2019.md",
        2,
        "Income insecurity makes the promised freedom hollow.",
        "gig-autonomy",
        "p-precar01",
        "con",
        0.66,
        [],
        ["contrast cue 'hollow'"],
    ),
    (
        "notes/seminar.md",
        2,
        "The seminar met on Tuesday to discuss the readings.",
        None,
        None,
        None,
        0.0,
        [],
        ["below every debate threshold"],
    ),
]

# (claim index, claim index) counter pairs
_COUNTERS = [(0, 7), (1, 8), (5, 10), (12, 15), (14, 16)]

_POSITIONS = [
    (
        "p-audience1",
        "platform-value",
        "pro",
        "Audience commodity",
        ["audience", "commodity", "advertisers", "受众"],
    ),
    ("p-freelab1", "platform-value", "pro", "Free labour", ["free labour", "unwaged", "terranova"]),
    (
        "p-prosumer1",
        "platform-value",
        "pro",
        "Prosumer exploitation",
        ["surplus value", "exploited", "数字劳动"],
    ),
    ("p-rent00001", "platform-value", "con", "Rent, not value", ["rent", "attention", "wage relation"]),
    ("p-notlab01", "platform-value", "con", "Leisure, not labour", ["leisure", "consumption", "消费"]),
    ("p-flex00001", "gig-autonomy", "pro", "Flexibility", ["flexibility", "schedules", "care"]),
    ("p-entrep01", "gig-autonomy", "pro", "Entrepreneurial freedom", ["entrepreneurs", "business"]),
    ("p-algo00001", "gig-autonomy", "con", "Algorithmic management", ["algorithm", "ratings", "算法"]),
    ("p-precar01", "gig-autonomy", "con", "Precarity", ["income", "insecurity"]),
]

_DOC_TITLES = {
    "papers/fuchs2014.md": ("Digital Labour and Karl Marx", "en"),
    "notes/seminar.md": ("Seminar notes", "en"),
    "papers/zhang2020.md": ("平台经济中的数字劳动", "zh"),
    "papers/comor2015.md": ("Revisiting Marx's value theory", "en"),
    "papers/rosenblat.pdf": ("Algorithmic labor and information asymmetries", "en"),
    "papers/wood2019.md": ("Good gig, bad gig", "en"),
}

_REFERENCES = [
    Reference(
        "smythe1977",
        ["Smythe, Dallas W."],
        1977,
        "Communications: Blindspot of Western Marxism",
        "Canadian Journal of Political and Social Theory",
    ),
    Reference(
        "murdock1978",
        ["Murdock, Graham"],
        1978,
        "Blindspots about Western Marxism: A reply to Dallas Smythe",
        "Canadian Journal of Political and Social Theory",
    ),
    Reference(
        "terranova2000",
        ["Terranova, Tiziana"],
        2000,
        "Free labor: Producing culture for the digital economy",
        "Social Text",
    ),
    Reference(
        "fuchs2014",
        ["Fuchs, Christian"],
        2014,
        "Digital Labour and Karl Marx",
        "Routledge",
        document="papers/fuchs2014.md",
    ),
    Reference(
        "comor2015",
        ["Comor, Edward"],
        2015,
        "Revisiting Marx's value theory",
        "tripleC",
        document="papers/comor2015.md",
    ),
    Reference(
        "rosenblat2016",
        ["Rosenblat, Alex", "Stark, Luke"],
        2016,
        "Algorithmic labor and information asymmetries",
        "International Journal of Communication",
        document="papers/rosenblat.pdf",
    ),
    Reference(
        "wood2019",
        ["Wood, Alex J.", "Graham, Mark"],
        2019,
        "Good gig, bad gig",
        "Work, Employment and Society",
        document="papers/wood2019.md",
    ),
    Reference(
        "zhang2020", ["张伟"], 2020, "平台经济中的数字劳动", "新闻与传播研究", document="papers/zhang2020.md"
    ),
]
# murdock1978 is in the bibliography but not in the corpus; "huws2003" is cited nowhere; every claim
# citing a key with no entry at all is covered by "ghost2001" below.
_REFERENCES.append(
    Reference("huws2003", ["Huws, Ursula"], 2003, "The Making of a Cybertariat", "Monthly Review Press")
)


def sample_map() -> ArgumentMap:
    """The hand-made map the functional tests and snapshots use."""
    docs: dict[str, list[list[str]]] = {d: [] for d in _DOC_TITLES}
    for doc, para, text, *_ in _CLAIMS:
        paragraphs = docs[doc]
        while len(paragraphs) <= para:
            paragraphs.append([f"Context sentence {len(paragraphs) + 1} of {Path(doc).stem}."])
        paragraphs[para].append(text)
    documents: list[Document] = []
    offsets: dict[tuple[str, str], tuple[int, int]] = {}
    for doc, paragraphs in docs.items():
        title, lang = _DOC_TITLES[doc]
        text = f"# {title}\n\n"
        for para in paragraphs:
            for sentence in para:
                offsets[(doc, sentence)] = (len(text), len(text) + len(sentence))
                text += sentence + " "
            text = text.rstrip() + "\n\n"
        kind = doc.rsplit(".", 1)[1]
        page_starts = [0, len(text) // 2] if kind == "pdf" else []
        documents.append(Document(doc, title, text, kind, language=lang, page_starts=page_starts))  # type: ignore[arg-type]
    doc_index = {d.id: d for d in documents}
    claims: list[Claim] = []
    for doc, para, text, debate, pos, stance, conf, cites, reasons in _CLAIMS:
        start, end = offsets[(doc, text)]
        claims.append(
            Claim(
                id=claim_id(doc, text),
                document=doc,
                text=text,
                start=start,
                end=end,
                language=doc_index[doc].language,
                section="Argument" if para else "Introduction",
                paragraph=para,
                page=doc_index[doc].page_at(start),
                debate=debate,
                position=pos,
                stance=stance,  # type: ignore[arg-type]
                confidence=conf,
                citations=list(cites),
                reasons=list(reasons),
            )
        )
    claims[4].citations.append("ghost2001")  # a cited key with no bibliography entry
    for a, b in _COUNTERS:
        claims[a].counters.append(claims[b].id)
        claims[b].counters.append(claims[a].id)
    positions = [Position(pid, deb, side, label, kws) for pid, deb, side, label, kws in _POSITIONS]  # type: ignore[arg-type]
    for p in positions:
        p.claims = [c.id for c in claims if c.position == p.id]
        p.central = p.claims[0] if p.claims else None
    debates = [
        Debate(
            "platform-value",
            "Does the unpaid activity of platform users create value?",
            ["Users' unpaid activity is productive labour that creates value."],
            ["Users' activity does not create value; platforms capture rent."],
        ),
        Debate(
            "gig-autonomy",
            "Do gig platforms give workers autonomy?",
            ["Gig work gives workers flexibility and control over their time."],
            ["Algorithms control gig workers and take their autonomy away."],
        ),
    ]
    for d in debates:
        d.positions = [p for p in positions if p.debate == d.id]
    return ArgumentMap(
        title="Digital labour debates",
        model="fake",
        seed=0,
        built="2024-01-01T00:00:00",
        argmap_version="0.1.0",
        documents=documents,
        references=list(_REFERENCES),
        debates=debates,
        claims=claims,
    )


class FakeSession:
    """The Session interface, in memory. Decisions are applied with the real ``annotations.apply``."""

    def __init__(
        self,
        amap: ArgumentMap | None = None,
        *,
        root: Path = Path("/corpus"),
        loaded: bool = True,
        stale: bool = False,
        build_error: ArgmapError | None = None,
        build_hook: Callable[[], None] | None = None,
    ):
        self.root = root
        self._machine = amap if amap is not None else sample_map()
        self._loaded = loaded
        self._stale = stale
        self.build_error = build_error
        self.build_hook = build_hook
        self.decisions: list[dict[str, Any]] = []
        self.builds = 0
        self.searches: list[str] = []
        self.map: ArgumentMap | None = None
        self.incremental: int | None = None  # what the next build reports as mapped incrementally
        self.next_incremental: int | None = None

    def is_stale(self) -> bool:
        return self._stale or not self._loaded

    def load(self) -> ArgumentMap | None:
        return self._reapply() if self._loaded else None

    def build(self, progress: Callable[[str, int, int], None] | None = None) -> ArgumentMap:
        if self.build_hook:
            self.build_hook()
        for stage in ("ingest", "segment", "embed", "map"):
            for done in range(0, 5):
                if progress:
                    progress(stage, done, 4)
        if self.build_error is not None:
            raise self.build_error
        self.builds += 1
        self._loaded, self._stale = True, False
        self.incremental = self.next_incremental
        return self._reapply()

    def _reapply(self) -> ArgumentMap:
        amap = copy.deepcopy(self._machine)
        annotations.apply(amap, annotations.Decisions(items=list(self.decisions)))
        self.map = amap
        return amap

    def annotate(self, decision: dict[str, Any]) -> ArgumentMap:
        annotations.validate(decision)
        self.decisions.append(dict(decision))
        return self._reapply()

    def undo(self) -> ArgumentMap | None:
        if not self.decisions:
            return None
        self.decisions.pop()
        return self._reapply()

    def search(self, query: str, k: int = 20) -> list[tuple[str, float]]:
        """Word overlap stands in for meaning."""
        self.searches.append(query)
        words = {w for w in query.lower().split() if len(w) > 2}
        assert self.map is not None
        scored = []
        for c in self.map.claims:
            hits = sum(1 for w in words if w in c.text.lower())
            if hits:
                scored.append((c.id, hits / max(len(words), 1)))
        return sorted(scored, key=lambda x: -x[1])[:k]

    def source_location(self, claim_id: str) -> tuple[Path, int]:
        assert self.map is not None
        claim = self.map.claim_index()[claim_id]
        doc = next(d for d in self.map.documents if d.id == claim.document)
        return self.root / claim.document, doc.text.count("\n", 0, claim.start) + 1

    def paragraph(self, claim_id: str) -> str:
        assert self.map is not None
        claim = self.map.claim_index()[claim_id]
        doc = next(d for d in self.map.documents if d.id == claim.document)
        start = doc.text.rfind("\n\n", 0, claim.start)
        end = doc.text.find("\n\n", claim.end)
        return doc.text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(doc.text)].strip()


def synthetic_map(n_claims: int, n_debates: int = 4, positions_per_side: int = 5) -> ArgumentMap:
    """A large, regular map for laziness tests and the benchmark (no text files behind it)."""
    debates, claims = [], []
    documents = [Document(f"doc{d}.md", f"Document {d}", "", "md") for d in range(max(n_claims // 50, 1))]
    for d in range(n_debates):
        debate = Debate(f"debate-{d}", f"Question number {d}?", [f"pro {d}"], [f"con {d}"])
        for side in ("pro", "con"):
            for k in range(positions_per_side):
                debate.positions.append(
                    Position(
                        f"p-{d}-{side}-{k}",
                        debate.id,
                        side,
                        f"Position {d}/{side}/{k}",  # type: ignore[arg-type]
                        [f"kw{k}"],
                    )
                )
        debates.append(debate)
    all_positions = [p for debate in debates for p in debate.positions]
    for i in range(n_claims):
        pos = all_positions[i % len(all_positions)]
        doc = documents[i % len(documents)].id
        text = f"Synthetic claim number {i} about {pos.label}."
        claim = Claim(
            claim_id(doc, text),
            doc,
            text,
            0,
            len(text),
            debate=pos.debate,
            position=pos.id,
            stance=pos.side,
            confidence=(i % 100) / 100,
            citations=[f"ref{i % 300}"],
        )
        pos.claims.append(claim.id)
        claims.append(claim)
    references = [Reference(f"ref{r}", [f"Author{r}, A."], 2000 + r % 20, f"Work {r}") for r in range(300)]
    return ArgumentMap(
        title="synthetic", documents=documents, references=references, debates=debates, claims=claims
    )
