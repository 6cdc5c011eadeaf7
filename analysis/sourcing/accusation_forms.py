"""Stage 8, more ways news writes that a party is accused (round 9's new-user trial).

:func:`~analysis.sourcing.reply.accusations` reads the accusation verbs ("X was accused of",
"Y blamed X", "Y alleges that X ..."); this module reads the other fixed forms of news writing
that put a named party under an allegation of wrongdoing, each a family of ``accusation.toml``:

* ``impersonal``: "it is alleged (that) he raped ...", "it was alleged that Acme ...": the
  reporter's hedge for an allegation no one is named for; the party is the subject of the clause
  (an actor, "the company", or "he"/"she" for the person the article is about);
* ``alleged to``: "Acme is alleged to have dumped ...": the passive of "allege" with its subject;
* ``faces``: "Webb still faces nine state charges", "the company faces allegations ...": charges
  or allegations pending against the subject;
* ``verdicts``: "X was convicted (of ...)", "X was found guilty", "X was indicted": a court's or
  grand jury's charge against the subject, which news follows with the party's answer ("his lawyer
  said he would appeal");
* ``investigation``: "the attorney general is investigating WeWork", "WeWork is being
  investigated by ...", "an inquiry into Neumann", "X is under investigation". The BBC Editorial
  Guidelines give a right of reply to those against whom output "makes allegations of wrongdoing,
  iniquity or incompetence"; reporting that a named party is investigated conveys such a
  suspicion, and news then seeks that party's comment ("WeWork did not respond to a request for
  comment"). Only a named party right after the verb or "into" counts: "investigating the cause of
  the fire", "an inquiry into the crash" or "an investigation into Ethiopian Airlines flight 302"
  (a name that only modifies a noun) name no one.

A subject written "the company" / "the firm" is the latest organisation of that class, as for
"blamed the company" (:func:`generic_subject`; also used for "the company was accused of").

Round 13 (new-user trial, F3): a legal action "filed by <a list of filers> against X" or "was
filed against X" (:func:`against_party`), an agency the actors stage gives its country ("against
the U.S. Department of Homeland Security": the agency as written, :func:`agency_as_written`), "the
lawsuit alleges X overreached" without "that" (:func:`clause_party`), and penalties
(:mod:`.discipline`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from analysis.actors import ActorMention
from analysis.actors.gazetteer import is_name_word
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.attributes import latest_org_of_class
from analysis.sourcing.context import Document
from analysis.sourcing.discipline import discipline_accusations, discipline_words
from analysis.sourcing.discipline import starting_words as discipline_starts
from analysis.sourcing.lexicon import DAYS, WORD
from analysis.sourcing.passive_forms import PASSIVE_GAP, passive_before, past_relative

_Token = tuple[int, int, str]
_Local = list[tuple[int, int, ActorMention]]

_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                          "could", "may", "might", "should", "must", "can", "now", "also", "still", "already", "not", "reportedly",
                          "allegedly"})
_GOVERNMENT_CLASSES = frozenset({"government", "police", "military", "city"})


@lexicon_cache
def forms() -> dict[str, frozenset[str]]:
    """The families of ``accusation.toml`` this module reads, as word sets."""
    data = load_lexicon("accusation")
    out = {key: frozenset(data.get(key, ())) for key in
           ("faces", "faced_objects", "verdicts", "pleas", "investigating", "investigated", "inquiries", "object_stops",
            "active_verdicts", "verdict_links", "charge_links")}
    for key in ("whether_verbs", "investigators", "against_nouns", "against_links", "roles"):
        out[key] = frozenset(data.get(key, ()))
    out["starts"] = frozenset({"alleged", "under", "against"}) | out["faces"] | out["verdicts"] | out["pleas"] | out[
        "investigating"] | out["investigated"] | out["inquiries"] | out["active_verdicts"] | out["whether_verbs"] | discipline_starts()
    return out


def actor_at(local: _Local, starts: list[int], start: int) -> ActorMention | None:
    """The mention starting at ``start``."""
    k = bisect.bisect_left(starts, start)
    return local[k][2] if k < len(local) and local[k][0] == start else None


def _ending_at(local: _Local, starts: list[int], end: int) -> ActorMention | None:
    """The mention ending at ``end`` (or up to 3 characters before: "Webb’s", "U.S."; or with
    the full stop of "Inc." after it)."""
    k = bisect.bisect_right(starts, end) - 1
    while k >= 0 and local[k][1] > end + 1:  # (a name may end in "Inc." past the word)
        k -= 1
    return local[k][2] if k >= 0 and end - local[k][1] <= 3 else None


def generic_subject(doc: Document, tokens: Sequence[_Token], j: int) -> ActorMention | None:
    """"the company" / "the firm" ending at token ``j``: the latest organisation of that class
    before it (not a government class: "the government" is no one named)."""
    if j < 1 or tokens[j - 1][2] != "the" or tokens[j][2] not in doc.lex.institution_nouns:
        return None
    klass = doc.lex.institution_nouns[tokens[j][2]][1]
    if klass in _GOVERNMENT_CLASSES or klass == "party":
        return None
    return latest_org_of_class(doc, klass, tokens[j][0], tokens[j][2])


def _subject(doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int], headline: bool) -> ActorMention | None:
    """The party written right before token ``k`` past auxiliaries and adverbs ("Webb still
    faces", "WeWork is reportedly being investigated"): an actor, or "the company"."""
    j = k - 1
    while j >= 0 and (tokens[j][2] in _AUXILIARIES or tokens[j][2] in PASSIVE_GAP or (tokens[j][2].endswith("ly") and j < k - 1)):
        j -= 1
    if j < 0:
        return None
    j = past_relative(doc.body, tokens, j)  # "Jane Wu, who approved the garage in 2019, was suspended" (trial 16 F17)
    m = _ending_at(local, starts, tokens[j][1])
    if m is not None and not headline and not in_subject_position(doc, m):
        return None  # "His friendship with ... Jeffrey Epstein is under investigation": not the subject
    if m is None and not headline:
        m = generic_subject(doc, tokens, j)
    if m is None and not headline and "," in doc.body[tokens[j][1] : tokens[j + 1][0]] and local and local[0][0] <= tokens[min(4, j)][0]:
        # "Marco Bellini, the firm's founder, is under investigation": the name heading the sentence
        m = local[0][2] if in_subject_position(doc, local[0][2]) else None
    return m


def _near_subject(doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]) -> ActorMention | None:
    """The party written right before token ``k`` past auxiliaries ("Acme was fined", "The
    skipper, Dana Whitcombe, was banned"), or "the company"; not a name further back (unlike
    :func:`_subject`: "a name heading the sentence, ..., is banned" may be another clause's)."""
    j = k - 1
    while j >= 0 and (tokens[j][2] in _AUXILIARIES or tokens[j][2] in PASSIVE_GAP or (tokens[j][2].endswith("ly") and j < k - 1)):
        j -= 1
    if j < 0:
        return None
    j = past_relative(doc.body, tokens, j)  # "Jane Wu, who approved the garage in 2019, was suspended" (trial 16 F17)
    m = _ending_at(local, starts, tokens[j][1])
    if m is not None:
        return m if in_subject_position(doc, m) else None
    return generic_subject(doc, tokens, j)


