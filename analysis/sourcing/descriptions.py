"""Coreference of speaker descriptions: which source a named, described or institutional speaker
phrase refers to, opening a new one when none matches.

* A **named person** (a person mention heads the phrase) is one source per person
  (:mod:`analysis.actors` resolves surname-only mentions), with the title written with the name
  or, failing that, with any other mention of them.
* A **definite description** ("the official", "the defense official") refers back to the latest
  source with the same head noun (or a named source with that title, "the mayor", or the person
  last named with that title, "President Donald Trump") whose affiliation and modifiers do not
  conflict; failing that, the named person the text gave that role (:mod:`analysis.sourcing.roles`:
  "the Vermont senator" after "Sen. Bernie Sanders", "the Ohio Republican" after "(R-Ohio)"),
  never one whose state, party or "former" conflicts; failing that, a description whose head is
  a noun news uses to vary a newsmaker's name ("The billionaire businessman says") continues the
  named speaker of the attribution just before when nobody else was named since
  (:func:`_previous_subject`). An **indefinite** one ("a second official", "another resident")
  opens a new source; a bare plural ("officials said") may repeat a group but never names a
  person already named.
* An **institution** is one source per named actor; "the company" or "the union" with no earlier
  source of that kind is the organisation of that kind last named ("Carver Steel will close ...,
  the company said"), "the Russian defence ministry" speaks for Russia but is not Russia.
"""

from __future__ import annotations

import re

from analysis.actors import ActorMention, person_gender
from analysis.actors.gazetteer import honorific_gender
from analysis.sourcing.appositions import whose_reading
from analysis.sourcing.attributes import (
    actor_is_official,
    definite_org,
    gender_of,
    latest_org_of_class,
    locative,
    named_employer,
    office_in,
    org_class,
    reason_near,
    topic,
)
from analysis.sourcing.company_referent import kept_referent, lead_modifier, speaking_company, spoken_form
from analysis.sourcing.context import LOOKBACK_CHARS, LOOKBACK_SOURCES, TITLE_MENTIONS, Document
from analysis.sourcing.frozen import evolve, frozen_record
from analysis.sourcing.glued_names import glued_name, glued_surname_source
from analysis.sourcing.lexicon import DETERMINERS, Lexicon, word_tuple, words
from analysis.sourcing.listed_names import own_title
from analysis.sourcing.lone_speakers import lone_person, misspelt_surname
from analysis.sourcing.phrase_shapes import ampersand_name, name_modifies_head, participle_by
from analysis.sourcing.phrases import collective, core_head_in, known_head, person_in, person_noun, proper_name
from analysis.sourcing.registry import Registry, SourceRecord, compatible, other_office, update
from analysis.sourcing.roles import Description, Role, describe_role, referent, role_conflict, role_words, roles_of
from analysis.sourcing.side_words import side_mentions
from analysis.sourcing.thing_heads import unknown_head_kind

# ("whose party" after "said Gauland,": his party, never the party last named, as "the party" is: trial 14 F14.)
_INDEFINITE = frozenset({"a", "an", "another", "one", "two", "three", "some", "several", "other", "many", "whose"})
_NEUTRAL_MODIFIERS = frozenset({"senior", "top", "junior", "high", "ranking", "high-ranking", "senior-level",
                                "former", "current", "local", "second", "third", "same", "first", "other",
                                "unnamed", "anonymous", "anonymity", "us", "u.s"})
_RELATIVE_CLAUSE = re.compile(r", (?:which|who|that|whose) ")
_MEDIA_ACCESS = re.compile(r"\b(?:(?:seen|obtained|(?:review|report|cit|view|poll|survey|interview|quot)ed|read)\s+by|via|told)\b")


@frozen_record  # (a frozen dataclass built with one update of its instance dictionary: frozen.py)
class _Phrase:
    """What one speaker phrase says of its source."""

    span: tuple[int, int]
    text: str
    words: tuple[str, ...]
    core_words: tuple[str, ...]
    head: str | None
    actor_mentions: tuple[ActorMention, ...]  # the actors it names that may be its side
    affiliation: str | None
    person: ActorMention | None
    title: str | None
    title_official: bool | None
    gender: str | None
    name: str | None  # a proper name no actor mention covers ("Twitter"), else None


