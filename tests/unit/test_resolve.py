"""Citation resolution: bibliography, the document's own list, generated keys; micro-F1 on fixtures."""

from __future__ import annotations

import json
import re
from pathlib import Path

import bibtexparser
import pytest

from argmap.model import Document, Reference, Section, Segmented, Sentence, claim_id
from argmap.nlp.resolve import Bibliography, CiteStats, cite, name_forms, surname_of

FIXTURES = Path(__file__).parent.parent / "fixtures" / "citations"
DOCS = ["en_author_year.md", "en_numbered.txt", "zh_author_year.md", "zh_numbered.txt"]
_REF_TITLES = {"references", "参考文献"}


def load_bib(path: Path) -> list[Reference]:
    """The fixture .bib as the ingest stage would give it (kept minimal: authors, year, title)."""
    refs = []
    for e in bibtexparser.parse_string(path.read_text(encoding="utf-8")).entries:
        fields = {k.lower(): f.value for k, f in e.fields_dict.items()}
        refs.append(
            Reference(
                key=e.key,
                authors=[a.strip() for a in fields.get("author", "").split(" and ") if a.strip()],
                year=int(fields["year"]),
                title=fields.get("title", "").replace("{", "").replace("}", ""),
                container=fields.get("journal", fields.get("publisher", "")),
                kind=e.entry_type,
                source=path.name,
            )
        )
    return refs


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|(?<=[。！？])")


def segment(doc_id: str, text: str) -> Segmented:
    """A stand-in for the segmenter: '#' lines or unpunctuated lines are headings; the section titled
    References/参考文献 runs to the end; body lines split into sentences at full stops."""
    lang = "zh" if re.search(r"[\u4e00-\u9fff]{5}", text) else "en"
    doc = Document(id=doc_id, title=doc_id, text=text, kind=doc_id.rsplit(".", 1)[1], language=lang)
    seg = Segmented(document=doc)
    offset = 0
    in_refs = False
    for line in text.splitlines(keepends=True):
        start, stripped = offset, line.strip()
        offset += len(line)
        if not stripped:
            continue
        heading = stripped.startswith("#") or not re.search(r"[.。!?！？]$", stripped)
        title = stripped.lstrip("#").strip()
        if heading and title.lower() in _REF_TITLES:
            seg.sections.append(Section(title=title, level=2, start=start, end=len(text), is_references=True))
            in_refs = True
            continue
        if in_refs or heading:
            continue
        pos = start + (len(line) - len(line.lstrip()))
        body = line.strip()
        for piece in _SPLIT.split(body):
            if not piece.strip():
                continue
            s = text.index(piece, pos)
            seg.sentences.append(
                Sentence(
                    id=claim_id(doc_id, piece),
                    document=doc_id,
                    text=piece,
                    start=s,
                    end=s + len(piece),
                    language=lang,
                )
            )
            pos = s + len(piece)
    return seg


@pytest.fixture(scope="module")
def corpus():
    bib = Bibliography(load_bib(FIXTURES / "refs.bib"))
    generated: dict[str, Reference] = {}
    segs, stats = {}, {}
    for name in DOCS:
        seg = segment(name, (FIXTURES / name).read_text(encoding="utf-8"))
        stats[name] = cite(seg, bib, generated)
        segs[name] = seg
    return segs, stats, generated


def test_micro_f1_of_keys_per_sentence_on_fixtures(corpus):
    segs, _, _ = corpus
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    misses = []
    for name, seg in segs.items():
        gold_rows = expected[name]
        for sentence in seg.sentences:
            rows = [r for r in gold_rows if sentence.text.startswith(r["text"])]
            gold = set(rows[0]["keys"]) if rows else set()
            got = set(sentence.cited_keys)
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
            if gold != got:
                misses.append((name, sentence.text[:40], sorted(gold), sorted(got)))
        # every expected row met a sentence (guards against the stand-in segmenter drifting)
        for row in gold_rows:
            assert any(s.text.startswith(row["text"]) for s in seg.sentences), row
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, misses


def test_citation_offsets_point_into_the_document(corpus):
    segs, _, _ = corpus
    for seg in segs.values():
        for sentence in seg.sentences:
            for c in sentence.citations:
                assert seg.document.text[c.start : c.end] == c.text


def test_numbered_list_takes_the_readers_keys(corpus):
    segs, _, _ = corpus
    numbered = segs["en_numbered.txt"].numbered
    assert numbered[1] == "smythe1977"
    assert numbered[3] == "fuchs2012smythe"  # title match picks one of two Fuchs 2012 entries
    assert numbered[4] == "bolano2015"  # "Bolano" without the tilde
    assert numbered[10] == "wangning2021"
    assert segs["zh_numbered.txt"].numbered == {
        1: "smythe1977",
        2: "fuchs2014digital",
        3: "arvidsson2012",
        4: "wangning2021",
        5: "齐磊磊2022",
    }


