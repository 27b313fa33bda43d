"""Quality floors on the example corpora: a change that loses debates, stances, citations or counterclaims
fails here. Each floor sits a little under the figure README.md reports (see its eval block), so only a
real regression trips it; ``corpora/screen-time``, ``corpora/minimum-wage`` and ``corpora/foreign-aid`` are
fields the rules were not written for, and ``corpora/reading-group`` is the two digital-labour debates again,
written and labelled blind."""

from __future__ import annotations

import shutil

import pytest

from argmap.evaluate import evaluate, read_gold
from argmap.pipeline import build
from tests.e2e.conftest import ROOT

HELD_OUT = {name: ROOT / "corpora" / name for name in ("screen-time", "minimum-wage", "foreign-aid", "reading-group")}


def _copy(tmp_path_factory, name):
    dest = tmp_path_factory.mktemp(name) / name
    shutil.copytree(HELD_OUT[name], dest, ignore=shutil.ignore_patterns(".argmap"))
    return dest


def _scores(root):
    argument_map = build(root).map
    # No position is labelled with an author's surname, even one that only opens sentences ("Arvidsson and
    # Colleoni (2012) argue …") or carries an accent ("Bolaño").
    surnames = {a.split(",")[0].strip().lower() for ref in argument_map.references for a in ref.authors}
    keywords = {w for d in argument_map.debates for p in d.positions for w in p.keywords}
    assert keywords and not keywords & surnames, keywords & surnames
    return evaluate(argument_map, read_gold(root / "argmap-gold.jsonl"))


@pytest.mark.parametrize("corpus, floors", [
    ("digital-labour", {"debate": 0.92, "stance": 0.87, "stance_en": 0.86, "stance_zh": 0.89, "cite": 0.99,
                        "counters": 0.52}),
    ("screen-time", {"debate": 0.93, "stance": 0.80, "stance_en": 0.77, "stance_zh": 0.87, "cite": 0.99,
                     "counters": 0.62}),
    # The second field, labelled before argmap first ran on it; its sides differ mostly by negation ("no
    # job losses"), which the embedding barely sees, hence the low stance floor.
    ("minimum-wage", {"debate": 0.9, "stance": 0.81, "stance_en": 0.77, "stance_zh": 0.9, "cite": 0.99,
                      "counters": 0.63}),
    ("foreign-aid", {"debate": 0.9, "stance": 0.81, "stance_en": 0.77, "stance_zh": 0.9, "cite": 0.99,
                     "counters": 0.64}),
    # The digital-labour debates as an outside reader wrote and labelled them, with side statements that
    # name nobody: the honest figure for those debates, and the lowest English stance.
    ("reading-group", {"debate": 0.91, "stance": 0.79, "stance_en": 0.75, "stance_zh": 0.88, "cite": 0.99,
                       "counters": 0.57}),
])
def test_the_example_corpora_keep_their_figures(corpus, floors, built_digital_labour, tmp_path_factory):
    root = built_digital_labour if corpus == "digital-labour" else _copy(tmp_path_factory, corpus)
    result = _scores(root)
    assert result["all"]["matched"] == result["all"]["sentences"]  # every gold sentence is one claim
    assert result["all"]["debate_accuracy"] >= floors["debate"]
    assert result["all"]["stance_accuracy"] >= floors["stance"]
    assert result["en"]["stance_accuracy"] >= floors["stance_en"]
    assert result["zh"]["stance_accuracy"] >= floors["stance_zh"]
    assert result["all"]["citation_f1"] >= floors["cite"]
    assert result["counters"]["recall"] >= floors["counters"]
    assert result["counters"]["same_side_links"] == 0
