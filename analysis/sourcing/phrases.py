"""What a speaker phrase says: whether it can speak at all, its core and head noun, the person
named in it, and its title.

These read one phrase ("Hugh Hill, a doctor", "a senior US official, who requested anonymity",
"the hospital's medical director") and are shared by the speaker stage (is this chunk a
speaker?) and by coreference (what kind of source is it, which earlier source is it?). A phrase
is a speaker when it is a speaker pronoun, or its head (the last word of its core, before the
first comma or preposition) is a known person noun, title, institution or document noun, or an
actor of :mod:`analysis.actors` heads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count

from analysis.actors import ActorMention, person_gender
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import DETERMINERS, WORD, Lexicon, word_tuple, words
from analysis.sourcing.roles import role_words

_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with", "on", "close", "familiar", "who", "which", "to",
                           "near", "inside", "within", "by", "representing", "based", "involved", "speaking",
                           # participles that open a post-modifier: "a report seen by", "a memo obtained by"
                           "seen", "obtained", "published", "released", "issued", "reviewed", "dated", "prepared",
                           "commissioned", "written", "signed", "sent", "filed", "leaked", "shared",
                           "named", "identified", "listed", "quoted", "interviewed", "contacted", "affected",
                           "displaced", "injured", "wounded", "living", "working", "standing", "whose",
                           # round 17: a group "polled/surveyed/cited by X" is the speaker ("economists polled by
                           # Reuters said"), its head the noun before the participle, not the participle
                           "polled", "surveyed", "cited",
                           # "sources privy to the talks", "people briefed on the plan", "aides loyal to"
                           "privy", "briefed", "knowledgeable", "loyal"})
_WHO = re.compile(r"(?:^|[\s,])who\b")
# \b(?:who|whom|whose|which|that)\b, opening with its first letters so a search skips to them
# (the look-behind is the \b before the word).
_RELATIVE_CLAUSE = re.compile(r"(?:w(?<=\bw)h(?:o|om|ose|ich)|t(?<=\bt)hat)\b")
_SUBJECTS = frozenset({"who", "which", "that", "he", "she", "it", "they", "also"})
_FORMER = frozenset({"former", "ex", "retired", "onetime", "one-time", "late", "outgoing-"})
# A short bracket or a generational suffix closing a name: "Sen. Dana Hollis (R-Ohio)",
# "Rep. Carl Ames III", "Martin Luther King Jr.".
# A body's name holding "of" as the owner of a title ("The Port of Long Beach's executive director", "the
# Bank of England's governor"): capitalised words on both sides of the preposition, then the possessive.
_NAMED_POSSESSOR = re.compile(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*[’']s\s+(?=[a-z])")
_NAME_TAIL = re.compile(r"(?:\s*\([^()]{1,15}\)|,?\s+(?:Jr|Sr|II|III|IV)\.?)+$")
_AGE_NOUN = re.compile(r"\d+-year-old$")
# "Six in 10 voters": "in" counts, it does not open a post-modifier.
_RATIO = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten|\d+)\b", re.IGNORECASE)
_NOT_NAMES = frozenset({"it", "this", "that", "these", "those", "there", "here", "what", "which", "who", "i", "we",
                        "you", "he", "she", "they", "everyone", "nobody", "no", "one", "asked", "when", "if"})
_NAME_JOINERS = frozenset({"the", "of", "for", "and", "&", "de", "du", "la", "le", "al", "von", "van"})


def speaker_like(doc: Document, span: tuple[int, int]) -> bool:
    """Whether the phrase at ``span`` can be a speaker (see the module docstring)."""
    key = ("speaker_like", span)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _speaker_like(doc, span)
    return found


def _speaker_like(doc: Document, span: tuple[int, int]) -> bool:
    text = doc.body[span[0] : span[1]]
    tokens = words(text)
    if not tokens:
        return False
    if len(tokens) == 1 and tokens[0] in doc.lex.pronouns:
        return True
    if tokens == ["i"] or tokens == ["we"]:
        return True  # the writer ("“I am not shy,” I said"): a first-person narrator or the newsroom
    if tokens[0] in ("i", "we", "you"):
        return False
    if _VERB_AND_OBJECT.match(text) and _RELATIVE_BEFORE.search(doc.body, max(0, span[0] - 7), span[0]):
        return False  # "… a group called Clean Rivers that brought the case, have said": a relative clause's predicate
    if tokens[0] == "those" and len(tokens) >= 2 and tokens[1] in _THOSE_WHO:
        return True  # "Those in favor of punishment have said ...": a group of people, not "those figures"
    core, head = core_head_in(doc, span)
    core_words = word_tuple(doc.body[core[0] : core[1]])
    if len(core_words) > 12:
        return False
    if head is None:
        return False
    if collective(doc.lex, head) or _AGE_NOUN.match(head) or (head.isdigit() and _RATIO.search(text)):
        return True  # "59 percent", "three-quarters", "Half of Vermont Democrats", "the 46-year-old", "Six in 10"
    if proper_name(doc.body[core[0] : core[1]]) is not None:
        return True  # "Twitter", "The Vatican", "The Times": a body the gazetteer does not list
    if (
        _WHO.search(doc.body, core[1], span[1]) and head.isalpha() and not doc.mentions_near(core)
        and core_words[0] in DETERMINERS
    ):
        return True  # "An engineer in the Austin office, who requested anonymity": a person
    for m in doc.mentions_near(core):
        # The actor must be the head of the phrase ("The United States", "Nasser Kanaani"),
        # not a word inside a clause ("Washington had shared intelligence").
        if m.end >= core[1] - 2 or head in words(m.text):
            return True
    if head in role_words().speaker_roles and core_words[0] in ("the", "a", "an", "one", "another"):
        return True  # "The retired neurosurgeon", "the challenger", "one New Hampshire Democrat": a role or a party member
    return known_head(doc.lex, head) or _ends_in_title(doc.lex, core_words)


# A past verb and its object, cut from a relative clause ("that brought the lawsuit"): no speaker.
_VERB_AND_OBJECT = re.compile(
    r"\s*(?:[a-z]{2,}ed|brought|took|made|gave|won|lost|sent|began|ran|held|wrote|sought|bought|built|found|kept|left|met|"
    r"paid|put|told|said)\s+(?:the|a|an|his|her|their|its|our)\b"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")
# Words after "those" that make it a group of people ("those close to him", "those opposed").
_THOSE_WHO = frozenset({"who", "in", "close", "familiar", "opposed", "against", "inside", "within", "around", "involved",
                        "backing", "supporting", "opposing", "calling", "pushing", "seeking", "on"})


def _ends_in_title(lex: Lexicon, core_words: Sequence[str]) -> bool:
    """Whether the phrase's core ends in a title of several words ("The former first lady")."""
    tokens = tuple(core_words)
    return any(tokens[-n:] in lex.titles for n in range(2, min(lex.title_longest, len(tokens)) + 1))


