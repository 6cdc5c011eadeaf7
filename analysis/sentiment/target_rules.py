"""The word lists of the target-tone rules (``lexicons/target_tone.toml``), read once per lexicon set
into :class:`_Rules`: what the tokeniser (:mod:`analysis.sentiment.target_tokens`), the speech rules
(:mod:`analysis.sentiment.target_speech`) and the features (:mod:`analysis.sentiment.target_features`)
all consult, so it stands below them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sentiment.lexicon import _lexicon


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of the per-text token cache
class _Rules:
    """The word lists of ``lexicons/target_tone.toml`` as sets, with verb inflections made."""

    treat_negative: frozenset[str]
    treat_positive: frozenset[str]
    harm: frozenset[str]
    treat: frozenset[str]  # the two above together, made once (asked for every target)
    good: frozenset[str]
    bad: frozenset[str]
    valence: Mapping[str, float]
    passive: frozenset[str]
    link: frozenset[str]
    skip: frozenset[str]
    object_skip: frozenset[str]
    negation: frozenset[str]
    breaks: frozenset[str]
    speech: frozenset[str]
    speaker_titles: frozenset[str]
    pronouns: frozenset[str]
    auxiliaries: frozenset[str]  # "said X would ...": X the subject of what is said (target_features._speech_features)
    decrements: frozenset[str]  # "less happy": the next word read negated (target_features._negated)
    noun_compounds: frozenset[tuple[str, str]]  # "running back": a position noun, not the verb "back"
    receive: frozenset[str]  # "X received a suspension": the verb ...
    received_negative: frozenset[str]  # ... and the treatment nouns
    received_positive: frozenset[str]
    speech_objects: frozenset[str]  # "X delivered a speech": a good act's verb that only frames a speech
    political_recipients: frozenset[str]  # "X donated to the Smith campaign": a political act, not a good one
    context_stop: frozenset[str]  # never a context word (L:/R:/S:): stop words and contraction pieces
    contractions: Mapping[str, str]  # a contraction's piece -> the word it stands for ("'ll" -> "will")
    evidence_nouns: frozenset[str]  # "no evidence that X ...": X cleared (target_covered)
    evidence_skip: frozenset[str]  # "no direct evidence"
    settings: frozenset[str]  # "at a meeting of X": X the venue, a bystander (target_covered)
    venue_prepositions: frozenset[str]  # "at X", "during X"
    owned_people: frozenset[str]  # "X's critics": an owned head that is people, not X's trait (target_features)
    version: str


def _inflect(lemmas: Sequence[str]) -> set[str]:
    """Regular inflections of each lemma: -s/-es/-ies, -ed/-d/-ied, -ing, doubled consonant."""
    out: set[str] = set()
    for w in lemmas:
        out.add(w)
        if w.endswith("e"):
            out.update({w + "s", w + "d", w[:-1] + "ing"})
        elif w.endswith("y") and w[-2:-1] not in "aeiou":
            out.update({w[:-1] + "ies", w[:-1] + "ied", w + "ing"})
        else:
            out.update({w + "s", w + "es", w + "ed", w + "ing"})
            if len(w) <= 4 and w[-1] not in "aeiouwxy" and w[-2:-1] in "aeiou":
                out.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    return out


_GRAMMAR_LISTS = ("passive", "link", "skip", "object_skip", "negation", "speech", "speaker_titles", "pronouns", "auxiliaries", "decrements")


@lexicon_cache
def rules() -> _Rules:
    """The rule lists in force (package file merged with a user lexicon's ``[target_tone]``)."""
    data = load_lexicon("target_tone")
    treatment, acts, grammar, context = data["treatment"], data["acts"], data["grammar"], data["context_words"]
    valence = dict(_lexicon(True).lexicon)
    valence.update({k: float(v["valence"]) for k, v in data["evaluative"].items()})
    negative = frozenset(_inflect(treatment["negative"]) | set(treatment["irregular_negative"]))
    positive = frozenset(_inflect(treatment["positive"]) | set(treatment["irregular_positive"]))
    harm = frozenset(_inflect(treatment["harm"]) | set(treatment["irregular_harm"]))
    return _Rules(
        treat_negative=negative,
        treat_positive=positive,
        harm=harm,
        treat=negative | positive,
        good=frozenset(_inflect(acts["good"]) | set(acts["irregular_good"])),
        bad=frozenset(_inflect(acts["bad"]) | set(acts["irregular_bad"])),
        valence=valence,
        **{k: frozenset(grammar[k]) for k in _GRAMMAR_LISTS},
        breaks=frozenset(grammar["clause_breaks"]),
        noun_compounds=frozenset(tuple(phrase.split()) for phrase in grammar["noun_compounds"]),
        receive=frozenset(_inflect(treatment["receive"]) | set(treatment["irregular_receive"])),
        received_negative=frozenset(treatment["received_negative"]),
        received_positive=frozenset(treatment["received_positive"]),
        speech_objects=frozenset(acts["speech_objects"]),
        political_recipients=frozenset(acts["political_recipients"]),
        context_stop=frozenset(context["stopwords"]) | frozenset(context["fragments"]),
        contractions=dict(context["contractions"]),
        **{k: frozenset(data["scope"][k]) for k in ("evidence_nouns", "evidence_skip", "settings", "venue_prepositions")},
        owned_people=frozenset(data["possessed"]["people"]),
        version=str(data["meta"]["version"]),
    )
