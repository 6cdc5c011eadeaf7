"""Stage 1, cues: the reporting verbs and "according to" phrases of every sentence.

A cue is a reporting verb from ``lexicons/speech_verbs.toml`` (with the auxiliaries written
before it: "has accused") or an "according to" phrase, outside quotation marks. A verb is no cue
when the word after it is in its ``not_before`` list, when it is passive ("was told") or a noun
("the claim", "to say", "so-called"), when it is negated ("did not say": no speech is reported),
when it is capitalised inside the sentence, or when it lacks the complement its entry ``needs``
(a quotation, or "that" / a comma / a colon / a quote mark). A cue ending in "-ing" is a
*gerund* cue ("..., saying ..."), which joins the attribution before it (stage 3).

New cue verbs go in the lexicon; a new kind of cue (a noun cue such as "in a statement", a
denial or a no-comment statement: "declined to comment" is no cue today, see ``_NEGATIONS``) is
one more rule in :func:`_sentence_cues`.

:class:`CueMarks` is the only state the candidate stage keeps between its steps: which cues a
candidate has taken, and the speaker found for each cue (a later "but said" in the same sentence
takes it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from types import MappingProxyType

from analysis.article import Sentence
from analysis.sourcing.according import measure_follows
from analysis.sourcing.context import Document
from analysis.sourcing.cue_guards import kept_cues
from analysis.sourcing.document_cues import document_report
from analysis.sourcing.frozen import frozen_record

_DAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your", "whose"})
_PROGRESSIVE = frozenset({"is", "are", "was", "were"})
# The perfect auxiliary before "been" in a perfect progressive ("has been saying", "I’ve been
# warning"): its own word, or contracted onto the subject ("I’ve", "they’ve", "he’s", "we’d").
_PERFECT = frozenset({"has", "have", "had"})
_PERFECT_CONTRACTIONS = tuple(a + e for a in "’'" for e in ("ve", "s", "d"))
# Words that count more than one thing: before a form ending in -s ("in three states", "several
# reports", "both claims") they make it a plural noun. Singular counters ("each says", "one notes")
# are left out: with them the -s form is a verb.
_PLURAL_COUNTERS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "dozens", "hundreds", "thousands", "several", "many", "few", "fewer", "both", "these", "those",
    "other", "various", "numerous", "multiple", "some", "all", "most", "such",
})
# A measure compound right before a form ending in -s ("10-year notes", "two-day talks") makes it a
# plural noun; an age used as a noun ("a 33-year-old says") does not.
_MEASURE_BEFORE = re.compile(
    r"(?<![\w-])(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)"
    r"-(?!old\b)[a-z]+ $"
)
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})
# Particles of a phrasal verb that may follow its pronoun object ("writing it off"); not "to" or
# "for", which after an object begin a request ("asked him to", "reported it to the police").
_PARTICLES = frozenset({"off", "out", "up", "down", "away", "back", "shut", "aside", "over", "through", "into"})
_CONTRACTED_BE = frozenset(p + a + e for p, e in (("he", "s"), ("she", "s"), ("they", "re"), ("we", "re"), ("i", "m"))
                           for a in "’'")
# A content clause without "that": a short subject, then an auxiliary or a modal ("suggested the
# United States should send ...", "promised her plan would be paid for ..."); "suggested a
# meeting" or "mentioned it at a rally" are no clause.
_BARE_CLAUSE = re.compile(
    r"\s*(?:he|she|they|it|we|I|you|there|(?:the|a|an|his|her|their|its|this|these|those|[A-Z][\w.’'-]*)\b[^,;:.“”\"]{0,50}?)"
    r"\s(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had|did|does)\b"
)
# "called him a liar", "calling the plan a gift to donors", "called her divisive.": naming
# someone is reporting what the speaker said of them, with or without quotation marks. The
# object is a pronoun, a short capitalised name or a short determiner phrase; then "a", "an" or
# "the" and a noun ("called it the nerd prom"), or (after a pronoun) one word closing the clause.
# Not the telephone ("called him back", "called her the next day", "called it quits", "called
# the police a second time", "call the company for a refund": a preposition ends the object).
_NAMING = re.compile(
    r"\s+(?:(?P<pronoun>him|her|them|it|himself|herself|themselves|itself|me|us)"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|(?:the|his|her|their|its|this|that)\s+[\w-]+"
    r"(?:\s+(?!(?:for|to|in|on|at|with|from|about|by|of|into|over|after|before)\b)[\w-]+)?)"
    r"\s+(?:(?:a|an|the)\s+(?!(?:day|cab|taxi|next|following|same|other|night|morning|second|third|few|couple|number|lot)\b)"
    r"[\w-]+|(?P<word>[a-z][a-z-]+)(?=\s*(?:[.,;]|\band\b|\bbut\b|$)))"
)
# "called a report suggesting donors were granted greater access “outrageous.”": a long object,
# then the quoted name closing the clause.
_NAMING_QUOTE = re.compile(
    r"(?:\s+[^\s,;:“”\"]+){1,20}\s+(?:[“\"]|'')[^“”\",;]{1,60}(?:[.,!?](?:[”\"]|'')|(?:[”\"]|'')\s*(?:[.,;]|$))"
)
_NOT_NAMING = frozenset({"back", "up", "out", "off", "quits", "home", "again", "later", "today", "yesterday", "tonight",
                         "now", "first", "ahead", "early", "collect", "often", "too", "directly", "personally"})
# A quotation closed just before the verb, its last word followed by a comma, stop or dash ("“We
# will fight on,” she continued", "… live in,’” Clinton concluded"): a word quoted mid-sentence ("“patched” the software as the
# company continued to ...") leads into no inverted report.
_QUOTE_BEFORE = re.compile(r"(?:[,.?!…—–-][’']?\s*(?:[”\"»]|'')|(?:[”\"»]|''),)\s+(?:[\w.’'-]+\s+){1,6}\S+$")


def _quote_before(text: str, lo: int, hi: int) -> bool:
    """``_QUOTE_BEFORE.search(text, lo, hi) is not None``. Every match holds a closing mark (” " »
    or ''), so the search, which tries each position of the span, runs only when ``str.find``
    sees one there."""
    if text.find("”", lo, hi) == -1 and text.find('"', lo, hi) == -1 and text.find("»", lo, hi) == -1 and text.find("''", lo, hi) == -1:
        return False
    return _QUOTE_BEFORE.search(text, lo, hi) is not None


_NEGATIONS = frozenset({"not", "never", "n't", "didn't", "doesn't", "won't", "wouldn't", "hasn't", "haven't",
                        "didn’t", "doesn’t", "won’t", "wouldn’t", "hasn’t", "haven’t", "refused", "declined"})


@frozen_record  # (a frozen dataclass built with one update of its instance dictionary: frozen.py)
class Cue:
    """One reporting cue: ``start`` of the cue as written (auxiliaries included), ``verb_start``
    of the verb itself, ``end``, ``text``, ``lemma`` and ``stance``; ``according`` for "according
    to", ``gerund`` for a participle ("saying")."""

    start: int
    verb_start: int
    end: int
    text: str
    lemma: str
    stance: str
    according: bool = False
    gerund: bool = False


