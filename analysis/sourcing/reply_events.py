"""Stage 8b, which of an accused party's statements are a reply (round 12's new-user trial, F3).

The right-of-reply verdict (:mod:`.reply`) counts the accused party as heard when it is quoted
or paraphrased. A reply is the party's word on the allegation, given after it; news also reports
what the party said *inside the events it narrates* ("Officers banged on the door. The suspect
said he needed to get dressed."), and that is no answer to the charge (the BBC Editorial
Guidelines' right of reply is "an opportunity to respond" to the allegation). Two forms are read
as narrated events, not replies:

* **an utterance in a scene**: reported speech (not a quotation) in the past tense, by the party
  itself (not a representative), right after a sentence of the same paragraph that narrates in
  the past tense (no attribution, no quotation marks, not itself the accusation, no present-tense
  verb) or after another such utterance, whose words name nothing of the charge
  (``reply.toml [events] about_charge``: "wrong", "innocent", "charges", "appeal", ...). "Police
  arrested Jones. Jones said he was at home" (right after the accusation), "'I'm proud of what I
  did,' he said" (a quotation) and "He said he had done nothing wrong" (the charge named) stay
  replies;
* **the party in its role in the events**: reported speech (not a quotation, past tense, not
  naming the charge) whose speaker is written "the <role in the events>" ("The suspect said he
  needed to get dressed", "the gunman told the clerk ...": ``[events] role_nouns``), which is how
  crime writing names the accused inside the scene (web news puts each sentence of a scene in a
  paragraph of its own, so the scene rule above does not see it);
A denial is always a reply, and so is an admission (round 13's new-user trial, F4): "Webb
confessed to the kidnapping, admitting that he ...", "he admitted that he took the child" are the
accused's own account of the charge, told through the narrator; an admission verb (``admission``
stance in ``speech_verbs.toml``: admit, confess, acknowledge, concede) speaks to the charge by
what it is. (Round 12 read a narrated confession as an act in the case, no reply; a reader asking
whether the accused's side is in the story finds it there.)

A narrated event still makes the party ``heard`` (quoted or paraphrased at all); it only does not
count for the verdict (:mod:`.reply`).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.accused import AccusedParty, first_words
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import WORD, word_tuple, words
from analysis.sourcing.result import Accusation, Attribution

_QUOTE_MARKS = ("“", "”", '"')


@lexicon_cache
def about_charge_words() -> frozenset[str]:
    """``[events] about_charge`` of ``reply.toml``: words that make speech about the allegation."""
    return frozenset(load_lexicon("reply").get("events", {}).get("about_charge", ()))


def narrated_events(
    doc: Document, attributions: Sequence[Attribution], accused: Sequence[tuple[AccusedParty, Sequence[Accusation]]]
) -> frozenset[int]:
    """The indices of the attributions that are narrated events, not replies (module docstring)."""
    charged = {e.sentence for _, evidence in accused for e in evidence if e.sentence is not None}
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence, []).append(a)
    about = about_charge_words()
    out: set[int] = set()
    for a in attributions:
        if a.statement_kind != "statement" or a.quote_type != "indirect" or a.stance == "admission":
            continue  # a quotation, a denial or an admission ("Webb confessed to the kidnapping") is a reply
        if not set(words(a.text)).isdisjoint(about):
            continue
        if _present(a.cue) or a.sentence in charged:
            continue
        if _event_role(a.speaker):
            out.add(a.index)  # "The suspect said he needed to get dressed": the party in its role in the events
            continue
        if a.sentence < 1:
            continue
        previous = doc.article.sentences[a.sentence - 1]
        if previous.paragraph != a.paragraph or previous.index in charged:
            continue
        if _representative(a.speaker):
            continue  # "a company spokesperson said ...": speaks for the party now, to the press
        before = by_sentence.get(previous.index, [])
        scene = not before and not any(mark in previous.text for mark in _QUOTE_MARKS) and _narrates(previous.text)
        if scene or any(b.index in out for b in before):
            out.add(a.index)
    return frozenset(out)


_PRESENT = frozenset({"is", "are", "am", "has", "have", "says", "say", "does", "do", "will", "can", "may"})
_PAST = frozenset({"was", "were", "had", "did"})


def _narrates(text: str) -> bool:
    """Whether a sentence narrates in the past tense ("Officers banged on the door."): a past verb
    (an "-ed" word or was/were/had/did) and no present or future one ("Regulators are looking at
    the firm." is the state of things now, not a scene)."""
    said = word_tuple(text)
    if not _PRESENT.isdisjoint(said):
        return False
    return not _PAST.isdisjoint(said) or any(len(w) > 4 and w.endswith("ed") for w in said)


def _event_role(speaker: str) -> bool:
    """Whether the speaker is written as "the <role in the events>" ("The suspect", "the gunman";
    ``[events] role_nouns`` of ``reply.toml``): crime and court writing names the accused so inside
    the narrated events, and by name or pronoun when it reports their answer."""
    said = words(speaker)
    if len(said) != 2 or said[0] != "the":
        return False
    return said[1] in _role_nouns()


@lexicon_cache
def _role_nouns() -> frozenset[str]:
    """``[events] role_nouns`` of ``reply.toml``, as a set built once (not per speaker read)."""
    return frozenset(load_lexicon("reply").get("events", {}).get("role_nouns", ()))


def _representative(speaker: str) -> bool:
    """Whether the speaker phrase names a representative ("a company spokesperson", "his lawyer")."""
    from analysis.sourcing.statements import reply_lexicon  # (statements imports the speaker stages)

    said = word_tuple(speaker)
    reps = reply_lexicon().representatives
    firsts = first_words(reps)  # only where a representative noun may start
    return any(said[k : k + len(r)] == r for k in range(len(said)) if said[k] in firsts for r in reps)


def _present(cue: str | None) -> bool:
    """Whether a reporting verb is in the present tense ("says", "tells"): speech at the time of
    writing, not inside the narrated events."""
    last = WORD.findall(cue.lower())[-1:] if cue else []
    return bool(last) and last[0].endswith("s") and not last[0].endswith("ss")
