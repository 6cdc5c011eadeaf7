"""Stage 6, records: the public :class:`Attribution` and :class:`Source` records.

Sources are numbered in order of first attribution (of any kind). A no-comment or unreachable
record has no words, and a source's ``attribution_count`` and ``word_count`` count its reports of
speech only (:class:`~analysis.sourcing.result.Source`). A speaker pronoun with no referent
("He said ..." with no man named before it) is a source of type ``unresolved``, never an
anonymous or named source called "He", and its attributions say ``resolved_by="unresolved"``. An attribution's text joins its parts by
" … " (the paragraphs of a quotation running over several joined); its stance is the most marked
stance among its cues (order in ``speech_verbs.toml``). A source's name is the person's full
name, the named institution, or else its first longest mention; ``official`` follows Sigal
(1973, *Reporters and Officials*): government, military, police, courts, public office and
state bodies are official channels; citizens, experts, companies, unions and NGOs are not
(``lexicons/titles.toml``, ``lexicons/speakers.toml``). A role that depends on its body
("spokesman", "president") takes the office of the body named with it, a capitalised title
before a name ("President X", "Chairwoman Y") counts as an office, and "former" removes it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.actors import actor_country
from analysis.sourcing.anonymity import anonymity, is_group
from analysis.sourcing.attributes import actor_is_official, heads_administration
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.content import clean_text
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue
from analysis.sourcing.lexicon import DAYS, Lexicon, words
from analysis.sourcing.listed_names import named_counted_groups
from analysis.sourcing.named_members import members_named
from analysis.sourcing.own_source import unlisted_cue
from analysis.sourcing.phrases import collective
from analysis.sourcing.registry import ResolvedSource
from analysis.sourcing.result import SPEECH_KINDS, STATEMENT_KINDS, Attribution, Source
from analysis.sourcing.roles import party_tagged
from analysis.sourcing.state_voices import ruling_stance

_GENERIC_OFFICIAL = frozenset({"official", "officials"})
# Pronoun mentions besides the speaker pronouns: a possessive owner ("her remark that ...") and a
# first person written as the speaker ("I", "we") of a source no name was found for.
_OTHER_PRONOUNS = frozenset({"his", "her", "their", "its", "i", "we"})
_SPEAKS_FOR_END = re.compile(r",|\b(?:who|which|by|that|after|when)\b")


def build_records(
    doc: Document, merged: tuple[Candidate, ...], resolved: tuple[ResolvedSource, ...]
) -> tuple[tuple[Attribution, ...], tuple[Source, ...]]:
    """The attributions (one per merged candidate, in order) and their sources, renumbered."""
    merged = named_counted_groups(doc, merged, resolved)  # "the two European leaders" named just before (trial 15 F4)
    # Renumber sources in order of first attribution.
    order = list(dict.fromkeys(c.source for c in merged))
    new_id = {old: new for new, old in enumerate(order)}
    attributions = tuple(_attribution(doc, index, candidate, new_id[candidate.source]) for index, candidate in enumerate(merged))
    lost = {new_id[old] for old in order if unresolved(doc, resolved[old])}
    if lost:  # the attributions of a pronoun no referent was found for say so
        attributions = tuple(replace(a, resolved_by="unresolved") if a.source_id in lost else a for a in attributions)
    words_by_source: dict[int, int] = {}
    count_by_source: dict[int, int] = {}
    kinds_by_source: dict[int, list[str]] = {}
    cues_by_source: dict[int, list[str | None]] = {}
    for a in attributions:
        kinds = kinds_by_source.setdefault(a.source_id, [])
        if a.statement_kind not in kinds:
            kinds.append(a.statement_kind)
        if a.statement_kind not in SPEECH_KINDS:
            continue  # a no-comment record: the party said nothing
        words_by_source[a.source_id] = words_by_source.get(a.source_id, 0) + a.word_count
        count_by_source[a.source_id] = count_by_source.get(a.source_id, 0) + 1
        cues_by_source.setdefault(a.source_id, []).append(a.cue_lemma)
    sources: list[Source] = []
    for old in order:
        s = resolved[old]
        sid = new_id[old]
        speaker_type, official = _final_type(doc, s), is_official(doc, s)
        sources.append(
            Source(
                source_id=sid,
                name=best_name(s),
                mentions=s.mentions,
                speaker_type=speaker_type,
                anonymity_reason=s.reason if s.speaker_type == "anonymous" else None,
                official=official,
                affiliation=s.affiliation,
                title=s.title,
                attribution_count=count_by_source.get(sid, 0),
                word_count=words_by_source.get(sid, 0),
                # In the fixed order of STATEMENT_KINDS, not of first use: "statement,denial" and
                # "denial,statement" must not be two values in a table (trial 13 F15).
                statement_kinds=tuple(k for k in STATEMENT_KINDS if k in kinds_by_source.get(sid, ())),
                unnamed_group=speaker_type == "anonymous" and is_group(doc.lex, s),
                anonymity=anonymity(doc.lex, s, speaker_type, tuple(cues_by_source.get(sid, ()))),
            )
        )
    return attributions, members_named(attributions, tuple(sources))  # "Lawmakers ... Senator Ruiz said" (trial 20 F9)


def _attribution(doc: Document, index: int, candidate: Candidate, source_id: int) -> Attribution:
    body = doc.body
    parts = sorted(candidate.text_parts)
    text = " … ".join(clean_text(body[a:b]) for a, b in parts)
    speech = candidate.kind in SPEECH_KINDS
    word_count = sum(len(body[a:b].split()) for a, b in parts) if speech else 0
    cue = candidate.cue or _unlisted_cue(doc, candidate, parts)
    merged_cues = ([cue] if cue is not None else []) + list(candidate.extra_cues)
    cues = sorted({id(c): c for c in merged_cues}.values(), key=lambda c: c.start)
    stance = "neutral"
    if cues:
        stance = min((c.stance for c in cues), key=lambda s: doc.lex.stance_rank.get(s, 99))
        stance = ruling_stance(doc, body[candidate.speaker[0] : candidate.speaker[1]], stance) if candidate.speaker else stance
    assert candidate.speaker is not None
    return Attribution(
        index=index,
        source_id=source_id,
        speaker=body[candidate.speaker[0] : candidate.speaker[1]],
        quote_type=candidate.quote_type,
        cue=cue.text if cue else None,
        cue_lemma=cue.lemma if cue else None,
        stance=stance,
        text=text,
        start=parts[0][0],
        end=parts[-1][1],
        speaker_start=candidate.speaker[0],
        speaker_end=candidate.speaker[1],
        paragraph=candidate.paragraph,
        sentence=candidate.sentence.index,
        sentence_text=candidate.sentence.text,
        word_count=word_count,
        cues=tuple(c.text for c in cues),
        resolved_by=candidate.resolved_by,
        statement_kind=candidate.kind,
    )


def _unlisted_cue(doc: Document, candidate: Candidate, parts: list[tuple[int, int]]) -> Cue | None:
    """The unlisted verb of a quotation attributed wire-style ("“Hands!” an officer ordered."),
    named in the attribution's cue (trial 13 F17: the cue was empty); read here, after merging, so
    it changes no merge of two reports."""
    speaker = candidate.speaker
    if not candidate.is_quote or speaker is None or speaker[0] < parts[-1][1]:
        return None
    return unlisted_cue(doc.body, (parts[-1][1], doc.sentence_at(speaker[0]).end), speaker)


def _final_type(doc: Document, source: ResolvedSource) -> str:
    """``unresolved`` for a pronoun with no referent, ``office_holder`` for an unnamed holder of a unique office."""
    if unresolved(doc, source):
        return "unresolved"
    return "office_holder" if identified_by_office(doc.lex, source) else source.speaker_type


def unresolved(doc: Document, source: ResolvedSource) -> bool:
    """Whether a source is a speaker pronoun coreference found no referent for ("He said ..." with
    no man named before): every mention a pronoun, no person, no institution, no affiliation."""
    if source.person is not None or source.name_hint is not None or source.affiliation is not None or not source.mentions:
        return False
    return all(m.strip().lower() in doc.lex.pronouns or m.strip().lower() in _OTHER_PRONOUNS for m in source.mentions)


# The comma that ends a mention's core, not one grouping a number's digits ("a survey of 63,000 scientists").
_NAME_COMMA = re.compile(r",(?!\d{3}\b)")
# When a document came out, written after its noun, is no part of its name: "A state audit released
# Tuesday", "a Quinnipiac University poll released in late August", "The report published on Monday"
# (trial 20 F12). Only a time follows the participle; "a report released by the committee" keeps its author.
_RELEASED_WHEN = re.compile(
    rf"\s+(?:released|published|issued|unveiled|posted)(?:\s+(?:on|in|last|this|late|early|earlier|{DAYS}|week|month|year|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4}),?)+$"
)


def best_name(source: ResolvedSource) -> str:
    """A person's full name, a named institution's name, else the first longest mention's core."""
    if source.person is not None:
        return source.person
    if source.name_hint is not None:
        return source.name_hint
    best = ""
    for mention in source.mentions:
        core = _NAME_COMMA.split(mention, maxsplit=1)[0].strip()
        if len(core) > len(best):
            best = core
    return _RELEASED_WHEN.sub("", best) if source.speaker_type == "document" else best


