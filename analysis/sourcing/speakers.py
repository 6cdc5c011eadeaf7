"""Stage 2, speakers: the speaker phrase of a cue, found on either side of it.

Before the cue ("the official said"), the comma-delimited chunk that ends at the verb, less
auxiliaries, adverbs, a trailing time adjunct ("Iran on Friday rejected") and anything up to the
last subordinator; behind a relative pronoun, the chunk before it ("a US official, who said
..."); with an appositive, the name and its apposition ("Hugh Hill, a doctor, said", "Jane Sims
— a teacher — says"); a participle phrase between commas that makes the phrase no speaker is left
out ("Mary Sue, clad in a red cape, said"). After the
cue (inverted: "said the senior defense official, who requested anonymity"), the words up to a
quotation mark, a dash, "that" or a participle clause. After "according to", the words up to the
next comma. A verb coordinated with an earlier cue of the sentence ("X called the vote “...” but
said ...") takes that cue's speaker. A participle with no verb before it takes the sentence's
subject (:func:`sentence_subject`). A chunk counts only when :func:`~analysis.sourcing.phrases.speaker_like`
accepts it.

Known limit: rules, not a parser; a very long subject, a speaker in a previous clause with a
different verb, or two speakers joined by "and" may be cut wrongly. New speaker patterns are one
more branch in :func:`_find_speaker`.
"""

from __future__ import annotations

import re

from analysis.article import Sentence
from analysis.sourcing.appositions import refine_speaker, subject_without_connective
from analysis.sourcing.boundaries import according_speaker, strip_according
from analysis.sourcing.context import MAX_SPEAKER, Document
from analysis.sourcing.cues import Cue, CueMarks, Cues
from analysis.sourcing.lexicon import DAYS, DETERMINERS, QUOTE_MARKS, WORD, word_tuple, words
from analysis.sourcing.phrases import collective, core_head, looks_like_name, person_in, speaker_like
from analysis.sourcing.relative_antecedent import relative_antecedent
from analysis.sourcing.speaker_checks import left_stands, opening_adverb, parenthetical, right_stands, verb_before, without_preposition

_BOUNDARY_CHARS = ",;:—–()“”\"«»„"
_LAST_BOUNDARY = re.compile("(?s:.*)[" + re.escape(_BOUNDARY_CHARS) + "]")  # up to the last boundary
# "which" cuts too: "an electorate in which 67 percent of voters say" (a chunk opening with
# "which" is a relative clause and is not cut, see _subordinate_cut).
_SUBORDINATORS = frozenset({"which", "that", "because", "after", "when", "while", "although", "though", "since", "if",
                            "but", "where", "whether", "how", "why", "what", "before", "until", "unless", "so"})
_LEADING_CONJ = frozenset({"and", "but", "so", "yet", "then", "or", "also", "however", "as"})
# Subordinators that open an adverbial clause before the main clause: "While Lee has pledged ...,
# Devine suggested ...". The clause's subject follows the word; its report ends at the clause's comma.
CLAUSE_SUBORDINATORS = frozenset({"while", "when", "after", "though", "although", "because", "since", "before", "once",
                                  "unless", "until", "whereas"})
_RELATIVES = frozenset({"who", "which", "whose"})
_OBJECT_RELATIVES = frozenset({"which", "whom"})
_RESTRICTED_STOP = frozenset({"among", "by", "with", "from", "for", "to", "than", "and", "or", "but", "that", "while", "as",
                              "at", "in", "on", "including", "like", "compared", "won", "is", "are", "was", "were"})
_WHO_LEAD = re.compile(r",\s*who\s+$")
_AGE = re.compile(r"\d{1,3}")
_COMMA_CONJUNCTION = re.compile(r",\s*(?:and|but|or)\s*$")
_FIRST_TOKEN = re.compile(r"\s*\S+\s+")
_PARTICIPLE_AFTER = re.compile(r",\s+(?:saying|adding|warning|noting|insisting|arguing|explaining|stressing|who said)\b")
_CLAUSE_JOIN = re.compile(r"\s(?:and|but)\s+")
_SENTENCE_ADVERBS = frozenset({"meanwhile", "however", "though", "too", "also", "instead", "separately", "earlier",
                               "later", "previously", "moreover", "meantime", "then", "now", "again", "nonetheless"})
