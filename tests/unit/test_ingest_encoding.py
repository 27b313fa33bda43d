"""Bytes → text: BOMs, UTF-16, legacy Chinese encodings (short texts included), binary junk."""

from __future__ import annotations

import pytest

from argmap.errors import IngestError
from argmap.ingest.encoding import decode_text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # charset-normalizer alone calls the first cp949 (Korean) and the Big5 one Shift-JIS
        ("数字劳动", "gbk"),
        ("數位勞動", "big5"),
        ("Smythe (1977) 提出了受众商品理论。", "gbk"),
        ("數位勞動是當代資本主義的重要議題。福克斯認為，用戶的無償活動創造了價值。", "big5"),
        ("Kücklich’s “playbour” – a café essay.", "cp1252"),
        ("Müller and Kücklich wrote about señor labour.", "latin-1"),
        ("Hello 数字劳动", "utf-16"),
        ("Plain ASCII notes on digital labour and value", "utf-16-le"),  # no BOM
        ("Plain ASCII notes on digital labour and value", "utf-16-be"),
        ("数字劳动", "utf-8-sig"),
        ("数字劳动", "utf-32"),
    ],
)
def test_decodes(text: str, codec: str):
    assert decode_text(text.encode(codec), "n.txt").text == text


def test_newlines_are_normalised_and_the_bom_dropped():
    assert decode_text("\ufeffa\r\nb\rc\n".encode(), "n.txt").text == "a\nb\nc\n"


def test_only_legacy_codecs_warn():
    assert decode_text("数字".encode("utf-16"), "n.txt").warnings == []
    assert decode_text("数字劳动".encode("gbk"), "n.txt").warnings == ["not UTF-8; decoded as GB18030"]


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"text\x00with a nul",
        b"\x01\x02\x03\x04\x05 mostly control bytes\x06\x07\x08\x0e",
    ],
)
def test_binary_is_not_text(data: bytes):
    with pytest.raises(IngestError, match="not text") as info:
        decode_text(data, "junk.txt")
    assert info.value.path == "junk.txt"


@pytest.mark.parametrize("data", [b"", b"  \n\r\n", b"\xef\xbb\xbf"])
def test_empty_is_an_error(data: bytes):
    with pytest.raises(IngestError, match="empty"):
        decode_text(data, "e.md")


def test_utf8_with_one_damaged_byte_stays_utf8():
    text = "数字劳动是当代资本主义的重要议题。福克斯认为，用户的无偿活动创造了价值。" * 3
    data = text.encode() + b"\xff tail"
    decoded = decode_text(data, "n.md")
    assert decoded.text.startswith(text) and decoded.encoding == "utf-8"
    assert decoded.warnings == ["1 byte(s) are not valid UTF-8; replaced with �"]
