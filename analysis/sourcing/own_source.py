"""A quotation with no reporting verb before or after it whose own sentence still says whose words
they are, read before the running-quote rule gives it to the previous speaker (round 10 trial).

* Chants, shouts, cries and signs: "a series of chants of “Keep it in the ground” and “Shame on
  you”", "signs reading “…”": the crowd's words, never the last speaker's (:func:`crowd_words`).
* A relative clause whose subject names, views or calls something by the quoted words: "privacy,
  which Apple views as “a fundamental human right”", "a plan that the mayor described as “…”"
  (:func:`relative_speaker`).
* A written text opening the sentence as the subject of its verb: "The governor's directive orders
  the agency to consider whether the process “should be revised …”" (:func:`document_subject`).
* A signature later in the quotation's closing sentence: "“… Bigger than the little deal”
  announced in October, said Derek Ames, a scholar ..." (:func:`later_signature`).
* A cue-only sentence ("So said Jane Doe.", "…,” he said.") signs only the quotation right before
  it, never one several sentences back (:func:`signs_adjacent`).
"""

from __future__ import annotations

import re

from analysis.article import QuoteSpan, Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue, CueMarks, Cues
from analysis.sourcing.lexicon import words
from analysis.sourcing.phrases import speaker_like

# The noun of a crowd's voice right before the quotation: "chants of", "a shout of", "cries of",
# "signs reading", "banners that read".
_CROWD_NOUN = re.compile(
    r"\b(?:chants?|chanting|shouts?|cries|cry|yells?|screams?|jeers?|boos|slogans?|signs?|banners?|placards?|posters?)"
    r"\s+(?:of|reading|that\s+read|which\s+read|saying|like)\s*$",
    re.IGNORECASE,
)
# What may stand between two quotations of one chant: "“Keep it in the ground” and “Shame on you”".
_CROWD_LAST_LETTERS = frozenset("fgdeFGDE")  # (no other character matches these under IGNORECASE)
_JOINER = re.compile(r"\s*(?:,|and|or|then|and\s+then)?\s*$")
# A relative clause naming what is quoted: "which Apple views as", "that the mayor described as",
# "what critics call". The subject is at most five words, names or lower-case words, no comma.
_VIEW_VERBS = (r"(?:views?|viewed|sees?|saw|regards?|regarded|considers?|considered|describes?|described|calls?|called|"
               r"labels?|labeled|labelled|terms?|termed|dubs?|dubbed|brands?|branded|characteri[sz]es?|characteri[sz]ed|"
               r"deems?|deemed|refers?\s+to|referred\s+to|touts?|touted|bills?|billed|hails?|hailed)")
_RELATIVE_VIEW = re.compile(
    r"\b(?:which|that|what|whom)\s+(?P<subject>(?:[A-Za-z][\w.’'&-]*\s+){0,4}?[A-Za-z][\w.’'&-]*)\s+"
    r"(?:(?:has|have|had|long|often|now|also|once)\s+)?" + _VIEW_VERBS + r"\s+(?:(?:it|them|this|that)\s+)?(?:as\s+)?$"
)
_NOT_SUBJECTS = frozenset({"it", "is", "was", "are", "were", "has", "have", "be", "been", "not", "also"})
# A written text opening its sentence as subject: "The directive orders", "Trump's memo instructs".
_DOCUMENT_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|Still),?\s+)?(?:[Tt]he|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?P<head>[a-z-]+)\s+(?:also\s+)?[a-z]+(?:s|ed)\b"
)
_SIGNATURE_GAP = re.compile(r"[^“”\"«»;:.!?]{0,60},\s*$")


