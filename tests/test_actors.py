"""Tests for analysis/actors/: gazetteer look-ups, persons, surnames, and the seed article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import load_article
from analysis.actors import ActorMention, ActorsResult, actor_country, find_actors, match_actor
from analysis.errors import AnalysisError
from analysis.lexicons import load_lexicon

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_59af26005722e3de.txt"


@pytest.fixture(scope="module")
def seed_actors() -> ActorsResult:
    return find_actors(load_article(SEED))


def _article(body: str):
    return load_article("Test headline for actors\n\n" + body)


def test_gazetteer_covers_the_world() -> None:
    data = load_lexicon("gazetteer")
    countries = data["country"]
    assert len(countries) >= 60
    with_both = [c for c in countries if c["demonyms"] and c["capitals"]]
    assert len(with_both) >= 60
    # A version is carried (reports print it beside the sha256); its number moves with every edit,
    # so only its form is pinned here.
    assert re.fullmatch(r"\d+(?:\.\d+)*", data["meta"]["version"])
    names = [c["name"] for c in countries]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a US official in Washington", ("United States", "country")),
        ("Moscow", ("Russia", "country")),
        ("the Kremlin", ("Russia", "country")),
        ("the Pentagon", ("United States", "country")),
        ("a U.S. diplomat", ("United States", "country")),
        ("Syrian rebels", ("Syria", "country")),
        ("Damascus", ("Syria", "country")),
        ("a UN spokesman", ("United Nations", "organisation")),
        ("Islamic State jihadists", ("Islamic State", "group")),
        ("ISIL", ("Islamic State", "group")),
        ("the Syrian Democratic Forces", ("Syrian Democratic Forces", "group")),
        ("a North Korean defector", ("North Korea", "country")),
        ("Chad Smith, a farmer", None),
        ("the health ministry", None),
        ("us", None),
    ],
)
def test_match_actor(phrase: str, expected: tuple[str, str] | None) -> None:
    assert match_actor(phrase) == expected


def test_actor_country() -> None:
    assert actor_country("Pentagon") == "United States"
    assert actor_country("CIA") == "United States"
    assert actor_country("Kremlin") == "Russia"
    assert actor_country("Russia") == "Russia"
    assert actor_country("Al-Nusra Front") == "Syria"
    assert actor_country("United Nations") is None
    assert actor_country("John Kerry") is None


def test_seed_actors(seed_actors: ActorsResult) -> None:
    actors = seed_actors.actors()
    assert actors[:3] == ("Russia", "United States", "Syria")
    for name in ("John Kerry", "Bashar al-Assad", "Islamic State", "Al-Nusra Front", "United Nations"):
        assert name in actors
    # No sentence-initial words, days or page furniture taken for people.
    persons = {m.actor for m in seed_actors.mentions if m.kind == "person"}
    assert persons == {"John Kerry", "Bashar al-Assad"}
    by_text = {(m.text, m.via): m.actor for m in seed_actors.mentions}
    assert by_text[("Moscow", "capital")] == "Russia"
    assert by_text[("Russian", "demonym")] == "Russia"
    assert by_text[("Pentagon", "institution")] == "United States"
    assert by_text[("Assad", "surname")] == "Bashar al-Assad"
    assert by_text[("ISIL", "alias")] == "Islamic State"


def test_seed_mentions_offsets(seed_actors: ActorsResult) -> None:
    article = load_article(SEED)
    for m in seed_actors.mentions:
        assert article.body[m.start : m.end] == m.text
        sentence = article.sentences[m.sentence]
        assert sentence.start <= m.start < sentence.end
        assert sentence.paragraph == m.paragraph


def test_frame_and_json(seed_actors: ActorsResult) -> None:
    frame = seed_actors.mentions_frame()
    assert list(frame.columns) == [
        "actor", "kind", "text", "start", "end", "sentence", "paragraph", "via", "institution", "country",
    ]
    assert len(frame) == len(seed_actors.mentions)
    first = json.dumps(seed_actors.to_dict(), sort_keys=False)
    assert first == json.dumps(find_actors(load_article(SEED)).to_dict(), sort_keys=False)


def test_persons_titles_and_surnames() -> None:
    article = _article(
        "Hartford Mayor Luke Bronin said patients at Mercy General Hospital were safe. "
        "Bronin later toured the ward with Dr. Anne Bell of the University of Leeds.\n\n"
        "Chad Smith, a Georgia farmer, said the Washington Post got it wrong on Thursday."
    )
    result = find_actors(article)
    got = [(m.text, m.actor, m.kind, m.via) for m in result.mentions]
    assert ("Luke Bronin", "Luke Bronin", "person", "capitalised") in got
    assert ("Bronin", "Luke Bronin", "person", "surname") in got
    assert ("Mercy General Hospital", "Mercy General Hospital", "organisation", "capitalised") in got
    assert ("Anne Bell", "Anne Bell", "person", "capitalised") in got
    assert ("University of Leeds", "University of Leeds", "organisation", "capitalised") in got
    assert ("Chad Smith", "Chad Smith", "person", "capitalised") in got
    assert ("Georgia", "Georgia", "country", "name") in got
    assert all(m.actor != "Chad" for m in result.mentions)
    assert all("Thursday" not in m.text for m in result.mentions)


def test_mention_is_frozen() -> None:
    mention = ActorMention("Russia", "country", "Moscow", 0, 6, 0, 0, "capital")
    with pytest.raises(AttributeError):
        mention.actor = "X"  # type: ignore[misc]


def test_mention_init_takes_the_fields_in_order() -> None:
    # ActorMention writes its own __init__ (for speed): it must stay the dataclass's, field for field.
    import dataclasses
    import inspect

    fields = dataclasses.fields(ActorMention)
    parameters = list(inspect.signature(ActorMention.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters][-1] is None and fields[-1].default is None
    mention = ActorMention("Russia", "country", "Moscow", 0, 6, 1, 2, "capital")
    assert dataclasses.asdict(mention) == {
        "actor": "Russia", "kind": "country", "text": "Moscow", "start": 0, "end": 6, "sentence": 1, "paragraph": 2,
        "via": "capital", "institution": None,
    }
    expected = ActorMention("Russia", "country", "Moscow", 0, 6, 1, 2, "capital", "Kremlin")
    assert dataclasses.replace(mention, institution="Kremlin") == expected


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        article = load_article("Head line words\n\n" + text)
    except AnalysisError:
        return
    for m in find_actors(article).mentions:
        assert 0 <= m.start < m.end <= len(article.body)
        assert m.kind in ("country", "organisation", "person", "group")


def test_a_treaty_or_meeting_named_after_a_capital_is_no_mention_of_its_state() -> None:
    article = load_article(
        "Climate deal\n\nThe Paris agreement set targets, and France hosted the Paris climate talks. "
        "Officials in Paris said more was needed. The Copenhagen accord failed. Moscow said the talks would resume."
    )
    found = [(m.text, m.actor) for m in find_actors(article).mentions]
    assert found == [("France", "France"), ("Paris", "France"), ("Moscow", "Russia")]