@dataclass(frozen=True)
class Cues:
    """The cues of every sentence (by :attr:`Sentence.index`), in text order; they never overlap."""

    by_sentence: Mapping[int, tuple[Cue, ...]]
    starts: Mapping[int, tuple[int, ...]]
    has_verb: Mapping[int, bool]  # a sentence with a cue that is not a gerund

    def of(self, sentence: Sentence) -> tuple[Cue, ...]:
        return self.by_sentence[sentence.index]

    def has_verb_cue(self, sentence: Sentence) -> bool:
        return self.has_verb[sentence.index]

    def between(self, sentence: Sentence, zone: tuple[int, int]) -> list[Cue]:
        """The cues of ``sentence`` lying inside ``zone`` (found by bisection)."""
        cues = self.by_sentence[sentence.index]
        starts = self.starts[sentence.index]
        lo = bisect.bisect_left(starts, zone[0])
        hi = bisect.bisect_left(starts, zone[1])
        return [c for c in cues[lo:hi] if c.end <= zone[1]]

    def verb_before(self, sentence: Sentence, cue: Cue) -> Cue | None:
        """The nearest cue of ``sentence`` ending before ``cue`` that is not "according to"."""
        cues = self.by_sentence[sentence.index]
        k = bisect.bisect_left(self.starts[sentence.index], cue.start) - 1
        while k >= 0 and (cues[k].according or cues[k].end > cue.start):
            k -= 1  # the nearest earlier verb cue (cues are in text order and do not overlap)
        return cues[k] if k >= 0 else None


