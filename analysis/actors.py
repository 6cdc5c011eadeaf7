"""Who is mentioned in an article: countries, organisations, armed groups and people.

One gazetteer (``lexicons/gazetteer.toml``) serves every measure, so sentiment, framing and
sourcing agree on who "Moscow", "the Kremlin" and "Russian" are. A mention is found in one of
these ways (``ActorMention.via``):

* ``name`` / ``alias`` — a country, organisation or group by its name or an alias
  ("United States", "US", "U.S.", "ISIL");
* ``demonym`` — the adjective or people noun ("Russian aircraft", "Syrians");
* ``capital`` — a capital or other place metonym for the state ("Moscow", "Damascus");
* ``institution`` — a government body of one country ("Pentagon", "Kremlin", "CIA"); the
  mention's ``actor`` is the country and :attr:`ActorMention.institution` keeps the body;
* ``capitalised`` — a run of two or more capitalised words not in the gazetteer: a person
  ("John Kerry", "Bashar al-Assad"), or an organisation when the run holds an organisation word
  ("Hartford Teachers Union", "University of Leeds", "St Mary's Hospital") or stands next to an
  organisation noun ("the group Ride North", "the Aslef union"), after "at" ("an analyst at
  Morgan Stanley") or before a title ("Labour leader Keir Starmer"); a single capitalised word
  after a title or honorific ("Mayor Ortiz", "Dr. Hill") is a person too. Runs that are places
  ("in Bristol", "the village of Kyauk Taw", "the Wexford Court estate") are not actors. An
  acronym defined in brackets ("the Athletics Integrity Unit (AIU)") names that organisation
  later, and "the" + an acronym ("the CGTP") is an organisation;
* ``surname`` — a later single-word mention of a person's last name ("Kerry", "Assad").

Method: dictionary look-up on word tokens (longest match first), the usual first stage of
named-entity recognition for news when no model may be downloaded (cf. the gazetteer features of
Ratinov & Roth 2009, CoNLL). Cost is linear in the text: one tokenising pass, then a bounded
look-up per token.

Known limits on news text:

* Matching is case-sensitive: "US" is the country, "us" is not; a text in capitals is missed.
* Metonyms are resolved by rule, not context: "Washington" is always the United States (not the
  state or a person called Washington), "Congress" is the US Congress.
* A person is found only from capitalised words; a sentence-initial common word is dropped when
  the same word occurs in lower case elsewhere in the body or is a known function word. Two
  capitalised names side by side ("Obama Putin") become one name; a bare single-word name with no
  title and no earlier full mention is missed.
* Pronouns ("he", "she") are not resolved here (sourcing resolves speaker pronouns).
* Word lists are data (``lexicons/actor_words.toml``: words that are never names, organisation
  words and nouns, place cues, name particles; ``lexicons/titles.toml`` for titles).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

import pandas as pd

from analysis._json import to_jsonable
from analysis.article import Article
from analysis.errors import LexiconError
from analysis.lexicons import lexicon_cache, load_lexicon

KINDS = ("country", "organisation", "person", "group")
VIAS = ("name", "alias", "demonym", "capital", "institution", "surname", "capitalised")


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor in :attr:`Article.body`.

    ``actor`` is the canonical name ("Russia", "United States", "John Kerry"); ``kind`` one of
    ``country``, ``organisation``, ``person``, ``group``; ``text`` the words as written;
    ``start``/``end`` offsets into the body; ``sentence`` is :attr:`Sentence.index` and
    ``paragraph`` :attr:`Paragraph.index`; ``via`` how it was found (see the module docstring).
    ``institution`` names the government body for ``via == "institution"`` ("Pentagon").
    """

    actor: str
    kind: str
    text: str
    start: int
    end: int
    sentence: int
    paragraph: int
    via: str
    institution: str | None = None


