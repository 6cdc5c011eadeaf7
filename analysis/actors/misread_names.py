"""Round 16 (new-user trial 16, findings F7, F8, F12, F13, F14): words the earlier passes read as
the wrong actor, or as an actor where the story names none. Each rule reads the finished scan
(:class:`analysis.actors.scan._Scan`) and corrects it, after the other passes:

* **A person whose surname is a gazetteer name** (:func:`_given_names_before_forms`,
  :func:`_surnames_that_are_forms`): "New York Mayor Michael Bloomberg", "Rep. Jim Jordan",
  "President Bill Dane". A known given name typed a person (after a title) right before a one-word
  name of an organisation or a country, or a demonym in the singular, is that person's name, as it
  already is without the title ("Sara Jordan"); after the person is named in full, the bare word
  is the person (news names a person in full, then by surname: "Bloomberg said the lanes ...", "a
  fumbling Jordan insisted"), except where the word
  reads as the place or the outlet: after a place's preposition ("in Jordan", "to Jordan"), as a
  channel ("according to Bloomberg", "told Bloomberg", "Bloomberg reported"); a demonym is the
  person only before a speech verb or as a possessor ("Dane said", "Dane's plan"; not "English
  officials"). Two persons with that surname leave the word alone.
* **A department before a capitalised title** (:func:`_bodies_before_titles`): "Homeland Security
  Secretary Janet Napolitano": capitalised words with no known given name right before a title
  that stands before a person's name are the body whose office it is, not a person: the
  gazetteer's "Department of ..." of that name before "Secretary" (its head), no actor before
  another title ("Homeland Security Advisor Tom Bossert" works at the White House); capitals it
  does not list are left to the other passes (a place and a party, "Democratic Minnesota Rep. Ilhan Omar").
* **Common words glued to a surname** (:func:`_common_words_before_surnames`): a sentence's first
  word is capitalised for that reason only, so "Top Trump administration officials", "Does Biden
  have ...", "8. Reverse Trump's plan" name no "Top Trump": a two-word "person" that opens a
  sentence with a familiar English word (the Dale–Chall list) that is no known given name, before a
  word the text also writes alone (a surname), is that surname: the person named in full with it,
  else no actor (the text's other bare mentions of it are none either).
* **A title in title case** (:func:`_titles_after_question_words`): "the co-author of How Trump
  Won: The Inside Story": a question word capitalised inside a sentence opens the title of a book,
  film or article; a "person" right after it is that title's words.
* **A wire or outlet credit** (:func:`_outlet_credits`): "WASHINGTON (CNN) The mayor ...", "(Reuters)
  - Oil prices ...": an organisation in brackets at the opening of the body, before the first
  sentence's words, credits the story to the outlet that wrote it; the outlet is not an actor.
* **A person's nationality** (:func:`_nationalities_of_described_persons`): "Swedish teen climate
  activist Greta Thunberg", "American journalist James Foley": a demonym before lower-case words
  that describe a person, right before that person's name, is the person's nationality, not a
  mention of the state. An office of the state between them keeps the country ("Russian foreign
  minister Sergei Lavrov", "the French president Emmanuel Macron": a title of ``titles.toml`` that is
  official or depends on its body), as do the state's own roles (``actor_words.toml``
  ``state_roles``: "Israeli soldier", "a Chinese military spokesman").
* **An emphatic verb in capitals** (:func:`_emphatic_verbs`): "there IS an oxygen bar", "it IS
  true": a gazetteer alias that spells an English verb in capitals ("IS", Islamic State) is the
  verb when a subject word stands before it ("there", "it", "this", ...), a determiner, negation or
  adverb after it ("IS a", "IS not"), or a word in capitals beside it (a line in capitals).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets, is_name_word, load_titles, match_entry
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.venues import _easy_words
from analysis.lexicons import lexicon_cache, load_lexicon

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

# Words before a country's or outlet's name that make it the place or the channel, not the person.
_PLACE_OR_CHANNEL_BEFORE = frozenset({"to", "from", "told", "visit", "visited", "visiting", "across"})
_CHANNEL_AFTER = frozenset({"reported", "reports", "reporting", "News", "wrote", "published"})
# Question words, capitalised inside a sentence only in a title ("How Trump Won", "Why Nations Fail").
_TITLE_OPENERS = frozenset({"How", "Why", "What", "When", "Where", "Who"})
# Aliases that spell an English verb in capitals, and the words around them that make them the verb.
_VERB_ALIASES = frozenset({"IS"})
# (not "that", "which", "what": "the land that IS holds" names the group after a relative pronoun)
_SUBJECT_WORDS = frozenset({"there", "it", "this", "he", "she", "here"})
# (not "in", "on": "IS in Syria" is the group)
_AFTER_VERB = frozenset({"a", "an", "the", "not", "no", "also", "still", "so", "very", "really", "indeed", "now", "being", "going",
                         "true", "real", "happening", "just"})
_LOWER_RUN = re.compile(r"((?: [a-z][a-z-]*){1,4}) ")
_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)")


def correct_misreadings(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    scan.mentions.sort(key=BY_POSITION)
    _given_names_before_forms(scan)
    _surnames_that_are_forms(scan)
    _bodies_before_titles(scan)
    _common_words_before_surnames(scan)
    _titles_after_question_words(scan)
    _outlet_credits(scan)
    _nationalities_of_described_persons(scan)
    _emphatic_verbs(scan)


def _person(m: ActorMention, actor: str, via: str) -> ActorMention:
    return ActorMention(actor, "person", m.text, m.start, m.end, m.sentence, m.paragraph, via, None)


def _token_at(scan: _Scan, offset: int) -> int:
    return bisect.bisect_left(scan.starts, offset)


def _word_before(scan: _Scan, start: int) -> str | None:
    """The token right before body offset ``start``, one space before it."""
    k = _token_at(scan, start) - 1
    return scan.words[k] if k >= 0 and scan.body[scan.ends[k] : start] == " " else None


def _word_after(scan: _Scan, end: int) -> str | None:
    k = _token_at(scan, end)
    return scan.words[k] if k < len(scan.words) and scan.body[end : scan.starts[k]] == " " else None


def _gazetteer_word(m: ActorMention) -> bool:
    """A one-word name or alias of an organisation or a country ("Bloomberg", "Jordan")."""
    return m.via in ("name", "alias") and m.kind in ("organisation", "country") and " " not in m.text and is_name_word(m.text)


def _demonym_word(m: ActorMention) -> bool:
    """A country's demonym in the singular ("Dane", "English"): also a surname ("Bill Dane", "Phil English")."""
    return m.via == "demonym" and m.kind == "country" and " " not in m.text and is_name_word(m.text) and not m.text.endswith("s")