def describe(doc: Document, reg: Registry, span: tuple[int, int]) -> SourceRecord:
    """The source of the (non-pronoun) speaker phrase at ``span``, noting the mention in it."""
    phrase = _read(doc, span)
    head = phrase.head
    lex = doc.lex
    if head is not None and head.endswith("ed") and len(phrase.core_words) >= 2 and (
        phrase.core_words[-2] in lex.document_nouns or participle_by(doc, phrase.span, phrase.core_words)
    ):
        head = phrase.core_words[-2]  # "evidence presented at trial", "figures released": the noun, not its participle
        phrase = evolve(phrase, head=head)
    determiner = phrase.core_words[0] if phrase.core_words else ""
    if determiner == "whose":  # "Gauland, whose party has claimed" (trial 14 F14); "Acme, whose spokesman said" (round 18)
        phrase = evolve(phrase, **whose_reading(doc, span, head, phrase.name))
    role = describe_role(doc, phrase.core_words, head, phrase.title) if determiner == "the" else None
    if phrase.person is not None and not (role is not None and _role_words_only(phrase.person.text)):
        return _named_person(doc, reg, phrase, phrase.person)
    if phrase.person is not None:
        phrase = evolve(phrase, person=None)  # "the Ohio Republican": a description, not a name
    party_head = role is not None and _party_member(phrase, role)
    person_head = head is not None and (
        party_head or head in lex.unnamed or (head,) in lex.titles or (head.endswith("s") and (head[:-1],) in lex.titles)
        or person_noun(lex, head[:-1] if head.endswith("s") else head)  # "a Canadian geophysicist": a person, not Canada
    )
    if role is not None and party_head:
        # "the Ohio Republican" after "Sen. Dana Hollis (R-Ohio)": a person, never the party
        named, given = _role_person(doc, reg, role, span[0], phrase.gender)
        if named is None and not given:
            named = _previous_subject(doc, reg, phrase, role, span[0])
        if named is not None:
            update(named, phrase.text, span, span[0], phrase.affiliation, phrase.title, phrase.title_official, phrase.gender)
            return named
    if person_head and _named_organisation_opens(doc, phrase):
        person_head = False  # "Parents for Safe Cribs, a nonprofit group": the name of a body, not parents
    paper = head == "post" and len(phrase.core_words) > 2  # ("The Washington Post", not "the Post" alone: trial 15)
    title_case = _title_case_name(doc, phrase) if (person_head and not party_head) or paper else None
    title_case = title_case or (ampersand_name(doc, phrase.span) if person_head else None)  # "Fox & Friends" (trial 16 F1)
    if title_case is not None:
        person_head = False  # "the Philippine Star", "The Guardian": a newspaper's name, not a star or a guardian
        phrase = evolve(phrase, name=title_case, actor_mentions=())
    if head in lex.document_nouns and title_case is None:  # ("The Washington Post" is a paper: trial 15)
        kind = "document"
    elif head in lex.institution_nouns and not person_head:
        kind = "institution"
    elif person_head or collective(lex, head):
        kind = "anonymous"  # "59 percent said", "70 percent of Americans say": poll respondents, never the state
    elif phrase.actor_mentions:
        kind = "institution"  # "The United States", "Iran", "The developer, Northgate Homes"
    elif phrase.name is not None:
        kind = "institution"  # "Twitter said", "The Vatican says": a body the gazetteer does not list
    else:
        kind = unknown_head_kind(lex, phrase.words)  # "a book debunking ...", "an interview he gave": a text (trial 16)
    modifiers = frozenset(
        w for w in (*lead_modifier(phrase.core_words), *phrase.core_words[1:-1]) if w not in DETERMINERS and w not in _NEUTRAL_MODIFIERS
        and not any(w in words(m.text) for m in phrase.actor_mentions)
    )
    # "the official" refers back; "officials said" (a bare plural) may repeat a group but
    # never names a person already named.
    definite = determiner not in _INDEFINITE
    glued_person = glued_surname_source(doc, reg, phrase.text, span) if kind == "institution" and reg.by_person else None
    if glued_person is not None:  # "Bloomberg said" after "Mayor Michael Bloomberg said" (trial 16 F14)
        return glued_person
    if kind == "institution" and lone_person(doc, phrase.text, phrase.actor_mentions):
        name = misspelt_surname(doc, phrase.text) or phrase.text  # ("Canete" after "Miguel Arias Canente")
        source, _ = reg.person_source(name, phrase.gender)  # "“I am ready,” Cruz said": a person
        update(source, phrase.text, span, span[0], None, phrase.title, phrase.title_official, phrase.gender)
        return source
    if kind == "institution":
        return _institution(doc, reg, phrase, definite, modifiers)
    bare_plural = determiner not in DETERMINERS and head is not None and head.endswith("s")
    return _description(doc, reg, phrase, kind, definite, bare_plural, modifiers, role)


