"""Write ``argmap-gold.jsonl`` for the reading-group corpus from the labels kept in this file.

Each label names a document, the first words of a sentence, its debate (``B`` = ``blindspot``,
``V`` = ``platform-value``, None = belongs to no debate), its stance (``+`` pro, ``-`` con, None for
a sentence in a debate that takes no side) and the works the sentence cites by author and year or by
number. Pro means yes to the debate's question in ``argmap.toml``: audiences work and are the
commodity (``B``); users' unpaid activity creates value that platforms exploit (``V``). A sentence
that reports one side's claim carries that side's stance, whatever the document argues.

The labels were written by hand before argmap was run on this corpus and nothing here reads
argmap's output. Run ``python corpora/reading-group/gold_tools.py`` after editing a document or a
label; ``tests/unit/test_corpus_reading_group.py`` checks that the file matches.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

# A sentence ends at . ? ! (plus closing quotes or brackets) before white space or the end of the
# text, or at a Chinese full stop, question or exclamation mark (plus closing quotes). A sentence
# starts a line (or a list item) or follows the end of another.
_END = re.compile(r"[.?!][\"'”’)）]*(?=\s|$)|[。！？][”’）]*")
_START_BEFORE = re.compile(r"(^|[.?!。！？][\"'”’)）]*\s*|\n\s*(?:[-*]\s+)?)$")


@dataclass(frozen=True)
class Label:
    document: str
    start: str
    debate: str | None
    stance: str | None
    citations: tuple[str, ...] = ()
    name: str | None = None


def find_sentence(text: str, start: str, where: str) -> str:
    """The one sentence of ``text`` that begins with ``start``; ValueError if none or several."""
    hits = []
    for match in re.finditer(re.escape(start), text):
        if not _START_BEFORE.search(text[: match.start()]):
            continue
        end = _END.search(text, match.end())
        if end is None:
            raise ValueError(f"{where}: no sentence end after '{start}'")
        hits.append(text[match.start() : end.end()])
    if len(hits) != 1:
        raise ValueError(f"{where}: '{start}' starts {len(hits)} sentences, not one")
    if "\n" in hits[0]:
        raise ValueError(f"{where}: the sentence starting '{start}' runs over a line break")
    return hits[0]


K = {
    "smythe77": "smytheCommunicationsBlindspotWestern1977",
    "murdock78": "murdockBlindspotsWesternMarxism1978",
    "smythe78": "smytheRejoinderGrahamMurdock1978",
    "livant79": "livantAudienceCommodityBlindspot1979",
    "jhally82": "jhallyProbingBlindspotAudience1982",
    "meehan84": "meehanRatingsInstitutionalApproach1984",
    "jl86": "jhallyWatchingWorkingValorization1986",
    "lebowitz86": "lebowitzTooManyBlindspots1986",
    "bermejo09": "bermejoAudienceManufactureHistorical2009",
    "napoli10": "napoliRevisitingMassCommunication2010",
    "caraway11": "carawayAudienceLaborNew2011",
    "fuchs12a": "fuchsDallasSmytheToday2012",
    "nixon14": "nixonPoliticalEconomyAudience2014",
    "lazzarato96": "lazzaratoImmaterialLabor1996",
    "hn00": "hardtEmpire2000",
    "terranova00": "terranovaFreeLaborProducing2000",
    "andrejevic02": "andrejevicWorkBeingWatched2002",
    "kucklich05": "kucklichPrecariousPlaybourModders2005",
    "fuchs10": "fuchsLaborInformationalCapitalism2010",
    "hesmondhalgh10": "hesmondhalghUserGeneratedContent2010",
    "andrejevic11": "andrejevicSurveillanceAlienationOnline2011",
    "ac12": "arvidssonValueInformationalCapitalism2012",
    "fuchs12b": "fuchsMarxCapitalismRejoinder2012",
    "fisher12": "fisherHowLessAlienation2012",
    "rey12": "reyAlienationExploitationSocial2012",
    "reveley13": "reveleyExploitativeWebMisuses2013",
    "scholz13": "scholzDigitalLaborInternet2013",
    "huws14": "huwsLaborGlobalDigital2014",
    "fuchs14": "fuchsDigitalLabourKarl2014",
    "comor15": "comorRevisitingMarxsValue2015",
    "bv15": "bolanoPoliticalEconomyInternet2015",
    "fuchs15": "fuchsDivisivenessDigitalWorkers2015",
    "rp15": "rigiValueRentPolitical2015",
    "roberts16": "robertsCocreativeProsumerLabor2016",
    "jarrett16": "jarrettFeminismLabourDigital2016",
    # illustrative Chinese-authored entries (placeholders, not real publications)
    "wc19": "wangDuanshipinPingtaiShouzhong2019",
    "liu20": "liuYonghuChuangzuoNeirong2020",
    "zz21": "zhangPingtaiShujuZujin2021",
    "sun22": "sunShejiaoMeitiPingtai2022",
}
DEBATES = {"B": "blindspot", "V": "platform-value", None: None}
STANCES = {"+": "pro", "-": "con", None: None}


def S(document: str, start: str, debate: str | None, stance: str | None, *cites: str, name: str | None = None):
    return Label(document, start, DEBATES[debate], STANCES[stance], tuple(K[c] for c in cites), name)


LABELS: list[Label] = []
COUNTERS: list[tuple[str, str]] = []

D = "notes/smythe-murdock-exchange.md"
LABELS += [
    S(D, "Smythe (1977) opens with a charge", "B", "+", "smythe77", name="n1-blindspot"),
    S(D, "That neglect is the", "B", None),
    S(D, "His answer is that the commodity", "B", "+", name="n1-commodity"),
    S(D, "Programmes, in this picture", "B", "+"),
    S(D, "Smythe goes further and counts", "B", "+", name="n1-worktime"),
    S(D, "Watching, on his account", "B", "+"),
    S(D, "Murdock (1978) answers that the charge", "B", "-", "murdock78", name="n1-unfair"),
    S(D, "He thinks Smythe generalises", "B", "-", name="n1-generalises"),
    S(D, "Public service broadcasting and the role", "B", "-", name="n1-psb"),
    S(D, "For Murdock the media are economic", "B", "-", name="n1-both"),
    S(D, "Smythe (1978) gives no ground", "B", "+", "smythe78", name="n1-rejoinder"),
    S(D, "The exchange is short", "B", None),
    S(D, "I am not sure the two men", "B", None),
    S(D, "Still, Murdock's point about public", "B", "-", name="n1-licence"),
    S(D, "Remember to bring the course pack", None, None),
]
COUNTERS += [
    ("n1-blindspot", "n1-unfair"),
    ("n1-commodity", "n1-generalises"),
    ("n1-rejoinder", "n1-both"),
    ("n1-worktime", "n1-licence"),
]

D = "notes/audience-labour-after-smythe.md"
LABELS += [
    S(D, "Livant (1979) sides with Smythe", "B", "+", "livant79", name="n2-livant"),
    S(D, "On his reading, the audience commodity", "B", "+"),
    S(D, "Jhally (1982) thinks the idea", "B", "-", "jhally82", name="n2-jhally"),
    S(D, "He also doubts that audiences labour", "B", "-", name="n2-jhally-labour"),
    S(D, "Four years later, Jhally and Livant (1986)", "B", None, "jl86"),
    S(D, "They argue that viewing is itself labour", "B", "+", name="n2-wage"),
    S(D, "Networks, they add, try to get more", "B", "+", name="n2-more"),
    S(D, "Meehan (1984) offers what she calls", "B", None, "meehan84"),
    S(D, "What advertisers buy, she argues", "B", "-", name="n2-ratings"),
    S(D, "The audience itself never changes hands", "B", "-"),
    S(D, "Lebowitz (1986) also rejects", "B", "-", "lebowitz86"),
    S(D, "Napoli (2010) carries the idea", "B", "+", "napoli10", name="n2-napoli"),
    S(D, "Caraway (2011) objects that audiences", "B", "-", "caraway11", name="n2-caraway"),
    S(D, "If that is right, the audience", "B", "-"),
    S(D, "Bermejo (2009) traces how search", "B", None, "bermejo09"),
    S(D, "Nixon (2014) treats cultural consumption", "B", "+", "nixon14", name="n2-nixon"),
    S(D, "I still need a copy of the Nixon", None, None),
]
COUNTERS += [
    ("n2-livant", "n2-jhally"),
    ("n2-wage", "n2-ratings"),
    ("n2-napoli", "n2-caraway"),
    ("n2-more", "n2-jhally-labour"),
]

D = "notes/free-labour-and-playbour.txt"
LABELS += [
    S(D, "Lazzarato (1996) introduced the term", "V", None, "lazzarato96"),
    S(D, "Such labour, he argues, shapes tastes", "V", "+"),
    S(D, "Hardt and Negri (2000) take the idea", "V", None, "hn00"),
    S(D, "Terranova (2000) argues that the unpaid", "V", "+", "terranova00", name="n3-terranova"),
    S(D, "Her name for it is free labour", "V", "+", name="n3-free"),
    S(D, "Kücklich (2005) finds the same pattern", "V", "+", "kucklich05", name="n3-playbour"),
    S(D, "Hesmondhalgh (2010) is not persuaded", "V", "-", "hesmondhalgh10", name="n3-hesmondhalgh"),
    S(D, "He points out that the free labour", "V", "-", name="n3-intern"),
    S(D, "The scanned copy of the Social Text", None, None),
]
COUNTERS += [
    ("n3-free", "n3-hesmondhalgh"),
    ("n3-playbour", "n3-intern"),
]

D = "notes/fuchs-and-his-critics.md"
LABELS += [
    S(D, "Fuchs (2010) argues that users", "V", "+", "fuchs10", name="n4-prosumer"),
    S(D, "Because these users are not paid", "V", "+", name="n4-infinity"),
    S(D, "Arvidsson and Colleoni (2012) reply", "V", "-", "ac12", name="n4-ac"),
    S(D, "In their view, value on platforms", "V", "-", name="n4-finance"),
    S(D, "In a rejoinder, Fuchs (2012b) defends", "V", "+", "fuchs12b", name="n4-rejoinder"),
    S(D, "Comor (2015) thinks both sides", "V", "-", "comor15"),
    S(D, "Rigi and Prey (2015) deny", "V", "-", "rp15", name="n4-rigi"),
    S(D, "Platform revenue, on their account", "V", "-"),
    S(D, "Roberts (2016) calls prosumer", "V", "-", "roberts16"),
    S(D, "Bolaño and Vieira (2015) go to the root", "V", "-", "bv15", name="n4-bv"),
    S(D, "They add that Fuchs repeats", "V", "-"),
    S(D, "Fuchs (2015) replies that paid", "V", "+", "fuchs15", name="n4-fuchs15"),
    S(D, "I find Rigi and Prey the clearest", "V", None),
    S(D, "The tripleC articles are all open access", None, None),
]
COUNTERS += [
    ("n4-prosumer", "n4-ac"),
    ("n4-finance", "n4-rejoinder"),
    ("n4-infinity", "n4-rigi"),
    ("n4-bv", "n4-fuchs15"),
]

D = "reviews/who-works-for-the-media.md"
LABELS += [
    S(D, "The first of the two debates reviewed", "B", None),
    S(D, "The second, which grew with social media", "V", None),
    S(D, "Smythe (1977) argued that advertising-funded", "B", "+", "smythe77", name="r-smythe"),
    S(D, "Murdock (1978) replied that this view", "B", "-", "murdock78", name="r-murdock"),
    S(D, "Several writers defended and refined", "B", "+", "livant79", "jl86"),
    S(D, "Jhally and Livant (1986) went furthest", "B", "+", "jl86", name="r-jl"),
    S(D, "Others kept the economic framing", "B", "-", "meehan84", name="r-meehan"),
    S(D, "Caraway (2011) later added", "B", "-", "caraway11", name="r-caraway"),
    S(D, "Digital media revived the thesis", "B", "+", "fuchs12a", name="r-fuchs12a"),
    S(D, "Writers on audience labour in the digital era", "B", "+", "napoli10", "nixon14"),
    S(D, "The second debate grew from writing", "V", None, "lazzarato96", "terranova00"),
    S(D, "Its strongest claim is that users", "V", "+", "fuchs10", "fuchs14", name="r-fuchs"),
    S(D, "Studies of surveillance reach", "V", "+", "andrejevic02", "andrejevic11", name="r-surveillance"),
    S(D, "Fisher (2012) and Rey (2012) add", "V", "+", "fisher12", "rey12", name="r-alienation"),
    S(D, "Critics answer from within Marxian theory", "V", None),
    S(D, "For Reveley (2013), calling users", "V", "-", "reveley13", name="r-reveley"),
    S(D, "Huws (2014) separates rent", "V", "-", "huws14", name="r-huws"),
    S(D, "A related line holds that platform income", "V", "-", "rp15", "roberts16", name="r-rent"),
    S(D, "The sharpest version of the objection", "V", "-", "bv15", name="r-bv"),
    S(D, "Between these camps, Jarrett (2016)", "V", "+", "jarrett16"),
    S(D, "An edited collection by Scholz (2013)", "V", "+", "scholz13"),
    S(D, "On television audiences, this review leans", "B", "-", name="r-blind-verdict"),
    S(D, "On platforms the case for exploitation", "V", "+", name="r-value-verdict"),
    S(D, "Neither debate has yet said", None, None),
]
COUNTERS += [
    ("r-smythe", "r-murdock"),
    ("r-jl", "r-meehan"),
    ("r-fuchs12a", "r-caraway"),
    ("r-fuchs", "r-bv"),
    ("r-alienation", "r-reveley"),
    ("r-value-verdict", "r-rent"),
    ("r-blind-verdict", "r-jl"),
]

D = "papers/users-create-value.md"
LABELS += [
    S(D, "This paper argues that the unpaid activity of social", "V", "+", name="p1-thesis"),
    S(D, "The claim is often dismissed", "V", "+"),
    S(D, "Platforms sell advertisers access", "V", "+", "fuchs10", name="p1-commodity"),
    S(D, "Without posting, liking", "V", "+"),
    S(D, "Andrejevic (2002) showed early on", "V", "+", "andrejevic02"),
    S(D, "Arvidsson and Colleoni (2012) object", "V", "-", "ac12", name="p1-ac"),
    S(D, "But financial valuations of platforms", "V", "+", name="p1-ac-answer"),
    S(D, "Bolaño and Vieira (2015) hold", "V", "-", "bv15", name="p1-bv"),
    S(D, "This objection takes the wage", "V", "+", "jarrett16", name="p1-bv-answer"),
    S(D, "A further objection is that platform income", "V", "-", "huws14", "rp15", name="p1-rent"),
    S(D, "We grant that some platform income", "V", "-"),
    S(D, "Yet a rent still has to be paid", "V", "+", name="p1-rent-answer"),
    S(D, "Reveley (2013) calls the language", "V", "-", "reveley13", name="p1-reveley"),
    S(D, "His alternative, to start from effects", "V", "+", name="p1-reveley-answer"),
    S(D, "Users who are unpaid and cannot leave", "V", "+", "andrejevic11"),
    S(D, "Alienation may be low", "V", "+", "rey12", "fisher12"),
    S(D, "Policy that treats user data", "V", "+"),
]
COUNTERS += [
    ("p1-ac", "p1-ac-answer"),
    ("p1-bv", "p1-bv-answer"),
    ("p1-rent", "p1-rent-answer"),
    ("p1-reveley", "p1-reveley-answer"),
]

D = "papers/platform-income-is-rent.md"
LABELS += [
    S(D, "This paper argues that the unpaid activity of platform", "V", "-", name="p2-thesis"),
    S(D, "Much recent writing in media studies", "V", None),
    S(D, "Fuchs (2014) holds that what users", "V", "+", "fuchs14", name="p2-fuchs"),
    S(D, "The argument depends on treating", "V", "-", name="p2-fuchs-answer"),
    S(D, "Terranova (2000) was right", "V", "-", "terranova00", name="p2-terranova"),
    S(D, "Huws (2014) offers a better tool", "V", "-", "huws14"),
    S(D, "On this view, what advertisers pay", "V", "-", name="p2-rent"),
    S(D, "Rigi and Prey (2015) reach", "V", "-", "rp15"),
    S(D, "Roberts (2016) argues that prosumer", "V", "-", "roberts16"),
    S(D, "Supporters of the exploitation thesis reply", "V", "+", name="p2-reply"),
    S(D, "The reply confuses the source", "V", "-", name="p2-reply-answer"),
    S(D, "Jarrett (2016) compares users", "V", "+", "jarrett16", name="p2-jarrett"),
    S(D, "The analogy is illuminating", "V", "-", name="p2-jarrett-answer"),
    S(D, "Comor (2015) is right to ask", "V", "-", "comor15"),
    S(D, "None of this makes platforms harmless", "V", None),
    S(D, "The harm, however, is better named", "V", "-"),
]
COUNTERS += [
    ("p2-fuchs", "p2-fuchs-answer"),
    ("p2-reply", "p2-reply-answer"),
    ("p2-jarrett", "p2-jarrett-answer"),
    ("p1-thesis", "p2-thesis"),
    ("p1-rent-answer", "p2-reply-answer"),
    ("n3-terranova", "p2-terranova"),
]

D = "papers/working-paper-measuring-audiences.md"
# Numbered citations resolve through the paper's own list: [1] Smythe 1977, [2] Murdock 1978,
# [3] Meehan 1984, [4] Jhally & Livant 1986, [5] Bermejo 2009, [6] Fuchs 2012 (Dallas Smythe today),
# [7] Nixon 2014, [8] Caraway 2011.
LABELS += [
    S(D, "Whether the audience of commercial media", "B", None, "smythe77", "murdock78"),
    S(D, "This note asks what the history", "B", None),
    S(D, "The audience commodity thesis holds", "B", "+", "smythe77", name="wp-thesis"),
    S(D, "Its first critics answered", "B", "-", "murdock78", name="wp-critics"),
    S(D, "A later critique locates the commodity", "B", "-", "meehan84", name="wp-ratings"),
    S(D, "The strongest defence treats programmes", "B", "+", "jl86", name="wp-wage"),
    S(D, "Search and online advertising changed", "B", None, "bermejo09"),
    S(D, "Platforms now record the actions", "B", "+", "fuchs12a", "nixon14", name="wp-visible"),
    S(D, "Others stress that users act", "B", "-", "caraway11", name="wp-agency"),
    S(D, "Measurement here is no longer", "B", None),
    S(D, "If ratings were the commodity", "B", "+", "meehan84", "fuchs12a", name="wp-access"),
    S(D, "Conversely, the agency of audiences", "B", "-", "caraway11"),
    S(D, "Two further readings will be added", None, None),
    S(D, "Comments can be left in the shared", None, None),
]
COUNTERS += [
    ("wp-thesis", "wp-critics"),
    ("wp-ratings", "wp-wage"),
    ("wp-visible", "wp-agency"),
    ("wp-access", "wp-ratings"),
    ("wp-critics", "n1-rejoinder"),
]

D = "seminar/week6-discussion.md"
LABELS += [
    S(D, "Present: Amira, Ben", None, None),
    S(D, "Amira opened by arguing", "B", "+", name="s-amira"),
    S(D, "Ben disagreed that watching was ever work", "B", "-", name="s-ben"),
    S(D, "Chen sided with Meehan (1984)", "B", "-", "meehan84", name="s-chen-ratings"),
    S(D, "Dana asked whether platform data", "B", None),
    S(D, "The group then moved to the value question", "V", None),
    S(D, "Eli argued that users' posts", "V", "+", "fuchs14", name="s-eli"),
    S(D, "Ben replied that profits show only", "V", "-", name="s-ben-rent"),
    S(D, "Amira thought both were partly right", "V", None),
    S(D, "Chen added that the internship", "V", "-", "hesmondhalgh10", name="s-chen-intern"),
    S(D, "Eli answered that interns and users", "V", "+", name="s-eli-answer"),
    S(D, "Nobody changed their mind", "V", None),
    S(D, "Next week Eli will bring", None, None),
    S(D, "The room booking for week 8", None, None),
]
COUNTERS += [
    ("s-amira", "s-ben"),
    ("s-amira", "s-chen-ratings"),
    ("s-eli", "s-ben-rent"),
    ("s-chen-intern", "s-eli-answer"),
    ("n3-intern", "s-eli-answer"),
    ("s-ben-rent", "p1-rent-answer"),
]

D = "zh/shouzhong-shangpin-dushu-biji.md"
LABELS += [
    S(D, "斯麦兹（1977）认为", "B", "+", "smythe77", name="z1-blindspot"),
    S(D, "在他看来，广告支持的传媒", "B", "+", name="z1-commodity"),
    S(D, "节目只是吸引受众", "B", "+"),
    S(D, "受众看电视的时间也是劳动时间", "B", "+", name="z1-worktime"),
    S(D, "穆铎克（Murdock，1978）反驳说", "B", "-", "murdock78", name="z1-murdock"),
    S(D, "他还指出，斯麦兹的论证", "B", "-", name="z1-generalises"),
    S(D, "斯麦兹（1978）随后发表答辩", "B", "+", "smythe78", name="z1-rejoinder"),
    S(D, "杰哈利和利万特（1986）进一步提出", "B", "+", "jl86", name="z1-jl"),
    S(D, "米汉（Meehan，1984）则认为", "B", "-", "meehan84", name="z1-meehan"),
    S(D, "卡拉维（2011）强调受众具有能动性", "B", "-", "caraway11", name="z1-caraway"),
    S(D, "福克斯（2012）把受众商品论", "B", "+", "fuchs12a", name="z1-fuchs"),
    S(D, "我认为这场盲点之争的核心", "B", None),
    S(D, "如果劳动必须以工资关系为前提", "B", "-", name="z1-wage"),
    S(D, "不过，斯麦兹提醒我们", "B", "+"),
    S(D, "下次读书会之前", None, None, "livant79"),
    S(D, "图书馆那本期刊合订本", None, None),
]
COUNTERS += [
    ("z1-commodity", "z1-murdock"),
    ("z1-rejoinder", "z1-generalises"),
    ("z1-jl", "z1-meehan"),
    ("z1-fuchs", "z1-caraway"),
    ("z1-worktime", "z1-wage"),
    ("z1-murdock", "n1-blindspot"),
    ("z1-meehan", "n2-wage"),
]

D = "zh/shouzhong-reng-zai-laodong.md"
LABELS += [
    S(D, "本文认为，在平台时代", "B", "+", name="z2-thesis"),
    S(D, "四十多年前，史麦兹（1977）提出", "B", "+", "smythe77"),
    S(D, "默多克（1978）批评这一观点", "B", "-", "murdock78", name="z2-murdock"),
    S(D, "但是，这一批评并没有否定", "B", "+", name="z2-murdock-answer"),
    S(D, "米汉（1984）认为被出售的只是收视率", "B", "-", "meehan84", name="z2-meehan"),
    S(D, "然而在平台上，广告投放", "B", "+", name="z2-meehan-answer"),
    S(D, "王磊、陈静（2019）对短视频平台", "B", "+", "wc19"),
    S(D, "纳波利（Napoli，2010）也指出", "B", "+", "napoli10"),
    S(D, "当然，也有学者认为受众的活动", "B", "-", "caraway11", name="z2-caraway"),
    S(D, "我们承认受众具有能动性", "B", "-"),
    S(D, "但能动性与被出售并不矛盾", "B", "+", name="z2-caraway-answer"),
    S(D, "因此，受众商品论仍然是", "B", "+", name="z2-conclusion"),
    S(D, "文中的部分资料由读书会成员", None, None),
]
COUNTERS += [
    ("z2-murdock", "z2-murdock-answer"),
    ("z2-meehan", "z2-meehan-answer"),
    ("z2-caraway", "z2-caraway-answer"),
    ("z2-thesis", "r-blind-verdict"),
    ("z2-meehan-answer", "n2-ratings"),
    ("z2-caraway-answer", "n2-caraway"),
]

D = "zh/shuzi-laodong-yanjiu-shuping.md"
LABELS += [
    S(D, "用户在社交媒体上的无偿活动是否创造价值", "V", None),
    S(D, "这一讨论可以追溯到", "V", None, "lazzarato96", "terranova00"),
    S(D, "特拉诺瓦认为，网民无偿提供", "V", "+", name="z3-terranova"),
    S(D, "福克斯（2014）进一步认为", "V", "+", "fuchs14", name="z3-fuchs"),
    S(D, "安德烈耶维奇（Andrejevic，2002）指出", "V", "+", "andrejevic02", name="z3-andrejevic"),
    S(D, "反对者则认为，劳动价值论", "V", "-", "ac12", name="z3-ac"),
    S(D, "博拉尼奥和维埃拉（2015）批评", "V", "-", "bv15", name="z3-bv"),
    S(D, "里吉和普雷（2015）则把平台收入", "V", "-", "rp15", name="z3-rigi"),
    S(D, "国内学者也形成了不同的看法", "V", None),
    S(D, "刘洋（2020）认为", "V", "+", "liu20", name="z3-liu"),
    S(D, "张敏、赵婷（2021）则认为", "V", "-", "zz21", name="z3-zhang"),
    S(D, "孙浩（2022）认为两种观点", "V", None, "sun22"),
    S(D, "总体来看，争论的焦点", "V", None),
    S(D, "本文认为，区分不同类型", "V", None),
    S(D, "本文是“传播政治经济学”课程", None, None),
    S(D, "感谢读书会各位成员", None, None),
]
COUNTERS += [
    ("z3-fuchs", "z3-ac"),
    ("z3-liu", "z3-zhang"),
    ("z3-andrejevic", "z3-bv"),
    ("z3-bv", "n4-fuchs15"),
    ("z3-rigi", "p1-rent-answer"),
    ("z3-terranova", "n3-hesmondhalgh"),
]

D = "zh/yonghu-huodong-yu-pingtai-zujin.md"
LABELS += [
    S(D, "本文认为，平台用户的无偿活动", "V", "-", name="z4-thesis"),
    S(D, "本文初稿曾在读书会上报告", None, None),
    S(D, "Fuchs（2010）提出", "V", "+", "fuchs10", name="z4-fuchs"),
    S(D, "这一论证的问题在于", "V", "-", name="z4-fuchs-answer"),
    S(D, "在马克思的意义上", "V", "-"),
    S(D, "Reveley（2013）因此认为", "V", "-", "reveley13", name="z4-reveley"),
    S(D, "Huws（2014）区分了租金", "V", "-", "huws14", name="z4-huws"),
    S(D, "有人会反驳说", "V", "+", "terranova00", name="z4-terranova"),
    S(D, "然而，“结构性”并不等于", "V", "-", name="z4-terranova-answer"),
    S(D, "Fisher（2012）认为社交媒体上", "V", "+", "fisher12", name="z4-fisher"),
    S(D, "我们认为，如果剥削本身", "V", "-", name="z4-fisher-answer"),
    S(D, "当然，Jarrett（2016）关于", "V", "+", "jarrett16", name="z4-jarrett"),
    S(D, "但家务劳动再生产劳动力", "V", "-", name="z4-jarrett-answer"),
    S(D, "因此，平台经济的问题", "V", "-"),
]
COUNTERS += [
    ("z4-fuchs", "z4-fuchs-answer"),
    ("z4-terranova", "z4-terranova-answer"),
    ("z4-fisher", "z4-fisher-answer"),
    ("z4-jarrett", "z4-jarrett-answer"),
    ("z4-thesis", "p1-thesis"),
    ("z4-reveley", "p1-reveley-answer"),
    ("z4-huws", "p1-rent-answer"),
    ("z4-jarrett-answer", "p2-jarrett"),
]

D = "misc/reading-group-schedule.md"
LABELS += [
    S(D, "We meet every second Wednesday", None, None),
    S(D, "When the room is taken", None, None),
    S(D, "One member presents the week's readings", None, None),
    S(D, "The presenter should circulate", None, None),
    S(D, "Everyone else is expected", None, None),
    S(D, "Please bring a printed", None, None),
    S(D, "New members are welcome", None, None),
    S(D, "The shared folder lives", None, None),
    S(D, "Scans of book chapters", None, None),
    S(D, "We take turns bringing tea", None, None),
    S(D, "The last session of term", None, None),
]

D = "misc/zotero-better-bibtex.txt"
LABELS += [
    S(D, "Install the Better BibTeX plugin", None, None),
    S(D, "The plugin gives every item", None, None),
    S(D, "Do not edit keys by hand", None, None),
    S(D, "To export, right-click", None, None),
    S(D, "The exported file should be saved", None, None),
    S(D, "Items in Chinese should have", None, None),
    S(D, "Check the export once a month", None, None),
    S(D, "If your word processor needs", None, None),
    S(D, "Back up the Zotero data folder", None, None),
]


def _records(root: Path, labels: list[Label]) -> tuple[list[dict], dict[str, dict]]:
    texts: dict[str, str] = {}
    records, named = [], {}
    for label in labels:
        if label.document not in texts:
            texts[label.document] = (root / label.document).read_text(encoding="utf-8")
        sentence = find_sentence(texts[label.document], label.start, label.document)
        record = {"type": "sentence", "document": label.document, "text": sentence,
                  "debate": label.debate, "stance": label.stance, "citations": list(label.citations)}
        records.append(record)
        if label.name:
            if label.name in named:
                raise ValueError(f"label name '{label.name}' is used twice")
            named[label.name] = record
    return records, named


def gold_lines(root: Path, labels: list[Label], counters: list[tuple[str, str]]) -> list[str]:
    """The lines of ``argmap-gold.jsonl``: one per labelled sentence, then one per counter pair."""
    records, named = _records(root, labels)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for a, b in counters:
        ends = []
        for name in (a, b):
            if name not in named:
                raise ValueError(f"counter names an unknown label '{name}'")
            ends.append({"document": named[name]["document"], "text": named[name]["text"]})
        lines.append(json.dumps({"type": "counter", "a": ends[0], "b": ends[1]}, ensure_ascii=False))
    return lines


def write(root: Path, labels: list[Label], counters: list[tuple[str, str]]) -> str:
    lines = gold_lines(root, labels, counters)
    (root / "argmap-gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"wrote {len(labels)} sentences and {len(counters)} counter pairs to {root / 'argmap-gold.jsonl'}"


def main() -> int:
    try:
        print(write(HERE, LABELS, COUNTERS))
    except ValueError as exc:
        print(f"gold_tools: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
