"""c-TF-IDF keywords for groups of claims, English and Chinese (jieba), with small stopword lists."""

from __future__ import annotations

import functools
import heapq
import marshal
import os
import re
import tempfile
from collections import Counter

import numpy as np

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Latin letters with their accented forms, so that "Bolaño" is one word (and a name), not "bola" and "o".
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_LATIN = re.compile(rf"[{_LETTER}][{_LETTER}'-]+")
# Reporting verbs say who holds a view, not what it is: a position labelled "media / thinks / asks".
_REPORTING_EN = frozenset(
    """think thinks thought ask asks asked note notes noted suggest suggests suggested contend contends contended
    maintain maintains maintained insist insists insisted conclude concludes concluded add adds added write
    writes wrote describe describes described treat treats treated call calls called find finds found show
    shows showed shown observe observes observed propose proposes proposed""".split()
)
STOP_EN = frozenset(
    """a about above after again against all also although am an and any are as at be because been before being
    between both but by can could did do does doing down during each either even every few for from further had has
    have having he her here hers him his how however i if in into is it its itself just like many may might more
    most much must my neither no nor not now of off on once one only or other our out over own per rather same
    she should so some such than that the their them then there these they this those though through thus to too
    under until up upon very was we were what when where whether which while who whom whose why will with within
    without would yet you your argue argues argued claim claims claimed hold holds held say says said see also
    et al paper article essay chapter review study studies view point whereas instead therefore hence another
    s t d ll re ve account accounts argument arguments position positions side sides thesis theses reply replies
    answer answers point points case sense way ways fact idea ideas term terms kind sort first second third since
    """.split()
) | _REPORTING_EN
STOP_ZH = frozenset(
    """的 了 和 与 及 或 是 在 对 把 被 也 都 而 并 但 但是 然而 因此 所以 因为 如果 这 那 这种 这一 一个 一种 我们 他们 她们 它们
    他 她 它 其 之 以 于 为 由 从 到 中 上 下 不 没有 就 还 又 更 最 很 已经 认为 指出 主张 强调 提出 表明 研究 本文 学者 观点 问题
    方面 可以 可能 需要 进行 通过 作为 以及 其中 之间 这些 那些 所 等 着 过 来 去 说 看 将 会 能 要 个 参考文献 文献 出版社
    年版 第一 第二 第三 看来 论点 观点 立场 一方 一派 回答 回应 发现 写道 声称""".split()
)


# Citation debris: "(Smythe, 1977)", "（史麦兹，1977）", "[3]", "et al.", page ranges.
_PAREN_CITATION = re.compile(r"[(（][^()（）]*\d{4}[a-z]?[^()（）]*[)）]|\[\d+(?:[,，\-–]\s*\d+)*\]")
# A Chinese name written right before its citation ("福克斯（2010）", "赫斯蒙德夫（Hesmondhalgh，2010）").
_CJK_NAME_BEFORE_CITATION = re.compile(r"([\u4e00-\u9fff]{2,5})(?=[（(][^()（）]*\d{4})")
_LATIN_TOKEN = re.compile(rf"[{_LETTER}][{_LETTER}'’-]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"“(（]\s*)$")


def _key(word: str) -> str:
    key = word.lower().strip("'’-")
    return key[:-2] if key.endswith(("'s", "’s")) else key


def _after_sentence_start(text: str, start: int) -> bool:
    """``_SENTENCE_START.search(text[:start])``, searching only from the last non-space character before
    ``start`` (every match ends in a run of spaces after one such character, or is the empty start), so
    that the cost does not grow with the offset (not even by copying the text before it)."""
    last = start
    while last and text[last - 1].isspace():  # what rstrip() strips
        last -= 1
    return _SENTENCE_START.search(text, max(0, last - 1), start) is not None


def proper_nouns(texts: list[str]) -> set[str]:
    """Lower-cased words the texts write only capitalised, somewhere not at a sentence start (names such
    as "Smythe", "Fuchs"), plus Chinese names written before a citation: not keywords of a position."""
    capital: set[str] = set()
    lower: set[str] = set()
    names: set[str] = set()
    for text in texts:
        for match in _LATIN_TOKEN.finditer(text):
            word = match.group(0)
            if word[0].islower():
                lower.add(word)
            elif word not in capital and not word.isupper() and not _after_sentence_start(text, match.start()):
                capital.add(word)
        if "(" in text or "（" in text:  # a name before a citation needs its parenthesis
            names.update(_CJK_NAME_BEFORE_CITATION.findall(text))
    # Keys once per distinct word rather than once per occurrence.
    return ({_key(w) for w in capital} - {_key(w) for w in lower}) | names


