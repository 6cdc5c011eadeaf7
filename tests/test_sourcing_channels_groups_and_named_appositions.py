"""Trial 17 (F3, F4, F11): how the reporter got the words is no speaker; unnamed groups told apart
by their modifier and state bodies by their own name; a plural noun after a preposition is no cue;
a named person speaks the relative clause on their description."""

from __future__ import annotations

from types import SimpleNamespace

from analysis import analyze_sourcing, load_article
from analysis.sourcing.lexicon import lexicon


def _sources(text: str) -> dict[str, tuple[str, str | None]]:
    result = analyze_sourcing(load_article(text))
    return {s.name: (s.speaker_type, s.anonymity) for s in result.sources}


def _attributions(text: str) -> list[tuple[int, str, str, str]]:
    frame = analyze_sourcing(load_article(text)).attributions_frame()
    return [(r.sentence, r.source_name, r.quote_type, r.cue) for r in frame.itertuples()]


# --- F3: a rendering of words, or a channel after a day, is how the reporter got them -------------

def test_according_to_a_translation_after_the_speakers_own_report_is_no_speaker() -> None:
    """The trial's repro text: Grant's quotation and the one after it stay hers."""
    text = (
        "Minister praises harbour plan\n\n"
        "Harbour Minister Paula Grant said the new pier would open in May. \"We are ready. The boats can come "
        "back,\" Grant said Tuesday, according to a translation from Radio Nord. \"Nobody will be left behind.\" "
        "She added that \"the money is there\" and the works would start soon."
    )
    assert _sources(text) == {"Paula Grant": ("named_person", None)}
    assert _attributions(text) == [
        (0, "Paula Grant", "indirect", "said"), (2, "Paula Grant", "direct", "said"), (4, "Paula Grant", "partial", "added"),
    ]


def test_a_channel_after_a_day_closes_the_report_as_one_with_nothing_between() -> None:
    text = ("Port deal signed\n\n\u201cWe will build it,\u201d Mayor Ann Cole said Monday, according to the Herald. "
            "\u201cWork starts soon.\u201d")
    assert _sources(text) == {"Ann Cole": ("named_person", None)}
    assert _attributions(text) == [(0, "Ann Cole", "direct", "said")]


def test_a_translation_or_transcript_before_the_speakers_verb_is_the_channel() -> None:
    for channel in ("a translation from Radio Nord", "a transcript released by the Herald"):
        text = f"Port deal signed\n\nAccording to {channel}, Mayor Ann Cole told staff the port would close."
        assert _sources(text) == {"Ann Cole": ("named_person", None)}
        assert _attributions(text) == [(0, "Ann Cole", "indirect", "told")]


def test_a_recording_is_still_an_attribution_of_its_own() -> None:
    """PolNeAR's coders mark "according to audio provided to The Times" as an attribution: kept."""
    text = ("Port deal signed\n\n\u201cWe will build it,\u201d Mayor Ann Cole said at the meeting, according to "
            "audio provided to the Herald.")
    assert [name for _, name, _, _ in _attributions(text)] == ["Ann Cole", "audio provided to the Herald"]


def test_a_transcript_with_no_other_speaker_is_still_a_document_source() -> None:
    text = "Port deal signed\n\nThe meeting lasted an hour, according to a transcript."
    assert _sources(text) == {"a transcript": ("document", None)}


# --- F4: groups apart, state bodies apart, "states" the noun ----------------------------------

_F4 = (
    "Council approves new pipeline\n\n"
    "Trade groups representing the oil industry said the pipeline would bring 200 jobs. Nearly a dozen "
    "business groups told EPA Administrator Andrew Wheeler that the review \"has become a target for "
    "activists.\" The groups said in a letter that states should not block it. New York regulators stopped "
    "a similar pipeline, saying it failed to protect the river. Environmental groups described the vote as a "
    "disaster for the wetlands."
)


def test_opposing_unnamed_groups_are_two_sources_and_state_regulators_are_not_the_epa() -> None:
    """The trial's repro text: four sources, not two."""
    assert _sources(_F4) == {
        "Trade groups representing the oil industry": ("anonymous", "unnamed_group"),
        "Nearly a dozen business groups": ("anonymous", "unnamed_group"),
        "New York regulators": ("institution", None),
        "Environmental groups": ("anonymous", "unnamed_group"),
    }
    assert [(s, name) for s, name, _, _ in _attributions(_F4)] == [
        (0, "Trade groups representing the oil industry"), (1, "Nearly a dozen business groups"),
        (2, "Nearly a dozen business groups"), (3, "New York regulators"), (4, "Environmental groups"),
    ]


def test_a_bare_group_without_a_modifier_still_refers_back() -> None:
    text = ("Plant row\n\nEnvironmental groups said the plant was unsafe. The groups said they would sue. "
            "Labour groups said the plant brings jobs.")
    assert [(s, name) for s, name, _, _ in _attributions(text)] == [
        (0, "Environmental groups"), (1, "Environmental groups"), (2, "Labour groups"),
    ]