def _named_organisation_opens(doc: Document, phrase: _Phrase) -> bool:
    """Whether the phrase's core opens with a capitalised organisation's name that holds its head
    word ("Parents for Safe Cribs", "Mothers in Charge"): a body named with a word for people."""
    core, _ = core_head_in(doc, phrase.span)
    return any(
        m.start == core[0] and m.kind == "organisation" and m.via == "capitalised" and phrase.head in words(m.text)
        for m in phrase.actor_mentions
    )


def _role_words_only(text: str) -> bool:
    """Whether a "name" is only state and party words ("Ohio Republican", "Vermont Independent")."""
    rw = role_words()
    tokens = words(text)
    rest = " ".join(w for w in tokens if w not in rw.party_of)
    return len(tokens) > len(rest.split()) and (not rest or rest in rw.states)


def _read(doc: Document, span: tuple[int, int]) -> _Phrase:
    body = doc.body
    text = body[span[0] : span[1]]
    tokens = word_tuple(text)
    core, head = core_head_in(doc, span)
    mentions = doc.mentions_near(span)
    # (every match holds "by", "via" or "told": the search, tried at each position, runs only then)
    reach = _MEDIA_ACCESS.search(body, span[0], span[1]) if "by" in text or "via" in text or "told" in text else None
    if reach is not None:  # "a report seen by the Evening Post": the newspaper is not the source's side
        mentions = [m for m in mentions if m.start < reach.start()]
    actor_mentions = [m for m in mentions if m.kind != "person" and not locative(doc, m) and not topic(doc, m)]
    actor_mentions, demonym_org = side_mentions(doc, actor_mentions)  # no nationality of a private person
    clause = _RELATIVE_CLAUSE.search(body, span[0], span[1]) if len(actor_mentions) > 1 else None
    if clause is not None and actor_mentions[0].start < clause.start():
        # "The union IG Metall, which represents Veridian's German staff": the clause describes the
        # speaker; the country it names is not who speaks (trial 14)
        actor_mentions = [m for m in actor_mentions if m.start < clause.start()]
    affiliation = actor_mentions[0].actor if actor_mentions else demonym_org  # (side_words: "Americans for Prosperity")
    if affiliation is None:
        affiliation = definite_org(doc, span) or named_employer(doc, span)
    if affiliation is None and tokens and tokens[0] == "its":
        # "Its leader, Tiago Oliveira": the organisation last named in the paragraph.
        paragraph = doc.paragraph_at(span[0])
        orgs = [m for m in doc.mentions_in(paragraph.start, span[0]) if m.kind in ("organisation", "group")]
        affiliation = orgs[-1].actor if orgs else None
    title, title_official = office_in(doc, span)  # a body-dependent title takes its office from the phrase
    read_as_person = person_in(doc, span)
    person = _named_after_title(doc, span, read_as_person)
    if person is None and read_as_person is not None and _staff_employer_alone(doc, span, read_as_person):
        person = read_as_person  # "Cruz said" where the article also writes "Cruz spokesman Rick Tyler"
    body_name = None  # "Illinois Environmental Protection ...": an agency read as a person is its affiliation, or its name
    if read_as_person is not None and person is not read_as_person and _works_at(doc, read_as_person.actor):
        body_name = read_as_person.actor
    return _Phrase(
        span=span, text=text, words=tokens, core_words=word_tuple(body[core[0] : core[1]]), head=head,
        actor_mentions=tuple(actor_mentions), affiliation=affiliation or body_name, person=person,
        title=title, title_official=title_official, gender=gender_of(doc.lex, tokens),
        name=(body_name if person is None else None) or (
            None if mentions or (head is not None and known_head(doc.lex, head)) else proper_name(body[core[0] : core[1]])
        ),
    )


# Words after which a capitalised name is a term being named, not a speaker ("known as Big Bang").
_NAMING_WORDS = frozenset({"as", "called", "dubbed", "named", "nicknamed", "titled", "calls", "call", "labelled",
                           "labeled", "branded", "so-called"})
