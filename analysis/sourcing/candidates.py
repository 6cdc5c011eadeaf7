"""Stages 2-3 put together: candidate attributions, one per quotation and one per reporting cue.

A **quotation** takes the cue after it in its sentence, else the nearest cues before it (in a
partial quote the verb before comes first: "X called the vote “a good first step” but said
..."); with no cue, a colon lead-in names its speaker ("And from Chairwoman X: “...”", or a
lead-in paragraph ending in a colon, "Mick Whelan told the BBC:"); with neither, it waits for a
continuation (coreference). ``direct`` is a quotation that is a whole sentence, ``partial`` a
fragment inside the reporter's sentence; a partial quote of three words or fewer with no verb cue
in its sentence is a scare quote, not speech, and a title-case quotation right after a possessive, a
preposition or a word for a work ("on ABC’s “This Week”", "his book “…”"), or a headline before its
byline, is the title of a work (news style quotes titles), not speech.

A **report** is a cue outside quotation marks with a speaker and at least two words of
paraphrase (``indirect``). A report inside another's paraphrase ("Cole said the city had
promised ...") belongs to the outer speaker. A gerund cue ("..., warning that ...") joins the
attribution before it in the sentence, or else reports the speech of the sentence's subject
("Prime Minister X defended the reform, saying ..."). A cue with a speaker but no content ("So
said Jane Doe.", "That was how another man described it.", "That line, from parent Derek Owens,
...") names the speaker of the quotation just before it (:func:`link_cue_only`).

Negated reports and passives have no cue (stage 1), so they yield no candidate.
"""

from __future__ import annotations

import re

from analysis.article import QuoteSpan, Sentence
from analysis.sourcing import own_source  # round 10: quotations whose own sentence names the source
from analysis.sourcing.boundaries import (
    before_channel,
    channel_of_report,
    open_apposition_speaker,
    pronoun_clause_subject,
    strip_lead_in,
    within_relative,
)
from analysis.sourcing.content import paraphrase, participle_content_start, trim, trim_quote_end
from analysis.sourcing.context import MAX_CONTENT, MAX_CUES_BEFORE, Document
from analysis.sourcing.cues import Cue, CueMarks, Cues
from analysis.sourcing.embeds import embedded_tweets
from analysis.sourcing.frozen import evolve, frozen_record
from analysis.sourcing.lexicon import QUOTE_MARKS
from analysis.sourcing.own_lead import loose_subject, own_lead
from analysis.sourcing.phrases import speaker_like
from analysis.sourcing.speakers import CLAUSE_SUBORDINATORS, chunk_left, sentence_subject, speaker_for, speaker_right
from analysis.sourcing.tail_reports import closing_comma
from analysis.sourcing.turns import clause_subject, signs_quotation, verb_person

_ANAPHORIC_LINK = re.compile(
    r"(?:That|This|Those|These|Such)(?:’s|'s|\s+(?:was|is|were|are|has been|had been))?\s+"
    r"(?:how|what|the\s+\w+\s+(?:of|from))\b|So\s+(?:said|says)\b"
)
# After a quotation: "beamed Don Hartley", "scoffed the mayor" (verb first); "he demanded", "the
# mayor scoffed" (a short subject without a clause of its own, then the verb and the sentence's
# end or a comma).
_VERB_FIRST = re.compile(r"\s*,?\s*(?:[a-z]{3,}ed)\s+(?=[A-Za-z])")
_VERB_AFTER = re.compile(
    r"\s*,?\s*((?:[Hh]e|[Ss]he|[Tt]hey|(?:the|a|an|[A-Z][\w.’'-]*)(?:\s+(?!(?:that|which|who)\b)[\w.’'-]+){0,5}))"
    r"\s+(?:[a-z]{3,}ed|went on|wrote|shot back|fired back)\b(?:\s+(?:him|her|them|me|us))?"
    # then the sentence's end, where and when, or a second clause: "she went on.", "he barked at
    # the crowd.", "Trump barked and a guard escorted Ramos out."
    r"(?:\s*(?:[,.!?]|$)|\s+(?:in|on|at|as|while|after|before|to|during|from|with|when|amid|over|and|but)\b)"
)
_THAT_WORD = re.compile(r"\bthat\b")
_FIRST_CAPITALISED = re.compile(r"\s*([A-Z][a-z]+)\s")
_ANSWERS = frozenset({"no", "yes"})
# From a participle to the quotation it introduces: "adding, “", "adding that the plan was “".
_GERUND_TO_QUOTE = re.compile(r"\s*(?:,|:|\s+(?:that\b)?[^,;:“”\"]{0,80})?\s*$")
_LEAD_IN_VERB = re.compile(r"\s(?:[a-z]{3,}ed|wrote|spoke|went on|put it|shot back|fired back|hit back|says)\b")
_LEAD_IN_OBJECT_WORDS = 12  # words after a lead-in's verb, before its colon
_OWNER_OPENINGS = ("That", "This", "The")  # the words _QUOTE_OWNER opens with
_QUOTE_OWNER = re.compile(
    r"(?:That|This|The)\s+(?:line|remark|comment|quote|quotation|message|warning|statement|plea|words|question)"
    r"\s*,?\s+(?:came\s+)?from\s+"
)