_CLAUSE_BREAK = re.compile(r"[,;:“”\"(—–]")
_CLAUSE_WORDS = frozenset({"that", "and", "but", "who", "which", "when", "because", "while", "after", "before", "if",
                           "as", "since", "though", "although", "where", "whereas", "so"})
_CLAUSE_WORDS_BUT_AND = _CLAUSE_WORDS - {"and"}  # (once, not a new set per word read)
_PREPOSITIONS = frozenset({"with", "of", "for", "from", "by", "about", "to", "at", "on", "in", "into", "between", "against",
                           "among", "without", "than", "like", "over", "under", "behind", "toward", "towards", "via"})


def in_subject_position(doc: Document, m: ActorMention) -> bool:
    """Whether a mention may be its clause's subject: not possessive ("Epstein’s crimes") and no
    preposition between the clause's start and it ("his friendship with Jeffrey Epstein", "denied
    by Andrew"); titles and descriptions may stand before it ("The suspect, Michael Webb,",
    "former CEO Adam Neumann")."""
    if doc.body[m.end : m.end + 2] in ("’s", "'s"):
        return False
    before = doc.body[doc.sentence_at(m.start).start : m.start]
    cut = max((found.end() for found in _CLAUSE_BREAK.finditer(before)), default=0)
    clause = [w.lower() for w in WORD.findall(before[cut:])]
    at = max((k + 1 for k, w in enumerate(clause) if w in _CLAUSE_WORDS), default=0)
    return _PREPOSITIONS.isdisjoint(clause[at:])


