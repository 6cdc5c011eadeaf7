"""Who a person is across one article: names cut out of title-case lines, surnames, and storms.

Runs after the scan (:func:`analysis.actors.find_actors`) on the article's mentions, with the
person names of its headline. How news writes people, and what the scan gets wrong without this:

* **A name inside a title-case line** (a headline glued to the text, a "(RELATED: Dan Rather
  Claims ...)" link line) runs on into the headline's words: "Andrew Wheeler Downplays Climate
  Risks", "Greta Thunberg Mum". The name ends at a word the text also uses alone as a name
  ("Wheeler said ...") or before words the text writes in lower case ("downplays", "claims"); it
  keeps at least a given name and a surname.
* **A title or a side before a name** ("House Speaker Nancy Pelosi", "Democrat Cheryl LaFleur",
  "Under Secretary of Energy Mark Menezes") is not part of it: the words before a known given name
  go when each is a title, a party word or a word the text writes in lower case, or when the run
  follows "of" (the end of a title: "Secretary of Energy"). Such a run typed an organisation is a
  person once its name is cut out (a given name, a surname, no organisation word).
* **A surname alone is the person named in full** anywhere in the article or its headline
  ("Wheeler", "Menezes", "LaFleur", "Thunberg"; "Speaker Pelosi"), even where the scan took it for
  an organisation or missed it; a given name alone of one named person is that person ("Elton").
  Two people with the same surname are left alone.
* **A lone capitalised word before a speech verb and "he" or "she"** ("Wheeler said he believed
  ...") is a person, even with no full name anywhere.
* **Not persons**: storms and other named events ("Hurricane Dorian", "Cyclone Idai":
  ``actor_words.toml`` ``event_heads``); a "person" with no known given name all of whose words
  the text also writes in lower case ("Climate Change", "Says", "Regulations Blamed"); and, in a
  "(RELATED: ...)" link line, any "person" that does not open with a known given name ("Million
  Barrel", "Day Milestone Way Ahead").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import accumulate, compress, count

from analysis.actors.gazetteer import actor_word_sets, gender_lookup, load_titles, load_word_lists, match_entry, person_gender
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.name_contexts import early_surname_owners, merge_initial_variants
from analysis.actors.quoted_names import quoted_before
from analysis.actors.scan import SpanTable
from analysis.article import Tokens
from analysis.lexicons import lexicon_cache, load_lexicon

_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
# A lower-case word of the body: the letter first and the look-behind after it, on the character
# before the letter (a search skips to the next lower-case letter instead of trying every character).
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-].)[a-z'’-]*")
_LOWER_WORD_SHAPE = re.compile(r"[a-z][a-z'’-]*")
_LOWER_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
# (compiled once: re.search(pattern string) looks the pattern up in re's cache at every call)
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]* $")
_SPACE_CAPITAL = re.compile(r" [A-Z]")
_NUMBER_HYPHEN = re.compile(r"[0-9]-$")
_RELATED = re.compile(r"\((?:RELATED|SEE ALSO|READ MORE|WATCH): [^()]*\)")
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_PARTY_WORDS = frozenset({"Democrat", "Democratic", "Republican", "GOP", "Labour", "Tory", "Conservative", "Liberal", "Independent",
                          "Socialist", "Green", "Former", "Then"})
_POSSESSIVE = ("'s", "’s")
# Given names that are also US states: "West Virginia Democratic ...", "South Carolina voters".
_PLACE_GIVEN_NAMES = frozenset({"Virginia", "Carolina", "Georgia", "Indiana", "Montana", "Dakota", "Florida", "Jersey", "Washington"})
# Capitalised words that open a sentence before "said" and are no names ("They said she ...").
_NOT_SPEAKER_WORDS = frozenset({"they", "he", "she", "it", "we", "you", "i", "this", "that", "these", "those", "there", "then",
                                "but", "and", "so", "yet", "also", "officials", "police", "others", "many", "some", "both"})
_RANKS = frozenset({"Senior", "Junior", "Chief", "Deputy", "Acting", "Former", "Assistant", "Associate", "Interim", "Principal"})


@lexicon_cache
def _speech_forms() -> frozenset[str]:
    return frozenset(form for verb in load_lexicon("speech_verbs")["verbs"] for form in verb["forms"])


@lexicon_cache
def _title_words() -> frozenset[str]:
    """Every word of a title or honorific but the small words ("house", "speaker", "secretary"; not "of")."""
    honorifics, titles, _ = load_titles()
    small = {"of", "the", "for", "and", "to", "in", "on", "at", "a"}
    found = {w for title in titles for w in title if w not in small}
    return frozenset(found | {h.rstrip(".").lower() for h in honorifics})


def settle_person_names(
    body: str, mentions: Sequence[ActorMention], sentences: Sequence[tuple[int, int, int, int]], headline_persons: Iterable[str] = (),
    tokens: Tokens | None = None,
) -> list[ActorMention]:
    """The mentions with the rules of the module docstring applied, in body order; ``tokens`` are
    the body's words when known (they tell where a speaker can stand)."""
    lower_words = _LowerWords(body)
    events = actor_word_sets()["event_heads"]
    found = _names_with_initials(body, [m for m in mentions if not _event(m, events)], sentences)
    found = _drop_common_word_persons(body, found, lower_words)
    found = _trim_names(body, found, lower_words)
    full_names = [m.actor for m in found if m.kind == "person" and " " in m.actor]
    for name in headline_persons:
        trimmed = _trimmed_words(body, name.split(), lower_words, ())
        if trimmed is not None and len(trimmed[1]) >= 2 and person_gender(trimmed[1][0]) is not None:
            full_names.append(" ".join(trimmed[1]))
    found, full_names = merge_initial_variants(found, full_names)  # "Donald J. Trump" is "Donald Trump" (actors/name_contexts.py)
    found = _resolve_surnames(body, found, full_names, sentences, lower_words)
    found = _speakers_by_pronoun(body, found, lower_words, sentences, tokens)
    found.sort(key=BY_POSITION)
    return found


