"""Find in-text citations in a sentence: author-year (English and Chinese) and numbered.

Recognised forms, with ASCII or full-width punctuation:

- parenthetical: ``(Fuchs, 2014)``, ``(see Fuchs 2014, p. 12)``, ``(Fuchs, 2010, 2014; Terranova, 2000)``,
  ``(Jardim et al., 2017)``, ``(Arvidsson & Colleoni, 2012)``, ``（王宁，2021；齐磊磊、李霞，2022）``;
- narrative: ``Fuchs (2014)``, ``Fuchs's (2014, p. 5)``, ``Jhally and Livant (1986)``, ``van Dijck (2013)``,
  ``福克斯（2014）``, ``哈特和内格里（2000）``, ``史麦兹（Smythe，1977）``;
- numbered: ``[3]``, ``[1, 4]``, ``[2-5]``, ``[1; 3]``, ``[3, p. 7]``, ``［1］``, ``福克斯[3]``.

Years in prose, a year in parentheses after a word that is not a name, ``[sic]``, Markdown links and
footnote markers are not citations. Offsets are relative to the text passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from argmap.keys import fold_loose
from argmap.model import Citation
from argmap.nlp import translit

# --- English names -----------------------------------------------------------------------------

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f"
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_PARTICLE = r"(?:van|von|de|der|den|del|della|di|da|du|dos|das|la|le|ten|ter|d['’])"
# One surname: optional particles (van Dijck, de Certeau), a capital, letters/apostrophes/hyphens.
_NAME = (
    rf"(?<![{_LETTER}\d])(?:{_PARTICLE}\s+){{0,2}}"
    rf"[{_UPPER}](?:[{_LETTER}'’\-]*[{_LETTER}])?"
)
# Comma lists are only taken when they end in "and"/"&" so that "As Smythe, Fuchs (2014)" is one name,
# and a comma before "and" only with three or more names ("a misuse of Marx, and Comor (2015)").
_NAMES = (
    rf"(?P<names>{_NAME}(?:(?:\s*,\s*{_NAME})+\s*,?\s*(?:&|and)\s+{_NAME}|\s*(?:&|and)\s+{_NAME})?)"
    r"(?P<etal>\s+et\s+al(?:\.|ii\b|\b)|\s*等人?)?"
)
_YEAR = r"(?:\[(?:1[5-9]\d{2}|20\d{2})\]\s*)?(?:1[5-9]\d{2}|20\d{2})(?:\s*/\s*(?:1[5-9]\d{2}|20\d{2}))?[a-z]?(?![\d年])"
_YEAR_ND = rf"(?:{_YEAR}|n\.\s?d\.|in press|forthcoming)"
# "2010, 2014", "2012a, 2012b", "2012a, b"; a bare letter only where a list separator follows.
_YEARS = rf"(?P<years>{_YEAR_ND}(?:\s*[,，;；]\s*(?:{_YEAR_ND}|[a-z](?=\s*(?:[,，;；]|$))))*)"

_LATIN_PART = re.compile(rf"{_NAMES}\s*[,，]?\s*{_YEARS}")
_HAN_PART = re.compile(rf"(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff·•、]*?(?:\s*等人?)?)\s*[,，]?\s*{_YEARS}")
# Used with .match(), which anchors at its start position ("^" would not match there).
_YEARS_ONLY = re.compile(rf"\s*{_YEARS}(?P<rest>.*)$", re.S)
_LOCATOR = re.compile(
    r"^\s*(?:[,，:：]\s*(?:pp?\.|pages?\b|chap|ch\.|第|\d|para|sec|emphasis|original|italics|my |n\.)|$)",
    re.I,
)
_NARRATIVE_LATIN = re.compile(rf"{_NAMES}(?P<poss>['’]s?)?\s*$")
_SINGLE_YEAR = re.compile(r"(?:\[\d{4}\]\s*)?(1[5-9]\d{2}|20\d{2})(?:\s*/\s*(1[5-9]\d{2}|20\d{2}))?([a-z]?)")

# "as in Smythe 1977": a name and a year with no parentheses; cite() keeps these only when they resolve.
_BARE = re.compile(rf"{_NAMES}(?:['’]s?)?\s+{_YEARS}(?!\s*[-–—]\s*\d)")
_DIGIT = re.compile(r"\d")
_YEAR_HINT = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")
_PAREN = re.compile(r"[(（]([^()（）]{1,400})[)）]")
_NUMBERED = re.compile(
    r"(?<![\]］])[\[［]\s*"
    r"(?P<nums>[1-9]\d{0,2}(?:\s*[,，;；\-–—~～]\s*[1-9]\d{0,2})*)"
    r"(?:\s*[,，:：]\s*(?:pp?\.|第)?\s*\d+(?:\s*[-–—]\s*\d+)?\s*页?)?"
    r"\s*[\]］](?![(:（])"
)
_BRACKET_RANGE = re.compile(r"[\[［]\s*(\d{1,3})\s*[\]］]\s*[-–—~～]\s*[\[［]\s*(\d{1,3})\s*[\]］]")

# Capitalised words that are not surnames but can stand before a year: "(In 2014, …)", "Table (2014)".
_STOP = set(
    "in on at by since from until to the see also and cf eg for during before after around circa c ca "
    "vol volume no chapter table figure fig section page pp p part book appendix note notes january "
    "february march april may june july august september october november december spring summer "
    "autumn fall winter between of as a an this that these those it its we our they their he she his "
    "her i year years edition ed eds trans orig originally published reprinted first about "
    "approximately est established founded born died through when while where which who but or if so "
    "yet however thus hence therefore moreover only then now here there".split()
)

# Sentence adverbs and connectives that open a sentence with a comma: "Earlier, Przybylski and Weinstein
# (2017)" lists no author called Earlier. Only dropped from the front of a name list, and only when the
# corpus has no author of that name (NameHints.is_surname).
_CONNECTIVES = set(
    "earlier later previously recently initially originally subsequently afterwards meanwhile first second "
    "third fourth finally lastly next then still again also instead indeed similarly likewise conversely "
    "accordingly consequently nevertheless nonetheless furthermore additionally importantly notably "
    "crucially specifically ultimately overall elsewhere today historically together alternatively "
    "surprisingly interestingly unsurprisingly admittedly arguably fortunately unfortunately correspondingly "
    "critically empirically theoretically methodologically separately independently famously notoriously "
    "relatedly generally typically usually often sometimes here there thus hence therefore moreover however "
    "yet so but and or in contrast by comparison nowadays currently".split()
)


class NameHints(Protocol):
    """What citation finding may ask of the corpus's known authors (``resolve`` supplies one)."""

    def han_name(self, run: str, years: Sequence[int | None]) -> str:
        """The suffix of a Han run that renders a known author of one of ``years``, or ''."""
        ...

    def is_surname(self, word: str) -> bool:
        """True when ``word`` is the surname of a known author."""
        ...