def crowd_words(body: str, quote: QuoteSpan, sentence: Sentence) -> tuple[int, int] | None:
    """Where the noun of a crowd's voice stands when the quotation is what a crowd chanted, shouted
    or wrote on signs (the noun before it, or before the quotation it is joined to by "and"), else None."""
    end = quote.mark_start
    for _ in range(4):
        start = max(sentence.start, end - 80)
        lead = body[start:end]
        # The pattern ends in "of", "read(ing)", "saying" or "like" and spaces: a lead whose last
        # letter is none of theirs cannot match (most leads), so it is not searched.
        noun = _CROWD_NOUN.search(lead) if lead.rstrip()[-1:] in _CROWD_LAST_LETTERS else None
        if noun is not None:
            return start + noun.start(), start + noun.end()
        close = max(lead.rfind("”"), lead.rfind('"'))
        if close == -1 or _JOINER.fullmatch(lead[close + 1 :]) is None:
            return None
        close_at = end - len(lead) + close
        end = max(body.rfind("“", sentence.start, close_at), body.rfind('"', sentence.start, close_at))
        if end == -1:
            return None
    return None


def relative_speaker(doc: Document, quote: QuoteSpan, sentence: Sentence) -> tuple[int, int] | None:
    """The subject of a relative clause that views or calls something by the quoted words
    ("which Apple views as “…”"), when it can be a speaker; else None."""
    body = doc.body
    m = _RELATIVE_VIEW.search(body, max(sentence.start, quote.mark_start - 90), quote.mark_start)
    if m is None:
        return None
    tokens = words(m.group("subject"))
    if not tokens or tokens[0] in _NOT_SUBJECTS or tokens[-1] in _NOT_SUBJECTS:
        return None
    span = (m.start("subject"), m.end("subject"))
    return span if speaker_like(doc, span) else None


_CONNECTIVE_LEAD = re.compile(r"(?:But|And|Yet|Still),?\s+")


def document_subject(doc: Document, quote: QuoteSpan, sentence: Sentence) -> tuple[int, int] | None:
    """A written text (``speakers.toml`` document heads) opening the quotation's sentence as the
    subject of its verb ("The directive orders the agency to ... “…”"): its span, else None."""
    body = doc.body
    m = _DOCUMENT_SUBJECT.match(body, sentence.start, quote.mark_start)
    if m is None or m.group("head") not in doc.lex.document_nouns:
        return None
    start = sentence.start
    lead = _CONNECTIVE_LEAD.match(body[start : m.end("head")])
    span = (start + (lead.end() if lead else 0), m.end("head"))
    return span if speaker_like(doc, span) else None


def later_signature(
    doc: Document, cues: Cues, marks: CueMarks, quote: QuoteSpan, sentence: Sentence, speaker_for
) -> tuple[tuple[int, int], Cue] | None:
    """An inverted signature after a comma later in the quotation's closing sentence, with only a
    short phrase of the reporter's between ("“…” announced in October, said Derek Ames, a scholar"):
    (speaker, cue), else None. ``speaker_for`` is :func:`analysis.sourcing.speakers.speaker_for`."""
    body = doc.body
    for cue in cues.of(sentence):
        if cue.gerund or cue.according or cue.start < quote.mark_end or cue in marks.used:
            continue
        gap = body[quote.mark_end : cue.start]
        if len(gap) > 80 or any(mark in gap for mark in "“”\"«»;:.!?"):
            return None
        if _SIGNATURE_GAP.fullmatch(gap) is None:
            continue  # "announced in October": the reporter's words, the signature comes after the comma
        speaker, _ = speaker_for(doc, cues, marks, cue, (cue.start, sentence.end), sentence)
        if speaker is None or speaker[0] < cue.end:
            return None
        marks.used.add(cue)
        return speaker, cue
    return None


def signs_adjacent(doc: Document, quote, signature: Sentence) -> bool:
    """Whether a cue-only sentence stands right after the quotation candidate ``quote`` (the same
    sentence or the next one): "“…” So said Jane Doe." signs it; a "he said" ten sentences on does not."""
    if not quote.text_parts:
        return True
    return signature.index - doc.sentence_at(max(0, quote.text_parts[-1][1] - 1)).index <= 1


# A quotation closed right before its signature: ",” he told", ",” the president said", "?” asked Lee".
_CLOSED_BEFORE = re.compile(r"[,?!…]\s*(?:[”\"]|'')\s*$")
_OPENING_MARKS = "“”\""


