"""Repairs of a speaker phrase read as the comma chunk next to its verb, where news writing puts
something else there (round 10 trial).

* A long apposition between a name and its verb: "Dylan Ames, a fellow at the institute in Munich,
  Germany, and co-author of the study, said" and "something that Ann Cole, director of the Climate
  Project called ..." hold a place or a bare role in the chunk before the verb; the speaker is the
  person named before the apposition (:func:`name_before_apposition`).
* A "City, State" locative in the subject: "A team from the space center in Greenbelt, Maryland,
  has confirmed": the state alone is no speaker; the subject runs from the chunk before it.
* A contact relative clause: "the rules he says pose barriers" reads "rules he" as the chunk before
  "says"; the speaker is the pronoun (:func:`contact_relative_pronoun`).
* A possessive relative: in "said Gauland, whose party has claimed ...", the party claims, not
  Gauland (trial 14): "whose party" is the speaker, a body of its own, not the party last named;
  "Acme, whose spokesman said" is Acme's spokesman (round 18, :func:`whose_reading`).
"""

from __future__ import annotations

import re

from analysis.actors import ActorMention
from analysis.sourcing.asides import discourse_aside, own_name, titled_role
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue
from analysis.sourcing.lexicon import word_tuple, words
from analysis.sourcing.named_appositions import named_speaker
from analysis.sourcing.phrases import speaker_like
from analysis.sourcing.represented import represented_person
from analysis.sourcing.speaker_checks import with_name_suffix, without_connective
from analysis.sourcing.speaker_repairs import repair as repair_edges
from analysis.sourcing.title_subjects import quoted_title_subject

# A noun, then a subject pronoun right before the verb: "the rules he says", "a plan they said".
_CONTACT_PRONOUN = re.compile(r"\b[a-z][a-z’'-]+\s+(he|she|they)\s*$")
_NOT_NOUN_BEFORE = frozenset({"and", "but", "or", "so", "that", "which", "who", "as", "because", "if", "when", "while",
                              "what", "where", "how", "why", "than", "then", "yet", "though", "although", "said", "says"})
# Words that open an apposition or the chunk after one: an article, "and", a bare role in lower case.
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "and", "also", "now", "then", "formerly", "former", "of", "from", "whose", "who"})
_ROLE_LINK = re.compile(r"\s(?:of|at|for|with)\s")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your"})
# Words a name in a chunk may follow and still be the chunk's subject: a relative pronoun ("something
# that Ann Cole, director of ..., called") or nothing but capitalised titles.
_RELATIVE_LEAD = frozenset({"that", "which", "whom", "who", "what", "as"})
_MAX_APPOSITION_CHUNKS = 3
# "in Greenbelt": the chunk before a state name ends with a place preposition and a capitalised name.
_PLACE_BEFORE = re.compile(r"\b(?:in|of|from|near|outside)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")
_PLACE_WORDS = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}")
# "In Springfield, Illinois, the mayor said": the state of an opening place adjunct, then the subject.
_OPENING_PLACE = re.compile(r"(?:In|At|From|Outside|Near)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s*$")
_STATE_THEN_SUBJECT = re.compile(r"\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+(?=(?:the|a|an|[A-Z])\b)")


def refine_speaker(doc: Document, span: tuple[int, int] | None, cue: Cue, zone_start: int) -> tuple[int, int] | None:
    """``span`` repaired by the rules of the module docstring (a speaker before its verb only), then
    by :func:`analysis.sourcing.speaker_repairs.repair` ("X's claim", "As X noted", "Many, including ...")."""
    return named_speaker(doc, repair_edges(doc, _refine(doc, span, cue, zone_start), cue.start, zone_start))  # (trial 17 F11)


def _refine(doc: Document, span: tuple[int, int] | None, cue: Cue, zone_start: int) -> tuple[int, int] | None:
    if span is None:
        return (relative_object(doc, cue, zone_start) or _after_comparison(doc, cue, zone_start) or _signature_chunk(doc, cue, zone_start)
                or quoted_title_subject(doc, cue, zone_start))  # "“Fox & Friends” criticized Gore" (title_subjects.py)
    if span[1] > cue.start:
        return span
    owned = _WHOSE_NOUN.fullmatch(doc.body, span[1], cue.start)
    if owned is not None:
        return owned.start(1) - 6, owned.end(1)  # "said Gauland, whose party has claimed": his party claims (trial 14 F14)
    if _WHO_BEFORE.search(doc.body, max(zone_start, cue.start - 20), cue.start):
        return relative_object(doc, cue, zone_start) or span
    span = without_connective(doc.body, with_name_suffix(doc, span, zone_start) or span)  # "Meanwhile Rihanna, who ...": Rihanna
    return (contact_relative_pronoun(doc, span) or name_before_apposition(doc, span, zone_start)
            or subject_with_place(doc, span, zone_start) or _after_opening_place(doc, span)
            or _comparison_cut(doc, span) or span)


