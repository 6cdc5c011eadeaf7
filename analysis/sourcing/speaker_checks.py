"""Checks on a speaker phrase the speaker stage found, from how news copy is written (issue 15, round 11).

- A quotation's unquoted tail before an inverted verb is part of what was said, not its speaker:
  in "“It seems very unlikely” that Pike can win, said Tom Rudd" or "The ruling marks “the start of
  a fight” for the union, said Tom Rudd", the words between the closing quotation mark and ", said"
  continue the quoted sentence; the speaker is the name after the verb (:func:`quote_tail_then_named`).
  A quotation closed by its own comma or stop hands over to its speaker ("“We will win,” Tom Rudd,
  a professor, said"), so there the words after the mark stay the speaker.
- A phrase opening with a lower-case preposition is an adjunct of the verb, never its speaker:
  "Pike has said of his critics that ...", "Pike ... said in his formal statement: ..."
  (:func:`opens_with_preposition`).
- A connective opening the sentence is no part of the speaker after it (round 12): "Meanwhile
  Rihanna, who was honored ..., said", "As Mitchell noted": the speaker is Rihanna, Mitchell; nor
  is an opening adjunct of time or occasion, comma or none: "In a radio interview Trump said",
  "In the next eight weeks the Clinton campaign will argue" (:func:`without_connective`), nor an
  opening participle clause and its comma: "Speaking to reporters on Thursday, a spokesman for
  President Vladimir Putin said" (trial 15): the spokesman speaks, for Putin.
- A court or judge that dismisses a case ("A judge dismissed lawsuits in Oakland ...") disposes of
  it; the verb reports no speech, so it has no speaker (trial 15 F15, :func:`court_decides`); the
  reasons it gives ("arguing that ...") are its words.
- A lone connective or sentence adverb ("But reports said", "All told, ...") is no speaker, and a
  plural noun right before the verb is its subject, not a verb of its own: "reports" in "But
  reports said" (trial 15 F2, :func:`connective_only`, :func:`verb_before`); a name suffix after
  its comma ("Roger Pielke, Jr. said") belongs to the name before it (:func:`with_name_suffix`).
- A parenthetical phrase between a name and its apposition ("Tom Reed, for example, Professor of …,
  claims") is skipped as a sentence adverb is (trial 16 F16, :func:`parenthetical`).
- A subject that opens with a negation ("not one single person is arguing …", "No one has said") is
  no speaker: no one spoke (trial 16 F16, :func:`negated_subject`).
- A quoted title standing alone before the verb ("“Fox & Friends” criticized Gore for …") is its
  subject and the name after the verb its object, not an inverted speaker (trial 16 F2, :func:`right_stands`).
- The noun after "told" is the listener, never an inverted speaker ("…, told HuffPost.": round 18,
  :func:`told_listener`).
- A chunk opening with "according to" is an attribution of its own, never the subject of the verb
  after it ("According to oil analysts cited by CNBC, …" gave "cited" a source "According": trial 16 F10).
- A chunk that is an opening prepositional phrase whose noun names no one ("In a third" before
  "reported incident …, Exxon said") is no speaker (trial 16 F10, :func:`adjunct_only`).
- A phrase that opens its sentence with a one-word adverb and its comma is no name with an
  apposition (round 12 trial: "Nationally, the industry generates $93 billion a year, said Brandon
  Wright, a spokesman" gave the speaker "Nationally, the industry ..." and the name as what was
  said): before ", said Name" it is what was said (:func:`opening_adverb`).
"""

from __future__ import annotations

import re

from analysis.actors import person_gender
from analysis.article import Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue, Cues
from analysis.sourcing.own_source import titled_words
from analysis.sourcing.phrases import core_head_in, known_head, speaker_like