_NEWLY = frozenset({"recently", "newly", "just"})


def _named_after_title(doc: Document, span: tuple[int, int], person: ActorMention | None) -> ActorMention | None:
    """The person a phrase names as its speaker, past what :func:`person_in` reads as one: a run
    written before a title and a name ("Illinois Environmental Protection Director Maria
    Delgado": the person after the title; the run alone is the agency, never a person), a name
    used as a modifier of the phrase's head ("Trump supporters", "Big Bang critics": the group is
    the speaker), and a term being named ("the plan known as Big Bang")."""
    if person is None:
        return None
    before = words(doc.body[span[0] : person.start])
    if any(w in _NAMING_WORDS and before[max(k - 1, 0)] not in _NEWLY for k, w in enumerate(before) if k >= len(before) - 3):
        return None  # "calls the plan Big Bang"; not "its recently named chair X", a title
    later = [m for m in doc.mentions_in(person.end, span[1]) if m.kind == "person" and not _works_at(doc, m.actor)]
    if _works_at(doc, person.actor):
        return later[0] if later else None
    after = doc.body[person.end : span[1]]
    if name_modifies_head(doc.lex, after, _NOT_A_HEAD, person_later=bool(later)):  # "Trump supporters said",
        return later[-1] if later else None  # "The Trump Administration said", "the Trump-appointed judge (X) said"
    if later and _staff_between(doc.lex, doc.body[person.end : later[0].start]):
        return later[0]  # "Clinton spokesman Josh Schwerin": the spokesman speaks, Clinton is whose staff
    if later and _modifies_body(doc.lex, after):
        return later[-1]  # "Trump administration Solicitor General Noel Francisco" (trial 14 F2)
    return person


def _modifies_body(lex: Lexicon, after: str) -> bool:
    """Whether a name is a modifier of the body noun right after it ("Trump administration",
    "Obama campaign", "Merkel government"): the name says whose body it is, so a person named
    later in the same phrase, the one nearest the cue, is the speaker."""
    following = words(after)[:1]
    return bool(following) and following[0] in lex.institution_nouns


# Only lower-case words (after an optional possessive) between an employer's name and a staff
# member's: "Trump senior adviser", "Sanders' spokesman", "Rubio press secretary".
_STAFF_RUN = re.compile(r"(?:[’']s?)?(?:\s+[a-z][a-z-]*){1,4}\s+")


def _title_case_name(doc: Document, phrase: _Phrase) -> str | None:
    """The name a definite phrase spells in capitals ending on a person noun newspapers are named
    with (speakers.toml ``newspaper_heads``: "the Philippine Star", "The Guardian", "the Arctic
    Monitor"), else None; "the President", "the US Coast Guard", "the guardian" stay as they were."""
    if phrase.core_words[:1] != ("the",):
        return None
    if phrase.head not in doc.lex.newspaper_heads and not _paper_named_leader(doc.lex, phrase):
        return None
    core, _ = core_head_in(doc, phrase.span)
    name = proper_name(doc.body[core[0] : core[1]])
    return name if name is not None and name.split()[-1].lower() == phrase.head else None


# Words before "Leader" that make it an office, not a newspaper's name ("the Senate Majority Leader",
# "Iran's Supreme Leader", "the House Republican Leader").
_LEADER_OFFICE_WORDS = frozenset({"majority", "minority", "opposition", "deputy", "supreme", "floor", "world", "team",
                                  "group", "house", "senate", "assembly", "council", "party", "spiritual", "religious",
                                  "political", "military", "rebel", "former", "acting", "interim", "republican",
                                  "democratic", "democrat", "labour", "labor", "conservative", "liberal", "green",
                                  "national", "parliamentary", "squadron", "union", "tory"})


def _paper_named_leader(lex: Lexicon, phrase: _Phrase) -> bool:
    """"the Sioux Falls Argus Leader": a capitalised name of at least two words before "Leader"
    that holds no office, body or party word and names no actor is a newspaper (trial 13 F1);
    "the Senate Majority Leader", "the Iranian Supreme Leader" stay offices."""
    if phrase.head != "leader" or phrase.actor_mentions:
        return False
    run = phrase.core_words[1:-1]
    written = phrase.text.split()
    return len(run) >= 2 and all(w[:1].isupper() for w in written[1 : 1 + len(run)]) and not any(
        w in _LEADER_OFFICE_WORDS or w in lex.institution_nouns or w in lex.unnamed or (w,) in lex.titles for w in run
    )


