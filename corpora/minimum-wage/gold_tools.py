"""Write ``argmap-gold.jsonl`` for the minimum-wage corpus from the labels kept in this file.

Each label names a document, the first words of a sentence, its debate (``M`` = ``minwage-jobs`` or
None), its stance (``+`` pro: increases reduce employment; ``-`` con: they do not, or the losses are
negligible; None neutral) and the works it cites. The sentence finder and the JSONL writer are those
of ``../digital-labour/gold_tools.py``, so all example corpora follow one format. Run
``python corpora/minimum-wage/gold_tools.py`` after editing a document or a label. The labels are
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
                       run_name="argmap_minimum_wage_base_tools")
Label = _BASE["Label"]
gold_lines = _BASE["gold_lines"]

K = {
    "ck94": "cardMinimumWagesEmployment1994",
    "ck95": "cardMythMeasurementNew1995",
    "ck00": "cardMinimumWagesEmployment2000",
    "nw00": "neumarkMinimumWagesEmployment2000",
    "nw08": "neumarkMinimumWages2008",
    "nsw14": "neumarkRevisitingMinimumWage2014",
    "dlr10": "dubeMinimumWageEffects2010",
    "cdlz19": "cengizEffectMinimumWages2019",
    "jar17": "jardimMinimumWageIncreases2017",
    "jar22": "jardimMinimumWageIncreasesLowWage2022",
    "rag17": "reichSeattleMinimumWage2017",
    "man03": "manningMonopsonyMotionImperfect2003",
    "stig46": "stiglerEconomicsMinimumWage1946",
    "wl16": "wangZuidiGongziBiaozhun2016",  # illustrative Chinese-authored entries
    "cz19": "chenZuidiGongziJiuye2019",
    "ln21": "liZuidiGongziYu2021",
}
DEBATES = {"M": "minwage-jobs", None: None}
STANCES = {"+": "pro", "-": "con", None: None}


def S(document: str, start: str, debate: str | None, stance: str | None, *cites: str, name: str | None = None):
    return Label(document, start, DEBATES[debate], STANCES[stance], tuple(K[c] for c in cites), name)


D = "notes/card-krueger1994.md"
LABELS = [
    S(D, "On 1 April 1992 New Jersey", "M", None),
    S(D, "Card and Krueger surveyed fast-food", "M", None),
    S(D, "Eastern Pennsylvania serves as the comparison", "M", None),
    S(D, "Card and Krueger (1994) find no sign", "M", "-", "ck94", name="ck-main"),
    S(D, "If anything, full-time-equivalent", "M", "-", name="ck-rise"),
    S(D, "Within New Jersey, restaurants that had paid", "M", "-"),
    S(D, "The abstract puts it plainly", "M", "-", "ck94"),
    S(D, "The authors also report that meal prices", "M", None),
    S(D, "This is the study that reopened", "M", None),
    S(D, "The competitive textbook model predicts", "M", "+"),
    S(D, "The data come from telephone interviews", "M", "+", name="n1-noisy"),
    S(D, "The follow-up survey also came", "M", "+", name="n1-slow"),
    S(D, "I borrowed the library's copy", None, None),
]
D = "notes/nj-exchange-2000.md"
LABELS += [
    S(D, "Neumark and Wascher (2000) re-examine", "M", None, "nw00"),
    S(D, "Using these records, they find", "M", "+", name="nw-payroll"),
    S(D, "They argue that the original survey", "M", "+", name="nw-error"),
    S(D, "Neumark and Wascher conclude", "M", "+"),
    S(D, "Card and Krueger (2000) reply with administrative", "M", None, "ck00"),
    S(D, "With these data they find no reduction", "M", "-", name="ck-bls"),
    S(D, "They also question the payroll sample", "M", "-", name="ck-sample"),
    S(D, "In their view, the payroll records", "M", "-"),
    S(D, "The exchange did not settle", "M", None),
    S(D, "Each side concluded that its own data", "M", None),
    S(D, "For my chapter, the useful lesson", "M", None),
    S(D, "We spent most of the third seminar", None, None),
]
D = "notes/border-designs.md"
LABELS += [
    S(D, "Dube, Lester and Reich compare pairs", "M", None),
    S(D, "The idea is that adjacent counties", "M", None),
    S(D, "Dube et al. (2010) find that higher", "M", "-", "dlr10", name="dlr-main"),
    S(D, "They argue that the negative effects", "M", "-", name="dlr-bias"),
    S(D, "Neumark, Salas and Wascher (2014) reply", "M", "+", "nsw14", name="nsw-throwaway"),
    S(D, "In their view, a neighbouring county", "M", "+"),
    S(D, "When they let the data choose", "M", "+", name="nsw-teens"),
    S(D, "Their subtitle, about throwing out", "M", "+"),
    S(D, "Cengiz et al. (2019) take a different route", "M", None, "cdlz19"),
    S(D, "They find that the number of jobs paying below", "M", "-", name="cdlz-bunching"),
    S(D, "The overall number of low-wage jobs", "M", "-", "cdlz19", name="cdlz-unchanged"),
    S(D, "The bunching method is attractive", "M", None),
    S(D, "A remaining worry is that job counts", "M", "+", name="n3-hours"),
    S(D, "I should ask my adviser", None, None),
]
D = "notes/seattle-studies.txt"
LABELS += [
    S(D, "Seattle raised its minimum wage in steps", "M", None),
    S(D, "The results were quoted in the press", "M", None),
    S(D, "Jardim et al. (2017) use state administrative", "M", None, "jar17"),
    S(D, "They find that the increase to $13", "M", "+", name="jar-hours"),
    S(D, "Because hours fell by more than wages rose", "M", "+"),
    S(D, "The later journal version", "M", "+", "jar22"),
    S(D, "Reich, Allegretto and Godoey (2017) study", "M", None, "rag17"),
    S(D, "They find that pay in food service", "M", "-", name="rag-food"),
    S(D, "Supporters of the Berkeley study argue", "M", "-", name="rag-multisite"),
    S(D, "Both studies look at the same city", "M", None),
    S(D, "Seattle's labour market was booming", "M", None),
    S(D, "To do: find the reports", None, None),
]
D = "notes/monopsony-theory.md"
LABELS += [
    S(D, "In the textbook competitive model", "M", "+", name="comp-model"),
    S(D, "Stigler (1946) made this argument", "M", "+", "stig46", name="stigler"),
    S(D, "The loss should be largest", "M", "+"),
    S(D, "Manning (2003) argues that most employers", "M", "-", "man03", name="manning"),
    S(D, "In a monopsony model a moderate", "M", "-", name="mono-raise"),
    S(D, "Card and Krueger (1995) use similar", "M", "-", "ck95"),
    S(D, "The two models agree", "M", None),
    S(D, "They disagree about where the point lies", "M", None),
    S(D, "Critics of the monopsony account", "M", "+", name="mono-doubt"),
    S(D, "I found Manning's chapter", None, None),
]
D = "reviews/minimum-wage-review.md"
LABELS += [
    S(D, "Few questions in applied economics", "M", None),
    S(D, "The standard competitive model gives", "M", "+", name="r-comp"),
    S(D, "For decades most economists accepted", "M", "+"),
    S(D, "This review sets out the evidence", "M", None),
    S(D, "The modern debate began with Card and Krueger", "M", "-", "ck94", name="r-ck"),
    S(D, "Their book *Myth and Measurement*", "M", "-", "ck95"),
    S(D, "Neumark and Wascher (2000) reanalysed", "M", "+", "nw00", name="r-nw"),
    S(D, "Card and Krueger (2000) answered", "M", "-", "ck00", name="r-ck00"),
    S(D, "Once many states had raised", "M", None),
    S(D, "Neumark and Wascher (2008) survey", "M", "+", "nw08", name="r-nw08"),
    S(D, "Dube et al. (2010) objected", "M", "-", "dlr10", name="r-dlr"),
    S(D, "Neumark, Salas and Wascher (2014) replied", "M", "+", "nsw14", name="r-nsw"),
    S(D, "Cengiz et al. (2019) sidestep", "M", "-", "cdlz19", name="r-cdlz"),
    S(D, "The Seattle increases produced", "M", None),
    S(D, "Jardim et al. (2017) found that hours", "M", "+", "jar17", name="r-jar"),
    S(D, "Reich, Allegretto and Godoey (2017), studying", "M", "-", "rag17", name="r-rag"),
    S(D, "On the sceptical side, monopsony", "M", "-", "man03", "ck95", name="r-mono"),
    S(D, "Defenders of the competitive model reply", "M", "+", name="r-mono-reply"),
    S(D, "The disagreement is now less about theory", "M", None, "dlr10", "nsw14"),
    S(D, "Whether much larger increases", "M", None),
]
D = "papers/price-floors-cost-jobs.md"
LABELS += [
    S(D, "This paper argues that minimum wage increases", "M", "+", name="p1-thesis"),
    S(D, "The apparent absence of job losses", "M", "+"),
    S(D, "A minimum wage that binds", "M", "+"),
    S(D, "Employers can adjust by hiring fewer", "M", "+"),
    S(D, "Card and Krueger (1994) reported", "M", "-", "ck94", name="p1-ck"),
    S(D, "That result rests on telephone surveys", "M", "+", name="p1-ck-answer"),
    S(D, "When Neumark and Wascher (2000) used", "M", "+", "nw00"),
    S(D, "Dube, Lester and Reich (2010) find no job losses", "M", "-", "dlr10", name="p1-dlr"),
    S(D, "But restricting the comparison", "M", "+", "nsw14", name="p1-dlr-answer"),
    S(D, "With better-chosen controls", "M", "+"),
    S(D, "Counting jobs can miss", "M", "+"),
    S(D, "In Seattle, Jardim et al. (2017)", "M", "+", "jar17", name="p1-seattle"),
    S(D, "Studies that count only jobs", "M", "+", "cdlz19", name="p1-bunching"),
    S(D, "Defenders of higher minimum wages appeal", "M", "-", "man03", name="p1-mono"),
    S(D, "We accept that monopsony", "M", "-"),
    S(D, "It cannot justify the large increases", "M", "+", name="p1-large"),
    S(D, "The weight of the evidence", "M", "+", "nw08", name="p1-conclusion"),
    S(D, "Policymakers who want to help", "M", "+"),
]
D = "papers/no-detectable-job-loss.md"
LABELS += [
    S(D, "Public debate often assumes", "M", "+"),
    S(D, "This paper argues that the best modern", "M", "-", name="p2-thesis"),
    S(D, "Card and Krueger (1994) found that fast-food", "M", "-", "ck94", "ck00"),
    S(D, "Comparisons of neighbouring counties", "M", "-", "dlr10", name="p2-dlr"),
    S(D, "Counting jobs by wage level", "M", "-", "cdlz19", name="p2-bunching"),
    S(D, "The Berkeley study of Seattle", "M", "-", "rag17"),
    S(D, "Critics reply that border comparisons", "M", "+", "nsw14", name="p2-nsw"),
    S(D, "Yet the border estimates agree", "M", "-", name="p2-nsw-answer"),
    S(D, "Others point to the Seattle study", "M", "+", "jar17", name="p2-jar"),
    S(D, "That study left out workers", "M", "-", name="p2-jar-answer"),
    S(D, "Employers with some power over wages", "M", "-", "man03", name="p2-mono"),
    S(D, "Higher pay also lowers turnover", "M", "-"),
    S(D, "None of this means", "M", None),
    S(D, "But for the increases actually studied", "M", "-", name="p2-conclusion"),
]
D = "papers/working-paper-comparison-groups.md"
# Numbered citations resolve through the paper's own list: [1] Card & Krueger 1994, [2] Dube et al.
# 2010, [3] Cengiz et al. 2019, [4] Neumark, Salas & Wascher 2014, [5] Neumark & Wascher 2000,
# [6] Neumark & Wascher 2008.
LABELS += [
    S(D, "The employment effect of minimum wages remains", "M", None, "dlr10", "nsw14"),
    S(D, "This working paper classifies", "M", None),
    S(D, "A case study of New Jersey", "M", "-", "ck94", name="wp-ck"),
    S(D, "A reanalysis of the same case", "M", "+", "nw00", name="wp-nw"),
    S(D, "National panel estimates usually", "M", "+", "nw08", name="wp-panel"),
    S(D, "Designs that compare adjacent counties", "M", "-", "dlr10", name="wp-border"),
    S(D, "The authors of the panel estimates", "M", "+", "nsw14", name="wp-nsw"),
    S(D, "Counting jobs below and just above", "M", "-", "cdlz19"),
    S(D, "Taken together, the case-study", "M", "-", "ck94", "cdlz19"),
    S(D, "Each design rests on an assumption", "M", None, "dlr10", "nsw14"),
    S(D, "Reporting results under several", "M", None),
]
D = "zh/zuidi-gongzi-jiuye-xiaoying-shuping.md"
LABELS += [
    S(D, "最低工资提高是否会减少就业", "M", None),
    S(D, "传统的竞争性劳动力市场模型认为", "M", "+", name="z1-comp"),
    S(D, "本文梳理国外和国内", "M", None),
    S(D, "卡德和克鲁格（1994）比较了", "M", "-", "ck94", name="z1-ck"),
    S(D, "杜贝等（Dube et al.，2010）利用", "M", "-", "dlr10", name="z1-dlr"),
    S(D, "岑吉兹等（2019）按工资水平", "M", "-", "cdlz19"),
    S(D, "诺伊马克和沃舍（2000）使用餐馆", "M", "+", "nw00", name="z1-nw"),
    S(D, "诺伊马克等（2014）批评", "M", "+", "nsw14", name="z1-nsw"),
    S(D, "诺伊马克和沃舍（2008）在综述中", "M", "+", "nw08"),
    S(D, "国内研究多利用2004年", "M", None),
    S(D, "王强、刘洋（2016）发现", "M", "-", "wl16", name="z1-wang"),
    S(D, "陈晓、赵敏（2019）则发现", "M", "+", "cz19", name="z1-threshold"),
    S(D, "总体来看，分歧主要来自", "M", None),
    S(D, "未来的研究需要", "M", None),
    S(D, "本文为课程论文", None, None),
]
D = "zh/zuidi-gongzi-jiuye-sunshi.md"
LABELS += [
    S(D, "本文认为，最低工资标准的持续提高", "M", "+", name="z2-thesis"),
    S(D, "在劳动力供给充足的竞争性市场中", "M", "+"),
    S(D, "按照标准的供求分析", "M", "+"),
    S(D, "一些学者用垄断买方模型", "M", "-", "man03", name="z2-mono"),
    S(D, "但是，在中小企业众多", "M", "+", name="z2-mono-answer"),
    S(D, "诺伊马克和沃舍（2000）使用工资单数据", "M", "+", "nw00", name="z2-nw"),
    S(D, "卡德和克鲁格（1994）的结论依赖", "M", "+", "ck94", name="z2-ck-noisy"),
    S(D, "西雅图的研究同样表明", "M", "+", "jar17", name="z2-seattle"),
    S(D, "陈晓、赵敏（2019）的研究显示", "M", "+", "cz19", name="z2-threshold"),
    S(D, "有学者认为最低工资对就业没有负面影响", "M", "-", "ck95", name="z2-ck95"),
    S(D, "我们认为，这一结论建立在", "M", "+", name="z2-answer"),
    S(D, "因此，各地在调整", "M", "+"),
]
D = "zh/maifang-longduan-yu-zuidi-gongzi.md"
LABELS += [
    S(D, "本文认为，在存在买方垄断", "M", "-", name="z3-thesis"),
    S(D, "传统观点认为", "M", "+", "nw08", name="z3-nw08"),
    S(D, "然而，这一结论依赖于", "M", "-", name="z3-assumption"),
    S(D, "曼宁（Manning，2003）指出", "M", "-", "man03", name="z3-manning"),
    S(D, "在这种情况下，最低工资可以迫使", "M", "-", name="z3-mono"),
    S(D, "卡德和克鲁格（1994）发现", "M", "-", "ck94", name="z3-ck"),
    S(D, "卡德和克鲁格（2000）利用", "M", "-", "ck00", name="z3-ck00"),
    S(D, "杜贝、莱斯特和赖克（2010）", "M", "-", "dlr10"),
    S(D, "对于诺伊马克等（2014）的批评", "M", "-", "nsw14", name="z3-dlr-reply"),
    S(D, "李娜（2021）基于", "M", "-", "ln21"),
    S(D, "我们认为，最低工资政策的关键", "M", "-"),
    S(D, "当然，如果标准定得过高", "M", None),
]
D = "zh/kade-kelunke-dushu-biji.md"
LABELS += [
    S(D, "卡德和克鲁格（Card & Krueger，1994）利用", "M", None, "ck94"),
    S(D, "他们认为，最低工资的提高", "M", "-", name="z4-ck"),
    S(D, "这篇文章发表以后", "M", None),
    S(D, "诺伊马克和沃舍（Neumark & Wascher，2000）认为", "M", "+", "nw00", name="z4-nw-data"),
    S(D, "他们改用工资单数据", "M", "+", name="z4-nw"),
    S(D, "卡德和克鲁格在回应中指出", "M", "-", name="z4-ck-reply"),
    S(D, "我觉得这场争论的关键", "M", None),
    S(D, "杜贝等（Dube et al.，2010）后来", "M", None, "dlr10"),
    S(D, "下周读书会由我主讲", None, None),
    S(D, "图书馆那本《最低工资》", None, None),
]
D = "misc/seminar-schedule.md"
LABELS += [
    S(D, "The seminar meets on Wednesdays", None, None),
    S(D, "If the room is taken", None, None),
    S(D, "Each participant leads", None, None),
    S(D, "Please circulate a one-page handout", None, None),
    S(D, "Presentations should last", None, None),
    S(D, "Guests from the sociology department", None, None),
    S(D, "The term paper is due", None, None),
    S(D, "Submit it through the course page", None, None),
    S(D, "Late submissions lose marks", None, None),
    S(D, "Coffee and tea are provided", None, None),
    S(D, "The last session of term", None, None),
]
D = "misc/reading-regression-tables.md"
LABELS += [
    S(D, "Each column of a regression table", None, None),
    S(D, "The number in parentheses", None, None),
    S(D, "Stars mark conventional", None, None),
    S(D, "The rows near the bottom", None, None),
    S(D, "A check mark in the row", None, None),
    S(D, "Clustered standard errors allow", None, None),
    S(D, "When a coefficient changes a lot", None, None),
    S(D, "Do not compare coefficients", None, None),
    S(D, "Always read the number of observations", None, None),
    S(D, "Copy the table into your notes", None, None),
    S(D, "When you present a paper", None, None),
]

# Claim pairs on opposite sides where one answers the other (symmetric), within and across
# documents and languages.
COUNTERS: list[tuple[str, str]] = [
    ("ck-main", "n1-noisy"),
    ("ck-rise", "n1-slow"),
    ("ck-main", "nw-payroll"),
    ("nw-payroll", "ck-bls"),
    ("nw-error", "ck-sample"),
    ("dlr-main", "nsw-throwaway"),
    ("dlr-bias", "nsw-teens"),
    ("cdlz-unchanged", "n3-hours"),
    ("jar-hours", "rag-food"),
    ("jar-hours", "rag-multisite"),
    ("comp-model", "mono-raise"),
    ("manning", "mono-doubt"),
    ("r-ck", "r-nw"),
    ("r-nw", "r-ck00"),
    ("r-nw08", "r-dlr"),
    ("r-dlr", "r-nsw"),
    ("r-jar", "r-rag"),
    ("r-mono", "r-mono-reply"),
    ("p1-thesis", "p2-thesis"),
    ("p1-ck", "p1-ck-answer"),
    ("p1-dlr", "p1-dlr-answer"),
    ("p1-mono", "p1-large"),
    ("p2-nsw", "p2-nsw-answer"),
    ("p2-jar", "p2-jar-answer"),
    ("p1-bunching", "p2-bunching"),
    ("p1-seattle", "p2-jar-answer"),
    ("wp-ck", "wp-nw"),
    ("wp-panel", "wp-border"),
    ("wp-border", "wp-nsw"),
    ("z1-ck", "z1-nw"),
    ("z1-dlr", "z1-nsw"),
    ("z1-wang", "z1-threshold"),
    ("z2-mono", "z2-mono-answer"),
    ("z2-ck95", "z2-answer"),
    ("z3-nw08", "z3-assumption"),
    ("z3-dlr-reply", "z1-nsw"),
    ("z2-thesis", "z3-thesis"),
    ("z4-ck", "z4-nw"),
    ("z4-nw-data", "z4-ck-reply"),
    ("z2-mono-answer", "z3-manning"),
    ("z2-ck-noisy", "z3-ck00"),
    ("z3-mono", "comp-model"),
    ("z2-seattle", "rag-multisite"),
    ("z3-ck", "nw-payroll"),
    ("z1-nsw", "dlr-main"),
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
