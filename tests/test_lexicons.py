"""User lexicons: extend, override and remove package entries; bad files fail whole and clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import LexiconError, load_article
from analysis.lexicons import lexicon_versions, load_lexicon, read_user_lexicons, use_lexicons

ARTICLE = (
    "Club signs new striker\n\n"
    "Match report\n\n"
    "The club signed the striker on Monday for a fee of $20 million, the manager said after training.\n\n"
    "Read more"
)


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_boilerplate_phrase_removes_exactly_that_line(tmp_path):
    plain = load_article(ARTICLE)
    assert plain.paragraphs[0].text == "Match report"
    user = write(tmp_path, '[boilerplate.related]\nexact = ["match report"]\n')
    with use_lexicons(user):
        extended = load_article(ARTICLE)
    assert [r.text for r in extended.removed] == ["Match report", "Read more"]
    assert extended.paragraphs[0].text.startswith("The club signed")
    # Outside the block the package lists are back.
    assert load_article(ARTICLE).paragraphs[0].text == "Match report"


def test_remove_drops_package_entries(tmp_path):
    user = write(tmp_path, '[boilerplate.related]\nremove = ["read more"]\n')
    with use_lexicons(user):
        assert "read more" not in load_lexicon("boilerplate")["related"]["exact"]
        article = load_article(ARTICLE)
    assert article.paragraphs[-1].text == "Read more"
    assert "read more" in load_lexicon("boilerplate")["related"]["exact"]


def test_a_new_abbreviation_changes_the_split(tmp_path):
    # "Skpr." (skipper) is a sports-desk abbreviation the package does not list.
    text = "Headline for a split test\n\nThe club's Skpr. Odegaard scored late. Fans went home."
    assert len(load_article(text).sentences) == 3
    user = write(tmp_path, '[abbreviations]\ntitles = ["skpr"]\n')
    with use_lexicons(user):
        assert [s.text for s in load_article(text).sentences] == ["The club's Skpr. Odegaard scored late.", "Fans went home."]


def test_provenance_names_the_user_file(tmp_path):
    user = write(tmp_path, '[abbreviations]\ntitles = ["v"]\n')
    with use_lexicons(user) as overlay:
        versions = lexicon_versions()
    assert versions["user:mine.toml"] == f"sha256:{overlay.sha256}"
    assert "user:mine.toml" not in lexicon_versions()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[not_a_lexicon]\nx = 1\n", "line 1: unknown section [not_a_lexicon]"),
        ('[abbreviations]\ntitles = "v"\n', "line 2: abbreviations.titles must be a list"),
        ('[abbreviations]\ntitles = ["v"]\ntitles = ["w"]\n', "line 3"),
        ("[boilerplate.related]\nremove = [1, 2]\n", "boilerplate.related.remove must be a list of strings"),
        ("[abbreviations\n", "mine.toml"),
        # Typos in a known section: a key the package's list does not have is refused, with the known ones.
        ('[anonymity]\nreasonz = ["x"]\n', "line 2: anonymity.reasonz: the package's list has no such entry (known: identified_by_office,"),
        ('[frame_cues.cues.costt]\nterms = ["fee"]\n', "line 1: frame_cues.cues.costt: the package's list has no such entry"),
        ("[speech_verbs]\nfoo = 3\n", "line 2: speech_verbs.foo: the package's list has no such entry"),
        # An item of a list of tables lacks a field every package item has: named in the user's file.
        ('[gazetteer]\norganisation = [{ aliases = ["X"] }]\n', "line 2: gazetteer.organisation: an item lacks name, official"),
    ],
)
def test_bad_files_fail_with_file_line_and_entry(tmp_path, text, message):
    with pytest.raises(LexiconError, match=re.escape(message)) as caught:
        read_user_lexicons(write(tmp_path, text))
    assert "mine.toml" in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        read_user_lexicons(tmp_path / "nope.toml")


SPORT = (
    "Gunners sign new striker\n\n"
    "Arsenal signed the striker on Monday for a fee of $20 million after a long chase.\n\n"
    "The Gunners had tried twice before, and the club's fans were relieved."
)


def test_a_user_gazetteer_entry_becomes_an_actor(tmp_path):
    from analysis import find_actors

    before = {m.actor for m in find_actors(load_article(SPORT)).mentions}
    assert "Arsenal FC" not in before
    user = write(tmp_path, '[gazetteer]\norganisation = [{ name = "Arsenal FC", aliases = ["Arsenal", "Gunners"], official = false }]\n')
    with use_lexicons(user):
        mentions = find_actors(load_article(SPORT)).mentions
    assert [(m.text, m.actor) for m in mentions if m.actor == "Arsenal FC"] == [("Arsenal", "Arsenal FC"), ("Gunners", "Arsenal FC")]


def test_a_user_entry_replaces_the_package_entry_of_the_same_name(tmp_path):
    user = write(tmp_path, '[gazetteer]\norganisation = [{ name = "NATO", aliases = ["the Alliance"], official = true }]\n')
    with use_lexicons(user):
        entries = [e for e in load_lexicon("gazetteer")["organisation"] if e["name"] == "NATO"]
    assert entries == [{"name": "NATO", "aliases": ["the Alliance"], "official": True}]


def test_a_user_frame_cue_changes_the_answer(tmp_path):
    from analysis import analyze_framing

    text = "Club fined over stadium\n\nThe league fined the club after the stadium roof collapsed during the derby on Sunday."
    before = analyze_framing(load_article(text)).item("EC2")
    user = write(tmp_path, '[frame_cues.cues.cost]\nterms = ["fined"]\n')
    with use_lexicons(user):
        after = analyze_framing(load_article(text)).item("EC2")
    assert "fined" not in [c.text for c in before.cues]
    assert "fined" in [c.text for c in after.cues]


def test_overriding_a_speech_verb_stance_shows_in_the_attributions(tmp_path):
    from analysis import analyze_sourcing

    text = "Mayor defends budget\n\nMayor Ana Ruiz explained that the budget would balance by March, officials said later."
    before = analyze_sourcing(load_article(text)).attributions[0]
    assert (before.cue_lemma, before.stance) == ("explain", "neutral")
    user = write(
        tmp_path,
        '[speech_verbs]\nverbs = [{ lemma = "explain", stance = "assertive", forms = ["explain", "explains", "explained"] }]\n',
    )
    with use_lexicons(user):
        after = analyze_sourcing(load_article(text)).attributions[0]
    assert (after.cue_lemma, after.stance) == ("explain", "assertive")


def test_a_new_anonymity_phrase_gives_the_reason(tmp_path):
    from analysis import analyze_sourcing

    text = (
        "Plant to close\n\n"
        "The plant will close in June, a company engineer said, citing a memo he was not cleared to discuss."
    )
    source = analyze_sourcing(load_article(text)).sources[0]
    assert source.anonymity_reason is None
    user = write(tmp_path, '[anonymity]\nreasons = ["not cleared to discuss"]\n')
    with use_lexicons(user):
        source = analyze_sourcing(load_article(text)).sources[0]
    assert (source.speaker_type, source.anonymity_reason) == ("anonymous", "not cleared to discuss")


def test_value_range_applies_to_valences_only(tmp_path):
    # A setting that is not a valence may exceed VADER's ±4 scale.
    ok = read_user_lexicons(write(tmp_path, "[news_sentiment.voice]\nscare_quote_max_words = 5\n", "settings.toml"))
    assert ok.name == "settings.toml"
    with pytest.raises(LexiconError, match=r"bad\.toml line 3: news_sentiment\.supplement\.own goal\.valence = -5\.0 is outside"):
        read_user_lexicons(
            write(tmp_path, '[news_sentiment.supplement]\n"fed up" = { valence = -1.5 }\n"own goal" = { valence = -5.0 }\n', "bad.toml")
        )


def test_the_example_sports_file_changes_each_kind_of_list():
    from analysis import analyze

    root = Path(__file__).resolve().parent.parent
    article = root / "tests" / "fixtures" / "articles" / "sports.txt"
    plain = analyze(article)
    sports = analyze(article, lexicons=root / "examples" / "sports_lexicons.toml")
    # Sentiment: the phrases change exactly the sentences that hold them (0 and 1), with evidence.
    changed = [a.index for a, b in zip(plain.sentiment.sentences, sports.sentiment.sentences, strict=True) if a.compound != b.compound]
    assert changed == [0, 1]
    assert 'phrase "own goal" -1.80 (user lexicon)' in sports.sentiment.sentences[0].evidence_text
    # Sourcing: the fuller anonymity phrase is the reason given.
    assert sports.sourcing.sources[0].anonymity_reason == "not authorised to speak to the media"
    # Framing: the cost cue is the user's phrase.
    assert "transfer fee" in [c.text for c in sports.framing.item("EC2").cues]
    # Actors: the club and its nickname.
    assert {m.text for m in sports.actors.mentions if m.actor == "Arsenal FC"} == {"Arsenal", "Gunners"}
    assert not any(m.actor == "Arsenal FC" for m in plain.actors.mentions)
    # Provenance names the file and its digest.
    assert sports.provenance()["lexicons"]["user:sports_lexicons.toml"].startswith("sha256:")


def test_open_tables_take_new_keys(tmp_path):
    # Where a user adds entries of their own (a [meta] open_tables of the package's file): a phrase's
    # valence, a category of boilerplate, a state's abbreviations, an evaluative word.
    text = (
        '[news_sentiment.supplement]\n"own goal" = { valence = -1.8, reason = "scored against one\'s own side" }\n'
        '[boilerplate.podcast]\nreason = "podcast promotion"\nexact = ["listen to our podcast"]\n'
        '[titles.roles.states]\nguam = ["gu"]\n'
        '[target_tone.evaluative]\nturncoat = { valence = -2.0, reason = "a traitor to a side" }\n'
    )
    overlay = read_user_lexicons(write(tmp_path, text))
    with use_lexicons(overlay):
        assert load_lexicon("news_sentiment")["supplement"]["own goal"]["valence"] == -1.8
        assert load_lexicon("boilerplate")["podcast"]["exact"] == ["listen to our podcast"]
        assert load_lexicon("titles")["roles"]["states"]["guam"] == ["gu"]