def _staff_between(lex: Lexicon, between: str) -> bool:
    """Whether the words between two names make the second the first's staff or associate: a
    run of lower-case words ending on a title, an unnamed-person noun, an -ist/-ian noun or a staff
    noun (speakers.toml ``staff_nouns``), so "Trump was out-brutalizing Ted Cruz" is not one."""
    if _STAFF_RUN.fullmatch(between) is None:
        return False
    run = words(between)
    if any(w.endswith("ed") for w in run):
        return False  # "Swanson praised evangelist Franklin Graham": a verb, no staff
    last = run[-1]
    return (
        last in lex.unnamed or last in lex.staff_nouns or person_noun(lex, last)
        or any(tuple(run[i:]) in lex.titles for i in range(len(run)))
    )


# Lower-case words after a name in a speaker phrase that do not make the name a modifier.
_NOT_A_HEAD = frozenset({"and", "or", "of", "in", "on", "at", "for", "from", "with", "who", "whose", "which", "that",
                         "jr", "sr", "said", "says", "told", "added", "wrote"})


def _works_at(doc: Document, actor: str) -> bool:
    """Whether a "person" with no given name known is, somewhere in the article, written right
    before a title and another person's name (the organisation of "<Body> Director <Name>")."""
    if person_gender(actor) is not None:
        return False
    mentions = doc.person_mentions.get(actor, ())[:TITLE_MENTIONS]
    for m in mentions:
        nxt = next((n for n in doc.mentions_in(m.end, m.end + 60) if n.kind == "person" and n.actor != actor), None)
        if nxt is None:
            continue
        between = tuple(words(doc.body[m.end : nxt.start]))
        if between and between in doc.lex.titles:
            return True
    return False


# A person's own staff, written after the person's surname ("Cruz spokesman Rick Tyler", "Clinton aide
# Huma Abedin"): the surname is whose staff, and stays a person where the article names it alone.
_PERSONAL_STAFF = frozenset({("spokesman",), ("spokeswoman",), ("spokesperson",), ("aide",), ("adviser",), ("advisor",),
                             ("press", "secretary"), ("campaign", "manager"), ("chief", "of", "staff")})


def _staff_employer_alone(doc: Document, span: tuple[int, int], person: ActorMention) -> bool:
    """Whether a one-word "person" (a surname the actor stage reads as a person) that :func:`_works_at`
    takes for an employer is written before a title only as its personal staff's employer, and the
    phrase names no one else: "Cruz said he would stay" is Cruz, though "Cruz spokesman Rick Tyler"
    is written elsewhere (a firm's "Acme spokesman" is typed an organisation by the actor stage)."""
    if " " in person.actor or any(m.kind == "person" and m.actor != person.actor for m in doc.mentions_in(*span)):
        return False
    for m in doc.person_mentions.get(person.actor, ())[:TITLE_MENTIONS]:
        nxt = next((n for n in doc.mentions_in(m.end, m.end + 60) if n.kind == "person" and n.actor != person.actor), None)
        between = tuple(words(doc.body[m.end : nxt.start])) if nxt is not None else ()
        if between and between in doc.lex.titles and between not in _PERSONAL_STAFF:
            return False
    return True


def _named_person(doc: Document, reg: Registry, phrase: _Phrase, person: ActorMention) -> SourceRecord:
    glued = glued_name(doc, person)  # "Mayor Michael Bloomberg": one person, not "Michael" and the agency (trial 16 F14)
    if glued is not None:
        phrase = evolve(phrase, affiliation=None)
    actor = glued or _same_surname_other(reg, phrase, person.actor)
    source, _ = reg.person_source(actor, phrase.gender or person_gender(actor))
    title, title_official = own_title(doc, phrase.span, person) or (phrase.title, phrase.title_official)  # (listed_names)
    if title is None:
        title, title_official = reg.title_of(doc, person.actor)
    update(source, phrase.text, phrase.span, phrase.span[0], phrase.affiliation, title, title_official, phrase.gender)
    return source


