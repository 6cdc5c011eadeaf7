"""A one-word speaker that no actor reads as a person but the text shows speaking as one (issue 15,
round 12): "“I am the son of an immigrant,” Cruz said", "Cuban said he sees someone ...".

Some texts name a newsmaker by surname alone throughout (readers know "Cruz"), or by a surname
the gazetteer reads as a demonym ("Cuban" for Mark Cuban). With no actor mention, or only a
demonym, such a speaker would become an institution ("Twitter said", "The Vatican says") and
never the referent of a later "he said". The words around the name tell a person from a body:
somewhere in the article the word signs a quotation in the first person singular, or its speech
verb is followed by "he", "she", "his" or "her" (a body "said it", a firm's spokesman says "we").
When they do, every speaker phrase that is just that word is one named person, unless the article
also writes the word in lower case (a sentence opening "Another said", "Several added").
"""

from __future__ import annotations

import re

from analysis.actors import ActorMention
from analysis.actors.lone_surnames import signed_in_first_person
from analysis.sourcing.context import Document

_ONE_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z]+)?")
# After the name: an optional -ly adverb, a verb, an optional "that", then a personal pronoun.
_VERB_THEN_PERSON = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:that\s+)?(?:he|she|his|her)\b")


def lone_person(doc: Document, text: str, mentions: tuple[ActorMention, ...]) -> bool:
    """Whether a speaker phrase ``text`` is one capitalised word that speaks as a person (see the
    module docstring); ``mentions`` are the non-person actor mentions the phrase holds: none, or
    one demonym ("Cuban", read as Cuba)."""
    if _ONE_WORD.fullmatch(text) is None or text.lower() in doc.lex.institution_nouns:
        return False
    if mentions and not (len(mentions) == 1 and mentions[0].kind == "country" and mentions[0].actor != text):
        return False
    key = ("lone_person", text)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = not _whole_word_at(doc.body, text.lower()) and _speaks_as_person(doc, text)
    return found


def _whole_word_at(body: str, word: str) -> bool:
    """Whether ``word`` occurs in ``body`` as a whole word (written in lower case, a capitalised
    "Another" or "Several" opening a sentence is a common word, no name)."""
    at = body.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not body[at - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            return True
        at = body.find(word, end)
    return False


def _speaks_as_person(doc: Document, word: str) -> bool:
    body, verbs = doc.body, doc.lex.verbs
    at = body.find(word)
    while at != -1:
        end = at + len(word)
        whole = (at == 0 or not body[at - 1].isalnum()) and (end == len(body) or not body[end].isalnum())
        if whole:
            after = _VERB_THEN_PERSON.match(body, end)
            if after is not None and after.group(1) in verbs:
                return True  # "Cuban said he sees ..."
            if signed_in_first_person(body[max(0, at - 400) : at]):
                return True  # "“I am the son of an immigrant,” Cruz said"
        at = body.find(word, end)
    return False