def quote_before_signature(doc: Document, sentence: Sentence, speaker: tuple[int, int], cue: Cue) -> tuple[int, int] | None:
    """The words a report's signature closes when no quotation was found for them ("… see familiar
    faces,” he told the council during its meeting", "… economy,” the president said in a statement
    accompanying the order": the opening mark was lost): from the mark or sentence start before
    them to the closing mark. The words after the verb (whom he told, where he said it) are never
    what was said. None when no closing mark stands right before the signature."""
    body = doc.body
    left = min(speaker[0], cue.start)
    m = _CLOSED_BEFORE.search(body, sentence.start, left)
    if m is None:
        return None
    end = m.start() + (0 if body[m.start()] == "," else 1)
    opening = max(body.rfind(mark, sentence.start, m.start()) for mark in _OPENING_MARKS)
    start = opening + 1 if opening != -1 else sentence.start
    while start < end and (body[start].isspace() or body[start] in _OPENING_MARKS):
        start += 1
    if doc.in_quote(max(start, end - 1)):
        return None  # the quotation was found: its own candidate has it
    return (start, end) if len(body[start:end].split()) >= 2 else None


# A sentence opening with a plural group as the subject of a present-tense verb of saying or thinking:
# "Instead, environmental advocates worry …", "Critics say …", "Many economists fear …".
_GROUP_OPENING = re.compile(
    r"(?:(?:Instead|But|And|Meanwhile|Still|Yet|However|Now|So),?\s+)?(?!(?:If|When|While|Although|Though|Because|As|Since|Unless|After|Before|Once)\b)"
    r"(?P<group>(?:[A-Za-z][a-z-]*\s+){0,3}[a-z-]+[a-z]s)"
    r"\s+(?:also\s+|still\s+|now\s+|often\s+)?(?:worry|fear|say|argue|contend|believe|warn|think|insist|note|claim|expect|"
    r"hope|complain|predict|suggest|maintain|point\s+out|caution|counter|agree|disagree|doubt|question)\b"
)
_GROUP_SENTENCES = 2


def nearer_group(doc: Document, reg, position: int) -> tuple[int, int] | None:
    """A group subject ("environmental advocates worry ...; one step, they say, ...") in the
    pronoun's sentence or the two before, written after every group or institution source a "they"
    could take: the nearer referent, as news writes it; None when no such subject."""
    group = None  # (only a group with a verb of saying or thinking: "If states had …, they said" names no speaker)
    index = doc.sentence_at(position).index
    for sentence in reversed(doc.article.sentences[max(0, index - _GROUP_SENTENCES) : index + 1]):
        m = _GROUP_OPENING.match(sentence.text)
        if m is not None and sentence.start + m.end("group") < position and not m.group("group").endswith(("ss", "us")):
            span = (sentence.start + m.start("group"), sentence.start + m.end("group"))
            if speaker_like(doc, span):
                group = span
            break
    if group is None:
        return None
    latest = max((s.last for s in reg.sources if s.plural or s.speaker_type == "institution"), default=-1)
    return group if group[0] > latest else None


# A label of two or three words between an article and its noun: "A “phase one” trade deal",
# "the “zero tolerance” policy". The noun after is no participle ("a “cruel political stunt”
# designed to ..." quotes a speaker's words).
_LABEL_BEFORE = re.compile(r"\s*(?:A|An|The|Its|Their|His|Her)\s*")
_LABEL_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|of|in|on|for|that|which|who|where|when|while|if|with|over|by|through|"
                               r"about|as|from|at|into|than|after|before|is|was|are|were|has|had|will|would)\b)"
                               r"[a-z][a-z-]+\b(?<!ed)(?<!ing)(?<!ly)(?!\s*[,.;:!?])")


# A noun that names a word as a word, then the quoted word: "the word “We”", "the term “fake news”",
# "the brand name “Aqua”", "the letters “AG”". (Not "slogan", "phrase" or "the words": "his slogan
# “…”", "the phrase “…” he used" and "she added the words “Hillary Clinton”" quote someone's words.)
_MENTION_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:word|term|terms|name|brand|brand\s+name|trademark|"
    r"letter|letters|hashtag|label|nickname|moniker)\s*,?\s*$"
)