def _same_surname_other(reg: Registry, phrase: _Phrase, actor: str) -> str:
    """The person a "Mrs. Khan" or "Mr. Khan" speaker is: ``actor`` unless ``actor`` is already a
    source known by the other honorific or a given name of the other gender, in which case the
    honorific and the surname name someone else (the wife quoted after her husband, "Mr. Khan").
    Gender from pronouns alone never splits a person (a wrongly resolved "she" is not evidence)."""
    said = next((g for w in phrase.words if (g := honorific_gender(w)) is not None), None)
    existing = reg.by_person.get(actor)
    if said is None or existing is None:
        return actor
    known = {honorific_gender(words(m)[0]) for m in existing.mentions if words(m)} | {person_gender(actor)}
    if ({"f", "m"} - {said}) & known:
        return f"{'Mr' if said == 'm' else 'Ms'}. {actor.split()[-1]}"
    return actor


def _description(
    doc: Document, reg: Registry, phrase: _Phrase, kind: str, definite: bool, bare_plural: bool, modifiers: frozenset[str],
    role: Description | None,
) -> SourceRecord:
    """An anonymous person or a document: the earlier source it refers back to, or a new one."""
    head, affiliation, position = phrase.head, phrase.affiliation, phrase.span[0]
    plural = head is not None and head.endswith("s") and head not in ("press", "boss", "witness", "actress")
    source = None
    if definite and kind in ("anonymous", "document"):
        for candidate in reversed(reg.sources[-LOOKBACK_SOURCES:]):
            same_head = candidate.speaker_type == kind and candidate.head == head
            titled = (
                kind == "anonymous" and not bare_plural and candidate.speaker_type == "named_person"
                and candidate.title is not None and head is not None
                and words(candidate.title)[-1:] == [head]
            )
            if titled and _conflicts(doc, reg, candidate.person, role, position):
                continue  # "the Ohio senator" is not "Sen. Ann Dee (D-Texas)"
            if (same_head or titled) and compatible(candidate, modifiers, affiliation):
                source = candidate
                break
    role_given = False
    if source is None and role is not None and kind == "anonymous":
        source, role_given = _role_person(doc, reg, role, position, phrase.gender)  # "the Vermont senator" after "Sen. Bernie Sanders"
    if source is None and definite and not bare_plural and kind == "anonymous" and head is not None:
        source = _titled_person(doc, reg, head, position, role)  # "The president said" after "President Donald Trump"
    if source is None and role is not None and kind == "anonymous" and not role_given:
        source = _previous_subject(doc, reg, phrase, role, position)  # "Rubio says ... The Florida senator says"
    if source is None:
        source = reg.new_source(
            speaker_type=kind, key=f"{kind}:{len(reg.sources)}", head=head, plural=plural, modifiers=modifiers,
            affiliation=affiliation, gender=phrase.gender, person=None, klass=None,
        )
    update(source, phrase.text, phrase.span, position, affiliation, phrase.title, phrase.title_official, phrase.gender)
    if kind == "anonymous" and source.reason is None:
        source.reason = reason_near(doc, phrase.span)
    return source


def _institution(doc: Document, reg: Registry, phrase: _Phrase, definite: bool, modifiers: frozenset[str]) -> SourceRecord:
    lex = doc.lex
    head, actor_mentions, position = phrase.head, phrase.actor_mentions, phrase.span[0]
    klass = lex.institution_nouns[head][1] if head in lex.institution_nouns else None
    actor_mention = actor_mentions[-1] if actor_mentions and (klass is None or not modifiers) else None
    if actor_mention is not None and klass is not None and actor_mention.kind == "country":
        actor_mention = None  # "the Russian defence ministry": Russia is the affiliation, not the speaker
    actor = (actor_mention.institution or actor_mention.actor) if actor_mention else phrase.name
    affiliation = actor_mentions[0].actor if actor_mentions else phrase.name
    if actor is None and definite and klass is not None and klass not in ("government", "police", "military"):
        # "the company" after "Carver Steel will close ...": the latest organisation of that class.
        earlier = kept_referent(doc, phrase.span, head, latest_org_of_class(doc, klass, position, head))  # not "New York regulators"
        if earlier is not None:
            actor = spoken_form(reg, earlier.actor) if klass == "company" else earlier.actor
            affiliation = affiliation or actor
    if actor is None and phrase.core_words[:1] == ("the",) and len(phrase.core_words) == 2 and not actor_mentions:
        actor = speaking_company(doc, reg, head, position)  # "Exxon said … The company said" (trial 16 F9)
        affiliation = affiliation or actor
    if klass is None:
        klass = org_class(lex, actor)
    key = f"actor:{actor}" if actor else f"class:{klass}:{' '.join(sorted(modifiers))}:{affiliation or ''}"  # (two countries' senates)
    source = _long_form(reg, phrase, klass) if definite else None
    for candidate in reversed(reg.sources[-LOOKBACK_SOURCES:] if source is None else ()):
        if candidate.speaker_type != "institution":
            continue
        if candidate.key == key or (
            actor is None and definite and klass is not None and candidate.klass == klass
            and compatible(candidate, modifiers, affiliation)
        ):
            source = candidate
            break
    if source is None:
        official = lex.institution_nouns[head][0] if head in lex.institution_nouns else None
        if actor is not None:
            official = actor_is_official(lex, actor)
        source = reg.new_source(
            speaker_type="institution", key=key, head=head, plural=False, modifiers=modifiers,
            affiliation=affiliation, gender=None, person=None, klass=klass, institution_official=official,
        )
        if actor is not None:
            source.name_hint = actor
    update(source, phrase.text, phrase.span, position, affiliation, phrase.title, phrase.title_official, None)
    return source


