"""Write ``argmap-gold.jsonl`` for the example corpora from the labels kept in this file.

Each label names a document and the *start* of a sentence in it; the tool finds the whole sentence
(up to its closing . ? ! 。！？) so the labels stay short, checks that the start really is a sentence
start and that the sentence stays on one line, and writes one JSON object per line:

    {"type": "sentence", "document", "text", "debate", "stance", "citations"}
    {"type": "counter", "a": {"document", "text"}, "b": {"document", "text"}}

Run ``python corpora/digital-labour/gold_tools.py`` after editing a document or a label; it rewrites
the gold files of both example corpora (digital-labour and quickstart) and prints their counts.
The labels are human judgements: nothing here looks at argmap's output.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent

# Short names for the bibliography keys (Better BibTeX keys in references.bib). Works that are cited
# but not in the bibliography use the generated key of the contract: surname + year.
K = {
    "smy77": "smytheCommunicationsBlindspotWestern1977",
    "mur78": "murdockBlindspotsWesternMarxism1978",
    "smy78": "smytheRejoinderGrahamMurdock1978",
    "liv79": "livantAudienceCommodityBlindspot1979",
    "jha82": "jhallyProbingBlindspotAudience1982",
    "mee84": "meehanRatingsInstitutionalApproach1984",
    "jl86": "jhallyWatchingWorkingValorization1986",
    "leb86": "lebowitzTooManyBlindspots1986",
    "ber09": "bermejoAudienceManufactureHistorical2009",
    "nap10": "napoliRevisitingMassCommunication2010",
    "car11": "carawayAudienceLaborNew2011",
    "f12a": "fuchsDallasSmytheToday2012",
    "nix14": "nixonPoliticalEconomyAudience2014",
    "laz96": "lazzaratoImmaterialLabor1996",
    "hn00": "hardtEmpire2000",
    "ter00": "terranovaFreeLaborProducing2000",
    "and02": "andrejevicWorkBeingWatched2002",
    "kuc05": "kucklichPrecariousPlaybourModders2005",
    "f10": "fuchsLaborInformationalCapitalism2010",
    "hes10": "hesmondhalghUserGeneratedContent2010",
    "and11": "andrejevicSurveillanceAlienationOnline2011",
    "ac12": "arvidssonValueInformationalCapitalism2012",
    "f12b": "fuchsMarxCapitalismRejoinder2012",
    "fis12": "fisherHowLessAlienation2012",
    "rey12": "reyAlienationExploitationSocial2012",
    "rev13": "reveleyExploitativeWebMisuses2013",
    "sch13": "scholzDigitalLaborInternet2013",
    "huw14": "huwsLaborGlobalDigital2014",
    "f14": "fuchsDigitalLabourKarl2014",
    "com15": "comorRevisitingMarxsValue2015",
    "bv15": "bolanoPoliticalEconomyInternet2015",
    "f15": "fuchsDivisivenessDigitalWorkers2015",
    "rp15": "rigiValueRentPolitical2015",
    "rob16": "robertsCocreativeProsumerLabor2016",
    "jar16": "jarrettFeminismLabourDigital2016",
    "wang21": "wangShuzihuaShidaiShengchanxing2021",
    "qili22": "qiHulianwangYonghuShuzi2022",
    "li24": "li2024",
    "vdj13": "vandijckCultureConnectivityCritical2013",
    "srn17": "srnicekPlatformCapitalism2017",
    "zub19": "zuboffAgeSurveillanceCapitalism2019",
    "braun06": "braunUsingThematicAnalysis2006",
    "baran66": "baran1966",  # Baran and Sweezy, Monopoly Capital: not in references.bib
}
DEBATES = {"B": "blindspot", "V": "platform-value", None: None}
STANCES = {"+": "pro", "-": "con", None: None}

# A sentence ends at . ? ! followed by space and a capital (or the line's end), or at 。！？.
# Periods after these words are abbreviations, never ends.
_ABBREV = {"p", "pp", "e.g", "i.e", "al", "vol", "eds", "ed", "cf", "no", "ch"}
_EN_END = re.compile(r"[.?!][\"'”’)]*(?=\s+[A-Z\"“(\[*]|\s*$)", re.M)
_ZH_END = re.compile(r"[。！？][”’）)]*")
_STARTS_AFTER = re.compile(r"(^|[.?!。！？][\"'”’)）]*\s*|^\s*[-*]\s+|^#+\s+)$")


@dataclass
class Label:
    document: str
    start: str  # the first words of the sentence
    debate: str | None
    stance: str | None
    cites: tuple[str, ...] = ()
    name: str | None = None  # for counter pairs
    text: str = field(default="", init=False)


def find_sentence(text: str, start: str, where: str) -> str:
    """The whole sentence of ``text`` that begins with ``start``; raises ValueError if unclear."""
    hits = [m.start() for m in re.finditer(re.escape(start), text)]
    if len(hits) != 1:
        raise ValueError(f"{where}: '{start}' occurs {len(hits)} times")
    begin = hits[0]
    line_start = text.rfind("\n", 0, begin) + 1
    if not _STARTS_AFTER.search(text[line_start:begin]):
        raise ValueError(f"{where}: '{start}' does not start a sentence")
    line_end = text.find("\n", begin)
    line = text[begin : len(text) if line_end < 0 else line_end]
    zh = _ZH_END.search(line)
    for m in _EN_END.finditer(line):
        word = re.search(r"([\w.]+)$", line[: m.start()])
        if word and word.group(1).lower() in _ABBREV:
            continue
        if zh is None or m.start() < zh.start():
            return line[: m.end()]
        break
    if zh is not None:
        return line[: zh.end()]
    raise ValueError(f"{where}: no sentence end after '{start}'")


def S(
    document: str, start: str, debate: str | None, stance: str | None, *cites: str, name: str | None = None
) -> Label:
    return Label(document, start, DEBATES[debate], STANCES[stance], tuple(K[c] for c in cites), name)


# --- digital-labour --------------------------------------------------------------------------------

D = "notes/smythe1977.md"
DIGITAL_LABOUR: list[Label] = [
    S(D, "Smythe opens by accusing", "B", "+"),
    S(D, "In his view the question to ask first", "B", None),
    S(D, "Smythe argues that the commodity produced", "B", "+", "smy77", name="smythe-thesis"),
    S(D, "Programmes, news and entertainment are not the product", "B", "+"),
    S(D, "Smythe (1977) goes further", "B", "+", "smy77", name="smythe-worktime"),
    S(D, "While they watch, audience members learn", "B", "+"),
    S(D, "The targets are the European critical tradition", "B", None, "baran66"),
    S(D, "Baran and Sweezy are not in my Zotero library", None, None),
    S(D, "I find the claim that watching is labour", "B", "-", name="smythe-doubt"),
    S(D, "Still, the article sets the terms", "B", None),
]
D = "notes/murdock1978-smythe1978.md"
DIGITAL_LABOUR += [
    S(D, "Murdock replies that Smythe misreads", "B", "-", "mur78", name="murdock-tradition"),
    S(D, "Murdock (1978) also objects", "B", "-", "mur78", name="murdock-generalise"),
    S(D, "Where broadcasting is run by the state", "B", "-"),
    S(D, "For Murdock the better programme", "B", "-"),
    S(D, "Smythe (1978) answers that", "B", "+", "smy78", name="smythe-rejoinder"),
    S(D, "He grants that public broadcasting exists", "B", "+", name="smythe-public"),
    S(D, "Smythe insists in the rejoinder", "B", "+", "smy78"),
    S(D, "Most later reviews treat this exchange", "B", None),
    S(D, "The two sides talk past each other", "B", None),
]
D = "notes/livant1979-jhally1982.md"
DIGITAL_LABOUR += [
    S(D, "Livant sides with Smythe against Murdock", "B", "+"),
    S(D, "He holds that the real blindspot", "B", "+", "liv79", name="livant"),
    S(D, "On Livant's reading, the audience", "B", "+"),
    S(D, "He treats Murdock's emphasis on ideology", "B", "+"),
    S(D, "He accepts that broadcasters sell something", "B", "-"),
    S(D, "Jhally argues that the audience-commodity thesis", "B", "-", "jha82", name="jhally82"),
    S(D, "Without that theory, he says", "B", "-"),
    S(D, "It is striking that Jhally later", "B", None, "jl86"),
]
D = "notes/meehan1984.md"
DIGITAL_LABOUR += [
    S(D, "Meehan treats the commodity question", "B", None),
    S(D, "What networks sell to advertisers, she argues", "B", "-", "mee84", name="meehan-ratings"),
    S(D, "Meehan (1984) points out", "B", "-", "mee84"),
    S(D, "Prices are set on the basis of ratings reports", "B", "-"),
    S(D, "This is the most concrete challenge", "B", None),
    S(D, "Its weakness is that it says little", "B", "+", name="meehan-weakness"),
]
D = "notes/jhally-livant1986.md"
DIGITAL_LABOUR += [
    S(D, "Jhally and Livant (1986) give the strongest", "B", "+", "jl86"),
    S(D, "They argue that watching commercial television", "B", "+", name="jl-wage"),
    S(D, "On their account, the time a viewer", "B", "+"),
    S(D, "Networks try to increase the share", "B", "+"),
    S(D, "Jhally and Livant present these two strategies", "B", "+", "jl86"),
    S(D, "Fuchs treats it as a bridge", "B", "+", "nap10"),
    S(D, "I am not sure the wage analogy holds", "B", "-", name="jl-doubt"),
]
D = "notes/lebowitz1986.md"
DIGITAL_LABOUR += [
    S(D, "As far as I can tell from what I have read", "B", "-", "leb86", name="lebowitz"),
    S(D, "If that reading is right", "B", "-"),
]
D = "notes/terranova2000.md"
DIGITAL_LABOUR += [
    S(D, "Terranova writes at the end of the dot-com boom", "V", None, "laz96"),
    S(D, "Terranova (2000) argues that this unpaid activity", "V", "+", "ter00", name="terranova-structural"),
    S(D, "Free labour, in her phrase", "V", "+"),
    S(D, "She holds that the internet economy depends", "V", "+", "ter00"),
    S(D, "This is the sentence most later authors cite", "V", None),
    S(D, "Fuchs (2010, 2014) turns", "V", "+", "f10", "f14"),
    S(D, "Hesmondhalgh (2010) takes the opposite path", "V", "-", "hes10", name="hes-in-terranova"),
    S(D, "The page reference above is from my copy", None, None),
]
D = "notes/immaterial-labour.md"
DIGITAL_LABOUR += [
    S(D, "Lazzarato defines immaterial labour", "V", "+"),
    S(D, "Lazzarato (1996) claims", "V", "+", "laz96", name="lazzarato"),
    S(D, "That idea is the ancestor", "V", None),
    S(D, "Hardt and Negri (2000) take the concept further", "V", "+", "hn00"),
    S(D, "Hardt and Negri also hold that value", "V", "-", "hn00", name="hn-measure"),
    S(D, "Both sides of the platform-value debate start here", "V", None),
    S(D, "Terranova (2000) takes the concept to the internet", "V", None, "ter00", "ac12"),
]
D = "notes/fuchs2010.md"
DIGITAL_LABOUR += [
    S(D, "Fuchs brings Smythe's audience commodity", "V", "+"),
    S(D, "Users of commercial social media, on his account", "V", "+", "f10", name="fuchs-prosumer"),
    S(D, "Fuchs (2010) argues that because these users", "V", "+", "f10", name="fuchs-infinite"),
    S(D, "All the time they spend on the platform", "V", "+"),
    S(D, "He builds on Smythe (1977)", "V", None, "smy77", "ter00", "jl86"),
    S(D, "Almost every critic in the digital labour debate", "V", None),
    S(D, "Arvidsson and Colleoni (2012) deny", "V", "-", "ac12", "rp15", name="critics-of-fuchs"),
    S(D, "I think the infinite rate of exploitation", "V", "-", name="infinite-doubt"),
]
D = "notes/arvidsson-colleoni-and-fuchs-rejoinder.md"
DIGITAL_LABOUR += [
    S(D, "Arvidsson and Colleoni (2012) argue", "V", "-", "ac12", name="ac-ltv"),
    S(D, "They see too little connection", "V", "-"),
    S(D, "In their account, the value of platform companies", "V", "-", "ac12", name="ac-finance"),
    S(D, "Value, they conclude", "V", "-"),
    S(D, "Fuchs (2012b) replies", "V", "+", "f12b", name="fuchs-rejoinder"),
    S(D, "He maintains that the labour theory of value", "V", "+"),
    S(D, "Fuchs accuses his critics", "V", "+", "f12b"),
    S(D, "There are two 2012 texts by Fuchs", None, None),
]
D = "notes/hesmondhalgh2010.md"
DIGITAL_LABOUR += [
    S(D, "Hesmondhalgh examines the free labour thesis", "V", None),
    S(D, "He accepts that a great deal of unpaid activity", "V", "-"),
    S(D, "Hesmondhalgh (2010) argues that the link", "V", "-", "hes10", name="hes-main"),
    S(D, "He worries that the language of exploitation", "V", "-"),
    S(D, "He suggests that critics should attend", "V", "-", "hes10"),
    S(D, "This is the most frequently cited qualified objection", "V", None, "ter00"),
    S(D, "It does not deny that platforms profit", "V", "-"),
]
D = "notes/andrejevic2002-2011.md"
DIGITAL_LABOUR += [
    S(D, "Andrejevic (2002) argues", "V", "+", "and02", name="andrejevic02"),
    S(D, "The information gathered this way", "V", "+"),
    S(D, "In the later article Andrejevic holds", "V", "+", "and11"),
    S(D, "He describes this as exploitation in a strict sense", "V", "+"),
    S(D, "Together the two articles give", "V", None, "zub19"),
]
D = "notes/alienation-fisher-rey-reveley.md"
DIGITAL_LABOUR += [
    S(D, "Fisher asks why people do unpaid work", "V", None),
    S(D, "His answer is that social media offer less alienation", "V", "+", "fis12", name="fisher"),
    S(D, "Rey agrees that users are exploited", "V", "+"),
    S(D, "Rey (2012) concludes", "V", "+", "rey12", name="rey"),
    S(D, "Reveley rejects the whole line of argument", "V", "-"),
    S(D, "He calls it a category error", "V", "-", "rev13", name="reveley"),
    S(D, "Reveley (2013) proposes instead", "V", "-", "rev13"),
]
D = "notes/rent-and-unproductive-labour.md"
DIGITAL_LABOUR += [
    S(D, "She argues that when advertisers pay platforms", "V", "-", "huw14", name="huws"),
    S(D, "Huws does not deny that people are exploited", "V", "-"),
    S(D, "Comor (2015) argues", "V", "-", "com15"),
    S(D, "What the debate needs, in his view", "V", None),
    S(D, "Rigi and Prey (2015) hold", "V", "-", "rp15", name="rp-novalue"),
    S(D, "On their account the revenue of platforms", "V", "-"),
    S(D, "The activity of users, he argues", "V", "-", "rob16", name="roberts"),
    S(D, "All four agree that the platform profits are real", "V", "-", "f10"),
]
D = "notes/bolano-vieira-and-fuchs2015.md"
DIGITAL_LABOUR += [
    S(D, "Bolaño and Vieira (2015) argue", "V", "-", "bv15", name="bv-notlabour"),
    S(D, "In their view Fuchs repeats the error", "V", "-"),
    S(D, "They hold that what is sold to advertisers", "V", "-", "bv15"),
    S(D, "Users supply raw material", "V", "-"),
    S(D, "Fuchs (2015) answers", "V", "+", "f15", name="fuchs2015"),
    S(D, "He argues that the paid engineers", "V", "+"),
    S(D, "This exchange repeats the Smythe", "V", None),
]
D = "notes/audience-labour-digital-era.md"
DIGITAL_LABOUR += [
    S(D, "With search and pay-per-click advertising", "B", None, "ber09"),
    S(D, "Napoli (2010) revisits", "B", "+", "nap10"),
    S(D, "He sides with the watching-as-working tradition", "B", "+", name="napoli"),
    S(D, "Caraway (2011) disagrees.", "B", "-", "car11"),
    S(D, "He holds that audiences have their own agency", "B", "-", name="caraway"),
    S(D, "Nixon (2014) defends", "B", "+", "nix14"),
    S(D, "He treats cultural consumption as a labour process", "B", "+"),
    S(D, "Fuchs's long essay on Dallas Smythe", "B", "+", "f12a", name="fuchs12a"),
    S(D, "In my library this is the Smythe essay", None, None),
]
D = "notes/jarrett2016.md"
DIGITAL_LABOUR += [
    S(D, "Jarrett compares the unpaid activity", "V", "+"),
    S(D, "Her figure of the", "V", "+"),
    S(D, "Jarrett (2016) argues", "V", "+", "jar16", name="jarrett"),
    S(D, "She builds on Terranova (2000)", "V", None, "ter00", "f14"),
    S(D, "The book gives the pro side a vocabulary", "V", "+"),
]
D = "notes/kucklich-playbour.txt"
DIGITAL_LABOUR += [
    S(D, "Kuecklich (2005) describes", "V", "+", "kuc05", name="kucklich-txt"),
    S(D, "Modders extend the life", "V", "+"),
    S(D, "He argues that this play is precarious labour", "V", "+"),
    S(D, "This is an application of Terranova's", "V", None, "ter00"),
    S(D, "It also fits the pro side", "V", "+"),
    S(D, "Question for the seminar", "V", None),
]
D = "reviews/blindspot-review.md"
DIGITAL_LABOUR += [
    S(D, "This essay reviews the Blindspot Debate", "B", None),
    S(D, "The debate began in a Canadian journal", "B", None),
    S(D, "Smythe (1977) started the debate", "B", "+", "smy77", name="rev-smythe"),
    S(D, "For Smythe, the entertainment", "B", "+"),
    S(D, "Livant (1979) supported Smythe", "B", "+", "liv79"),
    S(D, "The most developed version came from", "B", "+", "jl86", name="rev-jl"),
    S(D, "In the digital period, Fuchs (2012)", "B", "+", "f12a"),
    S(D, "Napoli (2010) and Nixon (2014)", "B", "+", "nap10", "nix14"),
    S(D, "Murdock (1978) replied", "B", "-", "mur78", name="rev-murdock"),
    S(D, "Smythe (1978) defended his thesis", "B", "-", "smy78"),
    S(D, "Meehan (1984) offered a third answer", "B", "-", "mee84", name="rev-meehan"),
    S(D, "Jhally (1982) had already warned", "B", "-", "jha82"),
    S(D, "Lebowitz (1986) is usually read", "B", "-", "leb86"),
    S(D, "Caraway (2011) later added", "B", "-", "car11", name="rev-caraway"),
    S(D, "Bermejo (2009) shows", "B", None, "ber09"),
    S(D, "The debate over social media users", "B", None),
    S(D, "Neither side has won.", "B", None),
    S(D, "The pro side has the better account", "B", None),
]
D = "reviews/digital-labour-review.md"
DIGITAL_LABOUR += [
    S(D, "This review covers the argument", "V", None),
    S(D, "I group the literature", "V", None),
    S(D, "The value side rests on the idea", "V", None, "laz96", "ter00"),
    S(D, "Terranova (2000) showed that unpaid online activity", "V", "+", "ter00", "kuc05"),
    S(D, "The central figure is Fuchs", "V", "+", "f10", "f14", name="rev-fuchs"),
    S(D, "Andrejevic (2002) had earlier described", "V", "+", "and02"),
    S(D, "Fisher (2012) and Rey (2012)", "V", "+", "fis12", "rey12"),
    S(D, "Scholz (2013) collected essays", "V", "+", "sch13", "jar16"),
    S(D, "Arvidsson and Colleoni (2012) objected", "V", "-", "ac12", name="rev-ac"),
    S(
        D,
        "Several authors argue that platform income is rent",
        "V",
        "-",
        "huw14",
        "rp15",
        "rob16",
        name="rev-rent",
    ),
    S(D, "Bolaño and Vieira (2015) add", "V", "-", "bv15"),
    S(D, "Reveley (2013) calls", "V", "-", "rev13", "com15"),
    S(D, "Hesmondhalgh (2010) is sceptical", "V", "-", "hes10"),
    S(D, "Some recent work tries to step outside", "V", None),
    S(D, "Platform studies such as van Dijck (2013)", "V", None, "vdj13", "srn17", "zub19"),
    S(D, "Chinese scholarship has also proposed", "V", None, "wang21"),
    S(D, "The debate is less about facts", "V", None),
    S(D, "A useful next step would be empirical work", "V", None),
]
D = "papers/audience-still-works.md"
DIGITAL_LABOUR += [
    S(D, "This paper defends the claim", "B", "+", name="p1-thesis"),
    S(D, "I argue that the main objections", "B", "+"),
    S(D, "Smythe's central point was", "B", "+", "smy77", name="p1-smythe"),
    S(D, "I take this to be a claim", "B", "+"),
    S(D, "Jhally and Livant (1986) made the thesis precise", "B", "+", "jl86"),
    S(D, "Their account explains why networks fight", "B", "+"),
    S(D, "Murdock's objection that public broadcasting", "B", "+", "mur78", name="p1-vs-murdock"),
    S(D, "The objection describes a historical exception", "B", "+"),
    S(D, "Meehan's point that ratings are the commodity", "B", "+", "mee84", name="p1-vs-meehan"),
    S(D, "Ratings are valuable only because", "B", "+"),
    S(D, "Caraway (2011) argues that audiences act freely", "B", "+", "car11", name="p1-vs-caraway"),
    S(D, "On social media the audience also supplies", "B", "+"),
    S(D, "Fuchs (2012a) and Nixon (2014)", "B", "+", "f12a", "nix14"),
    S(D, "The audience commodity remains the best", "B", "+"),
]
D = "papers/ratings-not-audiences.md"
DIGITAL_LABOUR += [
    S(D, "This paper argues that the audience is not a worker", "B", "-", name="p2-thesis"),
    S(D, "I draw on Murdock, Meehan and Caraway", "B", "-"),
    S(D, "Ever since Smythe (1977)", "B", None, "smy77"),
    S(D, "My answer is the one Meehan gave", "B", "-", "mee84", name="p2-ratings"),
    S(D, "A worker sells labour power", "B", "-"),
    S(D, "The television viewer sells nothing", "B", "-", "jha82", name="p2-nowage"),
    S(D, "Caraway (2011) is right", "B", "-", "car11"),
    S(D, "Treating their attention as labour", "B", "-"),
    S(D, "Murdock (1978) argued that media", "B", "-", "mur78", name="p2-murdock"),
    S(D, "That point still matters", "B", "-"),
    S(D, "Lebowitz (1986) suggests", "B", "-", "leb86"),
    S(D, "The audience is measured, priced and sold", "B", "-"),
    S(D, "The Blindspot Debate should therefore be closed", "B", "-"),
]
D = "papers/users-produce-value.md"
DIGITAL_LABOUR += [
    S(D, "This essay argues that the unpaid activity", "V", "+", name="p3-thesis"),
    S(D, "I defend the position of Terranova and Fuchs", "V", "+"),
    S(D, "Terranova (2000) showed", "V", "+", "ter00"),
    S(D, "The point is not that users feel exploited", "V", "+"),
    S(D, "Platforms sell targeted access", "V", "+", "f14"),
    S(D, "Without this constant activity", "V", "+"),
    S(D, "Fuchs (2010) is therefore right", "V", "+", "f10", name="p3-fuchs"),
    S(D, "The absence of a wage does not show", "V", "+", name="p3-nowage"),
    S(D, "Andrejevic (2011) adds", "V", "+", "and11"),
    S(D, "Critics such as Rigi and Prey (2015)", "V", "-", "rp15", name="p3-rp"),
    S(D, "But attention does not exist", "V", "+", name="p3-attention"),
    S(D, "Arvidsson and Colleoni (2012) are right", "V", "+", "ac12", name="p3-ac"),
    S(D, "Fuchs (2012b) made exactly this point", "V", "+", "f12b"),
    S(D, "Users of commercial platforms are unpaid workers", "V", "+"),
]
D = "papers/rent-not-exploitation.md"
DIGITAL_LABOUR += [
    S(D, "I argue that platform users do not create value", "V", "-", name="p4-thesis"),
    S(D, "The thesis that users are exploited workers", "V", "-", "f10"),
    S(D, "Yet users sell no labour power", "V", "-", "rev13", name="p4-nowage"),
    S(D, "Bolaño and Vieira (2015) put the point sharply", "V", "-", "bv15"),
    S(D, "Advertisers pay platforms for access", "V", "-", "huw14", name="p4-rent"),
    S(D, "Rigi and Prey (2015) add", "V", "-", "rp15"),
    S(D, "Roberts (2016) reaches", "V", "-", "rob16"),
    S(D, "If platform income is rent", "V", "-"),
    S(D, "Srnicek (2017) reaches compatible conclusions", "V", "-", "srn17"),
    S(D, "Users matter to platforms", "V", "-"),
]
D = "papers/working-paper-prosumer-value.md"
DIGITAL_LABOUR += [
    S(D, "Whether platform users create value", "V", None, "ac12", "f10"),
    S(D, "The question reaches back", "V", None, "smy77"),
    S(D, "The position that users do create value draws", "V", None, "smy77", "laz96", "f10", "ter00"),
    S(D, "This working paper sets out", "V", None),
    S(D, "The value position holds", "V", "+", "f10", name="wp-value"),
    S(D, "Its roots lie in the theory", "V", None, "laz96", "ter00"),
    S(D, "On this view, the data generated", "V", "+", "f10", name="wp-exploit"),
    S(D, "The opposing position holds", "V", "-", "huw14", "rp15", name="wp-rent"),
    S(D, "Those who take it argue", "V", "-", "rp15"),
    S(D, "A related argument claims", "V", "-", "ac12", name="wp-finance"),
    S(D, "Several authors accept part", "V", None),
    S(D, "Hesmondhalgh, for instance", "V", "-", "hes10"),
    S(D, "Neither side has offered a measurement", "V", None),
    S(D, "A first step would be to trace", "V", None),
]
D = "papers/playbour-youxi-mozu.md"
DIGITAL_LABOUR += [
    S(D, "This paper examines game modding", "V", None),
    S(D, "Building on Kücklich (2005)", "V", "+", "kuc05", "ter00", name="bi-abstract"),
    S(D, "The body of the paper is in Chinese", None, None),
    S(D, "电子游戏玩家自行制作的模组", "V", "+"),
    S(D, "库克里奇（Kücklich，2005）", "V", "+", "kuc05", name="bi-kucklich"),
    S(D, "特拉诺瓦（2000）提出的", "V", None, "ter00"),
    S(D, "模组制作者自愿投入大量时间", "V", "+"),
    S(D, "库克里奇进一步指出", "V", "+"),
    S(D, "赫斯蒙德夫（Hesmondhalgh，2010）", "V", "-", "hes10", name="bi-hes"),
    S(D, "不过，我们认为", "V", "+", name="bi-reply"),
    S(D, "游戏模组的案例表明", "V", "+"),
]
D = "seminar/week5-discussion.txt"
DIGITAL_LABOUR += [
    S(D, "Present: eight students", None, None),
    S(D, "The convenor asked whether", "V", None),
    S(D, "Most of the group agreed", "V", None, "smy77"),
    S(D, "One student defended the view", "V", "+", "smy77", "f10", "f14", name="sem-pro"),
    S(D, "She said that if platforms could not sell", "V", "+"),
    S(D, "Another student replied", "V", "-", "rp15", name="sem-con"),
    S(D, "He added that Arvidsson et al. (2012)", "V", "-", "ac12"),
    S(D, "We discussed the idea of free labour", "V", None, "ter00", "f14"),
    S(D, "Several people thought that Hesmondhalgh", "V", "-", "hes10"),
    S(D, "The convenor noted", "V", None),
]
D = "misc/research-methods-coding.md"
DIGITAL_LABOUR += [
    S(D, "The workshop followed the six phases", None, None, "braun06"),
    S(D, "We started by reading each transcript", None, None),
    S(D, "The facilitator stressed", None, None),
    S(D, "Keeping a coding diary", None, None),
    S(D, "Intercoder agreement is useful", None, None),
]
D = "misc/seminar-logistics.md"
DIGITAL_LABOUR += [
    S(D, "The reading group meets on Thursdays", None, None),
    S(D, "Each member presents once per term", None, None),
    S(D, "Please upload slides", None, None),
    S(D, "If a PDF is missing", None, None),
]
D = "misc/zotero-citation-workflow.md"
DIGITAL_LABOUR += [
    S(D, "Several people asked how to keep", None, None),
    S(D, "Better BibTeX builds keys", None, None),
    S(D, "Check the exported file", None, None),
]
D = "zh/shouzhong-shangpin-shuping.md"
DIGITAL_LABOUR += [
    S(D, "二十世纪七十年代末", "B", None, "smy77"),
    S(D, "这场争论的核心问题是", "B", None),
    S(D, "本文拟对这一争论的主要观点", "B", None),
    S(D, "史麦兹认为，西方马克思主义者", "B", "+"),
    S(D, "在他看来，广告资助的媒介", "B", "+", "smy77", name="zh1-smythe"),
    S(D, "节目只是吸引受众的", "B", "+"),
    S(D, "史麦兹进一步指出", "B", "+", name="zh1-worktime"),
    S(D, "默多克（Murdock，1978）随即撰文反驳", "B", "-", "mur78", name="zh1-murdock"),
    S(D, "默多克还批评史麦兹", "B", "-", name="zh1-murdock2"),
    S(D, "在默多克看来", "B", "-"),
    S(D, "史麦兹（1978）在答复中", "B", "+", "smy78", name="zh1-rejoinder"),
    S(D, "利万特（1979）支持史麦兹", "B", "+", "liv79"),
    S(D, "杰哈利（1982）则较为审慎", "B", "-", "jha82"),
    S(D, "米汉（1984）提出了", "B", "-", "mee84", name="zh1-meehan"),
    S(D, "杰哈利与利万特（1986）", "B", "+", "jl86", name="zh1-jl"),
    S(D, "进入社交媒体时代", "B", "+", "f12a"),
    S(D, "卡拉韦（Caraway，2011）", "B", "-", "car11", name="zh1-caraway"),
    S(D, "总体而言，盲点之争至今没有定论", "B", None),
]
D = "zh/mangdian-zhizheng-biji.md"
DIGITAL_LABOUR += [
    S(D, "史麦兹的问题意识很清楚", "B", "+"),
    S(D, "他的回答是受众", "B", "+", "smy77", name="zh2-smythe"),
    S(D, "默多克指出", "B", "-", "mur78", name="zh2-murdock"),
    S(D, "我认为这一批评击中了", "B", "-"),
    S(D, "米汉（Meehan，1984）", "B", "-", "mee84", name="zh2-meehan"),
    S(D, "这个观点比默多克更具体", "B", "-"),
    S(D, "杰哈利和利万特（Jhally & Livant，1986）", "B", "+", "jl86", name="zh2-jl"),
    S(D, "勒博维茨（1986）的观点", "B", "-", "leb86"),
]
D = "zh/shuzi-laodong-chuangzao-jiazhi.md"
DIGITAL_LABOUR += [
    S(D, "本文从马克思劳动价值论出发", "V", "+", name="zh3-thesis"),
    S(D, "文章同时回应了", "V", None),
    S(D, "数字劳动理论的源头", "V", None),
    S(D, "拉扎拉托（1996）认为", "V", "+", "laz96"),
    S(D, "哈特和内格里（2000）", "V", "+", "hn00"),
    S(D, "特拉诺瓦（Terranova，2000）较早指出", "V", "+", "ter00", name="zh3-terranova"),
    S(D, "福克斯（2014）系统地", "V", "+", "f14", name="zh3-fuchs"),
    S(D, "由于用户得不到任何工资", "V", "+", "f10", name="zh3-infinite"),
    S(D, "国内学者对这一理论作了有益的修正", "V", None),
    S(D, "齐磊磊、李霞（2022）区分了", "V", "+", "qili22", name="zh3-qili"),
    S(D, "我们认为，这一区分既坚持了", "V", "+"),
    S(D, "有学者认为平台收入本质上是广告租金", "V", "-", "rp15", name="zh3-rp"),
    S(D, "然而，注意力并不是", "V", "+", name="zh3-attention"),
    S(D, "因此，把平台收入完全归结为租金", "V", "+"),
    S(D, "综上所述", "V", "+"),
]
D = "zh/pingtai-zujin-lun.md"
DIGITAL_LABOUR += [
    S(D, "本文认为，以福克斯为代表", "V", "-", name="zh4-thesis"),
    S(D, "平台的收益主要来自", "V", "-"),
    S(D, "福克斯（2010）把用户称为", "V", "+", "f10", name="zh4-fuchs"),
    S(D, "李育松（2024）指出", "V", "-", "li24", name="zh4-li"),
    S(D, "在马克思的理论中", "V", "-"),
    S(D, "用户既没有出卖劳动力", "V", "-", "li24", name="zh4-nowage"),
    S(D, "博拉尼奥和维埃拉", "V", "-", "bv15"),
    S(D, "胡斯（Huws，2014）", "V", "-", "huw14", name="zh4-huws"),
    S(D, "里吉和普雷（2015）进一步指出", "V", "-", "rp15"),
    S(D, "据此，我们认为", "V", "-"),
    S(D, "批评数字劳动理论并不意味着", "V", "-"),
]
D = "zh/guonei-shuzi-laodong-yanjiu-shuping.md"
DIGITAL_LABOUR += [
    S(D, "近年来，数字劳动成为", "V", None, "wang21", "qili22", "li24"),
    S(D, "国内研究大体沿着", "V", None),
    S(D, "本文按照对", "V", None),
    S(D, "一部分学者沿用福克斯的思路", "V", "+", "f14", name="zh5-pro"),
    S(D, "齐磊磊和李霞进一步区分", "V", "+", "qili22", name="zh5-qili"),
    S(D, "李育松认为", "V", "-", "li24", name="zh5-li"),
    S(D, "这一观点与胡斯", "V", "-", "rp15"),
    S(D, "王宁对上述两种观点", "V", None, "wang21"),
    S(D, "他认为，“剩余价值剥削论”", "V", None),
    S(D, "总的来看", "V", None, "wang21", "qili22"),
    S(D, "今后的研究需要", "V", None),
]

D = "misc/wenxian-jiansuo-biji.md"
DIGITAL_LABOUR += [
    S(D, "在中国知网检索时", None, None),
    S(D, "高级检索可以把来源类别", None, None),
    S(D, "检索式要记录下来", None, None),
    S(D, "如果检索结果太多", None, None),
    S(D, "外文文献可以通过学校图书馆", None, None),
    S(D, "把知网的题录导入Zotero时", None, None),
    S(D, "导入以后要逐条检查", None, None),
    S(D, "中文学位论文一般要求", None, None),
    S(D, "顺序编码制和著者-出版年制", None, None),
    S(D, "最后，定期把Zotero数据库", None, None),
    S(D, "同步功能虽然方便", None, None),
    S(D, "备份之后最好抽查几条记录", None, None),
]
D = "seminar/dushuhui-jiyao.md"
DIGITAL_LABOUR += [
    S(D, "本次读书会讨论的问题是", "V", None),
    S(D, "主讲同学先回顾了", "V", None, "ter00", "f14"),
    S(D, "主讲同学认为", "V", "+", name="zh6-pro"),
    S(D, "另一位同学补充说", "V", "+", "smy77"),
    S(D, "也有同学提出反对意见", "V", "-", name="zh6-con"),
    S(D, "他引用胡斯（2014）的观点", "V", "-", "huw14", name="zh6-huws"),
    S(D, "主持人指出", "V", None),
    S(D, "他建议大家下次阅读", "V", None, "rp15"),
    S(D, "下次读书会改在图书馆研讨室举行", None, None),
    S(D, "请各位在周三晚上之前", None, None),
    S(D, "会议最后决定", None, None),
    S(D, "茶点由本周值日的同学", None, None),
    S(D, "如有同学不能出席", None, None),
]
D = "misc/research-methods-coding.md"
DIGITAL_LABOUR += [
    S(D, "Code on paper first", None, None),
    S(D, "Agree on a small codebook", None, None),
    S(D, "Write a short memo whenever", None, None),
    S(D, "The memos later become", None, None),
    S(D, "Store transcripts and codebooks", None, None),
    S(D, "If a transcript has to be corrected", None, None),
    S(D, "The department licenses NVivo", None, None),
    S(D, "Whatever tool you use", None, None),
]
D = "misc/seminar-logistics.md"
DIGITAL_LABOUR += [
    S(D, "In weeks 7 and 8 we move", None, None),
    S(D, "Coffee is provided", None, None),
    S(D, "Slides should use a font size", None, None),
    S(D, "If you need the room set up", None, None),
    S(D, "The last session is a short conference", None, None),
    S(D, "Guests from other departments", None, None),
    S(D, "We will book a larger room", None, None),
    S(D, "Feedback forms will be handed out", None, None),
]
D = "misc/zotero-citation-workflow.md"
DIGITAL_LABOUR += [
    S(D, "This note describes the setup", None, None),
    S(D, "Install Zotero and the Better BibTeX plugin", None, None),
    S(D, "Chinese references need a CSL style", None, None),
    S(D, "Duplicate entries appear", None, None),
    S(D, "Merge them in Zotero", None, None),
    S(D, "Accents and Chinese names survive", None, None),
    S(D, "Older LaTeX setups", None, None),
    S(D, "If a key suddenly changes", None, None),
]
D = "seminar/week5-discussion.txt"
DIGITAL_LABOUR += [
    S(D, "Notes taken by the rotating note-taker", None, None),
    S(D, "Action points: read Jarrett (2016)", None, None, "jar16", "huw14"),
]

# Claim pairs on opposite sides of one debate where one answers the other (symmetric).
DIGITAL_LABOUR_COUNTERS: list[tuple[str, str]] = [
    ("smythe-thesis", "murdock-generalise"),
    ("murdock-tradition", "smythe-rejoinder"),
    ("murdock-generalise", "smythe-public"),
    ("smythe-worktime", "smythe-doubt"),
    ("livant", "jhally82"),
    ("smythe-thesis", "meehan-ratings"),
    ("meehan-ratings", "meehan-weakness"),
    ("jl-wage", "jl-doubt"),
    ("jl-wage", "caraway"),
    ("napoli", "caraway"),
    ("fuchs-prosumer", "critics-of-fuchs"),
    ("fuchs-infinite", "infinite-doubt"),
    ("ac-finance", "fuchs-rejoinder"),
    ("fuchs-prosumer", "ac-ltv"),
    ("terranova-structural", "hes-main"),
    ("terranova-structural", "hes-in-terranova"),
    ("rey", "reveley"),
    ("fuchs-prosumer", "rp-novalue"),
    ("fuchs-prosumer", "huws"),
    ("bv-notlabour", "fuchs2015"),
    ("jarrett", "hes-main"),
    ("rev-smythe", "rev-murdock"),
    ("rev-smythe", "rev-meehan"),
    ("rev-jl", "rev-caraway"),
    ("rev-fuchs", "rev-rent"),
    ("rev-fuchs", "rev-ac"),
    ("p1-thesis", "p2-thesis"),
    ("p1-vs-meehan", "p2-ratings"),
    ("p1-vs-murdock", "murdock-generalise"),
    ("p1-vs-caraway", "caraway"),
    ("p2-nowage", "jl-wage"),
    ("p3-thesis", "p4-thesis"),
    ("p3-rp", "p3-attention"),
    ("p3-nowage", "p4-nowage"),
    ("p3-attention", "p4-rent"),
    ("p3-ac", "ac-finance"),
    ("wp-value", "wp-rent"),
    ("wp-exploit", "infinite-doubt"),
    ("bi-hes", "bi-reply"),
    ("bi-kucklich", "hes-main"),
    ("sem-pro", "sem-con"),
    ("zh1-smythe", "zh1-murdock2"),
    ("zh1-murdock", "zh1-rejoinder"),
    ("zh1-jl", "zh1-caraway"),
    ("zh1-meehan", "smythe-thesis"),
    ("zh1-smythe", "murdock-generalise"),
    ("zh2-smythe", "zh2-murdock"),
    ("zh2-jl", "p2-nowage"),
    ("zh2-meehan", "p1-vs-meehan"),
    ("zh3-rp", "zh3-attention"),
    ("zh3-thesis", "zh4-thesis"),
    ("zh4-fuchs", "zh4-li"),
    ("zh3-fuchs", "zh4-li"),
    ("zh4-nowage", "p3-nowage"),
    ("zh4-huws", "zh3-attention"),
    ("zh5-qili", "zh5-li"),
    ("zh5-li", "p3-fuchs"),
    ("zh3-infinite", "infinite-doubt"),
    ("zh6-pro", "zh6-con"),
    ("zh6-huws", "p3-attention"),
]


# --- quickstart ------------------------------------------------------------------------------------

Q = "notes/free-labour.md"
QUICKSTART: list[Label] = [
    S(Q, "Terranova (2000) argues", "V", "+", "ter00", name="q-terranova"),
    S(Q, "Chat moderators, forum helpers", "V", "+"),
    S(Q, "She describes this free labour", "V", "+", "ter00"),
    S(Q, "The pleasure people take in it", "V", "+"),
    S(Q, "For the pro side of the debate", "V", "+"),
]
Q = "notes/prosumer-commodity.md"
QUICKSTART += [
    S(Q, "Fuchs (2010) holds", "V", "+", "f10", name="q-fuchs"),
    S(Q, "Because users earn no wage", "V", "+"),
    S(Q, "In his book he extends", "V", "+", "f14"),
    S(Q, "Users, on this account", "V", "+"),
    S(Q, "I find the argument strongest", "V", "+"),
]
Q = "notes/rent-critique.md"
QUICKSTART += [
    S(Q, "Rigi and Prey (2015) argue", "V", "-", "rp15", name="q-rp"),
    S(Q, "Platform income, in their view", "V", "-"),
    S(Q, "Huws (2014) also treats", "V", "-", "huw14", name="q-huws"),
    S(Q, "Bolaño and Vieira (2015) go further", "V", "-", "bv15", name="q-bv"),
    S(Q, "If these critics are right", "V", "-"),
]
Q = "notes/is-it-exploitation.md"
QUICKSTART += [
    S(Q, "Hesmondhalgh (2010) doubts", "V", "-", "hes10", name="q-hes"),
    S(Q, "He thinks the concept of free labour", "V", "-"),
    S(Q, "Arvidsson and Colleoni (2012) object", "V", "-", "ac12"),
    S(Q, "Both objections leave the question", "V", None),
]
Q = "notes/shuzi-laodong-biji.md"
QUICKSTART += [
    S(Q, "福克斯（2014）认为", "V", "+", "f14", name="q-zh-fuchs"),
    S(Q, "齐磊磊、李霞（2022）则作了区分", "V", "+", "qili22"),
    S(Q, "李育松（2024）持不同意见", "V", "-", "li24", name="q-zh-li"),
    S(Q, "这场争论的焦点在于", "V", None),
]
Q = "notes/reading-group-plan.md"
QUICKSTART += [
    S(Q, "We meet every second Tuesday", None, None),
    S(Q, "Each session takes two", None, None),
    S(Q, "Please bring a printed copy", None, None),
]
QUICKSTART_COUNTERS: list[tuple[str, str]] = [
    ("q-terranova", "q-hes"),
    ("q-fuchs", "q-rp"),
    ("q-fuchs", "q-bv"),
    ("q-zh-fuchs", "q-zh-li"),
    ("q-zh-fuchs", "q-rp"),
    ("q-fuchs", "q-zh-li"),
]


# --- writing ---------------------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")


def resolve(root: Path, labels: list[Label]) -> dict[str, Label]:
    """Fill in each label's full sentence; return the named ones. Raises ValueError on any problem."""
    seen: set[tuple[str, str]] = set()
    named: dict[str, Label] = {}
    texts: dict[str, str] = {}
    for label in labels:
        if label.document not in texts:
            texts[label.document] = (root / label.document).read_text(encoding="utf-8")
        label.text = find_sentence(texts[label.document], label.start, f"{root.name}/{label.document}")
        if (label.document, label.text) in seen:
            raise ValueError(f"{label.document}: sentence labelled twice: {label.text}")
        seen.add((label.document, label.text))
        if (label.debate is None) and label.stance is not None:
            raise ValueError(f"{label.document}: a stance without a debate: {label.text}")
        if label.name:
            if label.name in named:
                raise ValueError(f"label name used twice: {label.name}")
            named[label.name] = label
    return named