_OWNER = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s*$")


def whose_name(doc: Document, span: tuple[int, int]) -> str | None:
    """The name for a "whose <noun>" speaker from its owner written before the comma ("Gauland,
    whose party" -> "Gauland's party"), or None when the phrase is no such relative or no name owns it.
    An actor ending at the comma is the owner ("Former New York City Mayor Mike Bloomberg, whose
    philanthropy" -> "Mike Bloomberg's philanthropy", not the title's words with it)."""
    owner = whose_owner(doc, span)
    return None if owner is None else f"{owner[0]}'s {doc.body[span[0] + 6 : span[1]]}"


def whose_owner(doc: Document, span: tuple[int, int]) -> tuple[str, ActorMention | None] | None:
    """The owner of a "whose <noun>" phrase written before its comma, and its actor mention if any."""
    body = doc.body
    if not body.startswith("whose ", span[0]):
        return None
    owner = _OWNER.search(body, max(0, span[0] - 60), span[0])
    if owner is None:
        return None
    actors = [m for m in doc.mentions_in(owner.start(1), owner.end(1)) if m.end == owner.end(1)]
    return (actors[-1].text, actors[-1]) if actors else (owner.group(1), None)


def whose_reading(doc: Document, span: tuple[int, int], head: str | None, name: str | None) -> dict[str, str | None]:
    """What a "whose <noun>" speaker says of its source, as fields of the speaker phrase: a body
    ("Gauland, whose party has claimed") takes its owner's name (trial 14 F14); a person's position
    ("Acme, whose spokesman said", "Sen. Ann Cole, whose lawyer said") reads as the possessive
    ("Acme's spokesman": an unnamed person speaking for the owner, with a body owner as its
    affiliation, as "Acme's spokesman said" has; round 18). Nothing for other nouns."""
    lex = doc.lex
    if head in lex.institution_nouns:
        return {"name": whose_name(doc, span) or name}
    owner = whose_owner(doc, span) if head is not None and (head in lex.unnamed or (head,) in lex.titles) else None
    if owner is None:
        return {}
    text, mention = owner
    affiliation = mention.actor if mention is not None and mention.kind != "person" else None
    if mention is not None and mention.kind == "person":  # "Ann Cole, whose lawyer said": Cole's (represented.py)
        affiliation = represented_person(doc, span, mention)
    return {"text": f"{text}'s {doc.body[span[0] + 6 : span[1]]}", "affiliation": affiliation}


def contact_relative_pronoun(doc: Document, span: tuple[int, int]) -> tuple[int, int] | None:
    """The pronoun ending a chunk that is a noun and its contact relative clause ("rules he"), or None."""
    text = doc.body[span[0] : span[1]]
    # (the pattern ends in he/she/they and white space: a chunk ending otherwise is not searched from every position)
    m = _CONTACT_PRONOUN.search(text) if text.rstrip().endswith(("he", "they")) else None
    if m is None or (m.start() == 0 and len(text.split()) <= 1):
        return None
    noun = text[m.start() : m.start(1)].split()[0].lower()
    if noun in _NOT_NOUN_BEFORE or noun.endswith("ly"):
        return None
    return span[0] + m.start(1), span[0] + m.end(1)


def _chunks_before(body: str, zone_start: int, start: int) -> list[tuple[int, int]]:
    """The comma chunks right before ``start`` (nearest first), within the zone and after any
    quotation mark, colon or semicolon."""
    out: list[tuple[int, int]] = []
    end = start
    for _ in range(_MAX_APPOSITION_CHUNKS + 1):
        comma = body.rfind(",", zone_start, end)
        if comma == -1 or body[comma + 1 : end].strip():
            break
        previous = body.rfind(",", zone_start, comma)
        chunk_start = previous + 1 if previous != -1 else zone_start
        cut = max(body.rfind(mark, chunk_start, comma) for mark in "“”\";:")
        if cut != -1:
            out.append((cut + 1, comma))
            break
        out.append((chunk_start, comma))
        if previous == -1:
            break
        end = chunk_start
    return out


