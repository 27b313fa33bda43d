"""Sentence boundaries for English, Chinese and mixed text.

Rules, not a model: a boundary is a run of terminal punctuation (with any closing quotes or
brackets after it) that passes the checks below. English needs whitespace and a plausible
sentence start after the run, and no abbreviation before it; Chinese 。！？；…… end a sentence
wherever they stand. Nothing inside a matched pair of brackets is ever split, so
"(Wang et al., 2021)" and "（详见第三章。下同）" stay whole.

pysbd and sentencex were measured against these rules on the cases in
``tests/unit/test_sentences.py``; both split after "vol." (and pysbd after "Cf."), neither
keeps "(Wang et al. 2021)" safe in every form, and pysbd takes ~2 ms a sentence, so argmap keeps
its own rules. The abbreviation lists were seeded from spaCy's English tokenizer exceptions
(``argmap.nlp.pipelines.english_abbreviations``) but are written out here: importing spaCy costs
5-7 s (thinc pulls in torch), far more than splitting a whole corpus.
"""

from __future__ import annotations

import bisect
import re

from argmap.nlp.lang import is_han

# A run of terminal punctuation and the closing quotes / brackets that belong to its sentence.
# 》 is left out: "《劳动是免费的吗？》" is a title inside the sentence, not its end.
_RUN = re.compile(r"[.!?。！？；…]+[\"'”’」』）)\]】»]*")
_CLOSERS = "\"'”’」』）)]】»"
# Chinese terminators end a sentence with no whitespace after them.
_CJK_TERMINATORS = set("。！？；")
# What may open a sentence after English terminal punctuation and whitespace.
_OPENERS = "\"'“‘([「『《【*_¿¡"
_WORD_BEFORE = re.compile(r"(?<![A-Za-z.])[A-Za-z][A-Za-z.]*$")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]$")
_FOOTNOTE_AFTER = re.compile(r"\d{1,3}(?=\s+[A-Z\"“(])")
_AFTER_CITATION = re.compile(r"[.;]|\s*\Z")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")

