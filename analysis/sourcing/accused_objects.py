"""Stage 8, the accused object of a verb written in other ways (round 18 new-user trial).

**A title before the name** (F20). Wire stories about arrests, charges, fines and investigations
almost always give the person's office or honorific before the name: "Police arrested Mayor Tom Hale
on bribery charges", "Prosecutors charged Rep. Ann Cole with fraud", "A court fined Senator Tom Hale
for ...", "The FBI is investigating Mayor Tom Hale", "Police arrested Dr. Tom Hale". The actors
stage leaves the title out of the person's mention ("Tom Hale"), so the forms of
:mod:`.accusation_forms` and :mod:`.discipline`, which want the named party right after the verb,
found no one there, though the same sentences without the title ("arrested Tom Hale") name the
party.

:func:`more_accusations` reads each form as before, and when it finds no party and the words right
after the verb (past "the" and "former") are a capitalised title of ``titles.toml`` or an honorific
followed at once by a person's name, reads the form again as if the title were not written: the
verb's own word is kept, and the party is the person after the title, under the form's own
conditions (the link after an arrest or a charge, the whole object of a fine or an investigation). A
capitalised word that is no title ("arrested Acme Mayor Tom Hale", "fined Club Secretary") and a
lower-case job word (read by the forms themselves) are left alone.

**A pronoun** (F16). "Health Minister Ann Cole resigned after criticism from Senator Maria Diaz, who
accused her of hiding the report", "Mr Bolsonaro said ... Mr Macron had accused him of 'lying'": the
accused is a person the text has just named, written as an object pronoun. :func:`pronoun_object`
takes such a pronoun right before "of"/"for" after an active accusation verb for the person it
refers to, as the sourcing stage resolves a speaker's "he"/"she" (:mod:`.pronouns`): the nearest
earlier person named as the subject of a clause (:func:`~analysis.sourcing.pronouns.is_subject`), in
the pronoun's sentence or the two before it, in its paragraph or the one before, whose gender, when
the text gives it, agrees. The accuser is never the one accused: the verb's own subject, named right
before it ("Diaz, who accused her": not Diaz) is left out, as grammar leaves a clause's subject out of
its own object pronoun ("Diaz accused her" never means Diaz herself). None when no one fits, as for
an unnamed party ("he was arrested"), which no one identified could be asked about.

**An adverb passive** (F2). "When Trudeau signed the accord he was widely criticized in Canada by
environmentalists": with adverbs between the auxiliary and the accusation verb, the verb was read
as active and the place after it ("Canada") accused. :func:`active_use` reads it as passive, and
:func:`adverb_passive_party` takes the subject before the auxiliaries (a name, or "he"/"she" for
the person it refers to, as above) as the party.

**A given name** (F21). "Bob Cole and his brother Jim Cole run the family firm. Jim accused Bob of
selling the land": features, sport and court stories about a family call its members by given name
once the full names are out. :func:`given_name_party` joins a bare given name in the object of an
accusation (a first name of ``first_names.toml``) to the one person the article names in full with
that given name ("Bob Cole"); with none or two such persons it stays as written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from analysis.actors import ActorMention, person_gender
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.accusation_forms import actor_at, forms
from analysis.sourcing.accusation_forms import more_accusations as form_accusations
from analysis.sourcing.accused import gender_of
from analysis.sourcing.context import Document
from analysis.sourcing.discipline import discipline_words
from analysis.sourcing.lexicon import WORD
from analysis.sourcing.passive_adverbs import MAX_PASSIVE_ADVERBS, auxiliary_before_adverbs
from analysis.sourcing.pronouns import is_subject

_Token = tuple[int, int, str]
_Local = list[tuple[int, int, ActorMention]]

_MAX_TITLE_WORDS = 4  # "Deputy Chief Medical Officer", "U.S. Attorney General" at most


@lexicon_cache
def _honorifics() -> frozenset[str]:
    """Honorifics before a name ("Mr", "Dr", "Rev"): ``honorifics`` of ``titles.toml``."""
    return frozenset(load_lexicon("titles").get("honorifics", ()))


@lexicon_cache
def _object_verbs() -> frozenset[str]:
    """The verbs whose object is the party: arrests and charges, penalties, investigations."""
    f = forms()
    return f["active_verdicts"] | f["investigating"] | discipline_words()["discipline_verbs"]


def more_accusations(
    doc: Document, text: str, offset: int, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int], headline: bool = False
) -> list[tuple[ActorMention, str]]:
    """(party, cue) for the form starting at token ``k``
    (:func:`analysis.sourcing.accusation_forms.more_accusations`), reading a title before the
    object's name as not written (module docstring)."""
    if tokens[k][2] not in forms()["starts"]:
        party = adverb_passive_party(doc, tokens, k, local, starts) if not headline else None
        return [party] if party is not None else []
    found = form_accusations(doc, text, offset, tokens, k, local, starts, headline)
    if found or headline or tokens[k][2] not in _object_verbs():
        return found
    name = _after_title(doc, text, offset, tokens, k + 1, local, starts)
    if name is None:
        return found
    verb = tokens[k]
    # The verb's word ends right before the name, so "nothing but a space between verb and
    # object" holds as it does for "fined Tom Hale"; the words before the verb are untouched.
    moved = (verb[0], tokens[name][0] - 1, verb[2])
    return form_accusations(doc, text, offset, [*tokens[:k], moved, *tokens[name:]], k, local, starts, headline)


