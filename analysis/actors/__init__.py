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
  after a title or honorific ("Mayor Ortiz", "Dr. Hill") is a person too. A run followed by
  ", which" as its sentence's subject is an organisation ("Casa Verde, which operates ..."); a
  trade noun that is also a person's ("software developer Anna Kim") keeps a given name a person;
  a name shown an organisation by its own words, or a noun or title after it, is one at all its
  mentions ("Northgate Power ... Northgate Power spokesman"); a gazetteer form inside a longer
  name is that organisation ("Northfield NHS Trust", "the Royal London Hospital"). Runs that are places
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
  state or a person called Washington). "Congress" is the US Congress unless followed by "party"
  or "-led", or the dateline is in a country with a Congress of its own (India, Peru, the
  Philippines ...) and the text names the US nowhere else (``gazetteer.toml`` ``shared_forms``).
* A person is found only from capitalised words; a sentence-initial common word is dropped when
  the same word occurs in lower case elsewhere in the body or is a known function word. Two
  capitalised names side by side ("Obama Putin") become one name; a bare single-word name with no
  title and no earlier full mention is missed.
* Pronouns ("he", "she") are not resolved here (sourcing resolves speaker pronouns).
* Word lists are data (``lexicons/actor_words.toml``: words that are never names, organisation
  words and nouns, place cues, name particles; ``lexicons/titles.toml`` for titles).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.actors.false_names import correct_false_names
from analysis.actors.gazetteer import (
    GazetteerEntry,
    actor_country,
    actor_official,
    match_actor,
    match_entry,
    person_gender,
    title_official,
)
from analysis.actors.head_nouns import settle_head_nouns
from analysis.actors.mentions import find_mentions
from analysis.actors.model import KINDS, VIAS, ActorMention, ActorsResult
from analysis.actors.person_names import settle_person_names
from analysis.actors.place_initials import split_place_initials
from analysis.actors.venues import drop_places_after_adjectives
from analysis.article import Article
from analysis.lexicons import active_digest

__all__ = [
    "KINDS",
    "VIAS",
    "ActorMention",
    "ActorsResult",
    "GazetteerEntry",
    "actor_country",
    "actor_official",
    "find_actors",
    "find_actors_in_text",
    "match_actor",
    "match_entry",
    "person_gender",
    "title_official",
]


def find_actors(article: Article) -> ActorsResult:
    """Find every actor mention in ``article.body`` (see the module docstring for the rules)."""
    spans = tuple((s.start, s.end, s.index, s.paragraph) for s in article.sentences)
    # The dateline's place in capitals ("NEW DELHI") is looked up in the gazetteer's spelling.
    dateline = match_entry(article.dateline.title()) if article.dateline else None
    country = dateline.country if dateline is not None else None
    mentions = find_mentions(article.body, spans, article.tokens, country)
    mentions = split_place_initials(article.body, mentions)  # "Washington, D.C. Strong (1929-2015) was": no "D.C. Strong"
    # A surname alone, a name in a title-case line, a storm (actors/person_names.py); the headline's
    # people name the body's surnames ("Wheeler said" under "EPA Nominee Andrew Wheeler ...").
    headline = find_actors_in_text(article.headline).mentions if article.headline else ()
    headline_persons = [m.actor for m in headline if m.kind == "person" and " " in m.actor]
    settled = settle_person_names(article.body, mentions, spans, headline_persons, article.tokens)
    # ("... from southern Amazonas said he ...": the speaker rule there must not make the place a person)
    settled = drop_places_after_adjectives(article.body, settled)
    # ("the Mura tribe", "Tangier Island", "the Brazilian Congress": actors/head_nouns.py)
    settled = settle_head_nouns(article.body, settled)
    # Glued link cards, initials beside the full name, prizes, events, hashtags (actors/false_names.py).
    return ActorsResult(tuple(correct_false_names(article.body, settled)))


def find_actors_in_text(text: str) -> ActorsResult:
    """Actor mentions in a free-standing text (a headline, a caption): offsets into ``text``,
    ``sentence`` and ``paragraph`` are 0. Persons are found by the same rules as in a body."""
    return _text_actors(text, active_digest())


@lru_cache(maxsize=256)
def _text_actors(text: str, _digest: str) -> ActorsResult:
    # Keyed by the text and the lexicons in force (the result is frozen, so callers may share it):
    # an article's headline is read by find_actors and again by sourcing (pronouns, right of
    # reply), and each pass over even a short text costs ~0.5 M instructions of fixed work.
    return ActorsResult(tuple(find_mentions(text, ((0, len(text), 0, 0),))))
