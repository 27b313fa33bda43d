"""One work, one side: the statements of a work's view take the side most of them take."""

from __future__ import annotations

import numpy as np
import pytest

from argmap.mapping.agreement import MIN_STATEMENTS, Vote, work_sides
from argmap.model import Citation, DebateSpec, Reference, Sentence, claim_id


def test_the_odd_one_out_takes_the_side_of_the_others():
    attributed = ["alder2010", "alder2010", "alder2010", None]
    stance = ["pro", "pro", "con", "con"]
    assert work_sides([0, 1, 2, 3], attributed, stance, [0.4, 0.3, -0.2, -0.9]) == {2: Vote("pro", "alder2010", 2, 3)}


def test_most_of_them_decide_and_the_scores_break_a_tie():
    # One claim sure of con does not move two that lean pro ...
    assert work_sides([0, 1, 2], ["a"] * 3, ["pro", "pro", "con"], [0.05, 0.05, -0.6]) == {2: Vote("pro", "a", 2, 3)}
    # ... but at two against two the side the scores add up to wins.
    out = work_sides([0, 1, 2, 3], ["a"] * 4, ["pro", "pro", "con", "con"], [0.05, 0.05, -0.6, -0.1])
    assert out == {0: Vote("con", "a", 2, 4), 1: Vote("con", "a", 2, 4)}
    assert work_sides([0, 1, 2, 3], ["a"] * 4, ["pro", "pro", "con", "con"], [0.1, 0.1, -0.1, -0.1]) == {}


def test_too_few_statements_or_no_side_change_nothing():
    assert MIN_STATEMENTS == 3
    assert work_sides([0, 1], ["a", "a"], ["pro", "con"], [0.1, -0.5]) == {}
    # A claim with no side neither votes nor is given one.
    assert work_sides([0, 1, 2], ["a"] * 3, ["pro", None, "con"], [0.3, -0.8, -0.1]) == {}
    assert work_sides([0, 1, 2], ["a", "b", "c"], ["pro", "con", "con"], [0.3, -0.8, -0.1]) == {}


def test_a_reported_view_left_without_a_side_takes_the_work_s_side():
    # "The modern debate began with Alder (2010), who found …" reads as framing, yet states Alder's view.
    attributed = ["a", "a", "a", "a", "a"]
    stance = ["con", "con", "pro", None, None]
    out = work_sides([0, 1, 2, 3, 4], attributed, stance, [-0.3, -0.2, 0.1, 0.0, 0.0], reported={3})
    assert out == {2: Vote("con", "a", 2, 3), 3: Vote("con", "a", 2, 3)}  # 4 ("They use a panel …"): a pronoun's
    # Too few sided statements: no side to give.
    assert work_sides([0, 1, 2], ["a"] * 3, ["con", "con", None], [-0.3, -0.2, 0.0], reported={2}) == {}


def test_a_work_takes_the_side_of_the_work_it_sides_with():
    # b ("Livant supported Smythe") has two statements, both read con; a, which it sides with, is pro.
    attributed = ["a", "a", "a", "b", "b", "c"]
    stance = ["pro", "pro", "pro", "con", "con", "con"]
    out = work_sides(range(6), attributed, stance, [0.3] * 3 + [-0.1, -0.2, -0.5], allies={"b": {"a"}})
    assert out == {3: Vote("pro", "b", 3, 3, ally="a"), 4: Vote("pro", "b", 3, 3, ally="a")}
    # However many of its own statements read otherwise: it says whose side it takes.
    out = work_sides(range(7), ["a"] * 3 + ["b"] * 4, ["pro"] * 3 + ["con"] * 4, [0.3] * 3 + [-0.2] * 4,
                     allies={"b": {"a"}})
    assert out == {k: Vote("pro", "b", 3, 3, ally="a") for k in range(3, 7)}
    # An ally too small to have a side is no vote; of two allies, only the one with a side counts.
    assert work_sides(range(6), attributed, stance, [0.1] * 6, allies={"b": {"c"}}) == {}
    assert work_sides(range(6), ["a", "a", "a", "b", "b", "d"], stance, [0.1] * 6,
                      allies={"b": {"a", "e"}}) == {3: Vote("pro", "b", 3, 3, ally="a"), 4: Vote("pro", "b", 3, 3, ally="a")}