@frozen_record  # (a frozen dataclass built with one update of its instance dictionary: frozen.py)
class Candidate:
    """A report of speech before merging: the evidence ``sentence`` and its ``paragraph``,
    ``quote_type``, the body spans of its text, the ``speaker`` span (None until a continued
    quote finds one), its ``cue`` and the ``extra_cues`` merged into it, how the speaker was
    found, the ``source`` id once resolved (-1 before), whether it is a quotation, its body
    ``position`` (candidates are put in body order by it), and its ``kind`` (an
    :attr:`~analysis.sourcing.result.Attribution.statement_kind`; set by :mod:`.statements`)."""

    sentence: Sentence
    paragraph: int
    quote_type: str
    text_parts: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None
    cue: Cue | None
    resolved_by: str = "speaker"
    extra_cues: tuple[Cue, ...] = ()
    source: int = -1
    is_quote: bool = False
    position: int = 0
    kind: str = "statement"


def find_candidates(doc: Document, cues: Cues) -> tuple[Candidate, ...]:
    """Every candidate of the article in body order: quotations first take their cues, then
    reports take the cues left; a cue-only sentence names the quotation before it."""
    marks = CueMarks()
    found = (_quote_candidate(doc, cues, marks, index, quote) for index, quote in enumerate(doc.quotes))  # (in order: marks change)
    quoted: list[Candidate] = [candidate for candidate in found if candidate is not None]
    by_sentence: dict[int, list[int]] = {}
    for i, candidate in enumerate(quoted):
        by_sentence.setdefault(candidate.sentence.index, []).append(i)
    reported: list[Candidate] = []
    for sentence in doc.article.sentences:
        if not cues.of(sentence) and not sentence.text.startswith(_OWNER_OPENINGS):
            continue  # no cue and no "That line, from X": the sentence adds no report and changes no quotation
        mine = by_sentence.get(sentence.index, [])
        hosts = [quoted[i] for i in mine] + _sentence_reports(doc, cues, marks, sentence)
        hosts = _join_gerunds(doc, cues, marks, sentence, hosts)
        for i, candidate in zip(mine, hosts, strict=False):
            quoted[i] = candidate
        reported.extend(hosts[len(mine) :])
    ordered = sorted([*quoted, *reported, *_tweets(doc, [*quoted, *reported])], key=lambda c: (c.position, c.sentence.index))
    return link_cue_only(doc, ordered)