def _given_names_before_forms(scan: _Scan) -> None:
    mentions = scan.mentions
    renamed: dict[str, str] = {}
    out: list[ActorMention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "person" and " " not in previous.text and (_gazetteer_word(m) or _demonym_word(m))
                and scan.gender(previous.text) is not None and scan.body[previous.end : m.start] == " "):
            # "Mayor Michael Bloomberg": the given name was typed alone after the title (or given to another
            # person with that given name, "Rep. Jim Valdez and Rep. Jim Jordan")
            name = f"{previous.text} {m.text}"
            out[-1] = ActorMention(name, "person", name, previous.start, m.end, previous.sentence, previous.paragraph, "capitalised")
            if previous.actor == previous.text:
                renamed[previous.text] = name
            scan.persons[m.text] = name
            scan.vouched.add(name)
            continue
        out.append(m)
    if renamed:  # the given name's other lone mentions are that person ("Michael said")
        out = [_person(m, renamed[m.actor], m.via) if m.kind == "person" and m.actor in renamed and m.text == m.actor else m
               for m in out]
    mentions[:] = out


def _surnames_that_are_forms(scan: _Scan) -> None:
    owners: dict[str, set[str]] = {}
    first_full: dict[str, int] = {}
    for m in scan.mentions:
        if m.kind == "person" and " " in m.actor and " " in m.text and (m.actor in scan.vouched or scan.gender(m.actor) is not None):
            owners.setdefault(m.actor.split()[-1], set()).add(m.actor)
            first_full.setdefault(m.actor, m.start)
    if not owners:
        return
    place_before = scan.lists.place_before | _PLACE_OR_CHANNEL_BEFORE
    for k, m in enumerate(scan.mentions):
        named = owners.get(m.text) if _gazetteer_word(m) or _demonym_word(m) else None
        if named is None or len(named) != 1:
            continue
        owner = next(iter(named))
        before, after = _word_before(scan, m.start), _word_after(scan, m.end)
        if m.via == "demonym" and not (after in scan.lists.speech_words or scan.body[m.end : m.end + 2] in ("'s", "’s")):
            continue  # a demonym is the person only as a speaker or a possessor ("Dane said"; not "English officials")
        channel = before in place_before or after in _CHANNEL_AFTER or scan.body[max(0, m.start - 13) : m.start] == "according to "
        if m.start > first_full[owner] and not channel:
            scan.mentions[k] = _person(m, owner, "surname")