def test_only_members_vote():
    # Claim 3 states the same work's view but belongs to another debate: it is not among the members.
    out = work_sides([0, 1, 2], ["a"] * 4, ["pro", "pro", "con", "con"], [0.2, 0.2, -0.1])
    assert out == {2: Vote("pro", "a", 2, 3)}


PRO, CON = "Watching is work for advertisers.", "Watching is leisure, not work."
SAYS = ["Alder (2010) argues that watching is work for advertisers.",
        "Alder (2010) holds that viewers labour for the networks.",
        "Alder (2010) insists that the viewer is not idle."]
OTHERS = ["Nobody works by watching television.", "A viewer is paid nothing and directed by no one.",
          "Television is a pastime."]


def _sentence(document: str, text: str) -> Sentence:
    at = text.index("Alder (2010)")
    return Sentence(claim_id(document, text), document, text, 0, len(text),
                    citations=[Citation(text="Alder (2010)", start=at, end=at + 12, key="alder2010",
                                        resolved=True, surnames=["Alder"])])


def _map(labels):
    from argmap.mapping.assemble import map_declared

    unit = {PRO: [1, 0, 0], CON: [0, 1, 0], SAYS[0]: [0.9, 0.1, 0.4], SAYS[1]: [0.8, 0.2, 0.4],
            SAYS[2]: [0.2, 0.8, 0.4], **{t: [0.1, 0.9, 0.3] for t in OTHERS}}
    vectors_of = {t: np.array(v, dtype=np.float32) / np.linalg.norm(v) for t, v in unit.items()}

    def embed(texts):
        return np.stack([vectors_of.get(t, np.array([0, 0, 1], dtype=np.float32)) for t in texts])

    sentences = [_sentence("notes/a.md", SAYS[0]), _sentence("notes/b.md", SAYS[1]),
                 _sentence("notes/c.md", SAYS[2])]
    sentences += [Sentence(claim_id("notes/c.md", t), "notes/c.md", t, k, k + 1) for k, t in enumerate(OTHERS, 100)]
    spec = DebateSpec("work", "Is watching work?", [PRO], [CON])
    references = {"alder2010": Reference("alder2010", ["Alder, A."], 2010)}
    _, claims, _ = map_declared(sentences, embed([s.text for s in sentences]), [spec], embed, references,
                                labels, fixed_debates=["work"] * len(sentences))
    return claims


def test_the_readers_label_is_never_outvoted():
    # Unlabelled, all three statements of Alder's view are pro; the reader puts the third on the con side.
    assert [c.stance for c in _map({})[:3]] == ["pro", "pro", "pro"]
    claims = _map({claim_id("notes/c.md", SAYS[2]): {"stance": "con"}})
    assert claims[2].stance == "con"
    assert "stance set by the reader" in claims[2].reasons
    assert not any(r.startswith("states the view of") for r in claims[2].reasons)