def _appositive(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a chunk reads as an apposition: an article, "and" or a bare lower-case role first, or a
    place name only ("Germany")."""
    text = doc.body[span[0] : span[1]].split(",")[0].strip()
    tokens = words(text)
    if not tokens:
        return False
    if tokens[0] in _APPOSITIVE_OPENERS or text.isdigit():
        return True  # "a fellow at …", "and co-author …", an age ("22")
    if discourse_aside(text) or (titled_role(doc.lex, text) and not own_name(doc, span)):
        return True  # "Mark Saunders, for example, Professor of Climate Prediction at UCL, claims" (asides.py)
    if text[:1].islower() and tokens[0] not in _DETERMINERS and _ROLE_LINK.search(text):
        return True  # a bare role: "executive director of the project", "professor at Yale" (not "officials")
    # Only the place's own segment must name no person: a later "and a member of Chancellor Angela
    # Merkel's ... bloc" names the person the apposition is about, not the speaker (trial 14 F3).
    comma = doc.body.find(",", span[0], span[1])
    place_end = comma if comma != -1 else span[1]
    return _PLACE_WORDS.fullmatch(text) is not None and not any(m.kind == "person" for m in doc.mentions_in(span[0], place_end))


def name_before_apposition(doc: Document, span: tuple[int, int], zone_start: int) -> tuple[int, int] | None:
    """The person named before a chain of appositions that ends in ``span`` ("Dylan Ames, a fellow
    ... in Munich, Germany, and co-author of the study"): (name start, span end), or None when
    ``span`` names a person itself or no name stands before the appositions."""
    body = doc.body
    first = span[0] + len(body[span[0] : span[1]]) - len(body[span[0] : span[1]].lstrip())
    first_word = word_tuple(body[span[0] : span[1]])[:1]
    if first_word in (("he",), ("she",), ("they",), ("it",), ("we",), ("i",)):
        return None  # "…, he said": a pronoun speaks for itself
    listed = ", and " in body[span[0] : span[1]] and body[first : first + 1].islower()  # "refugees, and migration": a role's list
    if any(m.kind == "person" and m.start == first for m in doc.mentions_in(*span)) or not (_appositive(doc, span) or listed):
        return None
    if first_word == ("the",):
        return None  # "After meeting Lee, the mayor said": a definite description is a subject of its own
    for chunk in _chunks_before(body, zone_start, span[0]):
        persons = [m for m in doc.mentions_in(*chunk) if m.kind == "person"]
        if persons and body[persons[-1].end : chunk[1]].strip() == "":
            name = persons[-1]
            lead = words(body[chunk[0] : name.start])
            lead_words = [w for w in body[chunk[0] : name.start].split() if not w[:1].isupper()]
            if lead_words and (not lead or lead[-1] not in _RELATIVE_LEAD):
                return None  # "After meeting Ann Cole, ...": the name is an object
            return name.start, span[1]
        if not _appositive(doc, chunk):
            return None
    return None


def subject_with_place(doc: Document, span: tuple[int, int], zone_start: int) -> tuple[int, int] | None:
    """A state or country written after its city ("in Greenbelt, Maryland,") read as the speaker: the
    subject is the chunk holding the city, through the state; None otherwise."""
    body = doc.body
    text = body[span[0] : span[1]].strip()
    if _PLACE_WORDS.fullmatch(text) is None or any(m.kind == "person" for m in doc.mentions_in(*span)):
        return None
    chunks = _chunks_before(body, zone_start, span[0])
    if not chunks or _PLACE_BEFORE.search(body, chunks[0][0], chunks[0][1]) is None:
        return None
    start = chunks[0][0]
    while body[start : start + 1].isspace():
        start += 1
    if words(body[start : chunks[0][1]])[:1] in (["in"], ["of"], ["at"], ["from"], ["on"], ["near"], ["outside"]):
        return None  # "In the April issue of …, Pres. Lee": an adjunct, not the subject; "of Baldwin, Miss.": no subject at all
    return start, span[1]


def _after_opening_place(doc: Document, span: tuple[int, int]) -> tuple[int, int] | None:
    """The subject after the state of an opening place adjunct ("In Springfield, Illinois, the mayor
    said": "the mayor", not "Illinois, the mayor"), or None."""
    body = doc.body
    sentence = doc.sentence_at(span[0])
    m = _STATE_THEN_SUBJECT.match(body, span[0], span[1])
    if m is None or _OPENING_PLACE.fullmatch(body, sentence.start, span[0]) is None:
        return None
    return (m.end(), span[1]) if m.end() < span[1] else None


# A relative clause after the object of a clause's verb: "contradicted by climate analysts, who
# noted ...", "drew fire from economists, who said ...", "The mayor met economists, who said ...":
# the noun phrase before ", who" speaks, not the clause it ends.
# "X, whose party has claimed": the relative's noun is the subject of the verb, not X.
_WHOSE_NOUN = re.compile(r"[^,]{0,40}?,\s*whose\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:(?:also|long|now|later|then)\s+)?")
_WHO_BEFORE = re.compile(r",\s*who\s+(?:(?:also|later|then|have|has|had)\s+)?$")
_OBJECT_TAIL = re.compile(
    r"\b(?P<verb>[a-z]+ed|met|drew|told|saw|took|got|heard|won|lost)\b(?:\s+[a-z]+){0,3}?"
    r"\s+(?:by|from|with|among|against)?\s*(?P<np>(?:(?:some|many|several|other|two|three|four|five|[a-z-]+)\s+){0,3}[a-z-]+s)$"
)


def relative_object(doc: Document, cue: Cue, zone_start: int) -> tuple[int, int] | None:
    """The plural noun phrase a ", who <cue>" clause follows when it ends another clause as the
    object of its verb ("… was contradicted by climate analysts, who noted …"): its span, else None."""
    body = doc.body
    who = _WHO_BEFORE.search(body, max(zone_start, cue.start - 20), cue.start)
    if who is None:
        return None
    start = max(body.rfind(",", zone_start, who.start()) + 1, zone_start)
    m = _OBJECT_TAIL.search(body, start, who.start())
    if m is None or m.group("np").split()[0] in ("the", "a", "an"):
        return None
    span = (m.start("np"), m.end("np"))
    return span if speaker_like(doc, span) else None


# An opening comparison: "Like many reports before it, the assessment warns that ...".
_COMPARISON = re.compile(r"(?:(?:Much|Just)\s+)?(?:Like|Unlike|As\s+with)\s[^,;:“”\"]{1,120},\s*")


def _after_comparison(doc: Document, cue: Cue, zone_start: int) -> tuple[int, int] | None:
    """The subject after an opening comparison ("Like many reports before it, the assessment
    warns"), whose "before it" hid it from the speaker phrase; None otherwise."""
    body = doc.body
    sentence = doc.sentence_at(cue.start)
    m = _COMPARISON.match(body, max(zone_start, sentence.start), cue.start)
    if m is None:
        return None
    end = cue.start  # len(body[: cue.start].rstrip()), without copying the body up to the cue (quadratic on a long text)
    while end > 0 and body[end - 1].isspace():
        end -= 1
    span = (m.end(), end)
    return span if span[1] > span[0] and "," not in body[span[0] : span[1]] and speaker_like(doc, span) else None


def _comparison_cut(doc: Document, span: tuple[int, int]) -> tuple[int, int] | None:
    """A speaker phrase opened by a comparison ("Like many reports, the assessment"): the words after it."""
    m = _COMPARISON.match(doc.body, span[0], span[1])
    if m is None or m.end() >= span[1]:
        return None
    rest = (m.end(), span[1])
    return rest if speaker_like(doc, rest) else None


# An unnamed source signing the clause before it: "…, a second person briefed on the call said."
_INDEFINITE = re.compile(r"\s*(?:a|an|one|another|two|three|four|several|some)\s", re.IGNORECASE)


def _signature_chunk(doc: Document, cue: Cue, zone_start: int) -> tuple[int, int] | None:
    """The chunk after the last comma before the cue, opened by an indefinite article or a number
    ("…, a second person briefed on the call said"), when the apposition rule joined it to the
    reported clause before it and found no speaker; None otherwise."""
    body = doc.body
    end = cue.start  # len(body[: cue.start].rstrip()), without copying the body up to the cue (quadratic on a long text)
    while end > 0 and body[end - 1].isspace():
        end -= 1
    comma = body.rfind(",", zone_start, end)
    if comma == -1 or _INDEFINITE.match(body, comma + 1, end) is None:
        return None
    start = comma + 1 + len(body[comma + 1 : end]) - len(body[comma + 1 : end].lstrip())
    span = (start, end)
    return span if speaker_like(doc, span) else None


# Conjunctions that may open a sentence before its subject or before a participle clause.
_OPENING_CONJUNCTIONS = frozenset({"and", "but", "so", "yet", "then", "or", "also", "however", "as"})


def subject_without_connective(body: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """A sentence's opening subject without a connective before it (:func:`without_connective`), or
    None when the connective is all there is: in "But asked if she had ..., she said" the word after
    "But" is a participle and the subject comes later (trial 20 F2)."""
    span = without_connective(body, span)
    return None if body[span[0] : span[1]].strip(" ,").lower() in _OPENING_CONJUNCTIONS else span