# Opening adverbs of scope, place and time that news writes before a comma ("Overall, ...").
_OPENING_ADVERBS = frozenset({"overall", "nationwide", "worldwide", "statewide", "countrywide", "citywide", "elsewhere",
                              "altogether", "still", "instead", "meanwhile", "however", "separately", "earlier", "later",
                              "previously", "moreover", "meantime", "nonetheless", "nevertheless", "furthermore", "today",
                              "yesterday", "overseas", "abroad", "locally", "again", "also", "indeed", "regardless"})
# Endings of adverbs made from adjectives ("nationally", "financially", "reportedly"); the -lly and
# -ly of names ("Kelly", "Connolly", "Daly", "Beverly") are not among them.
_ADVERB_ENDINGS = ("ally", "ily", "ely", "ously", "ively", "fully", "lessly", "ably", "ibly", "antly", "ently",
                   "ately", "edly", "ingly", "ularly", "ictly", "ectly", "estly")

# A closing quotation mark (with the character before it) right before the chunk, or before the
# "that" the chunk's subordinate cut left out ("“It seems unlikely” that Pike can win").
_MARK_BEFORE = re.compile(r"(”|»|''|\"|’)\s*(?:(?:that|whether|if)\s+)?$")
_MARKS = "”»\"'’‘“"
_OWN_CLOSE = ",.!?…"
_LEAD_PREPOSITION = re.compile(r"(?:of|in|on|at|to|for|with|about|during|from|through|into|over|after|before|like)\s")


def left_stands(doc: Document, left: tuple[int, int], cue_start: int, right: tuple[int, int] | None) -> bool:
    """Whether the chunk before the verb can be its speaker: a speaker phrase, and no quotation's tail
    before an inverted speaker."""
    return (speaker_like(doc, left) and not quote_tail_then_named(doc, left, cue_start, right) and not connective_only(doc, left, cue_start)
            and not court_decides(doc, left, cue_start) and not noun_before_verb(doc, cue_start)
            and not adjunct_only(doc, left) and not negated_subject(doc.body, left)
            and not doc.body_lower.startswith("according to ", left[0]))


# A word read as a cue, then a speech verb: "Media reports suggest", "But reports said" (the word must
# be a document noun, speakers.toml: "says pledges" is a verb and its object).
_PLURAL_THEN_WORD = re.compile(r"([a-z]+s)\s+([a-z]+)\b")