def _object(
    tokens: Sequence[_Token], at: int, local: _Local, starts: list[int], stops: frozenset[str], text: str, offset: int
) -> ActorMention | None:
    """The actor written right at token ``at`` (past "the") that is the whole object: the next word
    is none or a stop ("over", "for", "and", ...), so a name that modifies a noun ("Ethiopian
    Airlines flight 302") or owns one ("investigating Smith's death") is no party."""
    if at < len(tokens) and tokens[at][2] == "the":
        at += 1
    if at < len(tokens) and tokens[at][2] in _HONORIFICS:
        if at + 1 >= len(tokens) or actor_at(local, starts, tokens[at][0]) is not None:
            return actor_at(local, starts, tokens[at][0]) if at < len(tokens) else None
        at += 1  # "against Mrs. Clinton": the name after the honorific, never "Mrs" as a name
    if at >= len(tokens):
        return None
    m = actor_at(local, starts, tokens[at][0]) or _written_name(text, offset, tokens[at])
    if m is None:
        return None
    after = next((t for t in tokens[at:] if t[0] >= m.end), None)
    if text[m.end - offset : m.end - offset + 2] in ("’s", "'s"):
        return None  # "investigating Smith's death": the victim's, maybe
    ended = text[m.end - offset - 1 : m.end - offset] == "."  # "against Acme Inc. Acme officials ...": a missed full stop
    return m if after is None or after[2] in stops or after[0] - m.end > 1 or ended else None


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
_NOT_NAMES = frozenset(DAYS.lower().split("|")) | frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"})


def _written_name(text: str, offset: int, token: _Token) -> ActorMention | None:
    """A one-word name the actors stage leaves unnamed, as written ("investigating WeWork"), an
    organisation (a person the actors stage would have found)."""
    written = text[token[0] - offset : token[1] - offset]
    if not is_name_word(written) or written.lower() in _NOT_NAMES or written.lower() in ("the", "a", "an"):
        return None
    return ActorMention(written, "organisation", written, token[0], token[1], -1, -1, "written", None)


def more_accusations(
    doc: Document, text: str, offset: int, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int], headline: bool = False
) -> list[tuple[ActorMention, str]]:
    """(party, cue) for each party of the form starting at token ``k`` (module docstring; a
    penalty, :mod:`.discipline`), else none."""
    if tokens[k][2] in discipline_starts() and not headline:
        found = discipline_accusations(doc, tokens, k, local, starts, lambda j: _near_subject(doc, tokens, j, local, starts))
        if found:
            return found
    if headline and tokens[k][2] in discipline_starts():
        found_in_headline = _headline_penalty(text, offset, tokens, k, local, starts)
        if found_in_headline is not None:
            return [found_in_headline]
    one = _one_more(doc, text, offset, tokens, k, local, starts, headline)
    return [one] if one is not None else []


def _headline_penalty(
    text: str, offset: int, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]
) -> tuple[ActorMention, str] | None:
    """"Garrett suspended for rest of season", "Acme fined €2m over leak" (a headline drops the
    auxiliary): the person or organisation right before the participle, when nothing but a
    preposition, an adverb or a sum follows ("Trump banned Muslims ..." is active: no party)."""
    word = tokens[k][2]
    if word not in discipline_words()["discipline_passive"] or k == 0:
        return None
    m = _ending_at(local, starts, tokens[k - 1][1])
    if m is None or m.kind not in ("person", "organisation") or tokens[k][0] - m.end > 1:
        return None
    nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    rest = text[tokens[k][1] - offset :].lstrip()
    if nxt and nxt not in discipline_words()["discipline_after"] and not nxt.endswith("ly") and not rest.startswith(("$", "€", "£")):
        return None
    return m, word