def test_a_report_framed_as_a_camp_still_takes_a_side():
    from argmap.mapping.assemble import map_declared

    framed = "Between these camps, Alder (2010) argues that watching is work for advertisers."
    unreported = "Between these camps, watching is work for advertisers."
    sure = ["Viewers labour for the networks.", "Every hour of watching is unpaid work."]
    texts = [framed, unreported, *sure, *OTHERS]
    unit = {PRO: [1, 0, 0], CON: [0, 1, 0], framed: [0.75, 0.25, 0.4], unreported: [0.75, 0.25, 0.4],
            **{t: [1, 0, 0.2] for t in sure}, **{t: [0.1, 0.9, 0.3] for t in OTHERS}}
    vectors_of = {t: np.array(v, dtype=np.float32) / np.linalg.norm(v) for t, v in unit.items()}

    def embed(items):
        return np.stack([vectors_of[t] for t in items])

    sentences = [_sentence("notes/a.md", framed)]
    sentences += [Sentence(claim_id("notes/b.md", t), "notes/b.md", t, k, k + 1) for k, t in enumerate(texts[1:])]
    spec = DebateSpec("work", "Is watching work?", [PRO], [CON])
    references = {"alder2010": Reference("alder2010", ["Alder, A."], 2010)}
    _, claims, _ = map_declared(sentences, embed(texts), [spec], embed, references, {},
                                fixed_debates=["work"] * len(sentences))
    # Both read as framing ("camps"); the one that reports Alder's view with a verb of its own takes a side.
    assert claims[0].stance == "pro"
    assert claims[1].stance is None
    assert "framing or question: takes no side" in claims[1].reasons


def test_a_pronoun_that_reports_states_a_view_and_one_that_describes_a_method_does_not():
    from argmap.mapping.assemble import map_declared
    from argmap.mapping.attribution import reports_by_pronoun

    # Both would be framing ("this debate", a method verb); the report is not held to the framing cut-off.
    concludes, uses = "They conclude that this debate is settled.", "They use a panel of households."
    assert reports_by_pronoun(concludes) and reports_by_pronoun("他还指出，这一点很重要。")
    assert not reports_by_pronoun(uses) and not reports_by_pronoun("Alder (2010) concludes that it is settled.")
    texts = [*SAYS, concludes, uses, *OTHERS]
    unit = {PRO: [1, 0, 0], CON: [0, 1, 0], SAYS[0]: [0.9, 0.1, 0.4], SAYS[1]: [0.8, 0.2, 0.4],
            SAYS[2]: [0.8, 0.2, 0.4], concludes: [0.5, 0.5, 0.4], uses: [0.5, 0.5, 0.4],
            **{t: [0.1, 0.9, 0.3] for t in OTHERS}}
    vectors_of = {t: np.array(v, dtype=np.float32) / np.linalg.norm(v) for t, v in unit.items()}

    def embed(items):
        return np.stack([vectors_of[t] for t in items])

    sentences = [_sentence("notes/a.md", SAYS[0]), _sentence("notes/b.md", SAYS[1]),
                 _sentence("notes/c.md", SAYS[2])]
    sentences += [Sentence(claim_id("notes/c.md", t), "notes/c.md", t, k, k + 1) for k, t in enumerate(texts[3:], 100)]
    spec = DebateSpec("work", "Is watching work?", [PRO], [CON])
    references = {"alder2010": Reference("alder2010", ["Alder, A."], 2010)}
    _, claims, _ = map_declared(sentences, embed(texts), [spec], embed, references, {},
                                fixed_debates=["work"] * len(sentences))
    by_text = {c.text: c for c in claims}
    # Both go on reporting Alder, the pronoun's antecedent.
    assert by_text[concludes].attributed_to == by_text[uses].attributed_to == "alder2010"
    assert by_text[concludes].stance == "pro"
    assert "framing or question: takes no side" not in by_text[concludes].reasons
    assert by_text[uses].stance is None
    assert "framing or question: takes no side" in by_text[uses].reasons


@pytest.mark.parametrize("text, speaker", [
    ("Amira opened by arguing that the audience commodity is still the right starting point.", "Amira"),
    ("Ben replied that profits show only that platforms own a scarce space.", "Ben"),
    ("Chen sided with Meehan (1984) and said the thing sold is a number.", "Chen"),
    ("Alder argued that watching is work.", None),  # an author in the bibliography, not a speaker
    ("This suggested that the effect is small.", None),
    ("Studies suggested that the effect is small.", None),
    ("The group then moved to the value question.", None),
])
def test_a_discussion_s_speakers_are_named_by_first_name(text, speaker):
    from argmap.mapping.assemble import _speaker

    assert _speaker(text, {"alder", "meehan"}) == speaker
