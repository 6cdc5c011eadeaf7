"""A narrator's scare-quoted phrase is no running quote of the last speaker.

An uncued quotation with no speaker in its sentence continues the last attribution (a running
quote: ":func:`.coreference.continued`). That holds for a quotation that opens its sentence or
follows its speaker's words closely; but a phrase quoted inside the writer's own sentence,
after the writer has gone on in their own voice for a while ("Almost every word out of Rubio's
mouth was a lie. … No matter what, the answer is “most or all of it.”"), is the writer's scare
quote or a phrase quoted from nobody in particular. So a partial quotation (inside a sentence of
the narrator's) is left unattributed when at least :data:`NARRATOR_GAP` whole sentences without
any attribution stand between it and the last attribution, unless its words repeat a quotation
of that speaker ("he called it “a mess” … the “mess” ..."), which makes them the speaker's.
"""

from __future__ import annotations

from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import word_tuple

# Sentences of the writer's own between the last attribution and the quoted phrase: a sentence or
# two of context between a speaker's words and a partial quote of theirs is common ("… he says.
# That's causing glaciers to flow. East Antarctica has seen less melting. That's “an important
# distinction …”"); three or more sentences in the writer's voice mean the speaker's turn is over.
NARRATOR_GAP = 3


def narrator_phrase(doc: Document, candidate: Candidate, previous: Candidate, kept: list[Candidate]) -> bool:
    """Whether ``candidate`` (an uncued quotation ``previous`` would continue) is the narrator's
    phrase rather than the previous speaker's words (see the module docstring)."""
    if candidate.quote_type != "partial" or not candidate.text_parts or _speech_verb_outside(doc, candidate):
        return False
    last = max(end for _, end in previous.text_parts) if previous.text_parts else previous.sentence.start
    if previous.speaker is not None:
        last = max(last, previous.speaker[1])
    last_sentence = doc.sentence_at(max(0, last - 1)).index
    if candidate.sentence.index - last_sentence - 1 < NARRATOR_GAP:
        return False
    return not _repeats(doc, candidate, previous, kept)


def _speech_verb_outside(doc: Document, candidate: Candidate) -> bool:
    """Whether the sentence holds a speech verb outside the quotation (any form, a gerund too:
    "arguing such a system will “…”", "the study found"): then the sentence reports speech and
    the quotation is no bare phrase of the writer's; this rule leaves it to the other stages."""
    index = candidate.sentence.index
    verbs = doc.lex.verbs
    for word, start in zip(doc.sentence_lower[index], doc.sentence_word_starts[index], strict=True):
        if word in verbs and not any(s <= start < e for s, e in candidate.text_parts):
            return True
    return False


def _repeats(doc: Document, candidate: Candidate, previous: Candidate, kept: list[Candidate]) -> bool:
    """Whether the quoted words appear in an earlier quotation of ``previous``'s source."""
    body = doc.body
    quoted = word_tuple(" ".join(body[s:e] for s, e in candidate.text_parts).lower())
    if not quoted:
        return False
    n = len(quoted)
    for other in kept:
        if other.source != previous.source or not other.is_quote:
            continue
        said = word_tuple(" ".join(body[s:e] for s, e in other.text_parts).lower())
        if any(said[i : i + n] == quoted for i in range(len(said) - n + 1)):
            return True
    return False
