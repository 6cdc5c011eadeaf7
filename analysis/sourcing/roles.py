"""The roles the text gives named persons, and the named person a definite description refers to.

News names a person once with a role and then refers back with a description ("elegant
variation"): "Sen. Bernie Sanders (I-Vt.)" ... "the Vermont senator"; "Democratic front-runner
Hillary Clinton" ... "the Democratic front-runner"; "Clinton, the former secretary of state," ...
"the former secretary of state". A person's :class:`Role` comes from what is written with their
name, and only from that:

* a title or descriptor run right before the name ("Vermont Sen.", "billionaire businessman",
  "Democratic presidential front-runner", "former Secretary of State"): its title words are the
  role nouns, the words before them its modifiers;
* an apposition right after it ("Clinton, the former secretary of state,"; "Jones, 54, a
  retired teacher,"; "Sanders, a Democrat from Vermont,");
* a party-state tag ("Sen. Dana Hollis (R-Ohio)", "Rep. Ann Dee, D-Calif.,"): the party is a
  role noun ("the Ohio Republican"), the state a modifier ("the Ohio senator").

A description ("the Vermont senator") refers to a person named earlier whose role has its head
noun (``titles.toml [roles]`` maps "Sen." to senator and "the lawmaker" to a senator) and whose
state, party and "former" do not conflict with its own; among several, the one whose role shares
the most of its modifiers, then the speaker of the latest attribution; otherwise it is ambiguous
and stays unmerged. "the other senator", "a rival candidate" never refer back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.context import LOOKBACK_CHARS, TITLE_MENTIONS, Document
from analysis.sourcing.lexicon import WORD, Lexicon, words


@dataclass(frozen=True)
class RoleWords:
    """``titles.toml [roles]``, read for look-up."""

    abbreviations: dict[str, str]
    also: dict[str, frozenset[str]]
    party_of: dict[str, str]
    others: frozenset[str]
    former: frozenset[str]
    neutral: frozenset[str]
    variation: frozenset[str]
    speaker_roles: frozenset[str]  # person nouns a speaker phrase may have as head (with `variation`)
    exclusive: tuple[frozenset[str], ...]  # groups of modifiers a person holds one of ("state" / "u.s.")
    states: frozenset[str]  # state names, lower case ("new york")
    tag_states: dict[str, str]  # "vt", "n.y", "texas" -> state name


@lexicon_cache
def role_words() -> RoleWords:
    data = load_lexicon("titles")["roles"]
    tag_states: dict[str, str] = {}
    for state, abbreviations in data["states"].items():
        tag_states[state] = state
        for a in abbreviations:
            tag_states[a] = state
    return RoleWords(
        abbreviations=dict(data["abbreviations"]),
        also={k: frozenset(v) for k, v in data["also"].items()},
        party_of={w: party for party, forms in data["parties"].items() for w in forms if len(w) > 1},
        others=frozenset(data["others"]),
        former=frozenset(data["former"]),
        neutral=frozenset(data["neutral"]),
        variation=frozenset(data["variation"]),
        speaker_roles=frozenset(data["variation"]) | frozenset(data["speaker_roles"]),
        exclusive=tuple(frozenset(group) for group in data["exclusive"]),
        states=frozenset(data["states"]),
        tag_states=tag_states,
    )


@dataclass(frozen=True)
class Role:
    """A role the text gives a person at ``offset``: its role nouns (with the nouns a description
    may use for them), its full title if it has one ("secretary of state"), its other words, the
    states and parties it names, and whether it is a former role."""

    offset: int
    heads: frozenset[str]
    title: tuple[str, ...] | None
    modifiers: frozenset[str]
    states: frozenset[str]
    parties: frozenset[str]
    former: bool
    ranks: frozenset[str] = frozenset()  # words of an exclusive group ("state", "junior")


@dataclass(frozen=True)
class Description:
    """What a definite description says of its person ("the former Vermont senator")."""

    heads: frozenset[str]  # "the Vermont senator and Democratic presidential candidate": senator, candidate
    title: tuple[str, ...] | None
    modifiers: frozenset[str]
    states: frozenset[str]
    parties: frozenset[str]
    former: bool
    other: bool  # "the other senator": someone else
    ranks: frozenset[str] = frozenset()  # words of an exclusive group ("the state senator")


# "(R-Ohio)", "(I-Vt.)", ", D-N.Y.," and at a sentence's end ", R-Iowa."
_PARTY_TAG = re.compile(r"\s*[(,]\s*([RDI])\s*[-–.]\s*([A-Z][A-Za-z.]*?(?:\s[A-Z][A-Za-z.]*?)?)\s*(?:[),]|\.?$)")
_RUN_STOP = frozenset({"the", "a", "an", "and", "or", "but", "nor", "to", "for", "with", "by", "from", "at", "in", "on", "as",
                       "that", "said", "says", "say", "told", "than", "like", "against", "about", "when", "while", "after",
                       "before", "if", "his", "her", "their", "its", "our", "your", "my", "is", "was", "are", "were", "be",
                       "been", "who", "which", "whom", "whose", "asked", "called", "named", "between", "including", "into",
                       "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "has", "had", "have", "will", "would",
                       "met", "meet", "meets", "praised", "attacked", "accused", "criticized", "endorsed", "backed", "beat",
                       "defeated", "joined", "also", "not", "then", "where", "how", "why", "what"})
_ARTICLES = frozenset({"the", "a", "an"})
_PREPOSITIONS = frozenset({"of", "from", "in", "at", "for", "with", "since", "to", "on", "who", "which", "that", "whose"})


def _head_of(rw: RoleWords, title: tuple[str, ...]) -> str:
    """The noun a description uses for a title: the word before "of", else the last ("Sen." -> senator)."""
    word = title[title.index("of") - 1] if "of" in title[1:] else title[-1]
    return rw.abbreviations.get(word, word)


def _expand(rw: RoleWords, title: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(rw.abbreviations.get(w, w) for w in title)


def _heads(rw: RoleWords, title: tuple[str, ...]) -> set[str]:
    head = _head_of(rw, title)
    full = " ".join(_expand(rw, title))
    return {head} | rw.also.get(head, frozenset()) | rw.also.get(full, frozenset())


def _states_in(rw: RoleWords, tokens: list[str]) -> set[str]:
    text = f" {' '.join(tokens)} "
    return {s for s, spaced in _spaced(rw.states) if spaced in text}


@lru_cache(maxsize=8)
def _spaced(states: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each state name and the name between spaces, in the set's order (built once, not per phrase)."""
    return tuple((s, f" {s} ") for s in states)