# --- Chinese names -----------------------------------------------------------------------------

# Common Chinese surnames (single character), to tell 王宁（2021） from 研究（2021）.
_ZH_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹"
    "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
) - set("和与及等在是的了为从对以将把被由于")
# Characters typical of transliterated Western names; a run of three or more is taken whole.
_TRANSLIT_CHARS = set(
    "阿埃艾爱安奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹德登迪蒂杜多厄恩尔法凡菲费芬丰弗福富盖甘冈戈格贡古哈"
    "海汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷里利莉连林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米"
    "密明摩莫默姆穆纳奈南内尼纽努诺帕潘佩彭皮珀普奇齐恰乔切琴丘萨塞桑瑟森沙舍施什史舒斯松苏索塔泰汤唐特提汀"
    "图托瓦万威韦维温沃乌西希锡夏谢辛休亚扬伊因英尤约泽扎詹兹佐茨·•"
)
# More characters of the standard transliteration syllables (温斯坦, 布拉吉耶里, 普日贝尔斯基), too common
# in ordinary text to start a name by themselves: only used to tell a rendering from a Chinese name.
_SOUNDS_FOREIGN = _TRANSLIT_CHARS | set(
    "坦耶日茹热若让儒瑞列略留柳隆娄吕娜妮涅欧派培朋匹蒲钦琼屈赛珊尚绍申圣寿廷通旺翁席欣雅赞藏宗祖策采"
    "措翠代当道敦佛伏夫根瓜圭贵果杭黑洪怀捷京久居考可夸昆赖蕾丽露路芒莎黛娅薇丝顿"
)
_ZH_CONNECT = "和与及、"
_ZH_PREFIX = re.compile(r"^(?:参见|参看|参阅|详见|另见|亦见|又见|转引自|引自|例如|比如|可参考|参考|见|如)")
_ZH_ETAL = re.compile(r"(?:等人|等)$")

