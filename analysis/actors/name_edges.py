"""Round 17 (what round 16's new-user trial left, noted in its closing note): the word at a name's
edge (the word before it, its last word, the words after it) says what the name is. Each rule reads
the finished scan (:class:`analysis.actors.scan._Scan`) and corrects it, after the other passes:

* **Firms joined by "&"** (:func:`_ampersand_firms`): "Procter & Gamble said", "Johnson & Johnson":
  capitalised names joined by " & " are one organisation's name (people are joined by "and"), so
  the word after "&" is no actor of its own. The words on both sides must be words the text never
  writes in lower case ("Science & Technology" is a field or a title's words), no honorific ("Mr. &
  Mrs. Smith"), and no capitalised word may follow (a longer title: "Science & Technology
  Highlights"); since round 18 one side may be a familiar word the text also writes in lower case
  when the other is a name that is no familiar word ("Ernst & Young", "Marks & Spencer"); a body's
  whole name before "&" ("the Health Ministry & Transport Authority") keeps the two bodies apart.
* **"The X Administration"** (:func:`_capitalised_administrations`): "the Trump Administration" is
  "the Trump administration" written with a capital, read as the lower-case form is (its head, the
  person, at the surname: :mod:`analysis.actors.short_forms`): a one-word name before
  "Administration" that the text also names as a person ("President Trump", "Donald Trump") is that
  person; a body's name stays ("Maritime Administration", "Small Business Administration"), and so
  does the administration as a speaker ("The Trump Administration said": :func:`_speaks`).
* **Buildings named for people or firms** (:func:`_buildings`): "Trump Tower", "Trump Hotel",
  "Hilton Plaza": a run ending in a building's head word (``actor_words.toml`` ``building_heads``)
  with no known given name first and no title before it is a place, no actor (the owner is no more
  mentioned than a city is by its street).
* **A firm before a company title** (:func:`_employers_before_company_titles`): "Acme Widgets CEO
  Jane Doe", "Acme Widgets Chief Executive Jane Doe": capitalised words (no known given name first,
  no title before) right before a title that is no public office (``titles.toml`` official = false:
  a company's job) and a person's name are the person's employer, an organisation at all its
  mentions. A place is written before a public office ("Fort Worth Mayor Betsy Price"), which is
  left alone, as are titles that depend on their body ("President").
* **A capitalised opener before a place or a surname** (:func:`_openers_before_names`): a
  sentence's or a list item's first word is capitalised for its position only. "Given Texas's
  importance", "Young Virginia voters": a familiar English word (the Dale–Chall list) that is no
  known given name, opening a sentence before a US state's name, makes no person (a US state is a
  place, no actor). "8. Reverse Trump's plan": a list item's first word (after "8." or "8)") that
  is no known given name, before the surname of a person the text names in full, is that person's
  mention at the surname.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets, is_name_word, load_titles
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.person_names import _speech_forms
from analysis.actors.venues import _easy_words
from analysis.lexicons import lexicon_cache, load_lexicon

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

# "8. Reverse", "3) Expand": a list item's number before its first word, at a line's or a sentence's start
# (news pasted from a web page glues the item to the sentence before: "efficiency.8. Reverse").
_LIST_MARKER = re.compile(r"(?:^|(?<=[\n.!?:;]))[ \t]*\d{1,2}[.)] +(?=[A-Z])", re.MULTILINE)
_AMPERSAND = " & "


def correct_edges(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    scan.mentions.sort(key=BY_POSITION)
    if _AMPERSAND in scan.body:
        _ampersand_firms(scan)
    if "Administration" in scan.body:
        _capitalised_administrations(scan)
    _buildings(scan)
    _employers_before_company_titles(scan)
    _openers_before_names(scan)
    scan.mentions.sort(key=BY_POSITION)


def _token_at(scan: _Scan, offset: int) -> int:
    return bisect.bisect_left(scan.starts, offset)


def _name_token(scan: _Scan, k: int) -> bool:
    """A capitalised name word the text never writes in lower case, no honorific or non-name."""
    word = scan.words[k]
    return (is_name_word(word) and word not in scan.lists.not_names and word.lower() not in scan.lower_words
            and word.lower().rstrip(".") not in scan.honorifics)


def _ampersand_firms(scan: _Scan) -> None:
    body, words, starts, ends = scan.body, scan.words, scan.starts, scan.ends
    for match in re.finditer(re.escape(_AMPERSAND), body):
        left, right = _token_at(scan, match.start()) - 1, _token_at(scan, match.end())
        if left < 0 or right >= len(words) or ends[left] != match.start() or starts[right] != match.end():
            continue
        if not _ampersand_pair(scan, left, right) or words[left] in scan.lists.org_words:
            continue  # (a body's whole name before "&": "The Health Ministry & Transport Authority" are two)
        first, last = left, right
        while first > 0 and body[ends[first - 1] : starts[first]] == " " and _name_token(scan, first - 1):
            first -= 1
        while last + 1 < len(words) and body[ends[last] : starts[last + 1]] == " " and words[last + 1] in scan.lists.org_words:
            last += 1  # "Procter & Gamble Co", "Johnson & Johnson Services"
        following = last + 1 < len(words) and body[ends[last] : starts[last + 1]] == " " and words[last + 1][:1].isupper()
        if following:
            continue  # "Science & Technology Highlights": a longer title's words
        start, end = starts[first], ends[last]
        inside = [m for m in scan.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a longer name the earlier passes found around it
        name = " ".join(body[start:end].split())
        sentence, paragraph = scan.sentence_and_paragraph(start)
        scan.mentions[:] = [m for m in scan.mentions if m not in inside]
        scan.mentions.append(ActorMention(name, "organisation", body[start:end], start, end, sentence, paragraph, "capitalised"))
        # the right-hand word's bare mentions elsewhere ("Gamble said") named this firm too
        scan.strong_organisations.add(name)
        for k, m in enumerate(scan.mentions):
            if m.text == words[last] and m.kind in ("person", "organisation") and m.actor == m.text:
                scan.mentions[k] = ActorMention(name, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, "alias")


def _ampersand_pair(scan: _Scan, left: int, right: int) -> bool:
    """Whether the words around " & " can be a firm's: both name tokens (:func:`_name_token`), or
    (round 18) one a name token that is no familiar English word ("Ernst", "Spencer") and the other
    a surname that is also a familiar word the text writes in lower case too ("Ernst & Young" in a
    text about young buyers, "Marks & Spencer" beside "marks"): a field's or title's words ("Science
    & Technology") are both unfamiliar or both capitalised throughout, and stay apart."""
    if _name_token(scan, left) and _name_token(scan, right):
        return True
    for strict, loose in ((left, right), (right, left)):
        word = scan.words[loose]
        name = scan.words[strict].lower()
        if (_name_token(scan, strict) and not _familiar(name) and not name.endswith(("ed", "ing")) and is_name_word(word)
                and word not in scan.lists.not_names and word.lower().rstrip(".") not in scan.honorifics
                and _familiar(word.lower())):
            return True
    return False


def _familiar(lower: str) -> bool:
    """A Dale–Chall word, or one with an ending added ("marks", "balanced", "growing")."""
    easy = _easy_words()
    return lower in easy or any(lower.endswith(end) and lower[: -len(end)] in easy for end in ("s", "es", "d", "ed", "ing"))


def _capitalised_administrations(scan: _Scan) -> None:
    # The surname's owner as the lower-case form finds it: the person its bare mentions name, else
    # the first named in full with it ("Ivanka Trump" after "Donald Trump" takes nothing from him).
    persons: dict[str, str] = {}
    for m in scan.mentions:
        if m.kind == "person" and " " not in m.text:
            persons.setdefault(m.text, m.actor)
    for last, full_name in scan.persons.items():
        persons.setdefault(last, full_name)
    # (two persons named in full with the surname: whose administration the text does not say)
    full_names: dict[str, set[str]] = {}
    for m in scan.mentions:
        if m.kind == "person" and " " in m.actor:
            full_names.setdefault(m.actor.split()[-1], set()).add(m.actor)
    for k, m in enumerate(scan.mentions):
        words = m.text.split()
        if m.kind != "organisation" or m.via != "capitalised" or len(words) != 2 or words[1] != "Administration":
            continue
        word = words[0]
        # (a name the text writes elsewhere too, as the lower-case form's surname: "President Trump", "Trump said")
        elsewhere = scan.words.count(word) > scan.body.count(f"{word} Administration")
        owner = persons.get(word) or (word if elsewhere and word.lower() not in scan.lower_words
                                      and word.lower() not in _easy_words() and word not in scan.lists.org_words else None)
        if owner is None or not is_name_word(word) or len(full_names.get(word, ())) > 1 or _speaks(scan, m.end):
            continue
        end = m.start + len(words[0])
        scan.mentions[k] = ActorMention(owner, "person", scan.body[m.start : end], m.start, end, m.sentence, m.paragraph,
                                        "surname" if owner != words[0] else "capitalised")


_CLAUSE_END = re.compile(r"[,.;:!?()\"“”]")


def _speaks(scan: _Scan, end: int) -> bool:
    """Whether a speech verb follows within three words in the same clause ("The Trump Administration
    said", "... on Monday said"): the administration speaks as a body. Sourcing reads a body speaking
    by its lower-case head ("the Trump administration said": an institution), and a capitalised one
    with the person typed before it would give the person as the speaker, so the body is kept there."""
    k = _token_at(scan, end)
    for t in range(k, min(k + 3, len(scan.words))):
        if _CLAUSE_END.search(scan.body, scan.ends[t - 1] if t > k else end, scan.starts[t]):
            return False
        if scan.words[t] in _speech_forms():
            return True
    return False


@lexicon_cache
def _building_heads() -> frozenset[str]:
    return actor_word_sets().get("building_heads", frozenset())


def _buildings(scan: _Scan) -> None:
    heads = _building_heads()

    def building(m: ActorMention) -> bool:
        if m.via != "capitalised" or m.kind not in ("person", "organisation"):
            return False
        words = m.text.split()
        if len(words) < 2 or words[-1] not in heads:
            return False
        return scan.gender(words[0]) is None and not scan.title_before[_token_at(scan, m.start)]

    scan.mentions[:] = [m for m in scan.mentions if not building(m)]


def _company_title_at(scan: _Scan, k: int) -> int:
    """How many tokens from token ``k`` make a title that is no public office ("CEO", "Chief
    Executive"), with a person's name right after it; 0 if none."""
    titles = load_titles()[1]
    for n in (3, 2, 1):
        if k + n >= len(scan.words):
            continue
        title = tuple(w.lower() for w in scan.words[k : k + n])
        if titles.get(title, None) is False and all(scan.body[scan.ends[t - 1] : scan.starts[t]] == " " for t in range(k, k + n + 1)):
            return n if all(scan.words[t][:1].isupper() for t in range(k, k + n)) else 0
    return 0


def _employers_before_company_titles(scan: _Scan) -> None:
    person_starts = {m.start for m in scan.mentions if m.kind == "person"}
    employers: set[str] = set()
    for m in scan.mentions:
        if (m.kind != "person" or m.via != "capitalised" or m.actor != m.text or " " not in m.text
                or scan.gender(m.text) is not None or scan.title_before[_token_at(scan, m.start)]):
            continue
        j = _token_at(scan, m.end)
        n = _company_title_at(scan, j) if j < len(scan.words) and scan.body[m.end : scan.starts[j]] == " " else 0
        if n and scan.starts[j + n] in person_starts:
            employers.add(m.actor)
    if not employers:
        return
    scan.strong_organisations |= employers
    scan.mentions[:] = [
        ActorMention(m.actor, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)
        if m.kind == "person" and m.actor in employers else m
        for m in scan.mentions
    ]


@lexicon_cache
def _us_states() -> frozenset[str]:
    return frozenset(load_lexicon("gazetteer").get("us_states", ()))


def _openers_before_names(scan: _Scan) -> None:
    list_firsts: set[int] | None = None  # the list items' first tokens, found only when a candidate needs them
    full = {m.actor.split()[-1]: m.actor for m in scan.mentions
            if m.kind == "person" and " " in m.text and " " in m.actor and scan.gender(m.actor) is not None}
    easy, states = _easy_words(), _us_states()
    doomed: set[str] = set()
    renamed: dict[str, str] = {}
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or m.actor != m.text:
            continue
        words = m.text.split()
        if len(words) != 2 or scan.gender(words[0]) is not None:
            continue
        k = _token_at(scan, m.start)
        if scan.title_before[k]:
            continue
        if k in scan.sentence_first_token and words[0].lower() in easy and words[1] in states:
            doomed.add(m.actor)  # "Given Texas's importance", "Young Virginia voters"
        elif full.get(words[1], m.actor) != m.actor:
            if list_firsts is None:  # (the marker's pattern tries every position of the body)
                list_firsts = {_token_at(scan, match.end()) for match in _LIST_MARKER.finditer(scan.body)}
            if k in list_firsts:
                renamed[m.actor] = full[words[1]]  # "8. Reverse Trump's plan"
    if not doomed and not renamed:
        return
    out: list[ActorMention] = []
    for m in scan.mentions:
        if m.kind != "person" or (m.actor not in doomed and m.actor not in renamed):
            out.append(m)
        elif m.actor in renamed and m.text == m.actor:  # the misread run: its last word names the person
            start = m.start + len(m.text.split()[0]) + 1
            out.append(ActorMention(renamed[m.actor], "person", scan.body[start : m.end], start, m.end, m.sentence, m.paragraph,
                                    "surname"))
        elif m.actor in renamed:
            out.append(ActorMention(renamed[m.actor], "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via))
    scan.mentions[:] = out