def is_official(doc: Document, source: ResolvedSource) -> bool:
    """Whether the source speaks for a state body (see the module docstring)."""
    lex = doc.lex
    if source.title_official is not None and source.speaker_type != "institution":
        if (
            source.title_official and source.title is not None and source.title.lower() in _GENERIC_OFFICIAL
            and source.affiliation is not None and actor_country(source.affiliation) is None
            and not actor_is_official(lex, source.affiliation)
        ):
            return False  # "a senior official at World Athletics": an official of a non-state body
        return source.title_official
    if source.speaker_type == "institution":  # (a public office's title before the name: "Mayor Heather Hall"; round 12 F4)
        titled = source.title is not None and any(
            m.split()[0].rstrip(".") == source.title and len(m.split()) >= 3 for m in source.mentions)
        return bool(source.institution_official) or (titled and bool(source.title_official))
    if source.speaker_type == "document" and source.head in lex.official_documents:
        return True
    # Anonymous or document, or a named person whose title's office depends on the body it
    # speaks for: "a police spokesman", "a spokesman for the agency" (not "shot by police").
    for span in source.spans:
        text = _SPEAKS_FOR_END.split(doc.body[span[0] : span[1]], maxsplit=1)[0]
        tokens = words(text)
        for k, word in enumerate(tokens):
            word = word[:-2] if word.endswith(("’s", "'s")) else word
            if k + 1 < len(tokens) and tokens[k + 1] in lex.place_nouns:
                continue  # "the Wexford Court estate": part of a place name
            if word in lex.institution_nouns:
                return lex.institution_nouns[word][0]
    if source.speaker_type == "anonymous" and collective(lex, source.head):
        return False  # "70 percent of Americans say": poll respondents are citizens, not the state
    if source.affiliation is not None:
        if actor_country(source.affiliation) == source.affiliation:
            return True  # a country's voice ("a US source")
        return actor_is_official(lex, source.affiliation)
    # A formal title written before a name ("President Volodymyr Zelensky", "Chairwoman Ruth
    # Okafor") is an office; the same word after a name ("president of the union") is not.
    if source.speaker_type == "named_person" and heads_administration(doc, source.person):
        return True  # "the Trump administration": its head holds office (attributes.heads_administration)
    if source.speaker_type == "named_person" and source.person is not None and party_tagged(doc, source.person):
        return True  # "lawmakers such as Jim Inhofe (R-Okla.)": a legislator (roles.party_tagged)
    return source.speaker_type == "named_person" and source.title is not None and source.title[:1].isupper()