def test_generated_keys_are_shared_across_documents(corpus):
    segs, _, generated = corpus
    # Jardim et al. 2017 is in two documents' lists and no bibliography: one key, with the title.
    assert segs["en_author_year.md"].numbered == {}
    keys_en = {r.key for r in segs["en_author_year.md"].references}
    keys_num = {r.key for r in segs["en_numbered.txt"].references}
    assert "jardim2017" in keys_en & keys_num
    assert generated["jardim2017"].title.startswith("Unpaid hours")
    assert generated["smith1999"].authors == ["Smith"] and generated["smith1999"].year == 1999
    assert "齐磊磊2022" in generated
    assert not set(generated) & {r.key for r in load_bib(FIXTURES / "refs.bib")}


def test_stats_count_resolved_and_list_unresolved(corpus):
    _, stats, _ = corpus
    en = stats["en_author_year.md"]
    assert isinstance(en, CiteStats)
    assert en.unresolved == ["Smith, 1999"]
    assert en.resolved == en.citations - 1
    assert stats["zh_numbered.txt"].unresolved == []


def test_resolved_flag_only_for_bibliography_or_own_list(corpus):
    segs, _, _ = corpus
    cits = [c for s in segs["en_author_year.md"].sentences for c in s.citations]
    by_key = {c.key: c.resolved for c in cits}
    assert by_key["smith1999"] is False
    assert by_key["jardim2017"] is True  # the document's own list
    assert by_key["smythe1977"] is True


# --- Bibliography.match ------------------------------------------------------------------------


def _bib(*refs: Reference) -> Bibliography:
    return Bibliography(list(refs))


FUCHS_A = Reference("fuchs2012smythe", ["Fuchs, Christian"], 2012, "Dallas Smythe today")
FUCHS_B = Reference("fuchs2012rejoinder", ["Fuchs, Christian"], 2012, "With or without Marx?")


@pytest.mark.parametrize("cited", [["Kücklich"], ["Kuecklich"], ["Kucklich"], ["库克里奇"]])
def test_match_folds_umlauts_and_transliterations(cited):
    bib = _bib(Reference("kucklich2005", ["Kücklich, Julian"], 2005, "Precarious playbour"))
    assert bib.match(cited, 2005).key == "kucklich2005"
    assert bib.match(cited, 2006) is None


def test_match_particles_and_diacritics():
    bib = _bib(
        Reference("vandijck2013", ["Dijck, José van"], 2013, "Culture"),
        Reference("bolano2015", ["Bolaño, César", "Vieira, Eloy"], 2015, "Reply"),
    )
    assert bib.match(["van Dijck"], 2013).key == "vandijck2013"
    assert bib.match(["Bolano", "Vieira"], 2015).key == "bolano2015"
    assert bib.match(["Bolaño", "Smith"], 2015) is None  # second author checked when given
    assert bib.match(["范戴克"], 2013).key == "vandijck2013"


def test_match_et_al_checks_first_author_only():
    bib = _bib(Reference("jardim2017", ["Jardim, E.", "Okafor, N.", "Lindqvist, P."], 2017, "Unpaid"))
    assert bib.match(["Jardim"], 2017).key == "jardim2017"


def test_match_suffix_picks_by_title_order_and_default_is_deterministic():
    bib = _bib(FUCHS_B, FUCHS_A)
    assert bib.match(["Fuchs"], 2012, "a").key == "fuchs2012smythe"
    assert bib.match(["Fuchs"], 2012, "b").key == "fuchs2012rejoinder"
    assert bib.match(["Fuchs"], 2012).key == "fuchs2012rejoinder"  # first by key
    suffixed = _bib(
        Reference("fuchs2012b", ["Fuchs, C."], 2012, "Aaa"),
        Reference("fuchs2012a", ["Fuchs, C."], 2012, "Zzz"),
    )
    assert suffixed.match(["Fuchs"], 2012, "a").key == "fuchs2012a"


def test_match_chinese_author_written_in_chinese():
    bib = _bib(
        Reference("wangning2021", ["王宁"], 2021, "数字劳动的价值争论"),
        Reference("li2021", ["李霞"], 2021, "别的"),
    )
    assert bib.match(["王宁"], 2021).key == "wangning2021"