# Patterns used per citation, compiled once (module-level re.* calls paid a cache lookup each time).
_NAME_SEPARATORS = re.compile(r"\s*,\s*(?:&|and)\s+|\s*,\s*|\s+(?:&|and)\s+|\s*&\s*")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_YEAR_SEPARATORS = re.compile(r"\s*[,，;；]\s*")
_LETTER_ONLY = re.compile(r"[a-z]")
_YEAR_ITEM = re.compile(r"[^,，;；]+")
_ENUMERATION_COMMA = re.compile(r"[、]")
_HAN_AND = re.compile(r"(?<=[\u4e00-\u9fff·]{2})[和与及](?=[\u4e00-\u9fff·]{2})")
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff·•]+$")
_HAN_AFTER_CONNECT = re.compile(r"^.*[和与及]")  # a name never spans 和/与/及
_NAME_DOT = re.compile(r"[·•]")
_CITATION_ITEM = re.compile(r"[^;；]+")
_LATIN_ETAL_END = re.compile(rf"[{_LETTER}]\s*(等人?)\s*$")
_HAN_END_SPACED = re.compile(r"[\u4e00-\u9fff·]\s*$")
_HAN_END = re.compile(r"[\u4e00-\u9fff·]$")
_NUMBER_RANGE = re.compile(r"(\d+)(?:\s*[\-–—~～]\s*(\d+))?")


def _is_stop(name: str) -> bool:
    return name.strip().rstrip(".").lower() in _STOP


def _is_connective(name: str, hints: NameHints | None) -> bool:
    word = name.strip().rstrip(".").lower()
    return word in _CONNECTIVES and not (hints is not None and hints.is_surname(name))


def _drop_connectives(
    names: list[str], start: int, text: str, hints: NameHints | None
) -> tuple[list[str], int]:
    """'Earlier, Przybylski and Weinstein' -> (['Przybylski', 'Weinstein'], where 'Przybylski' starts)."""
    while len(names) > 1 and _is_connective(names[0], hints):
        at = text.find(names[1], start + 1)
        if at < 0:  # not spelled as split (cannot happen with _NAMES, but never guess an offset)
            break
        names, start = names[1:], at
    return names, start


def may_be_transliteration(name: str) -> bool:
    """True when a Han name could render a foreign one by sound: made of transliteration characters
    (one stray character allowed in a long one). False for Chinese names (王宁) and words (研究), which
    are never matched by sound to Latin names."""
    chars = [ch for ch in name if ch not in "·•"]
    outside = sum(ch not in _SOUNDS_FOREIGN for ch in chars)
    return len(chars) >= 2 and outside <= (1 if len(chars) >= 4 else 0)


def may_render_foreign(name: str) -> bool:
    """``may_be_transliteration``, or a rendering that opens with one character that is also a Chinese
    surname (岑吉兹 = Cengiz): callers still require the whole to sound like a known author."""
    return may_be_transliteration(name) or (
        len(name) >= 3 and name[0] in _ZH_SURNAMES and may_be_transliteration(name[1:]))


def _split_latin_names(names: str) -> list[str]:
    parts = _NAME_SEPARATORS.split(names.strip())
    # "Fuchs's (2014)", "Marx' (1867)": the possessive is not part of the surname.
    return [_POSSESSIVE_END.sub("", p.strip()) for p in parts if p.strip()]