def _one_more(
    doc: Document, text: str, offset: int, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int], headline: bool = False
) -> tuple[ActorMention, str] | None:
    """(party, cue) for the form starting at token ``k`` (module docstring), else None."""
    f = forms()
    word = tokens[k][2]
    prev = tokens[k - 1][2] if k > 0 else ""
    nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    if word == "alleged" and prev in ("is", "was", "are", "were", "been"):
        if nxt == "to" and k + 2 < len(tokens) and tokens[k + 2][2] in ("have", "be", "been", "had"):
            m = _subject(doc, tokens, k, local, starts, headline)
            return (m, "alleged to") if m is not None else None
        j = k - 1
        while j >= 0 and tokens[j][2] in ("is", "was", "are", "were", "been", "has", "had", "also"):
            j -= 1
        if j < 0 or tokens[j][2] != "it" or headline:
            return None
        m = _clause_subject(doc, tokens, k + 1 + (nxt == "that"), local, starts)
        return (m, "it is alleged") if m is not None else None
    if word in f["faces"]:
        charge = next((t for t in tokens[k + 1 : k + 6] if t[2] in f["faced_objects"]), None)
        if charge is not None and "," not in text[tokens[k][1] - offset : charge[0] - offset]:
            m = _subject(doc, tokens, k, local, starts, headline)  # "Webb still faces nine state charges"
            return (m, f"{word} {charge[2]}") if m is not None else None
        return None
    after = tokens[k + 2][2] if k + 2 < len(tokens) else ""
    pleaded = word in f["pleas"] and (nxt == "guilty" or (nxt == "not" and after == "guilty"))
    if word == "charged" and nxt == "with" and after.endswith("ing"):
        return None  # "the agency is charged with enforcing the law": tasked with, no charge
    if pleaded or (word in f["verdicts"] and passive_before(tokens, k)):  # ("was also sued": trial 16 F17)
        m = _subject(doc, tokens, k, local, starts, headline)  # "Webb was convicted", "Acme pleaded guilty"
        cue = (f"{word} not guilty" if nxt == "not" else f"{word} guilty") if pleaded else word
        return (m, cue) if m is not None else None
    if word in f["active_verdicts"] and prev not in _AUXILIARIES and not headline:
        return _active_verdict(doc, tokens, k, local, starts, text, offset)
    if word in f["investigated"] and prev in ("is", "are", "was", "were", "been", "being"):
        m = _subject(doc, tokens, k, local, starts, headline)
        return (m, word) if m is not None else None
    if word in f["whether_verbs"] and not headline:  # round 12: "the attorney general is examining whether X ..."
        found = whether_party(doc, tokens, k, local, starts)
        if found is not None:
            return found
    if word == "against" and not headline:  # round 12: "a lawsuit against X", "charges brought against him"
        return against_party(doc, tokens, k, local, starts, text, offset)
    if word in f["investigating"]:
        m = _object(tokens, k + 1, local, starts, f["object_stops"], text, offset)
        return (m, word) if m is not None else None
    if word in f["inquiries"] and nxt == "into":
        m = _object(tokens, k + 2, local, starts, f["object_stops"], text, offset)
        return (m, f"{word} into") if m is not None else None
    if word == "under" and nxt == "investigation" and prev in ("is", "are", "was", "were", "been", "remains", "remain"):
        m = _subject(doc, tokens, k, local, starts, headline)
        return (m, "under investigation") if m is not None else None
    return None


def whether_party(
    doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]
) -> tuple[ActorMention, str] | None:
    """"The attorney general is examining whether WeWork's former CEO, Adam Neumann, indulged in
    self-dealing", "prosecutors are investigating whether Acme hid losses": an investigation of
    whether a named party did something puts that party under suspicion (BBC fairness guidelines:
    an allegation of wrongdoing). The party is the subject of the "whether" clause right after the
    verb (at most "is"/"also" between: "the issues X is examining is whether"): an actor, the
    name in apposition after a possessive description ("WeWork's former CEO, Adam Neumann,"), or
    "the company". A verb that is not an investigation by itself ("examining", "reviewing") needs
    an investigator before it in the sentence (``investigators`` of ``accusation.toml``, or an
    official body): "Doctors are examining whether the drug works" and "analysts are examining
    whether Apple will ..." accuse no one."""
    word = tokens[k][2]
    at = k + 1
    while at < len(tokens) and at <= k + 2 and tokens[at][2] in ("is", "was", "also", "now"):
        at += 1
    if at + 1 >= len(tokens) or tokens[at][2] not in ("whether", "if"):
        return None
    if word not in forms()["investigating"] and not _investigator_before(doc, tokens, k, local, starts):
        return None
    m = _clause_subject(doc, tokens, at + 1, local, starts)
    first_end = tokens[at + 1][1]
    if m is not None and doc.body[m.end : m.end + 2] in ("’s", "'s"):
        m = _apposed_name(doc, m.end, local, starts)  # "WeWork's former CEO, Adam Neumann,": Neumann
    elif m is None and doc.body[first_end : first_end + 2] in ("’s", "'s"):
        m = _apposed_name(doc, first_end, local, starts)  # (a possessor the actors stage does not name)
    if m is None or m.kind not in ("person", "organisation", "group"):
        return None
    return m, f"{word} whether"


