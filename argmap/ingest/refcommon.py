"""Small helpers shared by the bibliography readers."""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?<!\d)(1[4-9]\d\d|20\d\d|21\d\d)(?!\d)")
_BRACES = re.compile(r"[{}]")

# RIS TY and CSL type → BibTeX entry type, the vocabulary Reference.kind uses.
RIS_KINDS = {
    "JOUR": "article",
    "JFULL": "article",
    "MGZN": "article",
    "NEWS": "article",
    "EJOUR": "article",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "book",
    "CHAP": "incollection",
    "ECHAP": "incollection",
    "CONF": "inproceedings",
    "CPAPER": "inproceedings",
    "THES": "phdthesis",
    "RPRT": "techreport",
    "UNPB": "unpublished",
    "ELEC": "online",
}
CSL_KINDS = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "article": "article",
    "book": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "phdthesis",
    "report": "techreport",
    "manuscript": "unpublished",
    "webpage": "online",
    "post-weblog": "online",
}


def clean(value: str) -> str:
    """Braces stripped and whitespace collapsed: '{Precarious} Playbour' → 'Precarious Playbour'."""
    return " ".join(_BRACES.sub("", value).split())


def parse_year(value: object) -> int | None:
    """The first plausible four-digit year in a value ('2014', '2014a', '2010/05/01/', 2014)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1400 <= value <= 2199 else None
    if not isinstance(value, str):
        return None
    match = _YEAR.search(value)
    return int(match.group(1)) if match else None