def _parse_years(years: str) -> list[tuple[int | None, str]]:
    """'2010, 2014' -> [(2010, ''), (2014, '')]; '2012a, b' -> [(2012, 'a'), (2012, 'b')]."""
    out: list[tuple[int | None, str]] = []
    for item in _YEAR_SEPARATORS.split(years.strip()):
        m = _SINGLE_YEAR.fullmatch(item.strip())
        if m:
            # "1867/1976": the reprint read is what bibliographies list.
            year = int(m.group(2) or m.group(1))
            out.append((year, m.group(3)))
        elif _LETTER_ONLY.fullmatch(item.strip()) and out:
            out.append((out[-1][0], item.strip()))
        elif item.strip():
            out.append((None, ""))  # n.d., in press, forthcoming
    return out


def _year_spans(years: str, base: int) -> list[int]:
    """End offset (absolute) of each item of a years list, for citation spans."""
    ends = []
    for m in _YEAR_ITEM.finditer(years):
        if m.group().strip():
            ends.append(base + m.start() + len(m.group().rstrip()))
    return ends


def _han_names(run: str) -> tuple[list[str], bool] | None:
    """Names in a Han run inside parentheses ('参见齐磊磊、李霞' -> ['齐磊磊', '李霞'])."""
    run = run.strip()
    etal = bool(_ZH_ETAL.search(run))
    run = _ZH_ETAL.sub("", run).strip()
    run = _ZH_PREFIX.sub("", run)
    if len(run) < 2:
        return None
    parts = [p for p in _ENUMERATION_COMMA.split(run) if p]
    names: list[str] = []
    for part in parts:
        # Split on 和/与/及 only between two names of two or more characters each.
        pieces = _HAN_AND.split(part)
        names.extend(p for p in pieces if p)
    if not names or any(len(n) < 2 for n in names):
        return None
    return names, etal


def _han_trailing_name(
    text: str, years: Sequence[int | None] = (), hints: NameHints | None = None, etal: bool = False
) -> str:
    """The name that ``text`` ends with, by the table, the corpus's known authors (``hints``: by sound,
    for renderings the table lacks), transliteration characters or a Chinese surname. After 等
    ('奥本等'), a two-character run of transliteration characters is taken as a name too."""
    m = _HAN_RUN_END.search(text)
    if not m:
        return ""
    run = m.group()
    known = translit.longest_known_suffix(run)
    # A full transliterated name: 克里斯蒂安·福克斯 — the surname is the part after the last dot.
    if "·" in run or "•" in run:
        tail = _NAME_DOT.split(run)[-1]
        if len(tail) >= 2 and (translit.known(tail) or all(ch in _TRANSLIT_CHARS for ch in tail)):
            return tail
    # Ask the corpus's authors by sound when the table knows nothing, or only the end of a longer
    # rendering (贝尔 in 普日贝尔斯基); never for a table name after ordinary words (学者福克斯).
    # Only transliteration characters are asked about, so ordinary words (研究) and Chinese names (王宁)
    # are never heard as a Latin name, and Chinese text without renderings never loads pinyin.
    tail = _foreign_tail(run) if hints is not None else ""
    if len(tail) >= 2 and len(tail) > len(known):
        # A rendering may open with a character that is also a Chinese surname (岑吉兹 = Cengiz): taken
        # only when the whole name sounds like a known author of the year, never on its own.
        wider = run[-len(tail) - 1:]
        if len(wider) > len(tail) and may_render_foreign(wider) and hints.han_name(wider, years) == wider:
            return wider
        guess = hints.han_name(tail, years)
        if len(guess) > len(known) and may_be_transliteration(guess):
            return guess
    if known:
        return known
    translit_tail = 0
    for ch in reversed(run):
        if ch in _TRANSLIT_CHARS:
            translit_tail += 1
        else:
            break
    if translit_tail >= (2 if etal else 3):
        return run[-min(translit_tail, 7) :]
    if len(run) >= 3 and run[-3] in _ZH_SURNAMES:
        return run[-3:]
    if len(run) >= 2 and run[-2] in _ZH_SURNAMES:
        return run[-2:]
    return ""


def _foreign_tail(run: str) -> str:
    """The end of a Han run made of transliteration characters only, after any 和/与/及: where a
    rendering can be ('讨论奥本' -> '奥本'; '本研究' -> '')."""
    run = _HAN_AFTER_CONNECT.sub("", run)
    n = 0
    while n < len(run) and run[-n - 1] in _SOUNDS_FOREIGN:
        n += 1
    return run[len(run) - n :]


