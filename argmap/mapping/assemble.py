"""Run the mapping steps for a set of debates and assemble Claims, Positions and Debates."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from argmap.keys import fold
from argmap.mapping.agreement import work_sides
from argmap.mapping.answer import answer_lean
from argmap.mapping.attribution import (
    SIDES_WITH,
    NameIndex,
    Relation,
    continue_attribution,
    relate,
    reports_by_pronoun,
)
from argmap.mapping.counters import find_counters
from argmap.mapping.cues import Cues, answers_before, aside_section, find_cues, takes_up
from argmap.mapping.debate import assign_debates, statement_texts
from argmap.mapping.denial import no_side, saying_no
from argmap.mapping.evidence import incidence, named_works
from argmap.mapping.neutral import NEUTRAL_ABOVE, neutral_probability
from argmap.mapping.positions import build_positions, keep_previous_ids
from argmap.mapping.stance import NEUTRAL_BELOW, propagate
from argmap.mapping.thesis import (
    DOCUMENT_KEY,
    DocumentVoice,
    claim_clause,
    document_voice,
    negated,
    negation_penalty,
    own_voices,
)
from argmap.model import ArgumentMap, Claim, Debate, DebateSpec, Reference, Sentence

VOICE_WEIGHT = 1.0  # a sentence in a document's own voice speaks for that document (and the work it is)
ADDITIVE_EDGES = True  # "also", "goes further", "同样" join a sentence to the member before it (+)
ANSWER_SHOWN = 0.1  # the answer head's lean is among a claim's reasons from this size (at most W_ANSWER / 2)
FRAMING_NEUTRAL_BELOW = 0.9  # framing sentences and questions need clear evidence to take a side


@dataclass
class Frozen:
    """What an incremental build holds fixed: claims already mapped, by sentence index, and the cut-offs
    the last full build calibrated. Frozen claims are context for the new ones; their own output is ignored."""

    debates: dict[int, str | None] = field(default_factory=dict)
    stances: dict[int, float] = field(default_factory=dict)  # propagated value, in the debate's raw scale
    sides: dict[int, str | None] = field(default_factory=dict)  # their stance, kept as it is
    calibration: dict = field(default_factory=dict)  # as returned by map_declared


def subject_works(sentences: list[Sentence], attributed: list[str | None]) -> dict[str, str]:
    """The work a document is mainly about (a reading note): the author most of its reports attribute to,
    when at least two sentences and half of its attributed ones do."""
    counts: dict[str, Counter[str]] = {}
    for s, who in zip(sentences, attributed, strict=False):
        if who is not None:
            counts.setdefault(s.document, Counter())[who] += 1
    subjects = {}
    for document, counter in counts.items():
        key, top = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        if top >= 2 and top * 2 >= sum(counter.values()):
            subjects[document] = key
    return subjects


def _voice_links(sentences: list[Sentence], relations: list[list[Relation]], attributed: list[str | None],
                 references: dict[str, Reference], cues: list[Cues], own: list[int] | None = None
                 ) -> list[list[tuple[str, int, float]]]:
    """Links from sentences that report nobody and answer nobody to their document (as a pseudo-work).

    A fault-finding sentence that names nobody ("Its weakness is …") answers the work its note is about.
    ``own``: ``thesis.own_voices`` of the sentences, when the caller has it already."""
    works_of_document: dict[str, list[str]] = {}
    for key in sorted(references):
        doc = references[key].document
        if doc:
            works_of_document.setdefault(doc, []).append(key)
    subjects = subject_works(sentences, attributed)
    if own is None:
        own = own_voices(sentences, cues, attributed)
    extra = []
    for s, rels, sign, cue in zip(sentences, relations, own, cues, strict=False):
        if sign == 0:
            extra.append([])
            continue
        if sign > 0 and cue.critique >= 0 and not rels and s.document in subjects:
            extra.append([(subjects[s.document], -1, VOICE_WEIGHT)])
            continue
        links = [(DOCUMENT_KEY + s.document, sign, VOICE_WEIGHT)]
        links += [(key, sign, VOICE_WEIGHT) for key in works_of_document.get(s.document, [])]
        extra.append(links)
    return extra


# Evidence column of one named speaker of a discussion ("Ben replied that …"): the speaker's turns share a
# column, not their notes' own voice. bench_robust stance 0.813 -> 0.815 (reading-group 0.796 -> 0.806),
# counters 0.609 -> 0.612; the other corpora unchanged. (Taking such sentences out of the voice alone, with
# a looser pattern that also took "Studies show …", had cost minimum-wage 0.026.)
SPEAKER_KEY = "speaker:"
# A discussion's speaker by first name: "Amira opened by arguing that …", "Ben replied that …", "Chen sided
# with Meehan (1984) …": a capitalised word that is no author in the bibliography, before a verb of saying.
_SPEAKER = re.compile(
    r"^([A-Z][a-z]{1,11})(?<!s)\s+(?:then\s+|also\s+|first\s+)?(?:opened by arguing|added|said|argued|replied|"
    r"objected|suggested|countered|thought|sided|pointed out|noted|insisted|agreed|disagreed)\b")
_NOT_SPEAKERS = {"this", "that", "the", "it", "he", "she", "they", "we", "one", "each", "none", "another", "most",
                 "some", "many", "several", "such", "our", "their", "his", "her", "its", "who", "what", "which"}


def _speaker(text: str, surnames: set[str]) -> str | None:
    """The first name of the discussion speaker who opens ``text``, if any (``surnames``: folded surnames of
    the bibliography's authors, who are reported, not speakers)."""
    match = _SPEAKER.match(text)
    if match is None or match.group(1).lower() in _NOT_SPEAKERS or fold(match.group(1)) in surnames:
        return None
    return match.group(1)


AUTHOR_KEY = "author:"  # evidence column of an author with several works, as a pseudo-work
# An author's works share a side: "Neumark and Wascher (2008) … conclude …" and "Neumark and Wascher (2000)
# reanalysed …", Easterly (2004) and Easterly (2006). Each relation is linked to its first author as well as
# to the work, with its weight times W_AUTHOR. bench_robust, six corpora, stance (counters): without 0.718
# (0.365); 0.5 0.723 (0.378); 1 0.727 (0.382), and with the rules since then 0.737 (0.414); 1.5 0.743
# (0.419); 2 0.740 (0.418); 3 0.740 (0.419): a plateau from 1.5. Where it costs, Jhally (1982) doubts
# what Jhally and Livant (1986) argue.
W_AUTHOR = 2.0


def first_author(reference: Reference) -> str | None:
    """Who wrote a work first, as surname and initial ("fuchs c"), so that two Smiths are not one author."""
    if not reference.authors:
        return None
    surname, _, given = reference.authors[0].partition(",")
    name = fold(surname)
    initial = fold(given.strip())[:1]
    return f"{name} {initial}".strip() or None


def _author_links(relations: list[list[Relation]], references: dict[str, Reference]
                  ) -> list[list[tuple[str, int, float]]]:
    """Each relation again, to its work's first author (``AUTHOR_KEY``), for authors with two or more works
    in the bibliography; the works of an author with one stay as they were."""
    author = {key: a for key, ref in references.items() if (a := first_author(ref)) is not None}
    count = Counter(author.values())
    return [[(AUTHOR_KEY + author[r.key], r.sign, r.weight * W_AUTHOR) for r in rels
             if r.key in author and count[author[r.key]] > 1] for rels in relations]


def _paragraph_edges(sentences: list[Sentence], cues: list[Cues], members: list[int],
                     relations: list[list[Relation]]) -> sparse.csr_matrix:
    """Signed edges between consecutive debate members of one paragraph: - when the later one opens with
    a contrast ("However, …") or points back at the earlier one to find fault with it ("That study left out
    …", ``cues.answers_before``; it had taken + for naming nobody: bench_robust counters 0.382 -> 0.386,
    reading-group stance +0.009); + when it names nobody, so it goes on in the same voice ("He adds …"), or
    adds to the one before ("Huws also treats …", "同样", also across a paragraph break in one section);
    none when it reports someone else (reviews put both sides in one paragraph)."""
    n = len(members)
    rows, cols, vals = [], [], []
    for a in range(n - 1):
        i, j = members[a], members[a + 1]
        si, sj = sentences[i], sentences[j]
        if si.document != sj.document:
            continue
        if si.paragraph != sj.paragraph:
            # "Huws (2014) also treats …" opening the next paragraph goes on with the same side.
            if not (ADDITIVE_EDGES and cues[j].additive and not cues[j].opens_with_contrast
                    and si.section == sj.section):
                continue
            sign = 1.0
        elif cues[j].opens_with_contrast or answers_before(cues[j], sj.text):
            sign = -1.0
        elif (not relations[j] and cues[j].group < 0) or (ADDITIVE_EDGES and cues[j].additive):
            sign = 1.0  # names nobody, and no unnamed group either ("Sceptics reply …" is not the same voice)
        else:
            continue
        rows += [a, a + 1]
        cols += [a + 1, a]
        vals += [sign, sign]
    return sparse.csr_matrix((vals, (rows, cols)), shape=(n, n))


def _claim_clauses(clauses: list[str | None], voice: DocumentVoice,
                   embed: Callable[[list[str]], np.ndarray]) -> dict[int, np.ndarray]:
    """Thesis statements by the vector of their claim clause (``clauses``, from ``thesis.claim_clause``): a
    few per document, embedded in one batch."""
    rows = np.flatnonzero(np.asarray(voice.thesis.sum(axis=1)).ravel() > 0).tolist()
    theses = {i: c for i in rows if (c := clauses[i]) is not None}
    if not theses:
        return {}
    matrix = np.asarray(embed(list(theses.values())), dtype=np.float32)
    return dict(zip(theses, matrix, strict=True))


def _substituted(vectors: np.ndarray, members: list[int], replace: dict[int, np.ndarray]) -> np.ndarray | None:
    """``vectors[members]`` with the rows in ``replace`` swapped in; None when there are none."""
    rows = [(a, i) for a, i in enumerate(members) if i in replace]
    if not rows:
        return None
    out = np.array(vectors[members], dtype=np.float32)
    for a, i in rows:
        out[a] = replace[i]
    return out


def _negation_penalties(clauses: list[str | None], members: list[int], embedded: dict[int, np.ndarray],
                        statements: list[str]) -> np.ndarray | None:
    """Per member and side statement, what its thesis's claim clause (those ``embedded``, by sentence) loses
    for not sharing the statement's negation (``thesis.negation_penalty``); None when no member's has any."""
    rows = {a: p for a, i in enumerate(members) if i in embedded
            and (p := negation_penalty(clauses[i] or "", statements)) is not None}
    if not rows:
        return None
    out = np.zeros((len(members), len(statements)))
    for a, p in rows.items():
        out[a] = p
    return out


def map_declared(
    sentences: list[Sentence],
    vectors: np.ndarray,
    specs: list[DebateSpec],
    embed: Callable[[list[str]], np.ndarray],
    references: dict[str, Reference],
    labels: dict[str, dict[str, str | None]],
    seed: int = 0,
    previous: ArgumentMap | None = None,
    fixed_debates: list[str | None] | None = None,
    frozen: Frozen | None = None,
    model: str = "",
) -> tuple[list[Debate], list[Claim], dict]:
    """Debates (with positions) and one Claim per sentence, for the debates in ``specs``, and the
    calibration an incremental build reuses: the debate cut-off, each debate's stance centre and scale,
    and each claim's raw propagated stance value.

    With ``frozen`` (an incremental build) positions are not clustered: the caller places new claims.
    ``model`` names the embedding model, whose fitted neutral-sentence head (if any) is used."""
    n = len(sentences)
    cues = [find_cues(s.text) for s in sentences]
    index = NameIndex().fit(sentences, references)
    related = [relate(s, c, index) for s, c in zip(sentences, cues, strict=False)]
    relations = [r for r, _ in related]
    attributed = [a for _, a in related]
    relations, continued = continue_attribution(sentences, relations, attributed, cues)
    # Claims that state a view with a reporting verb: their own subject's, or a pronoun's ("They conclude
    # that …"), not a pronoun's without one ("They use a panel of …").
    reported = {i for i, a in enumerate(continued) if a is not None
                and (attributed[i] is not None or reports_by_pronoun(sentences[i].text))}
    attributed = continued
    # "Livant (1979) supported Smythe": the works each work's own statements side with.
    allies: dict[str, set[str]] = defaultdict(set)
    for i, work in enumerate(attributed):
        for r in relations[i] if work is not None else ():
            if r.sign > 0 and r.key != work and r.why.startswith(SIDES_WITH):
                allies[work].add(r.key)
    own = own_voices(sentences, cues, attributed)  # once: both the links and the voice matrix read it
    # Every author's surname in the bibliography: no discussion speaker, and no position keyword
    # ("arvidsson", "huws"), even where a sentence opens with it and so it does not read as a proper noun.
    surnames = {a.split(",")[0].strip() for ref in references.values() for a in ref.authors} - {""}
    folded_surnames = {fold(name) for name in surnames}
    speaker = [_speaker(s.text, folded_surnames) if attributed[i] is None and cues[i].group < 0 else None
               for i, s in enumerate(sentences)]
    own = [0 if speaker[i] else o for i, o in enumerate(own)]
    extra = _voice_links(sentences, relations, attributed, references, cues, own)
    for i, name in enumerate(speaker):
        if name:
            extra[i].append((SPEAKER_KEY + sentences[i].document + ":" + name, 1, VOICE_WEIGHT))
    for links, more in zip(extra, _author_links(relations, references), strict=True):
        links.extend(more)
    signed, keys = incidence(relations, extra)
    citations_only, citation_keys = incidence(relations)
    voice = document_voice(sentences, cues, attributed, own)
    asides = np.array([c.aside or aside_section(s.section) for s, c in zip(sentences, cues, strict=False)], dtype=float)

    clauses = [claim_clause(s.text) for s in sentences]  # what a thesis claims, where a sentence states one
    clause_vectors = _claim_clauses(clauses, voice, embed)
    no_weight, answers_no = saying_no([c or s.text for c, s in zip(clauses, sentences, strict=True)], cues)
    describes = neutral_probability(model, vectors)
    position_of = {s.id: i for i, s in enumerate(sentences)}
    known = {spec.id for spec in specs}
    fixed: dict[int, str | None] = {}
    for cid, decision in sorted(labels.items()):
        if cid in position_of and "debate" in decision and (decision["debate"] is None or decision["debate"] in known):
            fixed[position_of[cid]] = decision["debate"]
    if fixed_debates is not None:
        fixed = {i: d for i, d in enumerate(fixed_debates)} | fixed
    calibration = frozen.calibration if frozen is not None else {}
    if frozen is not None:
        fixed = frozen.debates | fixed
    assignment = assign_debates(sentences, vectors, specs, embed, abs(citations_only), citation_keys, asides, fixed,
                                threshold=calibration.get("threshold"),
                                follows_on=lambda i: takes_up(cues[i], sentences[i].text))
    raw: dict[str, float] = {}
    scales: dict[str, list[float]] = {}

    stance: list[str | None] = [None] * n
    confidence = assignment.confidence.copy()
    reasons = [list(r) for r in assignment.reasons]
    debates: list[Debate] = []
    previous_positions = [p for d in previous.debates for p in d.positions] if previous else []
    for spec in specs:
        members = [i for i in range(n) if assignment.debate[i] == spec.id]
        debate = Debate(spec.id, spec.question, list(spec.pro), list(spec.con))
        debates.append(debate)
        if not members:
            continue
        labelled = {}
        for a, i in enumerate(members):
            value = labels.get(sentences[i].id, {}).get("stance")
            if value in ("pro", "con"):
                labelled[a] = 1 if value == "pro" else -1
        answering_no = no_side(spec.pro, spec.con)  # the side a sentence that says no leans to
        pro = np.asarray(embed(list(spec.pro)), dtype=np.float32) if spec.pro else np.zeros((0, vectors.shape[1]))
        con = np.asarray(embed(list(spec.con)), dtype=np.float32) if spec.con else np.zeros((0, vectors.shape[1]))
        links = signed[members]
        penalty = _negation_penalties(clauses, members, clause_vectors, [*spec.pro, *spec.con])
        leans = no_weight[members] * answering_no  # what each claim's wording adds to its prior
        reads_yes = answer_lean(model, vectors[members])  # towards the side that answers yes
        if reads_yes is not None:
            leans = leans - answering_no * reads_yes
        clamped = {a: frozen.stances[i] for a, i in enumerate(members) if frozen and i in frozen.stances}
        scale = calibration.get("stance", {}).get(spec.id)
        result = propagate(vectors[members], pro, con, links, keys, _paragraph_edges(sentences, cues, members, relations),
                           labelled, seed, voice.rows(members), clamped=clamped,
                           calibration=tuple(scale) if frozen and scale else None,
                           named=named_works(spec.pro, spec.con, references),
                           prior_vectors=_substituted(vectors, members, clause_vectors),
                           lean=leans,
                           penalty=penalty)
        scales[spec.id] = [result.centre, result.scale]
        for a, i in enumerate(members):
            raw[sentences[i].id] = round(float(result.score[a]) * 2 * result.scale + result.centre, 5)
        for a, i in enumerate(members):
            score = float(result.score[a])
            value = labels.get(sentences[i].id, {}).get("stance")
            why = reasons[i]
            if frozen is not None and i in frozen.sides:
                stance[i] = frozen.sides[i]  # type: ignore[assignment]
                continue
            if value in ("pro", "con", "none"):
                stance[i] = None if value == "none" else value
                why.append("stance set by the reader")
                confidence[i] = 1.0
                continue
            # A sentence that reports a work's view with a verb of its own states that view, however it frames
            # it ("Between these camps, Jarrett (2016) compares users' work to unpaid housework …").
            framed = cues[i].question or ((cues[i].framing or cues[i].method) and i not in reported)
            cut = FRAMING_NEUTRAL_BELOW if framed else NEUTRAL_BELOW
            why.append(f"stance score {score:+.2f} (prior {float(result.prior[a]):+.2f}"
                       f"{', refitted on reader labels' if result.refit else ''})")
            if penalty is not None and penalty[a].any():
                how = "is" if negated(clauses[i] or "") else "is not"
                why.append(f"its claim clause {how} negated, unlike {int(np.count_nonzero(penalty[a]))} of the "
                           f"{len(penalty[a])} side statements: {float(penalty[a].max()):.2f} less similar to those")
            if no_weight[i]:
                why.append(f"{answers_no[i]}: leans {'pro' if no_weight[i] * answering_no > 0 else 'con'} "
                           f"({no_weight[i] * answering_no:+.2f})")
            if reads_yes is not None and abs(reads_yes[a]) >= ANSWER_SHOWN:
                toward = float(-answering_no * reads_yes[a])
                why.append(f"its wording reads as answering {'yes' if reads_yes[a] > 0 else 'no'} (fitted head): "
                           f"leans {'pro' if toward > 0 else 'con'} ({toward:+.2f})")
            if result.thesis is not None and result.thesis[a] != 0:
                why.append(f"its document's thesis leans {'pro' if result.thesis[a] > 0 else 'con'} "
                           f"({float(result.thesis[a]):+.2f})")
            for r in relations[i]:
                why.append(r.why)
            if describes is not None and describes[i] > NEUTRAL_ABOVE:
                stance[i] = None
                why.append(f"reads as description rather than a claim ({float(describes[i]):.2f}): takes no side")
                confidence[i] = float(assignment.confidence[i] * describes[i])
                continue
            # The claim at the split point scores exactly zero: its side statements break the tie.
            lean = score if score != 0 else float(result.prior[a])
            if abs(score) < cut or lean == 0:
                stance[i] = None
                why.append("framing or question: takes no side" if cut > NEUTRAL_BELOW else "too weak to take a side")
                confidence[i] = float(assignment.confidence[i] * (1 - abs(score) / cut if cut else 1.0))
            else:
                stance[i] = "pro" if lean > 0 else "con"
                confidence[i] = float(assignment.confidence[i] * min(1.0, 0.5 + abs(score)))
        # The statements of one work's view take one side (``agreement``); the reader's side stays. Not in an
        # incremental build: its frozen claims cannot move, and a vote they outnumber moved new claims that
        # the full build left alone (bench_incremental: same stance as the full build 0.982, voting 0.973).
        read = {i for i in members if labels.get(sentences[i].id, {}).get("stance") in ("pro", "con", "none")}
        voted = work_sides(members, attributed, stance, result.score.tolist(), reported, allies) if frozen is None else {}
        for i, vote in voted.items():
            if i not in read:
                stance[i] = vote.side  # type: ignore[assignment]
                confidence[i] = float(assignment.confidence[i] * vote.agreeing / vote.total)
                whose = f"which sides with {vote.ally}, {vote.agreeing} of whose" if vote.ally else \
                    f"and {vote.agreeing} of its"
                reasons[i].append(f"states the view of {vote.work}, {whose} {vote.total} statements in this debate "
                                  f"are {vote.side}: takes that side")
        for side in ("pro", "con") if frozen is None else ():
            idx = [i for i in members if stance[i] == side]
            positions = build_positions(spec.id, side, [sentences[i].id for i in idx],
                                        [sentences[i].text for i in idx], vectors[idx], seed, surnames)
            keep_previous_ids(positions, previous_positions)
            debate.positions.extend(positions)

    counters = find_counters(assignment.debate, stance, vectors, relations,
                             sentences=sentences, references=references, cues=cues)
    position_for = {cid: p.id for d in debates for p in d.positions for cid in p.claims}
    clipped = np.clip(confidence, 0.0, 1.0)  # once: np.clip on one scalar at a time cost seconds at scale
    claims = []
    for i, s in enumerate(sentences):
        links = counters.get(i, {})
        for j in links:  # strongest first (``counters._select``)
            reasons[i].append(f"counters {sentences[j].id}: {links[j]}")
        claims.append(Claim(
            id=s.id, document=s.document, text=s.text, start=s.start, end=s.end, language=s.language,
            section=s.section, paragraph=s.paragraph, page=s.page,
            debate=assignment.debate[i], position=position_for.get(s.id), stance=stance[i],  # type: ignore[arg-type]
            confidence=round(float(clipped[i]), 4),
            citations=s.cited_keys, counters=[sentences[j].id for j in links],
            source="machine", reasons=reasons[i], attributed_to=attributed[i],
        ))
    return debates, claims, {"threshold": assignment.threshold, "stance": scales, "values": raw}


__all__ = ["Frozen", "map_declared", "statement_texts"]