def _bodies_before_titles(scan: _Scan) -> None:
    persons = {m.start for m in scan.mentions if m.kind == "person"}
    dropped: set[int] = set()
    for k, m in enumerate(scan.mentions):
        if m.kind != "person" or m.via != "capitalised" or m.actor != m.text or scan.gender(m.text) is not None:
            continue
        first = _token_at(scan, m.start)
        if scan.title_before[first]:
            continue
        j = _token_at(scan, m.end)
        t = j  # the title's tokens, consumed by the title pass, then the name it stands before
        while t < len(scan.words) and t - j < 4 and scan.consumed[t] and not scan.title_before[t] and scan.words[t][:1].isupper():
            t += 1
        if (t == j or t >= len(scan.words) or not scan.title_before[t] or scan.starts[t] not in persons
                or scan.body[m.end : scan.starts[j]] != " "):
            continue
        # (only a department the gazetteer lists: other capitals there are a place and a party, "Democratic
        # Minnesota Rep. Ilhan Omar", or a rank, "Former Interior Secretary", which the later passes cut off)
        department = match_entry(f"Department of {m.text}")
        if department is None or department.form != f"Department of {m.text}":
            continue
        if "Secretary" in scan.words[j:t]:  # the department's head ("Homeland Security Secretary Janet Napolitano")
            scan.mentions[k] = ActorMention(department.actor, department.kind, m.text, m.start, m.end, m.sentence, m.paragraph,
                                            department.via, department.institution)
        else:  # another office with that portfolio ("Homeland Security Advisor Tom Bossert", at the White House)
            dropped.add(k)
    if dropped:
        scan.mentions[:] = [m for k, m in enumerate(scan.mentions) if k not in dropped]


def _common_words_before_surnames(scan: _Scan) -> None:
    easy, bodies = _easy_words(), _institution_nouns()
    full: dict[str, str] = {}
    for m in scan.mentions:  # persons named in full with a known given name or a title
        if m.kind == "person" and " " in m.actor and (m.actor in scan.vouched or scan.gender(m.actor) is not None):
            full.setdefault(m.actor.split()[-1], m.actor)
    target: dict[str, str] = {}  # the misread name -> the person it names
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or m.actor != m.text:
            continue  # (the cheap tests first: most mentions stop here, unsplit)
        words = m.text.split()
        k = _token_at(scan, m.start)
        if (len(words) != 2
                or k not in scan.sentence_first_token or scan.title_before[k] or words[0].lower() not in easy
                or scan.gender(words[0]) is not None or scan.words.count(words[1]) < 2):
            continue
        owner = full.get(words[1])
        if owner is not None and owner != m.actor:
            target[m.actor] = owner  # "Does Biden have ...": the Joe Biden the text names
        elif _word_after(scan, m.end) in bodies:
            target[m.actor] = words[1]  # "Top Trump administration officials": a surname before the body it heads
    if not target:
        return
    out: list[ActorMention] = []
    for m in scan.mentions:
        if m.kind != "person" or m.actor not in target:
            out.append(m)
        elif m.text == m.actor and target[m.actor] == m.text.split()[-1]:
            continue  # the body's modifier, as "Senior Trump administration officials" (the sourcing reads an unnamed group)
        elif m.text == m.actor:  # the misread run itself: its last word names the person
            start = m.start + len(m.text.split()[0]) + 1
            out.append(ActorMention(target[m.actor], "person", scan.body[start : m.end], start, m.end, m.sentence, m.paragraph,
                                    "surname"))
        else:  # the surname's other mentions, given to the misread name
            out.append(_person(m, target[m.actor], m.via))
    scan.mentions[:] = out


