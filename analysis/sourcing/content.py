"""Stage 3, content: the body spans of what a speaker is reported to have said.

For a quotation, the quoted words without the trailing comma (and, in a partial quote, the
sentence's own period that American style puts inside the marks). For reported speech, the
paraphrase after the cue, past "that", a colon and leading adjuncts ("said Tuesday that", "said
in a statement that"); for an inverted cue or a trailing "the company said", the words before
it; for a mid-sentence "he said", the words on both sides; for "according to X", the sentence
less X (and less a relative clause with its own cue). A quotation after the cue is content of
the quote, not of the paraphrase. Word counts of a partial quote count the quoted words only,
not the reporter's paraphrase around them.
"""

from __future__ import annotations

import re

from analysis.article import QuoteSpan, Sentence
from analysis.sourcing.context import MAX_CONTENT, Document
from analysis.sourcing.contrast_clauses import reporter_contrast_end
from analysis.sourcing.cues import Cue, Cues
from analysis.sourcing.lexicon import DAYS, QUOTE_MARKS
from analysis.sourcing.phrases import speaker_like
from analysis.sourcing.told_clause import clause_after_told, that_after_listener
from analysis.sourcing.whose_clause import whose_clause_end

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_LEADING_ADJUNCT = re.compile(
    rf"\s*,?\s*(?:(?:on|late on|early on|last|this|next)\s+)?(?:{DAYS})(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\s*,?\s*(?:in|on|at|during|by)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:statement|interview|speech|post|tweet|letter|briefing|filing|filings|ruling|conference|call|email|e-mail|"
    r"message|hearing|meeting|address|appearance|broadcast|video|note|report|book|memoir|autobiography|column|op-ed|essay|"
    r"opinion|decision|order|brief|complaint|lawsuit|petition|motion|affidavit|testimony|remarks|release|announcement)\b"
    r"|\s*,?\s*in\s+court\s+(?:filings|papers|documents)\b|\s*,?\s*at\s+the\s+time\b"  # "wrote in his opinion at the time that"
    rf"|\s*,?\s*in\s+(?:{_MONTHS}|\d{{4}})\b|\s*,?\s*(?:last|this|next)\s+(?:week|month|year|weekend)\b"
    r"|\s*,?\s*(?:yesterday|today|earlier|later|previously|repeatedly|also)\b"
    r"|\s*,?\s*told\s+(?:reporters|journalists|the\s+press|AFP|AP|Reuters|the\s+BBC|CNN)\b"
)
# Where the telling happened, between the addressee and "that": "told voters in Des Moines that".
_PLACE = re.compile(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3}(?=\s+that\b)")
# A participle phrase opening the sentence before its subject is no content: "Addressing the
# topic on Monday, the White House urged ..." (but "In the end the mill will close, the company
# said." is).
# (or a prepositional phrase of time, place or means: "In a statement, the senator dismissed ...")
_OPENING_PHRASE = re.compile(r"(?:[A-Z][a-z]+ing|Asked|(?:In|On|At|During|After|Before|Since|Amid|Through)\s)")
_GERUND_TAIL = re.compile(r",\s*[a-z]+ing\b")
# The same participle after a day or a short adjunct of the report (trial 18 F6): "…, the agency's
# chief told Reuters on Thursday, blasting states …", "…, she said in Paris on Monday, adding …": the
# adjunct tells when or where the words were said and the participle is a second predicate; what
# was said is the clause before the speaker.
_ADJUNCT_THEN_GERUND = re.compile(r"(?:on|in|at|late|early|last|this|during|earlier|later)\s[^,;:“”\"]{1,40},\s*[a-z]+ing\b")
# Who was told: "told reporters", "told The Huffington Post on Monday", "told him".
_ADDRESSEE = re.compile(
    r"\s*(?:me|us|him|her|them|you|the\s+(?:press|media|crowd|audience|committee|court|jury)"
    r"|(?:(?:its|his|her|their|the)\s+)?(?:[a-z]+\s+)?(?:[a-z]+s|staff)(?=\s+(?:in|on|at|during|that|last|this|earlier|[.,]))"
    r"|(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&’'-]*){0,5})\b"
)
# The title of a show or a book in quotation marks, which news style uses for titles: "on ABC’s
# “This Week”", "in his book, ''An American Son''" (title case, at most eight words).
_TITLE = (r"(?:[“\"]|'')[A-Z][\w’'-]*(?:\s+(?:[A-Z0-9][\w’':-]*|a|an|the|of|and|or|to|in|on|at|for|with|by|from|as|is)){0,7}"
          r"[.!?,]?(?:[”\"]|'')")