def test_a_sentence_opening_common_word_still_refers_back_to_the_body() -> None:
    """"Federal" is capitalised by its position, not a name: unchanged behaviour."""
    text = ("Plant row\n\nThe Environmental Protection Agency said it would review the plan. Federal regulators "
            "said the review would take a year.")
    assert [(s, name) for s, name, _, _ in _attributions(text)] == [
        (0, "Environmental Protection Agency"), (1, "Environmental Protection Agency"),
    ]


def test_states_after_a_preposition_is_the_plural_noun_not_a_cue() -> None:
    text = ("Pipeline orders\n\nOne of the planned orders calls for the Environmental Protection Agency to consult "
            "with states, tribes and others before issuing guidance. The rule applies in states. Critics say "
            "the plan, which the governor says is fair, is not.")
    assert _attributions(text) == [(2, "Critics", "indirect", "say")]


def test_a_stranded_preposition_keeps_a_verb_with_its_content() -> None:
    """The guard itself: after a stranded preposition the verb takes its content ("says that", a
    colon), which keeps the cue; a comma, a list word or the end makes the -s form a noun."""
    from analysis.sourcing.cue_guards import plural_after_preposition
    from analysis.sourcing.cues import Cue

    def noun(body: str, word: str) -> bool:
        at = body.index(word)
        cue = Cue(at, at, at + len(word), word, word[:-1], "neutral")
        return plural_after_preposition(body, SimpleNamespace(start=0, end=len(body)), cue)  # type: ignore[arg-type]

    assert noun("The EPA will consult with states, tribes and others.", "states")
    assert noun("The rule applies in states and cities.", "states")
    assert noun("The rule applies in all fifty states.", "states") is False  # no preposition right before: other guards
    assert noun("The firm he works for says that the plant is safe.", "says") is False
    assert noun("The panel she sits on states: the plant is safe.", "states") is False


# --- F11: the named person speaks the relative clause on their description -------------------

def test_a_description_with_a_relative_clause_after_a_name_is_that_person() -> None:
    """The trial's repro text."""
    text = (
        "Agency chief questioned\n\n"
        "The agency is led by Scott Pruitt, a former Oklahoma attorney general who has denied that carbon "
        "dioxide causes warming. Officials close to the cabinet, most notably secretary of state Rex Tillerson, "
        "who has referred to climate change as \"just an engineering problem\", back the plan."
    )
    # The actor finder has no mention for "Rex Tillerson" after the lower-case title run: the name
    # (a known given name first) is the speaker and a named person; no withheld-name source remains.
    assert _sources(text) == {"Scott Pruitt": ("named_person", None), "Rex Tillerson": ("named_person", None)}
    assert _attributions(text) == [(0, "Scott Pruitt", "indirect", "has denied"), (1, "Rex Tillerson", "partial", "has referred to")]


def test_a_full_name_the_actor_finder_missed_is_a_person_unless_it_ends_with_a_body_noun() -> None:
    from analysis.sourcing.named_appositions import unlisted_full_name

    doc = SimpleNamespace(lex=lexicon())
    assert unlisted_full_name(doc, "Rex Tillerson", ())  # type: ignore[arg-type]
    assert not unlisted_full_name(doc, "Rex Tillerson", (object(),))  # type: ignore[arg-type]  # an actor covers it
    assert not unlisted_full_name(doc, "Grace Hospital", ())  # type: ignore[arg-type]  # a body noun last
    assert not unlisted_full_name(doc, "Acme Oil", ())  # type: ignore[arg-type]  # no given name


def test_a_focusing_adverb_before_a_named_person_is_no_part_of_the_speaker() -> None:
    text = ("Port deal signed\n\nThe agency is run by Ann Cole, a former state senator who has argued that the "
            "port is too small. Several mayors, most notably Tom Ruiz, who has said the plan \"cannot wait\", "
            "back the deal.")
    assert _sources(text) == {"Ann Cole": ("named_person", None), "Tom Ruiz": ("named_person", None)}
    assert _attributions(text) == [(0, "Ann Cole", "indirect", "has argued"), (1, "Tom Ruiz", "partial", "has said")]


def test_a_description_with_a_relative_clause_and_no_name_before_stays_anonymous() -> None:
    text = "Port deal signed\n\nThe port is run by a former state senator who has argued that it is too small."
    assert _sources(text) == {"a former state senator": ("anonymous", "withheld")}


def test_the_agency_administrator_is_an_office_holder_not_a_withheld_name() -> None:
    text = ("Space budget\n\n\u201cWe will fly in May,\u201d the NASA administrator told reporters.")
    assert _sources(text) == {"the NASA administrator": ("office_holder", None)}