def collective(lex: Lexicon, head: str | None) -> bool:
    """A quantified group as head ("percent", "half", "three-quarters"): poll respondents and the like."""
    return head is not None and (head in lex.collective or head.rsplit("-", 1)[-1] in lex.collective)


# Asked of the same phrase by the speaker and the coreference stages: about one call in two repeats.
@lru_cache(maxsize=2048)
def proper_name(text: str) -> str | None:
    """The name in a short all-capitalised phrase ("The Vatican" -> "Vatican"), or None."""
    tokens = text.split()
    if not tokens or len(tokens) > 6 or tokens[0].lower() in _NOT_NAMES:
        return None
    if tokens[0].lower() == "the":
        tokens = tokens[1:]
    if not tokens or not tokens[0][:1].isupper() or tokens[0].lower() in _NOT_NAMES:
        return None
    if not all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _NAME_JOINERS for t in tokens):
        return None
    return " ".join(tokens).strip(",.;:")


def known_head(lex: Lexicon, head: str) -> bool:
    """A head noun that names a speaker: a person, a title (also plural), a body (also plural), a
    document, or a noun for a person by its ending ("neurologist", "pediatricians")."""
    singular = head[:-1] if head.endswith("s") else head
    return (
        head in lex.unnamed
        or singular in lex.unnamed  # "strategists", "pollsters": the plural of a person noun
        or (head,) in lex.titles
        or (singular,) in lex.titles
        or head in lex.institution_nouns
        or singular in lex.institution_nouns  # "advocacy groups", "news outlets"
        or (head.endswith("ies") and head[:-3] + "y" in lex.institution_nouns)  # "agencies", "companies"
        or head in lex.document_nouns
        or person_noun(lex, singular)
    )


def person_noun(lex: Lexicon, word: str) -> bool:
    """A noun for a person by its ending (speakers.toml ``person_suffixes``): "geophysicist", "historian"."""
    return (
        word.isalpha() and word not in lex.not_person_words
        and word.endswith(lex.person_suffixes)  # (one test of them all before the length of each)
        and any(word.endswith(suffix) and len(word) > len(suffix) + 2 for suffix in lex.person_suffixes)
    )


