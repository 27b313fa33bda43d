"""Reference keys and the name folding that citation matching relies on."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# German-style transliterations readers type when they cannot type the umlaut (Kücklich / Kuecklich).
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_NON_ALNUM = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")


# Citation matching folds the same few hundred names hundreds of thousands of times per build, so
# both folds are memoised (bounded: a 100k-sentence corpus still holds only thousands of names).
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Lowercase, strip diacritics and punctuation: 'Kücklich' -> 'kucklich', 'Bolaño' -> 'bolano'."""
    if name.isascii():  # nothing to decompose or replace: the same result without the per-character pass
        return _NON_ALNUM.sub("", name.lower())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    return _NON_ALNUM.sub("", text.lower())


@lru_cache(maxsize=1 << 16)
def fold_loose(name: str) -> str:
    """``fold`` plus umlaut digraphs collapsed, so 'Kuecklich' and 'Kücklich' compare equal."""
    text = fold(name)
    for digraph, vowel in _DIGRAPHS:
        text = text.replace(digraph, vowel)
    return text


def generated_key(surname: str, year: int | None, taken: set[str] | None = None) -> str:
    """The contract's fallback key: lowercase first-author surname + year (+ a, b … on clashes)."""
    base = (fold(surname) or "anon") + (str(year) if year else "nd")
    if taken is None or base not in taken:
        return base
    for letter in "abcdefghijklmnopqrstuvwxyz":
        if base + letter not in taken:
            return base + letter
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
