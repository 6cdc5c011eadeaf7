"""The source registry: the sources coreference has opened so far, in order.

Coreference is order-dependent (a pronoun or "the official" looks back at the sources already
opened), so the registry is the mutable state of this stage: :class:`SourceRecord`
entries grow as mentions are resolved in body order. When coreference ends they are frozen into
:class:`ResolvedSource` for the stages after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.actors import person_gender
from analysis.actors.gazetteer import honorific_gender
from analysis.sourcing.attributes import title_elsewhere
from analysis.sourcing.context import TITLE_MENTIONS, Document
from analysis.sourcing.frozen import frozen_record
from analysis.sourcing.roles import Role

RECENT_CONTENTS = 12  # reported spans a pronoun's candidates are checked against (bounds the cost)


@dataclass
class SourceRecord:
    """A source while coreference runs. ``key`` identifies what it is ("person:<actor>",
    "actor:<actor>", "class:<class>:<modifiers>:<affiliation>", "<type>:<n>"); ``head`` its head noun (None once
    merged away by cataphora); ``modifiers`` the words that tell two descriptions apart ("a
    second official"); ``klass`` an institution's class; ``last`` the offset of its latest
    mention; ``name_hint`` the actor a named institution is called by."""

    id: int
    speaker_type: str
    key: str
    head: str | None
    plural: bool
    modifiers: frozenset[str]
    affiliation: str | None
    gender: str | None
    person: str | None
    klass: str | None
    mentions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    title_official: bool | None = None
    institution_official: bool | None = None
    reason: str | None = None
    last: int = 0
    name_hint: str | None = None

    def freeze(self) -> ResolvedSource:
        """The fields the stages after coreference read, frozen."""
        return ResolvedSource(
            id=self.id, speaker_type=self.speaker_type, head=self.head, person=self.person, name_hint=self.name_hint,
            mentions=tuple(self.mentions), spans=tuple(self.spans), affiliation=self.affiliation, title=self.title,
            title_official=self.title_official, institution_official=self.institution_official, reason=self.reason,
        )


@frozen_record  # (a frozen dataclass built with one update of its instance dictionary: frozen.py)
class ResolvedSource:
    """A source as coreference leaves it (see :class:`SourceRecord` for the fields)."""

    id: int
    speaker_type: str
    head: str | None
    person: str | None
    name_hint: str | None
    mentions: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    affiliation: str | None
    title: str | None
    title_official: bool | None
    institution_official: bool | None
    reason: str | None


@dataclass
class Registry:
    """The sources opened so far, the source of each speaker span already resolved, the source
    of each named person, and the titles of persons looked up so far."""

    sources: list[SourceRecord] = field(default_factory=list)
    span_source: dict[tuple[int, int], int] = field(default_factory=dict)
    by_person: dict[str, SourceRecord] = field(default_factory=dict)
    titles: dict[str, tuple[str | None, bool | None]] = field(default_factory=dict)
    contents: list[tuple[int, int]] = field(default_factory=list)
    content_sources: list[int | None] = field(default_factory=list)  # the source of each span in ``contents``
    genders: dict[str, str | None] = field(default_factory=dict)
    roles: dict[str, tuple[Role, ...]] = field(default_factory=dict)  # the roles the text gives a person (roles.py)
    previous: tuple[int, int, int] | None = None  # the latest attribution resolved: source, paragraph, speaker end
    # The named persons' sources, in :attr:`sources` order (read by :meth:`latest_person` without a
    # pass over every source: on a long text that pass made coreference quadratic).
    named: list[SourceRecord] = field(default_factory=list)

    def gender_of(self, doc: Document, person: str) -> str | None:
        """A person's gender from a given name or honorific in their name, else from the honorifics
        the article puts before their surname ("Mr. Trump" anywhere makes "Trump" a man), when
        those agree; None when nothing says or they disagree. Looked up once per person."""
        if person not in self.genders:
            said = {person_gender(person)} - {None}
            parts = person.split()
            if not said and len(parts) >= 3:
                # "Democrat Hillary Clinton", "Speaker Paul D. Ryan": a word written before the given name
                said = {person_gender(" ".join(parts[1:]))} - {None}
            if not said:
                for m in doc.person_mentions.get(person, ())[:TITLE_MENTIONS]:
                    honorific = doc.body[max(0, m.start - 6) : m.start].split()
                    said |= {honorific_gender(honorific[-1])} - {None} if honorific else set()
            self.genders[person] = said.pop() if len(said) == 1 else None
        return self.genders[person]

    def in_content(self, offset: int) -> bool:
        """Whether ``offset`` lies in the reported words of a recent attribution (the topic of
        what was said, never its speaker: "Madison recalled that Obama wasn't treated ...")."""
        return any(a <= offset < b for a, b in self.contents[-RECENT_CONTENTS:])

    def reporter_of(self, offset: int, source: int) -> SourceRecord | None:
        """The other source whose recently reported words hold ``offset`` ("Carson, pointing out that
        Costa had reported ...": Carson for Costa's mention), or None."""
        recent = zip(self.contents[-RECENT_CONTENTS:], self.content_sources[-RECENT_CONTENTS:], strict=True)
        owner = next((owner for (a, b), owner in recent if a <= offset < b and owner != source), None)
        return self.sources[owner] if owner is not None and 0 <= owner < len(self.sources) else None

    def new_source(
        self, *, speaker_type: str, key: str, head: str | None, plural: bool, modifiers: frozenset[str],
        affiliation: str | None, gender: str | None, person: str | None, klass: str | None,
        institution_official: bool | None = None,
    ) -> SourceRecord:
        """Open a new source (its id is its place in :attr:`sources`)."""
        source = SourceRecord(
            id=len(self.sources), speaker_type=speaker_type, key=key, head=head, plural=plural, modifiers=modifiers,
            affiliation=affiliation, gender=gender, person=person, klass=klass, institution_official=institution_official,
        )
        self.sources.append(source)
        if speaker_type == "named_person":
            self.named.append(source)
        return source

    def person_source(self, actor: str, gender: str | None) -> tuple[SourceRecord, bool]:
        """The source of a named person, made on first mention; ``True`` when it is new."""
        source = self.by_person.get(actor)
        if source is not None:
            return source, False
        source = self.new_source(
            speaker_type="named_person", key=f"person:{actor}", head=None, plural=False,
            modifiers=frozenset(), affiliation=None, gender=gender, person=actor, klass=None,
        )
        self.by_person[actor] = source
        return source, True

    def latest_person(self) -> str | None:
        """The named person whose source was mentioned last (the speaker of the latest attribution)."""
        return max(self.named, key=lambda s: s.last).person if self.named else None

    def title_of(self, doc: Document, person: str) -> tuple[str | None, bool | None]:
        """:func:`~analysis.sourcing.attributes.title_elsewhere`, looked up once per person."""
        if person not in self.titles:
            self.titles[person] = title_elsewhere(doc, person)
        return self.titles[person]


def note(source: SourceRecord, text: str, span: tuple[int, int], position: int) -> None:
    """Add a mention (as written, once) and its span to ``source``."""
    if text not in source.mentions:
        source.mentions.append(text)
    source.spans.append(span)
    source.last = max(source.last, position)


def update(
    source: SourceRecord, text: str, span: tuple[int, int], position: int, affiliation: str | None,
    title: str | None, title_official: bool | None, gender: str | None,
) -> None:
    """:func:`note` the mention, and take its affiliation, a longer title and its gender."""
    note(source, text, span, position)
    if source.affiliation is None and affiliation is not None:
        source.affiliation = affiliation
    if title is not None and (source.title is None or len(title) > len(source.title)):
        source.title = title
        source.title_official = title_official
    if source.gender is None and gender is not None:
        source.gender = gender


def compatible(candidate: SourceRecord, modifiers: frozenset[str], affiliation: str | None) -> bool:
    """Whether a description with ``modifiers`` and ``affiliation`` can refer to ``candidate``. A group
    whose body was not said ("local officials said") is not the group a later description names by
    its body ("Red Cross officials said"): news names a group's body at its first mention and drops
    it after, so a body named only later introduces another group (trial 21 F1)."""
    if affiliation is not None and candidate.affiliation is not None and affiliation != candidate.affiliation:
        return False
    if affiliation is not None and candidate.affiliation is None and candidate.plural and candidate.speaker_type == "anonymous":
        return False
    return not (modifiers and candidate.modifiers and not (modifiers & candidate.modifiers))


def other_office(title: tuple[str, ...] | None, person_title: str | None) -> bool:
    """Whether a description's title of several words (:class:`~analysis.sourcing.roles.Description`'s
    ``title``) names another office than the title the text gives a person: "the interior minister"
    is not "Defense Minister Viktor Arslan", "the deputy mayor" not "Mayor Ann Lee" (trial 21 F1). The
    same title with more before it fits ("Israeli Defense Minister" for "the defense minister")."""
    if not title or len(title) < 2 or person_title is None:
        return False
    own, theirs = " ".join(title), " ".join(person_title.lower().replace(".", "").split())
    return not (theirs == own or theirs.endswith(" " + own))