def test_match_reference_by_title_or_unique_surname_year():
    bib = _bib(FUCHS_A, FUCHS_B, Reference("smythe1977", ["Smythe, Dallas W."], 1977, "Communications"))
    listed = Reference("", ["Fuchs, C."], 2012, "With or without Marx? With or without capitalism?")
    assert bib.match_reference(listed).key == "fuchs2012rejoinder"
    assert bib.match_reference(Reference("", ["Smythe, D. W."], 1977, "Some other title")).key == "smythe1977"
    assert bib.match_reference(Reference("", ["Fuchs, C."], 2012, "Unrelated")) is None
    assert bib.match_reference(Reference("", ["Fuchs, C."], 2013, "Dallas Smythe today")) is None


def _one_doc(body: str, refs: str) -> Segmented:
    text = f"# Paper\n\n{body}\n\n# References\n\n{refs}\n"
    return segment("p.md", text)


def test_unsuffixed_citation_with_two_candidates_uses_the_documents_own_list():
    seg = _one_doc(
        "Fuchs (2012) answers his critics.",
        "Fuchs, C. (2012). With or without Marx? A rejoinder. tripleC, 10(2), 633–645.",
    )
    cite(seg, _bib(FUCHS_A, FUCHS_B), {})
    assert seg.sentences[0].cited_keys == ["fuchs2012rejoinder"]


def test_unknown_chinese_name_falls_back_to_the_only_list_entry_of_that_year():
    seg = _one_doc(
        "费瑟斯通（2007）讨论了消费文化。王五（2007）也讨论了。",
        "Featherstone, M. (2007). Consumer culture and postmodernism. London: Sage.",
    )
    cite(seg, _bib(), {})
    first, second = seg.sentences
    assert first.citations[0].key == "featherstone2007" and first.citations[0].resolved
    assert second.citations[0].key == "featherstone2007"  # 王 is a Chinese surname, not in the table


def test_unresolved_citations_share_generated_keys_across_documents():
    generated: dict[str, Reference] = {}
    a = _one_doc("Smith (1999) says so.", "Other, A. (2000). Title here. Journal, 1.")
    b = _one_doc("It is so (Smith, 1999).", "Other, A. (2000). Title here. Journal, 1.")
    cite(a, _bib(), generated)
    cite(b, _bib(), generated)
    assert a.sentences[0].cited_keys == b.sentences[0].cited_keys == ["smith1999"]
    assert not a.sentences[0].citations[0].resolved


def test_generated_key_avoids_bibliography_keys():
    bib = _bib(Reference("smith1999", ["Jones, A."], 1999, "Not Smith's"))
    seg = _one_doc("Smith (1999) says so.", "Other, A. (2000). Title here. Journal, 1.")
    cite(seg, bib, {})
    assert seg.sentences[0].cited_keys == ["smith1999a"]


def test_numbered_citation_without_list_stays_unresolved():
    seg = _one_doc("As shown before [7].", "Other, A. (2000). Title here. Journal, 1.")
    stats = cite(seg, _bib(), {})
    assert stats.unresolved == ["[7]"] and seg.sentences[0].cited_keys == []


def test_surname_and_name_forms():
    assert surname_of("Fuchs, Christian") == "Fuchs"
    assert surname_of("José van Dijck") == "van Dijck"
    assert surname_of("克里斯蒂安·福克斯") == "福克斯"
    assert "fuchs" in name_forms("福克斯")
    assert name_forms("Kuecklich") & name_forms("Kücklich")


def test_bare_name_year_is_kept_only_when_it_reaches_a_known_work():
    bib = _bib(Reference("smythe1977", ["Smythe, Dallas W."], 1977, "Communications"))
    seg = _one_doc(
        "The argument is the same as in Smythe 1977. It ran on Windows 2000.",
        "Other, A. (2000). Title here. Journal, 1.",
    )
    stats = cite(seg, bib, {})
    assert [s.cited_keys for s in seg.sentences] == [["smythe1977"], []]
    assert stats.citations == 1 and stats.unresolved == []


def test_loose_fallbacks_for_second_author_and_prose_before_a_name():
    bib = _bib(
        Reference("jhally1986", ["Jhally, Sut", "Livant, Bill"], 1986, "Watching as working"),
        Reference("comor2015", ["Comor, Edward"], 2015, "Revisiting Marx"),
    )
    seg = _one_doc(
        "Jhally later co-writes it with Livant (1986). It is a misuse of Marx and Comor (2015) agrees.",
        "Other, A. (2000). Title here. Journal, 1.",
    )
    cite(seg, bib, {})
    assert [s.cited_keys for s in seg.sentences] == [["jhally1986"], ["comor2015"]]