_NOT_DEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "two", "three", "several", "many", "former", "ex"})


def identified_by_office(lex: Lexicon, source: ResolvedSource) -> bool:
    """Whether an unnamed source is identified by an office one person holds ("Mexico's
    president", "the U.S. ambassador", "the company's chief executive"): its title is such an
    office (``anonymity.toml`` [identified_by_office]), not after a rank that makes it plural
    ("the deputy mayor"), its first mention is definite (the, or a possessive) and no reason for
    anonymity is given. AP and Reuters call a source anonymous when its name is withheld; an
    office-holder a reader can identify is not, so such sources are ``office_holder``."""
    if source.speaker_type != "anonymous" or source.reason is not None or source.title is None or not source.mentions:
        return False
    first = words(source.mentions[0].partition(",")[0])
    # "the former governor" is one of several former holders: not identified by the office.
    if not first or (first[0] != "the" and not first[0].endswith(("'s", "’s"))) or not _NOT_DEFINITE.isdisjoint(first):
        return False
    title = tuple(words(source.title))
    if source.head != title[-1]:  # the title came from inside the phrase ("The aides, led by campaign manager X")
        return False
    for office in lex.unique_offices:
        if title[-len(office):] == office:
            before = title[-len(office) - 1] if len(title) > len(office) else None
            return before not in lex.office_not_before
    return False