# After the verb, only circumstances of the telling ("…,” the mayor said to applause.", "…,
# analysts told me on Friday.", "…, she said at a conference Monday."): the content came before.
_CIRCUMSTANCE_ONLY = re.compile(
    r"\s*(?:[a-z-]+ly\s+)?(?:(?:to|at|in|on|during|after|before|from|with|by|outside|inside|over|via|while|as|when|last|this|"
    r"earlier|later|recently|again|me|us|him|her|them|reporters|journalists)\b[^,;:“”\"]{0,80}|[A-Z][^,;:“”\"]{0,60})?"
    rf"(?:,?\s*{_TITLE})?[.!?]?\s*$"
)
# A second predicate of the subject after a naming: "called him a liar and left", "..., and urged".
_NEXT_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:then\s+)?(?:[a-z]{3,}ed|[a-z]{3,}ing|left|went|took|made|gave|said|told)\b")
# Where a clause with a subject of its own starts: "…, and three-quarters said", "…; the union
# said", "…, while Republicans say", "…, but the mayor said", "…, after 55 percent said so".
_CLAUSE_BOUNDARY = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|after|before|when|since|although|though)|;(?:\s+(?:and|but|while))?"
    r"|\s+(?:while|whereas))\s+"
)
# "as", "while", "amid": "“…!” the senator said as she opened the meeting." names the moment.
# After a quotation and its speaker, a clause of the moment however long: "…,” she said quietly
# as confetti fluttered down around her amid the sound of popping balloons."
_MOMENT = re.compile(r"(?:[a-z-]+ly\s+)?(?:as|while|amid|before|after)\s+[^“”\"]*$")
_CIRCUMSTANCE_OPENERS = frozenset({"to", "at", "in", "on", "during", "after", "before", "from", "with", "by", "via", "over",
                                   "outside", "inside", "earlier", "later", "recently", "again", "as", "while", "amid"})
_WHO_BEFORE = re.compile(r",?\s*who\s+(?:[\w’'-]+\s+){0,2}$")
_COMMA_BEFORE = re.compile(r",\s*(?:(?:also|then|later|now)\s+)?$")
_PROMISES = frozenset({"promise", "vow", "pledge"})
_OBJECT_RELATIVE = re.compile(r"\b(?:which|whom)\s+$")
_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
# A clause of time right after the verb, no "that" after it: "as Lind, gasping on the sidewalk, said
# before he died." (the words were in the quotation before).
_TIME_CLAUSE = re.compile(r"(?:before|until|since|after)\s+(?:he|she|they|we|I)\s+(?:[a-z]+\s+){0,3}?[a-z]+[.!]?\s*$")
_CONTINUED_MARK = re.compile(r"\s*\n\s*\n\s*[“\"«„]?")