def core_head_in(doc: Document, span: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
    """:func:`core_head` of a span of the document's body, computed once per span."""
    key = ("core_head", span)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = core_head(doc.body, span)
    return found


_NEWLY = re.compile(r"\b(?:recently|newly|just)\s+$", re.IGNORECASE)
_NEWLY_ENDING = re.compile(r"(?:recently|newly|just)$", re.IGNORECASE)


def _newly_before(text: str, at: int) -> bool:
    """``_NEWLY.search(text, 0, at) is not None``. A match ends with the word, white space and ``at``,
    so the word ends the last white-space separated token before ``at``; the search, which tries
    every position, runs only when it does."""
    before = text[:at]
    if not before[-1:].isspace():
        return False
    last = before.rsplit(None, 1)
    return bool(last) and _NEWLY_ENDING.search(last[-1]) is not None and _NEWLY.search(text, 0, at) is not None


def core_head(body: str, span: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
    """The core noun phrase (before the first comma or preposition) and its head noun."""
    text = body[span[0] : span[1]]
    end = len(text)
    comma = text.find(",")
    if comma != -1:
        end = comma
    ratios = [(m.start(), m.end()) for m in _RATIO.finditer(text, 0, end)] if _may_hold_ratio(text, end) else []
    # (the words are visited only when one is a preposition: a set test of the shared look-up first)
    visited = WORD.finditer(text[:end]) if not _PREPOSITIONS.isdisjoint(word_tuple(text[:end])) else ()
    named = _NAMED_POSSESSOR.match(text, 0, end) if "s " in text[:end] else None
    for m in visited:
        if named is not None and m.start() < named.end():
            continue  # "The Port of Long Beach's executive director": the "of" is in the owner's name (trial 21 F7)
        if (m.start() > 0 and m.group(0).lower() in _PREPOSITIONS and not any(a <= m.start() < b for a, b in ratios)
                and not _newly_before(text, m.start())):  # "its recently named chair X": a title, no post-modifier
            end = m.start()
            break
    tail = _NAME_TAIL.search(text, 0, end) if _may_end_in_tail(text, end) else None
    if tail is not None and tail.start() > 0:
        end = tail.start()
    core_text = text[:end].rstrip()
    core_words = word_tuple(core_text)
    head = core_words[-1] if core_words else None
    if head is not None and head.endswith(("’s", "'s")):
        head = head[:-2]
    return (span[0], span[0] + len(core_text)), head


# Cheap tests that rule out most phrases before the two expressions above are run (searching
# every position of a phrase cost some 3 µs each; a speaker phrase rarely has either).
_DIGIT = re.compile(r"\d")
_TAIL_ENDS = (")", "Jr", "Sr", "II", "IV", ".")  # the last characters a _NAME_TAIL can have


def _may_hold_ratio(text: str, end: int) -> bool:
    """False when ``text[:end]`` has no _RATIO: its last number is digits or "ten" (no character
    but T, E and N matches those letters ignoring case, so a lower-cased copy shows them)."""
    return _DIGIT.search(text, 0, end) is not None or "ten" in text[:end].lower()


def _may_end_in_tail(text: str, end: int) -> bool:
    """False when ``text[:end]`` cannot end in a _NAME_TAIL (``$`` also matches before one final newline)."""
    stem = text[:end]
    return stem.endswith(_TAIL_ENDS) or (stem.endswith("\n") and stem[:-1].endswith(_TAIL_ENDS))


def looks_like_name(doc: Document, span: tuple[int, int]) -> bool:
    """A person mention, or up to four capitalised words ("al", "de", "von", "van" allowed)."""
    if any(m.kind == "person" for m in doc.mentions_in(*span)):
        return True
    tokens = doc.body[span[0] : span[1]].split()
    return 0 < len(tokens) <= 4 and all(w[:1].isupper() for w in tokens if w.lower() not in ("al", "de", "von", "van"))


def person_in(doc: Document, span: tuple[int, int]) -> ActorMention | None:
    """The person the phrase names as its speaker, not one it names in passing."""
    body = doc.body
    for m in doc.mentions_in(*span):
        if m.kind != "person":
            continue
        if m.end + 2 <= span[1] and body[m.end : m.end + 2] in ("’s", "'s"):
            continue  # "Kerry's aide": the possessor is not the speaker (but "Romney’s “…” comment" is)
        if _in_possessor(body, m.end, span[1]):
            continue  # "A VOA Desk reporter Ann Lee's source": the name is inside the possessor
        before = body[span[0] : m.start]
        if before.rstrip().endswith(","):
            return m
        before_words = words(before)
        if before_words and before_words[0] in ("a", "an", "the") and any(
                w in _PREPOSITIONS and before_words[k - 1] not in ("recently", "newly", "just")
                for k, w in enumerate(before_words) if k):
            continue  # "a spokesman for Theresa May", not "the firm's recently named chair Jo Li"
        if before_words and (before_words[-1] in ("to", "for", "of", "with") or before_words[-2:] == ["led", "by"]):
            continue  # "an aide to Kerry", "Lawyers for the families, led by Jane Ruiz"
        return m
    return None


# A possessive with a lower-case noun after it: "... reporter Ann Lee's source inside the camp".
_POSSESSED = re.compile(r"[’']s\s+[a-z]")
_NAME_RUN = re.compile(r"(?:\s+[\w.’'][\w.’'-]*)*")  # words and spaces only: no comma, dash or bracket


def _in_possessor(body: str, end: int, span_end: int) -> bool:
    """Whether a name ending at ``end`` is part of a possessor whose noun heads the phrase: a
    run of words with no comma, preposition or relative before a "’s" and a lower-case noun
    ("Desk reporter Ann Lee's source": the source speaks, not the desk nor the reporter)."""
    m = _POSSESSED.search(body, end, span_end)
    if m is None or not _NAME_RUN.fullmatch(body, end, m.start()):
        return False
    return not any(w in _PREPOSITIONS or w in ("and", "or", "as") for w in words(body[end : m.start()]))


_ONE_WORD = (1,)


def title_in(doc: Document, span: tuple[int, int]) -> tuple[str | None, bool | None]:
    """The longest title in a speaker phrase, up to any relative clause ("Derek Scissors, who
    consults with administration officials" has no title), with its office flag."""
    lex = doc.lex
    body = doc.body
    relative = _RELATIVE_CLAUSE.search(body, span[0], span[1])
    if relative is not None:
        span = (span[0], relative.start())
    # The words lower-cased (the shared look-up of :func:`word_tuple`, as WORD.finditer over the
    # span finds them); their offsets are read only when a title may start among them.
    lowered = list(word_tuple(body[span[0] : span[1]]))
    best: tuple[int, int, int] | None = None  # (length, start index, end index)
    # Only the words a title (or the plural of a one-word title) starts with are visited.
    candidates = list(compress(count(), map(lex.title_starts.__contains__, lowered)))
    if not candidates:
        return None, None
    tokens = list(WORD.finditer(body, span[0], span[1]))
    # A title word ending a person's name that opens with a given name is the surname ("Aaron
    # Judge", "Tom Mayor"): review 6. "Treasurer Gary Lindqvist" keeps the title it opens with, and
    # a run read as a person with no given name ("Ohio Secretary of State") keeps its title.
    people = [
        m for m in (doc.mentions_in(span[0], span[1]) if candidates else ()) if m.kind == "person" and person_gender(m.actor) is not None
    ]
    surnames, starts = {m.end for m in people}, {m.start for m in people}
    for i in candidates:
        if tokens[i].end() in surnames and tokens[i].start() not in starts:
            continue
        # "who chairs the association" is a verb, not a plural title (read once per word, not per length tried)
        verb_like = (i > 0 and lowered[i - 1] in _SUBJECTS) or (i + 1 < len(lowered) and lowered[i + 1] in DETERMINERS)
        longest = min(lex.title_longest, len(tokens) - i)
        for n in lex.title_lengths.get(lowered[i], _ONE_WORD):  # (longest first; only lengths some title starting so has)
            if n > longest:
                continue
            phrase = tuple(lowered[i : i + n])
            if (
                n == 1 and phrase not in lex.titles and phrase[0].endswith("s") and not verb_like
                and (phrase[0][:-1],) in lex.titles
            ):
                lowered[i] = phrase[0][:-1]  # "Union leaders": the plural of a title
                phrase = (lowered[i],)
            if phrase in lex.titles:
                # A role outranks an honorific ("medical director" over "Dr."); then longer wins.
                weight = n if lowered[i] not in lex.honorific_titles else 0
                if best is None or weight > best[0]:
                    best = (weight, i, i + n)
                break
    if best is None:
        return None, None
    _, i, j = best
    start, end = tokens[i].start(), tokens[j - 1].end()
    if lowered[i] in lex.honorific_titles and body[end : end + 1] == ".":
        end += 1
    official = lex.titles[tuple(lowered[i:j])]
    if i > 0 and lowered[i - 1] in _FORMER:
        official = False  # "former police commissioner Ray Dunleavy" holds no office now
    return body[start:end], official