def _long_form(reg: Registry, phrase: _Phrase, klass: str | None) -> SourceRecord | None:
    """The institution an earlier mention named in full, of which ``phrase`` is the short form:
    "The Chronicle" after "The San Francisco Chronicle", "the news agency" after "the state-run
    Xinhua News Agency" (news style names a body in full, then by its last words). Not for
    governments, police and armies: "the government" after "the Jordanian government" may be
    another country's."""
    tokens = [w for w in phrase.core_words if w not in DETERMINERS]
    if not tokens or klass in ("government", "police", "military"):
        return None
    for candidate in reversed(reg.sources[-LOOKBACK_SOURCES:]):
        if candidate.speaker_type != "institution" or candidate.klass in ("government", "police", "military"):
            continue
        for mention in candidate.mentions:
            full = [w for w in words(mention) if w not in DETERMINERS]
            if len(full) > len(tokens) and full[-len(tokens) :] == tokens and full[-len(tokens) - 1] not in _NOT_A_NAME_START:
                return candidate
    return None


# A word before the short form that makes the long one another body, not the same named more
# fully: "the city council" / "the council" is handled by class, "the former company" is not a name.
_NOT_A_NAME_START = frozenset({"former", "new", "other", "rival", "parent", "sister"})


def _conflicts(doc: Document, reg: Registry, actor: str | None, role: Description | None, position: int) -> bool:
    """Whether the roles the text gives ``actor`` rule out the description (another state or party)."""
    if actor is None or role is None:
        return False
    return role_conflict(doc, actor, role, position, _roles(doc, reg, actor)) or other_office(role.title, reg.title_of(doc, actor)[0])


def _roles(doc: Document, reg: Registry, actor: str) -> tuple[Role, ...]:
    """The roles the text gives ``actor``, read once per article (``Registry.roles``)."""
    if actor not in reg.roles:
        reg.roles[actor] = roles_of(doc, actor)
    return reg.roles[actor]


# The party words that name one of its members ("the Ohio Republican"); "the GOP", "the Dems" name the
# party, and a bare "the Independent" is as often a newspaper.
_MEMBER_HEADS = frozenset({"republican", "democrat", "independent"})


def _party_member(phrase: _Phrase, role: Description) -> bool:
    """Whether a party-word head names a person: "the Ohio Republican", "the Democrat", not "the GOP",
    "the Independent" alone, or a capitalised name with a place that is no state ("the Tallahassee
    Democrat", a newspaper)."""
    if phrase.head not in _MEMBER_HEADS:
        return False
    modifiers = [w for w in phrase.text.split()[1:-1] if w.lower() not in DETERMINERS]
    capitalised = phrase.text.split()[-1][:1].isupper()
    if capitalised and modifiers and not role.states and all(w[:1].isupper() for w in modifiers):
        return False  # "the Tallahassee Democrat"
    return not (phrase.head == "independent" and capitalised and not modifiers)


