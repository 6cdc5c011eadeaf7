"""The gazetteer and the actor word lists, and look-ups in them for other measures.

``lexicons/gazetteer.toml`` gives every country (name, aliases, demonyms, capitals), government
institution, organisation and armed group; a surface form is matched on word tokens, longest
first, with the separators between its words (a space or hyphen, a period, an apostrophe).
``lexicons/titles.toml`` gives honorifics and titles (and whether a title is an official one);
``lexicons/actor_words.toml`` the words that are never names, organisation words and nouns, place
cues and name particles. :func:`match_actor`, :func:`match_entry`, :func:`actor_country` and
:func:`actor_official` let sentiment, framing and sourcing ask the same gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from analysis.article import word_tokens
from analysis.errors import LexiconError
from analysis.lexicons import active_digest, lexicon_cache, load_lexicon


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


_Options = tuple[tuple[tuple[str, ...], tuple[str, ...], GazetteerEntry], ...]


@dataclass(frozen=True)
class Gazetteer:
    by_first: Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...], GazetteerEntry], ...]]
    by_name: Mapping[str, GazetteerEntry]  # canonical names and institution names
    blocked: frozenset[tuple[str, ...]]
    blocked_lengths: tuple[int, ...]
    # Lower-case words after a capital that make it the name of a treaty or a meeting ("the Paris
    # agreement", "the Copenhagen climate summit"): no mention of the state.
    named_after_capital: frozenset[str] = frozenset()
    # A bare form other countries use for a body of their own ("Congress"): form -> (those
    # countries, the words after it that make it a party's name).
    shared_forms: Mapping[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=lambda: MappingProxyType({}))
    # by_first narrowed by the next word: first word -> (its one-word forms, next word -> the forms
    # of one word or with that second word), each in by_first's order. Most forms fail on their
    # second word, so :func:`match_gazetteer` tries only those that can match (the seed's "US",
    # "Syrian", "Al" open five to eleven forms each).
    by_next: Mapping[str, tuple[_Options, Mapping[str, _Options]]] = field(default_factory=lambda: MappingProxyType({}))


_TOKEN = re.compile(r"[^\W_]+")


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
def load_gazetteer() -> Gazetteer:
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
        named_after = frozenset(word.lower() for word in data.get("named_after_capital", []))
        shared = {
            item["form"]: (frozenset(item["countries"]), frozenset(item.get("party_words", ())))
            for item in data.get("shared_forms", [])
        }
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
    by_next = {first: _narrowed(options) for first, options in by_first.items()}
    return Gazetteer(
        MappingProxyType(by_first), MappingProxyType(by_name), blocked, lengths, named_after, MappingProxyType(shared),
        MappingProxyType(by_next),
    )


def _narrowed(options: _Options) -> tuple[_Options, Mapping[str, _Options]]:
    """``options`` (one first word's forms, longest first) as (the one-word forms, second word -> the
    forms of one word or with that second word), the order kept."""
    singles = tuple(o for o in options if len(o[0]) == 1)
    seconds = {o[0][1] for o in options if len(o[0]) > 1}
    return singles, MappingProxyType(
        {second: tuple(o for o in options if len(o[0]) == 1 or o[0][1] == second) for second in seconds})


@lexicon_cache
def load_titles() -> tuple[frozenset[str], Mapping[tuple[str, ...], bool | None], int]:
    data = load_lexicon("titles")
    honorifics = frozenset(data["honorifics"])
    titles: dict[tuple[str, ...], bool | None] = {}
    for item in data["titles"]:
        words = tuple(w.lower() for w in _TOKEN.findall(item["title"]))
        official = item.get("official")
        titles[words] = official if isinstance(official, bool) else None
    longest = max((len(k) for k in titles), default=1)
    return honorifics, MappingProxyType(titles), longest


@lexicon_cache
def title_first_words() -> frozenset[str]:
    """The first word (lower case) of every title: a token that is none of these starts no title."""
    return frozenset(words[0] for words in load_titles()[1] if words)


@dataclass(frozen=True)
class WordLists:
    not_names: frozenset[str]
    org_words: frozenset[str]
    particles: frozenset[str]
    org_connectors: frozenset[str]
    org_nouns: frozenset[str]
    place_before: frozenset[str]
    org_before: frozenset[str]
    place_after: frozenset[str]
    person_trades: frozenset[str] = frozenset()
    area_words: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    name_connectors: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    speech_words: frozenset[str] = frozenset()
    person_prefixes: frozenset[str] = frozenset()


@lexicon_cache
def actor_word_sets() -> dict[str, frozenset[str]]:
    """Every list of ``actor_words.toml`` as a set, read once per lexicon set: the lists the
    passes consult by name beyond :class:`WordLists` (venues, news names, person names)."""
    return {key: frozenset(value) for key, value in load_lexicon("actor_words").items() if isinstance(value, list)}


@lexicon_cache
def load_word_lists() -> WordLists:
    data = load_lexicon("actor_words")
    try:
        return WordLists(
            frozenset(data["not_names"]),
            frozenset(data["organisation_words"]),
            frozenset(data["particles"]),
            frozenset(data["org_connectors"]),
            frozenset(data["organisation_nouns"]),
            frozenset(data["place_before"]),
            frozenset(data["organisation_before"]),
            frozenset(data["place_after"]),
            frozenset(data.get("person_trades", ())),
            frozenset(data.get("area_words", ())),
            frozenset(data.get("place_prefixes", ())),
            frozenset(data.get("name_connectors", ())),
            # Nouns for a person in an apposition ("Linda Park, a retired teacher"): the heads
            # sourcing counts as unnamed people (anonymity.toml), one list for both.
            frozenset(load_lexicon("anonymity").get("unnamed_people", ())),
            frozenset(data.get("speech_words", ())),
            frozenset(data.get("capital_inside_person_prefixes", ())),
        )
    except KeyError as error:
        raise LexiconError(f"actor_words.toml: missing list {error}") from error


def title_official(words: tuple[str, ...]) -> bool | None:
    """Whether the title ``words`` (lower case) is an official one: True, False or None (depends).

    Raises :class:`KeyError` when the words are not a known title.
    """
    return load_titles()[1][words]


@lru_cache(maxsize=4096)  # a pure function of the text; the same names and phrases are looked up again and again
def token_columns(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The words of ``text`` (maximal runs of letters and digits) and their start and end offsets
    (:func:`analysis.article.word_tokens`; an article's body has them as :attr:`Article.tokens`)."""
    tokens = word_tokens(text)
    return tokens.words, tokens.starts, tokens.ends