@dataclass
class CueMarks:
    """What the candidate stage has done with cues so far (order-dependent, so mutable)."""

    used: set[Cue] = field(default_factory=set)
    speakers: dict[Cue, tuple[int, int]] = field(default_factory=dict)


def find_cues(doc: Document) -> Cues:
    """The cues of every sentence of the article."""
    by_sentence: dict[int, tuple[Cue, ...]] = {}
    starts: dict[int, tuple[int, ...]] = {}
    has_verb: dict[int, bool] = {}
    cue_words = doc.lex.cue_words
    for sentence in doc.article.sentences:
        i = sentence.index
        # Most sentences hold no word a cue can start with: a set test of their words, not a call.
        found = () if cue_words.isdisjoint(doc.sentence_sets[i]) else tuple(kept_cues(doc.body, sentence, _sentence_cues(doc, sentence)))
        by_sentence[i] = found
        starts[i] = tuple(c.start for c in found) if found else ()
        has_verb[i] = any(not c.gerund for c in found) if found else False
    return Cues(by_sentence=MappingProxyType(by_sentence), starts=MappingProxyType(starts), has_verb=MappingProxyType(has_verb))


def _sentence_cues(doc: Document, sentence: Sentence) -> list[Cue]:
    lex = doc.lex
    body = doc.body
    found: list[Cue] = []
    # (find_cues calls this only for a sentence holding a word a cue can start with.) The words'
    # offsets and the words as written are read by index: no list of triples is built.
    i = sentence.index
    lowered, written = doc.sentence_lower[i], doc.sentence_words[i]
    starts, ends = doc.sentence_word_starts[i], doc.sentence_word_ends[i]
    n_words = len(lowered)
    # Only the words a cue can start with are visited (picked in C: a sentence has one or two).
    for k in compress(count(), map(lex.cue_words.__contains__, lowered)):
        ws, we, word = starts[k], ends[k], written[k]
        low = lowered[k]
        if doc.in_quote(ws):
            continue  # inside quotation marks
        according = lex.according_by_first.get(low)  # (most cue words start no "according to" phrase)
        phrase = next((p for p in according if tuple(lowered[k : k + len(p)]) == p), None) if according else None
        if phrase is not None and measure_follows(lowered, k + len(phrase)):
            continue  # "according to the amount of carbon they emit": in proportion to, no source (sourcing/according.py)
        if phrase is not None:
            end = ends[k + len(phrase) - 1]
            found.append(Cue(ws, ws, end, body[ws:end], "according to", "neutral", according=True))
            continue
        nxt = lowered[k + 1] if k + 1 < n_words else ""
        particle = lex.particle_verbs.get(low)
        verb = next((v for v in particle if v.particle == nxt or v.particle == two_words(lowered, k + 1)), None) if particle else None
        if verb is not None:  # "pointed out", "called for", "made it clear": the cue runs to the particle
            n = 1 + verb.particle.count(" ")
            we = ends[k + n]
            nxt = lowered[k + n + 1] if k + n + 1 < n_words else ""
        else:
            verb = lex.verbs.get(low)
        if verb is None or (word[:1].isupper() and k != 0 and not title_case(written)):
            continue  # but a live blog's headline entry is title case: "Rubio Says He Will Stay In"
        if nxt in _OBJECT_PRONOUNS and k + 2 < n_words and lowered[k + 2] in verb.not_before and lowered[k + 2] in _PARTICLES:
            continue  # "writing it off as a hoax", "slammed it shut": the particle after a pronoun object
        if (
            nxt in verb.not_before and not (k + 2 < n_words and lowered[k + 2] in _DAY_NAMES)
            and not _quote_before(body, max(sentence.start, we - 80), we)
        ):
            continue  # but "the agency reported on Tuesday" and "“But why?” the host asked him." are reports
        if nxt in ("nothing", "little") and k + 2 < n_words and lowered[k + 2] in _NO_CONTENT_AFTER:
            continue  # "had said little on housing", "said nothing about it": no words are reported
        # The word before counts only when nothing but space separates it from the verb: in
        # "“… we could get,” said Ana" or "“We will not,” said Ana" it ends the quotation.
        prev = lowered[k - 1] if k > 0 and not body[ends[k - 1] : ws].strip() else ""
        # "Trump is telling supporters that ...", "Clinton is calling for ...": a progressive is
        # a finite verb, neither a passive nor a participle joining another clause.
        progressive = (prev in _PROGRESSIVE or prev in _CONTRACTED_BE or _perfect_progressive(lowered, k, prev)) and low.endswith("ing")
        if (prev in lex.passive and not progressive) or prev in ("the", "to", "a", "an", "so-called") or body[ws - 1 : ws] == "-":
            continue
        if (
            low.endswith("s") and not low.endswith("ss") and (prev in _PLURAL_COUNTERS or (prev.isdigit() and prev != "1"))
            # but "a mother of two says the school ...": after "of", a count is the subject's, so the
            # -s form is a noun only when a verb or auxiliary follows ("governors of three states have said")
            and (k < 2 or lowered[k - 2] != "of" or nxt in lex.auxiliaries or nxt in lex.verbs)
        ):
            continue  # "people in three states have fallen ill", "two reports": a plural noun
        if low.endswith("s") and _MEASURE_BEFORE.search(body, max(sentence.start, ws - 24), ws):
            continue  # "Benchmark 10-year notes rose", "the two-page notes": a measure makes it a noun
        if _possessed_noun(low, prev, body[max(sentence.start, ws - 3) : ws], nxt):
            continue  # "Clinton’s call to …", "the ministry’s claim “is false”": the noun
        if prev in _NEGATIONS or (k > 1 and lowered[k - 2] in _NEGATIONS and prev in lex.auxiliaries):
            continue  # "The filing did not say where ...": no speech is reported
        what_it_calls = verb.needs == "naming" and k >= 2 and lowered[k - 2] == "what"  # "what he calls corruption"
        if verb.needs is not None and not what_it_calls and not _complement_follows(doc, verb.needs, we, sentence, nxt):
            continue
        start = ws
        j = k - 1
        if progressive and (prev in _PROGRESSIVE or prev == "been"):  # "He’s predicting": the subject is in the token
            start = starts[j]
            j -= 1
        # Only an auxiliary right before ("has said"), not one closing a quotation ("… like Jane will,” said").
        while (j >= 0 and lowered[j] in lex.auxiliaries and lowered[j] in ("has", "have", "had", "will", "would")
               and not body[ends[j] : start].strip()):
            start = starts[j]
            j -= 1
        start = _past_contraction(lowered, starts, ends, k, start) if progressive and prev == "been" else start
        found.append(Cue(start, ws, we, body[start:we], verb.lemma, verb.stance, gerund=low.endswith("ing") and not progressive))
    return found