def _written_as_name(phrase: _Phrase) -> bool:
    """Whether the head is capitalised as in a name ("the Philippine Star", "the Union Leader"), a
    party word aside ("the Ohio Republican")."""
    head = phrase.head
    if head is None or head in role_words().party_of:
        return False
    written = [w for w in phrase.text.split() if w.lower().strip(",.;:") == head]
    return bool(written) and written[-1][:1].isupper()


def _role_person(doc: Document, reg: Registry, role: Description, position: int,
                 gender: str | None) -> tuple[SourceRecord | None, bool]:
    """The named person the text gave the description's role (:mod:`analysis.sourcing.roles`), as a
    source, and whether anyone named before was given that role; a person of the other gender than
    the description's ("the congresswoman") is not it."""
    actor, given = referent(doc, role, position, reg.roles, reg.latest_person(), gender, lambda a: reg.gender_of(doc, a))
    if actor is None:
        return None, given
    source, created = reg.person_source(actor, None)
    if created:
        source.title, source.title_official = reg.title_of(doc, actor)
    return source, given


def _previous_subject(doc: Document, reg: Registry, phrase: _Phrase, role: Description, position: int) -> SourceRecord | None:
    """A description no role in the text fits ("The billionaire businessman says ...") right after
    an attribution to a named person, at most two paragraphs on, with no other person named after
    that speaker's sentence (outside quotations and reported words): that person, when its head is a role news
    uses to vary a newsmaker's name (``titles.toml [roles] variation``: never "the spokesman", "the
    judge") and its gender, state and party do not conflict."""
    previous = reg.previous
    variation = role_words().variation
    # A bare office ("the mayor", "the senator") is as often a new source; a former office ("the
    # former secretary of state") or one tied to a state or party ("the Ohio governor") describes a
    # newsmaker the article has just named, as news varies a name.
    varied = role.heads <= variation
    if previous is None or role.other or not (varied or role.former or role.states or role.parties) or role.heads & doc.lex.unnamed:
        return None
    if _written_as_name(phrase) or doc.body_lower[max(0, position - 13) : position].endswith("according to "):
        return None  # "according to the Philippine Star": a newspaper's name, and no subject
    source = reg.sources[previous[0]]
    if source.speaker_type != "named_person" or source.person is None:
        return None
    if doc.sentence_at(position).paragraph - previous[1] > 2 or position - previous[2] > LOOKBACK_CHARS:
        return None
    if not (varied or role.states or role.parties) and any(r.offset < position for r in _roles(doc, reg, source.person)):
        return None  # the text gave the speaker a role ("Tom Lee, a lawyer for the family"): not this other office
    speaker_sentence = doc.sentence_at(previous[2])
    for m in doc.mentions_in(speaker_sentence.start, speaker_sentence.end):
        # (a person: a known given name or named outside quotations too, not "the Second Amendment")
        if m.kind == "person" and m.actor != source.person and doc.in_quote(m.start) and (
            person_gender(m.actor) is not None or any(not doc.in_quote(o.start) for o in doc.person_mentions.get(m.actor, ()))
        ):
            return None  # "“Donald Trump is a con artist,” Rubio said." ... "the billionaire": Trump, not Rubio
    # (a name in the rest of that speaker's own sentence is what they spoke of: "Ryan says no matter what Obama does")
    for m in doc.mentions_in(doc.sentence_at(previous[2]).end, position):
        if m.kind == "person" and m.actor != source.person and not doc.in_quote(m.start) and not reg.in_content(m.start):
            return None  # "If God is talking to Donald Trump, ... The GOP front-runner": another person since
    gender = source.gender or reg.gender_of(doc, source.person)
    if phrase.gender is not None and gender not in (None, phrase.gender):
        return None
    if _conflicts(doc, reg, source.person, role, position):
        return None
    return source


def _titled_person(doc: Document, reg: Registry, head: str, position: int, role: Description | None) -> SourceRecord | None:
    """The person last named with the title ``head`` ("President Donald Trump" for a later
    "the president"), as a named source."""
    if (head,) not in doc.lex.titles:
        return None
    for m in reversed(doc.mentions_in(max(0, position - LOOKBACK_CHARS), position)):
        if m.kind != "person":
            continue
        title, official = reg.title_of(doc, m.actor)
        if title is not None and words(title)[-1:] == [head] and not _conflicts(doc, reg, m.actor, role, position):
            source, created = reg.person_source(m.actor, None)
            if created:
                source.title, source.title_official = title, official
            return source
    return None
