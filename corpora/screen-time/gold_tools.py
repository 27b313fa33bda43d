"""Write ``argmap-gold.jsonl`` for the screen-time corpus from the labels kept in this file.

Each label names a document, the first words of a sentence, its debate (``S`` = ``screen-harm`` or
None), its stance (``+`` pro, ``-`` con, None neutral) and the works it cites. The sentence finder and
the JSONL writer are the ones of ``../digital-labour/gold_tools.py``, so both corpora follow one format.
Run ``python corpora/screen-time/gold_tools.py`` after editing a document or a label. The labels are
human judgements made before argmap was run on this corpus: nothing here looks at argmap's output.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


# The digital-labour gold tools: a script, not part of the package. run_path registers it under this name
# while it runs, as its dataclasses need.
_BASE = runpy.run_path(str(HERE.parent / "digital-labour" / "gold_tools.py"),
                       run_name="argmap_screen_time_base_tools")
Label = _BASE["Label"]
gold_lines = _BASE["gold_lines"]

K = {
    "t18": "twengeIncreasesDepressiveSymptoms2018",
    "pw17": "przybylskiLargeScaleTestGoldilocks2017",
    "op19": "orbenAssociationAdolescentWellbeing2019",
    "t20": "twengeUnderestimatingDigitalMedia2020",
    "op20": "orbenReplyUnderestimatingDigital2020",
    "kel18": "kellySocialMediaUse2018",
    "oj20": "odgersAnnualResearchReview2020",
    "blm22": "braghieriSocialMediaMental2022",
    "acg20": "allcottWelfareEffectsSocial2020",
    "o22": "orbenWindowsDevelopmentalSensitivity2022",
    "hai24": "haidtAnxiousGenerationHow2024",
    "odg24": "odgersGreatRewiringSocial2024",
    "zl21": "zhangShoujiYilaiYu2021",  # illustrative Chinese-authored entries
    "cl23": "chenShuiqianShoujiShiyong2023",
    "wl22": "wangShejiaoMeitiShiyong2022",
}
DEBATES = {"S": "screen-harm", None: None}
STANCES = {"+": "pro", "-": "con", None: None}


def S(document: str, start: str, debate: str | None, stance: str | None, *cites: str, name: str | None = None):
    return Label(document, start, DEBATES[debate], STANCES[stance], tuple(K[c] for c in cites), name)


D = "notes/twenge2018.md"
LABELS = [
    S(D, "The authors pool two large", "S", None),
    S(D, "They then ask which everyday activities", "S", None),
    S(D, "Twenge et al. (2018) report that", "S", "+", "t18", name="t18-rise"),
    S(D, "Over the same period, time spent on new media", "S", "+"),
    S(D, "Adolescents who spent more time on new media", "S", "+", "t18", name="t18-gradient"),
    S(D, "The authors argue that the spread of smartphones", "S", "+", name="t18-smartphones"),
    S(D, "The paper is the empirical backbone", "S", None),
    S(D, "Its design is correlational", "S", "-", name="n1-correlational"),
    S(D, "Critics also point out", "S", "-"),
    S(D, "I read the version in the journal", None, None),
]
D = "notes/przybylski-weinstein2017.md"
LABELS += [
    S(D, "Przybylski and Weinstein ask whether", "S", None),
    S(D, "They call this the Goldilocks hypothesis", "S", None),
    S(D, "Przybylski and Weinstein (2017) find that moderate", "S", "-", "pw17", name="pw-moderate"),
    S(D, "Only beyond fairly high daily amounts", "S", "-"),
    S(D, "The thresholds differ between weekdays", "S", None),
    S(D, "The authors conclude that moderate digital engagement", "S", "-", "pw17"),
    S(D, "This is the first big statement of the con side", "S", "-"),
    S(D, "The Goldilocks curve also suggests", "S", None),
    S(D, "On the other hand, the study is cross-sectional", "S", None),
    S(D, "Twenge and her co-authors would later argue", "S", "+", name="n2-lumping"),
    S(D, "I still need to check", None, None),
]
D = "notes/orben-przybylski2019.md"
LABELS += [
    S(D, "Orben and Przybylski use specification curve", "S", None),
    S(D, "They apply it to three large datasets", "S", None, "t18"),
    S(D, "Orben and Przybylski (2019) find that", "S", "-", "op19", name="op19-tiny"),
    S(D, "Technology use explains at most", "S", "-", "op19"),
    S(D, "They compare the size of the association", "S", "-", name="op19-potatoes"),
    S(D, "The authors argue that analytic flexibility", "S", None),
    S(D, "For the con side this is the key paper", "S", None),
    S(D, "It does not claim that technology is harmless", "S", "-"),
    S(D, "A limitation is that the datasets measure", "S", "+", name="n3-hide"),
    S(D, "Twenge et al. (2020) made exactly this objection", "S", "+", "t20"),
    S(D, "Note to self:", None, None),
]
D = "notes/underestimating-harm-exchange.md"
LABELS += [
    S(D, "Twenge, Haidt, Joiner and Campbell reply", "S", "+", "op19", "t20", name="t20-underestimate"),
    S(D, "In their view, averaging over every kind", "S", "+"),
    S(D, "When the analysis is restricted to social media", "S", "+", name="t20-girls"),
    S(D, "They also hold that associations of this size", "S", "+", name="t20-public-health"),
    S(D, "In reply, Orben and Przybylski (2020) argue", "S", "-", "op20", name="op20-cherry"),
    S(D, "They maintain that even the larger associations", "S", "-", name="op20-small"),
    S(D, "They also call for better measures", "S", None, "op20"),
    S(D, "The exchange shows that both sides agree", "S", None),
    S(D, "Much of the disagreement is about", "S", None),
    S(D, "We discussed this exchange in week 4", None, None),
]
D = "notes/kelly2018.md"
LABELS += [
    S(D, "The study uses the Millennium Cohort Study", "S", None),
    S(D, "It is cross-sectional at that age", "S", None),
    S(D, "Kelly et al. (2018) find that heavier", "S", "+", "kel18", name="kel-main"),
    S(D, "Girls in the cohort also used social media more", "S", None),
    S(D, "The authors trace part of the association", "S", "+", "kel18", name="kel-mech"),
    S(D, "They suggest that these pathways", "S", "+"),
    S(D, "This paper is often cited on the pro side", "S", None),
    S(D, "I think the mechanism analysis", "S", None),
    S(D, "Still, the data are observational", "S", "-", name="n5-reverse"),
    S(D, "Orben and Przybylski (2019) reanalysed", "S", "-", "op19"),
]
D = "notes/causal-designs.txt"
LABELS += [
    S(D, "The survey studies can only show associations", "S", None),
    S(D, "Both appeared in the American Economic Review", None, None),
    S(D, "The authors exploit the staggered arrival", "S", None),
    S(D, "Braghieri et al. (2022) find that", "S", "+", "blm22", name="blm-main"),
    S(D, "They argue that unfavourable social comparison", "S", "+"),
    S(D, "This is a randomised experiment", "S", None),
    S(D, "Allcott et al. (2020) report that", "S", "+", "acg20", name="acg-main"),
    S(D, "The participants in the deactivation study", "S", "-", name="n6-adults"),
    S(D, "The college study concerns an early version", "S", "-", name="n6-early"),
    S(D, "Both papers strengthen the pro side", "S", "+"),
    S(D, "To do: ask the economics reading group", None, None),
]
D = "reviews/screen-time-review.md"
LABELS += [
    S(D, "Few questions in developmental psychology", "S", None),
    S(D, "The debate has two recognisable sides", "S", None),
    S(D, "This review sets out the main claims", "S", None),
    S(D, "The case for harm starts from timing", "S", None),
    S(D, "Depressive symptoms, self-harm and suicide-related", "S", "+", "t18", name="r-trend"),
    S(D, "Twenge and colleagues argue that new media", "S", "+"),
    S(D, "Survey studies add a gradient", "S", "+", "kel18", "t18", name="r-gradient"),
    S(D, "Kelly et al. (2018) also trace", "S", "+", "kel18"),
    S(D, "Causal designs from economics point the same way", "S", "+"),
    S(D, "The staggered arrival of Facebook at American colleges", "S", "+", "blm22", "acg20", name="r-causal"),
    S(D, "Haidt (2024) gathers these strands", "S", "+", "hai24", name="r-haidt"),
    S(D, "The sceptical side does not deny", "S", "-"),
    S(D, "Przybylski and Weinstein (2017) found that moderate", "S", "-", "pw17", name="r-pw"),
    S(D, "Orben and Przybylski (2019) showed", "S", "-", "op19", name="r-op19"),
    S(D, "Odgers and Jensen (2020) reached a similar verdict", "S", "-", "oj20"),
    S(D, "Reviewing Haidt's book, Odgers (2024) argues", "S", "-", "odg24", name="r-odgers24"),
    S(D, "Twenge et al. (2020) answered the potato comparison", "S", "+", "t20", name="r-t20"),
    S(D, "Orben and Przybylski (2020) replied", "S", "-", "op20", name="r-op20"),
    S(D, "The causal studies have drawn their own objections", "S", None),
    S(D, "Critics note that the deactivation experiment", "S", "-", "blm22", name="r-critics"),
    S(D, "A more recent line of work asks", "S", None),
    S(D, "Orben et al. (2022) found developmental windows", "S", "+", "o22", name="r-windows"),
    S(D, "The same study found that lower life satisfaction", "S", "-", name="r-both-ways"),
    S(D, "Whether this evidence supports the harm thesis", "S", None),
    S(D, "That weighing is partly a scientific question", "S", None),
]
D = "papers/social-media-harms-girls.md"
LABELS += [
    S(D, "This paper argues that social media use", "S", "+", name="p1-thesis"),
    S(D, "I take the strongest sceptical arguments", "S", "+"),
    S(D, "The starting point is the sharp rise", "S", "+", "t18"),
    S(D, "The rise was largest among girls", "S", "+"),
    S(D, "Timing alone proves nothing", "S", "+"),
    S(D, "Economic conditions improved", "S", "+"),
    S(D, "Orben and Przybylski (2019) famously reported", "S", "-", "op19", name="p1-op19"),
    S(D, "That finding is accurate for the question", "S", None),
    S(D, "But the question that matters is narrower", "S", None),
    S(D, "When the analysis is confined to social media", "S", "+", "t20", name="p1-girls"),
    S(D, "Kelly et al. (2018) likewise found", "S", "+", "kel18"),
    S(D, "The harm is not mysterious", "S", "+"),
    S(D, "Heavy use displaces sleep", "S", "+", "kel18", name="p1-mech"),
    S(D, "Social comparison is also the mechanism", "S", "+", "blm22"),
    S(D, "Sceptics reply that correlational data", "S", "-", name="p1-sceptic-corr"),
    S(D, "This objection is fair, but the college rollout", "S", "+", "acg20", name="p1-answer"),
    S(D, "Sceptics also argue that average effects", "S", "-", "oj20", "op19", name="p1-sceptic-tiny"),
    S(D, "Yet a small average effect", "S", "+", name="p1-population"),
    S(D, "The weight of the evidence", "S", "+"),
    S(D, "Waiting for perfect causal evidence", "S", "+"),
]
D = "papers/small-effects-big-claims.md"
LABELS += [
    S(D, "Public debate treats it as settled", "S", "+"),
    S(D, "This paper argues that the evidence", "S", "-", name="p2-thesis"),
    S(D, "The best estimate of the average association", "S", "-", name="p2-tiny"),
    S(D, "Orben and Przybylski (2019) found that it explains", "S", "-", "op19"),
    S(D, "Earlier, Przybylski and Weinstein (2017)", "S", "-", "pw17"),
    S(D, "If screens were toxic", "S", "-"),
    S(D, "Most of the studies cited on the pro side", "S", "-"),
    S(D, "They cannot tell whether social media", "S", "-", name="p2-direction"),
    S(D, "Orben et al. (2022) found that the association runs", "S", "-", "o22", name="p2-both"),
    S(D, "Odgers and Jensen (2020) conclude", "S", "-", "oj20"),
    S(D, "Supporters of the harm thesis now lean", "S", None),
    S(D, "Braghieri et al. (2022) show that", "S", "+", "blm22", "acg20", name="p2-causal-report"),
    S(D, "These studies are careful", "S", "-", name="p2-weight"),
    S(D, "The first concerns college students", "S", "-"),
    S(D, "Haidt (2024) argues that a phone-based", "S", "+", "hai24", name="p2-haidt"),
    S(D, "Odgers (2024) counters", "S", "-", "odg24", name="p2-odgers"),
    S(D, "I agree with Odgers", "S", "-"),
    S(D, "Screens may harm some adolescents", "S", None),
    S(D, "But the claim that they caused", "S", "-", name="p2-conclusion"),
]
D = "papers/working-paper-causal-evidence.md"
# Numbered citations resolve through the paper's own list: [1] Odgers & Jensen 2020, [2] Kelly 2018,
# [3] Twenge 2020, [4] Orben & Przybylski 2019, [5] Przybylski & Weinstein 2017, [6] Twenge 2018,
# [7] Orben 2022, [8] Braghieri 2022, [9] Allcott 2020.
LABELS += [
    S(D, "Whether screen use harms", "S", None, "oj20", "t20"),
    S(D, "This working paper sorts the evidence", "S", None),
    S(D, "Population trends show a rise", "S", "+", "t18", name="wp-trend"),
    S(D, "Cross-sectional surveys add", "S", "+", "kel18", "t18"),
    S(D, "Specification curve analyses", "S", "-", "op19", name="wp-small"),
    S(D, "Moderate use appears not", "S", "-", "pw17"),
    S(D, "Longitudinal data allow researchers", "S", None),
    S(D, "One large analysis found windows", "S", None, "o22"),
    S(D, "The strongest causal evidence so far", "S", None),
    S(D, "The staggered arrival of Facebook at colleges", "S", "+", "blm22", "acg20", name="wp-causal"),
    S(D, "Neither side has yet produced", "S", None, "oj20", "t20"),
    S(D, "A useful next step", "S", None),
]
D = "zh/qingshaonian-pingmu-shijian-shuping.md"
LABELS += [
    S(D, "近十年来", "S", None),
    S(D, "智能手机和社交媒体是否损害", "S", None),
    S(D, "本文拟梳理这场争论", "S", None),
    S(D, "特温格等（2018）利用", "S", "+", "t18", name="z1-twenge"),
    S(D, "特温格认为", "S", "+"),
    S(D, "凯利等（Kelly et al.，2018）", "S", "+", "kel18"),
    S(D, "布拉吉耶里等（2022）", "S", "+", "blm22", name="z1-blm"),
    S(D, "与此相对", "S", "-", "op19", name="z1-op19"),
    S(D, "普日贝尔斯基和温斯坦（2017）", "S", "-", "pw17", name="z1-pw"),
    S(D, "奥杰斯和詹森（Odgers & Jensen，2020）", "S", "-", "oj20"),
    S(D, "针对奥本等人的结论", "S", "+", "t20", name="z1-t20"),
    S(D, "奥本和普日贝尔斯基（2020）随即回应", "S", "-", "op20", name="z1-op20"),
    S(D, "奥本等（2022）的纵向研究则表明", "S", None, "o22"),
    S(D, "总体而言", "S", None),
    S(D, "国内研究多采用横断面问卷", "S", None, "wl22"),
    S(D, "本文写作过程中", None, None),
]
D = "zh/shejiao-meiti-yu-yiyu.md"
LABELS += [
    S(D, "本文认为", "S", "+", name="z2-thesis"),
    S(D, "国内外研究表明", "S", "+"),
    S(D, "在智能手机高度普及的今天", "S", None),
    S(D, "已有研究发现", "S", "+", "zl21"),
    S(D, "特温格（2018）指出", "S", "+", "t18", name="z2-twenge"),
    S(D, "凯利等（2018）发现", "S", "+", "kel18"),
    S(D, "更有说服力的是因果研究", "S", None),
    S(D, "布拉吉耶里等（Braghieri et al.，2022）", "S", "+", "blm22", name="z2-blm"),
    S(D, "阿尔科特等（2020）", "S", "+", "acg20"),
    S(D, "陈静、刘洋（2023）", "S", "+", "cl23"),
    S(D, "张明、李华（2021）认为", "S", "+", "zl21", name="z2-zhang"),
    S(D, "有学者认为", "S", "-", "op19", name="z2-op19"),
    S(D, "然而，特温格等（2020）指出", "S", "+", "t20", name="z2-t20"),
    S(D, "即使平均效应较小", "S", "+"),
    S(D, "综上所述", "S", "+"),
    S(D, "学校和家庭应当", "S", "+"),
]
D = "zh/pingmu-youhai-lun-shangque.md"
LABELS += [
    S(D, "本文认为", "S", "-", name="z3-thesis"),
    S(D, "屏幕使用与心理健康的关联很小", "S", "-"),
    S(D, "奥本和普日贝尔斯基（2019）对三个", "S", "-", "op19"),
    S(D, "换言之", "S", "-", name="z3-potato"),
    S(D, "普日贝尔斯基和温斯坦（2017）也发现", "S", "-", "pw17"),
    S(D, "王磊（2022）的元分析", "S", "-", "wl22"),
    S(D, "国内关于手机依赖的研究", "S", "-"),
    S(D, "抑郁的青少年可能", "S", "-", name="z3-reverse"),
    S(D, "奥本等（2022）的纵向研究也发现", "S", "-", "o22"),
    S(D, "支持“有害论”的学者", "S", None, "blm22", "acg20"),
    S(D, "但前者研究的是", "S", "-", name="z3-causal-doubt"),
    S(D, "奥杰斯和詹森（2020）指出", "S", "-", "oj20"),
    S(D, "把问题简单地归咎于", "S", "-"),
    S(D, "我们认为", "S", "-"),
]
D = "zh/haite-aojiesi-dushu-biji.md"
LABELS += [
    S(D, "海特（Haidt，2024）认为", "S", "+", "hai24", name="z4-haidt"),
    S(D, "在他看来", "S", "+", name="z4-epidemic"),
    S(D, "海特提出了四种基本危害", "S", "+"),
    S(D, "他主张高中以前", "S", "+"),
    S(D, "奥杰斯（2024）在《自然》", "S", "-", "odg24", name="z4-odgers"),
    S(D, "她指出", "S", "-"),
    S(D, "针对这一批评", "S", "+", name="z4-reply"),
    S(D, "我认为", "S", "+"),
    S(D, "不过，奥杰斯提醒我们", "S", "-"),
    S(D, "这本书在读书会上", None, None, "o22"),
    S(D, "下次读书会定在", None, None),
]
D = "misc/lab-meeting-logistics.md"
LABELS += [
    S(D, "Lab meetings take place", None, None),
    S(D, "If the room is double-booked", None, None),
    S(D, "Each member presents work", None, None),
    S(D, "Please send a draft", None, None),
    S(D, "Talks run for twenty minutes", None, None),
    S(D, "Please book the eye-tracker", None, None),
    S(D, "Snacks rotate alphabetically", None, None),
    S(D, "Practice talks for conferences", None, None),
    S(D, "The ethics committee needs", None, None),
    S(D, "The lab laptop lives", None, None),
    S(D, "Statistical software licences", None, None),
    S(D, "If you borrow the portable recorder", None, None),
]
D = "misc/survey-methods-note.md"
LABELS += [
    S(D, "Questions should ask about one thing", None, None),
    S(D, "Response scales work best", None, None),
    S(D, "An attention check asks", None, None),
    S(D, "We agreed to decide", None, None),
    S(D, "Large national surveys provide", None, None),
    S(D, "Multiple imputation is usually", None, None),
    S(D, "Pilot every questionnaire", None, None),
    S(D, "Ask pilot respondents", None, None),
    S(D, "Timing the pilot", None, None),
    S(D, "Raw data files stay", None, None),
    S(D, "Identifiable information is stored", None, None),
    S(D, "Report the exact wording", None, None),
    S(D, "Reviewers increasingly ask", None, None),
]

COUNTERS: list[tuple[str, str]] = [
    ("op19-tiny", "t20-underestimate"),
    ("t20-girls", "op20-cherry"),
    ("t20-public-health", "op20-small"),
    ("t18-gradient", "n1-correlational"),
    ("pw-moderate", "n2-lumping"),
    ("op19-potatoes", "n3-hide"),
    ("kel-main", "n5-reverse"),
    ("blm-main", "n6-early"),
    ("acg-main", "n6-adults"),
    ("r-t20", "r-op20"),
    ("r-haidt", "r-odgers24"),
    ("r-causal", "r-critics"),
    ("r-windows", "r-both-ways"),
    ("p1-thesis", "p2-thesis"),
    ("p1-girls", "p2-tiny"),
    ("p1-sceptic-corr", "p1-answer"),
    ("p1-sceptic-tiny", "p1-population"),
    ("p2-causal-report", "p2-weight"),
    ("p2-haidt", "p2-odgers"),
    ("wp-trend", "wp-small"),
    ("z1-op19", "z1-t20"),
    ("z1-t20", "z1-op20"),
    ("z2-op19", "z2-t20"),
    ("z2-thesis", "z3-thesis"),
    ("z2-blm", "z3-causal-doubt"),
    ("z2-zhang", "z3-reverse"),
    ("z4-haidt", "z4-odgers"),
    ("z4-odgers", "z4-reply"),
    ("z3-potato", "p1-girls"),
    ("op19-potatoes", "z2-t20"),
    ("p2-odgers", "z4-epidemic"),
    ("z1-twenge", "wp-small"),
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