def _han_narrative_names(
    prefix: str, years: Sequence[int | None] = (), hints: NameHints | None = None
) -> tuple[list[str], bool, int] | None:
    """Names a Chinese prefix ends with: '哈特和内格里' -> (['哈特', '内格里'], False, start)."""
    text = prefix.rstrip()
    etal = False
    m = _ZH_ETAL.search(text)
    if m:
        etal = True
        text = text[: m.start()]
    names: list[str] = []
    while len(names) < 4:
        # Only the last name before 等 is "et al."-marked: '特温格、海特等' has two full names.
        name = _han_trailing_name(text, years, hints, etal and not names)
        if not name:
            break
        names.insert(0, name)
        text = text[: -len(name)]
        if text and text[-1] in _ZH_CONNECT and len(names) < 4:
            probe = text[:-1]
            if _han_trailing_name(probe, years, hints):
                text = probe
                continue
        break
    if not names:
        return None
    return names, etal, len(text)


def _latin_narrative_names(prefix: str, hints: NameHints | None = None) -> tuple[list[str], bool, int] | None:
    window_start = max(0, len(prefix) - 200)
    m = _NARRATIVE_LATIN.search(prefix, window_start)
    if not m:
        return None
    names, start = _drop_connectives(_split_latin_names(m.group("names")), m.start(), prefix, hints)
    if not names or _is_stop(names[0]) or any(_is_stop(n) for n in names):
        return None
    return names, bool(m.group("etal")), start


def _make(
    text: str, start: int, end: int, names: list[str], year: int | None, suffix: str, narrative: bool
) -> Citation:
    return Citation(
        text=text[start:end],
        start=start,
        end=end,
        surnames=list(names),
        year=year,
        suffix=suffix,
        narrative=narrative,
    )


def _parse_parenthetical(text: str, c_start: int, c_end: int) -> list[Citation]:
    """Citations inside one pair of parentheses whose content spans text[c_start:c_end]."""
    cits: list[Citation] = []
    last_names: list[str] = []
    for pm in _CITATION_ITEM.finditer(text[c_start:c_end]):
        p_start = c_start + pm.start()
        p_end = c_start + pm.end()
        found = False
        pos = p_start
        while pos < p_end:
            m = _LATIN_PART.search(text, pos, p_end)
            hm = _HAN_PART.search(text, pos, p_end)
            if hm and (not m or hm.start() < m.start()):
                parsed = _han_names(hm.group("names"))
                if parsed:
                    names, _etal = parsed
                    n_start = hm.start("names") + hm.group("names").find(names[0][0])
                    cits.extend(_from_years(text, hm, n_start, names))
                    last_names, found = names, True
                pos = hm.end()
                continue
            if not m:
                break
            names = _split_latin_names(m.group("names"))
            if names and not any(_is_stop(n) for n in names):
                cits.extend(_from_years(text, m, m.start("names"), names))
                last_names, found = names, True
            pos = m.end()
        if not found and last_names:
            # "(Fuchs, 2010; 2014)": a part with years only repeats the previous authors.
            ym = _YEARS_ONLY.match(text, p_start, p_end)
            if ym and _LOCATOR.match(ym.group("rest")):
                cits.extend(_from_years(text, ym, ym.start("years"), last_names))
    return cits


def _from_years(text: str, m: re.Match[str], n_start: int, names: list[str]) -> list[Citation]:
    years = _parse_years(m.group("years"))
    ends = _year_spans(m.group("years"), m.start("years"))
    return [
        _make(text, n_start, end, names, year, suffix, False)
        for (year, suffix), end in zip(years, ends, strict=False)
    ]


