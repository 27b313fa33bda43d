"""Discovery and reading of documents and bibliographies (argmap.ingest)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from argmap.errors import IngestError, UsageError
from argmap.ingest import discover, document_id, read_document, read_references

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"

RIS_TEXT = "TY  - JOUR\nAU  - Fuchs, Christian\nPY  - 2010\nTI  - Labor in informational capitalism\nER  - \n"


def write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write(tmp_path, "README.md", "# About this corpus\n")
    write(tmp_path, "notes/smythe.md", "# Smythe\n\nAudiences work.\n")
    write(tmp_path, "notes/Fuchs.TXT", "Fuchs on platforms.\n")
    write(tmp_path, "papers/a.pdf", (FIXTURES / "two-pages.pdf").read_bytes())
    write(tmp_path, "drafts/chapter.md", "# Draft\n")
    write(tmp_path, "zotero.bib", "@article{k, title={T}, year={2000}}\n")
    write(tmp_path, "export.txt", "\ufeff" + RIS_TEXT)
    write(tmp_path, "refs.json", '[{"id": "x", "type": "book", "title": "X"}]')
    write(tmp_path, "refs.ris", RIS_TEXT)
    write(tmp_path, "argmap.toml", "[corpus]\n")
    write(tmp_path, "argmap-annotations.jsonl", "{}\n")
    write(tmp_path, "argmap-gold.jsonl", "{}\n")
    write(tmp_path, ".argmap/cache.md", "# cache\n")
    write(tmp_path, ".git/notes.txt", "hidden\n")
    write(tmp_path, "notes/.hidden.md", "# hidden\n")
    write(tmp_path, "notes/image.png", b"\x89PNG")
    return tmp_path


def ids(paths: list[Path], root: Path) -> list[str]:
    return [document_id(p, root) for p in paths]


def test_discover_finds_documents_and_bibliographies(corpus: Path):
    found = discover(corpus)
    assert ids(found.documents, corpus) == [
        "README.md", "drafts/chapter.md", "notes/Fuchs.TXT", "notes/smythe.md", "papers/a.pdf",
    ]  # fmt: skip
    assert all(p.is_absolute() for p in found.documents + found.references)
    assert ids(found.references, corpus) == ["export.txt", "refs.json", "refs.ris", "zotero.bib"]
    assert found.warnings == []


def test_discover_skips_a_markdown_map_argmap_exported(corpus: Path):
    from argmap.export.markdown import render
    from argmap.model import ArgumentMap

    exported = render(ArgumentMap(title="Readings"))
    write(corpus, "notes/map.md", exported.encode("utf-8"))
    write(corpus, "notes/map-bom.md", b"\xef\xbb\xbf" + exported.encode("utf-8"))  # resaved by an editor
    write(corpus, "notes/quoting.md", b"# On exports\n\n<!-- argmap export: quoted, not first -->\n")
    found = discover(corpus)
    assert "notes/quoting.md" in ids(found.documents, corpus)
    assert not {"notes/map.md", "notes/map-bom.md"} & set(ids(found.documents, corpus))
    assert found.warnings == [f"{name}: is a map that argmap exported, not a reading; skipped (write exports "
                              "outside the corpus folder)" for name in ("notes/map-bom.md", "notes/map.md")]


def test_discover_applies_exclude_globs(corpus: Path):
    found = discover(corpus, exclude=["README.md", "drafts/**"])
    assert ids(found.documents, corpus) == ["notes/Fuchs.TXT", "notes/smythe.md", "papers/a.pdf"]


@pytest.mark.parametrize(
    ("pattern", "gone"),
    [("drafts", "drafts/chapter.md"), ("drafts/", "drafts/chapter.md"), ("*.pdf", "papers/a.pdf"),
     ("**/smythe.md", "notes/smythe.md"), ("**/README.md", "README.md"), ("./notes/Fuchs.TXT", "notes/Fuchs.TXT")],
)  # fmt: skip
def test_exclude_glob_forms(corpus: Path, pattern: str, gone: str):
    before = ids(discover(corpus).documents, corpus)
    after = ids(discover(corpus, exclude=[pattern]).documents, corpus)
    assert sorted(set(before) - set(after)) == [gone]


def test_a_txt_that_is_a_bibtex_export_is_a_reference_but_a_note_quoting_one_is_not(tmp_path: Path):
    write(tmp_path, "mylib.txt", "% exported\n\n@Article{k1,\n title={T},\n year={2001}\n}\n")
    write(tmp_path, "note.txt", "How to cite:\n@article{k1, ...}\nTY  - JOUR\n")
    found = discover(tmp_path)
    assert ids(found.references, tmp_path) == ["mylib.txt"]
    assert ids(found.documents, tmp_path) == ["note.txt"]
    references, warnings = read_references(found.references[0], tmp_path)
    assert [r.key for r in references] == ["k1"] and warnings == []


def test_ris_in_a_txt_is_read_as_ris(corpus: Path):
    references, warnings = read_references(corpus / "export.txt", corpus)
    assert warnings == []
    assert [(r.key, r.authors, r.year, r.source) for r in references] == [
        ("fuchs2010", ["Fuchs, Christian"], 2010, "export.txt")
    ]


def test_discover_missing_folder_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match="no-such-folder"):
        discover(tmp_path / "no-such-folder")
    file = write(tmp_path, "a.md", "# A\n")
    with pytest.raises(UsageError, match="not a folder"):
        discover(file)


def test_a_file_deleted_between_discover_and_read_is_an_ingest_error(corpus: Path):
    found = discover(corpus)
    victim = found.documents[0]
    victim.unlink()
    with pytest.raises(IngestError) as info:
        read_document(victim, corpus)
    assert info.value.path == "README.md"
    assert "vanished" in str(info.value)


def test_a_reference_file_deleted_after_discovery_is_a_warning(corpus: Path):
    (corpus / "refs.ris").unlink()
    references, warnings = read_references(corpus / "refs.ris", corpus)
    assert references == [] and len(warnings) == 1 and warnings[0].startswith("refs.ris: ")


def test_read_document_uses_the_given_bytes_and_hashes_them(tmp_path: Path):
    path = write(tmp_path, "notes/a.txt", "on disk\n")
    data = b"  \n  First line of the note, which is the title  \nSecond.\r\n"
    doc = read_document(path, tmp_path, data=data)
    assert doc.id == "notes/a.txt" and doc.kind == "txt"
    assert doc.sha1 == hashlib.sha1(data).hexdigest()
    assert doc.title == "First line of the note, which is the title"
    assert doc.text.endswith("Second.\n") and "on disk" not in doc.text
    assert doc.language == "en" and doc.page_starts == []


def test_long_first_line_title_is_trimmed_at_a_word(tmp_path: Path):
    path = write(tmp_path, "a.txt", "word " * 100 + "\n")
    title = read_document(path, tmp_path).title
    assert len(title) <= 120 and title.endswith("word…")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('---\ntitle: "Front matter title"\nauthor: me\n---\n# Heading\n\nBody.\n', "Front matter title"),
        ("Intro line\n\n## Second level\n\n# The *main* heading #\n", "The main heading"),
        ("Setext Title\n============\n\nBody.\n", "Setext Title"),
        ("No heading here.\nMore.\n", "No heading here."),
    ],
)
def test_markdown_titles(tmp_path: Path, text: str, title: str):
    assert read_document(write(tmp_path, "a.md", text), tmp_path).title == title


def test_markdown_front_matter_is_not_text_but_keeps_line_numbers(tmp_path: Path):
    source = "---\ntitle: T\ntags: [a, b]\n---\n# Heading\n\nBody.\n"
    doc = read_document(write(tmp_path, "a.md", source), tmp_path)
    assert "tags" not in doc.text
    assert doc.text.splitlines()[4] == "# Heading"


def test_pdf_pages_titles_and_reflow():
    doc = read_document(FIXTURES / "two-pages.pdf", FIXTURES)
    assert doc.kind == "pdf" and doc.id == "two-pages.pdf"
    assert doc.title == "Audience Labour Revisited"  # from the PDF metadata
    assert len(doc.page_starts) == 2 and doc.page_starts[0] == 0
    page2 = doc.text[doc.page_starts[1] :]
    assert page2.startswith("Fuchs extends the argument")
    assert doc.text[doc.page_starts[1] - 2 : doc.page_starts[1]] == "\n\n"
    assert doc.page_at(doc.text.index("digital labour")) == 2
    assert doc.page_at(doc.text.index("Smythe argued")) == 1
    # hyphen at a line end undone, wrapped lines joined, paragraphs kept apart, page numbers dropped
    assert (
        "performs unpaid labour: watching advertisements produces the commodity that broadcasters sell"
        in doc.text
    )
    assert "Western Marxism.\n\nCritics replied" in doc.text
    assert "\n1\n" not in doc.text and not doc.text.rstrip().endswith("2")
    assert doc.warnings == []


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path: Path):
    path = write(tmp_path, "paper.txt", (FIXTURES / "two-pages.pdf").read_bytes())
    assert read_document(path, tmp_path).kind == "pdf"


def test_an_html_page_named_pdf_says_so(tmp_path: Path):
    path = write(tmp_path, "paper.pdf", "<!DOCTYPE html><html><body>Log in</body></html>")
    with pytest.raises(IngestError, match="HTML page"):
        read_document(path, tmp_path)


def test_bibtex_sample_keys_names_accents_and_years():
    references, warnings = read_references(FIXTURES / "sample.bib", FIXTURES)
    assert warnings == []
    by_key = {r.key: r for r in references}
    assert list(by_key) == ["Kuecklich2005", "wang2016shuzi", "terranova2000free"]
    kucklich = by_key["Kuecklich2005"]
    assert kucklich.authors == ["Kücklich, Julian"]
    assert kucklich.title == "Precarious Playbour: Modders and the Digital Games Industry"
    assert (kucklich.year, kucklich.container, kucklich.kind) == (2005, "The Fibreculture Journal", "article")
    assert kucklich.fields["url"] == "https://five.fibreculturejournal.org/"
    assert kucklich.source == "sample.bib" and kucklich.first_surname == "Kücklich"
    assert by_key["wang2016shuzi"].authors == ["王宁", "World Bank"]
    terranova = by_key["terranova2000free"]
    assert terranova.authors == ["Terranova, Tiziana", "von Neumann, John", "Smith, Jr., Adam"]
    assert terranova.year == 2000  # from the BibLaTeX date field
    assert terranova.fields["editor"] == "Scholz, Trebor"


def test_bib_with_a_bom_reads(tmp_path: Path):
    data = (FIXTURES / "sample.bib").read_bytes()
    path = write(tmp_path, "zotero.bib", b"\xef\xbb\xbf" + data)
    assert discover(tmp_path).references == [path.absolute()]
    references, warnings = read_references(path, tmp_path)
    assert len(references) == 3 and warnings == []
    assert references[0].key == "Kuecklich2005"


def test_ris_sample():
    references, warnings = read_references(FIXTURES / "sample.ris", FIXTURES)
    assert warnings == []
    fuchs, wang = references
    assert fuchs.key == "fuchs2010labor"  # the ID field
    assert (fuchs.year, fuchs.container, fuchs.kind) == (2010, "The Information Society", "article")
    assert fuchs.fields["doi"] == "10.1080/01972241003712215"
    assert wang.authors == ["王宁", "李明"] and wang.year == 2015 and wang.kind == "book"
    assert wang.key == "王宁2015"  # no ID: argmap.keys.generated_key


def test_ris_broken_records_are_named_and_good_ones_kept(tmp_path: Path):
    text = (
        "stray header line\n"
        "TY  - JOUR\nAU  - Smythe, Dallas\nPY  - 1977\nTI  - Blindspot\n"  # no ER: cut short by the next TY
        "TY  - JOUR\nAU  - Smythe, Dallas\nPY  - 1977\nTI  - Another\nER  - \n"
        "TY  - JOUR\nPY  - 1999\nER  - \n"  # neither title nor authors
    )
    references, warnings = read_references(write(tmp_path, "lib.ris", text), tmp_path)
    assert [(r.key, r.title) for r in references] == [("smythe1977", "Blindspot"), ("smythe1977a", "Another")]
    assert any("line 2" in w and "ER" in w for w in warnings)
    assert any("line 11" in w and "neither title nor authors" in w for w in warnings)
    assert any("line 1 " in w and "outside" in w for w in warnings)
    assert all(w.startswith("lib.ris: ") for w in warnings)


def test_csl_json_sample():
    references, warnings = read_references(FIXTURES / "sample.json", FIXTURES)
    assert warnings == []
    smythe, cnnic = references
    assert smythe.key == "smythe1977communications"
    assert smythe.authors == ["Smythe, Dallas W."] and smythe.year == 1977
    assert smythe.container == "Canadian Journal of Political and Social Theory"
    assert cnnic.authors == ["中国互联网络信息中心"] and cnnic.year == 2020 and cnnic.kind == "techreport"


def test_csl_json_bad_item_is_skipped_with_a_warning(tmp_path: Path):
    text = '[{"id": "a", "type": "book", "title": "A"}, {"title": "no id"}, {"id": "b", "type": "book"}]'
    references, warnings = read_references(write(tmp_path, "lib.json", text), tmp_path)
    assert [r.key for r in references] == ["a", "b"]
    assert warnings == ['lib.json: item 2 has no "id" or no "type"/"title"; skipped']


def test_unparseable_bibliography_gives_no_references_and_one_warning(tmp_path: Path):
    for name, content in [
        ("a.bib", "just prose, no entries\n"),
        ("b.json", "[not json"),
        ("c.bib", b"\x00\x01\x02" * 50),
    ]:
        references, warnings = read_references(write(tmp_path, name, content), tmp_path)
        assert references == [] and len(warnings) == 1 and warnings[0].startswith(name + ": ")


def test_a_legacy_encoded_bib_reads_with_a_warning_naming_it(tmp_path: Path):
    text = "@book{wang2016,\n  author = {王宁},\n  title = {数字劳动与平台经济},\n  year = {2016}\n}\n"
    references, warnings = read_references(write(tmp_path, "refs/gbk.bib", text.encode("gbk")), tmp_path)
    assert [(r.key, r.authors, r.title, r.source) for r in references] == [
        ("wang2016", ["王宁"], "数字劳动与平台经济", "refs/gbk.bib")
    ]
    assert warnings == ["refs/gbk.bib: not UTF-8; decoded as GB18030"]
