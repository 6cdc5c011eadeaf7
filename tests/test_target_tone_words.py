"""Context words a reader can check (round-8 new-user trial, finding 10): the evidence of the target
tone carried single letters ("R:a +0.71: 'a' just after the target") and pieces of contractions
("S:m" from "I'm", "S:d" from "I'd"). Function words stay features (the lexicon's [context_words]
says why: dropping them cost NewsMTSC dev 0.684 -> 0.669). These tests use our own sentences, written like the ones the
trial found (a player suspended for shoving, a quoted "I'm ...", an "I'd say ...").
"""

from __future__ import annotations

import pytest

from analysis import tone_toward
from analysis.lexicons import load_lexicon
from analysis.sentiment.target_features import target_features
from analysis.sentiment.target_rules import rules
from analysis.sentiment.target_tokens import is_context_word, text_tokens

SENTENCES = [
    ("Midfielder Tom Baxter also received a three-match ban for kicking an opponent to the ground.", "Tom Baxter"),
    ("“I’m proud that the farmers of Kent are on it,” the minister said.", "farmers of Kent"),
    ("I'd say Norfolk has done better than we have, and they'll say so too.", "Norfolk"),
    ("They're sure Ada Cole won't resign, and we've said we'll back her in the fight.", "Ada Cole"),
    ("The United States has pledged a further $100 million to the fight against the group.", "United States"),
]


def _context_names(sentence: str, mention: str) -> list[str]:
    start = sentence.index(mention)
    features = target_features(sentence, start, start + len(mention), 0.0)
    return [f.name for f in features if f.name[:2] in ("L:", "R:", "S:")]


def test_contractions_are_split_at_the_apostrophe_and_read_as_words() -> None:
    """"I'm" is "I" + "'m" (read "am"), not "I", "'", "m"; "can't" is "ca" + "n't" (read "can",
    "n't"); "'s" stays as written (possessive or "is"). The words as written are kept for the evidence."""
    tokens = text_tokens("I’m sure they'll win; we'd seen it, they've said they're ready, she can't and won't. It's Kim's.", rules())
    assert tokens.words == [
        "i", "am", "sure", "they", "will", "win", ";", "we", "would", "seen", "it", ",", "they", "have", "said",
        "they", "are", "ready", ",", "she", "can", "n't", "and", "will", "n't", ".", "it", "'s", "kim", "'s", ".",
    ]
    assert tokens.raw[:2] == ["I", "’m"] and tokens.raw[20:25] == ["ca", "n't", "and", "wo", "n't"]


def test_a_contraction_lets_the_rules_see_the_auxiliary() -> None:
    # "won't" is "will not": the auxiliary is skipped and the negation flips the act ("wo" stopped the
    # rule before)
    fired = {f.name: f for f in target_features("Ada Cole won't resign.", 0, 8, 0.0)}
    assert fired["agent_bad"].value == -1.0 and fired["agent_bad"].words == "<target> wo n't resign (negated)"


@pytest.mark.parametrize(("sentence", "mention"), SENTENCES)
def test_context_features_carry_no_letter_or_fragment(sentence: str, mention: str) -> None:
    fragments = set(load_lexicon("target_tone")["context_words"]["fragments"])
    names = _context_names(sentence, mention)
    assert names  # the words are still there
    for name in names:
        word = name[2:]
        if word[:1].isalpha():
            assert len(word) > 1 and word not in fragments, name
    evidence = tone_toward(sentence, sentence.index(mention), sentence.index(mention) + len(mention)).evidence
    shown = {e.feature for e in evidence}
    assert not shown & {"S:m", "S:d", "S:ll", "S:re", "S:ve", "S:s", "S:t", "R:a", "L:a", "S:a", "S:i", "L:i"}


def test_only_letters_and_contraction_pieces_are_never_context_words() -> None:
    stop = rules().context_stop
    assert stop == {"ll", "re", "ve", "ca", "wo", "sha"}  # the stop word list is empty by choice
    assert is_context_word("against", stop) and is_context_word("n't", stop) and is_context_word("of", stop)
    assert not is_context_word("m", stop) and not is_context_word("d", stop) and not is_context_word("ll", stop)
    # single letters are passed over when the near words are taken: "R:a" never appears
    names = _context_names("Police said Tom Baxter received a ban for cheating.", "Tom Baxter")
    assert "L:said" in names and "R:received" in names and "R:a" not in names and "R:ban" in names


def test_a_received_treatment_is_a_treatment() -> None:
    """"X received a three-match ban" is "X was banned": patient_negative on the words, and the
    tone is negative (the trial's "received a one-game suspension for shoving" read positive +0.49
    from "R:a"); "won praise" is patient_positive."""
    sentence, mention = SENTENCES[0]
    tone = tone_toward(sentence, sentence.index(mention), sentence.index(mention) + len(mention))
    assert tone.label == "negative"
    assert tone.strongest() is not None and tone.strongest().feature == "patient_negative"
    assert tone.strongest().words == "<target> also received a three-match ban"
    charges = {f.name: f.words for f in target_features("The company now faces charges of fraud.", 4, 11, 0.0)}
    assert charges["patient_negative"] == "<target> now faces charges"
    praise = "Nurse Ada Cole won praise from patients."
    assert {f.name: f.words for f in target_features(praise, 6, 14, 0.0)}["patient_positive"] == "<target> won praise"
    assert tone_toward(praise, 6, 14).label == "positive"
    # no treatment noun in the next four words: no rule ("received a letter")
    assert "patient_negative" not in {f.name for f in target_features("Tom Baxter received a letter about the ban.", 0, 10, 0.0)}


def test_the_seed_us_evidence_is_words() -> None:
    """The seed's strongest evidence for the United States was "S:fight +1.11; R:a +0.71"; no actor's
    strongest evidence now names a single letter or a contraction's piece."""
    from pathlib import Path

    from analysis import analyze

    result = analyze(Path(__file__).parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")
    stop = rules().context_stop
    checked = []
    for actor in result.sentiment.actors:
        if not actor.strongest_evidence:
            continue
        for part in actor.strongest_evidence.split("): ", 1)[1].split("; "):
            feature = part.split(" ")[0]
            if feature[:2] in ("L:", "R:", "S:") and feature[2:3].isalpha():
                assert is_context_word(feature[2:], stop), (actor.actor, part)
                checked.append(feature)
    assert len(checked) >= 8
    us = result.sentiment.actor("United States")
    assert us is not None and us.strongest_evidence.startswith("US (positive +0.47): S:fight +1.12 ('fight' in the sentence)")
