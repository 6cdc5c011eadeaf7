"""Stage 8a, the accused party named again: which speakers stand for a party the article accuses.

News names an accused party once, then refers to it in other words, and the right-of-reply check
(:mod:`.reply`) must follow it:

* a description before the name (cataphora): "State auditors have accused the treasurer of
  rural Pike County of ..." and a paragraph later "Treasurer Gary Lindqvist approved ...", or
  the headline's "Ohio county treasurer accused of ...": the one person the text gives that
  role (:func:`role_person`, from :func:`~analysis.sourcing.roles.roles_of` and a title written
  into the name);
* the name with or without its title ("Treasurer Gary Lindqvist" / "Gary Lindqvist"), and the
  short name of an organisation ("Ridgeline" for "Ridgeline Builders"): :func:`same_party`;
* a class noun for the accused organisation ("the company", "the firm", "the agency") that
  coreference left unnamed: the latest accused party that is not a person (:func:`implicit_party`);
* a representative named with such a name or noun ("a lawyer for Ridgeline", "a company
  spokeswoman"): :func:`represented_accused`;
* a pronoun that denies, declines to comment or could not be reached ("Prosecutors accused Gary
  Lindqvist of fraud. He denied the allegations."): coreference does not take the object of an
  accusation for a speaker, and rightly for what is said about him, but a denial or a refusal to
  comment is the accused's own act; the latest accused party the pronoun agrees with (person and
  gender for "he"/"she", not a person for "it") within a few paragraphs. :func:`bind_pronouns`
  gives such a pronoun the party's source, so no source is named "He";
* the seat of an office for its holder ("Downing Street" for "Prime Minister Keir Starmer", and
  its denial of "the accusation" for a person of no named office accused just before):
  :func:`seat_voice`, ``seats`` of ``reply.toml``.

:func:`quoted_charges` finds the parties charged with a wrong in someone's quoted or reported
words with no accusation verb ("“The company knew about this problem and kept selling these
strollers,”", "Kids in Danger said the company knew ..."):
``charges`` of ``accusation.toml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.actors import actor_country, match_entry, person_gender
from analysis.actors.gazetteer import honorific_gender
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.attributes import actor_is_official, latest_org_of_class, org_class, title_elsewhere
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lexicon import WORD, words
from analysis.sourcing.registry import ResolvedSource
from analysis.sourcing.result import SILENT_KINDS, Attribution, Source
from analysis.sourcing.roles import roles_of
from analysis.sourcing.statements import compile_pattern, pattern_keys, reply_lexicon

REPLY_KINDS = frozenset({"denial", *SILENT_KINDS})  # records that only the accused party itself makes
PRONOUN_PARAGRAPHS = 3  # paragraphs back from a pronoun that an accusation it refers to may lie


# Words before a name that make another office of it ("Deputy Prime Minister" is not "Prime Minister").
_OTHER_RANK = frozenset({"deputy", "vice", "assistant", "associate", "acting", "former", "lieutenant", "under", "ex"})


# Words before a role noun that make its holder another person than the one who holds the role
# now or is accused in it ("the team's new coach", "the former clerk").
OTHER_HOLDER = frozenset({"new", "former", "ex", "previous", "interim", "acting", "incoming", "outgoing", "deputy",
                          "assistant", "vice", "other", "late"})


@dataclass(frozen=True)
class AccusedParty:
    """A party the article accuses: its name (an actor), kind, and the body offset and paragraph of
    its first accusation (-1 and -1 for the headline)."""

    party: str
    kind: str
    position: int
    paragraph: int


def role_person(doc: Document, noun: str) -> str | None:
    """The one person the text gives the role ``noun`` ("treasurer"): by a role written with the
    name ("Gary Lindqvist, the county treasurer,"; "County Treasurer Gary Lindqvist") or a title
    inside the name as the actors stage keeps it ("Treasurer Gary Lindqvist"); None when no person
    or several have it."""
    if not is_role_noun(doc, noun):
        return None
    found = []
    for actor, mentions in doc.person_mentions.items():
        name_words = words(actor)[:-2]  # a title written into the name, before given name and surname
        if noun in name_words or any(
            noun in _title_before(doc, m.start) or _role_word_before(doc, m.start) == noun for m in mentions[:20]
        ) or any(noun in role.heads and not role.former and not role.modifiers & OTHER_HOLDER for role in roles_of(doc, actor)):
            found.append(actor)
    return found[0] if len(found) == 1 else None


@lexicon_cache
def _accusation_roles() -> frozenset[str]:
    return frozenset(load_lexicon("accusation")["roles"])


def is_role_noun(doc: Document, noun: str) -> bool:
    """Whether ``noun`` names a person's office or role: a one-word title (``titles.toml``), an
    unnamed-person noun (``speakers.toml``) or an office of ``accusation.toml [roles]``."""
    return (noun,) in doc.lex.titles or noun in doc.lex.unnamed or noun in _accusation_roles()


def _role_word_before(doc: Document, start: int) -> str | None:
    """The lower-case word right before a name when a role may be written so ("basketball coach
    Dale Wynn", "county clerk Ann Webb"), not after a word making another holder ("former coach")."""
    before = doc.body[max(doc.sentence_at(start).start, start - 40) : start]
    if not before.endswith(" "):
        return None
    tokens = before.split()
    if not tokens or not tokens[-1].isalpha() or not tokens[-1].islower():
        return None
    if len(tokens) > 1 and tokens[-2].lower().strip("-") in OTHER_HOLDER:
        return None
    return tokens[-1]


def _title_before(doc: Document, start: int) -> list[str]:
    """The capitalised words right before a name, lower case ("County Treasurer" -> county, treasurer)."""
    run: list[str] = []
    for word in reversed(doc.body[max(doc.sentence_at(start).start, start - 40) : start].split()[-3:]):
        if not word[:1].isupper() or not word.rstrip(".").isalpha():
            break
        run.append(word.rstrip(".").lower())
    return run


def same_party(name: str, party: str) -> bool:
    """Whether a source's ``name`` names ``party``: the same words, the name with or without a
    title before it ("Gary Lindqvist" / "Treasurer Gary Lindqvist", two words at least in
    common), or the short name of an organisation ("Ridgeline" for "Ridgeline Builders": its first
    words, when the party's first word is no given name)."""
    if name == party:
        return True
    mine, theirs = words(name), words(party)
    if not mine or not theirs or mine == theirs:
        return bool(mine) and mine == theirs
    shorter, longer = (mine, theirs) if len(mine) < len(theirs) else (theirs, mine)
    if len(shorter) >= 2 and longer[-len(shorter) :] == shorter:
        return not _OTHER_RANK.intersection(longer[: -len(shorter)])  # a title before the name, not "Deputy ..."
    return (
        len(mine) < len(theirs) and theirs[: len(mine)] == mine and name[:1].isupper()
        and person_gender(party) is None and person_gender(name) is None  # not "Gary" for "Gary Lindqvist"
    )


def _gender(doc: Document, party: str) -> str | None:
    """A person's gender from a given name, else from an honorific before a mention ("Mr. Lindqvist")."""
    said = person_gender(party)
    if said is not None:
        return said
    for m in doc.person_mentions.get(party, ())[:20]:
        before = doc.body[max(0, m.start - 6) : m.start].split()
        if before and honorific_gender(before[-1]) is not None:
            return honorific_gender(before[-1])
    return None


def gender_of(doc: Document, party: str) -> str | None:
    """A person's gender as the text gives it (:func:`_gender`), for other stages."""
    return _gender(doc, party)


def _person_like(doc: Document, party: AccusedParty) -> bool:
    """Whether the party is a person by what the text says (a given name or an honorific), not only
    by its capitalised words ("Ridgeline Builders" may be typed a person)."""
    return party.kind == "person" and _gender(doc, party.party) is not None


def _earlier(accused: Sequence[AccusedParty], position: int, paragraph: int, span: int) -> list[AccusedParty]:
    """The parties accused before ``position`` (the headline counts), within ``span`` paragraphs, latest first."""
    before = [p for p in accused if p.position < position and (p.paragraph < 0 or paragraph - p.paragraph <= span)]
    return sorted(before, key=lambda p: p.position, reverse=True)


def _pronoun_party(doc: Document, pronoun: str, accused: Sequence[AccusedParty], position: int, paragraph: int) -> str | None:
    """The latest accused party a speaker pronoun agrees with (module docstring)."""
    wanted = doc.lex.pronouns.get(pronoun)
    gender = "f" if pronoun == "she" else "m" if pronoun == "he" else None
    for party in _earlier(accused, position, paragraph, PRONOUN_PARAGRAPHS):
        if wanted == "person":
            if party.kind == "person" and _gender(doc, party.party) in (None, gender):
                return party.party
        elif not _person_like(doc, party):  # "it", "they": an organisation or a country
            return party.party
    return None


def pronoun_only(doc: Document, mentions: Sequence[str]) -> str | None:
    """The pronoun a source is known by when every mention is one ("He", "he"), else None."""
    lowered = {m.strip().lower() for m in mentions}
    if len(lowered) == 1 and next(iter(lowered)) in doc.lex.pronouns:
        return next(iter(lowered))
    return None


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*")


_POSSESSIVE_S = re.compile(r"['’]s\b")


def represented_accused(doc: Document, a: Attribution, source: Source, accused: Sequence[AccusedParty]) -> set[str]:
    """The accused parties a representative in the speaker phrase stands for, by the words the
    actors stage may not mark: a short or titled name ("a lawyer for Ridgeline", "Ridgeline's
    lawyer") or, for a source of no named body, a class noun ("a company spokeswoman", "a
    spokesman for the firm": the latest accused organisation of that class)."""
    if not accused:
        return set()
    reps = reply_lexicon().representatives
    tokens = words(a.speaker)
    firsts = first_words(reps)  # one set test per word before any phrase is compared
    if firsts.isdisjoint(tokens):
        return set()  # (no representative noun can start here: the phrases are not compared)
    at = next((k for k in range(len(tokens)) if tokens[k] in firsts for r in reps if tuple(tokens[k : k + len(r)]) == r), None)
    if at is None:
        return set()
    people = [(m.start, m.end) for m in doc.mentions_in(a.speaker_start, a.speaker_end) if m.kind == "person"]
    out: set[str] = set()
    for found in _CAPITALISED_RUN.finditer(a.speaker):
        name = " ".join(w for w in _POSSESSIVE_S.sub("", found.group(0)).split() if w not in ("A", "An", "The"))
        start = a.speaker_start + found.start()
        person = any(s <= start < e for s, e in people)  # "Trump and his attorneys": a person, no company's short name
        out |= {p.party for p in accused if name and same_party(name, p.party) and (p.kind == "person" or not person)}
    if not out and source.affiliation is None:
        # "a company spokeswoman", "a spokesman for the firm": the noun beside the representative
        beside = [tokens[at - 1]] if at > 0 else []
        if tokens[at + 1 : at + 3] in (["for", "the"], ["of", "the"]) and at + 3 < len(tokens):
            beside.append(tokens[at + 3])
        noun = next((w for w in beside if w in doc.lex.institution_nouns), None)
        # "a city spokesman", "a state attorney general": a public body's voice is an accused body
        # of that class only; an organisation of no known class (an accused firm) is a company's,
        # not the city's (new-user trial, round 12: a city spokesman was heard for an accused landfill firm).
        if noun is not None:
            official, klass = doc.lex.institution_nouns[noun]
            party = _accused_organisation(doc, accused, klass, a.speaker_start, a.paragraph, unclassed=not official)
            if party is not None:
                out.add(party)
    return out


@functools.cache
def first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words the phrases start with (a set test rules out most positions before any compare)."""
    return frozenset(p[0] for p in phrases if p)


def _accused_organisation(
    doc: Document, accused: Sequence[AccusedParty], klass: str, position: int, paragraph: int, unclassed: bool = True
) -> str | None:
    """The latest party accused before ``position`` that is an organisation of ``klass`` or, when
    ``unclassed``, of no known class (not a person by name, not a country)."""
    for party in _earlier(accused, position, paragraph, 10**6):
        if _person_like(doc, party) or party.kind not in ("organisation", "person"):
            continue  # a person by name, a country, a group or a place
        if party.kind == "person" and klass != "company":
            continue  # a name typed a person with no given name may be a company ("Ridgeline Builders"), not a group
        known = org_class(doc.lex, party.party) if party.kind == "organisation" else None
        if known == klass or (known is None and unclassed):
            return party.party
    return None


def implicit_party(doc: Document, a: Attribution, source: Source, accused: Sequence[AccusedParty]) -> str | None:
    """The accused party an unnamed speaker stands for: "the clerk" (a definite role description
    coreference left anonymous) for the one person the text gives that role, when accused; "the
    company" / "the firm" / "the agency" (a class noun no coreference named) for the latest
    accused organisation of a fitting class;
    a pronoun with no referent that denies or declines to comment for the latest accused party it
    agrees with."""
    if source.affiliation is not None or source.speaker_type not in ("institution", "anonymous", "office_holder", "unresolved"):
        return None
    pronoun = pronoun_only(doc, source.mentions)
    if pronoun is not None:
        return _pronoun_party(doc, pronoun, accused, a.speaker_start, a.paragraph) if a.statement_kind in REPLY_KINDS else None
    tokens = words(source.name)
    unnamed = source.speaker_type in ("anonymous", "office_holder")
    if unnamed and 2 <= len(tokens) <= 4 and tokens[0] == "the" and is_role_noun(doc, tokens[-1]):
        # "The clerk declined to comment": the one person the text gives that role, if accused
        person = role_person(doc, tokens[-1])
        return person if any(p.party == person for p in accused) else None
    if source.speaker_type != "institution" or len(tokens) != 2 or tokens[0] != "the" or tokens[1] not in doc.lex.institution_nouns:
        return None
    official, klass = doc.lex.institution_nouns[tokens[1]]  # "the city" speaks for an accused city, never a firm
    return _accused_organisation(doc, accused, klass, a.speaker_start, a.paragraph, unclassed=not official)


def bind_pronouns(
    doc: Document, merged: tuple[Candidate, ...], sources: tuple[ResolvedSource, ...], accused: Sequence[AccusedParty]
) -> tuple[tuple[Candidate, ...], tuple[ResolvedSource, ...]]:
    """Give a pronoun with no referent that denies, declines to comment or could not be reached
    the source of the accused party it stands for (every candidate of that pronoun's source moves)."""
    if not accused:
        return merged, sources
    out_sources = list(sources)
    moved: dict[int, int] = {}
    for candidate in merged:
        if candidate.kind not in REPLY_KINDS or candidate.source in moved or candidate.speaker is None:
            continue
        source = sources[candidate.source]
        pronoun = pronoun_only(doc, source.mentions) if source.person is None and source.name_hint is None else None
        if pronoun is None:
            continue
        party = _pronoun_party(doc, pronoun, accused, candidate.speaker[0], candidate.paragraph)
        if party is not None:
            moved[candidate.source] = _party_source(doc, out_sources, party, accused, source)
    if not moved:
        return merged, sources
    rebound = tuple(evolve(c, source=moved[c.source]) if c.source in moved else c for c in merged)
    return rebound, tuple(out_sources)


def _party_source(doc: Document, out: list[ResolvedSource], party: str, accused: Sequence[AccusedParty], pronoun: ResolvedSource) -> int:
    """The id of ``party``'s source in ``out``, appended when the party has none yet (its mentions
    the pronoun's)."""
    for s in out:
        if s.person == party or s.name_hint == party:
            return s.id
    kind = next(p.kind for p in accused if p.party == party)
    if kind == "person":
        title, official = title_elsewhere(doc, party)
        made = ResolvedSource(
            id=len(out), speaker_type="named_person", head=None, person=party, name_hint=None, mentions=pronoun.mentions,
            spans=pronoun.spans, affiliation=None, title=title, title_official=official, institution_official=None, reason=None,
        )
    else:
        made = ResolvedSource(
            id=len(out), speaker_type="institution", head=None, person=None, name_hint=party, mentions=pronoun.mentions,
            spans=pronoun.spans, affiliation=party if actor_country(party) is None or kind != "country" else actor_country(party),
            title=None, title_official=None, institution_official=actor_is_official(doc.lex, party), reason=None,
        )
    out.append(made)
    return made.id


@lexicon_cache
def _seat_holders() -> dict[str, tuple[str, ...]]:
    """``seats`` of ``reply.toml`` as a look-up (seat -> its holder's title words), built once, not per attribution."""
    return dict(reply_lexicon().seats)


def seat_voice(doc: Document, a: Attribution, source: Source, accused: Sequence[AccusedParty]) -> set[str]:
    """The accused parties the seat of an office speaks for (``seats`` of ``reply.toml``:
    "Downing Street" for the prime minister): "the <holder>" ("the prime minister") when the
    dateline is the seat's country, or with no dateline when the seat denies the charge just made
    or declines to comment; a person the text gives the holder's title, of no other
    country ("Prime Minister Keir Starmer"; under another country's dateline, only with the seat's
    country named: "U.S. President ..."); and for a denial or a refusal to comment, the person
    accused just before it (within a few paragraphs) when the text gives them no office at all
    ("Badenoch accused Keir Starmer of ... Downing Street rejected the accusation")."""
    if source.speaker_type != "institution":
        return set()
    holder = _seat_holders().get(source.name)
    if holder is None:
        return set()
    country = actor_country(source.name)
    out: set[str] = set()
    latest = _earlier(accused, a.speaker_start, a.paragraph, PRONOUN_PARAGRAPHS)[:1]
    answers = bool(latest) and (a.statement_kind in SILENT_KINDS or answers_the_charge(a))
    dateline = dateline_country(doc)
    for party in accused:
        if party.party.startswith("the "):
            if tuple(words(party.party))[1:] != holder:
                continue
            # "LONDON — ... accused the prime minister of ...": Downing Street's holder; with no
            # dateline, only the seat's answer to the charge just made says whose office it is.
            if dateline == country or (dateline is None and answers and latest == [party]):
                out.add(party.party)
            continue
        named_countries = _role_countries(doc, party.party) if party.kind == "person" else set()
        if party.kind != "person" or named_countries - {country}:
            continue  # a country, an organisation, or a person the text makes another country's
        if dateline not in (None, country) and country not in named_countries:
            continue  # "MOSCOW — ... President X ... The White House said": whose president is not said
        roles = roles_of(doc, party.party)
        if any(_holds(r.title, r.heads, holder) for r in roles if not r.former and not r.modifiers & OTHER_HOLDER):
            out.add(party.party)
        elif not roles and answers and latest == [party]:  # (not "former President X": an office named)
            out.add(party.party)  # the seat answers the charge just made against a person of no named office
    return out


_ANAPHORS = frozenset({"the", "this", "that", "these", "those", "such"})


def answers_the_charge(a: Attribution) -> bool:
    """Whether ``a`` is a denial of the accusation just made, named by an anaphor and nothing
    more: "denied the charge", "rejected the accusations", "denied it" (not "rejected the claim
    made by the ruling party", a claim of someone else's)."""
    if a.statement_kind != "denial":
        return False
    said = words(a.text)
    rlex = reply_lexicon()
    if len(said) == 1:
        return said[0] in rlex.pronoun_objects
    return len(said) == 2 and said[0] in _ANAPHORS and said[1] in rlex.denial_objects


def _holds(title: tuple[str, ...] | None, heads: frozenset[str], holder: tuple[str, ...]) -> bool:
    """Whether a role (its full title and head nouns) is the office ``holder`` names: the same
    title ("prime minister"), or a one-word office as its head with no other title ("President X",
    "X, the president")."""
    if title is not None:
        return title == holder
    return len(holder) == 1 and holder[0] in heads


def _role_countries(doc: Document, person: str) -> set[str]:
    """The countries named in the capitalised title right before a person's mentions ("Russian
    President Vladimir Putin" -> Russia; "U.S. President ...")."""
    out: set[str] = set()
    for m in doc.person_mentions.get(person, ())[:20]:
        sentence = doc.sentence_at(m.start)
        for c in doc.mentions_in(max(sentence.start, m.start - 40), m.start):
            between = doc.body[c.end : m.start].split()
            if c.kind == "country" and all(w[:1].isupper() for w in between):
                out.add(c.actor)
    return out


def dateline_country(doc: Document) -> str | None:
    """The country of the article's dateline ("LONDON —" -> United Kingdom), if the gazetteer knows it."""
    entry = match_entry(doc.article.dateline.title()) if doc.article.dateline else None
    return entry.country if entry is not None else None


# Words that may stand between a charge's subject and its predicate ("Acme has repeatedly lied",
# "the firm tried to cover up"): auxiliaries and adverbs of manner, never a negation.
_CHARGE_GAP = frozenset({"has", "have", "had", "is", "are", "was", "were", "been", "also", "repeatedly", "deliberately",
                         "knowingly", "wilfully", "willfully", "clearly", "simply", "just", "always", "then", "secretly",
                         "systematically", "actively", "tried", "to", "wanted"})


_CONDITIONAL = frozenset({"if", "whether", "unless"})


@lexicon_cache
def _charges() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """``charges`` of ``accusation.toml``, compiled, each with the words one of which a match needs."""
    return tuple(
        (compile_pattern(item["pattern"].lower()), frozenset(pattern_keys(item["pattern"].lower())))
        for item in load_lexicon("accusation").get("charges", ())
    )


@lexicon_cache
def _charge_words() -> frozenset[str]:
    """Every word one of the charges needs (no article's sentence without one holds a charge)."""
    # (built from _charges() under the same lexicons; an lru_cache keyed by the charges tuple
    # hashed every compiled pattern's code on each call)
    return frozenset().union(*(keys for _, keys in _charges()))


def quoted_charges(doc: Document) -> list[tuple[int, str, str, str]]:
    """(body offset, party, kind, cue) for each charge of wrongdoing in someone's quoted or
    reported words whose subject is a party, in body order (``charges`` of ``accusation.toml``,
    which says why each counts): inside quotation marks ("“The company knew about this problem and
    kept selling these strollers,” said ..."), or right after a reporting verb ("Kids in Danger
    said the company knew about the problem and kept selling"); not in the reporter's own words."""
    out: list[tuple[int, str, str, str]] = []
    charges = _charges()
    needed = _charge_words()
    for sentence in doc.article.sentences:
        lower_words = doc.sentence_sets[sentence.index]
        if needed.isdisjoint(lower_words):
            continue
        for pattern, keys in charges:
            if keys.isdisjoint(lower_words):
                continue  # a word the charge needs is not in the sentence (most sentences)
            for m in pattern.finditer(doc.body_lower, sentence.start, sentence.end):
                subject = charge_subject(doc, sentence.start, m.start())
                if subject is None or not (
                    (doc.in_quote(m.start()) and doc.in_quote(subject[2])) or _reported(doc, sentence.start, subject[2])
                ):
                    continue  # the reporter's own words
                out.append((m.start(), subject[0], subject[1], " ".join(doc.body[m.start() : m.end()].split())))
    return sorted(out)


_NEGATIONS = frozenset({"not", "never", "no"})
_REPORTING_STANCES = frozenset({"neutral", "assertive", "accusation", "warning", "admission"})  # not denial or doubt


def _reported(doc: Document, floor: int, subject_start: int) -> bool:
    """Whether a reporting verb of assertion introduces the clause opening at ``subject_start``
    ("said (that) the company ...", "alleged that Acme ..."), not denial or doubt ("denied that
    Acme lied") and not negated ("did not say that ...")."""
    before = _without_title(doc, [w.lower() for w in WORD.findall(doc.body[floor:subject_start])])
    if before[-1:] == ["that"]:
        before.pop()
    verb = doc.lex.verbs.get(before[-1]) if before else None
    if verb is None or verb.stance not in _REPORTING_STANCES:
        return False
    return not (len(before) > 1 and (before[-2] in _NEGATIONS or before[-2].endswith("n't") or before[-2] == "t"))


_TITLE_WORDS = 4  # the longest title run looked for before a named subject ("Secretary of State")


def _without_title(doc: Document, before: list[str]) -> list[str]:
    """The words before a named subject less the title written with the name ("Critics say Sen. Ann
    Cole lied", "said former Secretary of State Ann Cole lied"): the reporting verb stands before
    the title, and the charge is as much in the critics' words as in "Critics say Ann Cole lied" (round 18)."""
    for n in range(min(_TITLE_WORDS, len(before) - 1), 0, -1):
        if tuple(before[-n:]) in doc.lex.titles:
            before = before[:-n]
            return before[:-1] if before[-1:] == ["former"] else before
    return before


def charge_subject(doc: Document, floor: int, at: int) -> tuple[str, str, int] | None:
    """The party written as the subject right before a charge at ``at`` (within the sentence
    from ``floor``), with its body offset: an actor mention, or "the company" for the organisation
    of that kind last named (else "the company" as written); None for a pronoun, a common noun,
    a negation or a condition ("If Acme lied")."""
    tokens = [(m.start() + floor, m.end() + floor, m.group(0)) for m in WORD.finditer(doc.body[floor:at])]
    k = len(tokens) - 1
    while k >= 0 and tokens[k][2].lower() in _CHARGE_GAP:
        k -= 1
    if k < 0:
        return None
    end = tokens[k][1]
    named = [m for m in doc.mentions_in(floor, end + 1) if end <= m.end <= end + 1]  # (a name may end in "Corp.")
    if named:
        before = WORD.findall(doc.body_lower[max(floor, named[-1].start - 8) : named[-1].start])
        if before and before[-1] in _CONDITIONAL:
            return None  # "If Acme lied, it will pay": no charge made
        return named[-1].actor, named[-1].kind, named[-1].start
    noun = tokens[k][2].lower()
    if k == 0 or tokens[k - 1][2].lower() != "the" or noun not in doc.lex.institution_nouns or (
        k > 1 and tokens[k - 2][2].lower() in _CONDITIONAL
    ):
        return None
    klass = doc.lex.institution_nouns[noun][1]
    if klass == "party":
        return None  # "the party" names none of several parties
    org = latest_org_of_class(doc, klass, at, noun)
    return (org.actor, org.kind, tokens[k - 1][0]) if org is not None else (f"the {noun}", "organisation", tokens[k - 1][0])


def accusation_cues() -> dict[str, tuple[str, ...]]:
    """What the right-of-reply check reads as an accusation, by family, from ``accusation.toml``:
    for a report that finds none to say what it looked for ("no accusation found by these cues"),
    not that the article accuses no one. ``verbs`` ("accused", "blamed", ...), ``clause``
    ("alleges that ..."), ``concern`` ("raises concern") and ``charges`` (the patterns of a charge
    in quoted or reported words: "lied", "knew ... and kept", ...)."""
    data = load_lexicon("accusation")
    return {
        "verbs": tuple(sorted({*data["active"], *data["passive"]})),
        "clause": tuple(data.get("clause", ())),
        "concern": tuple(data["concern"]),
        "charges": tuple(item["pattern"] for item in data.get("charges", ())),
    }
