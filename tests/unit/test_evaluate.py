import json

import pytest

from argmap.errors import UsageError
from argmap.evaluate import evaluate, read_gold, render_text
from argmap.model import ArgumentMap, Claim, claim_id


def make_claim(doc, text, debate, stance, cites=(), language="en"):
    return Claim(id=claim_id(doc, text), document=doc, text=text, start=0, end=len(text), language=language,
                 debate=debate, stance=stance, citations=list(cites))


def write_gold(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_scores_debate_stance_citations_and_counters(tmp_path):
    a = make_claim("a.md", "Audiences work.", "d", "pro", ["smythe1977"])
    b = make_claim("a.md", "Audiences do not work.", "d", "con", ["murdock1978", "extra"])
    z = make_claim("z.md", "受众是商品。", "d", "con", [], language="zh")
    off = make_claim("a.md", "The seminar meets on Monday.", None, None)
    a.counters, b.counters = [b.id], [a.id]
    amap = ArgumentMap(claims=[a, b, z, off])
    gold = read_gold(write_gold(tmp_path / "gold.jsonl", [
        {"type": "sentence", "document": "a.md", "text": "Audiences work.", "debate": "d", "stance": "pro",
         "citations": ["smythe1977"]},
        {"type": "sentence", "document": "a.md", "text": "Audiences  do not work.", "debate": "d", "stance": "con",
         "citations": ["murdock1978"]},
        {"type": "sentence", "document": "z.md", "text": "受众是商品。", "debate": "d", "stance": "pro",
         "citations": []},
        {"type": "sentence", "document": "a.md", "text": "The seminar meets on Monday.", "debate": None,
         "stance": None, "citations": []},
        {"type": "sentence", "document": "a.md", "text": "A sentence argmap never found.", "debate": "d",
         "stance": "pro", "citations": ["x2000"]},
        {"type": "counter", "a": {"document": "a.md", "text": "Audiences work."},
         "b": {"document": "a.md", "text": "Audiences do not work."}},
        {"type": "counter", "a": {"document": "a.md", "text": "Audiences work."},
         "b": {"document": "z.md", "text": "受众是商品。"}},
    ]))
    result = evaluate(amap, gold)
    assert result["all"]["sentences"] == 5 and result["all"]["matched"] == 4
    assert result["all"]["debate_accuracy"] == pytest.approx(4 / 5)
    assert result["all"]["stance_accuracy"] == pytest.approx(2 / 4)
    # citations: tp 2 (smythe, murdock), fp 1 (extra), fn 1 (x2000)
    assert result["all"]["citation_f1"] == pytest.approx(2 / 3)
    assert result["zh"]["stance_accuracy"] == 0.0
    assert result["counters"]["recall"] == pytest.approx(0.5)
    assert result["counters"]["precision"] == pytest.approx(1.0)
    assert result["counters"]["same_side_links"] == 0
    assert "counterclaims: recall 0.500" in render_text(result)


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"type": "sentence", "document": "a.md", "text": "x"}\n{"type": "counter"}\n')
    with pytest.raises(UsageError, match="line 2"):
        read_gold(path)
    with pytest.raises(UsageError, match="not found"):
        read_gold(tmp_path / "missing.jsonl")