# Sentence adverbs news copy writes without commas between a subject and its verb.
_BARE_SENTENCE_ADVERBS = frozenset({"however", "meanwhile"})
_COORDINATED = re.compile(r"(?:a(?<=\ba)nd|b(?<=\bb)ut|o(?<=\bo)r|t(?<=\bt)hen)(?:\s+(?:also|later|then|again))?\s*$")
# A verb phrase coordinated with the sentence's first one: "Wilson praised the plan and said ...", "The judge rubbed
# his chin, and then said ...": the speaker is the sentence's subject. (Both open with letters: a search skips to them.)
_COORDINATED_VP = re.compile(r"(?:a(?<=\ba)nd|b(?<=\bb)ut)(?:\s+(?:then|also|later|again|now))?\s*$|t(?<=\bt)hen\s*$")
# A subordinate clause's subject and verb before a coordinated reporting verb ("when Rubio thanked").
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|as|after|while|because|before|once)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+[a-z]+ed\b")
# An inverted speaker ends before a clause about the moment ("said the governor as she left").
_PRONOUN_SUBJECT = re.compile(r"(He|She|They)(?:\b|’|')")
# An adjunct opening a sentence before its subject: "At a rally in Ohio, ...", "Speaking on
# CNN, ...", "Walking to the next house, ...", "Hastily politicising the attack, ...".
_OPENING_ADJUNCT = re.compile(
    r"(?:(?:And|But|So|Then)\s+)?(?:At|In|On|During|After|Before|Speaking|Walking|Asked|Later|Earlier|Meanwhile|"
    r"By\s+(?:the\s+)?(?:end|time|then|now)|Last\s+(?:week|month|year|night|weekend)|Amid|Despite|Hours|Days|Weeks|Months|Moments|Minutes|"
    r"Since|Following|Addressing|Appearing|Campaigning|Responding|However|Still|Instead|Indeed|Nonetheless|"
    r"Nevertheless|Likewise|Similarly|[A-Z][a-z]+ly|[A-Z][a-z]+ing)\b"
)
# A sentence opening with a preposition has no subject there ("In a letter to Senate colleagues released
# Monday, Sanders rips ..., arguing ...": the speaker is Sanders, not the letter's addressees).
_OPENING_PREPOSITION = re.compile(
    r"(?:(?:And|But|So|Then)\s+)?(?:In|At|On|During|After|Before|Alongside|From|With|Amid|Despite|Unlike|Like|Besides|Beyond|"
    r"Under|Through|Throughout|Among|Within|Without|Against)\s"
)
# Not "speaking": ", speaking on condition of anonymity because ...," stays in the speaker phrase,
# which gives the anonymity reason (as the seed's ", who requested anonymity").
_PRONOUN_BE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)([’'](?:s|re|m))\s*$")
_ADJUNCT_OPENER = re.compile(r"\s*(?:after|before|in|on|at|during|asked|when|while|like|unlike|for|since)\b", re.IGNORECASE)
# A participle phrase between the subject and its verb describes the speaker, it is no name:
# "Local delegate Mary Sue, clad in a red cape, said", "Bill East, wearing a straw hat, said",
# "The mayor, pressed on the issue, said" (not "speaking": ", speaking on condition of anonymity,"
# stays in the speaker phrase, see _OPENING_ADJUNCT).
_PARTICIPLE_OPENER = re.compile(r"\s*(?!speaking\b)(?:[a-z]{2,}(?:ing|ed)|clad|dressed|led)\b")
_SPEAKER_CLAUSE = re.compile(r"\s(?:as|while|when|after|before|during|at|in|on|to)\s")
# The first finite verb after a sentence's subject, roughly: an auxiliary or a lower-case past form.
_FIRST_VERB = re.compile(
    r"\s(?:has|have|had|is|are|was|were|will|would|[a-z]{3,}ed|"
    # irregular past forms that open a news predicate ("The senator sought to calm ...")
    r"sought|took|drew|made|gave|went|came|spoke|met|held|led|left|ran|won|lost|saw|got|put|kept|began|became|"
    r"brought|bought|built|felt|found|heard|knew|paid|sent|stood|struck|thought|wrote|broke|chose|fell|grew|"
    r"hit|let|rose|sat|shook|sold|threw|wore|told|said)\b"
)
# ``\s(?<!\s\s)``: a match starts at the first space of a run (a long run of spaces is no new start at
# each space), and opens with a space so a search skips to one (the words' patterns open with ``\b``+letter).
_TRAILING_ADJUNCT = re.compile(
    rf"\s(?<!\s\s)\s*(?:(?:on|late on|early on|last|this) (?:{DAYS})\b|(?:earlier |later )?(?:this|last|that) "
    r"(?:week|weekend|month|year|morning|afternoon|evening|night)\b|"
    r"(?:(?:less|more) than |about |nearly |just )?(?:a|an|one|two|three|four|five|six|several|a few|\d+) "
    r"(?:hours?|days?|weeks?|months?|years?) ago\b|in (?:a|an|his|her|their|its) (?:[\w-]+ )?(?:statement|written statement|interview|"
    r"telephone interview|phone interview|speech|post|tweet|letter|briefing)\b|at a (?:news|press) conference\b|"
    r"on (?:Twitter|X|Facebook|Instagram|television|TV|radio)\b|told (?:reporters|AFP|AP|Reuters)\b|"
    r"(?:yesterday|today|earlier|later|afterwards|recently)\b(?!\s+[a-z]+(?:ed|en)\s))"  # not "recently named chair X"
)
# The words _TRAILING_ADJUNCT can end on, and what _PRONOUN_BE ("He’s"), _COORDINATED and _COORDINATED_VP need before a
# zone's closing white space: their searches try every position of a zone, so they run only when the zone ends so.
_ADJUNCT_ENDS = (*DAYS.split("|"), "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "ago", "statement",
                 "interview", "speech", "post", "tweet", "letter", "briefing", "conference", "Twitter", "X", "Facebook", "Instagram",
                 "television", "TV", "radio", "reporters", "AFP", "AP", "Reuters", "yesterday", "today", "earlier", "later",
                 "afterwards", "recently")
_CONTRACTION_ENDS = ("’s", "'s", "’re", "'re", "’m", "'m")
_COORDINATION_ENDS = ("and", "but", "or", "then", "also", "later", "again", "now")


def speaker_for(
    doc: Document, cues: Cues, marks: CueMarks, cue: Cue, zone: tuple[int, int], sentence: Sentence
) -> tuple[tuple[int, int] | None, str]:
    """The speaker of ``cue`` within ``zone`` (left first, else inverted on the right), and how
    it was found ("speaker", "relative", "coordination"); the speaker is noted in ``marks``."""
    speaker, how = _find_speaker(doc, cues, marks, cue, zone, sentence)
    speaker = refine_speaker(doc, speaker, cue, max(zone[0], sentence.start))  # appositions.py: long appositions
    if speaker is not None:
        marks.speakers[cue] = speaker
    return speaker, how


def _find_speaker(
    doc: Document, cues: Cues, marks: CueMarks, cue: Cue, zone: tuple[int, int], sentence: Sentence
) -> tuple[tuple[int, int] | None, str]:
    if cue.according:
        span = according_speaker(doc.body, cue, sentence)
        # "according to" always names a source: any short noun phrase after it is one.
        short = span is not None and 0 < len(words(doc.body[span[0] : span[1]])) <= 14
        return (span, "speaker") if span is not None and (short or speaker_like(doc, span)) else (None, "speaker")
    zone_start = max(zone[0], sentence.start)
    previous: Cue | None = None
    before_cue = verb_before(doc, cues, sentence, cue)
    if before_cue is not None and before_cue.end > zone_start:
        zone_start = before_cue.end
        previous = before_cue
    previous_speaker = marks.speakers.get(previous) if previous is not None else None
    if (previous is not None and previous_speaker is not None and not previous.gerund
        and _WHO_LEAD.search(doc.body, max(sentence.start, previous.start - 12), previous.start)
        and doc.body[previous.end : cue.start].rstrip().endswith(",")
    ):
        return previous_speaker, "relative"  # "Barkley, who said he votes democratic, said …": the main verb's subject
    may_coordinate = doc.body.endswith(_COORDINATION_ENDS, zone_start, doc.text_end(zone_start, cue.start))
    coordinated = previous is not None and may_coordinate and _COORDINATED.search(doc.body, zone_start, cue.start) is not None
    if coordinated and previous_speaker is None and previous is not None and not previous.gerund:
        # "The mayor said the plan was unfair and said that ... “deeply misled” ...": a quotation
        # asks for the second verb's speaker before the first verb's report has been read.
        previous_speaker, _ = _find_speaker(doc, cues, marks, previous, (zone[0], previous.end), sentence)
    if previous_speaker is not None and coordinated:
        return previous_speaker, "coordination"  # "X called the vote “...” but said ..."
    verb_phrase = not cue.gerund and may_coordinate and _COORDINATED_VP.search(doc.body, zone_start, cue.start) is not None
    if (previous is None or previous.gerund) and verb_phrase:
        # "Reynolds met Vilsack at a levee and urged ...": the verb shares the sentence's subject,
        # or the subordinate clause's ("Some booed, and when Rubio thanked Miami and said ...": Rubio).
        clause = list(_CLAUSE_SUBJECT.finditer(doc.body, max(sentence.start, zone_start), cue.start))
        subject = (clause[-1].start(1), clause[-1].end(1)) if clause else sentence_subject(doc, sentence, cue)
        if clause and not speaker_like(doc, subject):
            subject = sentence_subject(doc, sentence, cue)
        if subject is not None:
            return subject, "coordination"
    # After "... railed against the plan and", the words before the verb are a verb phrase, not
    # a speaker.
    left, how = speaker_left(doc, zone_start, cue) if not verb_phrase else (None, "speaker")
    right_end = min(zone[1], sentence.end) if zone[1] > cue.end else sentence.end
    right = speaker_right(doc.body, cue.end, min(right_end, cue.end + MAX_SPEAKER))
    if left is not None and left_stands(doc, left, cue.start, right) and not _clause_then_named(doc, left, cue, right):
        return left, how
    if right is not None and right_stands(doc, right, zone_start, cue.start):
        before = doc.body[zone_start : cue.start].strip()
        if before == "" or before.endswith(",") or before[-1:] in QUOTE_MARKS:
            return right, "speaker"
    return None, "speaker"


def _clause_then_named(doc: Document, left: tuple[int, int], cue: Cue, right: tuple[int, int] | None) -> bool:
    """Whether the words before ", said" are a clause with its own verb and no person in it, and a
    name follows the cue and ends at a comma or the sentence's end ("... since so many cases were
    decided by 5-to-4 votes, said Lee Epstein, who teaches ..."): the clause is what was said, the
    name its speaker. (A name with its apposition or relative clause before the comma, "Roy Neel,
    who managed the campaign, said", is the speaker the comma closes.)"""
    if right is None or not doc.body[left[1] : cue.start].strip().startswith(","):
        return False
    if any(m.kind == "person" for m in doc.mentions_near(left)):
        return False
    comma = doc.body.find(",", right[0], right[1])
    name = (right[0], comma if comma != -1 else right[1])
    if doc.body[name[1] : name[1] + 1] not in (",", ".", ""):
        return False
    return person_in(doc, name) is not None and (_FIRST_VERB.search(doc.body, left[0], left[1]) is not None or opening_adverb(doc, left))


# Prepositions opening an adjunct of place or time (as one-word lists, for comparing a phrase's first word).
_PLACE_TIME_PREPOSITIONS = (["at"], ["in"], ["on"], ["during"], ["after"], ["before"], ["since"], ["amid"], ["near"], ["outside"])


def chunk_left(doc: Document, zone_start: int, end: int, next_to_verb: bool = True) -> tuple[int, int] | None:
    """The speaker chunk ending at ``end`` (before a verb): (start, end) or None if empty.

    ``next_to_verb``: the chunk ends right at the verb, so auxiliaries, adverbs and a trailing
    time adjunct ("Iran on Friday rejected") are left out; not so before an appositive's comma.
    """
    body = doc.body
    # Skip auxiliaries and adverbs between the subject and the verb.
    while next_to_verb:
        text_end = doc.text_end(zone_start, end)
        written = doc.last_word(zone_start, text_end)
        if written is None:
            break
        word = written.lower()
        # An adverb is lower case: "Kelly responded", "Beverly said" end in a name.
        adverb = word.endswith("ly") and written[:1].islower() and word not in ("family", "italy", "ally")
        # "Carter however said": a sentence adverb without its commas (lower case, so not a name).
        sentence_adverb = word in _BARE_SENTENCE_ADVERBS and written.islower()
        if word in doc.lex.auxiliaries or adverb or sentence_adverb:
            end = text_end - len(written)
            continue
        break
    if next_to_verb and body.find(")", zone_start, end) != -1:  # (no bracket before an adjunct: nothing to move)
        # "Dianne Feinstein (D-Calif.) last week said": the time adjunct goes before the bracket
        # after the name is looked for, or the chunk would be the adjunct alone.
        adjunct = _TRAILING_ADJUNCT.search(body, zone_start, end)
        text_end = end  # len(body[:end].rstrip()), without copying the body up to ``end`` (quadratic on a long text)
        while text_end > 0 and body[text_end - 1].isspace():
            text_end -= 1
        while adjunct is not None and adjunct.end() != text_end:
            adjunct = _TRAILING_ADJUNCT.search(body, adjunct.end(), end)
        if adjunct is not None and body[zone_start : adjunct.start()].rstrip().endswith(")"):
            end = adjunct.start()
    stripped_end = doc.text_end(zone_start, end)
    contraction = (_PRONOUN_BE.search(body, zone_start, end)
                   if next_to_verb and body.endswith(_CONTRACTION_ENDS, zone_start, stripped_end) else None)
    if contraction is not None:
        end = contraction.start(1)  # "He’s predicting": the pronoun is the speaker
        stripped_end = doc.text_end(zone_start, end)
    if stripped_end <= zone_start:
        return None
    # Last boundary (comma, colon, dash, quote mark, bracket); a short bracket at the end is
    # part of the name: "the Athletics Integrity Unit (AIU) announced".
    k = stripped_end - 1
    if body[k] == ")":
        opening = body.rfind("(", max(zone_start, k - 40), k)
        if opening > zone_start:
            k = opening - 1
    # The last boundary at or before k (zone_start - 1 if none; a closing '' after it is one too): one greedy
    # match backing off from k in C (a loop per character in Python cost some 250 instructions a character).
    last = _LAST_BOUNDARY.match(body, zone_start, k + 1)
    k = last.end() - 1 if last is not None else zone_start - 1
    k = k if (q := body.rfind("''", k + 1, stripped_end)) == -1 else q + 1
    chunk_start = k + 1
    chunk = body[chunk_start:stripped_end]
    if not chunk.strip():
        return None
    chunk_start += _subordinate_cut(chunk)
    while True:
        m = _FIRST_WORD.match(body, chunk_start, stripped_end)
        if m and (m.group(1).lower() in _LEADING_CONJ or (m.group(1).lower() in CLAUSE_SUBORDINATORS and m.group(1)[:1].isupper())):
            chunk_start = m.end()
            continue
        break
    while chunk_start < stripped_end and body[chunk_start].isspace():  # (str.lstrip's white space)
        chunk_start += 1
    m = (_TRAILING_ADJUNCT.search(body, chunk_start, stripped_end)
         if next_to_verb and body.endswith(_ADJUNCT_ENDS, chunk_start, stripped_end) else None)
    if m and m.end() == stripped_end and m.start() > chunk_start:
        stripped_end = m.start()  # "Iran on Friday rejected" -> "Iran"
    if chunk_start >= stripped_end:
        return None
    return chunk_start, stripped_end


def _subordinate_cut(chunk: str) -> int:
    """Where the chunk starts after its last subordinator ("... after admitting", "said that the official")."""
    lowered = list(word_tuple(chunk))  # (WORD.finditer's words lower-cased, from the shared look-up: each rule reads them)
    present = frozenset(lowered)  # the tokens' offsets are read only when a rule's word is among them (most chunks: none)
    tokens = list(WORD.finditer(chunk)) if not present.isdisjoint(_CUT_WORDS) else []
    cut, first = 0, lowered[0] if lowered else ""
    if first not in _RELATIVES and first not in ("speaking", "and", "a", "an", "the"):
        for k, t in enumerate(tokens):
            if lowered[k] in _SUBORDINATORS and t.start() > 0:
                # "at which point the crowd chanted": "which" as a determiner takes its noun along
                cut = tokens[k + 1].end() if lowered[k] == "which" and lowered[k + 1 : k + 2] in _WHICH_NOUN_LISTS else t.end()
    for k, t in enumerate(tokens):
        if lowered[k] == "what" and t.start() > 0:
            cut = max(cut, t.end())  # "The group wants what it calls": "what" opens a clause after any noun phrase
    if cut == 0 and first in ("a", "an", "the") and present.isdisjoint(_RELATIVES) and "that" not in present:
        # "The crowd cheered as Mayor Ruth Pike said": a clause (a verb before the conjunction), then the speaker's noun phrase
        for k in range(1, len(tokens)):
            if lowered[k] in _CLAUSE_AFTER_VERB and _verb_like(tokens[k - 1].group(0)):
                cut = tokens[k].end()
    return cut


_FIRST_WORD = re.compile(r"\s*([^\W_]+)\s+")
_WHICH_NOUN_LISTS = (["point"], ["time"], ["moment"], ["stage"], ["case"])  # "at which point", "by which time"
_CLAUSE_AFTER_VERB = frozenset({"as", "after", "when", "while", "before", "because", "since", "until", "once"})
_PAST_VERBS = frozenset({"came", "went", "grew", "fell", "rose", "stood", "sat", "ran", "began", "left", "broke", "spoke", "met",
                         "won", "lost", "took", "gave", "got", "was", "were"})
_CUT_WORDS = _SUBORDINATORS | _CLAUSE_AFTER_VERB | {"what"}  # a word of one of _subordinate_cut's rules


def _verb_like(word: str) -> bool:
    """A past-tense verb by its form ("cheered", "voted") or one of the common irregular ones."""
    lower = word.lower()
    return (lower.endswith("ed") and len(lower) > 4 and word.islower()) or lower in _PAST_VERBS


def previous_chunk(doc: Document, zone_start: int, chunk_start: int) -> tuple[int, int] | None:
    """The comma-delimited chunk before ``chunk_start`` (", and who ..." allowed)."""
    body = doc.body
    k = chunk_start - 1
    while k >= zone_start and body[k] in " ,":
        k -= 1
    between = body[k + 1 : chunk_start]
    if between.strip() != ",":
        m = _COMMA_CONJUNCTION.search(body[max(zone_start, chunk_start - 12) : chunk_start])
        if not m:
            return None
        k = max(zone_start, chunk_start - 12) + m.start() - 1
    if k < zone_start:
        return None
    return chunk_left(doc, zone_start, k + 1, next_to_verb=False)


def speaker_left(doc: Document, zone_start: int, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """Speaker before the cue: ((start, end) | None, how) with appositive and relative rules."""
    body = doc.body
    end = cue.start
    raw = body[zone_start:end].rstrip()
    dashed = _dash_apposition(doc, zone_start, zone_start + len(raw))
    if dashed is not None:
        return dashed, "speaker"
    trailing_comma = raw.endswith(",")
    if trailing_comma:
        end = zone_start + len(raw) - 1
    if trailing_comma:
        # "The senator, after previous rallies, wrote": the adjunct between commas is no apposition.
        opening = max(body.rfind(",", zone_start, end), zone_start - 1) + 1
        if _ADJUNCT_OPENER.match(body, opening, end) and opening > zone_start:
            previous = previous_chunk(doc, zone_start, opening)
            if previous is not None:
                end, trailing_comma = previous[1], False
    chunk = chunk_left(doc, zone_start, end, next_to_verb=not trailing_comma)
    if chunk is None:
        return None, "speaker"
    chunk = _before_time_adjunct(doc, zone_start, chunk) if not trailing_comma else chunk
    chunk_words = word_tuple(body[chunk[0] : chunk[1]])
    second = _second_subject(doc, chunk) if not trailing_comma else None
    if second is not None:
        return second, "speaker"
    if len(chunk_words) >= 2 and chunk_words[0] in _OBJECT_RELATIVES and not trailing_comma:
        # "the wall, which he said Mexico would pay for", "changes which officials said will
        # start soon": the relative is the object of the report, the words after it the speaker.
        inner = _FIRST_TOKEN.match(body[chunk[0] : chunk[1]])
        if inner is not None:
            speaker = (chunk[0] + inner.end(), chunk[1])
            if speaker_like(doc, speaker):
                return speaker, "speaker"
    if len(chunk_words) >= 2 and chunk_words[-1] == "who" and not trailing_comma:
        # "… among the 30 percent of voters who said …", "64 percent who say …": a restrictive
        # relative; the speaker is the noun phrase the relative clause restricts.
        head = _restricted_phrase(doc, chunk)
        if head is not None:
            chunk, chunk_words = head, word_tuple(body[head[0] : head[1]])
    if chunk_words and chunk_words[0] in _RELATIVES and len(chunk_words) <= 2 and not trailing_comma:
        previous = previous_chunk(doc, zone_start, chunk[0])
        if previous is None:
            return None, "speaker"
        return relative_antecedent(doc, without_preposition(doc.body, strip_according(doc, previous)), chunk_words[0]), "relative"
    if trailing_comma and len(chunk_words) == 1 and (chunk_words[0] in _SENTENCE_ADVERBS or chunk_words[0].endswith("ly")):
        # "Emirates President Tim Clark, meanwhile, told": the adverb is not part of the name.
        previous = previous_chunk(doc, zone_start, chunk[0])
        if previous is None:
            return None, "speaker"
        chunk, trailing_comma = previous, False
    # Appositives and relative clauses: "Hugh Hill, a doctor, said", "Smith, 45, said",
    # "A nurse, who spoke on condition of anonymity, said", "The developer, Northgate Homes, claimed".
    merged = chunk
    while True:
        merged_words = word_tuple(body[merged[0] : merged[1]])
        appositive = trailing_comma or (
            merged_words and (merged_words[0] in ("a", "an", "the") or merged_words[0].isdigit() or merged_words[0] in _RELATIVES)
        )
        if not appositive:
            break
        previous = previous_chunk(doc, zone_start, merged[0])
        if previous is not None and (body[previous[0] : previous[1]].lower() in _SENTENCE_ADVERBS or parenthetical(body, previous)):
            # "Doe, meanwhile, who sits on no board, said": the adverb stands between the name
            # and its relative clause.
            previous = previous_chunk(doc, zone_start, previous[0])
        if previous is not None and _AGE.fullmatch(body[previous[0] : previous[1]]):
            # "Marley Anderson, 21, a junior from Las Vegas, said": the age stands between the
            # name and the apposition.
            named = previous_chunk(doc, zone_start, previous[0])
            if named is not None and looks_like_name(doc, named):
                previous = named
        if previous is None or not (looks_like_name(doc, previous) or speaker_like(doc, previous)) or _adjunct(doc, previous, merged):
            break
        if collective(doc.lex, core_head(body, previous)[1]):
            break  # "…, roughly 9 percent of its workforce, the company said": a figure, not an apposition
        merged = (previous[0], merged[1])
        trailing_comma = False
    described = None if speaker_like(doc, merged) else _participle_apposition(doc, zone_start, cue.start)
    return described or merged, "speaker"


def _adjunct(doc: Document, span: tuple[int, int], apposition: tuple[int, int]) -> bool:
    """Whether a chunk before an apposition's comma is a clause (below) or an adjunct of place or time ("… at two fire
    stations, the opposition bloc said"; opening the sentence: "On July 30, the court rejected ...",
    "In a statement published Monday, the ministries accused ..."), not the name the apposition describes."""
    body = doc.body
    if _CLAUSE_CHUNK.search(body[span[0] : span[1]]):
        return True  # "It will house the police offices, the ministry said": a clause is what was said, no name
    if words(body[span[0] : span[1]])[:1] not in _PLACE_TIME_PREPOSITIONS or body[span[0] : span[0] + 7].find(" ") == -1:
        return False  # (not a name such as "In-N-Out")
    if body[span[0]].islower():
        return True
    # Opening the sentence, when the words after its comma can speak on their own ("On Dec. 15, the
    # task force announced" stays whole: "the task force" alone is no known speaker phrase).
    return body[max(0, span[0] - 4) : span[0]].rstrip()[-1:] in ("", "\n", ".", "!", "?") and speaker_like(doc, apposition)


# A chunk that is a clause, not a name: a subject pronoun and its verb ("It will house ...") or a modal
# ("The building will house ..."); lower case, so "May" or "Will" as names do not count.
_CLAUSE_CHUNK = re.compile(r"^(?:It|He|She|They|We|There)\s+[a-z]+\s+\w|\b(?:will|would|could|should|can|might|must)\s+(?:not\s+)?[a-z]+\b")


def _participle_apposition(doc: Document, zone_start: int, end: int) -> tuple[int, int] | None:
    """The name before a participle phrase between commas, when the whole is no speaker phrase
    ("Local delegate Mary Sue, clad in a red cape with lights that spelled the name Doe, said"):
    the phrase describes the speaker, it is no part of the name. None when there is none."""
    body = doc.body
    raw = body[zone_start:end].rstrip()
    if not raw.endswith(","):
        return None
    comma = zone_start + len(raw) - 1
    opening = max(body.rfind(",", zone_start, comma), zone_start - 1) + 1
    if opening <= zone_start or _PARTICIPLE_OPENER.match(body, opening, comma) is None:
        return None
    previous = previous_chunk(doc, zone_start, opening)
    return previous if previous is not None and speaker_like(doc, previous) else None


_TIME_ONLY = re.compile(
    rf"(?:(?:on|late on|early on|last|this)\s+)?(?:{DAYS})|(?:earlier\s+|later\s+)?(?:this|last)\s+"
    r"(?:week|weekend|month|year|morning|afternoon|evening|night)|yesterday|today|earlier|later|recently"
)


def _before_time_adjunct(doc: Document, zone_start: int, chunk: tuple[int, int]) -> tuple[int, int]:
    """"Speaker Paul Roe, the town's top official, on Tuesday called": a chunk that is only a time
    adjunct is no speaker; the speaker phrase is the chunk before its comma."""
    if _TIME_ONLY.fullmatch(doc.body, chunk[0], chunk[1]) is None:
        return chunk
    previous = previous_chunk(doc, zone_start, chunk[0])
    return previous if previous is not None else chunk


def _dash_apposition(doc: Document, zone_start: int, end: int) -> tuple[int, int] | None:
    """A name and an apposition between dashes before the verb ("Jane Sims — a teacher from
    Hill — says"): the name with its apposition, or None."""
    body = doc.body
    if end <= zone_start or body[end - 1] not in "—–":
        return None
    opening = max(body.rfind("—", zone_start, end - 1), body.rfind("–", zone_start, end - 1))
    if opening <= zone_start or not body[opening + 1 : end - 1].strip():
        return None
    name = chunk_left(doc, zone_start, opening, next_to_verb=False)
    if name is None or not (looks_like_name(doc, name) or speaker_like(doc, name)):
        return None
    return name[0], opening + len(body[opening : end - 1].rstrip())  # (body[opening] is a dash: no copy of the body up to it)


def _restricted_phrase(doc: Document, chunk: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase before a chunk's final "who": the longest run of at most eight words back
    from "who" that starts with a determiner, a number or a capital, stops at a word that opens
    a clause or a prepositional phrase (but not "of": "30 percent of voters"), and can speak."""
    body = doc.body
    tokens = list(WORD.finditer(body, chunk[0], chunk[1]))[:-1]  # without "who"
    whole = (chunk[0], tokens[-1].end())
    if speaker_like(doc, whole) and not _FIRST_VERB.search(body, whole[0], whole[1]):
        return whole  # "a former staff member for the campaign in Philadelphia who said"
    best = None
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        word = tokens[i].group(0)
        if word.lower() in _RESTRICTED_STOP or (word.islower() and word.endswith(("ing", "ed"))):
            break  # a preposition, a conjunction or a verb ("accused a rival of listing donors who")
        if word.lower() in DETERMINERS or word.lower() in ("most", "all") or word[:1].isdigit() or word[:1].isupper():
            span = (tokens[i].start(), tokens[-1].end())
            if speaker_like(doc, span):
                best = span
    return best


def _second_subject(doc: Document, chunk: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of a second clause joined by "and"/"but" ("a woman asked for a photo and
    Clinton said"), when the whole chunk is no speaker but the words after the conjunction are."""
    body = doc.body
    joined = body.find("and", *chunk) != -1 or body.find("but", *chunk) != -1  # (else the search tries every space for nothing)
    joins = list(_CLAUSE_JOIN.finditer(body, chunk[0], chunk[1])) if joined else []
    if not joins or speaker_like(doc, chunk):
        return None
    subject = (joins[-1].end(), chunk[1])
    if not _FIRST_VERB.search(body, chunk[0], joins[-1].start()):
        return None  # no verb before the conjunction: "Smith and Jones said" is one subject
    return subject if speaker_like(doc, subject) else None


def speaker_right(body: str, start: int, zone_end: int) -> tuple[int, int] | None:
    """Inverted speaker after the cue ("said the official, who requested anonymity")."""
    text = body[start:zone_end]
    lead = len(text) - len(text.lstrip())
    s = start + lead
    text = body[s:zone_end]
    if not text or text[0] in QUOTE_MARKS or text[0] in ",:;" or text.lower().startswith("that "):
        return None
    end = s
    limit = len(text)
    for mark in ("“", "\"", "«", ";", " — ", " – ", " that "):
        i = text.find(mark)
        if i != -1:
            limit = min(limit, i)
    m = _PARTICIPLE_AFTER.search(text)
    if m and m.start() < limit:
        limit = m.start()
    end = s + limit
    while end > s and body[end - 1] in " .,!?":
        end -= 1
    phrase = body[s:end]
    m = _TRAILING_ADJUNCT.search(phrase)
    if m:
        end = s + m.start()
        phrase = body[s:end]
    m = _SPEAKER_CLAUSE.search(phrase)
    if m and "," not in phrase[: m.start()] and m.start() > 0:
        end = s + m.start()  # "said the governor as she left the podium"
        phrase = body[s:end]
    if phrase and len(phrase.split()) > 25 and "," in phrase:
        # "said Alan Kim, a professor of economics at ... who has advised ...": a long apposition
        # after the name; the name before its comma is the speaker.
        end = s + phrase.index(",")
        phrase = body[s:end]
    if not phrase or len(phrase.split()) > 25:
        return None
    return s, end


def sentence_subject(doc: Document, sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
    """The subject opening the sentence (or its main clause, after an opening adjunct: "At a
    rally in Ohio, Brenda Ruiz railed against ... and explained ..."): see :func:`_opening_subject`."""
    if _OPENING_PREPOSITION.match(doc.body, sentence.start, cue.start):
        comma = doc.body.find(", ", sentence.start, cue.start)
        while comma != -1:  # "In a letter ... released Monday, Sanders rips": the first comma that opens a subject
            subject = _opening_subject(doc, comma + 2, cue)
            if subject is not None:
                return subject
            comma = doc.body.find(", ", comma + 2, cue.start)
    subject = _opening_subject(doc, sentence.start, cue)  # (no comma: "On Sunday Mr. Trump wrote ...")
    if subject is not None or not _OPENING_ADJUNCT.match(doc.body, sentence.start, cue.start):
        return subject
    # The main clause starts after the last comma before its verb: "Speaking at a town hall in
    # Salem, New Hampshire, Trump went after Bush, calling him ...".
    verb = _FIRST_VERB.search(doc.body, sentence.start, min(cue.start, sentence.start + 200))
    comma = doc.body.rfind(", ", sentence.start, verb.start()) if verb is not None else -1
    return _opening_subject(doc, comma + 2, cue) if comma != -1 else None


def _opening_subject(doc: Document, opening: int, cue: Cue) -> tuple[int, int] | None:
    """The subject at ``opening``: a named person with the title before the name, or a
    speaker-like noun phrase up to the first auxiliary or past-tense verb."""
    body = doc.body
    pronoun = _PRONOUN_SUBJECT.match(body, opening, cue.start)
    if pronoun is not None:
        return opening, opening + len(pronoun.group(1))
    verb = _FIRST_VERB.search(body, opening, cue.start)
    if verb is not None and verb.start() > opening:
        subject = chunk_left(doc, opening, verb.start())
        if subject is not None and subject[0] == opening and speaker_like(doc, subject):
            return subject_without_connective(doc.body, subject)  # ("On Sunday a spokesman for X": trial 15; "But asked": trial 20)
    for m in doc.mentions_in(opening, cue.start):
        if m.start - opening > 60:
            break
        if m.kind == "person":
            span = (opening, m.end)
            lead = words(body[opening : m.start])
            # Only a title may stand before the name ("Prime Minister Luís Montenegro").
            if any(not (w in DETERMINERS or (w,) in doc.lex.titles or w[:1].isupper())
                   for w in WORD.findall(body[opening : m.start])) or len(lead) > 5 or "," in body[opening : m.start]:
                return None
            return span if speaker_like(doc, span) else None
    return None