# (The capital first and the look-behind after it, on the character before the capital: the same
# matches, and a pattern that opens with a character class is searched by skipping to the next
# capital, where one that opens with a look-behind is tried at every character of the body.)
_WITH_INITIAL = re.compile(r"([A-Z](?<![\w.’'-].)[a-z]+) ([A-Z])\. ([A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")
_SPACED_INITIAL = re.compile(r" [A-Z]\. [A-Z]")  # what every match of _WITH_INITIAL holds


def _names_with_initials(
    body: str, mentions: list[ActorMention], sentences: Sequence[tuple[int, int, int, int]],
) -> list[ActorMention]:
    """"Thomas A. LaVeist": a known given name, a middle initial and a capitalised word are one
    person's name, though the initial is also the article "A" (the scan stops at it and keeps
    "LaVeist" alone, as a firm)."""
    if _SPACED_INITIAL.search(body) is None:
        return mentions  # (most texts: every match holds " A. B", searched from spaces, not tried at every capital)
    added: list[ActorMention] = []
    for match in _WITH_INITIAL.finditer(body):
        if person_gender(match.group(1)) is None or match.group(3) in load_word_lists().not_names:
            continue
        a, b = match.span()
        if any(m.start <= a and b <= m.end and m.kind == "person" for m in mentions):
            continue  # (found already: "Joel B. Pollak")
        starts = [s[0] for s in sentences]
        k = max(0, bisect.bisect_right(starts, a) - 1)
        sentence, paragraph = (sentences[k][2], sentences[k][3]) if sentences else (0, 0)
        added.append(ActorMention(match.group(0), "person", match.group(0), a, b, sentence, paragraph, "capitalised"))
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(m.start < b and a < m.end for a, b in spans)]
    return kept + added


def _event(m: ActorMention, event_heads: frozenset[str]) -> bool:
    """"Hurricane Dorian", "Cyclone Idai": a named storm (``actor_words.toml`` ``event_heads``) is an event, not a person."""
    return m.kind == "person" and " " in m.text and m.text.split()[0] in event_heads