def _jieba():
    """jieba, its default dictionary loaded. jieba reads its 9 MB dictionary cache with ``marshal.load`` on
    the open file, which reads it piecewise; reading the file whole and ``marshal.loads``-ing it yields
    the same dictionary two to three times faster (about a second saved on each build with Chinese text)."""
    import jieba

    jieba.setLogLevel(60)  # jieba logs its dictionary loading to stderr; the core never prints
    tokenizer = jieba.dt
    if not tokenizer.initialized and tokenizer.dictionary == jieba.DEFAULT_DICT and not tokenizer.cache_file:
        cache = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), "jieba.cache")
        with tokenizer.lock:
            if not tokenizer.initialized and os.path.isfile(cache):
                try:
                    with open(cache, "rb") as file:
                        tokenizer.FREQ, tokenizer.total = marshal.loads(file.read())
                    tokenizer.initialized = True
                except Exception:  # noqa: BLE001 - a bad cache: let jieba rebuild it as it would
                    tokenizer.FREQ, tokenizer.total = {}, 0
    tokenizer.check_initialized()
    return jieba


@functools.lru_cache(maxsize=1 << 16)
def _segment(part: str) -> tuple[str, ...]:
    """jieba's words for one run of Chinese characters. Memoised: short runs ("然而", "认为", a name's
    verb) recur throughout a corpus, and jieba's segmentation of a run depends on the run alone."""
    return tuple(_jieba().lcut(part))  # only when there is Chinese text: its dictionary takes time to load


def _cjk_names(skip: frozenset[str] | set[str]) -> list[str]:
    """The names in ``skip`` written in Chinese characters, in ``skip``'s own order (the order they are
    blanked out in)."""
    return [name for name in skip if name and "\u4e00" <= name[0] <= "\u9fff"]


def tokenize(text: str, skip: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Lower-case English words and jieba words for Chinese runs, without stopwords, citation debris,
    1-character tokens or the words in ``skip`` (names)."""
    return _tokenize(text, skip, _cjk_names(skip))


def _tokenize(text: str, skip: frozenset[str] | set[str], cjk_names: list[str]) -> list[str]:
    """``tokenize``, given the Chinese names of ``skip`` (``_cjk_names``): found once for all the texts
    that share one ``skip``, not once for each Chinese run of each text."""
    text = _PAREN_CITATION.sub(" ", text)
    tokens: list[str] = []
    for word in _LATIN.findall(text):
        word = word.lower().strip("'-")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) > 2 and word not in STOP_EN and word not in skip:
            tokens.append(word)
    for run in _CJK_RUN.findall(text):
        for name in cjk_names:
            run = run.replace(name, " ")
        for part in run.split():
            for word in _segment(part):
                if len(word) > 1 and word not in STOP_ZH and word not in skip:
                    tokens.append(word)
    return tokens


def ctfidf_keywords(groups: list[list[str]], top: int = 5, skip: set[str] | None = None) -> list[list[str]]:
    """Top c-TF-IDF words of each group of texts (BERTopic's class-based TF-IDF), deterministic ties.

    Names (``skip``, by default the proper nouns of the texts themselves) are never keywords: a position
    is what its claims say, not whom they cite."""
    if skip is None:
        skip = proper_nouns([t for texts in groups for t in texts])
    skip = {w.lower() for w in skip}
    cjk_names = _cjk_names(skip)
    docs = [" ".join(" ".join(_tokenize(t, skip, cjk_names)) for t in texts) for texts in groups]
    if not any(docs):
        return [[] for _ in groups]
    # Term counts per group over the sorted vocabulary: what CountVectorizer(tokenizer=str.split) gives,
    # without importing scikit-learn for it.
    tokens = [doc.split() for doc in docs]
    vocab = sorted({t for group in tokens for t in group})
    column = {t: j for j, t in enumerate(vocab)}
    counts = np.zeros((len(docs), len(vocab)))
    for i, group in enumerate(tokens):
        for token, count in Counter(group).items():
            counts[i, column[token]] = count
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    avg = counts.sum() / max(len(groups), 1)
    idf = np.log(1 + avg / np.maximum(counts.sum(axis=0), 1))
    weights = tf * idf
    out = []
    for row in weights:
        # Only positive weights are keywords: rank just those (same order as sorting the whole vocabulary).
        best = heapq.nsmallest(top, np.flatnonzero(row > 0).tolist(), key=lambda j: (-row[j], vocab[j]))
        out.append([vocab[j] for j in best])
    return out