# Words whose period never ends a sentence: titles, reference-locator and Latin abbreviations
# that are always followed by more of the same sentence ("Dr. Terranova", "pp. 12", "cf. Fuchs").
NEVER_FINAL = frozenset(
    """dr mr mrs ms mx prof st mt rev gen gov sen rep adm messrs fr sr jr capt col lt sgt
    vs v cf e.g i.e viz esp incl resp approx ca c cp
    p pp vol vols fig figs ch chap chaps sec sect secs eq eqs tab para paras art arts nr n nn
    op loc repr trans""".split()
)
# Abbreviations that may end a sentence: the period ends it before a capitalised word, but not
# before a number or a parenthesis ("et al. (2021)", "no. 2", "Jan. 5").
MAY_END = frozenset(
    """al etc ibid id inc ltd co corp bros no nos ed eds jr sr esq ph.d u.s u.k u.n e.u
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

_OPEN = {"(": ")", "（": "）", "[": "]", "【": "】", "《": "》", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_BRACKET = re.compile("[" + re.escape("".join(_OPEN) + "".join(_CLOSE)) + "]")
# A "pair" longer than this is more likely two stray brackets than one parenthesis.
_MAX_PAIR = 1200


def _bracket_pairs(text: str) -> dict[int, int]:
    """Matched bracket pairs: opener offset -> closer offset. Unmatched brackets are ignored."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for match in _BRACKET.finditer(text):
        i, ch = match.start(), match.group()
        if ch in _OPEN:
            stack.append((ch, i))
        elif ch in _CLOSE:
            # Pop to the nearest opener of this kind; openers above it were stray ("1) item (a").
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == _CLOSE[ch]:
                    opener = stack[depth][1]
                    del stack[depth:]
                    if i - opener <= _MAX_PAIR:
                        pairs[opener] = i
                    break
    return pairs


class _Protected:
    """Outermost bracket pairs, for asking whether an offset lies inside one."""

    def __init__(self, pairs: dict[int, int]):
        starts: list[int] = []
        ends: list[int] = []
        for opener in sorted(pairs):
            closer = pairs[opener]
            if ends and opener < ends[-1]:
                continue  # nested in the previous pair
            starts.append(opener)
            ends.append(closer)
        self.starts = starts
        self.ends = ends

    def covers(self, run_start: int, run_end: int) -> bool:
        """True when the run starts inside a pair whose closer lies after the run."""
        k = bisect.bisect_left(self.starts, run_start) - 1
        return k >= 0 and self.ends[k] >= run_end


def _is_abbreviation_stop(text: str, dot: int, next_char: str) -> bool:
    """Whether the period at ``dot`` belongs to an abbreviation and so does not end the sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 24), dot)
    if not match:
        return False
    word = match.group()
    lower = word.lower()
    if lower in NEVER_FINAL:
        return True
    if _INITIALS.fullmatch(word) and lower not in MAY_END:
        return True  # "D. W. Smythe", "Smythe, D. W. (1977)"
    if lower in MAY_END or "." in word:
        # "et al. 2021", "no. 2", "Wang et al. (2021)": continues; "etc. The": ends.
        return next_char.isdigit() or next_char in "([（"
    return False


def _citation_follows(text: str, j: int, pairs: dict[int, int]) -> bool:
    """'work. (Smythe, 1977) Next' or 'work. [3] Next': the citation belongs to the sentence before."""
    closer = pairs.get(j)
    if closer is None or closer - j > 120:
        return False
    inner = text[j + 1 : closer]
    if text[j] == "[":
        cites = bool(re.fullmatch(r"\s*\d+(?:\s*[-–,]\s*\d+)*\s*", inner))
    else:
        cites = bool(_YEAR.search(inner)) and any(ch.isalpha() for ch in inner)
    return cites and bool(_AFTER_CITATION.match(text, closer + 1))


def _english_boundary(text: str, run: re.Match[str], pairs: dict[int, int]) -> int | None:
    """The offset where the sentence ends after an English run, or None when it goes on."""
    start, end = run.start(), run.end()
    terminal = run.group().rstrip(_CLOSERS)
    n = len(text)
    if end >= n:
        return end
    after = text[end]
    if not after.isspace():
        if is_han(after) and (terminal[-1] in "!?" or (start and is_han(text[start - 1]))):
            return end  # "是吗?是的"
        if terminal == "." and start and text[start - 1].isalpha():
            foot = _FOOTNOTE_AFTER.match(text, end)  # "free labour.12 The ..."
            if foot and not _is_abbreviation_stop(text, start, "A"):
                return foot.end()
        return None
    j = end
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return end
    nxt = text[j]
    if nxt.islower():
        return None
    if not (nxt.isupper() or nxt.isdigit() or is_han(nxt) or nxt in _OPENERS):
        return None
    if terminal == "." and _is_abbreviation_stop(text, start, nxt):
        return None
    if terminal.endswith(".") and _citation_follows(text, j, pairs):
        return None
    return end


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, each stripped of surrounding whitespace.

    ``language`` is 'en', 'zh' or 'mixed'; one rule set serves all three, because Chinese papers
    quote English and English papers quote Chinese, so the argument only documents the caller's view.
    """
    del language  # the rules below cover every language argmap reads
    pairs = _bracket_pairs(text)
    protected = _Protected(pairs)
    cuts: list[int] = []
    for run in _RUN.finditer(text):
        if protected.covers(run.start(), run.end()):
            continue
        terminal = run.group().rstrip(_CLOSERS)
        if not terminal:
            continue
        if _CJK_TERMINATORS.intersection(terminal) or "……" in terminal:
            cut: int | None = run.end()
        else:
            cut = _english_boundary(text, run, pairs)
        if cut is not None:
            cuts.append(cut)
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*cuts, len(text)]:
        span = _strip(text, begin, cut)
        if span:
            spans.append(span)
        begin = max(begin, cut)
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