@dataclass(frozen=True)
class ActorsResult:
    """Every actor mention of an article, in body order."""

    mentions: tuple[ActorMention, ...]

    def actors(self) -> tuple[str, ...]:
        """Canonical actor names, in order of first mention."""
        seen: dict[str, None] = {}
        for mention in self.mentions:
            seen.setdefault(mention.actor, None)
        return tuple(seen)

    def kind_of(self, actor: str) -> str | None:
        """The kind of ``actor`` as found in this article, or ``None`` if it is not mentioned."""
        for mention in self.mentions:
            if mention.actor == actor:
                return mention.kind
        return None

    def in_span(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """Mentions lying wholly inside body offsets ``[start, end)``."""
        return tuple(m for m in self.mentions if m.start >= start and m.end <= end)

    def in_sentence(self, sentence: int) -> tuple[ActorMention, ...]:
        """Mentions in the sentence with :attr:`Sentence.index` ``sentence``."""
        return tuple(m for m in self.mentions if m.sentence == sentence)

    def mentions_frame(self) -> pd.DataFrame:
        """One row per mention.

        Columns: ``actor`` (canonical name), ``kind`` (country / organisation / person / group),
        ``text`` (as written), ``start``, ``end`` (body offsets), ``sentence`` (Sentence.index),
        ``paragraph`` (Paragraph.index, 0-based), ``via`` (how it was found), ``institution``
        (the government body for institution mentions, else None), ``country`` (the country the
        actor belongs to, if known: :func:`actor_country`).
        """
        columns = ["actor", "kind", "text", "start", "end", "sentence", "paragraph", "via", "institution", "country"]
        rows = [{**dataclasses.asdict(m), "country": actor_country(m.actor)} for m in self.mentions]
        return pd.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the actors in order of first mention and every mention."""
        return to_jsonable(
            {
                "actors": [
                    {"actor": a, "kind": self.kind_of(a), "country": actor_country(a)} for a in self.actors()
                ],
                "mentions": [dataclasses.asdict(m) for m in self.mentions],
            }
        )


# --------------------------------------------------------------------------------------------
# The gazetteer


@dataclass(frozen=True)
class GazetteerEntry:
    """One surface form of the gazetteer and what it names."""

    form: str
    actor: str  # canonical actor the mention counts for (the country, for institutions)
    kind: str
    via: str
    official: bool
    country: str | None
    institution: str | None
    ambiguous: bool


@dataclass(frozen=True)
class _Gazetteer:
    by_first: Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...], GazetteerEntry], ...]]
    by_name: Mapping[str, GazetteerEntry]  # canonical names and institution names
    blocked: frozenset[tuple[str, ...]]
    blocked_lengths: tuple[int, ...]


_TOKEN = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z0-9]{1,7})\)")


def _tokens_and_seps(form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(form)]
    words = tuple(form[s:e] for s, e in tokens)
    seps = tuple(_norm_sep(form[tokens[i][1] : tokens[i + 1][0]]) for i in range(len(tokens) - 1))
    return words, seps


def _norm_sep(sep: str) -> str:
    """Separator class between two tokens of a name: " " (space or hyphen), "." or the mark."""
    if "\n" in sep:
        return "\n"
    stripped = sep.replace(" ", "").replace("\u00a0", "")
    if stripped in ("", "-", "‐", "–"):
        return " "
    if stripped in ("’", "'"):
        return "'"
    return stripped


@lexicon_cache
def _gazetteer() -> _Gazetteer:
    data = load_lexicon("gazetteer")
    entries: list[GazetteerEntry] = []
    by_name: dict[str, GazetteerEntry] = {}
    try:
        for item in data["country"]:
            name = item["name"]
            ambiguous = frozenset(item.get("ambiguous", []))
            canon = GazetteerEntry(name, name, "country", "name", True, name, None, name in ambiguous)
            entries.append(canon)
            by_name[name] = canon
            for alias in item.get("aliases", []):
                entries.append(GazetteerEntry(alias, name, "country", "alias", True, name, None, alias in ambiguous))
            for demonym in item.get("demonyms", []):
                entries.append(GazetteerEntry(demonym, name, "country", "demonym", True, name, None, False))
            for capital in item.get("capitals", []):
                entries.append(
                    GazetteerEntry(capital, name, "country", "capital", True, name, None, capital in ambiguous)
                )
        for item in data["institution"]:
            inst, country = item["name"], item["country"]
            official = bool(item.get("official", True))
            for form in (inst, *item.get("aliases", [])):
                entry = GazetteerEntry(form, country, "country", "institution", official, country, inst, False)
                entries.append(entry)
            by_name[inst] = GazetteerEntry(inst, country, "country", "institution", official, country, inst, False)
        for section, kind in (("organisation", "organisation"), ("group", "group")):
            for item in data[section]:
                name = item["name"]
                official = bool(item.get("official", False))
                country = item.get("country")
                canon = GazetteerEntry(name, name, kind, "name", official, country, None, False)
                entries.append(canon)
                by_name[name] = canon
                for alias in item.get("aliases", []):
                    entries.append(GazetteerEntry(alias, name, kind, "alias", official, country, None, False))
        blocked = frozenset(_tokens_and_seps(p)[0] for p in data.get("not_actor", []))
    except (KeyError, TypeError) as error:
        raise LexiconError(f"gazetteer.toml: malformed entry ({error})") from error
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], GazetteerEntry]]] = {}
    for entry in entries:
        words, seps = _tokens_and_seps(entry.form)
        if not words:
            raise LexiconError(f"gazetteer.toml: empty name {entry.form!r}")
        grouped.setdefault(words[0], []).append((words, seps, entry))
    by_first = {
        first: tuple(sorted(options, key=lambda option: -len(option[0])))
        for first, options in grouped.items()
    }
    lengths = tuple(sorted({len(b) for b in blocked}))
    return _Gazetteer(MappingProxyType(by_first), MappingProxyType(by_name), blocked, lengths)


@lexicon_cache
def _titles() -> tuple[frozenset[str], Mapping[tuple[str, ...], bool | None], int]:
    data = load_lexicon("titles")
    honorifics = frozenset(data["honorifics"])
    titles: dict[tuple[str, ...], bool | None] = {}
    for item in data["titles"]:
        words = tuple(w.lower() for w in _TOKEN.findall(item["title"]))
        official = item.get("official")
        titles[words] = official if isinstance(official, bool) else None
    longest = max((len(k) for k in titles), default=1)
    return honorifics, MappingProxyType(titles), longest


@dataclass(frozen=True)
class _Words:
    not_names: frozenset[str]
    org_words: frozenset[str]
    particles: frozenset[str]
    org_connectors: frozenset[str]
    org_nouns: frozenset[str]
    place_before: frozenset[str]
    org_before: frozenset[str]
    place_after: frozenset[str]


@lexicon_cache
def _word_lists() -> _Words:
    data = load_lexicon("actor_words")
    try:
        return _Words(
            frozenset(data["not_names"]),
            frozenset(data["organisation_words"]),
            frozenset(data["particles"]),
            frozenset(data["org_connectors"]),
            frozenset(data["organisation_nouns"]),
            frozenset(data["place_before"]),
            frozenset(data["organisation_before"]),
            frozenset(data["place_after"]),
        )
    except KeyError as error:
        raise LexiconError(f"actor_words.toml: missing list {error}") from error


def title_official(words: tuple[str, ...]) -> bool | None:
    """Whether the title ``words`` (lower case) is an official one: True, False or None (depends).

    Raises :class:`KeyError` when the words are not a known title.
    """
    return _titles()[1][words]


# --------------------------------------------------------------------------------------------
# Finding mentions


class _Token(NamedTuple):
    start: int
    end: int
    text: str


def _tokenise(text: str) -> list[_Token]:
    make = _Token._make
    return [make((m.start(), m.end(), m.group(0))) for m in _TOKEN.finditer(text)]


def _match_gazetteer(
    text: str, tokens: list[_Token], i: int, gaz: _Gazetteer
) -> tuple[int, GazetteerEntry] | None:
    """Longest gazetteer form starting at token ``i``: (number of tokens, entry)."""
    options = gaz.by_first.get(tokens[i].text)
    if not options:
        return None
    for words, seps, entry in options:
        n = len(words)
        if i + n > len(tokens):
            continue
        ok = True
        for k in range(1, n):
            sep = _norm_sep(text[tokens[i + k - 1].end : tokens[i + k].start])
            if tokens[i + k].text != words[k] or sep != seps[k - 1]:
                ok = False
                break
        if not ok:
            continue
        if entry.form.endswith(".") and text[tokens[i + n - 1].end : tokens[i + n - 1].end + 1] != ".":
            continue  # "U.S." needs its final period; "U.S" alone is not the form
        if entry.ambiguous and i + n < len(tokens):
            following = tokens[i + n]
            sep = text[tokens[i + n - 1].end : following.start]
            if sep == " " and _is_name_word(following.text) and gaz.by_first.get(following.text) is None:
                continue  # "Chad Smith", "Jordan Peterson": a given name, not the country
        return n, entry
    return None


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:]) and not any(c.isdigit() for c in word)


def _is_initial(text: str, token: _Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and text[token.end : token.end + 1] == "."


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _match_title(tokens: list[_Token], i: int, end_limit: int) -> int:
    """Number of tokens of the longest title starting at token ``i`` (0 if none)."""
    _, titles, longest = _titles()
    best = 0
    words: list[str] = []
    for k in range(i, min(end_limit, i + longest)):
        words.append(tokens[k].text.lower())
        if tuple(words) in titles:
            best = k - i + 1
    return best


def find_actors(article: Article) -> ActorsResult:
    """Find every actor mention in ``article.body`` (see the module docstring for the rules)."""
    spans = tuple((s.start, s.end, s.index, s.paragraph) for s in article.sentences)
    return ActorsResult(tuple(_find_mentions(article.body, spans)))


def find_actors_in_text(text: str) -> ActorsResult:
    """Actor mentions in a free-standing text (a headline, a caption): offsets into ``text``,
    ``sentence`` and ``paragraph`` are 0. Persons are found by the same rules as in a body."""
    return ActorsResult(tuple(_find_mentions(text, ((0, len(text), 0, 0),))))


def _find_mentions(body: str, sentences: tuple[tuple[int, int, int, int], ...]) -> list[ActorMention]:
    gaz = _gazetteer()
    honorifics, _, _ = _titles()
    lists = _word_lists()
    not_names, org_words, particles, org_connectors = lists.not_names, lists.org_words, lists.particles, lists.org_connectors
    org_nouns = lists.org_nouns
    tokens = _tokenise(body)
    sentence_starts = [s[0] for s in sentences]
    token_starts = [t.start for t in tokens]
    sentence_first_token: set[int] = set()
    for s_start, s_end, _, _ in sentences:
        # The first word of a sentence, even after an opening quotation mark or bracket.
        k = bisect.bisect_left(token_starts, s_start)
        if k < len(tokens) and tokens[k].start < min(s_end, s_start + 4):
            sentence_first_token.add(k)
    lower_words = {t.text for t in tokens if t.text.islower()}

    mentions: list[ActorMention] = []
    consumed = [False] * len(tokens)
    title_before = [False] * len(tokens)  # token i follows a title or honorific

    def sentence_and_paragraph(offset: int) -> tuple[int, int]:
        if not sentences:
            return 0, 0
        s = sentences[_sentence_index(sentence_starts, offset)]
        return s[2], s[3]

    def add(actor: str, kind: str, start: int, end: int, via: str, institution: str | None = None) -> None:
        sentence, paragraph = sentence_and_paragraph(start)
        mentions.append(ActorMention(actor, kind, body[start:end], start, end, sentence, paragraph, via, institution))

    # Pass 1: gazetteer names, titles.
    i = 0
    n_tokens = len(tokens)
    while i < n_tokens:
        match = _match_gazetteer(body, tokens, i, gaz)
        if match is not None:
            n, entry = match
            end = tokens[i + n - 1].end
            if entry.form.endswith("."):
                end += 1
            add(entry.actor, entry.kind, tokens[i].start, end, entry.via, entry.institution)
            for k in range(i, i + n):
                consumed[k] = True
            i += n
            continue
        word = tokens[i].text
        if word[:1].isupper() or word.lower() in honorifics:
            n = _match_title(tokens, i, n_tokens)
            following = tokens[i + n].text if n and i + n < n_tokens else ""
            # A title stands before a name: "Mayor Lisa Ortiz", not "Mercy General Hospital".
            before_name = (_is_name_word(following) or following.isupper()) and following not in org_words
            title_words = all(_is_name_word(tokens[k].text) or tokens[k].text == "of" for k in range(i, i + n))
            if n and before_name and title_words:
                for k in range(i, i + n):
                    consumed[k] = True
                if i + n < n_tokens:
                    title_before[i + n] = True
                i += n
                continue
            if word.lower() in honorifics and i + 1 < n_tokens:
                consumed[i] = True
                title_before[i + 1] = True
        i += 1

    # Pass 2: capitalised runs -> persons and organisations.
    persons: dict[str, str] = {}  # last name -> canonical full name
    acronyms: dict[str, str] = {}  # "AIU" -> "Athletics Integrity Unit"
    person_spans: list[tuple[int, int, str]] = []
    i = 0
    while i < n_tokens:
        if consumed[i] or (not _is_name_word(tokens[i].text) and not _is_initial(body, tokens[i])):
            i += 1
            continue
        j = i
        run: list[int] = []
        while j < n_tokens and not consumed[j]:
            tok = tokens[j]
            if run:
                sep = body[tokens[j - 1].end : tok.start]
                prev = tokens[j - 1]
                allowed = sep in (" ", "-") or (sep == ". " and _is_initial(body, prev)) or (
                    sep in ("’", "'") and (prev.text in ("O", "D") or tok.text == "s")
                ) or (prev.text == "s" and sep == " ")
                if not allowed:
                    break
            if _is_name_word(tok.text) or _is_initial(body, tok) or (
                tok.text in ("O", "D") and body[tok.end : tok.end + 1] in ("’", "'")
            ):
                if tok.text in not_names and not (run and tok.text in org_words):
                    break
                run.append(j)
                j += 1
                continue
            is_org_run = any(tokens[k].text in org_words for k in run)
            if (
                run and tok.text == "s" and body[tokens[j - 1].end : tok.start] in ("’", "'")
                and any(t.text in org_words for t in tokens[j + 1 : j + 4])
                and j + 1 < n_tokens and _is_name_word(tokens[j + 1].text) and body[tok.end : tokens[j + 1].start] == " "
            ):
                run.append(j)  # "St Mary's Hospital": a possessive inside an organisation's name
                j += 1
                continue
            joins = tok.text in particles or (is_org_run and tok.text in org_connectors)
            if run and joins and j + 1 < n_tokens:
                nxt = tokens[j + 1]
                if not consumed[j + 1] and _is_name_word(nxt.text) and body[tok.end : nxt.start] in (" ", "-"):
                    run.append(j)
                    j += 1
                    continue
            break
        # Drop a sentence-initial common word ("Since", "Officials") from the front of the run.
        while run and run[0] in sentence_first_token and (
            tokens[run[0]].text.lower() in lower_words or tokens[run[0]].text in not_names
        ):
            run.pop(0)
        while run and (tokens[run[-1]].text in particles or tokens[run[-1]].text in org_connectors):
            run.pop()
        if not run:
            i = j if j > i else i + 1
            continue
        words = tuple(tokens[k].text for k in run)
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        has_org_word = any(w in org_words for w in words)
        name_count = sum(1 for w in words if w not in particles and w not in org_connectors and w != "s")
        before_tok = tokens[run[0] - 1] if run[0] > 0 else None
        after_tok = tokens[run[-1] + 1] if run[-1] + 1 < n_tokens else None
        if (before_tok is not None and before_tok.text in org_nouns and body[before_tok.end : start] == " ") or (
            after_tok is not None and after_tok.text in org_nouns and body[end : after_tok.start] == " "
        ):
            has_org_word = True  # "the group Ride North", "the United Metalworkers union"
        before_sep = body[before_tok.end : start] if before_tok is not None else ""
        is_place = before_tok is not None and before_sep == " " and (
            before_tok.text in lists.place_before  # "in Bristol"
            or (before_tok.text == "of" and run[0] >= 2 and tokens[run[0] - 2].text in lists.place_before)
        )  # "the village of Kyauk Taw"
        adjacent_org = has_org_word and not any(w in org_words for w in words)
        if before_tok is not None and before_tok.text in lists.org_before and before_sep == " " and name_count >= 2:
            has_org_word = True  # "an analyst at Morgan Stanley" (one word after "at" is as often a place)
        if after_tok is not None and body[end : after_tok.start] == " " and (after_tok.text,) in _titles()[1]:
            has_org_word = True  # "Opposition Socialist leader Pedro Nuno Santos", "Labour leader Keir Starmer"
        if words[-1] in ("Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros") and body[end : end + 1] == ".":
            end += 1
        blocked = any(words[a : a + n] in gaz.blocked for n in gaz.blocked_lengths for a in range(len(words) - n + 1))
        place_noun_after = after_tok is not None and after_tok.text in lists.place_after and body[end : after_tok.start] == " "
        if (is_place and not has_org_word) or blocked or place_noun_after:
            pass
        elif has_org_word and (name_count >= 2 or (adjacent_org and name_count == 1)):
            # "Hartford Teachers Union"; one word only with an organisation noun beside it
            # ("the Aslef union", "an analyst at Acme").
            canonical = _clean_name(body[start:end])
            add(canonical, "organisation", start, end, "capitalised")
            acronym = _ACRONYM_AFTER.match(body, end)
            if acronym is not None:  # "the Athletics Integrity Unit (AIU)"
                acronyms[acronym.group(1)] = canonical
                add(canonical, "organisation", acronym.start(1), acronym.end(1), "alias")
                k = bisect.bisect_left(token_starts, acronym.start(1))
                if k < n_tokens:
                    consumed[k] = True
        elif name_count >= 2 and not has_org_word:
            canonical = _clean_name(body[start:end])
            add(canonical, "person", start, end, "capitalised")
            last = words[-1]
            persons.setdefault(last, canonical)
            person_spans.append((start, end, canonical))
        elif name_count == 1 and title_before[run[0]] and not has_org_word:
            name = words[-1]
            canonical = persons.get(name, name)
            add(canonical, "person", start, end, "surname" if name in persons else "capitalised")
            persons.setdefault(name, canonical)
        elif name_count == 1 and words[0] in persons and not has_org_word and not (
            after_tok is not None and body[end : after_tok.start] == " " and after_tok.text[:1].isupper()
        ):
            add(persons[words[0]], "person", start, end, "surname")
        for k in run:
            consumed[k] = True
        i = max(j, i + 1)
    # Pass 3: acronyms defined in brackets, and "the" + an acronym ("The AIU said", "the CGTP").
    for k, tok in enumerate(tokens):
        if consumed[k] or not _ACRONYM.fullmatch(tok.text):
            continue
        if tok.text in acronyms:
            add(acronyms[tok.text], "organisation", tok.start, tok.end, "alias")
        elif k > 0 and tokens[k - 1].text in ("the", "The") and body[tokens[k - 1].end : tok.start] == " ":
            add(tok.text, "organisation", tok.start, tok.end, "capitalised")
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _clean_name(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# Look-ups for other measures


def match_actor(phrase: str) -> tuple[str, str] | None:
    """The first gazetteer actor named in ``phrase``, as ``(canonical, kind)``.

    ``"a US official in Washington"`` -> ``("United States", "country")``; ``"Moscow"`` ->
    ``("Russia", "country")``; ``"the Pentagon"`` -> ``("United States", "country")``. Persons
    are not looked up (they are not in the gazetteer). Returns ``None`` if no actor is named.
    """
    entry = match_entry(phrase)
    return None if entry is None else (entry.actor, entry.kind)


def match_entry(phrase: str) -> GazetteerEntry | None:
    """Like :func:`match_actor` but returns the whole :class:`GazetteerEntry` (form, via, official)."""
    gaz = _gazetteer()
    tokens = _tokenise(phrase)
    for i in range(len(tokens)):
        match = _match_gazetteer(phrase, tokens, i, gaz)
        if match is not None:
            return match[1]
    return None


def actor_country(actor: str) -> str | None:
    """The country an actor belongs to, if the gazetteer knows it.

    A country is its own country; an institution name or alias gives its country
    (``"Pentagon"``, ``"CIA"`` -> ``"United States"``); a group gives the country it is based in
    (``"Al-Nusra Front"`` -> ``"Syria"``); international organisations and persons give ``None``.
    """
    gaz = _gazetteer()
    entry = gaz.by_name.get(actor)
    if entry is None:
        tokens = _tokenise(actor)
        if tokens:
            match = _match_gazetteer(actor, tokens, 0, gaz)
            if match is not None and tokens[match[0] - 1].end >= len(actor.rstrip(". ")):
                entry = match[1]
    if entry is None:
        return None
    return entry.country


def actor_official(actor: str) -> bool | None:
    """Whether a gazetteer actor is a state body (countries, institutions, intergovernmental
    organisations: True), a non-state one (NGOs, armed groups: False), or unknown (None)."""
    entry = _gazetteer().by_name.get(actor)
    return None if entry is None else entry.official