class _LowerWords:
    """``set(_LOWER_WORD.findall(body))`` for the ``in`` test only: the passes ask about some thirty
    words per article, and finding each in the body costs a fraction of listing its every
    lower-case word (6 % of find_actors). A word is one of them where it stands with no word
    character, apostrophe or hyphen before it and no lower-case letter, apostrophe or hyphen after
    it (a match of the pattern runs to the end of such a stretch). Past a long body or many
    questions the whole set is built once, so the cost stays linear in the text."""

    _LAZY_BODY = 30_000  # characters: above this, the set at once
    _LAZY_ASKS = 64  # distinct words asked before the set is built

    def __init__(self, body: str) -> None:
        self.body = body
        self.known: dict[str, bool] = {}
        self.words: set[str] | None = set(_LOWER_WORD.findall(body)) if len(body) > self._LAZY_BODY else None

    def __contains__(self, word: object) -> bool:
        if self.words is not None:
            return word in self.words
        if not isinstance(word, str):
            return False
        found = self.known.get(word)
        if found is None:
            if len(self.known) >= self._LAZY_ASKS:
                self.words = set(_LOWER_WORD.findall(self.body))
                return word in self.words
            found = self.known[word] = self._stands_alone(word)
        return found

    def _stands_alone(self, word: str) -> bool:
        if not _LOWER_WORD_SHAPE.fullmatch(word):
            return False
        body, size = self.body, len(word)
        at = body.find(word)
        while at != -1:
            before = body[at - 1] if at else ""
            after = body[at + size : at + size + 1]
            if not (before and (_is_word_char(before) or before in "'’-")) and after not in _LOWER_CONTINUES:
                return True
            at = body.find(word, at + 1)
        return False


def _is_lower_elsewhere(word: str, lower_words: _LowerWords) -> bool:
    return word.lower() in lower_words or word.lower().rstrip(".,") in lower_words


def _drop_common_word_persons(body: str, mentions: list[ActorMention], lower_words: _LowerWords) -> list[ActorMention]:
    related = [(m.start(), m.end()) for m in _RELATED.finditer(body)]
    titles = _title_words()
    gender = gender_lookup()  # (person_gender, taken once: asked per mention)
    dropped: set[str] = set()
    for m in mentions:
        if m.kind != "person" or m.via != "capitalised" or gender(m.text) is not None:
            continue
        name_words = m.text.split()
        before = body[max(0, m.start - 30) : m.start].split()
        after_title = bool(before) and before[-1].rstrip(".").lower() in titles and name_words[0].lower() not in _speech_forms()
        in_related = any(a <= m.start and m.end <= b for a, b in related) and not any(
            not any(a <= k.start() < b for a, b in related) for k in re.finditer(re.escape(m.text), body)
        )  # (a name the text also writes outside its link lines is a name: "Alexandria Ocasio-Cortez")
        after_number = _NUMBER_HYPHEN.search(body[max(0, m.start - 2) : m.start]) is not None  # "16-Year-Old Climate Activist"
        if after_number or (not after_title and (in_related or _not_a_name(name_words, lower_words))):
            dropped.add(m.actor)  # "Climate Change", "Says"; "(RELATED: ... Million Barrel ...)"
    # (its surname-only mentions go with it: "Democratic" of "House Democratic")
    if not dropped:
        return list(mentions)
    return [m for m in mentions if not (m.kind == "person" and m.actor in dropped)]


