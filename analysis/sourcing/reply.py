"""Stage 8, right of reply: the parties the article accuses, whether each is heard, and the verdict.

Following the BBC Editorial Guidelines on fairness and the IPSO Editors' Code 1(iv): a party is
accused when the headline or a body sentence says "X (was) accused of", "Y accused X of",
"blamed X" / "blamed the company" (the company last named), "Y alleges that X ...", or "X's
action raises serious concern" (``lexicons/accusation.toml``), or when someone's quoted or
reported words charge it with a wrong by the predicate alone ("“The company knew about this
problem and kept selling these strollers,”"; "Kids in Danger said the company knew ..."):
``charges``, read inside quotation marks or after a reporting verb of assertion, with the party
as the predicate's subject (:func:`~analysis.sourcing.accused.quoted_charges`). An actor that only modifies a
class noun is not the party: "accused Clinton campaign chairman John Podesta of" accuses Podesta,
and the headline's "criticises NHS trust" the trust the body names. A source speaks for a party when it is the party
itself (a named person or named institution), when the party is its affiliation or that
affiliation's country, or when it is the party's representative ("Voss's lawyer", "a lawyer for
Voss", "a spokesman for Carver Steel", "her campaign manager" after Voss is named, and "A
spokesman, ..., said" right after the party's own report in the same paragraph: ``representatives`` in ``lexicons/reply.toml``). A
representative stays a source of its own in the sources table; only this check counts it for
the party it represents (BBC guidelines: the reply may come through a representative).

``heard``: the party is quoted or paraphrased anywhere (a denial, a confession and speech inside
the narrated events count; round 13). The ``verdict`` is whether the article gives the party's
answer to the charge, from the kinds of its attributions (stage 3b, :mod:`.statements`): ``heard``
when one is a ``statement`` that is a reply, else ``denied`` when one is a ``denial``, else
``sought_but_silent`` when one is ``no_comment`` or ``unreachable``, else ``not_sought``; speech
narrated inside the story's events ("the suspect said he needed to get dressed") is heard but no
reply (:mod:`.reply_events`, round 12), so ``heard`` with ``not_sought`` means the party speaks
only in the scene and the article neither gives its side nor says it was asked.

A party the text names no further is kept as written: "accused the mayor of lying" ("the
mayor", when no one is given that role), "accused the (Labour) government of" ("the government"),
"accused Acme of" (a one-word name the actors stage leaves unnamed). "The mayor denied", "a
spokesman for the mayor" speak for "the mayor"; an official body of the dateline's country
("LONDON — ... Downing Street rejected the accusation"), its spokesman, or a minister of no other
country speaks for "the government" (trial 7); so does a party the text makes the governing one
("the ruling BJP") or a party that denies the charge just made against the government ("Gandhi
accused the government of ... The Bharatiya Janata Party denied the charge"; round 8). Which
party governs where is no list: it changes with elections, and the text says it when it matters.

The seat of an office speaks for its holder (``seats`` of ``reply.toml``: "Downing Street", the
"White House", the "Kremlin", the "Élysée"): for "the prime minister" / "the president" and for
a person the text gives that title, of no other country; its denial of "the accusation" or its
no-comment right after a person of no named office is accused speaks for that person
(:func:`~analysis.sourcing.accused.seat_voice`). "accused Russian President Vladimir Putin of" accuses Putin, not Russia.

The accused party named in other words (a description before the name, a title, a short name,
"the company", a pronoun that denies) is followed by :mod:`.accused`. The other fixed forms of an
allegation ("it is alleged he ...", "X faces charges", "X was convicted" or arrested, "investigating
X", "examining whether X ...", "a lawsuit (filed by ...) against X") are read by :mod:`.accusation_forms`,
a penalty ("fined X", "X was suspended", "suspensions for X") by :mod:`.discipline`, a body by its members
("accused government forces of") by :mod:`.member_objects`. New accusation patterns belong in
:func:`accusations` or those modules; denials and refusals in :mod:`.statements`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

from analysis.actors import ActorMention, actor_country, find_actors_in_text
from analysis.actors.gazetteer import is_name_word
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.accusation_forms import blamed_object, clause_party, coordinated_object, forms, generic_subject
from analysis.sourcing.accusation_links import link_after
from analysis.sourcing.accused import (
    OTHER_HOLDER,
    PRONOUN_PARAGRAPHS,
    AccusedParty,
    answers_the_charge,
    dateline_country,
    first_words,
    gender_of,
    implicit_party,
    is_role_noun,
    quoted_charges,
    represented_accused,
    role_person,
    same_party,
    seat_voice,
)
from analysis.sourcing.accused_objects import active_use, given_name_party, more_accusations, pronoun_object  # (trial 18)
from analysis.sourcing.attributes import latest_org_of_class, org_class
from analysis.sourcing.charged_places import place_charges
from analysis.sourcing.context import Document
from analysis.sourcing.counsel import counsel_client
from analysis.sourcing.false_claims import false_claims
from analysis.sourcing.lexicon import WORD, word_tuple
from analysis.sourcing.member_objects import member_object
from analysis.sourcing.reply_events import narrated_events
from analysis.sourcing.result import SILENT_KINDS, Accusation, Attribution, RightOfReply, Source
from analysis.sourcing.state_voices import home_government_voice, judicial
from analysis.sourcing.statements import reply_lexicon
from analysis.sourcing.whose_owner import whose_represented

_GOVERNMENT_CLASSES = frozenset({"government", "police", "military", "city"})

_Token = tuple[int, int, str]  # (body start, body end, lower-cased word)
_Local = list[tuple[int, int, ActorMention]]  # (start, end, mention) of a text's mentions


def accused_parties(doc: Document) -> tuple[tuple[AccusedParty, tuple[Accusation, ...]], ...]:
    """Each party the headline or the body accuses, with the evidence, in order of first accusation."""
    found: dict[str, list[Accusation]] = {}
    kinds: dict[str, str] = {}
    first: dict[str, tuple[int, int]] = {}
    headline = doc.article.headline
    if headline and may_accuse(doc, list(map(str.lower, WORD.findall(headline)))):
        for party, kind, cue in accusations(doc, headline, find_actors_in_text(headline).mentions, 0, headline=True):
            found.setdefault(party, []).append(Accusation(None, None, cue, headline))
            kinds[party] = kind
            first.setdefault(party, (-1, -1))
    charged: dict[int, list[tuple[str, str, str]]] = {}  # sentence index -> its quoted charges
    for at, party, kind, cue in [*quoted_charges(doc), *false_claims(doc), *place_charges(doc)]:  # ("X falsely claimed", trial 18 F3)
        charged.setdefault(doc.sentence_at(at).index, []).append((party, kind, cue))
    starting = _accusation_words(doc)  # (may_accuse's words, looked up once for all sentences)
    for sentence in doc.article.sentences:
        verbs = not starting.isdisjoint(doc.sentence_sets[sentence.index])  # (may_accuse, once per sentence)
        if not verbs and sentence.index not in charged:
            continue  # most sentences accuse no one: skip their mentions and tokens
        mentions = doc.mentions_in(sentence.start, sentence.end)
        tokens = doc.word_offsets(sentence, lower=True)
        found_here = accusations(doc, sentence.text, mentions, sentence.start, tokens) if verbs else []
        for party, kind, cue in [*found_here, *charged.get(sentence.index, ())]:
            evidence = found.setdefault(party, [])
            if not evidence or evidence[-1].sentence != sentence.index:
                evidence.append(Accusation(sentence.index, sentence.paragraph, cue, sentence.text))
            kinds[party] = kind
            first.setdefault(party, (sentence.start, sentence.paragraph))
    return tuple((AccusedParty(party, kinds[party], *first[party]), tuple(evidence)) for party, evidence in found.items())


def right_of_reply(
    doc: Document, attributions: tuple[Attribution, ...], sources: tuple[Source, ...],
    accused: tuple[tuple[AccusedParty, tuple[Accusation, ...]], ...] | None = None,
) -> tuple[RightOfReply, ...]:
    """Each accused party, with the evidence, the attributions where it is heard, and the verdict."""
    if accused is None:
        accused = accused_parties(doc)
    parties = [p for p, _ in accused]
    # Who each source speaks for: its affiliation, that affiliation's country, and (for a
    # named person or a named institution) itself, by any of its names.
    voices: list[set[str]] = []
    for source in sources:
        names = {source.name} if source.speaker_type in ("named_person", "institution") else set()
        if names:
            names |= {p.party for p in parties if same_party(source.name, p.party)}
        if source.affiliation is not None and not judicial(doc, source.name):  # a court judges its state's case (trial 14 F9)
            names |= {source.affiliation, *(p.party for p in parties if same_party(source.affiliation, p.party))}  # "Acme officials"
            country = actor_country(source.affiliation)
            if country is not None:
                names.add(country)
        voices.append(names)
    by_kind: dict[str, dict[str, list[int]]] = {p.party: {} for p in parties}
    events = narrated_events(doc, attributions, accused)  # "The suspect said he needed to get dressed": no reply
    for a in attributions:  # a representative speaks for its principal in all its mentions
        voices[a.source_id] |= represented(doc, a) | whose_represented(doc, a)  # ("Cole, whose lawyer said": round 18)
    previous: Attribution | None = None
    for a in attributions:
        principal = _pronoun_principal(doc, a)
        if previous is not None and previous.paragraph == a.paragraph and _unattached_representative(doc, a, sources):
            # "Myanmar's military government rejected the findings. A spokesman, ..., said":
            # a representative of no named body speaks for the speaker just before it.
            principal |= voices[previous.source_id]
        principal |= represented_accused(doc, a, sources[a.source_id], parties) | counsel_client(doc, a, sources[a.source_id], parties)
        implicit = implicit_party(doc, a, sources[a.source_id], parties)
        if implicit is not None:
            principal.add(implicit)  # "the company denied ...", "He declined to comment"
        principal |= _generic_voice(doc, a, sources[a.source_id], parties)
        principal |= seat_voice(doc, a, sources[a.source_id], parties)  # "Downing Street" for the prime minister
        principal |= home_government_voice(doc, a, sources[a.source_id], parties)  # "The administration has said"
        previous = a
        for party in voices[a.source_id] | principal:
            if party in by_kind:  # speech narrated in the events: heard, but no reply to the charge
                kind = "silent" if a.statement_kind in SILENT_KINDS else "event" if a.index in events else a.statement_kind
                by_kind[party].setdefault(kind, []).append(a.index)
    # Each report's sentence start, None when it names the charge ("These allegations are baseless": an answer anywhere)
    objects = reply_lexicon().denial_objects
    starts = [None if not objects.isdisjoint(word_tuple(a.text.lower())) else doc.article.sentences[a.sentence].start for a in attributions]
    return tuple(_verdict(p, evidence, by_kind[p.party], starts) for p, evidence in accused)


def _generic_voice(doc: Document, a: Attribution, source: Source, parties: Sequence[AccusedParty]) -> set[str]:
    """The generic parties ("the mayor", "the government"; :func:`_generic_object`) ``a`` speaks
    for: its speaker is the same noun after "the" ("The mayor denied"), or that noun's
    representative ("a government spokesman", "a spokesman for the mayor"); for "the government",
    an official body of the dateline's country ("LONDON — ... Downing Street rejected the
    accusation"): with no dateline the text does not say whose government it is."""
    generic = [p.party for p in parties if p.party.startswith("the ")]
    if not generic:
        return set()
    speaker = tuple(WORD.findall(a.speaker.lower()))
    reps = reply_lexicon().representatives
    has_rep = _holds_phrase(speaker, reps)
    out: set[str] = set()
    for party in generic:
        noun = party[4:]
        noun_words = tuple(noun.split())  # "prime minister": two words
        same_noun = speaker[-len(noun_words) :] == noun_words and (speaker[:1] == ("the",) or speaker == noun_words)  # "(The) mayor denied"
        named = any(speaker[k : k + len(noun_words)] == noun_words for k in range(len(speaker)))
        government = noun == "government" and (
            (source.official and _speaks_for_the_government(doc, speaker, source))
            or _governing_party(doc, a, source, speaker, party, parties)
        )
        if same_noun or (has_rep and named) or government:
            out.add(party)
    return out