def _investigator_before(doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]) -> bool:
    """Whether an investigator stands before token ``k`` in its sentence: a word of ``investigators``
    ("prosecutors", "the attorney general", "police"), or an official body's name (the SEC)."""
    from analysis.sourcing.attributes import actor_is_official  # (attributes imports nothing from here)

    before = [t[2] for t in tokens[:k]]
    if not forms()["investigators"].isdisjoint(before):
        return True
    floor = tokens[0][0] if tokens else 0
    return any(m.kind == "organisation" and actor_is_official(doc.lex, m.actor) for _, e, m in local if floor <= e <= tokens[k][0])


def _apposed_name(doc: Document, end: int, local: _Local, starts: list[int]) -> ActorMention | None:
    """The name in apposition after a possessive description ending ... at ``end`` ("WeWork's
    former CEO, Adam Neumann,"): the first actor after a comma within 40 characters, a person, with
    no other word before that comma than the description's (no verb: at most five words)."""
    comma = doc.body.find(",", end, end + 40)
    if comma == -1 or len(doc.body[end:comma].split()) > 5:
        return None
    if comma == -1:
        return None
    k = bisect.bisect_left(starts, comma)
    if k < len(local) and local[k][2].kind == "person" and doc.body[comma + 1 : local[k][0]].strip() == "":
        return local[k][2]
    return None


def against_party(
    doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int], text: str, offset: int
) -> tuple[ActorMention, str] | None:
    """"said in a lawsuit against Big Sky Environmental LLC", "the charges brought against him",
    "a complaint filed against the firm": a legal action or a charge against a party names it as
    accused (``against_nouns`` of ``accusation.toml``; at most one of ``against_links`` between:
    "brought", "filed"). The party is the actor right after "against" (a company suffix may
    follow: "LLC"), "the company", or "him"/"her" for the person the article is about. Not a
    party: "protests against the government" (no legal noun), "a lawsuit against the rule" (no actor)."""
    f = forms()
    j = _past_time_phrase(tokens, _by_phrase_start(doc, tokens, k))  # "filed by the State of California against ..."
    if j >= 0 and tokens[j][2] in f["against_links"]:
        j -= 1
        while j >= 0 and tokens[j][2] in _LEGAL_AUXILIARIES:
            j -= 1  # "a lawsuit was filed against", "charges have been brought against"
    if j < 0 or tokens[j][2] not in f["against_nouns"] or k + 1 >= len(tokens) or "no" in (t[2] for t in tokens[max(0, j - 3) : j]):
        return None  # (not "recommended that no criminal charges be filed against ...")
    cue = f"{tokens[j][2]} against"
    nxt = tokens[k + 1][2]
    if nxt in ("him", "her"):
        m = salient_person(doc, tokens[k + 1][0], "m" if nxt == "him" else "f")
        between = doc.mentions_in(m.end, tokens[k + 1][0]) if m is not None else []
        if m is None or any(o.kind == "person" and o.actor != m.actor for o in between):
            return None  # "Trump's campaign manager says ... a charge against him": another person nearer
        return m, cue
    m = _object(tokens, _past_titles(doc, tokens, k + 1, local, starts), local, starts, f["object_stops"], text, offset)
    if m is None and nxt == "the" and k + 2 < len(tokens):
        m = generic_subject(doc, tokens, k + 2)
    if m is not None and m.kind == "country":
        m = agency_as_written(doc, m)  # "against the U.S. Department of Homeland Security": the agency
    return (m, cue) if m is not None and m.kind in ("person", "organisation", "group") else None


