"""Bytes → text for notes and bibliographies: UTF-8/16 with or without BOM, GB18030/GBK, Big5, cp1252.

Order: BOM, strict UTF-8, then candidate codecs ranked by how plausible their text is.
charset-normalizer proposes candidates, but on short Chinese texts it often ranks a wrong
codec first (``数字劳动`` in GBK comes back as cp949 Korean, ``數位勞動`` in Big5 as Shift-JIS),
so every candidate is decoded and scored against the characters an en/zh corpus really uses.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

from argmap.errors import IngestError

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What the detector calls a GB codec is decoded as its superset, GB18030; Big5 as cp950 then big5hkscs.
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "hz": "gb18030", "euc_cn": "gb18030"}
# Tie-breaks between equally plausible codecs: mainland Chinese first, then Taiwan/HK, then Western.
_PREFERRED = ("gb18030", "big5", "cp950", "big5hkscs", "cp1252")
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}
_SAMPLE_BYTES = 64 * 1024
_NOT_TEXT_REMEDY = "only plain-text notes (.txt, .md) and PDFs are read; remove or rename it"


@dataclass
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    warnings: list[str] = field(default_factory=list)


def _not_text(where: str) -> IngestError:
    return IngestError("is not text (binary data?)", path=where, remedy=_NOT_TEXT_REMEDY)


@lru_cache(maxsize=1)
def _common_cjk() -> frozenset[str]:
    """Common Chinese characters, built from the codec tables so no data file is needed.

    GB2312 level 1 (rows 0xB0-0xD7: 3,755 simplified characters) and Big5's "frequently
    used" block (0xA440-0xC67E: 5,401 traditional characters).
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _plausible(ch: str) -> float:
    """How likely a non-ASCII character is in an English or Chinese reading (1 = very)."""
    code = ord(ch)
    if ch in _common_cjk():
        return 1.0
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:  # CJK and full-width punctuation
        return 1.0
    if 0xC0 <= code <= 0xFF and code not in (0xD7, 0xF7):  # Latin-1 letters
        return 1.0
    if 0x2010 <= code <= 0x2027 or code in (0xA0, 0xA9, 0xAB, 0xBB, 0xB7, 0x2022, 0x20AC):
        return 1.0  # dashes, quotes, ellipsis, bullets
    if 0x4E00 <= code <= 0x9FFF:  # rarer ideographs: real, but what a wrong codec produces
        return 0.5
    return 0.0


def plausibility(text: str) -> float:
    """Share of non-ASCII characters that an en/zh reading plausibly contains (1.0 if none)."""
    scores = [_plausible(ch) for ch in text if ord(ch) > 0x7F]
    return sum(scores) / len(scores) if scores else 1.0


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Cc minus tab, newlines, \v and \f


def _control_ratio(text: str) -> float:
    return len(_CONTROLS.findall(text)) / len(text) if text else 0.0


def _looks_utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 saved without a BOM: every other byte is NUL."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _nearly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few damaged bytes (a bad copy, a truncated download): (text, bad bytes).

    Only when valid multi-byte characters far outnumber the damage; a legacy-encoded file
    has almost no valid UTF-8 sequences and goes to the codec candidates instead.
    """
    for chunk in (data[:_SAMPLE_BYTES], data):  # the sample rules most files out cheaply
        text = chunk.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - chunk.count("\ufffd".encode())
        good = len(_NON_ASCII.findall(text)) - bad
        if bad > max(1, len(text) // 1000) or good < 10 * bad:
            return None
    return text, bad


def _finish(text: str, encoding: str, where: str, warnings: list[str]) -> Decoded:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.02:
        raise _not_text(where)
    return Decoded(text, encoding, warnings)


def _decode_prefix(sample: bytes, codec: str, whole: bool) -> str | None:
    """``sample`` decoded strictly; a cut multi-byte character at its end is forgiven unless it is the whole file."""
    for cut in range(1 if whole else 4):
        try:
            return sample[: len(sample) - cut].decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _candidates(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8 (30 ms to import)

    names: list[str] = []
    for match in from_bytes(data):
        name = _ALIASES.get(match.encoding, match.encoding)
        if name not in names:
            names.append(name)
    for name in _PREFERRED:
        if name not in names:
            names.append(name)
    return names


def decode_text(data: bytes, where: str) -> Decoded:
    """Decode a text file's bytes; ``where`` (a document id) names the file in errors.

    Warnings are bare problems ("not UTF-8; decoded as GB18030"): they go into
    ``Document.warnings``, which the pipeline prefixes with the document id.

    Raises IngestError when the bytes are empty or not text. Newlines become ``\\n``; a BOM is dropped.
    """
    if not data.strip(b" \t\r\n\x00") or data in {bom for bom, _ in _BOMS}:
        raise IngestError("is empty", path=where, remedy="add some text or remove the file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(codec), codec, where, [])
            except UnicodeDecodeError:
                text = data.decode(codec, errors="replace")
                return _finish(text, codec, where, [f"some bytes are not valid {codec}; replaced"])
    utf16 = _looks_utf16_without_bom(data)
    if utf16:
        try:
            return _finish(data.decode(utf16), utf16, where, [])
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise _not_text(where)
    try:
        return _finish(data.decode("utf-8"), "utf-8", where, [])
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly is not None:
        text, bad = nearly
        return _finish(text, "utf-8", where, [f"{bad} byte(s) are not valid UTF-8; replaced with �"])

    # Score each candidate on a sample (decoding megabytes seven times is slow); decode the whole
    # file only with the winner, falling back to the runner-up if a later byte does not fit.
    sample = data[:_SAMPLE_BYTES]
    scored: list[tuple[float, int, str]] = []
    for rank, codec in enumerate(_candidates(sample)):
        text = _decode_prefix(sample, codec, whole=len(sample) == len(data))
        if text is None or _control_ratio(text) > 0.02:
            continue
        # Ties go to _PREFERRED's order (GBK bytes also decode as plausible Big5), then the detector's.
        tie = _PREFERRED.index(codec) if codec in _PREFERRED else len(_PREFERRED) + rank
        scored.append((plausibility(text), -tie, codec))
    for score, _, codec in sorted(scored, reverse=True):
        if score < 0.3:
            break
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        break
    else:
        raise _not_text(where)
    if score < 0.3:
        raise _not_text(where)
    label = codecs.lookup(codec).name.upper()
    return _finish(text, codec, where, [f"not UTF-8; decoded as {label}"])
