"""PDF reading: reflow of extracted lines, damaged, encrypted and partly scanned files."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from argmap.errors import IngestError
from argmap.ingest.pdf import read_pdf, reflow_page


def make_pdf(pages: list[list[str]], password: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if password is not None:
        pdf.set_encryption(
            owner_password="owner", user_password=password, encryption_method=EncryptionMethod.RC4
        )
    return bytes(pdf.output())


def test_reflow_joins_wrapped_lines_and_undoes_line_end_hyphens():
    raw = (
        "The audience commodity thesis holds that watching is a form of la-\n"
        "bour performed for the broadcaster, who sells the audience to the adver-\n"
        "tisers; the Anglo-\n"
        "Saxon debate followed.\n"
    )
    assert reflow_page(raw) == (
        "The audience commodity thesis holds that watching is a form of labour performed for the "
        "broadcaster, who sells the audience to the advertisers; the Anglo-Saxon debate followed."
    )


def test_reflow_keeps_short_final_lines_list_items_and_blank_lines_as_breaks():
    raw = (
        "A paragraph that runs to the full width of the column on this page\n"
        "and ends here.\n"
        "Next paragraph starts and runs to the full width of the column again\n"
        "\n"
        "[1] Smythe, D. (1977) Communications: blindspot of Western Marxism.\n"
        "[2] Fuchs, C. (2014) Digital Labour and Karl Marx. London: Routledge\n"
        "12\n"
    )
    assert reflow_page(raw).split("\n\n") == [
        "A paragraph that runs to the full width of the column on this page and ends here.",
        "Next paragraph starts and runs to the full width of the column again",
        "[1] Smythe, D. (1977) Communications: blindspot of Western Marxism.",
        "[2] Fuchs, C. (2014) Digital Labour and Karl Marx. London: Routledge",
    ]


def test_reflow_joins_chinese_lines_without_a_space_and_fixes_ligatures():
    raw = "数字劳动理论认为用户在平台上的无偿活动创造了价值，这一观点\n引起了广泛的争论。\nThe ﬁrst ﬂoor.\n"
    assert (
        reflow_page(raw)
        == "数字劳动理论认为用户在平台上的无偿活动创造了价值，这一观点引起了广泛的争论。\n\nThe first floor."
    )


def test_encrypted_pdf_with_a_password_is_an_ingest_error():
    with pytest.raises(IngestError, match="encrypted"):
        read_pdf(make_pdf([["Secret text."]], password="secret"), "locked.pdf")


def test_pdf_encrypted_with_an_empty_password_is_read():
    assert read_pdf(make_pdf([["Open text."]], password=""), "open.pdf").text == "Open text."


def test_some_empty_pages_are_a_warning_not_an_error():
    result = read_pdf(make_pdf([["Page one text."], [], [], ["Page four text."]]), "p.pdf")
    assert len(result.page_starts) == 4
    assert result.text[result.page_starts[3] :] == "Page four text."
    assert result.warnings == [
        "page(s) 2-3 of 4 have no text (scanned? run OCR (e.g. ocrmypdf) and add the result)"
    ]


def test_pdf_with_junk_after_eof_still_reads():
    data = make_pdf([["Text before junk."]]) + b"\n<html>appended by a proxy</html>\n"
    assert read_pdf(data, "a.pdf").text == "Text before junk."


def test_running_headers_are_dropped_and_a_sentence_runs_on_over_a_page_break():
    header = "Journal of Digital Labour 12(3)"
    pages = [
        [header, "Smythe argued that audiences work for advertisers, and Fuchs"],
        [header, "extended the claim to platforms. Critics disagreed."],
        [header, "A third page with its own paragraph."],
    ]
    result = read_pdf(make_pdf(pages), "j.pdf")
    assert header not in result.text
    assert "and Fuchs extended the claim" in result.text  # one sentence, not two paragraphs
    assert result.text[result.page_starts[1] :].startswith("extended")
    assert result.text[result.page_starts[2] - 2 : result.page_starts[2]] == "\n\n"
