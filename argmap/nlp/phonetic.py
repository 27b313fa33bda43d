"""Phonetic matching of Chinese transliterations against Latin surnames: 特温格 ≈ Twenge.

The transliteration table (``translit``) only knows the fields it was written for. Chinese renders
foreign names by sound, one syllable per consonant cluster (普日贝尔斯基 = pu-ri-bei-er-si-ji =
Przybylski), so the consonants survive the trip and the vowels mostly do not. Both sides are reduced
to a *consonant skeleton* over a few broad classes (the distinctions Chinese transliteration loses,
such as l/r, k/g/j, s/z/sh, f/v/w, are merged), and the skeletons are compared by edit distance.

pypinyin gives the syllables. It costs about a third of a second to import, so it is imported only
when the first Han name the table does not know is scored: English-only builds never load it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from argmap.keys import fold

# From this similarity (0–1) a transliteration and a surname are taken as the same name. Calibrated on
# the transliteration table (true pairs against every other surname in it): see tests/unit/test_phonetic.py.
MATCH = 0.8
# Suffix lengths tried when looking for where a transliterated name starts in a run of Han characters.
MIN_NAME, MAX_NAME = 2, 6

_VOWEL = "V"  # a leading vowel (奥本, Orben): the only vowel the skeleton keeps

# Pinyin initials (longest first) and their classes. y is a glide and w mostly renders v/w.
_PINYIN_INITIALS = (
    ("zh", "K"), ("ch", "K"), ("sh", "S"),
    ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"), ("w", "F"), ("d", "T"), ("t", "T"), ("n", "N"),
    ("l", "L"), ("r", "L"), ("g", "K"), ("k", "K"), ("j", "K"), ("q", "K"), ("h", "H"), ("x", "S"),
    ("z", "S"), ("c", "S"), ("s", "S"), ("y", ""),
)  # fmt: skip

# Latin spellings (tried longest first at each position) and their classes; "" is silent or a vowel.
_LATIN_UNITS = {
    "tsch": "K", "sch": "S", "tch": "K",
    "sh": "S", "sz": "S", "ch": "K", "cz": "K", "ck": "K", "ph": "F", "th": "T", "gh": "K", "dg": "K",
    "rz": "L", "ts": "S", "tz": "S", "qu": "K", "ng": "N", "x": "KS",
    "b": "P", "p": "P", "d": "T", "t": "T", "f": "F", "v": "F", "w": "F", "g": "K", "j": "K", "k": "K",
    "q": "K", "c": "K", "h": "H", "l": "L", "r": "L", "m": "M", "n": "N", "s": "S", "z": "S",
}  # fmt: skip
# Spellings that Chinese renders two ways: th as t or s (史密斯 Smith), gh as g or not at all.
_LATIN_OPTIONS = {"th": ("T", "S"), "gh": ("K", "")}
# Pinyin initials that stand for two classes: 齐 qi renders "zi"/"si" (齐美尔 Simmel), 希 xi "hi".
_PINYIN_OPTIONS = {"q": ("K", "S"), "x": ("S", "H"), "j": ("K", "S"), "zh": ("K", "S")}
_MAX_OPTIONAL = 4  # at most 2**4 skeletons a name
_LATIN_UNIT = re.compile("|".join(sorted(_LATIN_UNITS, key=len, reverse=True)) + "|.")
_VOWELS = set("aeiouy")


@lru_cache(maxsize=4096)
def _syllable(ch: str) -> str:
    """The toneless pinyin of one character ('' for what pypinyin does not know)."""
    from pypinyin import Style, lazy_pinyin  # lazy: only unknown Han names pay for the import

    reading = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    return reading[0].lower() if reading else ""


def _syllable_codes(syllable: str) -> tuple[str, ...]:
    """The class codes a syllable may stand for: 'wen' -> ('FN',), 'qi' -> ('K', 'S'), 'ao' -> ('',)."""
    if syllable == "er":  # 尔/儿: an r or l coda (阿尔科特, Allcott)
        return ("L",)
    options, final = ("",), syllable
    for initial, klass in _PINYIN_INITIALS:
        if syllable.startswith(initial):
            options, final = _PINYIN_OPTIONS.get(initial, (klass,)), syllable[len(initial) :]
            break
    if final.endswith("n") or final.endswith("ng"):  # 温 wen, 森 sen: a nasal the name had
        options = tuple(o + "N" for o in options)
    return options


def _collapse(codes: Iterable[str]) -> str:
    """Join class codes, merging runs of one class (Allcott's ll, tt; 贝尔 bei-er)."""
    out: list[str] = []
    for code in "".join(codes):
        if not out or out[-1] != code:
            out.append(code)
    return "".join(out)


def _spellings(lead: str, units: list[tuple[str, ...]]) -> frozenset[str]:
    """Every skeleton the per-unit options spell, capped so a long name stays cheap."""
    variable = sum(len(u) > 1 for u in units)
    if variable > _MAX_OPTIONAL:  # keep the first reading of each unit past the cap
        units = [u if len(u) == 1 or i < _MAX_OPTIONAL else u[:1] for i, u in enumerate(units)]
    return frozenset(lead + _collapse(combo) for combo in itertools.product(*units))


@lru_cache(maxsize=1 << 14)
def han_skeletons(han: str) -> frozenset[str]:
    """The consonant skeletons of a transliteration: '特温格' -> {'TFNK'}, '奥本' -> {'VPN'}."""
    syllables = [s for s in (_syllable(ch) for ch in han if "\u4e00" <= ch <= "\u9fff") if s]
    if not syllables:
        return frozenset()
    lead = _VOWEL if syllables[0][0] in "aeoy" else ""
    return _spellings(lead, [_syllable_codes(s) for s in syllables])


@lru_cache(maxsize=1 << 14)
def latin_skeletons(surname: str) -> frozenset[str]:
    """The consonant skeletons of a Latin surname: 'Twenge' -> {'TFNK'}, 'Orben' -> {'VPN', 'VLPN'}."""
    s = re.sub(r"[^a-z]", "", fold(surname))
    if not s:
        return frozenset()
    lead = _VOWEL if s[0] in _VOWELS else ""
    units: list[tuple[str, ...]] = []
    for m in _LATIN_UNIT.finditer(s):
        unit, nxt = m.group(), s[m.end() : m.end() + 1]
        code = _LATIN_UNITS.get(unit, "")
        if unit == "ng" and nxt in _VOWELS:
            units.append(("NK",))  # Twenge, Singer: n then g (特温格, 辛格)
        elif unit == "c" and nxt in ("e", "i", "y"):
            units.append(("S",))  # soft c
        elif unit == "r" and nxt not in _VOWELS:
            units.append(("", "L"))  # a coda r: dropped (Orben 奥本) or written 尔 (Hardt 哈尔特)
        elif unit == "h" and (m.start() > 0 or nxt not in _VOWELS):
            units.append(("",) if nxt not in _VOWELS else ("", "H"))  # Jhally 贾利
        elif unit == "w" and nxt not in _VOWELS:
            units.append(("",))  # Huws, Bowles
        elif unit in _LATIN_OPTIONS:
            units.append(_LATIN_OPTIONS[unit])
        else:
            units.append((code,))
    return _spellings(lead, units)


def score(han: str, surname: str) -> float:
    """How alike a Chinese transliteration and a Latin surname sound (0–1); 1.0 for 海特/Haidt."""
    return max(
        (
            Levenshtein.normalized_similarity(a, b)
            for a in han_skeletons(han)
            for b in latin_skeletons(surname)
        ),
        default=0.0,
    )


def rank(han: str, surname: str) -> tuple[float, float]:
    """Sort key among surnames that match a rendering: the skeleton score, then how alike the pinyin and
    the spelling are (普雷 is nearer Prey than Bell, though both skeletons are PL)."""
    pinyin = "".join(_syllable(ch) for ch in han)
    return score(han, surname), fuzz.ratio(pinyin, fold(surname)) / 100


class SurnameIndex:
    """Latin surnames indexed by skeleton, so a rendering is compared to thousands of them at C speed."""

    def __init__(self, surnames: Iterable[str]):
        self._by_skeleton: dict[str, set[str]] = {}
        for name in surnames:
            for skeleton in latin_skeletons(name):
                self._by_skeleton.setdefault(skeleton, set()).add(name)
        self._skeletons = list(self._by_skeleton)

    def __len__(self) -> int:
        return len(self._skeletons)

    def matches(self, han: str, cutoff: float = MATCH) -> dict[str, float]:
        """Every indexed surname that ``han`` matches at ``cutoff`` or better, with its score."""
        found: dict[str, float] = {}
        for skeleton in han_skeletons(han):
            hits = process.extract(
                skeleton,
                self._skeletons,
                scorer=Levenshtein.normalized_similarity,
                score_cutoff=cutoff,
                limit=None,
            )
            for hit, similarity, _index in hits:
                for name in self._by_skeleton[hit]:
                    found[name] = max(found.get(name, 0.0), similarity)
        return found

    def best_suffix(self, run: str, cutoff: float = MATCH) -> str:
        """The suffix of a Han run (2–6 characters) that best renders an indexed surname, or ''.

        On equal scores the longer suffix wins: a leading vowel syllable (奥, 阿) belongs to the name."""
        best, best_key = "", (cutoff, -1.0)
        for length in range(MIN_NAME, min(MAX_NAME, len(run)) + 1):
            suffix = run[-length:]
            for name in self.matches(suffix, cutoff):
                key = rank(suffix, name)
                if key >= best_key:
                    best, best_key = suffix, key
        return best
