"""Who does a sentence speak for, and whom does it answer?

A sentence relates to each work it mentions with a sign: +1 when it expresses that work's view
("Fuchs (2014) holds that …", "福克斯指出…"), -1 when it answers or rejects it ("Murdock replied to
Smythe that …" is -1 for Smythe, "Contrary to Brandt (2016), …"). Names written without a citation
("Murdock replied …", "福克斯认为 …") are found through the surnames the corpus's citations use, so a
transliteration learned from one resolved Chinese citation works everywhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from argmap.keys import fold
from argmap.mapping.cues import CONTRAST_EN, CONTRAST_ZH, PREPOSITIONS, REPORT_EN, Cues, live_verbs, reply_use
from argmap.model import Reference, Sentence

_CJK = re.compile(r"[\u4e00-\u9fff]")
_POSSESSIVE = re.compile(r"^\s*(?:\(?[^()（）]{0,20}[)）])?\s*(?:'s|’s|'|’|的)")
# "In their view Fuchs repeats the error …": a pronoun's view is whoever was named before it
# (``continue_attribution``); a work named after it is what the view is about, not whose it is.
_PRONOUN_FORWARD = ("in his view", "in her view", "in their view", "for him", "for her", "for them")
_FORWARD_VERBS = ("according to", "根据", *_PRONOUN_FORWARD)
# Verbs that take a side with their object: in "X defends Y against Z" or "X sides with Y against Z" the
# works between the verb and the reply cue are defended, not answered.
_SUPPORT = re.compile(r"\b(?:defend(?:s|ed|ing)?|sid(?:e|es|ed|ing) with|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|"
                      r"agre(?:e|es|ed) with)\b|支持|赞同|认同", re.IGNORECASE)
# Reply verbs that, negated, say an argument fails against a work ("does not refute Smythe").
_CANNOT_REFUTE = re.compile(r"refut(?:e|es|ed)|rebut(?:s|ted)?|answer(?:s|ed)?|驳斥", re.IGNORECASE)
# An argument, not a person, as the subject: "Meehan's point …", "米汉的批评".
_ARGUMENT_SUBJECT = re.compile(
    r"(?:['’]s?|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:point|argument|objection|critique|criticism|case|evidence|"
    r"claim|thesis|reply|answer|account|observation|finding)s?\b|的(?:批评|观点|论证|质疑|论点|看法|证据|发现|反驳)",
    re.IGNORECASE)
# ", but" and a clause whose subject is not the reported author's ("but that …", "but also", "but he adds" go
# on reporting). English only: a Chinese clause after 但 drops a subject it shares ("承认…，但反对…"), so no
# subject of its own can be told from the verb that follows.
_OWN_TURN = re.compile(
    r"(?:but|yet)\s+(?!(?:that|also|then|still|he|she|they|his|her|their|in|as|not|only)\b)[a-z]", re.IGNORECASE)
# Between a contrast marker and a reply verb, only adverbs: the verb shares the subject of the clause before
# ("X accepts … but rejects …", "X承认…，但反对…"), so the sentence still reports X rather than turning on X.
_SAME_SUBJECT = re.compile(r"^[\s,，]*(?:(?:\w+ly|also|then|still|firmly|flatly|也|又|仍|却|坚决)\s*){0,2}$", re.IGNORECASE)
# A clause boundary: what follows it has a subject of its own ("X denies …, and Y argues …", "…，而Y认为…").
_CLAUSE_BREAK = re.compile(r"[,;，；]|\b(?:while|whereas)\b|而", re.IGNORECASE)
# A second predicate of the replier ("X replied that …, and pointed to Y", "…，并引用Y"): what follows it is
# what the replier turns to, not what the reply answers.
_NEW_PREDICATE = re.compile(r"[,;]\s*and\s+(?:\w+ly\s+)?[a-z]+ed\b|，并", re.IGNORECASE)
_OBJECTIONS = (r"objections?|critiques?|criticisms?|challenges?|rejoinders?|repl(?:y|ies)|responses?|answers?|"
               r"批评|质疑|反驳|回应|异议")
# "X's objection", "Murdock's critique", "默多克的批评": an objection that belongs to the work just named.
_OWN_OBJECTION = re.compile(_POSSESSIVE.pattern + rf"\s*(?:\w+\s+)?(?:{_OBJECTIONS})", re.IGNORECASE)
# What a sentence may uphold of a work: its objection, or its point or argument ("Murdock's point about
# public broadcasters seems right to me").
_UPHELD = re.compile(_POSSESSIVE.pattern + rf"\s*(?:\w+\s+)?(?:{_OBJECTIONS}|points?|arguments?|观点|论证)",
                     re.IGNORECASE)
SIDES_WITH = "sides with"  # the reason of a relation to the work a sentence's subject sides with

@dataclass(frozen=True)
class Mention:
    key: str
    start: int  # offset in the sentence text
    end: int
    cited: bool  # an in-text citation (as opposed to a bare name)


@dataclass(frozen=True)
class Relation:
    """How a sentence relates to one work: ``sign`` +1 speaks for it, -1 answers it; ``weight`` in (0, 1]."""

    key: str
    sign: int
    weight: float
    why: str


class NameIndex:
    """Surname → reference keys, from the bibliography and from how citations in the corpus write names."""

    def __init__(self) -> None:
        self.names_: dict[str, list[str]] = {}
        self.first_author_: set[tuple[str, str]] = set()  # (surname, key): the surname is the work's first author
        self.cite_count_: Counter[str] = Counter()
        self.doc_count_: dict[str, Counter[str]] = {}
        self.pattern_: re.Pattern[str] | None = None

    def fit(self, sentences: list[Sentence], references: dict[str, Reference]) -> NameIndex:
        names: dict[str, set[str]] = defaultdict(set)
        doc_count: dict[str, Counter[str]] = defaultdict(Counter)
        for key in sorted(references):
            surname = references[key].first_surname
            if surname:
                names[surname].add(key)
                self.first_author_.add((surname, key))
        for sentence in sentences:
            for citation in sentence.citations:
                if not citation.key:
                    continue
                self.cite_count_[citation.key] += 1
                doc_count[sentence.document][citation.key] += 1
                if citation.surnames:
                    names[citation.surnames[0]].add(citation.key)
        # Short or lower-case "names" would match ordinary words; keep ones that can only be names.
        usable = {
            name: sorted(keys)
            for name, keys in names.items()
            if (_CJK.search(name) and len(name) >= 2) or (len(name) >= 3 and name[:1].isupper())
        }
        self.names_ = usable
        self.doc_count_ = dict(doc_count)
        if usable:
            alternatives = sorted(usable, key=lambda n: (-len(n), n))
            parts = [re.escape(n) if _CJK.search(n) else rf"\b{re.escape(n)}\b" for n in alternatives]
            # The lookahead on the names' first letters lets ``re`` skip every other position at once
            # instead of trying each alternative there (same matches, several times faster).
            first = "".join(sorted({re.escape(n[0]) for n in alternatives}))
            self.pattern_ = re.compile(f"(?=[{first}])(?:{'|'.join(parts)})")
        return self

    def resolve(self, name: str, document: str, cited: dict[str, str] | None = None) -> str | None:
        """The key a bare name most likely means: the work of that name the same sentence cites
        (``cited``: surname as written → key); else one the person wrote first (a bare surname names
        a first author, not a co-author); among those the one this document cites most, else the corpus."""
        if cited and name in cited:
            return cited[name]
        keys = self.names_.get(name)
        if not keys:
            return None
        local = self.doc_count_.get(document, Counter())
        return max(keys, key=lambda k: ((name, k) in self.first_author_, local[k], self.cite_count_[k],
                                        fold(k) == fold(name), k))

    def mentions(self, sentence: Sentence) -> list[Mention]:
        """Citations and bare author names in ``sentence``, in text order."""
        found: list[Mention] = []
        cited: dict[str, str] = {}
        for c in sentence.citations:
            for name in c.surnames if c.key else ():
                cited.setdefault(name, c.key)
        for citation in sentence.citations:
            if citation.key:
                start = max(0, citation.start - sentence.start)
                found.append(Mention(citation.key, start, max(start, citation.end - sentence.start), True))
        if self.pattern_ is not None:
            for match in self.pattern_.finditer(sentence.text):
                if any(m.start <= match.start() < max(m.end, m.start + 1) for m in found):
                    continue
                key = self.resolve(match.group(0), sentence.document, cited)
                if key and not any(m.key == key and abs(m.start - match.start()) < 40 for m in found):
                    found.append(Mention(key, match.start(), match.end(), False))
        return sorted(found, key=lambda m: (m.start, m.key))


_PRONOUN_BEFORE_VERB = re.compile(r"\b(?:he|she|they|we|i)\s+(?:\w+ly\s+|also\s+|still\s+)?$|(?:他们|她们|他|她|我们)(?:也|还|则)?$",
                                  re.IGNORECASE)
_FOR_WHOM = re.compile(r"^[\s\"'“‘(]*for\s+", re.IGNORECASE)  # "For Murdock the media are …": Murdock's view
# Between a work named as an object and a second verb of the same subject ("… with Smythe and argues").
_AND_VERB = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*,?\s*and\s+(?:\w+ly\s+)?$", re.IGNORECASE)
SUBJECT_REACH_AND = 80  # characters back to the subject of a coordinated verb


def _subject_of(verb_start: int, word: str, kind: str, mentions: list[Mention], text: str,
                reply_at: int) -> Mention | None:
    """The mention that is the subject of the verb at ``verb_start``: the closest one before it.
    A possessive ("Moreau's study shows", "莫罗的研究表明") still speaks for the author, but not before a
    reply noun ("布兰特的批评", Brandt's criticism, is what is answered) or after a reply cue
    ("critics reject Moreau's claim"). A preposition of opposition ("against", "contrary to") has no subject."""
    if kind == "reply" and word.lower() in PREPOSITIONS:
        return None
    before = [m for m in mentions if m.start < verb_start and verb_start - m.end <= 40]
    if not before:
        return None
    last = before[-1]
    if _PRONOUN_BEFORE_VERB.search(text, last.end, verb_start):
        return None  # "Fuchs repeats the error they find in Smythe": "they" finds
    if _AND_VERB.match(text, last.end, verb_start):
        # "Livant (1979) sides with Smythe and argues …": the verb goes on with the subject of the one before,
        # and the work named between them is that verb's object.
        earlier = [m for m in mentions if m.end <= last.start and m.key != last.key]
        return earlier[-1] if earlier and verb_start - earlier[-1].end <= SUBJECT_REACH_AND else None
    if _POSSESSIVE.match(text[last.end:verb_start]) and (kind == "reply" or 0 <= reply_at < last.start):
        return None
    return last


def _faulted(text: str, mention: Mention, reply_at: int) -> bool:
    """Whether the reply cue has the mention's work as its possessive subject: "斯麦兹的论证…忽视了…",
    "Smythe's account overlooks …" (not "Murdock's critique answers …", whose objection is Murdock's own)."""
    return (0 <= reply_at - mention.end <= FAULT_REACH and _POSSESSIVE.match(text[mention.end:reply_at]) is not None
            and _OWN_OBJECTION.match(text[mention.end:]) is None)


FAULT_REACH = 30  # characters from "X's …" to the verb that finds fault with it


# The works named right after the group are its members ("Critics such as X", "Some scholars, notably X, …").
_MEMBERS = re.compile(r"\s*,?\s*(?:such as|like|including|notably|among them|e\.g\.,?)\s", re.IGNORECASE)


def _parenthetical(text: str, mention: Mention) -> bool:
    """True for a citation inside parentheses or brackets ("(e.g., Orben, 2019)", "（奥本，2019）", "[3]"),
    which names the source of what the sentence says, as against a narrative one ("Orben (2019) …"), which
    names what it is about."""
    if not mention.cited:
        return False
    before = text[:mention.start + 1]
    opened = before.count("(") + before.count("（") + before.count("[") + before.count("［")
    return opened > before.count(")") + before.count("）") + before.count("]") + before.count("］")


def _group_relations(text: str, cues: Cues, mentions: list[Mention], verbs: list[tuple[int, str, str]],
                     author: Mention | None) -> tuple[list[Relation], str | None]:
    """``relate`` for a sentence whose subject is an unnamed group ("Sceptics reply that …", "Some argue …",
    "有学者认为…"): the view is the group's, so a work cited in parentheses names its members (+1); a work
    named before the group's verb is what the group is of ("Critics of X argue": -1 for critics, else +1);
    a work that critics speak of in their clause is what they find fault with (-1)."""
    verb_at = next((start for start, _, _ in verbs if start >= cues.group), len(text))
    relations: dict[str, Relation] = {}
    attributed = None
    for m in mentions:
        if m.key in relations:
            continue
        if m.start < verb_at and _MEMBERS.match(text, cues.group):  # "Critics such as X (2015) say …"
            relations[m.key] = Relation(m.key, +1, 1.0, f"attributes the view to {m.key}, one of the group")
            attributed = attributed or m.key
        elif m.start < verb_at and not _parenthetical(text, m):
            relations[m.key] = (Relation(m.key, -1, 1.0, f"its critics answer {m.key}") if cues.critical_group
                                else Relation(m.key, +1, 0.8, f"its supporters speak for {m.key}"))
        elif author is not None and m.key == author.key:  # "Sceptics reply that X (2019) showed …"
            relations[m.key] = Relation(m.key, +1, 1.0, f"attributes the view to {m.key} (a clause of its own)")
            attributed = attributed or m.key
        elif _parenthetical(text, m):
            relations[m.key] = Relation(m.key, +1, 1.0, f"cites {m.key} for the view of the group it reports")
            attributed = attributed or m.key
        elif 0 <= cues.reply < m.start and not _NEW_PREDICATE.search(text, cues.reply, m.start):
            # "Defenders of aid reply to Moyo that …": the group answers whom its reply names.
            relations[m.key] = Relation(m.key, -1, 1.0, f"reply cue '{cues.reply_word}' answering {m.key}")
        elif cues.critical_group:
            relations[m.key] = Relation(m.key, -1, 0.6, f"its critics find fault with {m.key}")
        else:
            relations[m.key] = Relation(m.key, +1, 0.3, f"cites {m.key}")
    return [relations[k] for k in sorted(relations)], attributed


def relate(sentence: Sentence, cues: Cues, index: NameIndex) -> tuple[list[Relation], str | None]:
    """The signed relations of ``sentence`` to the works it mentions, and the key it is attributed to.

    Besides the reporting subject (+1) and what a reply cue answers (-1), a work the sentence defends
    ("defends Y against …"), one with a reporting verb of its own in a later clause ("…, and Y argues"),
    and one whose objection the sentence upholds ("Y's objection has held up") are spoken for (+1)."""
    text = sentence.text
    mentions = index.mentions(sentence)
    if not mentions:
        return [], None
    author: Mention | None = None
    author_verb = ""
    author_verb_at = -1
    verbs = live_verbs(text)
    # "他还指出，斯麦兹的论证…", "He adds that Smythe's case …": the pronoun reports, and what it names is what
    # it speaks of (``continue_attribution`` finds whom the pronoun stands for).
    pronoun_reports = reports_by_pronoun(text, verbs)
    lead = _FOR_WHOM.match(text)  # "For Reveley (2013), calling users exploited is a category error."
    named_first = [m for m in mentions if lead and m.start == lead.end() and not _POSSESSIVE.match(text[m.end:])]
    if named_first:
        author, author_verb, author_verb_at = named_first[0], "for", 0
    for start, word, kind in [] if pronoun_reports or named_first else verbs:
        if word.lower() in _FORWARD_VERBS:
            if word.lower() in _PRONOUN_FORWARD:
                continue
            after = [m for m in mentions if 0 <= m.start - start <= len(word) + 25]
            if after:
                author, author_verb, author_verb_at = after[0], word, start
                break
            continue
        subject = _subject_of(start, word, kind, mentions, text, cues.reply)
        if subject is not None:
            author, author_verb, author_verb_at = subject, word, start
            break
    if cues.group >= 0:
        return _group_relations(text, cues, mentions, verbs, author)
    reply_at = cues.reply
    relations: dict[str, Relation] = {}

    def put(rel: Relation) -> None:
        old = relations.get(rel.key)
        if old is None or rel.weight > old.weight:
            relations[rel.key] = rel

    # Works whose objection the sentence upholds ("Y's objection … has held up", "Y的批评令人信服").
    upheld = {m.key for m in mentions if cues.endorse > m.end and cues.critique < 0
              and _UPHELD.match(text[m.end:])}
    # "Meehan's point … does not refute Smythe", "米汉的批评并未驳斥史麦兹": the writer finds that X's argument
    # fails against Y, which answers X and upholds Y. A person as subject is left as a report ("Cole does
    # not refute Birch; he reinterprets …"), and so is "X does not deny that …", which reports what X grants.
    spared = None
    if author is not None and _CANNOT_REFUTE.fullmatch(author_verb) and _ARGUMENT_SUBJECT.search(
            text, 0, author_verb_at) and reply_use(text, author_verb_at, author_verb_at + len(author_verb)) == "negated":
        after = author_verb_at + len(author_verb)
        spared = next((m for m in mentions if m.key != author.key and 0 <= m.start - after <= 3), None)
    if spared is not None:
        put(Relation(author.key, -1, 0.6, f"finds that {author.key} does not {author_verb} {spared.key}"))
        put(Relation(spared.key, +1, 0.8, f"upholds {spared.key} against {author.key}"))
        author = None
    elif author is not None:
        turned = cues.inner_contrast > author_verb_at and cues.reply > cues.inner_contrast
        if turned:
            gap = text[cues.inner_contrast:cues.reply]
            marker = CONTRAST_EN.match(gap) or CONTRAST_ZH.match(gap)  # the marker itself ("but", "但")
            turned = not _SAME_SUBJECT.match(gap[marker.end() if marker else 0:])
        # "X argues that audiences act freely, but a commodity can be made by free activity": a clause of the
        # writer's own after ", but", with a subject of its own, turns against X too.
        own_turn = _OWN_TURN.match(text, cues.inner_contrast) if cues.inner_contrast > author_verb_at else None
        turned = turned or (own_turn is not None and text[:cues.inner_contrast].rstrip()[-1:] in (",", ";")
                            # "…, but rejects …", "…, but argues …": the reported author's own next verb.
                            and not any(start == own_turn.end() - 1 for start, _, _ in verbs))
        # "X defended the thesis, but Y's objection has never been answered" turns against X as well.
        turned = turned or any(m.key in upheld and m.key != author.key and author_verb_at < cues.inner_contrast
                               < m.start for m in mentions)
        if turned:
            put(Relation(author.key, -1, 0.6, f"reports {author.key} with '{author_verb}' then turns against it"))
        else:
            put(Relation(author.key, +1, 1.0, f"attributes the view to {author.key} ('{author_verb}')"))
    support_verbs = list(_SUPPORT.finditer(text))
    supports = [m.end() for m in support_verbs if m.start() >= author_verb_at]
    # "X sides with Smythe", "agrees with Fuchs", "支持福克斯": the work named right after takes X's side.
    sided = {m.key for m in mentions if any(0 <= m.start - v.end() <= 2 for v in support_verbs)}
    speakers = {subject.key for start, word, kind in verbs if kind == "report" and start > reply_at >= 0
                and (subject := _subject_of(start, word, kind, mentions, text, reply_at)) is not None
                and _CLAUSE_BREAK.search(text, reply_at, subject.start)}
    for mention in mentions:
        if (author is not None and mention.key == author.key) or (spared is not None and mention.key in relations):
            continue
        if mention.key in upheld:
            put(Relation(mention.key, +1, 0.8, f"upholds the objection of {mention.key}"))
        elif mention.key in speakers:
            put(Relation(mention.key, +1, 1.0, f"attributes the view to {mention.key} (a clause of its own)"))
        elif mention.key in sided and not 0 <= reply_at < mention.start:
            put(Relation(mention.key, +1, 0.8, f"{SIDES_WITH} {mention.key}"))
        elif 0 <= reply_at and mention.start < reply_at and any(
                end <= mention.start and not _CLAUSE_BREAK.search(text, end, mention.start) for end in supports):
            put(Relation(mention.key, +1, 0.8, f"defends {mention.key} against what follows"))
        elif reply_at >= 0 and (mention.start > reply_at or author is not None) and not (
                mention.start > reply_at and _NEW_PREDICATE.search(text, reply_at, mention.start)):
            put(Relation(mention.key, -1, 1.0, f"reply cue '{cues.reply_word}' answering {mention.key}"))
        elif author is None and (cues.critique > mention.start or _faulted(text, mention, reply_at)):
            put(Relation(mention.key, -1, 0.6, f"finds fault with {mention.key}"))
        elif author is not None:
            put(Relation(mention.key, +1, 0.4, f"cited alongside {author.key}"))
        else:
            put(Relation(mention.key, +1, 0.3, f"cites {mention.key}"))
    attributed = author.key if author is not None and relations[author.key].sign > 0 else None
    return [relations[k] for k in sorted(relations)], attributed


# A sentence whose subject is a personal pronoun ("He adds that …", "She holds …", "他认为…") or "The
# authors" (of the work a note reports) goes on reporting the author named just before it. "It"/"Its" is left out: it points at texts as often as at ideas.
_PRONOUN_SUBJECT = re.compile(
    r"^[\s\"'“‘(（]*(?:(?:he|she|they|his|her|their|the authors)\b|他们|她们|他的|她的|他|她)", re.IGNORECASE)
# The pronoun subject may follow a short opener ("In his book he extends …", "Because users earn no wage,
# he reasons …"). "In their view" / "在他看来" reports whoever was named before, unless the sentence names
# a work itself: "在他看来，…（史麦兹，1977）" is then about that work (measured: continuing it cost counters).
_PRONOUN_LATER = re.compile(
    r"^[\s\"'“‘(（]*(?:[\w’'-]+,?\s+){1,5}?(?:he|she)\s+[a-z]+(?:s|ed)\b|"
    # After a longer opener, or "they", only with a reporting verb: "Because these users are not paid at all,
    # he concludes that …", "Networks, they add, try to …".
    rf"^[^.;:]{{0,120}}?,\s*(?:he|she|they)\s+(?:also\s+|further\s+)?(?:{REPORT_EN}|adds?|added)\b",
    re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"^[\s\"'“‘(（]*(?:(?:his|her|their)\s|(?:他|她|他们|她们)的)", re.IGNORECASE)
_IN_THEIR_VIEW = re.compile(r"\b(?:in (?:his|her|their) (?:view|words|account)|on (?:his|her|their) account|"
                            r"according to (?:him|her|them))\b|[在依按](?:他|她|他们|她们)看来", re.IGNORECASE)
PRONOUN_VERB_GAP = 6  # characters between a pronoun subject and its reporting verb ("他还", "He also ")
CONTINUE_WINDOW = 4  # sentences back (same document) in which the antecedent author may be found
CONTINUE_WEIGHT = 0.8


def reports_by_pronoun(text: str, verbs: list[tuple[int, str, str]] | None = None) -> bool:
    """Whether a pronoun subject opens ``text`` with a reporting verb ("They conclude that …", "他还指出"):
    a report of whoever the pronoun stands for, not what a study does ("They use a panel of …")."""
    opener = _PRONOUN_SUBJECT.match(text)
    if opener is None:
        return False
    verbs = live_verbs(text) if verbs is None else verbs
    return bool(verbs and verbs[0][2] == "report" and verbs[0][0] - opener.end() <= PRONOUN_VERB_GAP)


def continue_attribution(sentences: list[Sentence], relations: list[list[Relation]], attributed: list[str | None],
                         cues: Sequence[Cues] | None = None) -> tuple[list[list[Relation]], list[str | None]]:
    """Attribute pronoun-subject sentences to the author of the nearest earlier sentence of the same
    document that reports someone (or mentions exactly one work), so "He adds …" speaks for that work.
    With ``cues``, a possessive pronoun's argument found at fault ("His alternative … leaves unexplained
    …", "他的论证过于宽泛") answers that author instead.

    Returns new lists; the inputs are not changed. Sentences are taken in document order."""
    relations = [list(r) for r in relations]
    attributed = list(attributed)
    order = sorted(range(len(sentences)), key=lambda i: (sentences[i].document, sentences[i].start, i))
    recent: list[int] = []  # indices of earlier sentences of the current document, nearest last
    document = None
    for i in order:
        if sentences[i].document != document:
            document, recent = sentences[i].document, []
        text = sentences[i].text
        # No pronoun subject: only "in their view", "on his account" can go on reporting.
        view_only = not (_PRONOUN_SUBJECT.match(text) or _PRONOUN_LATER.search(text))
        if attributed[i] is None and (not view_only or _IN_THEIR_VIEW.search(text)):
            antecedent = None
            for j in reversed(recent[-CONTINUE_WINDOW:]):
                if attributed[j] is not None:
                    antecedent = attributed[j]
                elif len({r.key for r in relations[j]}) == 1 and relations[j][0].sign > 0:
                    antecedent = relations[j][0].key
                if antecedent is not None:
                    break
            own = {r.key: r for r in relations[i]}
            if antecedent is None and len(own) == 1 and relations[i][0].sign > 0 and \
                    set(sentences[i].cited_keys) == set(own):
                # "on his account, … (Fuchs, 2010)", "He holds that … (Livant, 1979)", with no one reporting
                # before: the one work it cites (not one it names: "He treats Murdock's emphasis …").
                antecedent = relations[i][0].key
            # "In their view" goes on reporting whoever was named before, unless the sentence names another
            # work: "在他看来，…（史麦兹，1977）" in a note on Murdock is Murdock's reading of Smythe.
            if view_only and set(own) - {antecedent}:
                antecedent = None
            faulted = (cues is not None and _POSSESSIVE_PRONOUN.match(text) is not None
                       and (cues[i].critique >= 0 or cues[i].reply >= 0))
            if antecedent is not None and faulted and antecedent not in own:
                own[antecedent] = Relation(antecedent, -1, 0.6, f"finds fault with the argument of {antecedent}")
                relations[i] = [own[k] for k in sorted(own)]
            elif antecedent is not None and (antecedent not in own or own[antecedent].sign > 0):
                own[antecedent] = Relation(antecedent, +1, CONTINUE_WEIGHT,
                                           f"pronoun subject: goes on reporting {antecedent}")
                relations[i] = [own[k] for k in sorted(own)]
                attributed[i] = antecedent
        recent.append(i)
    return relations, attributed