def label_in_noun_phrase(body: str, quote: QuoteSpan, sentence_start: int) -> bool:
    """Whether a quotation of two or three lower-case words stands between the article opening its
    sentence and its noun ("A “phase one” trade deal, …, could slip, experts say"): a scare-quoted
    label, not speech. ("the “terrible anxiety” some feel" inside a report quotes the speaker.)"""
    tokens = quote.text.strip().split()
    if 0 < len(tokens) <= 3 and _MENTION_BEFORE.search(body, max(sentence_start, quote.mark_start - 40), quote.mark_start):
        return True  # "the right to use the word “We”": a word mentioned, not anyone's speech (trial 13 F12)
    if not 2 <= len(tokens) <= 3 or any(not (t.islower() or t.isdigit()) for t in tokens):
        return False
    if quote.text.rstrip()[-1:] in ",.!?;:":
        return False
    if _LABEL_BEFORE.fullmatch(body, sentence_start, quote.mark_start) is None:
        return False  # only the label opening the sentence's subject, reported by a verb at its end
    return _LABEL_NOUN_AFTER.match(body, quote.mark_end) is not None


# A coordinated clause in which the same speaker did not say something: "VW says the car is a
# preview, but it didn't say when the wagon will go on sale." The reporter's words, not the report's.
_NEGATED_REPORT = re.compile(
    r",?\s+(?:but|and|though)\s+(?:it|he|she|they|the\s+company|the\s+agency)\s+(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|"
    r"would\s+not|wouldn[’']t|could\s+not|couldn[’']t|declined\s+to|refused\s+to)\s+(?:say|specify|disclose|elaborate|comment|give|"
    r"provide|reveal|explain|confirm|answer)\b"
)


_NEGATION_WORDS = ("not", "n’t", "n't", "declined", "refused")  # one of them is in every _NEGATED_REPORT
# The main clause's verb after a possessed noun of speech that is the sentence's subject: "Lee's vow
# to bring back coal, important in Ohio, has been buoyed by ...": the report ends before it.
_PREDICATE_AFTER = re.compile(r",\s+(?:has|have|had|is|are|was|were)\s+(?:been\s+|not\s+|also\s+)?[a-z]+(?:ed|en)\b")