def test_unknown_chinese_second_author_is_not_checked():
    bib = _bib(Reference("rigi2015", ["Rigi, Jakob", "Prey, Robert"], 2015, "Value, rent"))
    assert bib.match(["里吉", "普雷伊斯"], 2015).key == "rigi2015"
    assert bib.match(["里吉", "福克斯"], 2015) is None  # a known rendering that does not fit


CORPUS = Path(__file__).parent.parent.parent / "corpora" / "digital-labour"


@pytest.mark.skipif(not (CORPUS / "argmap-gold.jsonl").is_file(), reason="shipped corpus not present")
def test_micro_f1_on_the_shipped_corpus_gold():
    """The project's bar (micro-F1 ≥ 0.90 of cited keys per sentence) on corpora/digital-labour,
    through the real readers and segmenter, so that the cite stage is measured as the build runs it."""
    from argmap.ingest.discover import discover
    from argmap.ingest.documents import read_document
    from argmap.ingest.references import read_references
    from argmap.model import normalise_space
    from argmap.nlp.segment import segment as real_segment

    found = discover(CORPUS)
    bib = Bibliography([r for p in found.references for r in read_references(p, CORPUS)[0]])
    generated: dict[str, Reference] = {}
    by_text: dict[tuple[str, str], Sentence] = {}
    for path in found.documents:
        seg = real_segment(read_document(path, CORPUS))
        cite(seg, bib, generated)
        by_text.update({(seg.document.id, normalise_space(s.text)): s for s in seg.sentences})
    tp = fp = fn = 0
    for line in (CORPUS / "argmap-gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("type") != "sentence":
            continue
        gold = set(row["citations"])
        sentence = by_text.get((row["document"], normalise_space(row["text"])))
        got = set(sentence.cited_keys) if sentence else set()
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    assert tp > 100  # the gold file really was read
    assert 2 * tp / (2 * tp + fp + fn) >= 0.90


# --- Chinese renderings the table lacks, matched by sound (screen-time names, another field) ------

SCREEN = _bib(
    Reference(
        "twenge2018", ["Twenge, Jean M.", "Joiner, Thomas E."], 2018, "Increases in depressive symptoms"
    ),
    Reference(
        "twenge2020", ["Twenge, Jean M.", "Haidt, Jonathan", "Joiner, Thomas E."], 2020, "Underestimating"
    ),
    Reference("kelly2018", ["Kelly, Yvonne", "Zilanawala, Afshin"], 2018, "Social media use"),
    Reference("orben2019", ["Orben, Amy", "Przybylski, Andrew K."], 2019, "The association"),
    Reference("orben2020", ["Orben, Amy", "Przybylski, Andrew K."], 2020, "Reply"),
    Reference(
        "orben2022", ["Orben, Amy", "Przybylski, Andrew K.", "Blakemore, Sarah-Jayne"], 2022, "Windows"
    ),
    Reference("przybylski2017", ["Przybylski, Andrew K.", "Weinstein, Netta"], 2017, "Goldilocks"),
    Reference("odgers2020", ["Odgers, Candice L.", "Jensen, Michaeline R."], 2020, "Annual research review"),
    Reference("odgers2024", ["Odgers, Candice L."], 2024, "The great rewiring"),
    Reference("allcott2020", ["Allcott, Hunt", "Braghieri, Luca"], 2020, "Welfare effects"),
    Reference("braghieri2022", ["Braghieri, Luca", "Levy, Ro'ee"], 2022, "Social media and mental health"),
    Reference("haidt2024", ["Haidt, Jonathan"], 2024, "The anxious generation"),
)

HEARD = [
    ("特温格（2018）指出，抑郁症状上升。", "twenge2018", "特温格（2018）"),
    ("奥本和普日贝尔斯基（2020）随即回应。", "orben2020", "奥本和普日贝尔斯基（2020）"),  # was 贝尔斯基
    ("普日贝尔斯基和温斯坦（2017）此前提出假说。", "przybylski2017", "普日贝尔斯基和温斯坦（2017）"),
    ("研究发现布拉吉耶里等（2022）的实验。", "braghieri2022", "布拉吉耶里等（2022）"),  # was 吉耶里
    ("下次讨论奥本等（2022）关于发展窗口的研究。", "orben2022", "奥本等（2022）"),  # was no citation
    ("凯利等（2018）发现关联在女生中更强。", "kelly2018", "凯利等（2018）"),
    ("奥杰斯（2024）发表书评。", "odgers2024", "奥杰斯（2024）"),
    ("奥杰斯和詹森（2020）指出证据不足。", "odgers2020", "奥杰斯和詹森（2020）"),
    ("阿尔科特等（2020）的实验表明。", "allcott2020", "阿尔科特等（2020）"),
    (
        "然而，特温格、海特等（2020）反驳说。",
        "twenge2020",
        "特温格、海特等（2020）",
    ),  # 海特 is Hardt in the table
    ("海特（2024）认为手机重塑了童年。", "haidt2024", "海特（2024）"),
    ("这一点已有定论（奥本、普日贝尔斯基，2019）。", "orben2019", "（奥本、普日贝尔斯基，2019）"),
]


@pytest.mark.parametrize("body,key,surface", HEARD, ids=[k for _, k, _ in HEARD])
def test_unknown_rendering_resolves_by_sound_to_an_author_of_that_year(body, key, surface):
    seg = _one_doc(body, "")
    stats = cite(seg, SCREEN, {})
    (c,) = seg.sentences[0].citations
    assert (c.key, c.resolved, c.text) == (key, True, surface)
    assert seg.document.text[c.start : c.end] == c.text
    assert stats.unresolved == []


@pytest.mark.parametrize(
    "other",
    [
        "史密特（2020）",  # sounds like no author of 2020
        "特温格（2019）",  # Twenge, but no Twenge work of 2019
        "王五（2020）",  # a Chinese name is never heard as a Latin one
        "凯利（2020）",  # Kelly wrote in 2018, not 2020
    ],
)
def test_rendering_with_no_good_candidate_of_that_year_stays_unresolved(other):
    seg = _one_doc(f"奥杰斯（2020）与{other}的看法不同。", "")
    cite(seg, SCREEN, {})
    heard, *rest = seg.sentences[0].citations
    assert (heard.key, heard.resolved) == ("odgers2020", True)
    for c in rest:
        assert not c.resolved and c.key not in SCREEN.keys()


def test_a_rendering_that_opens_with_a_chinese_surname_character():
    """岑吉兹 renders Cengiz although 岑 is also a Chinese surname: taken whole only when it sounds like an
    author of the year; otherwise 岑 stays outside the name, as before."""
    bib = _bib(Reference("cengiz2019", ["Cengiz, Doruk", "Dube, Arindrajit"], 2019, "The effect of minimum wages"))
    seg = _one_doc("岑吉兹等（2019）按工资水平统计岗位数量。", "")
    stats = cite(seg, bib, {})
    (c,) = seg.sentences[0].citations
    assert (c.key, c.resolved, c.text) == ("cengiz2019", True, "岑吉兹等（2019）")
    assert stats.unresolved == []
    elsewhere = _one_doc("岑吉兹等（2018）统计了岗位数量。", "")  # no author of 2018 sounds like it
    cite(elsewhere, bib, {})
    (c,) = elsewhere.sentences[0].citations
    assert not c.resolved and c.text == "吉兹等（2018）"


def test_words_and_chinese_names_in_parentheses_are_not_heard_as_latin_names():
    bib = _bib(
        Reference("ennis2023", ["Ennis, Ann"], 2023, "A"), Reference("wang2023", ["Wang, Ning"], 2023, "B")
    )
    seg = _one_doc("这一点已有研究（研究，2023）。也有人反对（王宁，2023）。", "")
    cite(seg, bib, {})
    assert [c.resolved for s in seg.sentences for c in s.citations] == [False, False]


def test_the_closest_spelling_wins_among_names_that_sound_alike():
    bib = _bib(
        Reference("kelley2018", ["Kelley, H."], 2018, "B"), Reference("kelly2018", ["Kelly, Y."], 2018, "A")
    )
    assert [r.key for r in bib.phonetic_candidates(["凯利"], 2018)] == ["kelly2018"]
    assert bib.phonetic_candidates(["凯利"], 2019) == []


def test_sentence_opening_adverb_is_not_an_author():
    seg = _one_doc("Earlier, Przybylski and Weinstein (2017) had shown that moderate use is harmless.", "")
    cite(seg, SCREEN, {})
    (c,) = seg.sentences[0].citations
    assert (c.key, c.surnames, c.text) == (
        "przybylski2017",
        ["Przybylski", "Weinstein"],
        "Przybylski and Weinstein (2017)",
    )


def test_opening_word_that_is_a_known_surname_stays_an_author():
    bib = _bib(Reference("still2017", ["Still, Ann", "Smith, Bob", "Jones, Cy"], 2017, "Three authors"))
    seg = _one_doc("Still, Smith and Jones (2017) disagree.", "")
    cite(seg, bib, {})
    assert seg.sentences[0].cited_keys == ["still2017"]