@lexicon_cache
def _institution_nouns() -> frozenset[str]:
    """The nouns of a body speaking as a whole (``speakers.toml`` ``institution``: "administration", "campaign")."""
    return frozenset(item["noun"] for item in load_lexicon("speakers")["institution"])


def _titles_after_question_words(scan: _Scan) -> None:
    easy = _easy_words()

    def in_title(m: ActorMention) -> bool:
        # (its last word a familiar word, as a title's verb or noun: "How Trump Won", not "Why Stacey Abrams ...")
        if (m.kind != "person" or m.via != "capitalised" or " " not in m.text or scan.gender(m.text) is not None
                or m.text.split()[-1].lower() not in easy):
            return False
        k = _token_at(scan, m.start) - 1
        return (k >= 0 and scan.words[k] in _TITLE_OPENERS and k not in scan.sentence_first_token
                and scan.body[scan.ends[k] : m.start] == " ")

    scan.mentions[:] = [m for m in scan.mentions if not in_title(m)]


def _outlet_credits(scan: _Scan) -> None:
    body = scan.body
    first_end = scan.sentences[0][1] if scan.sentences else len(body)
    match = _BRACKETED.search(body, 0, min(first_end, 80))
    if match is None:
        return
    # A place (or what is left of one) or nothing before the bracket, and the story's first word or a
    # dash after it: "Acme (NYSE) rose" is a firm's listing, not a credit.
    after = body[match.end() : match.end() + 3].lstrip(" ")
    if len(body[: match.start()].split()) > 3 or not after or not (after[0].isupper() or after[0] in "-–—"):
        return
    if any(m.end <= match.start() and m.kind in ("person", "organisation", "group") for m in scan.mentions):
        return  # "Environmental Protection Agency (EPA) Administrator ...": an acronym defined, not a credit
    start, end = match.span(1)
    credited = [m for m in scan.mentions if m.start >= start and m.end <= end]
    if credited and all(m.kind == "organisation" for m in credited) and body[credited[0].start : credited[-1].end] == match.group(1):
        scan.mentions[:] = [m for m in scan.mentions if m not in credited]


def _nationalities_of_described_persons(scan: _Scan) -> None:
    roles = actor_word_sets().get("state_roles", frozenset())
    titles = load_titles()[1]
    persons = {m.start: m for m in scan.mentions if m.kind == "person"}

    def nationality(m: ActorMention) -> bool:
        if m.via != "demonym" or m.kind != "country":
            return False
        match = _LOWER_RUN.match(scan.body, m.end)
        if match is None or match.end() not in persons:
            return False
        words = tuple(match.group(1).split())
        if not roles.isdisjoint(words):
            return False
        return not any(words[-n:] in titles and titles[words[-n:]] is not False for n in range(1, len(words) + 1))

    scan.mentions[:] = [m for m in scan.mentions if not nationality(m)]


def _emphatic_verbs(scan: _Scan) -> None:
    def verb(m: ActorMention) -> bool:
        if m.text not in _VERB_ALIASES or m.via != "alias":
            return False
        before, after = _word_before(scan, m.start), _word_after(scan, m.end)
        shouted = any(w is not None and len(w) > 1 and w.isupper() and w.isalpha() for w in (before, after))
        return before in _SUBJECT_WORDS or after in _AFTER_VERB or shouted

    scan.mentions[:] = [m for m in scan.mentions if not verb(m)]