def _tweets(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """Embedded tweets (:mod:`.embeds`) no candidate has read already: direct reports by the signer."""
    out: list[Candidate] = []
    for paragraph, parts, name in embedded_tweets(doc):
        if any(parts[0][0] <= c.position < parts[-1][1] for c in found):
            continue
        out.append(Candidate(doc.sentence_at(parts[0][0]), paragraph, "direct", parts, name, None, "speaker",
                             is_quote=True, position=parts[0][0]))
    return out


def _quote_candidate(doc: Document, cues: Cues, marks: CueMarks, index: int, quote: QuoteSpan) -> Candidate | None:
    body = doc.body
    s1 = doc.sentence_at(quote.mark_start)
    s2 = doc.sentence_at(max(quote.start, quote.mark_end - 1))
    previous_end = doc.quotes[index - 1].mark_end if index > 0 else 0
    next_start = doc.quotes[index + 1].mark_start if index + 1 < len(doc.quotes) else len(body)
    before = (max(s1.start, previous_end), quote.mark_start)
    after = (quote.mark_end, min(s2.end, next_start))
    if after[1] < after[0]:
        after = (after[0], after[0])
    cues_after = [c for c in cues.between(s2, after) if not c.gerund][:1]
    cues_before = [c for c in cues.between(s1, before) if not c.gerund][-MAX_CUES_BEFORE:]
    before_end = doc.text_end(before[0], before[1])  # (the text before, stripped: its last character is read)
    opens_sentence = before_end == before[0] or body[before_end - 1] in ":,"
    ends_sentence = not body[after[0] : after[1]].strip().strip(".!?…)") or bool(cues_after)  # (only those marks after it)
    quote_type = "direct" if opens_sentence and ends_sentence else "partial"
    words = len(quote.text.split(None, 3))  # (4: four words or more; only "none" and "three or fewer" are asked)
    if quote.first_paragraph != quote.last_paragraph or (words > 0 and quote.mark_start == s1.start):
        quote_type = "direct" if ends_sentence or quote.first_paragraph != quote.last_paragraph else quote_type
    text_part = (quote.start, trim_quote_end(body, quote, partial=quote_type == "partial"))
    quoted = Candidate(s1, quote.first_paragraph, quote_type, (text_part,), None, None, "continuation",
                       is_quote=True, position=quote.mark_start)
    if not cues_after and not cues_before and opens_sentence:
        speaker = _unlisted_verb_speaker(doc, quote, after) or _dash_signature(doc, quote)
        if speaker is not None:  # "“This is fantastic!” beamed Don Hartley.", "“…” ― Ana Ruiz, 34, of Phoenix"
            return evolve(quoted, quote_type="direct", speaker=speaker, resolved_by="speaker")
    if _work_title(body, quote, s1) or own_source.titled_subject(body, quote, s1, cues_after):  # (trial 16 F2)
        return None  # "said on ABC’s “This Week”", "in his book “The Art of the Deal”": a title, not speech
    if _modifier_quote(body, quote) or own_source.label_in_noun_phrase(body, quote, s1.start):
        return None  # "called on the “interim” government to ...": a scare quote, whatever verb is near
    if (quote_type == "partial" and words <= 3 and not cues.has_verb_cue(s1) and not any(c.gerund for c in cues.between(s1, before))
            and _possessive_speaker(doc, quote, s1, before) is None):
        return None  # a scare quote around a label: “moderate” Syrians (but "…, calling it “disqualifying”")
    crowd = own_source.crowd_words(body, quote, s1)
    if crowd is not None:  # "chants of “…”": the crowd's words, no verb's and no running quote's
        marks.used.update(c for c in cues.between(s1, crowd))
        return evolve(quoted, resolved_by="crowd")
    after_options = [(cue, after, True) for cue in cues_after[:1]]
    before_options = [(cue, before, False) for cue in reversed(cues_before)]
    # "X called the vote “a good first step” but said ...": in a partial quote X's verb comes first.
    options = before_options + after_options if quote_type == "partial" else after_options + before_options
    for cue, zone, after_side in options:
        sentence = s2 if after_side else s1
        speaker, how = speaker_for(doc, cues, marks, cue, zone if not after_side else (after[0], after[1]), sentence)
        if speaker is None and after_side:
            speaker, how = open_apposition_speaker(doc, after[0], cue), "speaker"
        if speaker is None:
            continue
        if after_side:
            speaker = before_channel(doc.body, cues, sentence, speaker)
            marks.speakers[cue] = speaker
        marks.used.add(cue)
        if not after_side:
            cue = _gerund_lead_in(doc, cues, marks, s1, cue, before) or cue
        return evolve(quoted, sentence=sentence, speaker=speaker, cue=cue, resolved_by=how)
    signed = own_source.later_signature(doc, cues, marks, quote, s2, speaker_for)  # "“…” announced in May, said Ann Lee"
    if signed is not None:
        return evolve(quoted, sentence=s2, speaker=signed[0], cue=signed[1], resolved_by="speaker")
    own = _gerund_only(doc, cues, marks, s1, before)
    if own is not None:  # "…, saying he “has always stood by us.”", "…, calling it “disqualifying”"
        return evolve(quoted, speaker=own[0], cue=own[1], resolved_by="speaker")
    # No cue: a colon lead-in names the speaker ("And from Chairwoman Lee: “...”").
    lead = _colon_speaker(doc, cues, marks, before, s1, quote)
    if lead is not None:
        return evolve(quoted, quote_type="direct" if ends_sentence else quote_type, speaker=lead[0], cue=lead[1],
                       resolved_by="colon")
    owner = _possessive_speaker(doc, quote, s1, before)
    if owner is not None:  # "Obama’s “if you like your plan, you can keep it” promise"
        return evolve(quoted, speaker=owner, resolved_by="speaker")
    if quote_type == "partial" and (words <= 3 or own_source.hoped_words(body, quote, s1)):  # (hope that X would “…”: trial 16 F15)
        return None
    subject = own_source.relative_speaker(doc, quote, s1) or own_source.document_subject(doc, quote, s1) or clause_subject(doc, quote, s1)
    subject = subject or (verb_person(doc, s1, cues_before[-1]) if cues_before else None)
    if subject is not None:  # "Moore thanked the mayor for “…”": the clause's subject, not a running quote
        return evolve(quoted, speaker=subject, resolved_by="speaker")
    return own_lead(doc, cues, quoted, quote, s1, before)  # "A pension fund said that “…”": never a running quote


# A named or pronoun possessor and a word for something said: "Romney’s “47 percent” comment",
# "Trump’s claim that Mexico would pay “within a year”", "her remark that “…”" (the pronoun is
# resolved as "she" would be: coreference.POSSESSIVES).
_SAID_NOUNS = (r"(?:claim|statement|remark|comment|comments|assertion|warning|promise|pledge|accusation|charge|"
               r"suggestion|insistence|argument|declaration|vow|boast|prediction|complaint|contention|words|slogan|line|quip)")
_OWNER = r"(?:(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))\s+"
_OWNER_BEFORE = re.compile(_OWNER + r"(?:[a-z-]+\s+){0,2}" + _SAID_NOUNS + r"\s+(?P<that>that\s+)?(?P<gap>[^“”\",;]{0,120})$")
# "Romney’s comment about the poor was “deeply offensive”": after a copula the quotation is what
# someone says of the remark, not the remark (with "that", the clause is the remark's content).
_COPULA_END = re.compile(
    r"\b(?:is|was|are|were|be|been|seemed|seems|sounded|sounds|looked|looks|became|remains|remained)\s+(?:\w+\s+){0,2}$"
)
_OWNER_AROUND = re.compile(_OWNER + r"$")
_SAID_NOUN_WORDS = frozenset(_SAID_NOUNS[3:-1].split("|"))  # (each stands between spaces in a match: a word of the sentence)
_NOUN_AFTER = re.compile(r"\s*" + _SAID_NOUNS + r"\b")


def _possessive_speaker(doc: Document, quote: QuoteSpan, sentence: Sentence, before: tuple[int, int]) -> tuple[int, int] | None:
    """The named possessor of a word for something said, before the quotation ("X’s claim that
    ... “…”") or around it ("X’s “…” promise"), when the name can be a speaker; else None."""
    body = doc.body
    start = max(sentence.start, before[0])
    said = not _SAID_NOUN_WORDS.isdisjoint(doc.sentence_sets[sentence.index])  # (the search tries every position)
    m = _OWNER_BEFORE.search(body, start, before[1]) if said else None
    gap = m.group("gap") if m is not None else ""
    if m is not None and m.group("that") is None and _COPULA_END.search(gap) and not _THAT_WORD.search(gap):
        return None  # "Romney’s comment … was “deeply offensive”": a judgement of the remark
    if m is None:
        m = _OWNER_AROUND.search(body, start, before[1]) if _NOUN_AFTER.match(body, quote.mark_end) else None
    if m is None:
        return None
    if m.group("pronoun") is not None:  # "her remark that “…”": the pronoun is resolved like a speaker pronoun
        return m.start("pronoun"), m.end("pronoun")
    span = (m.start("name"), m.end("name"))
    return span if speaker_like(doc, span) else None


def _work_title(body: str, quote: QuoteSpan, sentence: Sentence) -> bool:
    """Whether a quotation is the title of a work (news style puts the titles of books,
    shows, films and songs in quotation marks): every word capitalised but short joiners, at most
    eight words, and right after a possessive ("ABC’s “This Week”"), a preposition ("on “Meet the
    Press”", "host of “…”", "a turn in “…”") or a word for a work ("his book “…”", "titled “…”",
    "she read “…”"),
    or followed by its author (", by Jane Doe": then a headline of up to twenty words too)."""
    tokens = quote.text.strip(" ,.!?;:").split()
    after = body[quote.mark_end : quote.mark_end + 40]
    # (the headline's comma inside or outside the marks: a passive "described as “…” by Ann Cole" has none)
    if 0 < len(tokens) <= _HEADLINE_WORDS and _BYLINE.match(after) and (quote.text.rstrip().endswith(",") or after.startswith(",")):
        return True  # a headline and its byline in a news roundup: '"Museum to close," by the Times’ Jane Doe'
    if not tokens or len(tokens) > _TITLE_WORDS or not tokens[0][:1].isupper():
        return False
    if any(not (t[:1].isupper() or t[:1].isdigit() or t.lower() in _TITLE_JOINERS) for t in tokens):
        return False
    if any(t.endswith((".", "!", "?")) for t in tokens[:-1]):
        return False  # two sentences: a quotation, not a title
    before = body[max(sentence.start, quote.mark_start - 40) : quote.mark_start]
    return _TITLE_BEFORE.search(before) is not None


# A determiner or possessive, one quoted word, then a lower-case noun: "the “interim” government",
# "its “temporary” closure". The marks keep a label at a distance (a scare quote); no one's speech
# is reported in them. ("that" is left out: "said that “toxic” water had passed" quotes the speaker.)
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|this|these|those|its|their|his|her|our)\s*$", re.IGNORECASE)
_NOUN_AFTER_QUOTE = re.compile(
    r"\s+(?!(?:and|or|but|nor|to|in|on|for|of|at|by|with|from|as|than|that|which|who|whom|is|are|was|were|be|been|has|have|had|"
    r"will|would|could|should|can|may|might|must|do|does|did|not|if|when|while|because|so|then|after|before|over|into|about|"
    r"against|under|since|until|the|a|an|this|its|their|his|her|our|he|she|they|it|we|you|said|says)\b)[a-z][a-z-]+\b(?!\s*[,.;:!?])"
)


