"""What the article says of a source beyond its speaker phrase: its side, its office, its class,
its gender, the reason given for not naming it, and a named person's title.

* **Side** (affiliation): the first country or organisation named in a source's mentions ("US
  official" -> United States), not a place after "in" (:func:`locative`: "a camp in
  Bangladesh"), nor a country named as a subject of expertise (:func:`topic`: "a China
  scholar"); "the hospital's director" takes the hospital last named (:func:`definite_org`).
* **Office** of an organisation (:func:`actor_is_official`): the gazetteer's own flag, else its
  name words ("National", "Ministry") or its head noun (``lexicons/speakers.toml``).
* **Gender** only from words such as "spokeswoman" or "Mr", never from first names.
* **Reason for anonymity** (``lexicons/anonymity.toml``): the first listed reason in the rest of
  the paragraph, after the AP and Reuters rules that a story must say why a source is not named.
* **Title** of a named person from any mention of them (:func:`title_elsewhere`).

All are pure functions of the article; coreference (:mod:`analysis.sourcing.coreference`) and
the source builder (:mod:`analysis.sourcing.sources`) call them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from analysis.actors import ActorMention, actor_official
from analysis.sourcing.context import LOOKBACK_CHARS, MAX_CONTENT, TITLE_MENTIONS, Document
from analysis.sourcing.lexicon import Lexicon, words
from analysis.sourcing.phrases import title_in
from analysis.sourcing.represented import represented_person

_TOPIC_NOUNS = frozenset({"scholar", "scholars", "expert", "experts", "analyst", "analysts", "specialist", "specialists",
                          "watcher", "watchers", "correspondent", "historian", "hand", "researcher", "researchers"})
_LOCATIVE = frozenset({"in", "near", "inside", "outside", "across", "into", "around", "through", "over"})


def topic(doc: Document, mention: ActorMention) -> bool:
    """A country named as the subject of expertise ("a China scholar", "a Syria analyst") is
    a topic, not a side; a demonym ("a Chinese scholar") still gives the nationality. A firm's
    home ("the German automaker", "a Japanese carmaker": a demonym before a company noun) is no
    side either: the firm speaks for itself, not for its country (round 10 trial F5)."""
    following = words(doc.body[mention.end : mention.end + 20])
    if mention.via == "demonym" and following:
        noun = doc.lex.institution_nouns.get(following[0])
        return noun is not None and noun[1] == "company"
    if mention.via not in ("name", "alias"):
        return False
    return bool(following) and following[0] in _TOPIC_NOUNS


def locative(doc: Document, mention: ActorMention) -> bool:
    """A place named after "in", "near" ... ("a camp in Bangladesh"): a location, not a side.
    A demonym or an institution is never locative ("in the Russian army")."""
    if mention.via not in ("name", "alias", "capital"):
        return False
    # "in Bangladesh", "in the United States", "in east London"; not across a comma ("born in
    # Braunau in 1889, Austria argued ...": the country opens the main clause)
    before = _CLAUSE_MARK.split(doc.body[max(0, mention.start - 20) : mention.start])[-1].split()
    return any(w.lower() in _LOCATIVE for w in before[-2:])


_CLAUSE_MARK = re.compile(r"[,;:.!?()“”\"—–]")


_EMPLOYER_OF = frozenset({"at", "for", "of"})


def definite_org(doc: Document, span: tuple[int, int]) -> str | None:
    """"the hospital's medical director", "a communications director at the university": the
    organisation "the hospital" or "the university" last named."""
    lex = doc.lex
    tokens = words(doc.body[span[0] : span[1]])
    for k, (a, b) in enumerate(pairwise(tokens[:3])):
        # "a company spokesperson": the word "company" before a title names the company last named
        # (trial 13 F17: WeWork for "A company spokesperson"; the fixtures keep "a hospital
        # spokeswoman" unaffiliated, so only the company class).
        klass = lex.institution_nouns[a][1] if a in lex.institution_nouns else None
        # (and "union president Frank Delgado", "a union spokesman": the union last named, trial 21 F7)
        opens = (k == 1 and tokens[0] in ("a", "an", "the")) or (k == 0 and klass == "union")
        if opens and klass in ("company", "union") and (b,) in lex.titles:
            earlier = latest_org_of_class(doc, klass, span[0], a) or _latest_company(doc, span[0])
            if earlier is not None:
                return earlier.actor
    for k, (a, b) in enumerate(pairwise(tokens)):
        if k >= 2 and a == "the" and tokens[k - 1] in _EMPLOYER_OF and (tokens[k - 2],) in lex.titles:
            noun = b  # a title, then "at the university": its employer (not "interviewed by the investigators")
        elif not b.endswith(("’s", "'s")):
            continue  # only the possessive names an employer: not "interviewed by the investigators"
        else:
            noun = b[:-2]
        if a == "the" and noun in lex.institution_nouns:
            klass = lex.institution_nouns[noun][1]
            if klass not in ("government", "police", "military", "city"):
                earlier = latest_org_of_class(doc, klass, span[0], noun)
                if earlier is not None:
                    return earlier.actor
    return None


# "An Alibaba spokesperson", "the Acme Corp official": an article, a capitalised name of one to
# three words, then the title (trial 14 F15).
_NAME_BEFORE_TITLE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&.’'-]*\s+){1,3})([a-z]+)\s*")


def named_employer(doc: Document, span: tuple[int, int]) -> str | None:
    """The organisation a representative's phrase names before the title ("An Alibaba
    spokesperson" is Alibaba's), when the article names that organisation as an actor, by the
    same name or a longer one ("Alibaba Group Holding Ltd"); None when it does not (an unknown
    name stays unread rather than guessed)."""
    m = _NAME_BEFORE_TITLE.fullmatch(doc.body, span[0], span[1])
    if m is None or (m.group(2),) not in doc.lex.titles:
        return represented_person(doc, span)  # "Ann Cole's spokesman": Cole's (represented.py)
    name = " ".join(m.group(1).split())
    for mention in doc.mentions:
        if mention.kind in ("organisation", "group") and (mention.actor == name or mention.actor.startswith(f"{name} ")):
            return mention.actor
    return None


def _latest_company(doc: Document, position: int) -> ActorMention | None:
    """For "a company spokesperson" with no organisation of class company named: the latest
    organisation named in the paragraph (or the one before) that no class noun types and that is
    no state body ("WeWork is headquartered in New York. A company spokesperson said ...")."""
    paragraph = doc.paragraph_at(position)
    start = doc.paragraph_at(max(0, paragraph.start - 2)).start if paragraph.start > 0 else paragraph.start
    for m in reversed(doc.mentions_in(start, position)):
        if doc.body_lower[max(0, m.start - 13) : m.start] == "according to ":
            continue  # "According to Reuters, ...": the outlet that reported it, not the company
        if m.kind == "organisation" and org_class(doc.lex, m.actor) is None and not actor_is_official(doc.lex, m.actor):
            return m
    return None


def latest_org_of_class(doc: Document, klass: str, position: int, noun: str | None = None) -> ActorMention | None:
    """The latest organisation of ``klass`` before ``position`` (by its name, or by the noun
    written next to it: "the Aslef union", or a noun of that class right before it: "toy maker
    Brightwood" for a later "the toy maker" or "the company")."""
    for m in reversed(doc.mentions_in(max(0, position - LOOKBACK_CHARS), position)):
        if m.kind != "organisation" or _headed_otherwise(doc.lex, m.actor, klass):
            continue
        beside = noun is not None and doc.body_lower[m.end : m.end + len(noun) + 1] == f" {noun}"
        if beside or org_class(doc.lex, m.actor) == klass or _class_noun_before(doc, m) == klass:
            return m
    return None


def _headed_otherwise(lex: Lexicon, actor: str, klass: str) -> bool:
    """Whether a name "<noun> of/for/on …" is headed by a noun of a class other than ``klass``: the
    "Department of Energy" is a department, though "energy" is a company noun, so it is never "the
    company" (trial 16 F9: "the company said" went to the Department of Energy, not Exxon)."""
    head, sep, _ = actor.partition(" of ")
    if not sep:
        return False
    for word in reversed(words(head)):
        if word in lex.institution_nouns:
            return lex.institution_nouns[word][1] != klass
    return False


# An apposition naming what an organisation is: "Kids in Danger, a nonprofit group,".
_CLASS_APPOSITION = re.compile(r", (?:a|an|the) (?:[a-z-]+ ){0,2}([a-z]+)\b")


def _class_noun_before(doc: Document, mention: ActorMention) -> str | None:
    """The class of the institution noun one space before ``mention`` ("toy maker Brightwood") or
    heading a short apposition after it ("Kids in Danger, a nonprofit group")."""
    cut = doc.body_lower.rfind(" ", max(0, mention.start - 40), mention.start - 1)
    noun = doc.body_lower[cut + 1 : mention.start - 1]
    found = doc.lex.institution_nouns.get(noun) if doc.body[mention.start - 1 : mention.start] == " " else None
    if found is None:
        after = _CLASS_APPOSITION.match(doc.body, mention.end)
        found = doc.lex.institution_nouns.get(after.group(1)) if after is not None else None
    return found[1] if found else None


_OF_FOR_ON = re.compile(r" (?:of|for|on)\b")


def actor_is_official(lex: Lexicon, actor: str) -> bool:
    """A gazetteer actor's own flag; for a capitalised organisation, its name words."""
    official = actor_official(actor)
    if official is not None:
        return official
    name_words = words(actor)
    head = words(_OF_FOR_ON.split(actor, maxsplit=1)[0])  # "National Association of Manufacturers": an association
    if name_words and (name_words[-1] in lex.not_official_heads or (head and head[-1] in lex.not_official_heads)):
        return False
    if any(w in lex.official_name_words for w in actor.split()):
        return True
    klass_official = class_official(lex, actor)
    return bool(klass_official)


def org_class(lex: Lexicon, actor: str | None) -> str | None:
    """The class ("company", "union", "government" ...) of the last institution noun in a name."""
    if actor is None:
        return None
    for word in reversed(words(actor)):
        if word in lex.institution_nouns:
            return lex.institution_nouns[word][1]
    return None


def class_official(lex: Lexicon, actor: str) -> bool | None:
    """The office flag of the last institution noun in a name, if any."""
    for word in reversed(words(actor)):
        if word in lex.institution_nouns:
            return lex.institution_nouns[word][0]
    return None


# Words after which a speaker phrase names someone else ("a surrogate for Mr. Sanders", "who said she").
_OTHER_PERSON_AFTER = frozenset({"for", "of", "to", "with", "at", "from", "by", "who", "whose", "which", "that", "under",
                                 "in", "on", "and", "about", "against", "said", "says", "through", "via"})


def gender_of(lex: Lexicon, phrase_words: Sequence[str]) -> str | None:
    """"f" or "m" from a gender word of the speaker's own words in the phrase ("spokeswoman", "Mr"),
    else None. Words after a preposition or a relative name someone else ("a surrogate for Mr.
    Sanders" is not a man), and so does an honorific before a possessive ("Mrs. Clinton's spokesman")."""
    if lex.female.isdisjoint(phrase_words) and lex.male.isdisjoint(phrase_words):
        return None  # no gender word at all (most phrases): the words are not read one by one
    own: list[str] = []
    for k, w in enumerate(phrase_words):
        if w in _OTHER_PERSON_AFTER:
            break
        following = phrase_words[k + 1] if k + 1 < len(phrase_words) else ""
        if not following.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            own.append(w)
    if any(w in lex.female for w in own):
        return "f"
    if any(w in lex.male for w in own):
        return "m"
    return None


# What may stand before a reason that opens a later sentence and still be the same source: "He
# declined to give his name.", "The official spoke on condition of anonymity."
_REASON_SUBJECT = re.compile(r"\s*(?:(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s*,?\s*)?")


def reason_near(doc: Document, span: tuple[int, int]) -> str | None:
    """The reason given for not naming the source: in its sentence from the speaker on, else
    opening the next sentence of its paragraph, after at most a pronoun or a short definite
    subject ("He declined to give his name."); a reason later in the paragraph, or after another
    speaker ("“…,” said an official, who requested anonymity."), is another source's (trial 13)."""
    paragraph = doc.paragraph_at(span[0])
    sentence = doc.sentence_at(span[0])
    text = doc.body[span[0] : min(max(sentence.end, span[1]), span[1] + MAX_CONTENT)].lower()
    text = " ".join(text.replace(",", " ").split())
    anchors = _reason_anchors(doc.lex.reasons)
    for reason in doc.lex.reasons if any(a in text for a in anchors) else ():
        if reason in text:
            return reason
    for later in doc.article.sentences[sentence.index + 1 : sentence.index + 2]:
        if later.start >= paragraph.end:
            break
        words_of = " ".join(doc.body[later.start : later.end].lower().replace(",", " ").split())
        for reason in doc.lex.reasons if any(a in words_of for a in anchors) else ():
            at = words_of.find(reason)
            if at != -1 and _REASON_SUBJECT.fullmatch(words_of[:at]):
                return reason
    return None


@lru_cache(maxsize=4)
def _reason_anchors(reasons: tuple[str, ...]) -> tuple[str, ...]:
    """One word of each reason (its longest; a word holding another is left out): a text with
    none of them holds no reason, so the reasons themselves are looked for only in a text with one."""
    longest = {max(r.split(), key=len) for r in reasons}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


# The capitalised words written right before a name ("… criticised Governor ", "… met with Sen. ").
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+$")


def _title_of_run(doc: Document, start: int, end: int) -> tuple[str | None, bool | None]:
    """The title in the run of capitalised words right before a name that the words before the
    run do not belong to ("Mayor Ann Cole criticised Governor Bill Holt": Holt is the governor; the
    mayor's title was read for him and refused, leaving him with none)."""
    run = _CAPITALISED_RUN.search(doc.body, start, end)
    if run is None or run.start() <= start:
        return None, None
    title, official = title_in(doc, (run.start(), end))
    return (title, official) if title is not None and title in doc.body[run.start() : end] else (None, None)


def title_elsewhere(doc: Document, person: str) -> tuple[str | None, bool | None]:
    """A named person's title from any mention of them ("Council member Andrea Voss has been
    accused ..." gives Voss her title when she later speaks as "Voss")."""
    body = doc.body
    for m in doc.person_mentions.get(person, ())[:TITLE_MENTIONS]:
        sentence = doc.sentence_at(m.start)
        window_start = max(sentence.start, m.start - 60)
        k = m.start
        while k > window_start and body[k - 1] not in ",;:(“”\"":
            k -= 1
        # "... can only conclude that President Bolsonaro": the title starts after "that"
        k = max([k] + [r.end() for r in _RELATIVE_WORD.finditer(body, k, m.start)])
        # Two people named together: the title before this one is after the joining word ("Ohio
        # Gov. Mark Delaney and Sen. Ruth Abrams": Abrams is the senator, not the governor).
        joined = max(body.rfind(joiner, k, m.start) for joiner in (" and ", " or ", " with "))
        if joined != -1:
            k = joined + 1
        title, official = title_in(doc, (k, m.start))
        # (an abbreviated title keeps its period: "Gov. Kim Reynolds")
        if title is not None and not body[k : m.start].rstrip().rstrip(".").endswith(title):
            # only a title right before the name: "Council member Andrea Voss", not
            # "officers arrested Webb"; capitalised name words may stand between
            between = body[k : m.start].rstrip()
            tail = between[between.rfind(title) + len(title) :] if title in between else between
            if not all(w[:1].isupper() for w in tail.split()):
                title, official = _title_of_run(doc, k, m.start)  # "Cole criticised Governor Bill Holt" (trial 16 F15)
        window = (max(sentence.start, m.start - 80), m.start)
        if title is None:
            after = body[m.end : sentence.end]
            if after.startswith(", "):
                end = after.find(",", 2)
                stop = m.end + (end if end != -1 else len(after))
                title, official = title_in(doc, (m.end, stop))
                if title is not None and _clause_before(body, m.end, stop, title):
                    title, official = None, None
                window = (m.end, stop)  # "X, the vice-president for the Environmental Defense Fund": the body after the title
        if title is None:
            title, official = _title_before_comma(doc, m.start, sentence.start)
            window = (max(sentence.start, m.start - 80), m.start)
        if title is not None:
            return title, _office_of_body(doc, official, window, title)
    return None, None


def office_in(doc: Document, span: tuple[int, int]) -> tuple[str | None, bool | None]:
    """The title in a speaker phrase with its office flag (:func:`~analysis.sourcing.phrases.title_in`);
    a title whose office depends on its body ("spokesman", "chief of staff", "counterpart") takes
    it from the phrase (round 12 trial F4): an institution noun right before it or after
    "for/of/at the" ("a city spokesman", "a spokeswoman for the county": official; "a company
    spokesman": not), else the body, country or principal named in the phrase
    (:func:`_office_of_body`: "Pentagon spokesman", "Mr Scholz's chief of staff"). None when
    the phrase does not say ("a spokesman")."""
    title, official = title_in(doc, span)
    if title is None or official is not None:
        return title, official
    tokens = words(doc.body[span[0] : span[1]])
    first = words(title)[0] if words(title) else ""
    if first in tokens:
        k = tokens.index(first)
        n = len(words(title))
        before = tokens[k - 1][:-2] if k > 0 and tokens[k - 1].endswith(("'s", "’s")) else tokens[k - 1] if k > 0 else ""
        after = tokens[k + n : k + n + 3]
        noun = before if before in doc.lex.institution_nouns else None
        if noun is None and len(after) == 3 and after[0] in ("for", "of", "at") and after[1] == "the":
            noun = after[2] if after[2] in doc.lex.institution_nouns else None
        if noun is not None:
            return title, doc.lex.institution_nouns[noun][0]
    return title, _office_of_body(doc, None, span, title)


_RELATIVE_WORD = re.compile(r"\b(?:that|who|whom|which)\s")
# A finite verb of a clause (be, have, will, would): the words after a name's comma say something of a
# subject, and are no apposition naming the person's role.
_CLAUSE_VERB = re.compile(r"\s(?:is|was|are|were|has|had|have|will|would|could|can|did|does)\s")
_TITLE_THEN_NAME = re.compile(r"([^,;:()“”\"]{1,60}), $")
_PAST_VERB_LEAD = re.compile(r", [a-z]+ed\s+")  # a past verb right after a name's comma opens its clause


def _clause_before(body: str, start: int, stop: int, title: str) -> bool:
    """Whether a finite verb comes before ``title`` in the words after a name's comma: a clause, no
    apposition ("according to X, Idai was the seventh such major storm" gives X no title "major";
    trial 15 F15), while "X, a geoengineering expert at Harvard has said" keeps "expert"."""
    at = body.lower().find(title.lower(), start, stop)
    lead = _PAST_VERB_LEAD.match(body, start, stop)  # ", agreed last year to cooperate with prosecutors" (trial 21 F7)
    if lead is not None and lead.end() != at:  # (but "X, retired teacher", "X, elected mayor in 2019": the title's words)
        return True
    return _CLAUSE_VERB.search(body, start, at if at != -1 else stop) is not None


def _title_before_comma(doc: Document, name_start: int, sentence_start: int) -> tuple[str | None, bool | None]:
    """"Trump's EPA administrator, Andrew Wheeler, complained": a title ending the words right
    before the comma that opens the name's apposition."""
    # (a match is at most 62 characters and ends at ``name_start``, or one before it at a line break:
    # no need to try every offset from the sentence's start, 0.2 ms a call on a long sentence)
    start = max(sentence_start, name_start - 63)
    # (the search tries every offset: only when the words end in the comma and space it needs, "$" also before a newline)
    match = _TITLE_THEN_NAME.search(doc.body, start, name_start) if doc.body.endswith((", ", ", \n"), start, name_start) else None
    if match is None:
        return None, None
    start, end = match.span(1)
    for _ in range(3):  # "The prime minister spoke with his German counterpart, X": the title ending the words
        title, official = title_in(doc, (start, end))
        if title is None:
            return None, None
        written = doc.body[start:end].rstrip()
        if written.endswith(title):
            break
        at = written.lower().find(title.lower())
        if at == -1:
            return None, None
        start += at + len(title)
    else:
        return None, None
    if not title.islower():
        return None, None  # (a capitalised word ends a name: "the Union Leader, New Hampshire's paper")
    return title, official


# Titles naming the holder of the same office elsewhere: with a country ("his French counterpart,
# Emmanuel Macron", "her Chinese opposite number") a state's office-holder (round 12 trial F4).
_RELATIONAL_TITLES = frozenset({"counterpart", "opposite number"})


def _office_of_body(doc: Document, official: bool | None, window: tuple[int, int], title: str | None = None) -> bool | None:
    """A title whose office depends on its body ("administrator", "president") takes the office of
    the organisation or state body named right before it ("EPA administrator": official;
    "Emirates President Tim Clark": an airline's, not official); a counterpart of a country (by
    name or demonym: "his French counterpart") is a state's office-holder."""
    if official is not None:
        return official
    if title is not None and title.lower() in _RELATIONAL_TITLES and any(
        m.kind == "country" for m in doc.mentions_in(*window)
    ):
        return True
    bodies = [m for m in doc.mentions_in(*window) if m.kind != "person" and m.via in ("name", "alias", "institution", "capitalised")]
    if not bodies and title is not None and _serves_office(doc, window, title):
        return True  # "A spokesman for the mayor", "the governor's press aide" (trial 21 F7)
    if not bodies:
        return _office_of_principal(doc, window)
    last = bodies[-1]
    if last.via == "institution" or last.kind == "country":
        return True
    return actor_is_official(doc.lex, last.actor)


def _serves_office(doc: Document, window: tuple[int, int], title: str) -> bool:
    """Whether ``title`` is written as serving an office-holder named only by a public office ("a
    spokesman for the mayor", "an aide to the governor", "the senator's spokeswoman"): an office,
    as a spokesman for a named official is. Only offices the lexicon calls official (not "the
    president", which heads firms and universities too)."""
    text = doc.body[window[0] : window[1]].lower()
    escaped = re.escape(title.lower())
    held = re.search(rf"\b{escaped}\s+(?:for|to)\s+the\s+([a-z-]+)\b", text) or re.search(rf"\bthe\s+([a-z-]+)['’]s\s+{escaped}\b", text)
    return held is not None and doc.lex.titles.get((held.group(1),)) is True


def _office_of_principal(doc: Document, window: tuple[int, int]) -> bool | None:
    """"Wells Griffith, Donald Trump's adviser on energy": a title held under a person named with a
    possessive right before it, or after "for" or "to" ("a spokesman for President Vladimir Putin"),
    is an office when that person holds one: heads an administration ("the Trump administration")
    or is named after an official title elsewhere ("President Donald Trump"); None otherwise ("the
    singer's manager")."""
    body = doc.body
    for m in doc.mentions_in(*window):
        if m.kind != "person" or (body[m.end : m.end + 2] not in ("'s", "’s") and not _serves(doc, window[0], m)):
            continue
        if heads_administration(doc, m.actor):
            return True
        if m.actor not in _PRINCIPALS_OPEN:  # "Mr Bolsonaro's chief of staff": the principal's own office
            _PRINCIPALS_OPEN.add(m.actor)
            try:
                if title_elsewhere(doc, m.actor)[1]:
                    return True
            finally:
                _PRINCIPALS_OPEN.discard(m.actor)
        for other in doc.person_mentions.get(m.actor, ())[:TITLE_MENTIONS]:
            before = body[max(0, other.start - 40) : other.start].rstrip().split()
            if before and before[-1].lower().rstrip(".") in _HEAD_OFFICES:
                return True
    return None


# "a spokesman for President Vladimir Putin", "an aide to Governor Ruth Pike": the person after "for" or
# "to" (and the titles before the name) is whose staff the title is, as a possessive says (trial 15 F12).
_FOR_PRINCIPAL = re.compile(r"\b(?:for|to)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def _serves(doc: Document, window_start: int, mention: ActorMention) -> bool:
    """Whether the person ``mention`` follows "for" or "to" (and its titles) in the phrase, and is a
    person named in full, no body read as a person ("the communications director for Justice Democrats")."""
    names = mention.actor.split()
    if len(names) < 2 or (names[0].lower(),) in doc.lex.titles:
        return False
    return _FOR_PRINCIPAL.search(doc.body, max(window_start, mention.start - 60), mention.start) is not None


# The principals whose office is being looked up (two people each named as the other's staff
# would loop).
_PRINCIPALS_OPEN: set[str] = set()

# Offices written right before a name that make its holder a head of state or government.
_HEAD_OFFICES = frozenset({"president", "governor", "mayor", "premier", "chancellor", "minister", "secretary", "gov", "pres"})


def heads_administration(doc: Document, person: str | None) -> bool:
    """"the Trump administration": a person whose name the text gives to an administration heads
    a government (a president's or a governor's), an office."""
    if not person:
        return False
    surname = person.split()[-1]
    return f"{surname} administration" in doc.body