def _narrative(text: str, paren: re.Match[str], hints: NameHints | None = None) -> list[Citation]:
    """``Fuchs (2014)``-style citations: the parentheses hold years only and follow a name."""
    ym = _YEARS_ONLY.match(paren.group(1))
    if not ym or not _LOCATOR.match(ym.group("rest")):
        return []
    prefix = text[: paren.start()]
    latin_etal = _LATIN_ETAL_END.search(prefix)
    if latin_etal:  # "Fuchs等（2014）"
        prefix = prefix[: latin_etal.start(1)]
    years = _parse_years(ym.group("years"))
    if _HAN_END_SPACED.search(prefix):
        found = _han_narrative_names(prefix, [y for y, _ in years], hints)
    else:
        found = _latin_narrative_names(prefix, hints)
    if not found:
        return []
    names, _etal, n_start = found
    if len(years) == 1:
        return [_make(text, n_start, paren.end(), names, years[0][0], years[0][1], True)]
    ends = _year_spans(ym.group("years"), paren.start(1) + ym.start("years"))
    return [_make(text, n_start, end, names, y, s, True) for (y, s), end in zip(years, ends, strict=False)]


def _glossed(prefix: str, surnames: list[str]) -> bool:
    """True for '史麦兹（Smythe，1977）': the Chinese rendering of the cited name stands right before."""
    if not surnames or translit.has_han(surnames[0]) or not _HAN_END.search(prefix):
        return False
    name = _han_trailing_name(prefix)
    folded = {fold_loose(s) for s in translit.to_latin(name)}
    return fold_loose(surnames[0]) in folded


def _expand_numbers(nums: str) -> list[int]:
    out: list[int] = []
    for m in _NUMBER_RANGE.finditer(nums):
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) else lo
        if hi < lo or hi - lo > 50:  # not a range of reference numbers
            hi = lo
        for n in range(lo, hi + 1):
            if n not in out:
                out.append(n)
    return out


def find_citations(text: str, hints: NameHints | None = None) -> list[Citation]:
    """Every in-text citation in ``text``, one Citation per cited work, in order of appearance.

    Name-and-year mentions without parentheses ('as in Smythe 1977') are included; see
    ``find_citations_marked`` to tell them apart. ``hints`` (the corpus's known authors) lets
    Chinese renderings the table lacks be found whole (普日贝尔斯基, not 贝尔斯基)."""
    return [c for c, _bare in find_citations_marked(text, hints)]


def find_citations_marked(text: str, hints: NameHints | None = None) -> list[tuple[Citation, bool]]:
    """Like ``find_citations``, each with True when it is a bare name and year without parentheses:
    weaker evidence, which resolution keeps only when it reaches a known work."""
    if not _DIGIT.search(text):  # most sentences cite nothing; every citation form has a digit
        return []
    cits: list[Citation] = []
    parens = list(_PAREN.finditer(text))
    for paren in parens:
        inner = _parse_parenthetical(text, paren.start(1), paren.end(1))
        if inner:
            narrative = _glossed(text[: paren.start()], inner[0].surnames)
            if len(inner) == 1:
                inner[0].start, inner[0].end = paren.start(), paren.end()
                inner[0].text = paren.group()
            for c in inner:
                c.narrative = narrative
            cits.extend(inner)
        else:
            cits.extend(_narrative(text, paren, hints))
    bare: list[Citation] = []
    taken = [paren.span() for paren in parens]
    outside = [y for y in _YEAR_HINT.finditer(text) if not any(a <= y.start() < b for a, b in taken)]
    for m in _BARE.finditer(text) if outside else ():
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        names, n_start = _drop_connectives(
            _split_latin_names(m.group("names")), m.start("names"), text, hints
        )
        if names and not any(_is_stop(n) for n in names):
            for c in _from_years(text, m, n_start, names):
                c.narrative = True
                bare.append(c)
    for m in _NUMBERED.finditer(text):
        for n in _expand_numbers(m.group("nums")):
            cits.append(Citation(text=m.group(), start=m.start(), end=m.end(), number=n))
    for m in _BRACKET_RANGE.finditer(text):  # "[1]-[3]": the numbers between the two brackets
        lo, hi = int(m.group(1)), int(m.group(2))
        for n in range(lo + 1, hi) if 0 < hi - lo <= 50 else ():
            cits.append(Citation(text=m.group(), start=m.start(), end=m.end(), number=n))
    marked = [(c, False) for c in cits] + [(c, True) for c in bare]
    marked.sort(key=lambda cb: (cb[0].start, cb[0].end))
    return marked