def _not_a_name(name_words: list[str], lower_words: _LowerWords) -> bool:
    """A run with no known given name that names no one: only words the text writes in lower case,
    titles and party words ("Senior Editor", "House Democrats", "Climate Change"), a party word in
    it ("Ten Democrat", "Minnesota Democratic"), a thing's head last ("Green New Deal", "Clean Power
    Plan": ``actor_words.toml`` ``thing_heads``), or a speech verb alone ("Says", "Proclaims")."""
    titles = _title_words()
    if any(map(gender_lookup(), name_words[:-1])):  # (person_gender per word; a gender is a non-empty string)
        return False  # "House Republican Thomas Massie": a name after a side
    party = [w.rstrip("s") in ("Democrat", "Republican") or w == "Democratic" for w in name_words]
    if party[-1] or (len(name_words) <= 2 and any(party)):
        return True  # "Ten Democrat", "Minnesota Democratic", "Democratic Massachusetts"; not "Democrat Zephyr Teachout"
    if name_words[-1] in actor_word_sets()["thing_heads"] or (len(name_words) == 1 and name_words[0].lower() in _speech_forms()):
        return True
    return all(_is_lower_elsewhere(w, lower_words) or w.rstrip(".").lower() in titles or w in _RANKS for w in name_words)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # re's \w for str patterns


def _joins_word(ch: str) -> bool:
    # A word character (_is_word_char, inline: asked per occurrence) or a hyphen, which joins words in a name ("Ocasio-Cortez").
    return ch.isalnum() or ch == "_" or ch == "-"