def before_negated_report(body: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` cut before a coordinated clause that says what the speaker did not say, or before
    the predicate of the sentence whose subject the possessed noun of speech is."""
    out: list[tuple[int, int]] = []
    for a, b in parts:
        # (the search tries every space of a paraphrase: only when one of its negations is written there)
        m = _NEGATED_REPORT.search(body, a, b) if any(body.find(word, a, b) != -1 for word in _NEGATION_WORDS) else None
        if m is None and body[max(0, a - 40) : a].rstrip().split()[-1:] in (["vow"], ["promise"], ["pledge"], ["claim"]):
            m = _PREDICATE_AFTER.search(body, a, b)
        if m is not None:
            if m.start() > a:
                out.append((a, m.start()))
            break
        out.append((a, b))
    return out


# A possessed description then the person's name between commas, as the sentence's subject: "And
# Lee's pick to run the agency, Sam Pratt, has made it clear ..., declining to say ...".
_POSSESSED_THEN_NAME = re.compile(
    r"(?:(?:And|But|Yet|Meanwhile),?\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s\s+[^,;:“”\"]{1,80},\s+"
)


def named_in_apposition(doc: Document, sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
    """The person named in apposition to a possessed description opening the sentence ("Lee's pick
    to run the agency, Sam Pratt, has ..."): the subject a participle later in the sentence reports
    for, not the possessor; None otherwise."""
    body = doc.body
    m = _POSSESSED_THEN_NAME.match(body, sentence.start, cue.start)
    if m is None:
        return None
    person = next((p for p in doc.mentions_in(m.end(), cue.start) if p.kind == "person"), None)
    if person is None or person.start != m.end() or not body.startswith(",", person.end):
        return None
    return person.start, person.end


# The verb of a quotation's wire-style attribution the lexicon does not list ("“…,” beamed Don
# Hartley", "“Hands!” an officer ordered."): the first lower-case past form around the speaker.
_UNLISTED_VERB = re.compile(r"\b(?:[a-z]{3,}ed|went on|wrote|shot back|fired back)\b")
_E_STEMS = ("c", "g", "s", "v", "z", "at", "it", "ut", "ot", "il", "bl", "pl", "tl", "ur")


def unlisted_cue(body: str, zone: tuple[int, int], speaker: tuple[int, int]) -> Cue | None:
    """The cue of an unlisted reporting verb after a quotation, outside the speaker's span, with a
    rough lemma ("ordered" -> "order", "quipped" -> "quip", "smiled" -> "smile") and a neutral
    stance, so the attribution names its verb (trial 13 F17: the cue was empty)."""
    for m in _UNLISTED_VERB.finditer(body, zone[0], zone[1]):
        if speaker[0] <= m.start() < speaker[1]:
            continue
        gap = body[m.end() : speaker[0]] if m.end() <= speaker[0] else body[speaker[1] : m.start()]
        if gap.strip(" ,"):
            continue  # only the verb right before or right after the speaker (not a dash signature's "retired")
        text = m.group(0)
        lemma = text
        if text.endswith("ied"):
            lemma = text[:-3] + "y"
        elif text.endswith("ed") and " " not in text:
            lemma = text[:-2]
            if len(lemma) > 2 and lemma[-1] == lemma[-2] and lemma[-1] not in "lsz":
                lemma = lemma[:-1]  # "quipped"
            elif lemma.endswith(_E_STEMS) and not lemma.endswith(("ss", "ll")):
                lemma += "e"  # "announced", "smiled", "stated"
        return Cue(start=m.start(), verb_start=m.start(), end=m.end(), text=text, lemma=lemma, stance="neutral")
    return None


# A quotation holding only a title-case name: two or more capitalised words, "&" or short words between them.
_TITLE_WORDS = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|&|and|the|of|a|an|in|on|to|for|at))*\s+[A-Z][\w’'.-]*")


def titled_subject(body: str, quote: QuoteSpan, sentence: Sentence, cues_after: list[Cue]) -> bool:
    """Whether a quotation opening its sentence is a name in title case with no closing punctuation
    of its own, right before a verb (“Fox & Friends” criticized Gore for …): the programme, book or
    film the marks name is the verb's subject and the name after the verb its object, not an
    inverted speaker of a quotation (trial 16 F2 gave Gore a direct quote, the words “Fox &
    Friends”). A quotation closes with its own comma or stop before an inverted speaker (“We will
    win,” said Holt), and a sentence in title case is rare in news copy."""
    if not cues_after or body[sentence.start : quote.mark_start].strip() or body[quote.mark_end : cues_after[0].start].strip():
        return False
    return titled_words(body[quote.start : quote.end].strip())


def titled_words(text: str) -> bool:
    """Whether ``text`` is a name in title case: two or more capitalised words ("Fox & Friends", "Meet the Press")."""
    return _TITLE_WORDS.fullmatch(text) is not None


# A noun or verb of a state of mind, then the clause it governs, up to the quotation: "gave Gore hope
# that the president would", "expected the mayor to", "fears the board will".
_STATE_OF_MIND = re.compile(
    r"\b(?:hope[sd]?|hoping|expect(?:s|ed|ing|ations?)?|fear(?:s|ed|ing)?|wish(?:es|ed|ing)?|belie(?:f|fs|ve[sd]?|ving)|"
    r"worr(?:y|ies|ied|ying)|confiden(?:ce|t)|optimism|optimistic|trust(?:s|ed|ing)?)\s+(?:that\s+)?[^“”\".;:!?]{1,80}$",
    re.IGNORECASE,
)


def hoped_words(body: str, quote: QuoteSpan, sentence: Sentence) -> bool:
    """Whether a quoted fragment with no verb of speech stands in a clause of hope, fear, expectation
    or belief ("The meetings had given Gore hope that the president would “come to his senses”"): the
    words say what someone hoped another would do, so they are not the words of the person the clause
    is about, nor of a running speaker (trial 16 F15 credited them to the president)."""
    return _STATE_OF_MIND.search(body, sentence.start, quote.mark_start) is not None
