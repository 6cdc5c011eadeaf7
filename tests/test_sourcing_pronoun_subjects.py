"""Speaker pronouns in real-news shapes (issue 15, round 6): who a "he said" or "she said" is when a
sentence opens with a description of a named person, when another speaker was reported inside the
last speaker's words, when an apposition gives one person a title others hold too, and when only a
short given name tells the gender. Texts invented for the test; each expectation is a coder's."""

from __future__ import annotations

from pathlib import Path

from analysis import load_article
from analysis.cli import main
from analysis.sourcing import analyze_sourcing

WIRE = Path(__file__).parent / "fixtures" / "articles" / "wire_pipeline_spar.txt"


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker as written, source name) of each attribution, in body order."""
    result = analyze_sourcing(load_article(text, headline="Story"))
    names = {s.source_id: s.name for s in result.sources}
    return [(a.speaker or "", names[a.source_id]) for a in result.attributions]


def test_a_wire_story_names_every_he_and_she() -> None:
    # Ohio Gov. Mark Delaney and Sen. Ruth Abrams spar; a union chairman speaks between them; the story
    # ends on "The Ohio governor did not back down. “…,” he said.": the governor is Delaney (the role
    # the lead gave him), not the chairman quoted last.
    result = analyze_sourcing(load_article(WIRE))
    names = {s.source_id: s.name for s in result.sources}
    pronouns = [(a.speaker, names[a.source_id]) for a in result.attributions if a.speaker in ("he", "she")]
    assert pronouns == [
        ("he", "Mark Delaney"),
        ("she", "Ruth Abrams"),
        ("he", "Paul Kessler"),
        ("she", "Ruth Abrams"),
        ("he", "Mark Delaney"),
    ]


def test_analyze_prints_the_wire_story_speakers(capsys) -> None:
    # Issue 15's done-when: a new user running `python -m analysis analyze` on the story sees the names.
    assert main(["analyze", str(WIRE)]) == 0
    out = capsys.readouterr().out
    assert "S1 Mark Delaney: named_person, official; 4 attributions" in out
    assert "S2 Ruth Abrams: named_person" in out and "; 3 attributions" in out
    assert "S3 Paul Kessler: named_person" in out
    assert "3 distinct sources in all" in out


def test_a_speaker_reported_inside_anothers_words_does_not_take_his_he() -> None:
    # Olsen is what Rivera spoke of ("pointing out that the paper's Mark Olsen had reported ..."); the
    # "he said" after it is Rivera's. (Before: Mark Olsen, the latest source.)
    text = (
        "Mayor Tom Rivera said the plant was safe.\n\n"
        "Rivera turned the question back on the Gazette, pointing out that the paper's Mark Olsen had reported "
        "in May that the company was hiring. He hoped, he said, that the paper would check its facts now.\n\n"
        "“Apparently not,” he said."
    )
    assert [name for speaker, name in _speakers(text) if speaker == "he"] == ["Tom Rivera", "Tom Rivera"]


def test_the_chairman_in_one_apposition_is_not_every_chairman() -> None:
    # "Dave Lott, the chairman of ..." once made Kevin Marsh (also a chairman) as recent as Lott.
    text = (
        "Kevin Marsh, the chairman of the Carroll County GOP, said the race had tightened.\n\n"
        "Dave Lott, the chairman of the county Democratic Party, said turnout would be high. "
        "“Nobody here is taking anything for granted,” he said."
    )
    assert _speakers(text)[-1] == ("he", "Dave Lott")


def test_she_never_takes_a_man_known_by_a_short_given_name() -> None:
    # "Steve" is a man's name (first_names.toml); with no woman named, "she" stays unresolved.
    text = "“We will appeal,” said Steve Lang. “The ruling ignores the contract,” she said."
    assert _speakers(text)[-1] == ("she", "she")


def test_a_name_inside_a_list_of_names_is_no_subject() -> None:
    # "Jake Tapper, Dana Bash and Wolf Blitzer" are what Cruz named; the "He said" is Cruz's.
    # (Before: Dana Bash, read as the subject of a clause opening after the comma.)
    text = (
        "Sen. Ted Cruz spoke to reporters in Manchester on Monday.\n\n"
        "Cruz spent most of his answer on CNN and mentioned the network's Jake Tapper, Dana Bash and Wolf "
        "Blitzer by name. He said the network owed him an apology."
    )
    assert _speakers(text)[-1] == ("He", "Ted Cruz")


def test_a_pair_who_spoke_together_is_not_a_later_he() -> None:
    # "Govs. Tom Brandt and Ray Fuller, who say ..." spoke as a pair; the next "He" is Hollis, the
    # subject the story follows. (Before: Tom Brandt, the latest source.)
    text = (
        "Sen. Mark Hollis spent Monday in Concord defending his record. He steered clear of his rivals, "
        "Govs. Tom Brandt and Ray Fuller, who say he lacks the experience to lead.\n\n"
        "He dismissed criticism of his debate performance. “It was our best fundraising night,” he said."
    )
    assert [name for speaker, name in _speakers(text) if speaker.lower() == "he"] == ["Mark Hollis", "Mark Hollis"]


def test_a_given_name_after_a_party_word_still_tells_the_gender() -> None:
    # The person is read as "Republican Mitt Romney"; "Mitt" is a man's name, so "she" is Clinton.
    # (Before: the gender was read from "Republican" only, unknown, and Romney took the "she".)
    text = (
        "Hillary Clinton spoke in Ohio on Monday.\n\n"
        "Then Republican Mitt Romney endorsed her rival. “We will not be outspent,” she said."
    )
    assert _speakers(text) == [("she", "Hillary Clinton")]


# Trial 20 F2 (the shapes of a wire story about a governor and a president touring a disaster).


def test_an_opening_but_is_no_speaker() -> None:
    # "But asked if she ..., she said: “…,” then added that ...": both verbs are hers; "But" is a
    # conjunction, never a source.
    text = (
        "Mayor Lena Ortiz toured the flooded district on Monday with Senator Paul Brandt.\n\n"
        "But asked if she had raised the levee budget with Brandt, she said: “I made my case,” then added "
        "that the engineers would decide."
    )
    assert _speakers(text) == [("she", "Lena Ortiz"), ("she", "Lena Ortiz")]


def test_a_long_description_before_the_name_makes_the_subject_a_he_follows() -> None:
    # The sheriff spoke last, but "He" in the next sentence is the governor the sentence before opens with.
    text = (
        "Sheriff Tom Varga said the search would go on through the night.\n\n"
        "Oregon's outgoing Republican governor Dale Pruitt visited the burned town with Senator Ann Kerr on Sunday. "
        "He told a local radio station that the state would rebuild."
    )
    assert _speakers(text) == [("Sheriff Tom Varga", "Tom Varga"), ("He", "Dale Pruitt")]


def test_what_was_told_starts_after_that_past_a_long_listener() -> None:
    # The listener "one of the region's largest newspapers, the Valley Courier, on Monday" heard the words.
    result = analyze_sourcing(load_article(
        "Senator Ann Kerr told one of the region's largest newspapers, the Valley Courier, on Monday that she "
        "would not run again.", headline="Story",
    ))
    assert [a.text for a in result.attributions] == ["she would not run again"]


def test_a_named_listener_in_apposition_is_not_a_later_he() -> None:
    # The reporter named after "told" (Olli Rautio) heard the words; the next "he" is still Brandt.
    text = (
        "Senator Paul Brandt told a reporter for the Valley Courier, Olli Rautio, on Monday that he would retire. "
        "“It is time,” he said."
    )
    assert [name for _, name in _speakers(text)] == ["Paul Brandt", "Paul Brandt"]