# A time phrase between a legal action's verb and "against" ("The lawsuit was filed in 2015 against
# former President Barack Obama", trial 14 F9): its words, with a year, a day or a month among them.
_TIME_ANCHORS = frozenset({"year", "week", "month", *DAYS.lower().split("|"), "january", "february", "march", "april", "may",
                           "june", "july", "august", "september", "october", "november", "december"})
_TIME_LINKS = frozenset({"in", "on", "last", "this", "early", "late", "earlier", "later"})


def _past_titles(doc: Document, tokens: Sequence[_Token], at: int, local: _Local, starts: list[int]) -> int:
    """The index of the name after "former" and titles at ``at`` that are no actor themselves
    ("against former President Barack Obama": Barack Obama), at most three words on."""
    b = at
    while b < len(tokens) and b - at < 3 and actor_at(local, starts, tokens[b][0]) is None and (
            tokens[b][2] in ("former", "then", "ex") or (tokens[b][2],) in doc.lex.titles):
        b += 1
    return b if b < len(tokens) and actor_at(local, starts, tokens[b][0]) is not None else at


def _past_time_phrase(tokens: Sequence[_Token], j: int) -> int:
    """The index of the legal action's verb before a time phrase ending at ``j`` (at most four
    words: "in 2015", "on Monday", "last year"), else ``j``."""
    b = j
    while b >= 0 and j - b < 4 and (tokens[b][2] in _TIME_ANCHORS or tokens[b][2] in _TIME_LINKS or tokens[b][2].isdigit()):
        b -= 1
    anchored = any(t[2] in _TIME_ANCHORS or t[2].isdigit() for t in tokens[b + 1 : j + 1])
    return b if b != j and b >= 0 and anchored and tokens[b][2] in forms()["against_links"] else j


_LEGAL_AUXILIARIES = frozenset({"has", "have", "had", "been", "was", "were", "is", "are", "being", "be", "also", "now",
                                "already", "since", "recently", "formally", "jointly"})


def _by_phrase_start(doc: Document, tokens: Sequence[_Token], k: int) -> int:
    """The index of the word before "against" at ``k`` to read the legal action from: past a
    "by <filer>" phrase ("filed by the Center for Biological Diversity, environmental groups and
    the State of California against ..."), which may hold commas of a list but no clause (no
    "that", "who", "which", no verb of saying) and at most 20 words; else ``k - 1``."""
    for b in range(k - 1, max(0, k - 21), -1):
        word = tokens[b][2]
        if word in _CLAUSE_WORDS_BUT_AND or word in ("said", "says", "against"):
            return k - 1
        if word == "by" and b > 0 and tokens[b - 1][2] in forms()["against_links"]:
            return b - 1
    return k - 1


_AGENCY_WORDS = frozenset({"department", "agency", "ministry", "commission", "bureau", "service", "administration",
                           "office", "authority", "board", "council", "directorate", "inspectorate", "secretariat"})


def agency_as_written(doc: Document, m: ActorMention) -> ActorMention | None:
    """A country mention that is one of its agencies ("the U.S. Department of Homeland Security",
    which the actors stage gives the country): the agency as written, an organisation (an accused
    agency, not the country, answers: "the department is arguing ..."). None for the country itself."""
    written = doc.body[m.start : m.end]
    if _AGENCY_WORDS.isdisjoint(w.lower() for w in WORD.findall(written)):
        return None
    return ActorMention(written, "organisation", written, m.start, m.end, -1, -1, "written", None)


