"""Discovery: with no declared debates, find topics and propose debates as an ``argmap.toml`` fragment.

Topics are clusters of the corpus's claims (method and logistics asides left out); each topic with
enough claims is split in two, and the central claims of the two halves become the proposed sides.
The reader edits the fragment into ``argmap.toml``; until then the proposed debates are mapped like
declared ones and marked ``proposed``.
"""

from __future__ import annotations

import re

import numpy as np

from argmap.mapping.cues import aside_section, find_cues
from argmap.mapping.keywords import ctfidf_keywords, proper_nouns
from argmap.mapping.positions import cluster_claims
from argmap.model import DebateSpec, Sentence

MIN_TOPIC = 6  # claims a topic needs before it is proposed as a debate
MAX_TOPICS = 8


def _slug(words: list[str], taken: set[str]) -> str:
    base = "-".join(w for w in words[:2] if re.fullmatch(r"[a-z0-9]+", w)) or "topic"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _statement(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def discover(sentences: list[Sentence], vectors: np.ndarray, seed: int = 0
             ) -> tuple[list[DebateSpec], list[str | None]]:
    """Proposed debates and, per sentence, the proposed debate it belongs to (None: asides, small topics)."""
    n = len(sentences)
    keep = [i for i, s in enumerate(sentences) if not find_cues(s.text).aside and not aside_section(s.section)]
    assignment: list[str | None] = [None] * n
    if len(keep) < MIN_TOPIC:
        return [], assignment
    labels = cluster_claims(vectors[keep], seed, max_k=MAX_TOPICS)
    groups = [[keep[a] for a in np.flatnonzero(labels == k)] for k in range(int(labels.max()) + 1)]
    groups = [g for g in groups if len(g) >= MIN_TOPIC]
    keywords = ctfidf_keywords([[sentences[i].text for i in g] for g in groups])
    names = proper_nouns([sentences[i].text for i in keep])
    specs: list[DebateSpec] = []
    taken: set[str] = set()
    for members, words in zip(groups, keywords, strict=False):
        pro, con = _opposed_pair(members, sentences, vectors, seed)
        pro_text, con_text = _statement(sentences[pro].text), _statement(sentences[con].text)
        spec = DebateSpec(
            id=_slug(words, taken),
            question=question_for(pro_text, words, names),
            pro=[pro_text],
            con=[con_text],
        )
        specs.append(spec)
        for i in members:
            assignment[i] = spec.id
    return specs, assignment


def _opposed_pair(members: list[int], sentences: list[Sentence], vectors: np.ndarray, seed: int) -> tuple[int, int]:
    """Central claims of the two sub-clusters of a topic that are furthest apart (centred vectors), the
    earlier one in the corpus first: the proposed pro and con statements."""
    x = vectors[members] - vectors[members].mean(axis=0, keepdims=True)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    sub = cluster_claims(vectors[members], seed)
    if sub.max() < 1:
        from sklearn.cluster import KMeans  # imported only when discovery clusters (~1 s)

        sub = KMeans(n_clusters=2, random_state=seed, n_init=10).fit_predict(x)
    parts = [np.flatnonzero(sub == k) for k in range(int(sub.max()) + 1)]
    centroids = [x[p].mean(axis=0) for p in parts]
    a, b = min(((a, b) for a in range(len(parts)) for b in range(a + 1, len(parts))),
               key=lambda ab: (float(centroids[ab[0]] @ centroids[ab[1]]), ab))
    central = []
    for k in (a, b):
        # The most central claim that can stand alone as a side's statement.
        closeness = x[parts[k]] @ centroids[k]
        order = sorted(range(len(parts[k])), key=lambda t: (-float(closeness[t]), t))
        ranked = sorted(order, key=lambda t: not _standalone(sentences[members[int(parts[k][t])]].text))
        central.append(members[int(parts[k][ranked[0]])])
    first, second = sorted(central, key=lambda i: (sentences[i].document, sentences[i].start, i))
    return first, second


_ANAPHORIC = re.compile(r"^\W*(?:he|she|they|it|its|this|these|that|those|such|here|his|her|their|他|她|它|这|此|该)\b",
                        re.I)


def _standalone(text: str) -> bool:
    """A sentence that states a view by itself: not framing, a question, an aside or an anaphor, and of
    a statement's length."""
    cues = find_cues(text)
    words = len(text.split()) if not _CJK.search(text) else len(text) // 2
    return not (cues.framing or cues.question or cues.aside or _ANAPHORIC.match(text)) and 6 <= words <= 45


# "Smythe (1977) argues that …", "福克斯认为，…": the reported view is the part worth asking about.
_REPORTED = re.compile(
    r"^(?:[^,;:]{0,60}?\s)?(?:argue[sd]?|holds?|held|claim(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|"
    r"insist(?:s|ed)?|suggest(?:s|ed)?|show(?:s|ed|n)?|conclude[sd]?|believe[sd]?|state[sd]?|observe[sd]?|"
    r"note[sd]?|agree[sd]?|add(?:s|ed)?|think(?:s)?|thought|find(?:s)?|found)\s+that\s+", re.I)
_REPORTED_ZH = re.compile(r"^.{0,30}?(?:认为|指出|主张|强调|表明|发现|看来)[，,]?")
_CITATION = re.compile(r"\s*[(（][^()（）]*\d{4}[a-z]?[^()（）]*[)）]|\s*\[\d+(?:[,，\-–]\s*\d+)*\]")
_AUXILIARY = re.compile(r"^(?P<subject>(?:(?!that\b)[\w'’-]+\s+){1,6}?)(?P<aux>is|are|was|were|can|cannot|could|should|"
                        r"will|would|must|may|do|does|did|has|have)\b\s+(?P<rest>.+)$", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def question_for(statement: str, keywords: list[str], names: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """A yes/no question a person could have written from a topic's pro statement: the reported view
    with its frame and citations stripped, turned round its auxiliary ("Are audiences workers?"),
    or "…吗？" in Chinese; failing both, "Is it the case that …?" with the topic's keywords in front."""
    text = _CITATION.sub("", statement).strip().rstrip(".。!！")
    text = re.split(r"\s*[;；]\s*", text)[0]  # the first clause is the claim; the rest elaborates
    if _CJK.search(text):
        core = _REPORTED_ZH.sub("", text).strip("，, ")
        return f"{core}吗？"
    core = _REPORTED.sub("", text).strip()
    match = _AUXILIARY.match(core)
    if match and not re.search(r"[,;:]", match.group("subject")):
        subject = _lower_first(match.group("subject").strip(), names)
        aux = match.group("aux").lower()
        if aux == "cannot":
            return f"Can {subject} not {match.group('rest')}?"
        return f"{aux.capitalize()} {subject} {match.group('rest')}?"
    topic = ", ".join(keywords[:2]) if keywords else "this topic"
    return f"On {topic}: is it the case that {_lower_first(core, names)}?"


def _lower_first(text: str, names: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """Lower-case the first word unless it is a name (``names``, lower-case) or an acronym."""
    first = text.split(" ", 1)[0].rstrip(",;:")
    key = first.lower().removesuffix("'s").removesuffix("’s")
    if not first[:1].isupper() or key in names or (len(first) > 1 and first[1:2].isupper()):
        return text
    return text[:1].lower() + text[1:]


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def proposal_toml(specs: list[DebateSpec]) -> str:
    """The proposed debates as a ready ``[[debate]]`` fragment for argmap.toml."""
    lines = ["# Proposed by argmap: edit the questions and sides, then keep what you want in argmap.toml."]
    for spec in specs:
        lines += ["", "[[debate]]", f"id = {_toml_string(spec.id)}", f"question = {_toml_string(spec.question)}",
                  f"pro = [{', '.join(_toml_string(t) for t in spec.pro)}]",
                  f"con = [{', '.join(_toml_string(t) for t in spec.con)}]"]
    return "\n".join(lines) + "\n"