def noun_before_verb(doc: Document, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is a document noun that a speech verb follows ("Media reports
    suggest ..."): the subject of that verb (:func:`verb_before`), no verb with a speaker of its own."""
    m = _PLURAL_THEN_WORD.match(doc.body, cue_start)
    return m is not None and m.group(1) in doc.lex.document_nouns and m.group(2) in doc.lex.verbs


# A court or one of its judges as the subject ("A judge", "the 9th Circuit Court of Appeals", "Justice
# Ann Aiken"; not "the Justice Department"), and a verb of decision on a case written right after it.
_COURT_WORDS = re.compile(r"\b(?:[Cc]ourts?|[Tt]ribunal|[Jj]udges?|[Jj]ustices?|[Mm]agistrate)\b(?!\s+(?:Department|Ministry|Minister))")
_DECIDES_CASE = re.compile(
    r"(?:has\s+|have\s+|had\s+)?(?:dismissed|dismisses|threw\s+out|throws\s+out)\s+"
    r"(?:(?:the|a|an|two|three|their|its|his|her|both)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:lawsuits?|suits?|cases?|claims?|charges?|complaints?|appeals?|motions?|petitions?|requests?|bids?|bail|challenges?)\b"
)


def court_decides(doc: Document, left: tuple[int, int], cue_start: int) -> bool:
    """Whether a court or judge is the subject of "dismissed" (or "threw out") and a case ("A judge
    dismissed lawsuits in Oakland"): the disposal of a case, not a report of speech (trial 15 F15);
    the reasons given with it ("..., arguing that Congress alone can set policy") still are. (A
    court that "rejected a request" or "denied a bid" answers a party: a ruling of neutral stance
    reported as the court's statement, round 14, :mod:`.state_voices`.)"""
    # (the verb first: a match anchored at the cue fails at its first letter for all but a few verbs)
    return _DECIDES_CASE.match(doc.body, cue_start) is not None and _COURT_WORDS.search(doc.body, left[0], left[1]) is not None


# Words that open a sentence as connectives or sentence adverbs, never a speaker on their own ("But
# reports said", "All told, the report says" cut as "All"): capitalised only because they open it.
_CONNECTIVE_WORDS = frozenset({"but", "and", "or", "so", "yet", "then", "also", "however", "meanwhile", "still", "now",
                               "thus", "hence", "besides", "instead", "indeed", "nor", "plus", "too"})


def connective_only(doc: Document, span: tuple[int, int], cue_start: int) -> bool:
    """Whether the phrase at ``span`` is one connective or sentence adverb and nothing else, or the
    "All" of the idiom "All told" ("All said" may still be a group)."""
    word = doc.body[span[0] : span[1]].strip(" ,.").lower()
    return word in _CONNECTIVE_WORDS or (word == "all" and doc.body.startswith("told", cue_start))


def verb_before(doc: Document, cues: Cues, sentence: Sentence, cue: Cue) -> Cue | None:
    """The verb cue before ``cue`` in its sentence (:meth:`Cues.verb_before`), unless it is a document
    noun (``speakers.toml``) right before this verb: in "But reports said ...", "Media reports
    suggest ..." the earlier word is the subject ("reports"), not a verb of its own, so it does not
    close the speaker's zone."""
    before = cues.verb_before(sentence, cue)
    if (before is not None and not before.gerund and before.start == before.verb_start
            and before.text.lower() in doc.lex.document_nouns and doc.body[before.end : cue.start].isspace()):
        return None
    return before


def quote_tail_then_named(doc: Document, left: tuple[int, int], cue_start: int, right: tuple[int, int] | None) -> bool:
    """Whether ``left`` (the chunk before ", said") is the unquoted tail of a quotation that closes
    without its own comma or stop, and a speaker phrase follows the verb (see the module docstring)."""
    body = doc.body
    if right is None or not body[left[1] : cue_start].strip().startswith(","):
        return False
    if not speaker_like(doc, right) or opens_with_preposition(body, right):
        return False  # ("Del. Marcia “Cia” Price, shouted to the crowd": no speaker after the verb)
    mark = _MARK_BEFORE.search(body, max(0, left[0] - 24), left[0])
    if mark is None or (mark.group(1) == "’" and body[left[0] - 1 : left[0]] == "’"):
        return False  # (a possessive "Sanders’ plan" is no closing mark)
    # The last character inside the quotation, past the marks of a quotation it ends with (",’”").
    inside = body[max(0, mark.start() - 8) : mark.start()].rstrip(_MARKS)[-1:]
    return inside not in _OWN_CLOSE and inside != "" and not inside.isspace()


# A capitalised preposition opening a sentence's adverbial ("In a third reported incident since ...").
_OPENING_PREPOSITION = re.compile(r"(?:In|On|At|During|After|Before|Since|For|With|From|Under|Among|Amid|Over)\s")


def adjunct_only(doc: Document, span: tuple[int, int]) -> bool:
    """Whether the chunk before a verb is an opening prepositional phrase whose noun names no one
    ("In a third" of "In a third reported incident since Harvey made landfall, Exxon said …", where
    "reported" modifies "incident"): a sentence's subject never opens with a preposition, so it is no
    speaker (trial 16 F10). "In a statement the company said" keeps its speaker: its last noun
    ("company") can speak, and "On Monday Spain said" names its subject; the opening adjunct is cut
    off elsewhere."""
    if _OPENING_PREPOSITION.match(doc.body, span[0], span[1]) is None:
        return False
    if any(w[:1].isupper() for w in doc.body[span[0] : span[1]].split()[1:]):
        return False  # "On Monday Spain said": a name after the adjunct is the subject (cut off elsewhere)
    _, head = core_head_in(doc, span)
    return head is None or not known_head(doc.lex, head)


# "tell" takes who was told as its object: "…, Ann Cole, the author of X: Y?, told HuffPost." Written
# after the verb, the noun is the listener, never an inverted speaker (news inverts "said", "added",
# "wrote", not "told": round 18, nf:687 gave HuffPost a quotation).
_TELL = re.compile(r"(?:told|tells?)\b", re.IGNORECASE)


def told_listener(body: str, cue_start: int) -> bool:
    """Whether the verb at ``cue_start`` is "tell", whose following noun is who was told."""
    return _TELL.match(body, cue_start) is not None


def right_stands(doc: Document, right: tuple[int, int], zone_start: int, cue_start: int) -> bool:
    """Whether the chunk after the verb can be its inverted speaker: a speaker phrase, no adjunct
    opening with a preposition, and no quoted title standing before the verb as its subject
    (“Fox & Friends” criticized Gore for …: Gore is the object; trial 16 F2, :func:`.own_source.titled_subject`)."""
    if not speaker_like(doc, right) or opens_with_preposition(doc.body, right) or told_listener(doc.body, cue_start):
        return False
    if doc.body.startswith("by ", right[0]) and doc.sentence_at(cue_start).start == cue_start:
        return False  # "Confirmed by the Senate as deputy administrator, Wheeler is ...": an opening participle's agent (round 18)
    before = doc.body[zone_start:cue_start].strip()
    return not (len(before) > 4 and before[0] in _MARKS and before[-1] in _MARKS and titled_words(before[1:-1].strip()))


# Parenthetical phrases written between commas inside a subject: "Tom Reed, for example, Professor of …, claims".
_PARENTHETICALS = frozenset({"for example", "for instance", "in turn", "in fact", "of course", "by contrast", "in contrast"})


def parenthetical(body: str, span: tuple[int, int]) -> bool:
    """Whether the chunk at ``span`` is a parenthetical phrase between a name and its apposition
    ("Tom Reed, for example, Professor of Weather Studies at Leeds, claims": Tom Reed speaks; trial
    16 F16 made "Professor of Weather Studies at Leeds" a withheld name)."""
    return " ".join(body[span[0] : span[1]].lower().split()) in _PARENTHETICALS


# Subjects that deny anyone spoke: "not one single person is arguing …", "No one has said", "None of them said".
# ("Not only have environmentalists suggested …" negates nothing: "not only", "not just" add.)
_NEGATED_SUBJECT = re.compile(r"(?:not(?!\s+(?:only|just|merely|least)\b)|no|none|nobody|neither|nor)\b(?!\s*,)", re.IGNORECASE)


def negated_subject(body: str, span: tuple[int, int]) -> bool:
    """Whether the chunk before the verb opens with a negation ("not one single person is arguing it
    can be done"): the sentence says that no one spoke, so it reports no one's words (trial 16 F16,
    a withheld-name source "not one single person"; a negation before the verb is read in :mod:`.cues`)."""
    return _NEGATED_SUBJECT.match(body, span[0], span[1]) is not None


def opens_with_preposition(body: str, span: tuple[int, int]) -> bool:
    """Whether the phrase at ``span`` opens with a lower-case preposition ("of his critics", "in his
    formal statement:"): an adjunct, no speaker."""
    return _LEAD_PREPOSITION.match(body, span[0], span[1]) is not None


def without_preposition(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a lower-case preposition opening it: the antecedent of a relative clause
    that speaks is the noun phrase, not the prepositional phrase it ends ("an endorsement from Mike
    Lee, who declared ...": Mike Lee; "Contrast that with Trump, who has called ...": Trump)."""
    lead = _LEAD_PREPOSITION.match(body, span[0], span[1])
    if lead is None or lead.end() >= span[1] or not body[lead.end()].isupper():
        return span
    return lead.end(), span[1]


# Sentence connectives and subordinators written before a capitalised subject ("Meanwhile Rihanna",
# "As Mitchell", "When Mr. Rubio"); the lookahead keeps "As" alone or before a lower-case word.
_LEAD_CONNECTIVE = re.compile(
    r"(?:As|Meanwhile|But|And|When|While|Since|If|Although|Though|Now|So|Still|Yet|Then|Also|Because|Once|Until|Unless|"
    r"Whereas|Even)\s+(?=[A-Z])"
)


# An opening adjunct of time or occasion written before the subject with or without its comma ("In a
# Bloomberg interview Trump said", "In the next eight weeks the Clinton campaign will argue", "Later
# in the day, the FBI said"): it ends on a time or occasion noun, and a name or a determiner follows.
_LEAD_ADJUNCT = re.compile(
    r"(?:In|On|At|During|After|Before|Over|Within|Since|Later|Earlier)\s+(?:[\w.’'-]+\s+){0,5}?"
    r"(?:interview|statement|speech|letter|tweet|post|op-ed|email|video|appearance|hearing|conference|briefing|call|"
    r"debate|rally|event|weeks?|days?|months?|years?|hours?|meantime|morning|evening|night|afternoon|weekend|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # ("On Sunday a spokesman for X said": trial 15)
    r",?\s+(?=[A-Z]|(?:the|a|an)\s)"
)


# An opening participle clause of the occasion, closed by its comma (trial 15 F12: "Speaking to reporters
# on Thursday, a spokesman for President Vladimir Putin said"): the subject comes after the comma.
_LEAD_PARTICIPLE = re.compile(
    r"(?:Speaking|Talking|Writing|Responding|Replying|Testifying|Appearing|Addressing)\s[^,;:“”\"]{1,80},\s+(?=[A-Za-z])"
)


def without_connective(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a connective opening it before a capitalised word, or an opening adjunct of
    time or occasion (see the module docstring)."""
    lead = (_LEAD_CONNECTIVE.match(body, span[0], span[1]) or _LEAD_ADJUNCT.match(body, span[0], span[1])
            or _LEAD_PARTICIPLE.match(body, span[0], span[1]))
    return span if lead is None or lead.end() >= span[1] else (lead.end(), span[1])


def opening_adverb(doc: Document, span: tuple[int, int]) -> bool:
    """Whether ``span`` opens its sentence with one word and a comma, and the word is an adverb, not a
    name: a listed opening adverb or an adjective's -ly adverb ("Nationally, ...", "Overall, ..."),
    with no person read there and no given name ("Emily, a nurse, ..." stays a name)."""
    comma = doc.body.find(",", span[0], span[1])
    chunk = (span[0], comma)
    word = doc.body[chunk[0] : chunk[1]]
    if comma == -1 or doc.body[doc.sentence_at(span[0]).start : span[0]].strip() or not word.isalpha():
        return False
    lower = word.lower()
    if lower not in _OPENING_ADVERBS and not (len(lower) >= 6 and lower.endswith(_ADVERB_ENDINGS)):
        return False
    return person_gender(word) is None and not any(m.kind == "person" for m in doc.mentions_near(chunk))


# A generational suffix set off by a comma after the surname ("Roger Pielke, Jr. said", "Ames, III,
# said"): the comma chunk next to the verb is the suffix alone, and the name is the chunk before it.
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
_CHUNK_BEFORE_SUFFIX = re.compile(r"[^,;:()“”\"]{1,80},\s*$")


def with_name_suffix(doc: Document, span: tuple[int, int], zone_start: int) -> tuple[int, int] | None:
    """``span`` widened to the name before it when it is a name suffix alone ("Jr."), or None."""
    body = doc.body
    if _NAME_SUFFIX.fullmatch(body, span[0], span[1]) is None:
        return None
    before = _CHUNK_BEFORE_SUFFIX.search(body, max(zone_start, span[0] - 82), span[0])
    if before is None:
        return None
    start = before.start() + len(body[before.start() : span[0]]) - len(body[before.start() : span[0]].lstrip())
    return start, span[1]