def _role(rw: RoleWords, offset: int, titles: list[tuple[str, ...]], extra_heads: set[str], modifiers: list[str]) -> Role | None:
    heads: set[str] = set(extra_heads)
    for t in titles:
        heads |= _heads(rw, t)
    if not heads:
        return None
    ranks = _ranks(rw, [w for t in titles for w in t] + list(modifiers))
    mods = [w for w in modifiers if w not in rw.neutral and w not in ranks]
    long_title = next((_expand(rw, t) for t in titles if len(t) > 1), None)
    return Role(
        offset=offset, heads=frozenset(heads), title=long_title, modifiers=frozenset(mods),
        states=frozenset(_states_in(rw, modifiers)), parties=frozenset(rw.party_of[w] for w in [*mods, *heads] if w in rw.party_of),
        former=any(w in rw.former for w in modifiers), ranks=ranks,
    )


def _ranks(rw: RoleWords, tokens: list[str]) -> frozenset[str]:
    """The words of ``tokens`` that belong to an exclusive group ("U.S. Sen." -> u.s; the word
    pattern reads "U.S." as "u", "s")."""
    # (modifiers before a name are gathered right to left, so the pair may come as "s", "u")
    words_ = list(tokens) + ["u.s" for a, b in pairwise(tokens) if {a, b} == {"u", "s"}]
    return frozenset(w for w in words_ for group in rw.exclusive if w in group)