def active_use(doc: Document, tokens: Sequence[_Token], k: int) -> bool:
    """Whether the accusation verb at ``k`` is active: no passive auxiliary right before it, nor
    before the adverbs right before it ("he was widely criticized in Canada" is passive)."""
    return _passive_auxiliary(doc, tokens, k) is None


def _passive_auxiliary(doc: Document, tokens: Sequence[_Token], k: int) -> int | None:
    """The index of a passive auxiliary right before ``k``, past adverbs ("was widely"), or None."""
    words = [t[2] for t in tokens[max(0, k - MAX_PASSIVE_ADVERBS - 1) : k]]  # the one reading of passive_adverbs.py
    j = auxiliary_before_adverbs(words, len(words), doc.lex.passive)  # "been", "being" are in it
    return None if j is None else k - len(words) + j


def adverb_passive_party(
    doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]
) -> tuple[ActorMention, str] | None:
    """(party, cue) for a passive accusation with adverbs between the auxiliary and the verb
    ("When Trudeau signed the accord he was widely criticized in Canada by environmentalists",
    "Acme has been repeatedly accused of ..."; round 18 trial F2): the subject before the
    auxiliaries, a name or "he"/"she" for the person it refers to (:func:`_referent`); the place
    or the agent after the verb ("in Canada", "by environmentalists") is never the party. The
    verb right after an auxiliary is read by :func:`~analysis.sourcing.reply.accusations` itself."""
    if tokens[k][2] not in doc.lex.accuse_passive or k + 1 >= len(tokens) or tokens[k + 1][2] not in doc.lex.passive_links:
        return None
    aux = _passive_auxiliary(doc, tokens, k)
    if aux is None or aux == k - 1:
        return None
    j = aux - 1
    while j >= 0 and tokens[j][2] in doc.lex.passive | {"has", "have", "had", "been", "also"}:
        j -= 1
    if j < 0:
        return None
    cue = f"{tokens[k][2]} {tokens[k + 1][2]}"
    m = _ending_at(local, starts, tokens[j][1])
    if m is not None:
        return (m, cue) if m.kind in ("person", "organisation", "country") else None
    if tokens[j][2] in _SUBJECT_PRONOUNS:
        referent = _referent(doc, tokens[j][0], _SUBJECT_PRONOUNS[tokens[j][2]], None)
        if referent is not None:
            return referent, cue
    return None


def _ending_at(local: _Local, starts: list[int], end: int) -> ActorMention | None:
    """The mention ending at ``end`` (or with "’s"/"." up to 3 characters before it)."""
    k = bisect.bisect_right(starts, end) - 1
    return local[k][2] if k >= 0 and 0 <= end - local[k][1] <= 3 and local[k][1] <= end else None


def _after_title(
    doc: Document, text: str, offset: int, tokens: Sequence[_Token], at: int, local: _Local, starts: list[int]
) -> int | None:
    """The index of a person's name right after a capitalised title or honorific at ``at`` (past
    "the" and "former"), or None."""
    if at < len(tokens) and tokens[at][2] == "the":
        at += 1
    if at < len(tokens) and tokens[at][2] in ("former", "ex"):
        at += 1
    for end in range(min(len(tokens), at + _MAX_TITLE_WORDS), at, -1):  # the longest title first
        title = tuple(t[2] for t in tokens[at:end])
        if end >= len(tokens) or not (title in doc.lex.titles or (len(title) == 1 and title[0] in _honorifics())):
            continue
        if any(not text[t[0] - offset].isupper() for t in tokens[at:end]) or any(actor_at(local, starts, t[0]) for t in tokens[at:end]):
            continue  # a lower-case job word is the forms' own; a title inside a name is the name
        between = text[tokens[end - 1][1] - offset : tokens[end][0] - offset]
        m = actor_at(local, starts, tokens[end][0])
        if m is not None and m.kind == "person" and between in (" ", ". "):
            return end
    return None

