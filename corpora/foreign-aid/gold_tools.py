"""Write ``argmap-gold.jsonl`` for the foreign-aid corpus from the labels kept in this file.

Each label names a document, the first words of a sentence, its debate (``A`` = ``aid-growth`` or
None), its stance (``+`` pro: aid raises growth, at least under some conditions or when well spent;
``-`` con: aid has no robust effect on growth or harms it; None neutral) and the works it cites. The
sentence finder and the JSONL writer are those of ``../digital-labour/gold_tools.py``, so all example
corpora follow one format. Run ``python corpora/foreign-aid/gold_tools.py`` after editing a document
or a label. The labels are human judgements made before argmap was run on this corpus: nothing here
looks at argmap's output.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


# The digital-labour gold tools: a script, not part of the package. run_path registers it under this name
# while it runs, as its dataclasses need.
_BASE = runpy.run_path(str(HERE.parent / "digital-labour" / "gold_tools.py"),
                       run_name="argmap_foreign_aid_base_tools")
Label = _BASE["Label"]
gold_lines = _BASE["gold_lines"]

K = {
    "bd00": "burnsideAidPoliciesGrowth2000",
    "elr04": "easterlyAidPoliciesGrowth2004",
    "eas06": "easterlyWhiteMansBurden2006",
    "sachs05": "sachsEndPovertyEconomic2005",
    "rs08": "rajanAidGrowthWhat2008",
    "crbb12": "clemensCountingChickensWhen2012",
    "moyo09": "moyoDeadAidWhy2009",
    "col07": "collierBottomBillionWhy2007",
    "ajt10": "arndtAidGrowthDevelopment2010",
    "dp09": "doucouliagosAidEffectivenessLiterature2009",
    "ht01": "hansenAidGrowthRegressions2001",
    "zs18": "zhouDuiwaiYuanzhuYu2018",  # illustrative Chinese-authored entries
    "hj20": "heYuanzhuYilaiYu2020",
    "yz21": "yangJichuSheshiYuanzhu2021",
}
DEBATES = {"A": "aid-growth", None: None}
STANCES = {"+": "pro", "-": "con", None: None}


def S(document: str, start: str, debate: str | None, stance: str | None, *cites: str, name: str | None = None):
    return Label(document, start, DEBATES[debate], STANCES[stance], tuple(K[c] for c in cites), name)


D = "notes/burnside-dollar2000.md"
LABELS = [
    S(D, "Burnside and Dollar ask whether", "A", None),
    S(D, "They use a panel of developing", "A", None),
    S(D, "The key term in their growth", "A", None),
    S(D, "Burnside and Dollar (2000) find that aid", "A", "+", "bd00", name="bd-main"),
    S(D, "The effect is therefore conditional", "A", "+", name="bd-cond"),
    S(D, "They also report that aid does not", "A", None),
    S(D, "The authors conclude that aid would do more", "A", "+", name="bd-alloc"),
    S(D, "This paper became the basis", "A", None),
    S(D, "Its appeal was that it offered", "A", None),
    S(D, "The interaction term, however, rests", "A", "-", name="n1-fragile"),
    S(D, "Critics soon asked whether", "A", "-", name="n1-doubt"),
    S(D, "I should check whether", None, None),
    S(D, "I read this in the reading room", None, None),
]
D = "notes/policy-exchange.md"
LABELS += [
    S(D, "Easterly, Levine and Roodman (2004) revisit", "A", None, "elr04"),
    S(D, "They extend the sample", "A", None),
    S(D, "With the larger sample, the interaction", "A", "-", name="elr-main"),
    S(D, "Easterly, Levine and Roodman conclude", "A", "-", name="elr-conc"),
    S(D, "They suggest that the original result", "A", "-"),
    S(D, "Defenders of Burnside and Dollar argue", "A", "+", name="bd-defence"),
    S(D, "Hansen and Tarp (2001) reach", "A", None, "ht01"),
    S(D, "They find that aid raises growth on average", "A", "+", name="ht-main"),
    S(D, "In their estimates the positive effect", "A", "+"),
    S(D, "So the exchange left two questions", "A", None),
    S(D, "These are different questions", "A", None),
    S(D, "Next week's session is on this exchange", None, None),
]
D = "notes/big-push-books.md"
LABELS += [
    S(D, "Sachs (2005) argues that the poorest", "A", "+", "sachs05", name="sachs-trap"),
    S(D, "In his account, a large", "A", "+", name="sachs-push"),
    S(D, "Easterly (2006) replies that the big push", "A", "-", "eas06", name="easterly-push"),
    S(D, "He divides aid workers", "A", None),
    S(D, "Easterly argues that planners dominate", "A", "-", name="easterly-planners"),
    S(D, "Sachs's critics also point out", "A", "-", name="mv-critique"),
    S(D, "Moyo (2009) goes further", "A", "-", "moyo09", name="moyo-main"),
    S(D, "On her account, large and steady", "A", "-", name="moyo-dep"),
    S(D, "She urges African governments", "A", "-"),
    S(D, "Defenders of aid reply to Moyo", "A", "+", name="moyo-reply"),
    S(D, "Collier (2007) takes a middle position", "A", None, "col07"),
    S(D, "He argues that aid has probably added", "A", "+", name="collier-modest"),
    S(D, "All four books are written", "A", None),
    S(D, "I found the Sachs and Easterly books", None, None),
]
D = "notes/cross-country-evidence.txt"
LABELS += [
    S(D, "Rajan and Subramanian (2008) ask", "A", None, "rs08"),
    S(D, "They find little robust evidence", "A", "-", name="rs-main"),
    S(D, "The result holds, they report", "A", "-"),
    S(D, "They also find no sign that aid works better", "A", "-", name="rs-policy"),
    S(D, "Clemens, Radelet, Bhavnani and Bazzi (2012) object", "A", "+", "crbb12", name="crbb-object"),
    S(D, "They separate aid that could plausibly", "A", None),
    S(D, "With this early-impact aid", "A", "+", name="crbb-main"),
    S(D, "Arndt, Jones and Tarp (2010) re-examine", "A", "+", "ajt10", name="ajt-main"),
    S(D, "Doucouliagos and Paldam (2009) pool", "A", None, "dp09"),
    S(D, "They conclude that, taken together", "A", "-", name="dp-main"),
    S(D, "Critics of the meta-analysis reply", "A", "+", name="dp-reply"),
    S(D, "The disagreement is partly about data", "A", None),
    S(D, "To do: download the replication", None, None),
]
D = "reviews/aid-growth-review.md"
LABELS += [
    S(D, "Few questions in development economics", "A", None),
    S(D, "The optimistic view holds", "A", "+", name="r-gap"),
    S(D, "The sceptical view holds", "A", "-", name="r-sceptic"),
    S(D, "This review sets out the main evidence", "A", None),
    S(D, "The modern debate began with Burnside", "A", "+", "bd00", name="r-bd"),
    S(D, "Their result was quickly taken up", "A", None),
    S(D, "Easterly, Levine and Roodman (2004) showed", "A", "-", "elr04", name="r-elr"),
    S(D, "Hansen and Tarp (2001), by contrast", "A", "+", "ht01", name="r-ht"),
    S(D, "The most cited sceptical study", "A", "-", "rs08", name="r-rs"),
    S(D, "A meta-analysis of the published estimates", "A", "-", "dp09", name="r-dp"),
    S(D, "Popular critics went further", "A", "-", "eas06", "moyo09", name="r-popular"),
    S(D, "Clemens et al. (2012) argued", "A", "+", "crbb12", name="r-crbb"),
    S(D, "Arndt, Jones and Tarp (2010) likewise", "A", "+", "ajt10", name="r-ajt"),
    S(D, "Defenders of a larger aid effort", "A", "+", "sachs05", "col07", name="r-push"),
    S(D, "Sceptics answer that the revisionist", "A", "-", name="r-lags"),
    S(D, "On balance, the evidence is consistent", "A", "+"),
    S(D, "Much of the remaining disagreement", "A", None),
    S(D, "Future work would gain", "A", None),
]
D = "papers/aid-works-when-measured-right.md"
LABELS += [
    S(D, "This paper argues that foreign aid does raise", "A", "+", name="p1-thesis"),
    S(D, "The sceptical consensus of the last", "A", "+"),
    S(D, "Rajan and Subramanian (2008) report", "A", "-", "rs08", name="p1-rs"),
    S(D, "Those specifications, however", "A", "+", name="p1-rs-answer"),
    S(D, "Doucouliagos and Paldam (2009) conclude", "A", "-", "dp09", name="p1-dp"),
    S(D, "An average over studies", "A", "+", name="p1-dp-answer"),
    S(D, "When aid is split by purpose", "A", "+", "crbb12", name="p1-crbb"),
    S(D, "Re-estimating the sceptical models", "A", "+", "ajt10"),
    S(D, "Earlier still, Hansen and Tarp", "A", "+", "ht01"),
    S(D, "Critics such as Moyo (2009)", "A", "-", "moyo09", name="p1-moyo"),
    S(D, "We do not deny that badly designed", "A", "-"),
    S(D, "But the cross-country averages", "A", "+", name="p1-moyo-answer"),
    S(D, "Easterly (2006) argues that planned", "A", "-", "eas06", name="p1-easterly"),
    S(D, "Much of the aid that works", "A", "+", name="p1-easterly-answer"),
    S(D, "The question is not whether aid works", "A", "+", name="p1-conclusion"),
    S(D, "Donors should keep funding", "A", "+"),
]
D = "papers/aid-no-robust-effect.md"
LABELS += [
    S(D, "This paper argues that there is no robust", "A", "-", name="p2-thesis"),
    S(D, "Donors and campaigners often speak", "A", None),
    S(D, "Burnside and Dollar (2000) claimed", "A", "+", "bd00", name="p2-bd"),
    S(D, "That claim did not survive", "A", "-", "elr04", name="p2-bd-answer"),
    S(D, "The broadest cross-country study", "A", "-", "rs08", name="p2-rs"),
    S(D, "A meta-analysis of the literature reaches", "A", "-", "dp09"),
    S(D, "Clemens et al. (2012) reply", "A", "+", "crbb12", name="p2-crbb"),
    S(D, "Yet the choice of which aid", "A", "-", name="p2-crbb-answer"),
    S(D, "Supporters of a big push argue", "A", "+", "sachs05", name="p2-sachs"),
    S(D, "Decades of large aid flows", "A", "-", "eas06", name="p2-sachs-answer"),
    S(D, "Aid can also weaken the accountability", "A", "-", "moyo09", name="p2-moyo"),
    S(D, "None of this shows that every", "A", None),
    S(D, "Vaccination campaigns and other", "A", None),
    S(D, "But the claim that aid as a whole", "A", "-", name="p2-conclusion"),
]
D = "papers/working-paper-aid-timing.md"
# Numbered citations resolve through the paper's own list: [1] Burnside & Dollar 2000, [2] Easterly,
# Levine & Roodman 2004, [3] Rajan & Subramanian 2008, [4] Arndt, Jones & Tarp 2010, [5] Clemens et
# al. 2012, [6] Doucouliagos & Paldam 2009.
LABELS += [
    S(D, "Whether foreign aid raises growth is still", "A", None, "rs08", "crbb12"),
    S(D, "This working paper sorts", "A", None),
    S(D, "Regressions that use total aid", "A", "+", "bd00", name="wp-bd"),
    S(D, "Adding more data removed", "A", "-", "elr04", name="wp-elr"),
    S(D, "Long-horizon cross-sections", "A", "-", "rs08", name="wp-rs"),
    S(D, "Separating early-impact aid", "A", "+", "crbb12", name="wp-crbb"),
    S(D, "Alternative estimators applied", "A", "+", "ajt10", name="wp-ajt"),
    S(D, "Pooling all published estimates", "A", "-", "dp09", name="wp-dp"),
    S(D, "Taken together, the studies that model", "A", "+", "rs08", "crbb12"),
    S(D, "Reporting results under several", "A", None),
]
D = "zh/duiwai-yuanzhu-zengzhang-shuping.md"
LABELS += [
    S(D, "对外援助能否促进受援国", "A", None),
    S(D, "支持者认为，援助可以弥补", "A", "+", name="z1-gap"),
    S(D, "本文梳理国外和国内", "A", None),
    S(D, "伯恩赛德和多拉尔（2000）发现", "A", "+", "bd00", name="z1-bd"),
    S(D, "汉森和塔普（2001）认为", "A", "+", "ht01"),
    S(D, "克莱门斯等（Clemens et al.，2012）把", "A", "+", "crbb12", name="z1-crbb"),
    S(D, "伊斯特利等（2004）在扩充样本", "A", "-", "elr04", name="z1-elr"),
    S(D, "拉詹和苏布拉马尼安（2008）的跨国研究", "A", "-", "rs08", name="z1-rs"),
    S(D, "杜库利亚戈斯和帕尔达姆（2009）", "A", "-", "dp09", name="z1-dp"),
    S(D, "国内学者近年来", "A", None),
    S(D, "周华、孙丽（2018）利用", "A", "+", "zs18", name="z1-zhou"),
    S(D, "何静（2020）则认为", "A", "-", "hj20", name="z1-he"),
    S(D, "总体来看，分歧主要来自", "A", None),
    S(D, "未来的研究需要", "A", None),
    S(D, "本文为课程作业", None, None),
]
D = "zh/yuanzhu-cujin-zengzhang.md"
LABELS += [
    S(D, "本文认为，只要援助投向", "A", "+", name="z2-thesis"),
    S(D, "贫困国家普遍面临", "A", "+"),
    S(D, "萨克斯（2005）指出", "A", "+", "sachs05", name="z2-sachs"),
    S(D, "一些学者认为，援助在跨国数据中", "A", "-", "rs08", name="z2-rs"),
    S(D, "但是，这类研究把人道主义援助", "A", "+", name="z2-rs-answer"),
    S(D, "克莱门斯等（Clemens et al.，2012）区分", "A", "+", "crbb12"),
    S(D, "阿恩特等（2010）也发现", "A", "+", "ajt10"),
    S(D, "杨帆、郑伟（2021）对基础设施", "A", "+", "yz21", name="z2-yang"),
    S(D, "莫约（2009）批评援助", "A", "-", "moyo09", name="z2-moyo"),
    S(D, "我们认为，这一批评更适用于", "A", "+", name="z2-moyo-answer"),
    S(D, "因此，援助国应当", "A", "+"),
]
D = "zh/yuanzhu-yilai.md"
LABELS += [
    S(D, "本文认为，大规模的对外援助", "A", "-", name="z3-thesis"),
    S(D, "传统观点认为，援助可以为", "A", "+", "sachs05", name="z3-sachs"),
    S(D, "然而，这一观点忽视了", "A", "-", name="z3-sachs-answer"),
    S(D, "伊斯特利（2006）指出", "A", "-", "eas06", name="z3-easterly"),
    S(D, "莫约（2009）进一步认为", "A", "-", "moyo09", name="z3-moyo"),
    S(D, "何静（2020）发现", "A", "-", "hj20", name="z3-he"),
    S(D, "伯恩赛德和多拉尔（2000）曾认为", "A", "+", "bd00", name="z3-bd"),
    S(D, "但是，这一结论在加入更多", "A", "-", "elr04", name="z3-elr"),
    S(D, "拉詹和苏布拉马尼安（Rajan & Subramanian，2008）", "A", "-", "rs08"),
    S(D, "有学者认为，区分援助类型", "A", "+", "crbb12", name="z3-crbb"),
    S(D, "我们认为，这类结果对滞后期", "A", "-", name="z3-crbb-answer"),
    S(D, "当然，援助在改善卫生", "A", None),
]
D = "zh/bosangde-duolaer-dushu-biji.md"
LABELS += [
    S(D, "伯恩赛德和多拉尔（Burnside & Dollar，2000）利用", "A", None, "bd00"),
    S(D, "他们认为，在政策良好的国家", "A", "+", name="z4-bd"),
    S(D, "这篇文章发表以后", "A", None),
    S(D, "伊斯特利、莱文和鲁德曼", "A", "-", "elr04", name="z4-elr-sample"),
    S(D, "他们扩充数据以后", "A", "-", name="z4-elr"),
    S(D, "支持者在回应中指出", "A", "+", name="z4-reply"),
    S(D, "我觉得这场争论的关键", "A", None),
    S(D, "科利尔（Collier，2007）后来", "A", None, "col07"),
    S(D, "下周读书会由我主讲", None, None),
    S(D, "图书馆那本期刊", None, None),
]
D = "misc/seminar-schedule.md"
LABELS += [
    S(D, "The reading group meets on Thursdays", None, None),
    S(D, "If the room is booked", None, None),
    S(D, "Each member introduces", None, None),
    S(D, "Please send a short summary", None, None),
    S(D, "Introductions should take", None, None),
    S(D, "Visitors from other departments", None, None),
    S(D, "The reading essay is due", None, None),
    S(D, "Upload it to the course page", None, None),
    S(D, "Extensions must be requested", None, None),
    S(D, "Snacks are shared", None, None),
    S(D, "The final meeting of term", None, None),
]
D = "misc/world-bank-data-downloads.md"
LABELS += [
    S(D, "The World Development Indicators", None, None),
    S(D, "Each indicator has a short code", None, None),
    S(D, "Aid received appears as net", None, None),
    S(D, "The wide CSV files", None, None),
    S(D, "Rows for regional and income-group", None, None),
    S(D, "Missing values are stored", None, None),
    S(D, "Use the three-letter ISO", None, None),
    S(D, "Write down the date", None, None),
    S(D, "Keep the raw files untouched", None, None),
]

# Claim pairs on opposite sides where one answers the other (symmetric), within and across
# documents and languages.
COUNTERS: list[tuple[str, str]] = [
    ("bd-main", "n1-fragile"),
    ("bd-cond", "n1-doubt"),
    ("bd-main", "elr-main"),
    ("elr-conc", "bd-defence"),
    ("elr-main", "ht-main"),
    ("sachs-push", "easterly-push"),
    ("sachs-trap", "easterly-planners"),
    ("sachs-push", "mv-critique"),
    ("moyo-main", "moyo-reply"),
    ("moyo-dep", "collier-modest"),
    ("rs-main", "crbb-object"),
    ("rs-main", "ajt-main"),
    ("dp-main", "dp-reply"),
    ("r-gap", "r-sceptic"),
    ("r-bd", "r-elr"),
    ("r-rs", "r-crbb"),
    ("r-crbb", "r-lags"),
    ("r-push", "r-popular"),
    ("p1-thesis", "p2-thesis"),
    ("p1-rs", "p1-rs-answer"),
    ("p1-dp", "p1-dp-answer"),
    ("p1-moyo", "p1-moyo-answer"),
    ("p1-easterly", "p1-easterly-answer"),
    ("p2-bd", "p2-bd-answer"),
    ("p2-crbb", "p2-crbb-answer"),
    ("p2-sachs", "p2-sachs-answer"),
    ("p1-crbb", "p2-crbb-answer"),
    ("wp-bd", "wp-elr"),
    ("wp-rs", "wp-crbb"),
    ("wp-ajt", "wp-dp"),
    ("z1-bd", "z1-elr"),
    ("z1-crbb", "z1-rs"),
    ("z1-zhou", "z1-he"),
    ("z2-rs", "z2-rs-answer"),
    ("z2-moyo", "z2-moyo-answer"),
    ("z3-sachs", "z3-sachs-answer"),
    ("z3-bd", "z3-elr"),
    ("z3-crbb", "z3-crbb-answer"),
    ("z2-thesis", "z3-thesis"),
    ("z4-bd", "z4-elr-sample"),
    ("z4-elr", "z4-reply"),
    ("z2-yang", "z3-he"),
    ("z2-sachs", "easterly-push"),
    ("z3-moyo", "moyo-reply"),
    ("z1-rs", "crbb-main"),
    ("z3-elr", "bd-main"),
    ("z2-rs-answer", "p2-rs"),
]


def main() -> int:
    try:
        print(_BASE["write"](HERE, LABELS, COUNTERS))
    except ValueError as exc:
        print(f"gold_tools: {exc}", file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
