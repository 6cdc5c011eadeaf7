"""A one-word speaker that no actor reads as a person but the text shows speaking as one (issue 15,
round 12): "“I am the son of an immigrant,” Cruz said", "Cuban said he sees someone ...".

Some texts name a newsmaker by surname alone throughout (readers know "Cruz"), or by a surname
the gazetteer reads as a demonym ("Cuban" for Mark Cuban). With no actor mention, or only a
demonym, such a speaker would become an institution ("Twitter said", "The Vatican says") and
never the referent of a later "he said". The words around the name tell a person from a body:
somewhere in the article the word signs a quotation in the first person singular, or its speech
verb is followed by "he", "she", "his" or "her" (a body "said it", a firm's spokesman says "we"),
or by a quotation in the first person singular (trial 15: "Lee replied, “I think ...”").
When they do, every speaker phrase that is just that word is one named person, unless the article
also writes the word in lower case (a sentence opening "Another said", "Several added"). A word one
letter away from the surname of a person the story names in full is that person, misspelt
("Canete also predicted" after "Miguel Arias Canente"; trial 15).

A given name of ``first_names.toml`` alone ("Jim accused Bob of lying", "Maria said") is a person
too: features, sport and court stories call family members and children by given name once the
full names are out. It is the one person the story names in full with that given name ("Jim" after
"Jim Cole"), or, with none or two such, a person named "Jim" (round 18 closing note: "Jim" was an
institution). Given names a word can also be ("Will", "Bill") are left out by the lower-case test above.
"""

from __future__ import annotations

import re

from analysis.actors import ActorMention, person_gender
from analysis.actors.lone_surnames import signed_in_first_person
from analysis.sourcing.context import Document
from analysis.sourcing.named_appositions import unlisted_full_name

_ONE_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z]+)?")
# After the name: an optional -ly adverb, a verb, an optional "that", then a personal pronoun.
_VERB_THEN_PERSON = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:that\s+)?(?:he|she|his|her)\b")


def lone_person(doc: Document, text: str, mentions: tuple[ActorMention, ...]) -> bool:
    """Whether a speaker phrase ``text`` is one capitalised word that speaks as a person (see the
    module docstring); ``mentions`` are the non-person actor mentions the phrase holds: none, or
    one demonym ("Cuban", read as Cuba)."""
    if _ONE_WORD.fullmatch(text) is None:
        return unlisted_full_name(doc, text, mentions)  # "Rex Tillerson" the actors missed (trial 17 F11)
    if text.lower() in doc.lex.institution_nouns:
        return False
    if mentions and not (len(mentions) == 1 and mentions[0].kind == "country" and mentions[0].actor != text):
        return False
    key = ("lone_person", text)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = not _whole_word_at(doc.body, text.lower()) and (
            _speaks_as_person(doc, text) or misspelt_surname(doc, text) is not None or _given_name(text))
    return found


def _given_name(word: str) -> bool:
    """Whether a capitalised word is a given name of ``first_names.toml`` ("Jim", "Maria")."""
    return person_gender(word) is not None and word.lower().rstrip(".") not in _HONORIFICS


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lady", "lord", "madam", "madame"})


def misspelt_surname(doc: Document, word: str) -> str | None:
    """The person named earlier whose surname ``word`` misspells by one letter ("Canete" after
    "Miguel Arias Canente"), or whose given name ``word`` is ("Jim" after "Jim Cole", the only
    one: module docstring), or None. News copy misspells a name it gave in full; a firm's name is
    not a letter away from a person's surname that the same story gives (trial 15 F2)."""
    if _given_name(word):
        full = [person for person in doc.person_mentions if len(person.split()) >= 2 and person.split()[0] == word]
        return full[0] if len(full) == 1 else None
    if len(word) < 5:
        return None
    found = [person for person in doc.person_mentions if len(person.split()) >= 2 and _one_letter_apart(person.split()[-1], word)]
    return found[0] if len(found) == 1 else None


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or dropped (same first letter)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


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


# After the name: an optional -ly adverb, a verb, a comma or colon, then an opening quotation mark
# (trial 15 F2: "Lee replied, “I think ...”"); the quotation is read up to 300 characters.
_VERB_THEN_QUOTE = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s*[,:]\s*[“\"]([^”\"]{1,300})")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|my|me|myself)\b")


def _opens_first_person_quote(doc: Document, body: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by its speech verb and a quotation in the first
    person singular: a person speaks so; a body's spokesperson speaks for it as "we"."""
    after = _VERB_THEN_QUOTE.match(body, end)
    return after is not None and after.group(1) in doc.lex.verbs and _FIRST_PERSON_SINGULAR.search(after.group(2)) is not None


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
            if _opens_first_person_quote(doc, body, end):
                return True  # "Lee replied, “I think both sides have a point.”"
        at = body.find(word, end)
    return False