_OBJECT_PRONOUNS = {"him": "m", "her": "f"}
_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
_SUBJECT_GAP = frozenset({"who", "had", "has", "have", "also", "then", "later", "again", "once", "himself", "herself", "and"})
_PARENTHESIS = re.compile(r"\([^()]*\)")
_SENTENCES_BACK = 2  # the pronoun's sentence and the two before it, as a speaker's "he" reads back
_PARAGRAPHS_BACK = 1


def pronoun_object(doc: Document, tokens: Sequence[_Token], k: int) -> tuple[str, str] | None:
    """(party, "person") for "accused him/her of ..." at the verb ``k`` (module docstring), else None."""
    if k + 2 >= len(tokens) or tokens[k + 1][2] not in _OBJECT_PRONOUNS or tokens[k + 2][2] not in ("of", "for"):
        return None
    m = _referent(doc, tokens[k][0], _OBJECT_PRONOUNS[tokens[k + 1][2]], tokens[k][0])
    return (m.actor, "person") if m is not None else None


def clause_pronoun(doc: Document, tokens: Sequence[_Token], at: int, verb_at: int) -> ActorMention | None:
    """The person a "he"/"she" opening an allegation's "that" clause at token ``at`` refers to
    ("a complaint alleging that he had blocked pay rises", trial 20 F1), read as for "accused him
    of": the nearest earlier subject of agreeing gender, not the subject of the verb at ``verb_at``."""
    gender = _SUBJECT_PRONOUNS.get(tokens[at][2]) if at < len(tokens) else None
    return _referent(doc, tokens[at][0], gender, verb_at) if gender is not None else None


def _referent(doc: Document, at: int, gender: str, verb_at: int | None) -> ActorMention | None:
    """The person a "he"/"she"/"him"/"her" at ``at`` refers to (module docstring): the nearest
    earlier subject of a clause of agreeing gender, not the subject of the verb at ``verb_at``."""
    sentence = doc.sentence_at(at)
    earlier = [m for ms in doc.person_mentions.values() for m in ms if _near(doc, m, sentence.index, sentence.paragraph, at)]
    if not earlier:
        return None
    earlier.sort(key=lambda m: m.start)
    accuser = earlier[-1].actor if verb_at is not None and _subject_of_verb(doc, earlier[-1], verb_at) else None
    for m in reversed(earlier):
        if m.actor == accuser or gender_of(doc, m.actor) not in (None, gender) or not is_subject(doc, m):
            continue
        return m
    return None


def _subject_of_verb(doc: Document, m: ActorMention, verb_at: int) -> bool:
    """Whether the mention is the accusation verb's own subject: nothing but "who", auxiliaries
    and adverbs between them ("Diaz, who accused", "Mr Macron had accused", "Cole also
    accused", and a coordinated verb, "Rick Perry (R) and accused him", past a party tag: the
    name next to "and accused" is never the one accused); "Cole resigned after critics accused
    her" is not Cole's accusation."""
    between = WORD.findall(_PARENTHESIS.sub(" ", doc.body[m.end : verb_at]))
    return len(between) <= 4 and all(w.lower() in _SUBJECT_GAP or w.lower().endswith("ly") for w in between)


def _near(doc: Document, m: ActorMention, index: int, paragraph: int, before: int) -> bool:
    """Whether a mention ends before ``before`` within the sentences and paragraphs read back."""
    if m.end > before:
        return False
    at = doc.sentence_at(m.start)
    return index - at.index <= _SENTENCES_BACK and paragraph - at.paragraph <= _PARAGRAPHS_BACK


def given_name_party(doc: Document, written: str) -> tuple[str, str] | None:
    """(full name, "person") for a bare given name (module docstring), else None."""
    if person_gender(written) is None:
        return None
    full = [actor for actor in doc.person_mentions if " " in actor and actor.split()[0] == written]
    return (full[0], "person") if len(full) == 1 else None