def _active_verdict(
    doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int], text: str, offset: int
) -> tuple[ActorMention, str] | None:
    """"A jury convicted Michael Webb of kidnapping", "before convicting Webb, 51, of ...",
    "prosecutors charged Acme with fraud", "found Webb guilty": the actor right after the verb,
    when what it is convicted or charged of follows within four words (``verdict_links``); an
    object that is no actor ("charged customers $5") or no link ("charging Tesla cars") is none,
    and so is a name after "a"/"an" that modifies the noun after it ("convict a Chicago developer
    of ...": a place or firm is no one's name for the developer)."""
    f = forms()
    at = k + 1
    if at < len(tokens) and tokens[at][2] == "the":
        at += 1
    if at >= len(tokens):
        return None
    if k == 0 or tokens[k - 1][2] not in ("the", "a", "an"):  # (not "The convicted banker Paul Moreno spoke")
        # "charged builder Sam Ortiz with", "arrested former guard Tom Hale over": up to two lower-case
        # job words before the name (trial 16 F17)
        b = at
        while b < len(tokens) and b - at < 2 and actor_at(local, starts, tokens[b][0]) is None and text[tokens[b][0] - offset].islower():
            b += 1
        if b != at and b < len(tokens) and actor_at(local, starts, tokens[b][0]) is not None:
            at = b
    m = actor_at(local, starts, tokens[at][0])
    if m is None or text[m.end - offset : m.end - offset + 2] in ("’s", "'s"):
        return None
    following = [t[2] for t in tokens[at:] if t[0] >= m.end][:4]
    word = tokens[k][2]
    links = ("guilty",) if word == "found" else f["charge_links"] if word.startswith("charg") else f["verdict_links"]
    if tokens[at - 1][2] in ("a", "an") and following and following[0] not in links and text[m.end - offset : m.end - offset + 1] == " ":
        return None  # "convict a Chicago developer accused of ...": a name after "a" only modifies the noun after it (trial 21 F4)
    link = next((w for w in following if w in links), None)
    if link is None or (word != "found" and link == "guilty"):
        return None
    return m, ("found guilty" if word == "found" else word)


_BLAME_VERBS = frozenset({"blamed", "blames", "blame", "blaming"})
# What may follow the head noun of "blamed the <noun>": a preposition, a conjunction or nothing
# ("blamed the media among other targets", "blamed the mayor, not the weather"); a word that is
# none of these continues the noun phrase ("blamed the media coverage") and the head is not known.
_AFTER_BLAMED_HEAD = frozenset({"among", "and", "but", "as", "after", "in", "on", "over", "at", "with", "while", "when", "during",
                                "too", "again", "instead", "rather", "not", "alone", "directly", "publicly"})


def blamed_object(doc: Document, tokens: Sequence[_Token], k: int) -> tuple[str, str] | None:
    """"Zinke blamed the media among other targets", "she blamed the mayor.": "blame" takes its
    party as a direct object with no "for" after it (unlike "accused the mayor of"), so "the" + a
    role or institution noun right after a blame verb is the party ("the media", "the mayor"),
    when the noun ends the object (a full stop, a comma, or :data:`_AFTER_BLAMED_HEAD`). Not a
    party: "blamed the weather" (no role or body), "blamed the media coverage" (a longer phrase)."""
    from analysis.sourcing.accused import is_role_noun  # (accused imports nothing from here)

    if tokens[k][2] not in _BLAME_VERBS or k + 2 >= len(tokens) or tokens[k + 1][2] != "the":
        return None
    noun = tokens[k + 2][2]
    after = doc.body[tokens[k + 2][1] : tokens[k + 3][0]] if k + 3 < len(tokens) else "."
    if after.strip() == "" and tokens[k + 3][2] not in _AFTER_BLAMED_HEAD:
        return None  # "blamed the media coverage": the head is further on
    if after.strip()[:1] in ("’", "'"):
        return None  # "blamed the mayor's policy"
    if noun in doc.lex.institution_nouns:
        return (f"the {noun}", "organisation") if doc.lex.institution_nouns[noun][1] != "party" else None
    return (f"the {noun}", "person") if is_role_noun(doc, noun) else None


def _clause_subject(doc: Document, tokens: Sequence[_Token], at: int, local: _Local, starts: list[int]) -> ActorMention | None:
    """The subject opening the clause at token ``at``: an actor ("it is alleged that Acme
    ..."), "the company", or "he"/"she" for the person the article is about."""
    if at >= len(tokens):
        return None
    m = actor_at(local, starts, tokens[at][0])
    if m is not None:
        return m
    if tokens[at][2] == "the" and at + 1 < len(tokens):
        return actor_at(local, starts, tokens[at + 1][0]) or generic_subject(doc, tokens, at + 1)
    if tokens[at][2] in ("he", "she"):
        return salient_person(doc, tokens[at][0], "m" if tokens[at][2] == "he" else "f")
    return None