def _modifier_quote(body: str, quote: QuoteSpan) -> bool:
    """Whether a quotation of one word stands inside a noun phrase, between its determiner and
    its noun ("the “interim” government")."""
    text = quote.text.strip()
    if not text or len(text.split()) > 1 or text[-1:] in ",.!?;:":
        return False
    if _MODIFIER_BEFORE.search(body, max(0, quote.mark_start - 12), quote.mark_start) is None:
        return False
    return _NOUN_AFTER_QUOTE.match(body, quote.mark_end) is not None


_TITLE_WORDS = 8
_HEADLINE_WORDS = 20
# A title or a headline followed by its author: "“The Fixers,” by E. J. Fleming".
_BYLINE = re.compile(r",?\s+by\s+[A-Z]")
_TITLE_JOINERS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is"})
_TITLE_BEFORE = re.compile(
    r"(?:[’']s|\bon|\b(?:book|books|memoir|autobiography|novel|show|program|programme|series|film|movie|documentary|"
    r"album|song|play|musical|column|podcast|titled|entitled|read|reads|to|of|in|from|about)),?\s*$"
)


def _gerund_lead_in(doc: Document, cues: Cues, marks: CueMarks, sentence: Sentence, verb: Cue, before: tuple[int, int]) -> Cue | None:
    """A participle between the speaker's verb and the quotation that introduces it ("“…,”
    Ana said, adding, “…”", "she said, adding that the plan was “a mistake”"): the quotation
    is a second statement, cued by the participle; None when there is none."""
    lead = [c for c in cues.between(sentence, (verb.end, before[1])) if c.gerund and c not in marks.used]
    if not lead or _GERUND_TO_QUOTE.match(doc.body, lead[-1].end, before[1]) is None:
        return None
    marks.used.add(lead[-1])
    return lead[-1]