def match_gazetteer(
    text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int], i: int, gaz: Gazetteer
) -> tuple[int, GazetteerEntry] | None:
    """Longest gazetteer form starting at token ``i`` of ``text`` (tokens as the columns of
    :class:`analysis.article.Tokens`, no object per token): (number of tokens, entry)."""
    options = gaz.by_first.get(words[i])
    if not options:
        return None
    n_tokens = len(words)
    narrowed = gaz.by_next.get(words[i])
    if narrowed is not None:  # only the forms whose second word is the next token's (or of one word) can match
        options = narrowed[1].get(words[i + 1], narrowed[0]) if i + 1 < n_tokens else narrowed[0]
    for form_words, seps, entry in options:
        n = len(form_words)
        if i + n > n_tokens:
            continue
        # Each word is compared before its separator is normalised: most forms fail on their
        # second word, and the separator costs a slice and a call.
        k = 1
        while k < n and words[i + k] == form_words[k] and _norm_sep(text[ends[i + k - 1] : starts[i + k]]) == seps[k - 1]:
            k += 1
        if k < n:
            continue
        last_end = ends[i + n - 1]
        if entry.form.endswith(".") and text[last_end : last_end + 1] != ".":
            continue  # "U.S." needs its final period; "U.S" alone is not the form
        if entry.ambiguous and i + n < n_tokens:
            following = words[i + n]
            sep = text[last_end : starts[i + n]]
            if sep == " " and is_name_word(following) and gaz.by_first.get(following) is None:
                continue  # "Chad Smith", "Jordan Peterson": a given name, not the country
            if sep == " " and following.lower() in _STATE_WORDS:
                return None  # "Washington state has stopped coal terminals": the US state, a place (trial 18, F10)
        if entry.via == "capital" and _names_an_event(text, words, starts, ends, i + n, gaz.named_after_capital):
            return None  # "the Paris agreement": a treaty named after the city, not France
        return n, entry
    return None


# After an ambiguous form, the word that makes it the state of that name ("Washington state").
_STATE_WORDS = frozenset({"state", "state's", "state’s"})


def _names_an_event(
    text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int], k: int, named_after: frozenset[str]
) -> bool:
    """Whether the words from token ``k`` (right after a capital) name a treaty or a meeting: one of
    ``named_after`` next, or after "climate" ("the Copenhagen climate summit", "the Paris climate
    change accord")."""
    for _ in range(3):
        if k >= len(words) or text[ends[k - 1] : starts[k]] != " ":
            return False
        word = words[k].lower()
        if word in named_after:
            return True
        if word not in ("climate", "change"):
            return False
        k += 1
    return False


def holds_blocked(gaz: Gazetteer, words: tuple[str, ...]) -> bool:
    """Whether ``words`` hold a name the gazetteer blocks (``not_actor``: "New Year", "Prime
    Minister") word for word; words with none of the blocked names' words take one set test."""
    firsts = _blocked_firsts(gaz.blocked)
    if firsts.isdisjoint(words):
        return False
    # (a blocked name starts at a blocked name's first word: only those positions are tried)
    blocked, size = gaz.blocked, len(words)
    return any(words[a : a + n] in blocked for a, word in enumerate(words) if word in firsts
               for n in gaz.blocked_lengths if a + n <= size)