def _ranks_conflict(rw: RoleWords, mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sets of exclusive words hold different words of one group ("state" vs "u.s")."""
    return any((mine & group) and (theirs & group) and not (mine & theirs & group) for group in rw.exclusive)


def _title_ending(lex: Lexicon, rw: RoleWords, lowered: list[str], end: int) -> int:
    """How many tokens before ``end`` form a title (0 if none), the longest first."""
    for n in range(min(lex.title_longest, end), 0, -1):
        phrase = tuple(lowered[end - n : end])
        if phrase in lex.titles or (n == 1 and phrase[0] in rw.abbreviations):
            return n
    return 0


def _before_name(doc: Document, rw: RoleWords, start: int) -> Role | None:
    """The role in the run of titles and modifiers right before a name ("Vermont Sen.")."""
    sentence = doc.sentence_at(start)
    k = start
    floor = max(sentence.start, start - 120)
    while k > floor and doc.body[k - 1] not in ",;:()“”\"—–\n":
        k -= 1
    tokens = list(WORD.finditer(doc.body, k, start))
    lowered = [t.group(0).lower() for t in tokens]
    end = len(tokens)
    titles: list[tuple[str, ...]] = []
    modifiers: list[str] = []
    while end > 0:
        n = _title_ending(doc.lex, rw, lowered, end)
        if n:
            titles.append(tuple(lowered[end - n : end]))
            end -= n
            continue
        if not titles:
            return None  # the word right before the name is no title: no role here
        word = lowered[end - 1]
        if word in rw.party_of and end < len(tokens) and tokens[end].group(0)[:1].isupper() and (lowered[end],) not in doc.lex.titles:
            break  # "Republican National Committee Chairman": the party names the body, not the person's party
        if word in _RUN_STOP or word.endswith(("’s", "'s")) or word in doc.lex.honorific_titles:
            break
        modifiers.append(word)
        end -= 1
    return _role(rw, start, titles, set(), modifiers) if titles else None


def party_tagged(doc: Document, person: str) -> bool:
    """Whether a mention of ``person`` carries a party-state tag ("Jim Inhofe (R-Okla.)", "Ann Dee,
    D-Calif.,"): news style gives one to members of Congress and state legislators, so the person
    holds public office even where no title is written (trial 14 F13)."""
    body = doc.body
    return any(_PARTY_TAG.match(body, m.end, doc.sentence_at(m.start).end) is not None for m in doc.person_mentions.get(person, ()))


_SEGMENT_END = re.compile(r"[,;()—–]")
_AGE = re.compile(r"\d{1,3}")


def _after_name(doc: Document, rw: RoleWords, end: int) -> list[Role]:
    """The roles in a party-state tag and an apposition right after a name."""
    body = doc.body
    sentence_end = doc.sentence_at(end).end
    roles: list[Role] = []
    tag = _PARTY_TAG.match(body, end, sentence_end)
    if tag is not None:
        party = {"R": "republican", "D": "democrat", "I": "independent"}[tag.group(1)]
        state = rw.tag_states.get(tag.group(2).lower().rstrip(".").strip())
        roles.append(Role(end, frozenset({party}), None, frozenset({party}), frozenset({state} - {None}), frozenset({party}), False))
        end = tag.end() - (1 if tag.group(0).endswith(",") else 0)
    rest = body[end:sentence_end]
    if not rest.startswith(", "):
        return roles
    parts = _SEGMENT_END.split(rest[2:], maxsplit=2)
    segment = parts[0].strip()
    if _AGE.fullmatch(segment) and len(parts) > 1:
        segment = parts[1].strip()  # "Jones, 54, a retired teacher,"
    tokens = words(segment)
    if not tokens or not (tokens[0] in _ARTICLES or tokens[0] in rw.former or (tokens[0],) in doc.lex.titles):
        return roles  # "Paradis, 78, arrived": no apposition
    for part in " ".join(tokens).split(" and "):
        role = _apposition(doc.lex, rw, end, part.split())
        if role is not None:
            roles.append(role)
    return roles


def _apposition(lex: Lexicon, rw: RoleWords, offset: int, tokens: list[str]) -> Role | None:
    """"the former secretary of state", "a Democrat from Vermont": titles, head and modifiers."""
    if tokens[:1] in (["the"], ["a"], ["an"]):
        tokens = tokens[1:]
    cut = len(tokens)
    titles: list[tuple[str, ...]] = []
    k = 0
    while k < len(tokens):
        n = next((n for n in range(min(lex.title_longest, len(tokens) - k), 0, -1) if tuple(tokens[k : k + n]) in lex.titles), 0)
        if n:
            titles.append(tuple(tokens[k : k + n]))
            k += n
            continue
        if tokens[k] in _PREPOSITIONS:
            cut = k  # "a Democrat from Vermont": the core ends; a relative clause is another's role
            break
        k += 1
    core = tokens[:cut]
    core = [w for w in core if not any(w in t for t in titles)] if titles else core
    last = tokens[cut - 1] if cut else ""
    head = {last} if not titles and last.isalpha() and last not in _RUN_STOP else set()  # "a retired teacher"
    head = {rw.abbreviations.get(h, h) for h in head}
    role = _role(rw, offset, titles, head, [w for w in core if w not in head])
    if role is None:
        return None
    after = tokens[cut:]
    states = _states_in(rw, after)  # "a Democrat from Vermont"
    return Role(role.offset, role.heads, role.title, role.modifiers, role.states | states, role.parties, role.former, role.ranks)


def roles_of(doc: Document, actor: str) -> tuple[Role, ...]:
    """Every role the text gives ``actor`` with their first mentions, in body order."""
    rw = role_words()
    out: list[Role] = []
    for m in doc.person_mentions.get(actor, ())[:TITLE_MENTIONS]:
        if doc.in_quote(m.start):
            continue
        role = _before_name(doc, rw, m.start)
        if role is not None:
            out.append(role)
        out.extend(_after_name(doc, rw, m.end))
        described = _described_before(doc, rw, m.start, m.end)
        if described is not None:
            out.append(described)
    return tuple(out)


def _described_before(doc: Document, rw: RoleWords, start: int, end: int) -> Role | None:
    """The role of a description the name stands in apposition to ("The suspect, Omar Farid, 31, was
    held": later "the suspect said" is Farid): a definite or indefinite noun phrase opening the clause,
    a comma, the name, and a comma after it."""
    body = doc.body
    if body[start - 2 : start] != ", " or not body.startswith(",", end):
        return None
    sentence = doc.sentence_at(start)
    k = start - 2
    opening = max(body.rfind(c, sentence.start, k) for c in ",;:“”\"(—–")
    tokens = words(body[max(opening + 1, sentence.start) : k])
    if not 2 <= len(tokens) <= 5 or tokens[0] not in _ARTICLES or any(w in _RUN_STOP for w in tokens[1:]):
        return None
    return _apposition(doc.lex, rw, start, tokens)


def describe_role(doc: Document, core_words: tuple[str, ...], head: str | None, title: str | None) -> Description | None:
    """A singular definite description ("the Vermont senator") as :class:`Description`, else None.
    Parts joined by "and" each give a head ("the Florida senator and Republican presidential candidate")."""
    rw = role_words()
    if head is None or core_words[:1] != ("the",) or len(core_words) < 2 or core_words[-1] != head:
        return None
    parts = " ".join(core_words[1:]).split(" and ")
    heads = [p.split()[-1] for p in parts if p]
    if any(h.endswith("s") and not h.endswith("ss") for h in heads):
        return None  # "the senators", "the groups": not one person
    mods = [w for p in parts for w in p.split()[:-1]]
    title_words = tuple(words(title)) if title is not None else None
    if title_words is not None and len(title_words) > 1:
        mods = [w for w in mods if w not in title_words]
    parties = {rw.party_of[w] for w in [*mods, *heads] if w in rw.party_of}
    states = _states_in(rw, mods)
    in_state_names = {w for s in states for w in s.split()}  # "the New York Democrat": "new" is no other person
    ranks = _ranks(rw, [*mods, *(title_words or ())])
    return Description(
        heads=frozenset(rw.abbreviations.get(h, h) for h in heads),
        title=_expand(rw, title_words) if title_words and len(title_words) > 1 else None,
        modifiers=frozenset(w for w in mods if w not in rw.neutral and w not in ranks), states=frozenset(states),
        parties=frozenset(parties), former=any(w in rw.former for w in mods),
        other=any(w in rw.others and w not in in_state_names for w in mods), ranks=ranks,
    )


def fits(rw: RoleWords, roles: tuple[Role, ...], d: Description, position: int) -> int | None:
    """How many of the description's modifiers the person's roles (written before ``position``)
    share, or None when no role has its head or one conflicts (another state or party, a current
    role for "the former ...", another multi-word title)."""
    roles = tuple(r for r in roles if r.offset < position)
    states = frozenset().union(*(r.states for r in roles)) if roles else frozenset()
    parties = frozenset().union(*(r.parties for r in roles)) if roles else frozenset()
    if (states and not d.states <= states) or (parties and not d.parties <= parties):
        return None
    if _ranks_conflict(rw, d.ranks, frozenset().union(*(r.ranks for r in roles)) if roles else frozenset()):
        return None
    matching = [
        r for r in roles
        if any(h in r.heads or (h in rw.party_of and rw.party_of[h] in r.parties) for h in d.heads)
        and not (d.title is not None and r.title is not None and d.title != r.title)
    ]
    if not matching or (d.former and not any(r.former for r in matching)):
        return None
    if not d.former and all(r.former for r in matching):
        return None  # "the governor" is the holder of the office, not "former Gov. Tom Wolf"
    modifiers = frozenset().union(*(r.modifiers for r in roles))
    return len(d.modifiers & modifiers) + len(d.states & states) + len(d.parties & parties)


def role_conflict(doc: Document, actor: str, d: Description | None, position: int, roles: tuple[Role, ...]) -> bool:
    """Whether what the text says of ``actor`` rules out description ``d`` (state, party, "former";
    a description without "former" is no one the text calls only a former holder of its office)."""
    if d is None:
        return False
    if d.other:
        return True
    roles = tuple(r for r in roles if r.offset < position)
    states = frozenset().union(*(r.states for r in roles)) if roles else frozenset()
    parties = frozenset().union(*(r.parties for r in roles)) if roles else frozenset()
    ranks = frozenset().union(*(r.ranks for r in roles)) if roles else frozenset()
    held = [r for r in roles if r.heads & d.heads]
    if held and not d.former and all(r.former for r in held):
        return True  # "the EPA administrator" is not "Former EPA administrator Gina McCarthy" (round 18)
    return bool((states and not d.states <= states) or (parties and not d.parties <= parties)) or _ranks_conflict(
        role_words(), d.ranks, ranks)


def referent(doc: Document, d: Description, position: int, roles: dict[str, tuple[Role, ...]],
             latest_speaker: str | None, gender: str | None = None,
             gender_of: Callable[[str], str | None] | None = None) -> tuple[str | None, bool]:
    """The person named before ``position`` a description refers to (see the module docstring),
    and whether any person named before has its role (False: no role in the text fits). A person
    whose gender (``gender_of``) differs from the description's ("the congresswoman") is not it."""
    if d.other:
        return None, True
    rw = role_words()
    scored: dict[str, int] = {}
    mentions = [m for m in doc.mentions_in(max(0, position - LOOKBACK_CHARS), position) if m.kind == "person" and not doc.in_quote(m.start)]
    for m in mentions:
        if m.actor in scored:
            continue
        if m.actor not in roles:
            roles[m.actor] = roles_of(doc, m.actor)
        score = fits(rw, roles[m.actor], d, position)
        if score is not None and gender is not None and gender_of is not None and gender_of(m.actor) not in (None, gender):
            score = None
        if score is not None:
            scored[m.actor] = score
    if not scored:
        return None, False
    best = max(scored.values())
    top = [a for a, s in scored.items() if s == best]
    if len(top) == 1:
        return top[0], True
    if latest_speaker in top:
        return latest_speaker, True
    # else the one named last, if named in this paragraph or the one before and no other since
    paragraph = doc.sentence_at(position).paragraph
    last = next((m for m in reversed(mentions) if m.actor in top), None)
    if last is not None and paragraph - doc.sentence_at(last.start).paragraph <= 1:
        return last.actor, True
    return None, True