def _governing_party(
    doc: Document, a: Attribution, source: Source, speaker: tuple[str, ...], party: str, parties: Sequence[AccusedParty]
) -> bool:
    """Whether a political party speaks for the accused "the government": the text makes it the
    governing party ("the ruling BJP", "the governing party": ``governing_words`` of
    ``reply.toml``), or it denies the charge made against the government just before (within a few
    paragraphs) and is not accused itself ("Gandhi accused the government of ... The Bharatiya
    Janata Party denied the charge": a party that answers a charge against the government speaks
    as the government's party; an opposition party does not deny it). Which party governs where
    is not looked up: the text says it, or the party's own denial shows it."""
    if source.speaker_type != "institution" or (org_class(doc.lex, source.name) != "party" and "party" not in speaker):
        return False
    if not reply_lexicon().governing_words.isdisjoint(speaker):
        return True
    if not answers_the_charge(a) or any(same_party(source.name, p.party) for p in parties):
        return False
    latest = next((p for p in sorted(parties, key=lambda p: -p.position) if p.position < a.speaker_start), None)
    return latest is not None and latest.party == party and 0 <= a.paragraph - latest.paragraph <= PRONOUN_PARAGRAPHS


def _speaks_for_the_government(doc: Document, speaker: tuple[str, ...], source: Source) -> bool:
    """An official body of the dateline's country ("LONDON — ... Downing Street rejected the
    accusation") or its representative ("A Downing Street spokesman said"), or a minister of no
    other country ("Prime Minister Luís Montenegro said"): with no dateline a body of a named
    country is not taken for the government the text accuses."""
    country = dateline_country(doc)
    reps = reply_lexicon().representatives
    body_or_its_voice = (source.speaker_type == "institution" and not judicial(doc, source.name)) or _holds_phrase(speaker, reps)
    if body_or_its_voice and country is not None and source.affiliation == country:
        return True
    minister = source.speaker_type == "named_person" and not reply_lexicon().government_offices.isdisjoint(speaker)
    return minister and (source.affiliation is None or source.affiliation == country)