def gold_lines(root: Path, labels: list[Label], counters: list[tuple[str, str]]) -> list[str]:
    """The JSONL lines of one corpus's gold file."""
    named = resolve(root, labels)
    lines = [
        json.dumps(
            {
                "type": "sentence",
                "document": lb.document,
                "text": lb.text,
                "debate": lb.debate,
                "stance": lb.stance,
                "citations": list(lb.cites),
            },
            ensure_ascii=False,
        )
        for lb in labels
    ]
    for a_name, b_name in counters:
        a, b = named[a_name], named[b_name]
        if a.debate != b.debate or {a.stance, b.stance} != {"pro", "con"}:
            raise ValueError(f"counter {a_name} / {b_name} is not a pro/con pair of one debate")
        lines.append(
            json.dumps(
                {
                    "type": "counter",
                    "a": {"document": a.document, "text": a.text},
                    "b": {"document": b.document, "text": b.text},
                },
                ensure_ascii=False,
            )
        )
    return lines


def write(root: Path, labels: list[Label], counters: list[tuple[str, str]]) -> str:
    lines = gold_lines(root, labels, counters)
    (root / "argmap-gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    zh = sum(1 for lb in labels if _CJK.search(lb.text))
    null = sum(1 for lb in labels if lb.debate is None)
    no_stance = sum(1 for lb in labels if lb.debate and lb.stance is None)
    cited = sum(1 for lb in labels if lb.cites)
    return (
        f"{root.name}: {len(labels)} sentences ({zh} Chinese, {null} outside every debate, "
        f"{no_stance} neutral inside a debate, {cited} with citations), {len(counters)} counter pairs"
    )


def main() -> int:
    try:
        print(write(HERE, DIGITAL_LABOUR, DIGITAL_LABOUR_COUNTERS))
        print(write(CORPORA / "quickstart", QUICKSTART, QUICKSTART_COUNTERS))
    except ValueError as exc:
        print(f"gold_tools: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