def _perfect_progressive(lowered: tuple[str, ...] | list[str], k: int, prev: str) -> bool:
    """Whether the word ``k`` follows "been" after a perfect auxiliary ("has been saying", "they’ve
    been warning"): a finite report like "is saying". The cue takes in "been" and a separate "has";
    a contracted auxiliary stays with its subject ("I’ve"), which the speaker stage reads as "I"."""
    if prev != "been" or k < 2:
        return False
    before = lowered[k - 2]
    return before in _PERFECT or before.endswith(_PERFECT_CONTRACTIONS)


def _past_contraction(lowered: tuple[str, ...] | list[str], starts: tuple[int, ...] | list[int], ends: tuple[int, ...] | list[int],
                      k: int, start: int) -> int:
    """The cue's start for a perfect progressive whose auxiliary is contracted onto its subject:
    in "I’ve been saying" the cue takes "’ve been saying" and leaves "I" as the speaker (not
    "I’ve"); otherwise ``start`` as found ("has been saying", "he’s been arguing")."""
    before = lowered[k - 2]
    if start != starts[k - 1] or not before.endswith(("’ve", "'ve", "’d", "'d")):
        return start
    return ends[k - 2] - (3 if before.endswith("ve") else 2)


# What follows a possessed noun when the sentence judges or describes the claim rather than give its
# content: a copula or a verb ("Russia’s claims are false", "his statement drew fire"), or a quotation
# (next_word is "" before a quote mark or punctuation). "X’s claim that …", "… of …", "… about …" give it.
_JUDGED_BY = frozenset({"is", "are", "was", "were", "has", "have", "had", "remains", "remain", "seems", "seem", "appears",
                        "appear", "proved", "proves", "drew", "draws", "sparked", "prompted", "came", "comes", "rang",
                        "lacks", "lacked", "fell", "falls", "won", "got"})
