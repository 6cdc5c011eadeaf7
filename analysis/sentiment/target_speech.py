"""Who speaks in a sentence, and where the target's clause goes on past its appositions, for
:mod:`analysis.sentiment.target_features`: the attribution patterns that make the marked target the
speaker (round 11 moved them here and added the first four), and :func:`_past_apposition`.

* a speech verb written *before* the target attributes to it only when the verb opens an
  attribution: at the sentence start or after a quotation's end or a punctuation mark ('"...,"
  said X'); after a subject it is that subject's ("investigators say X burned villages": X opens
  what is said; "he told X": X is spoken to) (:func:`_opens_attribution`);
* a role phrase between the verb and the name: 'says the firm's founder, X' (after a comma) and
  'said planetary geologist X' (lower-case role words);
* the target speaking through its office or lawyers ("X's office said");
* the target as an apposition ("Its chef, X, says") or followed by one ("X, a former trader, told").

Pure functions of the tokenised sentence (``_Sentence``) and the rule lists (``_Rules``) of
:mod:`analysis.sentiment.target_features`, which calls them (no import back at run time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.sentiment.target_rules import _Rules
    from analysis.sentiment.target_tokens import _Sentence


def _speech_after_apposition(s: _Sentence, r: _Rules) -> int:
    """The index of the speech verb of "X, <apposition>, said" or "X (D-CA) wrote" (the verb right
    after a comma or bracket, at most 30 tokens on, the quotation status unchanged), or -1."""
    after = s.last + 1
    if after >= len(s.words) or s.words[after] not in (",", "("):
        return -1
    # "Its chef, X, says that ...": the target is itself the apposition of the subject, and its
    # verb follows the comma right after it (not "In Paris, says Smith": the target must follow a comma)
    first = after + 1 if s.first > 0 and s.words[s.first - 1] == "," and s.words[after] == "," else after + 2
    for k in range(first, min(len(s.words), after + 31)):
        if s.quoted[k] != s.quoted[s.first] or s.words[k] in (";", ".", ":"):
            return -1
        if s.words[k] in r.speech and s.words[k - 1] in (",", ")"):
            if k == after + 1 and k + 1 < len(s.words) and s.raw[k + 1][:1].isupper():
                return -1  # ", X, said Smith": another speaker
            return k
    return -1


#: What stands right before the speech verb of an inverted attribution ('"...," said X', '...; says
#: Ms X'): the end of the quotation or of the clause it attributes.
_ATTRIBUTION_OPENERS = frozenset({",", ".", "?", "!", ":", ";", "—", "–", "(", "-", "'", "’"})  # and a single quotation mark closing


def _opens_attribution(s: _Sentence, k: int) -> bool:
    """Whether the speech verb at ``k``, written before the target, attributes what precedes it to
    the target ('"...," said X'): the verb opens the sentence or follows a quotation's end or a
    punctuation mark. After a subject the verb is that subject's: "investigators say X burned
    villages" (X opens what is said), "he told X" (X is spoken to), "Jones said X lied"."""
    return k == 0 or s.words[k - 1] in _ATTRIBUTION_OPENERS or (s.quoted[k - 1] and not s.quoted[k])


def _speech_before_apposition(s: _Sentence, r: _Rules, comma: int) -> int:
    """'says SOHAY's programme manager, X' / 'said the firm's founder, X': the speech verb before a
    role phrase of at most six words (titles, possessives, lower-case role nouns) that the target
    names after a comma; its index, or -1."""
    k = comma - 1
    while k >= 0 and comma - k <= 6 and s.words[k] not in r.breaks and s.words[k] not in r.speech and s.words[k] not in (".", "?", "!"):
        k -= 1
    if k < 0 or k == comma - 1 or s.words[k] not in r.speech or not _opens_attribution(s, k):
        return -1
    return k


def _speech_before_role(s: _Sentence, r: _Rules, k: int) -> int:
    """'"...," said planetary geologist X' / 'said 29-year-old X': a speech verb that opens an
    attribution before at most five lower-case role words (any, not only the listed titles: the
    attribution check keeps "Jones said the mayor X ..." out); its index, or -1."""
    j = k
    while j >= 0 and k - j < 5 and s.raw[j][:1].islower() and s.words[j] not in r.breaks and s.words[j] not in r.speech:
        j -= 1
    if j < 0 or j == k or s.words[j] not in r.speech or not _opens_attribution(s, j):
        return -1
    return j


def _speech_of_owned(s: _Sentence, r: _Rules) -> int:
    """ "X's office said", "X's spokesman told": the target speaks through its own role (a word of
    ``speaker_titles``, at most two); the speech verb's index, or -1."""
    k = s.last + 1
    if k >= len(s.words) or s.words[k] != "'s":
        return -1
    j = k + 1
    while j < len(s.words) and j <= k + 2 and s.words[j] in r.speaker_titles:
        j += 1
    return j if j > k + 1 and j < len(s.words) and s.words[j] in r.speech else -1


def _past_apposition(s: _Sentence) -> int:
    """Where the target's clause goes on after an apposition closed by a comma ("X, a former
    trader, was ..."), or a chain of them ("X, 35, a former trader, was"; a later one only where it
    opens like an apposition: a number, an article, a possessive, "of" or a name): the index after
    the last closing comma, or ``s.last + 1`` when there is none."""
    after, n = s.last + 1, len(s.words)
    if after >= n or s.words[after] != ",":
        return after
    pos = after
    for _ in range(3):
        end = pos + 1
        while end < n and end <= pos + 9 and s.words[end] not in (",", ";", ".", ":", "—"):
            end += 1
        if end >= n or s.words[end] != "," or end == pos + 1:
            break
        pos = end
        if pos + 1 >= n or not _opens_apposition(s, pos + 1):
            break
    return pos + 1 if pos > after else after


_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "of", "one"})


def _opens_apposition(s: _Sentence, k: int) -> bool:
    word = s.words[k]
    return word in _APPOSITION_OPENERS or word[:1].isdigit() or s.raw[k][:1].isupper()