def trim(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the spaces and punctuation at either end."""
    a, b = span
    while a < b and (body[a].isspace() or body[a] in ",;:—–"):
        a += 1
    while b > a and (body[b - 1].isspace() or body[b - 1] in ",;:.—–!?"):
        b -= 1
    return a, b


def trim_quote_end(body: str, quote: QuoteSpan, partial: bool = False) -> int:
    """End of the quoted words without the trailing comma (and, in a partial quote, the
    sentence's own period that American style puts inside the marks)."""
    end = quote.end
    trailing = ",;: ." if partial else ",;: "
    while end > quote.start and body[end - 1] in trailing:
        end -= 1
    return end


def clean_text(text: str) -> str:
    """Join the paragraphs of a quotation running over several, dropping the re-opening marks."""
    return _CONTINUED_MARK.sub(" ", text) if "\n" in text else text


# (compiled here once: a pattern written inline is compiled again whenever the ``re`` module's cache of 512
# patterns has let it go, which the per-name patterns of the other stages make happen in every long run)
_THAT_OR_MARK = re.compile(r"\s*(?:that\b|,|:)?\s*")
_THAT = re.compile(r"\s*that\b")
_OPTIONAL_THAT = re.compile(r"\s*(?:that\b)?")
_NON_SPACE_RUN = re.compile(r"[^\s]+")
_WHO_OPENS = re.compile(r"\s*,?\s*who\b")


def paraphrase(doc: Document, cues: Cues, cue: Cue, speaker: tuple[int, int], sentence: Sentence) -> list[tuple[int, int]]:
    """Body spans of what ``speaker`` is reported to have said (quotes left out)."""
    body = doc.body
    if cue.according:
        left = (max(sentence.start, cue.start - MAX_CONTENT), cue.start)
        acronym = _ACRONYM.match(body, speaker[1], sentence.end)  # "According to the Institute (INGC), 38 people …"
        right_start = acronym.end() if acronym is not None else speaker[1]
        right = (right_start, min(sentence.end, right_start + MAX_CONTENT))
        # Drop a relative clause that carries its own cue ("..., who said ...").
        parts = [p for p in (left, right) if body[p[0] : p[1]].strip(" ,.;") and not _has_own_cue(doc, cues, p, sentence)]
        return [trim(body, p) for p in parts if trim(body, p)[1] > trim(body, p)[0]]
    if speaker[0] > cue.start:  # inverted: content before the cue
        before = (max(sentence.start, cue.start - MAX_CONTENT), cue.start)
        return [trim(body, before)] if body[before[0] : before[1]].strip(" ,") else []
    after_start = cue.end
    while True:  # "said Tuesday that", "said in a statement that", "admitted in March that"
        m = _LEADING_ADJUNCT.match(body, after_start, sentence.end)
        if not m or m.end() == after_start:
            break
        after_start = m.end()
    end = min(sentence.end, after_start + MAX_CONTENT)
    after_text = body[after_start:end]
    before = body[max(sentence.start, speaker[0] - MAX_CONTENT) : speaker[0]].rstrip()
    rest = after_text.strip()
    if cue.lemma == "tell" and (addressee := _ADDRESSEE.match(rest)) is not None:
        rest = rest[addressee.end() :].strip()  # "…, the company told employees in a memo on Tuesday."
    quote_first = not before.strip() and _after_quotation(body, sentence.start)
    if (quote_first or before.endswith((",”", ',"', ",''"))) and (_circumstance(rest) or _manner(doc, rest) or _MOMENT.match(rest)):
        # "“It is wrong!” Mr. Trump wrote on Twitter.", "“Why?” he asked, repeating …": a sentence
        # of its own after "!”" or "?”", whose verb only names the speaker of the quotation before it;
        # so does "“…,” Bill East, wearing a “Vote Doe” pin, said quietly as rain fell." (the pin's
        # quotation marks hide the verb from the first quotation).
        return []
    # ... unless nothing follows the verb: "Seeing his brother drink kept him sober, he said."
    opening_adjunct = before.count(",") == 1 and _OPENING_PHRASE.match(before) is not None and (
        rest not in ("", ".", "!", "?") or before.startswith("Asked")
    )
    if before.endswith(",") and len(before.split()) >= 3 and not opening_adjunct and (
        rest in ("", ".", "!", "?") or _GERUND_TAIL.match(rest) or _ADJUNCT_THEN_GERUND.match(rest) or (
            " that " not in f" {rest} " and not _promise_made(cue, rest) and _CIRCUMSTANCE_ONLY.match(rest)
        ) or (after_start > cue.end and _RELATIVE_TAIL.match(rest))  # "..., auditors said on Tuesday, in a report that drew ..."
    ):
        # "Carver Steel will close its mill, the company said on Wednesday, blaming costs."
        return [trim(body, (max(sentence.start, speaker[0] - MAX_CONTENT), speaker[0]))]
    if rest.startswith(",") and before.strip(" ,"):
        # Mid-sentence "he said": the content is around the parenthetical.
        left = trim(body, (max(sentence.start, speaker[0] - MAX_CONTENT), speaker[0]))
        right = trim(body, (after_start, end))
        return [p for p in (left, right) if p[1] > p[0]]
    if cue.lemma == "tell":
        told_at = after_start
        after_start, after_text = _past_addressee(body, after_start, end, after_text)
        if after_start == told_at and (clause := clause_after_told(body, after_start, end)) is not None:
            after_start, after_text = clause, body[clause:end]  # "told reporters she would ask ..." (told_clause.py)
    m = _THAT_OR_MARK.match(after_text)
    start = after_start + (m.end() if m else 0)
    if start < end and body[start] in QUOTE_MARKS:
        return []
    if _TIME_CLAUSE.match(body, start, end):
        return []  # "…, said before he died.": when the words were said, not what
    end = _coordinated_cue_end(doc, cues, sentence, start, end)
    end = _new_subject_end(body, start, end)
    end = _other_speaker_end(doc, cues, sentence, start, end)
    end = reporter_contrast_end(body, start, end)  # "… but his government is also being accused of …"
    if _WHO_BEFORE.match(body, speaker[1], cue.start):
        # "Barkley, who said he votes democratic, said …": the relative clause's report ends at
        # the comma before the main verb, which is a report of its own.
        main = next((c for c in cues.of(sentence) if start < c.start < end and not c.gerund and not c.according
                     and _COMMA_BEFORE.search(body, max(start, c.start - 12), c.start)), None)
        if main is not None:
            end = body.rfind(",", start, main.start)
    end = whose_clause_end(body, cues, sentence, speaker[0], start, end)  # "Acme, whose spokesman said …, rejected" (whose_clause.py)
    if cue.lemma == "call" and (verb := _NEXT_PREDICATE.search(body, start, end)) is not None:
        end = verb.start()  # "called him a liar and left the room": the naming ends at the next verb
    if _OBJECT_RELATIVE.search(body, max(sentence.start, speaker[0] - 8), speaker[0]):
        # "…, which officials said will start in May, will not apply …": the relative clause ends
        # at its comma; what follows is the reporter's sentence again.
        comma = body.find(",", start, end)
        end = comma if comma != -1 else end
    span = trim(body, (start, end))
    return [span] if span[1] > span[0] else []


# After a "said in a report" adjunct, a relative clause on its noun, not the "that" of what was said:
# "that"/"which" right before a finite verb with no subject ("in a report that drew bipartisan
# criticism"; trial 20 F10). "said in a statement that officials would ..." has a subject after "that".
_RELATIVE_TAIL = re.compile(
    r"(?:that|which)\s+(?:was|were|is|has|had|will|would|drew|made|took|gave|found|came|went|left|won|lost|sought|brought|"
    r"held|kept|got|put|[a-z]{3,}ed)\b"
)


# A content that is a verb's prepositional object, not a clause ("confessed to the crime", "spoke
# about the plan", "apologised for the delay") ...
# (not an infinitive, "vowed to cut taxes, and ...": the promise's clause is left as it was)
_PREPOSITION_FIRST = re.compile(
    r"(?:to\s+(?:the|a|an|his|her|their|its|this|that|these|those|[a-z]+ing|[A-Z][\w’'-]*)|about|of|for|on|over|with)\s"
)
# ... ends where a coordinated clause with a subject and a verb of its own starts: "and the jury took
# just 15 minutes", "but police found" (not "to shoplifting and the theft of a car": no verb).
_NEW_SUBJECT_CLAUSE = re.compile(
    r",?\s+(?:and|but|so)\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|police|officers|he|she|they|it|we)\s+)"
    r"(?:[\w’'-]+\s+){0,3}?(?:[a-z]{2,}ed|took|was|were|is|are|had|has|found|gave|made|went|came|began|left|got|saw|ran|did|"
    r"said|told|says|will|would|could|can)\b"
)


def _new_subject_end(body: str, start: int, end: int) -> int:
    """Where a paraphrase that is a prepositional object stops before a coordinated clause with a
    new subject ("Webb confessed to the crime and the jury took just 15 minutes to find him
    guilty": the content is "to the crime"). A clause after "said" ("said the plan was fair and the
    budget was balanced") is reported speech throughout and is left alone."""
    if _PREPOSITION_FIRST.match(body, start, end) is None:
        return end
    m = _NEW_SUBJECT_CLAUSE.search(body, start, end)
    return m.start() if m is not None else end


def _other_speaker_end(doc: Document, cues: Cues, sentence: Sentence, start: int, end: int) -> int:
    """Where a paraphrase stops before a second clause with a speaker and a verb of its own ("…
    Clinton is honest, and three-quarters said the same of Sanders", "…; the union said …",
    "…, while Republicans say …"): that clause is a second report (the guideline: two cues, two
    sources, two attributions)."""
    body = doc.body
    for following in cues.of(sentence):
        if not start < following.start < end or following.gerund or following.according:
            continue
        boundary = None
        for m in _CLAUSE_BOUNDARY.finditer(body, max(start, following.start - 90), following.start):
            boundary = m
        if boundary is None or boundary.start() <= start:
            continue
        subject = (boundary.end(), following.start)
        text = body[subject[0] : subject[1]].rstrip()
        subject = (subject[0], subject[0] + len(text))
        if 0 < len(text.split()) <= 8 and not any(ch in text for ch in ",;:“”\"") and speaker_like(doc, subject):
            return boundary.start()
    return end


def _after_quotation(body: str, start: int) -> bool:
    """Whether the text before ``start`` ends with a closing quotation mark ("…!”", "…?''")."""
    before = body[max(0, start - 4) : start].rstrip()
    return before.endswith(("”", "''", '"', "»"))


def _manner(doc: Document, rest: str) -> bool:
    """A participle after the verb that is no verb of speech: ", clutching the lectern"."""
    m = _GERUND_TAIL.match(rest)
    return m is not None and m.group(0).lstrip(", ").lower() not in doc.lex.verbs


def _circumstance(rest: str) -> bool:
    """A short remainder that only says where, when or how: "on Twitter", "in a statement on Monday"."""
    tokens = rest.lower().split()
    if tokens and tokens[0].endswith("ly") and len(tokens) > 1:
        tokens = tokens[1:]  # "quietly as rain fell", "matter-of-factly to the crowd"
    first = tokens[0] if tokens else ""
    return len(tokens) <= 6 and first in _CIRCUMSTANCE_OPENERS and _CIRCUMSTANCE_ONLY.match(rest) is not None


def _promise_made(cue: Cue, rest: str) -> bool:
    """"promised to cut taxes": after a verb of promising, "to" opens the content, not a
    circumstance; after "called", the object ("him a master at deals") is the naming itself."""
    return (cue.lemma in _PROMISES and rest.startswith("to ")) or cue.lemma == "call"


def _coordinated_cue_end(doc: Document, cues: Cues, sentence: Sentence, start: int, end: int) -> int:
    """Where a paraphrase stops before a second verb of speech of the same subject ("She said the
    plan was fair and said that ..."): the second verb opens a report of its own."""
    following = [c for c in cues.of(sentence) if start < c.start < end]
    if following and not following[0].gerund and not following[0].according:
        # Only the next cue: with another between ("... without warning and called for"), the
        # second verb may not find its subject, and its words would be lost.
        link = _AND_BEFORE.search(doc.body, max(start, following[0].start - 16), following[0].start)
        if link is not None:
            return link.start()
    return end


# Any short noun phrase told, right before "that": "tells the paper that", "told a local radio
# station that" (the listed addressees above may also stand before "to" or a time).
_DETERMINED_ADDRESSEE = re.compile(r"\s*(?:the|a|an|his|her|their|its|our)\s+(?:[\w’'-]+\s+){1,4}?(?=that\b)")


# The groups news says a speaker told, written bare before the clause with no "that": "told reporters
# she would ask for a new vote" (trial 16 F19: the addressee was read as the start of what was said).
_TOLD_GROUPS = frozenset({"reporters", "journalists", "lawmakers", "legislators", "supporters", "voters", "investors",
                          "employees", "staff", "students", "listeners", "viewers", "delegates", "members", "senators",
                          "donors", "residents", "parents", "workers", "followers", "colleagues", "analysts"})


def _past_addressee(body: str, start: int, end: int, text: str) -> tuple[int, str]:
    """Past who was told, when a "that" clause follows it ("told reporters on Monday that ..."):
    the content starts after "that"; otherwise ("told Russia and Syria to respect ...") unchanged."""
    addressee = _ADDRESSEE.match(body, start, end)
    if addressee is None or addressee.end() == start:
        addressee = _DETERMINED_ADDRESSEE.match(body, start, end)  # "tells the paper that ..."
    if addressee is None or addressee.end() == start:
        told = body[start:end].split(maxsplit=1)
        clause = _clause_after_addressee(body, start, end) if told and told[0].lower() in _TOLD_GROUPS else None
        if clause is None:
            clause = that_after_listener(body, start, end)  # "told one of the country's leading newspapers, X, that" (trial 20)
        return (clause, body[clause:end]) if clause is not None else (start, text)  # "told reporters she would …"
    position = addressee.end()
    while (m := _LEADING_ADJUNCT.match(body, position, end) or _PLACE.match(body, position, end)) and m.end() > position:
        position = m.end()
    if _THAT.match(body[position:end]):
        return position, body[position:end]
    first = body[start:end].split(maxsplit=1)[0] if body[start:end].strip() else ""
    if first.lower() in ("me", "us", "him", "her", "them", "you") or first[:1].isupper():
        clause = _clause_after_addressee(body, start, end)  # "told Reuters the claims are false"
        if clause is not None:
            return clause, body[clause:end]
    return start, text


def participle_content_start(body: str, cue: Cue, end: int) -> int:
    """Where a participle's report starts: past "that", and for "telling" past who was told
    ("telling the audience that the intent is …": the audience heard it, did not say it)."""
    start = cue.end
    if cue.lemma == "tell":
        start, _ = _past_addressee(body, start, end, body[start:end])
    return start + len(_OPTIONAL_THAT.match(body[start:end]).group(0))


# A body's short name in brackets after its full name: "(INGC)", "(Ocha)". It belongs to the name.
_ACRONYM = re.compile(r"\s*\([A-Za-z&.-]{2,12}\)")
# A clause with its own subject and a finite verb: "the claims are false", "Trump is lying", "he
# would resign" (as cues._BARE_CLAUSE reads one after a verb of saying).
_CLAUSE_AFTER_ADDRESSEE = re.compile(
    r"\s*(?:he|she|they|it|we|I|you|there|(?:the|a|an|his|her|their|its|this|these|those|[A-Z][\w.’'-]*)\b[^,;:.“”\"]{0,60}?)"
    r"\s(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had|did|does|[a-z]{2,}ed)\b"
)  # (a past tense too: "told Reuters the plan worried neighbouring states", trial 16 F19)
_NAME_CLAUSE = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had)\b"
)
_SUBJECT_OPENERS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her", "their",
                              "its", "this", "these", "those"})