def _gerund_only(
    doc: Document, cues: Cues, marks: CueMarks, sentence: Sentence, before: tuple[int, int]
) -> tuple[tuple[int, int], Cue] | None:
    """A quotation whose only cue before it is a participle joined to the sentence's predicate
    ("Sanders faulted the deal, saying it goes “nowhere near far enough.”"): the participle's
    subject, the sentence's, is the speaker. (speaker span, cue), or None."""
    lead = [c for c in cues.between(sentence, before) if c.gerund and c not in marks.used]
    if not lead or _GERUND_TO_QUOTE.match(doc.body, lead[-1].end, before[1]) is None:
        return None
    cue = lead[-1]
    subject = _with_subject(doc, sentence, cue)
    if subject is None and _GERUND_LINK.search(doc.body, max(sentence.start, cue.start - _LINK_WINDOW), cue.start):
        subject = sentence_subject(doc, sentence, cue)
    if subject is None:
        return None
    marks.used.add(cue)
    marks.speakers[cue] = subject
    return subject, cue


# "…, with Senator John McCain telling reporters that …": an absolute phrase; the noun phrase
# between "with" and the participle is its subject.
_WITH_NP = re.compile(r"\bwith\s+([^\s,;:“”\"][^,;:“”\"]{0,60}?)\s+$")