# "It’s", "that’s", "here’s": a pronoun and "is", not a possessor.
_NOT_POSSESSORS = frozenset(w + a + "s" for w in ("it", "that", "there", "here", "what", "who", "where", "how", "he", "she")
                            for a in "’'")


def _possessed_noun(word: str, previous: str, just_before: str, next_word: str) -> bool:
    """Whether a cue word after a possessor is a noun: "the ministry’s claim “is patently false”",
    "Russia’s claims are false", "his call for calm", "the rebels’ reports". The possessor is no
    speaker there: the words after the noun judge or describe what it said (a rebuttal of the
    claim is the rebutter's speech). "X’s claim that ...", "her vow to ..." give the claim's
    content, so they stay reports of X; a past form or a participle after "’s" is "has"/"is"
    ("she’s claimed")."""
    if word.endswith(("ed", "ing")) or previous in _NOT_POSSESSORS:
        return False
    if word == "call":  # "Clinton’s call to …", "his call for"
        return previous in _POSSESSIVES or previous.endswith(("’s", "'s"))
    if word == "calls":  # "scientists' calls for the bloc to ...", "his calls for calm": the plural noun (trial 14 F14)
        return previous in _POSSESSIVES or previous.endswith(("’s", "'s")) or just_before.rstrip().endswith(("s’", "s'"))
    possessor = previous in _POSSESSIVES or previous.endswith(("’s", "'s")) or just_before.rstrip().endswith(("s’", "s'"))
    return possessor and (next_word in _JUDGED_BY or next_word == "")


# After "said nothing" / "said little": what was not talked about, not what was said ("said nothing
# had changed" reports a clause).
_NO_CONTENT_AFTER = frozenset({"on", "about", "of", "to", "in", "publicly", "else", "more", "since", "at", "during"})


def _complement_follows(doc: Document, needs: str, end: int, sentence: Sentence, next_word: str) -> bool:
    """Whether what follows a verb at ``end`` is the complement ``needs`` asks for."""
    if needs == "document":  # "The audit found that ...", not "Police found the body" (document_cues.py)
        return document_report(doc, sentence, doc.body.rfind(" ", sentence.start, end) + 1, end)
    rest = doc.body[end : min(sentence.end, end + 200)]
    # A quotation just before: "“We will fight on,” she continued.", "“…,” Viguerie concludes."
    if needs != "quote_after" and (_quote_before(doc.body, max(sentence.start, end - 80), end) or _question_before(doc, sentence, end)):
        return True  # but "“…,” referring to the Islamic State" glosses the quote, it reports nothing
    if needs in ("quote", "naming", "quote_after"):
        head = " ".join(rest.split()[:8])
        if any(mark in head for mark in "“\"«") or "''" in head:  # '' is a double mark in archive text
            return True
        if _QUOTE_AFTER_ADJUNCT.match(rest):  # "put it in his memo to employees explaining the deal, “…”"
            return True
        return needs == "naming" and (_naming_follows(rest) or _NAMING_QUOTE.match(rest) is not None)
    if needs == "not_product":
        return _PRODUCT_OBJECT.match(rest) is None  # "recalled his mother's advice", not "recalled 40,000 high chairs"
    if needs == "not_money":
        return _MONEY_OBJECT.match(rest) is None  # "pledged his support", not "pledged $5m toward the fund"
    if needs == "not_act":  # "announced the plant would close", not "announced his decision Thursday"
        return _ACT_OBJECT.match(rest) is None or _BARE_CLAUSE.match(rest) is not None
    if needs == "clause_or_to" and (next_word == "to" or _WHEN_THEN_TO.match(rest) is not None):
        return True  # "promised to cut taxes", "pledged Saturday to ...": a promise is a speech act and its infinitive the content
    stripped = rest.lstrip()
    if _CHANNEL_AFTER.match(rest):
        return False  # "voters in battleground states, according to ...": no clause follows the word
    return (next_word == "that" or stripped[:1] in (",", ":", "“", "\"", "«") or _BARE_CLAUSE.match(rest) is not None
            or _ADDRESSEE_THAT.match(rest) is not None)


