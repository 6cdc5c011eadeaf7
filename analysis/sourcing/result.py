"""The public result of :func:`analysis.sourcing.analyze_sourcing`: frozen records and their frames.

:class:`SourcingResult` holds the attributions, the sources, the :class:`Ratios`, the
right-of-reply check and the sides; ``*_frame()`` give tidy pandas frames and ``to_dict()`` the
JSON-ready form the pipeline writes (deterministic: field order is the dataclasses' order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analysis._json import to_jsonable

if TYPE_CHECKING:
    import pandas as pd

QUOTE_TYPES = ("direct", "partial", "indirect")
#: ``unresolved``: a speaker pronoun no referent was found for ("He said ..." with no man named
#: before); counted as a source and an attribution, in none of the type shares.
SPEAKER_TYPES = ("named_person", "anonymous", "office_holder", "institution", "document", "unresolved")
STANCES = ("neutral", "assertive", "doubt", "admission", "accusation", "warning", "denial")
#: What an attribution records: reported speech (``statement``, ``denial``) or that a party was
#: sought without being heard (``no_comment``, ``unreachable``).
STATEMENT_KINDS = ("statement", "denial", "no_comment", "unreachable")
SPEECH_KINDS = ("statement", "denial")
SILENT_KINDS = ("no_comment", "unreachable")
#: The right-of-reply verdicts, from the most heard to the least.
VERDICTS = ("heard", "denied", "sought_but_silent", "not_sought")


@dataclass(frozen=True)
class Attribution:
    """One report of speech.

    ``index`` counts attributions from 0 in body order; ``source_id`` points into
    :attr:`SourcingResult.sources`; ``speaker`` is the speaker as written ("he", "the official",
    "US Secretary of State John Kerry"), at body offsets ``speaker_start``/``speaker_end`` (for a
    continued quote, the earlier mention it continues); ``quote_type`` is direct / partial /
    indirect; ``cue`` the reporting verb as written with its auxiliaries ("has accused"), or
    ``None`` for a colon lead-in or a continued quote; ``cue_lemma`` its lemma; ``stance`` the
    verb's stance; ``text`` the quoted words (quote marks excluded; the parts of a quote split by
    "she said" joined by " … ") or the paraphrase; ``start``/``end`` the body span of that text;
    ``paragraph``/``sentence`` the paragraph (0-based) and :attr:`Sentence.index` of the evidence
    sentence (the one holding the cue, or the quote's first sentence); ``sentence_text`` that
    sentence; ``word_count`` words of ``text``; ``cues`` every cue merged into this attribution;
    ``resolved_by`` how the speaker was found ("speaker", "pronoun", "relative", "colon",
    "continuation", "subject": an uncued quotation's paragraph subject, "unresolved": a pronoun
    with no referent); ``statement_kind`` what the record is (:data:`STATEMENT_KINDS`):

    * ``statement`` - reported speech (the default);
    * ``denial`` - reported speech that denies an accusation ("denied any wrongdoing",
      "rejected the accusations"; a quotation stays a ``statement``); counted like a statement;
    * ``no_comment`` - the party was asked and did not answer ("declined to comment", "had no
      immediate comment", "did not respond to a request for comment", "did not return calls");
    * ``unreachable`` - the party could not be got hold of ("could not be reached for comment",
      "did not answer the phone").

    A ``no_comment`` or ``unreachable`` record carries the party as ``speaker`` and the phrase as
    evidence: its ``text`` is the phrase, its ``cue`` the phrase as written and ``cue_lemma`` the
    ``reply.toml`` entry; its ``quote_type`` is ``indirect`` (the reporter's words) but it has no
    said words (``word_count`` 0) and counts in none of the :class:`Ratios`, the sides or a
    source's ``attribution_count``/``word_count``.
    """

    index: int
    source_id: int
    speaker: str
    quote_type: str
    cue: str | None
    cue_lemma: str | None
    stance: str
    text: str
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    paragraph: int
    sentence: int
    sentence_text: str
    word_count: int
    cues: tuple[str, ...] = ()
    resolved_by: str = "speaker"
    statement_kind: str = "statement"

    def __init__(
        self, index: int, source_id: int, speaker: str, quote_type: str, cue: str | None, cue_lemma: str | None, stance: str,
        text: str, start: int, end: int, speaker_start: int, speaker_end: int, paragraph: int, sentence: int,
        sentence_text: str, word_count: int, cues: tuple[str, ...] = (), resolved_by: str = "speaker",
        statement_kind: str = "statement",
    ) -> None:
        # As ActorMention: the generated __init__ of a frozen dataclass sets each of these 19 fields
        # through object.__setattr__; one update of the instance dictionary sets the same fields for
        # well under half the cost (the dataclass keeps an __init__ the class defines).
        self.__dict__.update(
            index=index, source_id=source_id, speaker=speaker, quote_type=quote_type, cue=cue, cue_lemma=cue_lemma,
            stance=stance, text=text, start=start, end=end, speaker_start=speaker_start, speaker_end=speaker_end,
            paragraph=paragraph, sentence=sentence, sentence_text=sentence_text, word_count=word_count, cues=cues,
            resolved_by=resolved_by, statement_kind=statement_kind,
        )


@dataclass(frozen=True)
class Source:
    """A distinct source: the attributions that refer to one speaker.

    ``name`` is the best mention (a person's full name; otherwise the first longest mention);
    ``mentions`` every distinct mention as written, in order; ``speaker_type`` named_person /
    anonymous / office_holder (unnamed, identified by a unique office) / institution / document /
    unresolved (a pronoun with no referent); ``unnamed_group`` whether an anonymous source is
    several people, a plural or a quantity ("Scientists say", "officials said", "59 percent said");
    ``anonymity`` why an anonymous source has no name (None for every other type): ``withheld``
    (the reporter withheld it: a reason given, "familiar with", "briefed on", or a person or body
    member described by position, "a senior official", "a company spokesperson", "officials"),
    ``unnamed_participant`` (a person in the events or a member of the public described by role:
    a witness, a resident, the victim's mother, an officer shouting at the scene), ``unnamed_group``
    (a category of people speaking as one: "Traders said", "59 percent said") or ``described`` (one
    person under a definite description that is no position in a body, "the Florida senator",
    "the judge": identified otherwise; :mod:`analysis.sourcing.anonymity`); ``anonymity_reason``
    the phrase given for not naming an anonymous source ("who requested anonymity"), else None; ``official`` whether it speaks for a
    state body (Sigal 1973); ``affiliation`` the canonical country or organisation it speaks for,
    if named; ``title`` its role as written ("Secretary of State", "spokesman", "Dr."), if any;
    ``attribution_count`` and ``word_count`` (its reports of speech, statements and denials,
    and their words; a report of several people named as one speaker, "said Ann Cole and Bob
    Hart", counts for each of them, its words split evenly among them: :mod:`analysis.sourcing.joint`);
    ``statement_kinds`` the kinds of all its records, in the order of ``STATEMENT_KINDS``;
    ``press`` whether it is a news outlet cited only for its reporting ("Bloomberg reported",
    "according to Reuters"): a source with its words, but no side (:mod:`analysis.sourcing.press`).

    A party the article only says it sought ("the company did not respond to a request for
    comment") is a source too: it is in the sources table with ``attribution_count`` and
    ``word_count`` 0 and ``statement_kinds`` ``("no_comment",)`` (or ``unreachable``), so the
    attributions table can name it; it is not counted in :attr:`Ratios.source_count`, the
    source shares or the sides, which count sources that speak.
    """

    source_id: int
    name: str
    mentions: tuple[str, ...]
    speaker_type: str
    anonymity_reason: str | None
    official: bool
    affiliation: str | None
    title: str | None
    attribution_count: int
    word_count: int
    statement_kinds: tuple[str, ...] = ("statement",)
    unnamed_group: bool = False
    anonymity: str | None = None
    press: bool = False

    def __init__(
        self, source_id: int, name: str, mentions: tuple[str, ...], speaker_type: str, anonymity_reason: str | None,
        official: bool, affiliation: str | None, title: str | None, attribution_count: int, word_count: int,
        statement_kinds: tuple[str, ...] = ("statement",), unnamed_group: bool = False, anonymity: str | None = None,
        press: bool = False,
    ) -> None:
        # (one update of the instance dictionary, as Attribution.__init__)
        self.__dict__.update(
            source_id=source_id, name=name, mentions=mentions, speaker_type=speaker_type, anonymity_reason=anonymity_reason,
            official=official, affiliation=affiliation, title=title, attribution_count=attribution_count,
            word_count=word_count, statement_kinds=statement_kinds, unnamed_group=unnamed_group,
            anonymity=anonymity, press=press,
        )


@dataclass(frozen=True)
class Ratios:
    """The shares a sourcing study reports. A share is ``None`` when its denominator is 0.

    Only reports of speech count (``statement`` and ``denial`` attributions, and the sources
    that make them): no-comment and unreachable records and the parties only sought leave every
    ratio as it would be without them.

    ``*_attribution_share`` are shares of attributions, ``*_source_share`` shares of distinct
    sources. ``speech_words`` counts words of quoted or paraphrased speech (all attributions);
    ``speech_share_of_body`` divides it by the body's words. ``direct_words_anonymous_share`` is
    the share of direct-quote words that come from anonymous sources. ``unnamed_group_*`` are the
    part of the anonymous shares that goes to unnamed groups (:attr:`Source.unnamed_group`):
    the anonymous share minus it is the share of anonymous individuals. ``withheld_name_*`` are
    the shares of sources whose name the reporter withheld (:attr:`Source.anonymity`
    ``withheld``), anonymous sourcing in the AP/Reuters sense, without unnamed participants in
    the events or unnamed groups.
    """

    source_count: int
    attribution_count: int
    named_attribution_share: float | None
    anonymous_attribution_share: float | None
    office_holder_attribution_share: float | None
    institution_attribution_share: float | None
    document_attribution_share: float | None
    named_source_share: float | None
    anonymous_source_share: float | None
    office_holder_source_share: float | None
    institution_source_share: float | None
    document_source_share: float | None
    official_attribution_share: float | None
    non_official_attribution_share: float | None
    official_source_share: float | None
    non_official_source_share: float | None
    direct_share: float | None
    partial_share: float | None
    indirect_share: float | None
    speech_words: int
    body_words: int
    speech_share_of_body: float | None
    direct_words: int
    direct_words_anonymous_share: float | None
    words_per_source: float | None
    unnamed_group_attribution_share: float | None = None
    unnamed_group_source_share: float | None = None
    withheld_name_attribution_share: float | None = None
    withheld_name_source_share: float | None = None


@dataclass(frozen=True)
class Accusation:
    """Evidence that a party is accused: ``sentence`` is the Sentence.index (None = headline)."""

    sentence: int | None
    paragraph: int | None
    cue: str
    text: str


@dataclass(frozen=True)
class RightOfReply:
    """A party the article accuses, whether it is heard, and the right-of-reply verdict.

    ``heard`` / ``heard_in``: the party is quoted or paraphrased anywhere (a denial, a confession
    and speech narrated inside the events included), and the indices of those attributions.
    ``verdict`` (:data:`VERDICTS`), whether the article gives the party's answer to the charge,
    from the attributions that speak for the party (itself, its affiliation's members, its
    representatives):

    * ``heard`` - at least one ``statement`` that is a reply (an admission or confession is one;
      speech narrated inside the events, "the suspect said he needed to get dressed", is not);
    * ``denied`` - only ``denial`` reports ("X denied wrongdoing"), no other statement;
    * ``sought_but_silent`` - no report of speech, but the article says the party was asked or
      tried (``no_comment``, ``unreachable``);
    * ``not_sought`` - none of these.

    ``verdict_in`` is the evidence: the indices of the attributions of the verdict's kind
    (statements; denials; no-comment and unreachable records; none).
    """

    party: str
    kind: str
    accused_in: tuple[Accusation, ...]
    heard: bool
    heard_in: tuple[int, ...]
    verdict: str = "not_sought"
    verdict_in: tuple[int, ...] = ()


#: Columns of :meth:`SourcingResult.attributions_frame` and :meth:`SourcingResult.sources_frame`.
ATTRIBUTION_COLUMNS = [
    "index", "source_id", "source_name", "speaker_type", "official", "affiliation", "speaker",
    "quote_type", "cue", "cue_lemma", "stance", "statement_kind", "text", "word_count", "start", "end",
    "speaker_start", "speaker_end", "paragraph", "sentence", "sentence_text", "resolved_by",
]
SOURCE_COLUMNS = [
    "source_id", "name", "speaker_type", "unnamed_group", "anonymity", "anonymity_reason", "official", "affiliation", "title",
    "mentions", "attribution_count", "word_count", "share_of_speech", "share_of_body", "statement_kinds", "press",
]

#: Columns of :meth:`SourcingResult.right_of_reply_frame` (the corpus table ``right_of_reply``).
RIGHT_OF_REPLY_COLUMNS = [
    "party", "kind", "verdict", "heard", "accusations", "cues", "accused_sentences", "accusation_text", "heard_in", "verdict_in",
    "verdict_text",
]


@dataclass(frozen=True)
class SourcingResult:
    """Attributions, sources, ratios and the right-of-reply check for one article."""

    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    ratios: Ratios
    right_of_reply: tuple[RightOfReply, ...]
    sides: tuple[tuple[str, int, int, int], ...] = field(default=())  # (side, sources, attributions, words)
    body_words: int = 0
    unattributed_quotes: tuple[tuple[int, int], ...] = ()  # (start, end) of quotes with no speaker
    # (attribution index, the source ids of the other persons named as its speaker): "said Ann Cole
    # and Bob Hart" is one attribution of Ann Cole's in which Bob Hart is heard too (sourcing.joint).
    joint_speakers: tuple[tuple[int, tuple[int, ...]], ...] = ()

    @property
    def statements(self) -> tuple[Attribution, ...]:
        """The attributions that report speech (``statement`` and ``denial``), as the ratios count them."""
        return tuple(a for a in self.attributions if a.statement_kind in SPEECH_KINDS)

    @property
    def speaking_sources(self) -> tuple[Source, ...]:
        """The sources with at least one report of speech (the parties only sought left out)."""
        return tuple(s for s in self.sources if s.attribution_count > 0)

    @property
    def silent_sources(self) -> tuple[Source, ...]:
        """The parties only sought for comment (no comment, not reached): listed, never counted as voices."""
        return tuple(s for s in self.sources if s.attribution_count == 0)

    def attributions_frame(self) -> pd.DataFrame:
        """One row per attribution (no-comment and unreachable records included: filter on
        ``statement_kind``).

        Columns: ``index``, ``source_id``, ``source_name``, ``speaker_type``, ``official``,
        ``affiliation``, ``speaker`` (as written), ``quote_type``, ``cue``, ``cue_lemma``,
        ``stance``, ``statement_kind``, ``text``, ``word_count``, ``start``, ``end`` (body offsets of the text),
        ``speaker_start``, ``speaker_end``, ``paragraph`` (0-based), ``sentence``
        (Sentence.index), ``sentence_text`` (the evidence), ``resolved_by``.
        """
        import pandas as pd

        return pd.DataFrame(self.attribution_rows(), columns=ATTRIBUTION_COLUMNS)

    def attribution_rows(self) -> list[dict[str, Any]]:
        """The rows of :meth:`attributions_frame` as dicts (its columns, in order; no pandas)."""
        rows = []
        for a in self.attributions:
            source = self.sources[a.source_id]
            rows.append(
                {
                    "index": a.index,
                    "source_id": a.source_id,
                    "source_name": source.name,
                    "speaker_type": source.speaker_type,
                    "official": source.official,
                    "affiliation": source.affiliation,
                    "speaker": a.speaker,
                    "quote_type": a.quote_type,
                    "cue": a.cue,
                    "cue_lemma": a.cue_lemma,
                    "stance": a.stance,
                    "statement_kind": a.statement_kind,
                    "text": a.text,
                    "word_count": a.word_count,
                    "start": a.start,
                    "end": a.end,
                    "speaker_start": a.speaker_start,
                    "speaker_end": a.speaker_end,
                    "paragraph": a.paragraph,
                    "sentence": a.sentence,
                    "sentence_text": a.sentence_text,
                    "resolved_by": a.resolved_by,
                }
            )
        return rows

    def sources_frame(self) -> pd.DataFrame:
        """One row per source.

        Columns: ``source_id``, ``name``, ``speaker_type``, ``unnamed_group``, ``anonymity``, ``anonymity_reason``, ``official``,
        ``affiliation``, ``title``, ``mentions`` (joined by " | "), ``attribution_count``,
        ``word_count``, ``share_of_speech`` (its words over all speech words),
        ``share_of_body`` (its words over the body's words), ``statement_kinds`` (joined by ","; a
        party only sought has ``no_comment`` or ``unreachable`` and no words), ``press`` (a news
        outlet cited for its reporting: counted in no side).
        """
        import pandas as pd

        return pd.DataFrame(self.source_rows(), columns=SOURCE_COLUMNS)

    def source_rows(self) -> list[dict[str, Any]]:
        """The rows of :meth:`sources_frame` as dicts (its columns, in order; no pandas)."""
        total = sum(s.word_count for s in self.sources)
        return [
            {
                "source_id": s.source_id,
                "name": s.name,
                "speaker_type": s.speaker_type,
                "unnamed_group": s.unnamed_group,
                "anonymity": s.anonymity,
                "anonymity_reason": s.anonymity_reason,
                "official": s.official,
                "affiliation": s.affiliation,
                "title": s.title,
                "mentions": " | ".join(s.mentions),
                "attribution_count": s.attribution_count,
                "word_count": s.word_count,
                "share_of_speech": share(s.word_count, total),
                "share_of_body": share(s.word_count, self.body_words),
                "statement_kinds": ",".join(s.statement_kinds),
                "press": s.press,
            }
            for s in self.sources
        ]

    def right_of_reply_frame(self) -> pd.DataFrame:
        """One row per accused party: who is accused, how, and whether and where the article gives its answer.

        Columns: ``party``, ``kind`` (person, organisation, country, ...), ``verdict`` (``heard``,
        ``denied``, ``sought_but_silent``, ``not_sought``: :class:`RightOfReply`), ``heard`` (quoted or
        paraphrased at all), ``accusations`` (the places it is accused), ``cues`` (the accusation cues,
        "accused", "charged", joined by ", "), ``accused_sentences`` (the Sentence.index of each accusation, "headline" for the headline,
        joined by ","), ``accusation_text`` (those sentences, joined by " | "), ``heard_in`` and
        ``verdict_in`` (the ``index`` of the attributions where the party is heard and of the verdict's
        evidence, joined by ","; join with ``attributions`` on ``article_id`` and ``index``),
        ``verdict_text`` (the sentences of the verdict's evidence, joined by " | ": its answer, denial or
        no-comment; empty for ``not_sought``).
        """
        import pandas as pd

        return pd.DataFrame(self.right_of_reply_rows(), columns=RIGHT_OF_REPLY_COLUMNS)

    def right_of_reply_rows(self) -> list[dict[str, Any]]:
        """The rows of :meth:`right_of_reply_frame` as dicts (its columns, in order; no pandas)."""
        rows = []
        for r in self.right_of_reply:
            evidence = list(dict.fromkeys(self.attributions[i].sentence_text for i in r.verdict_in))
            rows.append(
                {
                    "party": r.party,
                    "kind": r.kind,
                    "verdict": r.verdict,
                    "heard": r.heard,
                    "accusations": len(r.accused_in),
                    "cues": ", ".join(dict.fromkeys(e.cue for e in r.accused_in)),
                    "accused_sentences": ",".join("headline" if e.sentence is None else str(e.sentence) for e in r.accused_in),
                    "accusation_text": " | ".join(e.text for e in r.accused_in),
                    "heard_in": ",".join(map(str, r.heard_in)),
                    "verdict_in": ",".join(map(str, r.verdict_in)),
                    "verdict_text": " | ".join(evidence),
                }
            )
        return rows

    def ratios_frame(self) -> pd.DataFrame:
        """The ratios as a tidy frame: columns ``measure`` (a :class:`Ratios` field) and ``value``."""
        import pandas as pd
        data = to_jsonable(self.ratios)
        return pd.DataFrame({"measure": list(data), "value": list(data.values())})

    def sides_frame(self) -> pd.DataFrame:
        """One row per side (a source's affiliation; "unaffiliated" when none is named).

        Columns: ``side``, ``sources``, ``attributions``, ``words`` (speech words),
        ``share_of_speech``, ``share_of_body``; sorted by words, then side.
        """
        import pandas as pd
        total = sum(words for _, _, _, words in self.sides)
        rows = [
            {
                "side": side,
                "sources": sources,
                "attributions": attributions,
                "words": words,
                "share_of_speech": share(words, total),
                "share_of_body": share(words, self.body_words),
            }
            for side, sources, attributions, words in self.sides
        ]
        columns = ["side", "sources", "attributions", "words", "share_of_speech", "share_of_body"]
        return pd.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: attributions, sources, ratios, sides, right of reply (deterministic)."""
        return to_jsonable(
            {
                "attributions": [_fields(a) for a in self.attributions],
                "sources": [_fields(s) for s in self.sources],
                "ratios": _fields(self.ratios),
                "sides": [
                    {"side": side, "sources": n, "attributions": a, "words": w} for side, n, a, w in self.sides
                ],
                "right_of_reply": [
                    {
                        "party": r.party,
                        "kind": r.kind,
                        "accused_in": [_fields(e) for e in r.accused_in],
                        "heard": r.heard,
                        "heard_in": list(r.heard_in),
                        "verdict": r.verdict,
                        "verdict_in": list(r.verdict_in),
                    }
                    for r in self.right_of_reply
                ],
                "unattributed_quotes": [{"start": s, "end": e} for s, e in self.unattributed_quotes],
                "joint_speakers": [{"attribution": i, "co_source_ids": list(ids)} for i, ids in self.joint_speakers],
                "body_words": self.body_words,
            }
        )


def _fields(value: Any) -> dict[str, Any]:
    return {name: getattr(value, name) for name in value.__dataclass_fields__}


def share(part: int, whole: int) -> float | None:
    """``part / whole``, or None when ``whole`` is 0."""
    return None if whole == 0 else part / whole
