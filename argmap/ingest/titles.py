"""Titles for documents, and Markdown front matter.

A title is what the reader sees in lists, so it is short and one line.
"""

from __future__ import annotations

import re

TITLE_MAX = 120

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_YAML_TITLE = re.compile(r"^title[ \t]*:[ \t]*(.+?)[ \t]*$", re.M)
_ATX = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ ]{0,3}(\S[^\n]*)\n[ ]{0,3}(=+|-+)[ \t]*$", re.M)
_MD_INLINE = re.compile(r"[*_`]+|!?\[([^\]]*)\]\([^)]*\)")


def shorten(line: str, limit: int = TITLE_MAX) -> str:
    """One trimmed line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    line = " ".join(line.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return shorten(line)
    return ""


def split_front_matter(text: str) -> tuple[str, str]:
    """``(front matter, body)``; the body keeps one blank line per front-matter line so line numbers match."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return "", text
    block = match.group(0)
    return match.group(1), "\n" * block.count("\n") + text[match.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def markdown_title(front_matter: str, body: str) -> str:
    """Front-matter ``title:``, else the first level-1 heading, else the first heading, else the first line."""
    if front_matter:
        match = _YAML_TITLE.search(front_matter)
        if match and _unquote(match.group(1)):
            return shorten(_unquote(match.group(1)))
    headings = [(len(m.group(1)), m.start(), m.group(2)) for m in _ATX.finditer(body)]
    headings += [(1 if m.group(2)[0] == "=" else 2, m.start(), m.group(1)) for m in _SETEXT.finditer(body)]
    if headings:
        top = min(level for level, _, _ in headings)
        _, _, text = min(h for h in headings if h[0] == top)
        return shorten(_MD_INLINE.sub(lambda m: m.group(1) or "", text))
    return first_line(body)


_USELESS_PDF_TITLE = re.compile(
    r"^(untitled|title|document\d*|microsoft word\b.*|.*\.(pdf|docx?|rtf|tex|dvi|ps|indd|qxd|odt))$", re.I
)


def meaningful_pdf_title(title: object) -> str:
    """The PDF metadata title when it names the work, not the tool or the file it was made from."""
    if not isinstance(title, str):
        return ""
    title = " ".join(title.replace("\x00", "").split())
    if len(title) < 3 or not re.search(r"[^\W\d_]", title) or _USELESS_PDF_TITLE.match(title):
        return ""
    return shorten(title)