def _with_subject(doc: Document, sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
    """The subject of a participle in a "with NP saying" phrase, or None."""
    start = max(sentence.start, cue.start - 70)
    m = _WITH_NP.search(doc.body, start, cue.start)
    if m is None:
        return None
    span = (m.start(1), m.end(1))
    return span if speaker_like(doc, span) else None


def _unlisted_verb_speaker(doc: Document, quote: QuoteSpan, after: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker of a quotation that opens its sentence and is closed by a comma, "?" or "!",
    followed by a past-tense verb the lexicon does not list and a speaker on either side of it
    ("“…,” beamed Don Hartley of Madison", "“Quiet,” he demanded, as ..."): the position is the
    wire convention for attributing speech, whatever the verb."""
    body = doc.body
    inner = body[quote.start : quote.end].rstrip()
    if not inner or inner[-1] not in ",?!":
        return None
    text = body[after[0] : after[1]]
    m = _VERB_FIRST.match(text)
    if m is not None:
        span = speaker_right(body, after[0] + m.end(), after[1])
        return span if span is not None and speaker_like(doc, span) else None
    m = _VERB_AFTER.match(text)
    if m is None:
        return None
    span = (after[0] + m.start(1), after[0] + m.end(1))
    return span if speaker_like(doc, span) else None


# A quotation signed with a dash, the layout of vox pops, pull quotes and epigraphs: the paragraph is
# the quotation, then a dash (horizontal bar, em, en or hyphen) and the speaker's name, with an
# optional description after a comma ("― Veronica Cruz", "— Ana Ruiz, 34, of Phoenix.").
_DASH_SIGNATURE = re.compile(
    r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \u00a0]+(?:[A-Z][\w.’'-]*|de|del|da|van|von|bin|al))*)"
    r"(?P<more>,[^“”\"\n]{1,80}?)?[ \t\u00a0]*[.]?[ \t\u00a0]*$"
)


def _dash_signature(doc: Document, quote: QuoteSpan) -> tuple[int, int] | None:
    """The name signing a quotation that fills its paragraph ("“…” ― Veronica Cruz"), when it can
    be a speaker; else None. A dash inside a sentence of prose never qualifies: the quotation must
    open the paragraph and only the dash and the signature may follow it to the paragraph's end."""
    if not quote.closed:
        return None
    paragraph = doc.article.paragraphs[quote.last_paragraph]
    opening = doc.article.paragraphs[quote.first_paragraph]
    if doc.body[opening.start : quote.mark_start].strip():
        return None
    m = _DASH_SIGNATURE.match(doc.body, quote.mark_end, paragraph.end)  # (endpos: no copy of the body up to there)
    if m is None or len(m.group("name").split()) > 6:
        return None
    name_end = m.start("name") + len(m.group("name").rstrip("."))
    span = (m.start("name"), m.end("more") if m.group("more") else name_end)
    return span if speaker_like(doc, (m.start("name"), name_end)) else None


def _colon_speaker(
    doc: Document, cues: Cues, marks: CueMarks, before: tuple[int, int], sentence: Sentence, quote: QuoteSpan
) -> tuple[tuple[int, int], Cue | None] | None:
    """A lead-in ending with a colon: "And from Chairwoman X: “...”", or a paragraph
    "Mick Whelan told the BBC:" before a quote paragraph. Returns (speaker, cue or None)."""
    body = doc.body
    text = body[before[0] : before[1]].rstrip()
    start = before[0]
    if not text.endswith(":"):
        # A lead-in paragraph ending with a colon, right before a quote paragraph.
        paragraph = quote.first_paragraph
        if text or paragraph == 0 or body[quote.mark_start - 2 : quote.mark_start] != "\n\n":
            return None
        prev = doc.article.paragraphs[paragraph - 1]
        if not prev.text.rstrip().endswith(":"):
            return None
        sentence = doc.sentence_at(prev.end - 1)
        start, text = sentence.start, body[sentence.start : prev.end].rstrip()
    end = start + len(text) - 1
    zone_start = max(start, sentence.start)
    for cue in reversed(cues.of(sentence)):
        if cue.gerund or not (zone_start <= cue.start < end):
            continue
        speaker, _ = speaker_for(doc, cues, marks, cue, (zone_start, end), sentence)
        if speaker is not None:
            marks.used.add(cue)
            return speaker, cue
    chunk = chunk_left(doc, zone_start, end)
    if chunk is None:
        return None
    chunk = strip_lead_in(body, chunk)
    pronoun = pronoun_clause_subject(body, chunk)
    if pronoun is not None:
        return pronoun, None  # "He instead told the BBC interviewer:": a clause, its subject speaks
    if speaker_like(doc, chunk):
        return chunk, None
    # "And Mr. Christie gloated:", "Cruz shot back:": a verb the lexicon does not list still
    # hands the quotation to its subject, since the colon introduces what was said.
    # "Cruz called them on it:", "Sanders responded with a phrase of his own:": so does the
    # lead-in's first verb with a short object after it, when its subject opens the lead-in.
    verb = _LEAD_IN_VERB.search(body, chunk[0], chunk[1])
    if verb is None or (verb.end() != chunk[1] and len(body[verb.end() : chunk[1]].split()) > _LEAD_IN_OBJECT_WORDS):
        return None
    subject = chunk_left(doc, chunk[0], verb.start())
    return (subject, None) if subject is not None and subject[0] == chunk[0] and speaker_like(doc, subject) else None


def _sentence_reports(doc: Document, cues: Cues, marks: CueMarks, sentence: Sentence) -> list[Candidate]:
    """The reports of one sentence's verb cues (and of a "That line, from X" sentence)."""
    out: list[Candidate] = []
    body = doc.body
    # "That was how another man described the past week.": the sentence only names the
    # speaker of the quotation before it.
    sentence_cues = cues.of(sentence)
    anaphoric = bool(sentence_cues) and _ANAPHORIC_LINK.match(sentence.text) is not None  # (read only for a cue)
    covered: list[tuple[int, int]] = []
    owner = _QUOTE_OWNER.match(sentence.text) if sentence.text.startswith(_OWNER_OPENINGS) else None
    if owner is not None:
        # "That line, from Maple Street parent Derek Owens, drew a standing ovation.": the
        # speaker of the quotation just before.
        start = sentence.start + owner.end()
        end = start
        while end < sentence.end and body[end] not in ",;.":
            end += 1
        if end > start and speaker_like(doc, (start, end)):
            out.append(Candidate(sentence, sentence.paragraph, "indirect", (), (start, end), None, "speaker", position=start))
    closing = closing_comma(doc, sentence, sentence_cues) if len(sentence_cues) > 1 else None  # "…, the source added."
    for cue in sentence_cues:
        if cue in marks.used or cue.gerund or doc.in_quote(cue.start):
            continue
        if cue.according and channel_of_report(doc.body, marks, sentence, cue, cues):
            continue  # "“…,” said one expert, as reported by the Independent": one report, through a channel
        speaker, how = speaker_for(doc, cues, marks, cue, (sentence.start, sentence.end), sentence)
        if speaker is None and (speaker := loose_subject(doc, sentence, cue)) is None:  # "experts tracking it say"
            continue
        if how != "coordination" and any(a <= cue.start < b for a, b in covered):
            continue  # an embedded report ("Cole said the city had promised ...") is the outer speaker's
        glued = own_source.quote_before_signature(doc, sentence, speaker, cue) if not out else None
        if glued is not None:  # "… faces,” he told the council": the words before the closing mark, not the addressee
            marks.used.add(cue)
            out.append(Candidate(sentence, sentence.paragraph, "direct", (glued,), speaker, cue, how, position=glued[0]))
            continue
        signs = not out and signs_quotation(doc, sentence, speaker, cue)  # "“Did you know?” Todd asked the mayor."
        parts = [] if anaphoric or signs else _within_clause(doc, sentence, cue, paraphrase(doc, cues, cue, speaker, sentence))
        if how == "relative":
            parts = within_relative(doc.body, parts)
        if closing is not None and cue.end < closing:
            parts = [(a, min(b, closing)) for a, b in parts if a < closing]
        parts = own_source.before_negated_report(body, parts)  # "…, but it didn't say when …": the reporter's
        content_words = sum(len(body[a:b].split(None, 2)) for a, b in parts)  # (3: three or more; only 0, 1 and 2+ are asked)
        if content_words == 1 and body[parts[0][0] : parts[0][1]].lower() in _ANSWERS:
            content_words = 2  # "Asked if he was ever bullied, the candidate said no.": a whole answer
        if content_words < 2:
            if content_words == 0:
                out.append(Candidate(sentence, sentence.paragraph, "indirect", (), speaker, cue, how, position=cue.start))
            continue
        marks.used.add(cue)
        covered.extend(parts)
        out.append(Candidate(sentence, sentence.paragraph, "indirect", tuple(parts), speaker, cue, how,
                             position=min(speaker[0], cue.start)))
    return out


def _within_clause(doc: Document, sentence: Sentence, cue: Cue, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A report in an opening adverbial clause ends at the clause's comma ("While Lee has pledged to
    back Ruiz, Devine suggested ...": Lee's report is "to back Ruiz"; the main clause reports Devine)."""
    first = _FIRST_CAPITALISED.match(doc.body[sentence.start : sentence.end])
    if first is None or first.group(1).lower() not in CLAUSE_SUBORDINATORS:
        return parts
    comma = doc.body.find(", ", cue.end, sentence.end)
    if comma == -1 or doc.body.find(", ", sentence.start, cue.start) != -1:
        return parts
    return [(a, min(b, comma)) for a, b in parts if a < comma]


# What joins a participle of speech to the sentence's predicate: "…, saying", "– saying", "and
# saying", "while saying", "by saying", "… as “fantastic,” telling".
# "…, alternately shouting", "responded by first saying": an adverb may stand between. "put out a statement saying": a
# participle right after a word for a written statement reports its author's words.
_GERUND_LINK = re.compile(
    r"(?:(?:,[”\"’]?|[—–-]|\band|\bwhile|\bby|\bbefore|\bafter)(?:\s+(?:[a-z]+ly|first|then|also|again|even))?"
    r"|\b(?:issued|released|put\s+out|sent|posted|published|wrote|tweeted|delivered|filed|signed|shared)"
    r"\s+(?:an?|the|his|her|their|its|our)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|letter|email|e-mail|message|tweet|post|release|memo|note|editorial))\s+$"
)
# (the word for a written statement links only after a verb of issuing it: "Police found a note
# saying …" or "received an email saying …" reports the note's or the email's author, not the finder)
_LINK_WINDOW = 48  # characters before a participle where its link is looked for
_THAT = re.compile(r"\s*(?:that\b)?\s*")


def _join_gerunds(
    doc: Document, cues: Cues, marks: CueMarks, sentence: Sentence, hosts: list[Candidate]
) -> list[Candidate]:
    """Gerund cues ("..., warning that ...") join the candidate before them in the sentence
    (``hosts``: its quotations, then its reports); returns ``hosts`` with them joined."""
    body = doc.body
    hosts = list(hosts)
    for cue in cues.of(sentence):
        if not cue.gerund or cue in marks.used:
            continue
        host = None
        for k, candidate in enumerate(hosts):
            if candidate.cue is not None and candidate.cue.end <= cue.start:
                host = k
        if host is not None:
            own = _gerund_after_quote(doc, cue, hosts[host], sentence)
            if own is not None:
                hosts.append(own)  # its own report: merge keeps it beside the quotation
            else:
                hosts[host] = evolve(hosts[host], extra_cues=(*hosts[host].extra_cues, cue))
            marks.used.add(cue)
            continue
        subject = _with_subject(doc, sentence, cue)
        linked = subject is not None or _GERUND_LINK.search(body, max(sentence.start, cue.start - _LINK_WINDOW), cue.start)
        subject = subject or own_source.named_in_apposition(doc, sentence, cue) or sentence_subject(doc, sentence, cue)
        if subject is not None and linked:
            # "Prime Minister X defended the reform ..., saying the pension system ...": the
            # participle reports the speech of the sentence's subject.
            start = participle_content_start(body, cue, sentence.end)  # (past "that" and, after "telling", the addressee)
            parts = (trim(body, (start, min(sentence.end, start + MAX_CONTENT))),)
            if sum(len(body[a:b].split()) for a, b in parts) >= 2:
                marks.used.add(cue)
                marks.speakers[cue] = subject
                hosts.append(Candidate(sentence, sentence.paragraph, "indirect", parts, subject, cue, "speaker", position=subject[0]))
    return hosts


def _gerund_after_quote(doc: Document, cue: Cue, host: Candidate, sentence: Sentence) -> Candidate | None:
    """A participle after a quotation with a clause of its own ("“We will appeal,” she said,
    adding that the city was wronged"): a report of the quotation's speaker, or None."""
    if not host.is_quote or host.speaker is None or not host.text_parts or host.text_parts[-1][1] > cue.start:
        return None
    body = doc.body
    start = cue.end + len(_THAT.match(body, cue.end, sentence.end).group(0))
    part = trim(body, (start, min(sentence.end, start + MAX_CONTENT)))
    if part[1] <= part[0] or body[part[0]] in QUOTE_MARKS or len(body[part[0] : part[1]].split()) < 3:
        return None  # "adding: “...”" continues the quotation; "adding more" says nothing
    return Candidate(sentence, sentence.paragraph, "indirect", (part,), host.speaker, cue, host.resolved_by, position=cue.start)


def link_cue_only(doc: Document, candidates: list[Candidate]) -> tuple[Candidate, ...]:
    """A cue with no content ("So said Jane Doe.") names the speaker of the quote just before."""
    out = list(candidates)
    for k, cue_only in enumerate(out):
        if cue_only.text_parts or cue_only.speaker is None:
            continue
        for j in range(k - 1, max(-1, k - 12), -1):
            previous = out[j]
            if (previous.is_quote and previous.speaker is None and cue_only.paragraph - previous.paragraph <= 1
                    and previous.resolved_by == "continuation" and own_source.signs_adjacent(doc, previous, cue_only.sentence)):
                out[j] = evolve(
                    previous, speaker=cue_only.speaker, cue=cue_only.cue, resolved_by="speaker",
                    sentence=cue_only.sentence if cue_only.paragraph == previous.paragraph else previous.sentence,
                )
                break
            if previous.is_quote:
                break
    return tuple(c for c in out if c.text_parts)