def blocked_name_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of the names the gazetteer blocks (``not_actor``)."""
    return _blocked_words(gaz.blocked)


@lru_cache(maxsize=8)
def _blocked_firsts(blocked: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(name[0] for name in blocked if name)


@lru_cache(maxsize=8)
def _blocked_words(blocked: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(w for name in blocked for w in name)


@lru_cache(maxsize=1 << 16)  # called for the same words again and again (a run, its neighbours)
def is_name_word(word: str) -> bool:
    # any(map(...)) runs the character tests in C (a generator expression resumes a frame per character).
    return word[:1].isupper() and any(map(str.islower, word[1:])) and not any(map(str.isdigit, word))


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
    return _match_entry(phrase, active_digest())


@lru_cache(maxsize=4096)  # keyed by the lexicons in force; the measures ask about the same names again and again
def _match_entry(phrase: str, _digest: str) -> GazetteerEntry | None:
    gaz = load_gazetteer()
    words, starts, ends = token_columns(phrase)
    for i in range(len(words)):
        match = match_gazetteer(phrase, words, starts, ends, i, gaz)
        if match is not None:
            return match[1]
    return None


def actor_country(actor: str) -> str | None:
    """The country an actor belongs to, if the gazetteer knows it.

    A country is its own country; an institution name or alias gives its country
    (``"Pentagon"``, ``"CIA"`` -> ``"United States"``); a group gives the country it is based in
    (``"Al-Nusra Front"`` -> ``"Syria"``); international organisations and persons give ``None``.
    """
    return _actor_country(actor, active_digest())


@lru_cache(maxsize=4096)  # keyed by the lexicons in force (asked per actor and per mention by several measures)
def _actor_country(actor: str, _digest: str) -> str | None:
    gaz = load_gazetteer()
    entry = gaz.by_name.get(actor)
    if entry is None:
        words, starts, ends = token_columns(actor)
        if words:
            match = match_gazetteer(actor, words, starts, ends, 0, gaz)
            if match is not None and ends[match[0] - 1] >= len(actor.rstrip(". ")):
                entry = match[1]
    if entry is None:
        return None
    return entry.country


def actor_official(actor: str) -> bool | None:
    """Whether a gazetteer actor is a state body (countries, institutions, intergovernmental
    organisations: True), a non-state one (NGOs, armed groups: False), or unknown (None)."""
    entry = load_gazetteer().by_name.get(actor)
    if entry is None and actor.startswith("the "):
        return _generic_official().get(actor[4:])  # "the government": a party the text names no further
    return None if entry is None else entry.official


@lexicon_cache
def _generic_official() -> Mapping[str, bool]:
    """Whether the body a bare institution noun names is a state one (``speakers.toml``: "government"
    True, "company" False), for the generic accused parties of right of reply ("the government")."""
    data = load_lexicon("speakers")
    return MappingProxyType({item["noun"]: bool(item.get("official", False)) for item in data.get("institution", [])})


_HONORIFIC_GENDER = MappingProxyType({"mrs": "f", "ms": "f", "miss": "f", "madam": "f", "mr": "m", "sir": "m"})


@lexicon_cache
def _first_names() -> Mapping[str, str]:
    try:
        data = load_lexicon("first_names")
        names = {name: "f" for name in data["female"]}
        names.update({name: "m" for name in data["male"]})
    except (KeyError, TypeError) as error:
        raise LexiconError(f"first_names.toml is malformed: missing {error}") from error
    return MappingProxyType(names)


def honorific_gender(word: str) -> str | None:
    """"f" for Mrs./Ms./Miss, "m" for Mr., else None."""
    return _HONORIFIC_GENDER.get(word.lower().rstrip("."))


def person_gender(name: str) -> str | None:
    """A person's gender from the honorific or given name opening ``name`` ("Mrs. Jones", "Lisa
    Ortiz"), or None when neither says (``lexicons/first_names.toml`` lists only unambiguous names)."""
    return gender_lookup()(name)


@lexicon_cache
def gender_lookup() -> Callable[[str], str | None]:
    """:func:`person_gender` for the lexicons in force, memoised per name: find_actors asks ~190
    times per article, mostly of the same few names, and a loop over mentions may take this once
    and call it (each :func:`person_gender` call also pays the lexicon wrapper's digest look-up)."""
    first_names = _first_names()

    @lru_cache(maxsize=1 << 14)
    def gender(name: str) -> str | None:
        parts = name.split(maxsplit=1)
        lower = parts[0].lower() if parts else ""
        return _HONORIFIC_GENDER.get(lower.rstrip(".")) or first_names.get(lower)  # (honorific_gender's look-up, inline)

    return gender


def clean_name(text: str) -> str:
    """A name as written, with its inner whitespace (line breaks, double spaces) made single spaces."""
    return " ".join(text.split())