# A quoted question or exclamation closing the sentence before: "“Why not break it up?” Pike demanded."
# is cut after the question mark; the short sentence after it is the question's inverted report.
_QUESTION_CLOSED = re.compile(r"[?!][’']?\s*(?:[”\"»]|'')\s*$")


def _question_before(doc: Document, sentence: Sentence, end: int) -> bool:
    """Whether ``sentence`` opens right after a quoted question or exclamation and the verb ending
    at ``end`` closes a short inverted report of it ("“…?” Vitter demanded.")."""
    if not _QUESTION_CLOSED.search(doc.body, max(0, sentence.start - 6), sentence.start):
        return False
    if doc.body[end : sentence.end].strip()[:1] not in ("", ".", ",", "!"):
        return False  # "… Pike demanded a vote.": the verb has an object of its own
    return _quote_before(doc.body, max(0, sentence.start - 6), end)


# A bare act as the object: "announced his decision (Thursday)", "announced the exit on Thursday",
# "announced her resignation": the verb names the act, with no words to report (round 15 trial
# F17). What was announced with content stays speech, as news coders count it: "announced the
# arrest of a man", "announced an order of 50 jets", "announced his decision to resign", "announced
# the decision was final".
_ACT_OBJECT = re.compile(
    r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
    r"(?:his|her|its|their|the|a|an|our|my|this)\s+(?:[a-z-]+\s+)?"
    r"(?:decision|exit|withdrawal|resignation|retirement|departure|candidacy|bid|run|move|choice)\b(?!\s+(?:to|that|of)\b)"
)
# A day or a time word between a verb and its infinitive: "pledged Saturday to rid the world of ...".
_WHEN_THEN_TO = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|again|(?:last|this)\s+(?:week|month|year))\s+to\s"
)
_CHANNEL_AFTER = re.compile(r"\s*,\s*(?:according\s+to|as\s+reported\s+by)\b", re.IGNORECASE)
# What a company recalls: a quantity ("recalled 40,000 high chairs", "is recalling about 200,000
# strollers") or its own products ("recalled its Explorer SUVs"). A person recalls a memory.
_PRODUCT_OBJECT = re.compile(
    r"\s+(?:(?:about|nearly|almost|some|roughly|around|approximately|more\s+than|over|up\s+to|another)\s+)?\d|\s+its\b"
)
# A sum of money given ("pledged $5m", "pledged 2 billion euros", "pledged millions"): a gift, no speech.
_MONEY_OBJECT = re.compile(
    r"\s+(?:(?:about|nearly|almost|some|roughly|around|more\s+than|over|up\s+to|another|a\s+further|an\s+extra)\s+)?"
    r"(?:US\$|[$£€¥]|\d|(?:millions|billions|hundreds\s+of\s+millions)\b)"
)
# Where and how, then a comma and the quotation: "put it in his memo to employees, “…”".
# (Not a title there: "on its podcast, “So, That Happened”" has no lower-case word.)
_QUOTE_AFTER_ADJUNCT = re.compile(
    r"\s+(?:in|on|at|to|during|before|after|from|with)\s[^,;:.“”\"]{0,120},\s*(?:[“\"«]|'')(?=(?:\S+\s+){0,4}[a-z])"
)
# Who was addressed, then "that": "assured his hometown's residents that", "promised Mr. Weiner
# that", "reminded them that", "repeated his claim that".
_ADDRESSEE_THAT = re.compile(
    r"\s*(?:him|her|them|us|me|you|(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    r"|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+that\b"
)


def _naming_follows(rest: str) -> bool:
    """Whether ``rest`` (after "called") names someone: "him a liar", "the plan a gift", "her divisive"."""
    m = _NAMING.match(rest)
    if m is None:
        return False
    word = m.group("word")
    if word is None:
        return True
    return m.group("pronoun") is not None and word not in _NOT_NAMING and word not in _DAY_NAMES


def title_case(words: Sequence[str]) -> bool:
    """Whether a sentence (its words as written) is in title case (every word of four letters or
    more capitalised, five such words at least): the headline of a live-blog entry."""
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 5 and all(w[:1].isupper() for w in long_words)


def two_words(lowered: list[str], k: int) -> str:
    """The words ``k`` and ``k + 1`` of a sentence, as a two-word particle ("it clear" in "made it clear")."""
    return f"{lowered[k]} {lowered[k + 1]}" if k + 1 < len(lowered) else ""