def salient_person(doc: Document, position: int, gender: str) -> ActorMention | None:
    """The person "he"/"she" in an allegation stands for: the person the article names most often
    as a subject (centering: the text's topic, ranked by subject mentions, is the preferred
    referent of its pronouns; "with Epstein", "Epstein’s crimes" do not count), when that person
    is named in the pronoun's paragraph or the two before it and no other gender is known for them.
    None when two people are named equally often."""
    from analysis.sourcing.accused import gender_of  # (accused imports nothing from here)

    counts = sorted(((sum(map(functools.partial(in_subject_position, doc), ms)), actor) for actor, ms in doc.person_mentions.items()),
                    reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    actor = counts[0][1]
    if gender_of(doc, actor) not in (None, gender):
        return None
    paragraph = doc.sentence_at(position).paragraph
    near = [m for m in doc.person_mentions[actor] if m.start < position and paragraph - doc.sentence_at(m.start).paragraph <= 2]
    if not near:
        near = [m for m in doc.person_mentions[actor] if doc.sentence_at(m.start).paragraph == paragraph]
    return near[-1] if near else None


def coordinated_object(tokens: Sequence[_Token], m: ActorMention, local: _Local, starts: list[int]) -> ActorMention | None:
    """"accused Sonny Perdue and Andrew Wheeler of ...": the actor joined to the accused ``m`` by
    "and" right after it, when "of"/"for" follows that actor (both are accused). Not "accused
    Perdue and his agency" (no actor) nor "accused Perdue and said ..." (no "of" after)."""
    after = [t for t in tokens if t[0] >= m.end][:2]
    if len(after) < 2 or after[0][2] != "and" or after[0][0] - m.end > 1:
        return None
    other = actor_at(local, starts, after[1][0])
    if other is None or other.actor == m.actor:
        return None
    following = next((t for t in tokens if t[0] >= other.end), None)
    return other if following is not None and following[2] in ("of", "for", "over") else None


# Words before "alleged" that make it an adjective ("the alleged victim", "his alleged accomplice")
# or the reporter's passive ("it was alleged", read by the impersonal form).
_NOT_A_CLAUSE_VERB = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                                "those", "is", "was", "were", "are", "be", "been", "being"})
# Finite verbs that open a predicate after a that-less clause's subject, besides any "-ed" word.
_FINITE = frozenset({"has", "had", "have", "was", "were", "is", "are", "did", "does", "knew", "knows", "broke", "hid", "lied",
                     "stole", "took", "made", "paid", "sold", "kept", "gave", "let", "misled", "went", "ran", "overstepped"})


def clause_party(doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]) -> tuple[ActorMention, str] | None:
    """"Prosecutors allege that Corvin Chemicals fixed prices": the actor opening the "that"
    clause, cue "<verb> that". Without "that" (round 13 trial F3: "The lawsuit alleges the Trump
    administration overreached") only when the verb is no adjective ("the alleged victim") and a
    finite verb follows the actor (an "-ed" word or an auxiliary; one institution noun may stand
    between: "the Trump administration overreached"), cue the verb alone."""
    if k + 2 >= len(tokens):
        return None
    that = tokens[k + 1][2] == "that"
    if not that and tokens[k][2] == "alleged" and k > 0 and tokens[k - 1][2] in _NOT_A_CLAUSE_VERB:
        return None
    at = k + 1 + that
    first = tokens[at + 1] if tokens[at][2] == "the" and at + 1 < len(tokens) else tokens[at]
    m = actor_at(local, starts, first[0])
    if m is None and that:
        from analysis.sourcing.accused_objects import clause_pronoun  # (accused_objects imports this module)

        m = clause_pronoun(doc, tokens, at, tokens[k][0])  # "alleging that he had blocked ..." (trial 20 F1)
    if m is None or that:
        return (m, f"{tokens[k][2]} that") if m is not None else None
    if doc.body[m.end : m.end + 2] in ("’s", "'s"):
        return None
    rest = [t[2] for t in tokens if t[0] >= m.end][:2]
    if rest and rest[0] in doc.lex.institution_nouns:
        rest = rest[1:]
    verb = rest[0] if rest else ""
    return (m, tokens[k][2]) if verb in _FINITE or (len(verb) > 4 and verb.endswith("ed")) else None