def _holds_phrase(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` stands in ``words`` (consecutive; a first word not among them skips the phrase)."""
    present = set(words)
    return any(
        (phrase[0] in present if phrase else bool(words))
        and any(words[k : k + len(phrase)] == phrase for k in range(len(words)))
        for phrase in phrases
    )


def _verdict(
    party: AccusedParty, evidence: tuple[Accusation, ...], seen: dict[str, list[int]], starts: list[int | None]
) -> RightOfReply:
    """The record of one accused party from the kinds of the attributions that speak for it. The
    evidence of a ``heard`` verdict is the party's answer (trial 20 F11): its statements from the
    sentence of its first accusation on or that name the charge (``starts`` None), the earlier ones only
    when none is later ("Alvarez announced the budget. ... Delgado accused the mayor of ..." gives no
    answer before the charge), and its denials."""
    heard = sorted(set(seen.get("statement", []) + seen.get("denial", []) + seen.get("event", [])))
    verdict, verdict_in = next(
        ((v, seen[k]) for k, v in (("statement", "heard"), ("denial", "denied"), ("silent", "sought_but_silent")) if seen.get(k)),
        ("not_sought", []),
    )
    if verdict == "heard":
        later = [i for i in verdict_in if (start := starts[i]) is None or start >= party.position]
        verdict_in = [*(later or verdict_in), *seen.get("denial", [])]
    return RightOfReply(party.party, party.kind, evidence, bool(heard), tuple(heard), verdict, tuple(sorted(set(verdict_in))))


_POSSESSIVES = {"his": ("person",), "her": ("person",), "its": ("organisation", "country"), "their": ("organisation", "country", "person")}
_FOR_PRINCIPAL = re.compile(r"\s+(?:for|of|representing)\s+(?:the\s+)?")  # "a lawyer for (the) X" (compiled once)


def _unattached_representative(doc: Document, a: Attribution, sources: tuple[Source, ...]) -> bool:
    """Whether ``a``'s speaker is "a spokesman" / "the lawyer" (a representative noun after an
    article) of a source with no affiliation."""
    if sources[a.source_id].affiliation is not None:
        return False
    tokens = tuple(WORD.findall(a.speaker.lower()))
    if not tokens or tokens[0] not in ("a", "an", "the"):
        return False
    return any(tokens[1 : 1 + len(r)] == r for r in reply_lexicon().representatives)


def _pronoun_principal(doc: Document, a: Attribution) -> set[str]:
    """"her campaign manager, Keisha Grant, said": the party a possessive pronoun before a
    representative noun stands for, the nearest earlier actor of a fitting kind (within 600
    characters; for "his"/"her", of no other gender as the text gives it)."""
    tokens = a.speaker.lower().split()
    if len(tokens) < 2 or tokens[0] not in _POSSESSIVES:
        return set()
    reps = reply_lexicon().representatives
    rest = tuple(WORD.findall(" ".join(tokens[1:4])))
    if not any(rest[k : k + len(r)] == r for r in reps for k in range(min(2, len(rest)))):
        return set()
    kinds = _POSSESSIVES[tokens[0]]
    for m in reversed(doc.mentions_in(max(0, a.speaker_start - 600), a.speaker_start)):
        if m.kind in kinds and (tokens[0] not in ("his", "her") or gender_of(doc, m.actor) in (None, "m" if tokens[0] == "his" else "f")):
            return {m.actor}  # (not a man for "her lawyer": trial 21 F7)
    return set()


def represented(doc: Document, a: Attribution) -> set[str]:
    """The parties ``a``'s speaker represents: "Voss's lawyer", "a lawyer for Voss", "a Carver
    Steel spokesman" (actor mentions of the article, so "Voss" is "Andrea Voss")."""
    mentions = doc.mentions_in(a.speaker_start, a.speaker_end)
    reps = reply_lexicon().representatives
    if not mentions or first_words(reps).isdisjoint(word_tuple(a.speaker)):
        return set()  # (no representative noun can start among the speaker's words: none is read)
    body = doc.body
    tokens = [(m.start() + a.speaker_start, m.end() + a.speaker_start, m.group(0).lower()) for m in WORD.finditer(a.speaker)]
    low = [t[2] for t in tokens]
    out: set[str] = set()
    firsts = first_words(reps)
    for k in range(len(tokens)):
        if low[k] not in firsts:
            continue  # no representative noun starts here (one set test instead of a pass over all of them)
        rep = next((r for r in reps if tuple(low[k : k + len(r)]) == r), None)
        if rep is None:
            continue
        rep_start, rep_end = tokens[k][0], tokens[k + len(rep) - 1][1]
        for m in mentions:
            between = body[m.end : rep_start] if m.end <= rep_start else ""
            after = body[rep_end : m.start] if rep_end <= m.start else ""
            # "Voss's lawyer", "Voss’s legal team", "the Carver Steel spokesman" (possessive or
            # noun modifier, at most one word between); "a lawyer for Voss".
            if (m.end <= rep_start and len(between.split()) <= 2 and (
                between.startswith(("'s", "’s", "' ", "’ ")) or between.strip() == ""
            )) or (rep_end <= m.start and _FOR_PRINCIPAL.fullmatch(after)):
                out.add(m.actor)
    return out


def may_accuse(doc: Document, lower_words: Iterable[str]) -> bool:
    """Whether a text's lower-cased words (``WORD.findall``) hold one an accusation pattern starts
    with (else :func:`accusations` finds none in it)."""
    return not _accusation_words(doc).isdisjoint(lower_words)


@lexicon_cache
def _clause_verbs() -> frozenset[str]:
    """"allege(s) that <party> ...": ``clause`` of ``accusation.toml``."""
    return frozenset(load_lexicon("accusation").get("clause", ()))


def _accusation_words(doc: Document) -> frozenset[str]:
    """Every word an accusation pattern starts with: the sourcing lexicon's and the clause verbs."""
    return _with_clause_verbs(doc.lex.accusation_words)


@functools.lru_cache(maxsize=4)
def _with_clause_verbs(accusation_words: frozenset[str]) -> frozenset[str]:
    return accusation_words | _clause_verbs() | forms()["starts"]


def accusations(
    doc: Document, text: str, mentions: Sequence[ActorMention], offset: int, tokens: list[_Token] | None = None, headline: bool = False,
) -> list[tuple[str, str, str]]:
    """(party, kind, cue) for each accusation pattern in ``text`` (mentions are body-offset, or
    offsets in the headline when ``headline``); ``tokens`` are the text's words when known (a
    sentence's, from the :class:`Document`)."""
    lex = doc.lex
    if tokens is None:
        tokens = [(m.start() + offset, m.end() + offset, m.group(0).lower()) for m in WORD.finditer(text)]
    out: list[tuple[str, str, str]] = []
    local = [(m.start, m.end, m) for m in mentions]
    local_starts = [m.start for m in mentions]
    starting = _accusation_words(doc)
    clause_verbs = _clause_verbs()
    for k, (ts, _, word) in enumerate(tokens):
        if word not in starting:
            continue  # every pattern below starts with one of these words
        more = more_accusations(doc, text, offset, tokens, k, local, local_starts, headline)  # (accused_objects: also "was widely accused")
        if more:  # "it is alleged he ...", "X faces charges", "investigating X", "fined X" (accusation_forms)
            out.extend((m.actor, m.kind, cue) for m, cue in more)
            continue
        if word in clause_verbs:
            found = clause_party(doc, tokens, k, local, local_starts)
            if found is not None:
                out.append((found[0].actor, found[0].kind, found[1]))
            continue
        nxt = link_after(tokens, k)
        prev = tokens[k - 1][2] if k > 0 else ""
        if word in lex.accuse_passive and nxt in lex.passive_links and k > 0 and prev.isalpha() and prev not in lex.passive and not (
            actor_ending_at(local, local_starts, tokens[k - 1][1])
        ):
            qualifier = tokens[k - 2][2] if k > 1 else None  # "Former clerk accused ...": the former one
            named = role_party(doc, prev, qualifier)  # "City water contractor accused of ...": the contractor the body names
            if named is not None:
                out.append((named[0], named[1], f"{word} {nxt}"))
                continue
        if word in lex.accuse_passive and nxt in lex.passive_links and (
            prev in lex.passive or prev in ("been", "being") or (k > 0 and actor_ending_at(local, local_starts, tokens[k - 1][1]))
        ):
            m = _passive_party(doc, tokens, k, local, local_starts)
            if m is None and not headline:  # "the company was accused of": the company last named
                m = generic_subject(doc, tokens, _before_auxiliaries(doc, tokens, k))
            if m is not None:
                out.append((m.actor, m.kind, f"{word} {nxt}"))
                continue
        if word in lex.accuse_active and active_use(doc, tokens, k):  # (not "he was widely criticized in Canada": trial 18 F2)
            m = _active_party(doc, tokens, k, local, local_starts, offset, headline)
            if m is not None:
                out.append((m.actor, m.kind, word))
                other = coordinated_object(tokens, m, local, local_starts)  # "accused Perdue and Wheeler of"
                if other is not None:
                    out.append((other.actor, other.kind, word))
            else:
                described = _described_object(doc, tokens, k)
                if described is not None:
                    out.append((described, "person", word))
                elif not headline:
                    generic = _generic_object(doc, text, offset, tokens, k)
                    if generic is not None:
                        out.append((*generic, word))
        for phrase in lex.concern_by_first.get(word, ()):
            if tuple(t[2] for t in tokens[k : k + len(phrase)]) == phrase:
                hi = bisect.bisect_left(local_starts, ts)
                candidates = [m for _, e, m in local[max(0, hi - 8) : hi] if e <= ts]
                if candidates:
                    out.append((candidates[-1].actor, candidates[-1].kind, " ".join(phrase)))
                break
    return out


def _passive_party(doc: Document, tokens: list[_Token], k: int, local: _Local, local_starts: list[int]) -> ActorMention | None:
    """"<party> (was) accused of": the actor before the auxiliaries, or the sentence's subject."""
    lex = doc.lex
    j = k - 1
    while j >= 0 and (tokens[j][2] in lex.passive or tokens[j][2] in ("has", "have", "had", "been")):
        j -= 1
    m = actor_ending_at(local, local_starts, tokens[j][1]) if j >= 0 else None
    if m is None and local and len(tokens) > 5 and local[0][0] <= tokens[min(5, len(tokens) - 1)][0]:
        # The subject named at the head of the sentence: "Council member Andrea Voss,
        # who is running for mayor, has been accused of ..."
        m = local[0][2] if local[0][1] <= tokens[k][0] else None
    return m


def _before_auxiliaries(doc: Document, tokens: list[_Token], k: int) -> int:
    """The index of the word before the passive auxiliaries ending at token ``k``."""
    j = k - 1
    while j >= 0 and (tokens[j][2] in doc.lex.passive or tokens[j][2] in ("has", "have", "had", "been")):
        j -= 1
    return j


def _active_party(
    doc: Document, tokens: list[_Token], k: int, local: _Local, local_starts: list[int], offset: int, headline: bool = False
) -> ActorMention | None:
    """"accused <party> of"; the party is the first actor within a few words."""
    lex = doc.lex
    ts, te, _ = tokens[k]
    limit = tokens[min(len(tokens) - 1, k + 8)][1]
    lo = bisect.bisect_right(local_starts, te)
    hi = bisect.bisect_right(local_starts, limit)
    candidates = [m for _, _, m in local[lo:hi]]
    if not candidates and not headline and k + 2 < len(tokens) and tokens[k + 1][2] == "the":
        noun = tokens[k + 2][2]  # "blamed the company": the company last named
        if noun in lex.institution_nouns and lex.institution_nouns[noun][1] not in _GOVERNMENT_CLASSES:
            org = latest_org_of_class(doc, lex.institution_nouns[noun][1], ts, noun)
            candidates = [org] if org is not None else []
    if candidates:
        stop = next((t for t in tokens[k + 1 : k + 10] if t[2] in ("of", "for", "over", "on")), None)
        m = candidates[0]
        if stop is None or m.start < stop[0]:
            modified = _modified_class(doc, tokens, m)
            if modified is None:
                return (None if headline else _titled_person(doc, m, candidates[1:2], stop)) or m  # (headline offsets: not the body's)
            # "accused Donald Trump campaign manager Corey Lewandowski of ...": the actor after
            # the class noun is the party; else the body's organisation of that class.
            later = next((c for c in candidates[1:] if stop is None or c.start < stop[0]), None)
            if later is not None or m.kind == "person":
                return later or m  # "blamed the Sanders campaign": the person, with no one named after
            return _body_organisation(doc, modified, m, headline)
    return None


def _titled_person(doc: Document, m: ActorMention, following: list[ActorMention], stop: _Token | None) -> ActorMention | None:
    """"accused Russian President Vladimir Putin of ...": the person after a country adjective and
    a capitalised title is the party, not the country; None for anything else ("accused Russian
    forces of ...")."""
    if m.kind != "country" or not following or following[0].kind != "person" or (stop is not None and following[0].start > stop[0]):
        return None
    between = doc.body[m.end : following[0].start].split()
    return following[0] if between and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in between) else None


def _modified_class(doc: Document, tokens: list[_Token], m: ActorMention) -> tuple[str, str] | None:
    """The institution noun right after the actor ``m`` when ``m`` only modifies it
    ("criticises NHS trust", "accused the Donald Trump campaign manager ..."): then ``m`` is not
    the accused party. None for no such noun and for the government classes ("blamed the Trump
    administration" keeps the actor, as "blamed the government" does)."""
    after = next((t for t in tokens if t[0] >= m.end), None)
    if after is None or after[0] - m.end != 1 or after[2] not in doc.lex.institution_nouns:
        return None
    klass = doc.lex.institution_nouns[after[2]][1]
    return None if klass in _GOVERNMENT_CLASSES else (after[2], klass)


def _body_organisation(doc: Document, modified: tuple[str, str], m: ActorMention, headline: bool) -> ActorMention | None:
    """The organisation of the class of the noun in ``modified`` (noun, class) the body names: the
    first for the headline, else the latest before ``m`` (or one written beside that noun); None
    when there is none."""
    noun, klass = modified
    if headline:
        body_orgs = (o for o in doc.mentions_in(0, len(doc.body)) if o.kind == "organisation")
        return next((o for o in body_orgs if org_class(doc.lex, o.actor) == klass), None)
    return latest_org_of_class(doc, klass, m.start, noun)


# Words that end a description of the accused ("accused the county treasurer of ...").
_DESCRIPTION_STOPS = frozenset({"of", "for", "over", "on", "in", "at", "with", "after", "and", "who", "that"})


def _described_object(doc: Document, tokens: list[_Token], k: int) -> str | None:
    """"accused the treasurer of rural Pike County of moving ...": the one person the text gives
    the role the definite description after the verb names (its head, the word before "of"; up to
    three modifiers before it), named before or after (:func:`~analysis.sourcing.accused.role_person`)."""
    if k + 2 >= len(tokens) or tokens[k + 1][2] != "the":
        return None
    for j in range(k + 2, min(len(tokens), k + 6)):
        if tokens[j][2] in _DESCRIPTION_STOPS:
            return role_person(doc, tokens[j - 1][2]) if j > k + 2 else None
    if len(tokens) <= k + 5:  # the description ends the sentence: "Lawmakers criticized the commissioner." (trial 20 F1)
        return role_person(doc, tokens[-1][2])
    return None


def _generic_object(doc: Document, text: str, offset: int, tokens: list[_Token], k: int) -> tuple[str, str] | None:
    """An accused party the text names no further: "accused the mayor of lying", "accused the
    (Labour) government of ..." (a definite role or institution noun right before "of"/"for", up to
    two modifiers before it; the party is "the <noun>", a person for a role, an organisation for a
    body), or a single capitalised word the actors stage leaves unnamed ("Regulators accused Acme
    of ...", as written). None when the object is neither (a pronoun, a common noun phrase)."""
    if k + 2 >= len(tokens):
        return None
    first = tokens[k + 1]
    if tokens[k + 2][2] in ("of", "for"):
        written = text[first[0] - offset : first[1] - offset]
        if is_name_word(written) and written.lower() not in doc.lex.pronouns and written.lower() not in doc.lex.unnamed:
            return given_name_party(doc, written) or (written, "organisation")  # "Acme" (a person is a mention; "Bob": F21)
        return pronoun_object(doc, tokens, k)  # "who accused her of hiding the report" (trial 18 F16)
    if first[2] != "the":
        return member_object(doc, tokens, k)  # "accused government forces of": the government (trial 21 F2)
    for j in range(k + 3, min(len(tokens), k + 6)):
        if tokens[j][2] in ("of", "for"):
            noun = tokens[j - 1][2]
            if noun in doc.lex.institution_nouns:
                # (not "the opposition party": parties are accused by name, "the party" names none of several)
                return (f"the {noun}", "organisation") if doc.lex.institution_nouns[noun][1] != "party" else None
            if is_role_noun(doc, noun):
                title = tuple(t[2] for t in tokens[j - 2 : j])  # "the prime minister", not "the minister"
                return (f"the {' '.join(title)}" if j - 2 > k + 1 and title in doc.lex.titles else f"the {noun}"), "person"
            return None
    return blamed_object(doc, tokens, k)  # "blamed the media among other targets": no "of"/"for" needed


_NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.’'-]*){0,4}"
_DESCRIPTION = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,4}"


def role_party(doc: Document, noun: str, qualifier: str | None = None) -> tuple[str, str] | None:
    """The named party a role noun stands for, tied to it by an apposition in the body:
    "AquaTest, the city's water contractor," or "the contractor, AquaTest," (the actor of a
    mention there, else the name as written, an organisation; with its kind); else the one person
    the text gives that role ("Treasurer Gary Lindqvist" for "county treasurer"); else None.
    An apposition whose description makes another holder of the role ("The team's new coach,
    Maria Ortiz,"; :data:`OTHER_HOLDER`) is not the party unless ``qualifier``, the headline's
    word before the noun, says the same ("Former clerk accused of ...")."""
    pattern = re.compile(
        rf"(?P<a>{_NAME}),\s+(?P<da>{_DESCRIPTION}){re.escape(noun)}\b|\b(?P<db>{_DESCRIPTION}){re.escape(noun)},\s+(?P<b>{_NAME})\s*[,.]"
    )
    for found in pattern.finditer(doc.body):
        group = "a" if found.group("a") else "b"
        start, end = found.span(group)
        if doc.body[start:end] in doc.lex.pronouns or found.group(group).split()[0] in ("The", "A", "An"):
            continue
        described = {w.lower() for w in WORD.findall(found.group("d" + group))}
        if any(w in OTHER_HOLDER and w != qualifier for w in described):
            continue  # "The team's new coach, Maria Ortiz,": not the coach the headline accuses
        mentions = doc.mentions_near((start, end))
        return (mentions[0].actor, mentions[0].kind) if mentions else (found.group(group), "organisation")
    person = role_person(doc, noun)  # "Ohio county treasurer accused of ...": "Treasurer Gary Lindqvist"
    return (person, "person") if person is not None else None


def actor_ending_at(local: _Local, starts: list[int], end: int) -> ActorMention | None:
    """The mention ending at ``end`` or up to 3 characters before it ("Russia’s", "U.S.")."""
    k = bisect.bisect_right(starts, end) - 1
    while k >= 0 and local[k][1] > end:
        k -= 1
    if k >= 0 and end - local[k][1] <= 3:
        return local[k][2]
    return None