def _whole_word_spans(body: str, word: str, *, not_possessive: bool = False) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` standing as a whole word in ``body`` (no word character or hyphen on
    either side; with ``not_possessive``, not followed by an apostrophe and two word characters),
    left to right without overlap, as ``re.finditer`` would give them. A plain search: compiling a
    pattern per name cost more than the search (669 compilations on 60 articles, round 11)."""
    size, at = len(word), body.find(word)
    while at != -1:
        end = at + size
        after = body[end : end + 1]
        whole = not (at and _joins_word(body[at - 1])) and not (after and _joins_word(after))
        if whole and not_possessive and after in ("'", "’") and len(body) > end + 2:
            whole = not (_is_word_char(body[end + 1]) and _is_word_char(body[end + 2]))
        if whole:
            yield at, end
            at = body.find(word, end)
        else:
            at = body.find(word, at + 1)


def _standalone_elsewhere(body: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` is written alone as a name outside ``start..end``: not beside another capitalised word."""
    alone = _standalone_starts(body, word)
    return bool(alone) and (alone[0] < start or alone[-1] >= end)  # in order: one outside is first or last


@functools.lru_cache(maxsize=1024)
def _standalone_starts(body: str, word: str) -> tuple[int, ...]:
    """Where ``word`` stands alone as a name in ``body`` (a whole word, no capitalised word beside
    it), in order: found once per body and word, since a name is asked about at each of its
    mentions (a search per mention made a long text's cost grow with its square)."""
    found_alone = []
    for found, found_end in _whole_word_spans(body, word):
        before = body[max(0, found - 20) : found].split()
        after = body[found_end : found_end + 20].split()
        near_capital = (before and before[-1][:1].isupper() and body[found - 1 : found] == " ") or (
            after and after[0][:1].isupper() and body[found_end : found_end + 1] == " "
        )
        if not near_capital:
            found_alone.append(found)
    return tuple(found_alone)


def _trimmed_words(
    body: str, name_words: list[str], lower_words: _LowerWords, span: tuple[int, int] | tuple[()], after_of: bool = False,
    titled: bool = False,
) -> tuple[int, list[str]] | None:
    """(index of the first kept word, kept words) of a name written with title or headline words
    around it, or None when nothing is cut. Titles and party words before the given name are cut
    only when ``titled`` (a run the scan typed an organisation: the scan keeps a person's own)."""
    first, given = _first_kept(name_words, lower_words, after_of, titled)
    start, end = span if span else (-1, -1)
    last = len(name_words)
    lowest = first + 2 if given is not None else first + 1
    for k in range(lowest - 1, len(name_words) - 1):
        rest = name_words[k + 1 :]
        if len(name_words[k].rstrip(".")) <= 1 or rest[0] in _SUFFIXES:
            continue  # an initial ("Joel B. Pollak") or a surname before its suffix ("Roger Pielke Jr.")
        if given is None and k == 0 and span and _SPACE_CAPITAL.match(body[end : end + 2]):
            continue  # "former Obama Education Secretary Arne Duncan": a name used as an adjective before a title
        if _standalone_elsewhere(body, name_words[k], start, end) and (
            given is not None or k >= 1 or all(_is_lower_elsewhere(w, lower_words) for w in rest)
        ):  # ("Alexandria Ocasio-Cortez Defiantly Promises": a given name no list holds, a surname used alone)
            last = k + 1
            break
    if last == len(name_words) and given is not None:
        while last > lowest and name_words[last - 1] not in _SUFFIXES and _is_lower_elsewhere(name_words[last - 1], lower_words):
            last -= 1
    if first == 0 and last == len(name_words):
        return None
    return first, name_words[first:last]


def _first_kept(name_words: list[str], lower_words: _LowerWords, after_of: bool, titled: bool) -> tuple[int, int | None]:
    """The index of the first word :func:`_trimmed_words` keeps, and of the name's known given name (if any)."""
    titles = _title_words()
    gender = gender_lookup()  # (person_gender, taken once: asked per word)
    given = next((k for k, w in enumerate(name_words[:-1]) if gender(w) is not None and w not in _PLACE_GIVEN_NAMES), None)
    if given is not None and given > 0 and (after_of or all(
        w in _PARTY_WORDS or (titled and w.rstrip(".").lower() in titles) or _is_lower_elsewhere(w, lower_words)
        for w in name_words[:given]
    )):
        return given, given
    if given is None and len(name_words) >= 3 and name_words[0] in ("Democrat", "Republican") and name_words[1] not in _PARTY_WORDS:
        return 1, given  # "Democrat Zephyr Teachout": a side before a given name no list holds
    return 0, given


def _trim_names(body: str, mentions: list[ActorMention], lower_words: _LowerWords) -> list[ActorMention]:
    org_words = load_word_lists().org_words
    renamed: dict[str, str] = {}
    out: list[ActorMention] = []
    for m in mentions:
        if m.via != "capitalised" or m.kind not in ("person", "organisation") or "\n" in m.text:
            out.append(m)
            continue
        name_words = m.text.split()  # (split only for the mentions the cheap tests above keep)
        if len(name_words) < 2:
            out.append(m)
            continue
        after_of = body[max(0, m.start - 4) : m.start] == " of "
        organisation = m.kind == "organisation"
        if organisation and _first_kept(name_words, lower_words, after_of, organisation)[0] == 0:
            out.append(m)  # (an organisation is renamed only when words before its name go: the end is not looked for)
            continue
        cut = _trimmed_words(body, name_words, lower_words, (m.start, m.end), after_of and organisation, organisation)
        if cut is None or (organisation and (cut[0] == 0 or len(cut[1]) != 2 or any(w in org_words for w in cut[1]))) or (
            _not_a_name(cut[1], lower_words) or match_entry(cut[1][-1]) is not None
        ):
            out.append(m)
            continue
        first, kept = cut
        offset = m.start + len(" ".join(name_words[:first])) + (1 if first else 0)
        text = " ".join(kept)
        if body[offset : offset + len(text)] != text:
            out.append(m)  # (a line break or double space inside: left as found)
            continue
        renamed[m.actor] = text
        out.append(ActorMention(text, "person", text, offset, offset + len(text), m.sentence, m.paragraph, m.via))
    if not renamed:
        return out
    return [ActorMention(renamed[m.actor], "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)
            if m.actor in renamed and m.kind in ("person", "organisation") else m for m in out]


def _surname_owners(full_names: Iterable[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Surname -> full name and given name -> full name, each only when one person has it."""
    by_last: dict[str, set[str]] = {}
    by_given: dict[str, set[str]] = {}
    titles = _title_words()
    for name in full_names:
        parts = [w for w in name.split() if w not in _SUFFIXES]
        if len(parts) < 2 or all(w.rstrip(".").lower() in titles for w in parts[:-1]):
            continue  # ("Speaker Pelosi": a title and a surname, no one else than the "Nancy Pelosi" it names)
        by_last.setdefault(parts[-1], set()).add(name)
        by_given.setdefault(parts[0], set()).add(name)

    def unique(table: dict[str, set[str]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, names in table.items():
            longest = max(names, key=len)
            if all(n in longest for n in names):  # "Nancy Pelosi" inside "Nancy Pelosi": one person
                out[key] = longest
        return out

    return unique(by_last), unique(by_given)


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(_POSSESSIVE) else text


def _resolve_surnames(
    body: str, mentions: list[ActorMention], full_names: list[str], sentences: Sequence[tuple[int, int, int, int]],
    lower_words: _LowerWords,
) -> list[ActorMention]:
    """``lower_words``: the body's lower-case words (``_LOWER_WORD``), found once by the caller."""
    gender = gender_lookup()  # (person_gender, taken once: asked per mention)
    by_last, by_given = _surname_owners(full_names)
    if not by_last:
        return mentions
    titles = _title_words()
    # News names a person in full first: a surname alone before the first full mention is someone
    # else ("Trump" before "Ivanka Trump"); an honorific of the other gender is someone else ("Mr. Trump").
    first_full: dict[str, int] = {}
    for m in mentions:
        if " " in m.text and m.actor not in first_full:
            first_full[m.actor] = m.start
    for m in mentions:
        words = m.text.split()
        owner = by_last.get(words[1]) if len(words) == 2 else None
        if owner is not None and gender(words[0]) not in (None, gender(owner)):
            by_last.pop(words[1])
    if not by_last:
        return mentions
    # ("President Trump ... Donald J. Trump": a titled surname of the full name's gender, actors/name_contexts.py)
    for owner in early_surname_owners(body, mentions, by_last, first_full, sentences, titles):
        first_full[owner] = -1
    organisations = [m.actor.split() for m in mentions if m.kind == "organisation" and " " in m.actor]
    out: list[ActorMention] = []
    for m in mentions:
        words = m.text.split()
        key = _bare(words[-1]) if words else ""
        owner = by_last.get(key)
        if owner is None and key not in by_given:
            out.append(m)  # (most mentions: no rule below can rename them, so none of their tests is run)
            continue
        # (a word of a longer organisation's name stays that organisation: "Disney" of "Walt Disney Co.")
        # (a surname the scan gave to someone already stays theirs: "Jones" of "Mrs. Jones" beside "Tom Jones")
        lone = len(words) == 1 and m.via in ("capitalised", "surname") and (
            (m.kind == "person" and m.actor in (m.text, key))
            or (m.kind == "organisation" and not _before_title(body, m.end, titles) and not any(key in o for o in organisations))
        )  # (an employer before a job keeps the scan's reading: "McConnell spokesman Don Stewart")
        titled = len(words) >= 2 and m.kind == "person" and all(w.rstrip(".").lower() in titles for w in words[:-1])
        if titled and owner is not None and None not in (gender(m.text), gender(owner)):
            titled = gender(m.text) == gender(owner)  # "Mrs. Jones" is not "Tom Jones"
        if owner is not None and m.start < first_full.get(owner, -1):
            owner = None
        if owner is not None and owner != m.actor and (lone or titled):
            out.append(ActorMention(owner, "person", m.text, m.start, m.end, m.sentence, m.paragraph, "surname"))
        elif len(words) == 1 and m.kind == "person" and by_given.get(key) not in (None, m.actor) and key not in by_last:
            out.append(ActorMention(by_given[key], "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via))
        else:
            out.append(m)
    covered = _Coverage(out)  # (built once: the loops below only add mentions, and tell it)
    for name, owner in by_last.items():
        if name.lower() not in lower_words:  # ("Young" of "Lois Young" opens "Young people ...")
            covered.extend(out, [m for m in _uncovered(body, name, owner, covered, sentences) if m.start > first_full.get(owner, -1)])
    for name, owner in by_given.items():
        if name not in by_last and name.lower() not in lower_words and match_entry(name) is None:
            # a given name alone only as a speaker ("Elton said"), as news quotes a person it named in full
            covered.extend(out, [m for m in _uncovered(body, name, owner, covered, sentences)
                                 if _beside_speech(body, m) and m.start > first_full.get(owner, -1)])
    return out


def _before_title(body: str, end: int, titles: Collection[str]) -> bool:
    """Whether the word after ``end`` (one space, lower case) is a title: an employer's job ("McConnell spokesman")."""
    after = _NEXT_LOWER.match(body, end)
    return after is not None and after.group(1) in titles


def _beside_speech(body: str, m: ActorMention) -> bool:
    after = _NEXT_LOWER.match(body, m.end)
    before = body[max(0, m.start - 12) : m.start].split()
    speech = _speech_words()
    return (after is not None and after.group(1) in speech) or (bool(before) and before[-1] in speech)


class _Coverage:
    """Whether a span overlaps any of some mentions, by bisection: mentions sorted by start and the
    largest end among the first k of them (a scan of every mention per occurrence of a surname made
    a long text's cost grow with its square). Mentions added later (:meth:`extend`) are kept apart,
    sorted by start: a span overlaps one of them only if it starts less than the longest one's length
    before the span's end, so only those few are read (rebuilding the whole per surname was 4 % of
    find_actors)."""

    def __init__(self, mentions: Sequence[ActorMention], table: SpanTable | None = None) -> None:
        self.starts: list[int]
        self.max_end: list[int]
        if table is not None:  # the scan's shared table of these mentions (read only)
            self.starts, self.max_end = table.starts, table.reach
        else:
            ordered = sorted((m.start, m.end) for m in mentions)
            self.starts = [start for start, _ in ordered]
            self.max_end = list(accumulate([end for _, end in ordered], max))  # (the running maximum, in C)
        self.added: list[tuple[int, int]] = []
        self.longest = 1

    def extend(self, mentions: list[ActorMention], new: list[ActorMention]) -> None:
        """Append ``new`` to ``mentions`` (the list this covers) and cover them too."""
        mentions.extend(new)
        for m in new:
            bisect.insort(self.added, (m.start, m.end))
            self.longest = max(self.longest, m.end - m.start)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b)  # the mentions starting before b ...
        if k > 0 and self.max_end[k - 1] > a:  # ... one of which ends after a
            return True
        added = self.added
        lo = bisect.bisect_left(added, (a - self.longest + 1,))
        return any(end > a for _, end in added[lo : bisect.bisect_left(added, (b,), lo)])


def _uncovered(
    body: str, word: str, actor: str, covered: _Coverage, sentences: Sequence[tuple[int, int, int, int]],
) -> list[ActorMention]:
    """Mentions of ``actor`` at each occurrence of ``word`` as a whole word that no mention covers."""
    if not word[:1].isupper() or match_entry(word) is not None:
        return []
    added: list[ActorMention] = []
    for a, b in _whole_word_spans(body, word, not_possessive=True):
        if covered.overlaps(a, b) or not _alone(body, a, b):
            continue
        k = max(0, bisect.bisect_right([s[0] for s in sentences], a) - 1)  # (most occurrences are covered: listed only here)
        sentence, paragraph = (sentences[k][2], sentences[k][3]) if sentences else (0, 0)
        added.append(ActorMention(actor, "person", word, a, b, sentence, paragraph, "surname"))
    return added


def _alone(body: str, a: int, b: int) -> bool:
    """Whether the word at ``a..b`` stands apart from other capitalised words ("South Carolina" is one name)."""
    before = body[max(0, a - 20) : a]
    after = body[b : b + 20]
    return not _CAPITAL_WORD_BEFORE.search(before) and not _SPACE_CAPITAL.match(after)  # ("in December. Thunberg": apart)


def _speech_words() -> frozenset[str]:
    return load_word_lists().speech_words


@functools.cache
def _speaker_pattern(speech_words: frozenset[str]) -> re.Pattern[str]:
    """The pattern of :func:`_speakers_by_pronoun` for the speech words in force, compiled once per
    word list: re's own cache, shared with the per-name patterns of other stages, lost it between
    articles, and each compilation cost more than the search (a frozenset keeps its hash, so the
    key is cheap)."""
    verbs = "|".join(sorted(speech_words))
    # A capital not after a word character or hyphen (the look-behind after the capital, as in
    # _WITH_INITIAL, so the search skips from capital to capital), and one name before both forms
    # (the name is a maximal run whichever form follows, so the matches are those of two names).
    name = r"([A-Z](?<![\w-].)[a-z]+(?:[A-Z][a-z]+)?)"
    # "Wheeler said he ...", "Wheeler said in a statement that she ...", "Wheeler said. He ...",
    # "Wheeler, who ...": a firm is "it" and "which".
    return re.compile(
        rf"{name}(?:,? (?:{verbs})\b(?:[^.!?]{{0,60}}?\b(?:he|she)\b|[^.!?]{{0,200}}?[.!?][\"”’]? (?:He|She)\b)|(, who)\b)"
    )


def _speaker_matches(body: str, tokens: Tokens | None, speech_words: frozenset[str]) -> Iterator[re.Match[str]]:
    """``_speaker_pattern(speech_words).finditer(body)``, tried only at the words a match can start
    at (the search tried the verbs after every capital of the body: ~3 % of find_actors). A match's
    name is one whole token (letters only, with a non-word character before it and "," or " " after
    it) and the token after it is a speech word or "who" (a verb followed by \\b is a whole token
    when the verbs are lower-case letters), so the token table gives every possible start; as
    finditer, a match is looked for only after the end of the one before."""
    pattern = _speaker_pattern(speech_words)
    if tokens is None or not _token_verbs(speech_words):
        yield from pattern.finditer(body)
        return
    words, starts = tokens.words, tokens.starts
    before_verb = (speech_words | {"who"}).__contains__
    reach = 0
    for i in compress(count(), map(before_verb, words[1:])):  # (token i + 1 is a verb or "who")
        if starts[i] >= reach:
            match = pattern.match(body, starts[i])
            if match is not None:
                yield match
                reach = match.end()


@functools.cache
def _token_verbs(speech_words: frozenset[str]) -> bool:
    """Whether every speech word is lower-case ASCII letters (so one token: see :func:`_speaker_matches`)."""
    return all(w.isascii() and w.isalpha() and w.islower() for w in speech_words)


def _speakers_by_pronoun(
    body: str, mentions: list[ActorMention], lower_words: _LowerWords, sentences: Sequence[tuple[int, int, int, int]],
    tokens: Tokens | None = None,
) -> list[ActorMention]:
    """"Wheeler said he believed ...": a lone capitalised word the scan typed an organisation (or
    missed) is a person when the text writes it before a speech word and "he" or "she"."""
    persons: set[str] = set()
    for match in _speaker_matches(body, tokens, _speech_words()):
        word = match.group(1)
        if body[max(0, match.start() - 2) : match.start()] == ", " if match.group(2) else quoted_before(body, match.start(1), match.end()):
            continue  # "a woman in Worcester, Massachusetts, who ...": a place; '"Engineers asked us ...," he said': no one's "he"
        if word.lower() in _NOT_SPEAKER_WORDS or word in load_word_lists().not_names:
            continue
        if _is_lower_elsewhere(word, lower_words) or match_entry(word) is not None or person_gender(word) is not None:
            continue
        persons.add(word)
    if not persons:
        return mentions
    named = {m.actor.split()[-1] for m in mentions if m.kind == "person" and " " in m.actor}
    persons -= named  # (a full name's surname: resolved above)
    out = [ActorMention(m.actor, "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)
           if m.kind == "organisation" and m.via == "capitalised" and _bare(m.text) in persons else m for m in mentions]
    covered = _Coverage(out)
    for word in sorted(persons):
        covered.extend(out, _uncovered(body, word, word, covered, sentences))
    return out
