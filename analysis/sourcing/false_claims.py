"""The reporter's own charge that a party spoke falsely (trial 16 F4).

A fact-check or an exposé writes its verdict in its own voice: "Reyes falsely claimed in a speech
that acid rain was a hoax". The party is accused as surely as by "accused of lying": the text
states that its words were untrue. An adverb of falsehood (``accusation.toml`` ``false_claims``)
right before a verb of speech (``speech_verbs.toml``), outside quotation marks, accuses the subject
written before it (:func:`.accused.charge_subject`: an actor, or "the company"). A lede's definite
description as the subject ("The acting director of the federal agency … has repeatedly denied …
and falsely claimed …") is the person the next sentences name with that title
(:func:`.lead_names.named_with_title`).
"""

from __future__ import annotations

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.accused import charge_subject
from analysis.sourcing.context import Document
from analysis.sourcing.lead_names import named_with_title


@lexicon_cache
def _adverbs() -> frozenset[str]:
    return frozenset(load_lexicon("accusation").get("false_claims", ()))


def false_claims(doc: Document) -> list[tuple[int, str, str, str]]:
    """(body offset, party, kind, cue) of each "<party> falsely claimed" in the reporter's words, in body order."""
    adverbs = _adverbs()
    out: list[tuple[int, str, str, str]] = []
    for sentence in doc.article.sentences:
        lowered = doc.sentence_lower[sentence.index]
        if adverbs.isdisjoint(doc.sentence_sets[sentence.index]):
            continue  # (most sentences)
        starts, ends = doc.sentence_word_starts[sentence.index], doc.sentence_word_ends[sentence.index]
        for k in range(len(lowered) - 1):
            if lowered[k] not in adverbs or lowered[k + 1] not in doc.lex.verbs or doc.in_quote(starts[k]):
                continue
            subject = charge_subject(doc, sentence.start, starts[k])
            party = (subject[0], subject[1]) if subject is not None else None
            if party is None:
                named = named_with_title(doc, sentence.start, starts[k])
                party = (named, "person") if named is not None else None
            if party is not None:
                out.append((starts[k], party[0], party[1], doc.body[starts[k] : ends[k + 1]]))
    return out