def _clause_after_addressee(body: str, start: int, end: int) -> int | None:
    """Where the reported clause starts after a short addressee with no "that" ("told Reuters the
    claims are false", "told Polygraph.info the Russian Defense Ministry’s allegations are false",
    "told him he would resign"): the first word after the addressee's first word that opens a
    clause with a finite verb, a lower-case subject word first (so "told Fox News Sunday the plan
    is dead" starts at "the"); None when no such clause follows."""
    words = list(_NON_SPACE_RUN.finditer(body[start : min(end, start + 120)]))[1:7]
    for lower_first in (True, False):
        for w in words:
            token = w.group(0)
            if (token.lower() in _SUBJECT_OPENERS) != lower_first or (not lower_first and not token[:1].isupper()):
                continue
            at = start + w.start()
            # (a capitalised subject is a name and its verb: "told Reuters Trump is lying", not
            # "told Breitbart News Daily host Alex Marlow … how surprised he is")
            if (_CLAUSE_AFTER_ADDRESSEE if lower_first else _NAME_CLAUSE).match(body, at, end):
                return at
    return None


def _has_own_cue(doc: Document, cues: Cues, span: tuple[int, int], sentence: Sentence) -> bool:
    text = doc.body[span[0] : span[1]].lower()
    return bool(_WHO_OPENS.match(text)) and any(
        span[0] <= c.start < span[1] for c in cues.of(sentence) if not c.according
    )
