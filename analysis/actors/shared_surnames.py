"""Round 18 (round 17's closing note, nf:148): a bare surname that two people named in full share.

"Ivanka Trump retweeted ... President Donald Trump's pick ... Trump said late last year": the
earlier passes give a bare surname to the first person named in full with it, so every "Trump" went
to Ivanka Trump. News names two people of one family in full and then writes the bare surname for
the one it is about, telling the reader which by what it says of them. The bare surname goes to:

1. the one of the two an honorific before it names by gender ("Mr. Trump" with Ivanka and Donald
   Trump named) -- that mention only;
2. else, for the whole text (before the second full name too: the reader knows the office-holder
   without an introduction), the only one of them the text names with a title or honorific right
   before the full name ("President Donald Trump", "Sen. Susan Collins") -- a reader takes the
   office-holder for "Trump said"; two titled or none titled decides nothing;
3. else the other one, when the text calls exactly one of two by the given name alone ("Ivanka
   said": the text keeps the bare surname for the other one);
4. else, before the second of them is named in full, the first (the reader knows no other yet:
   "Kelly Craft ... Craft said ... Craft's husband, Joseph Craft"); after it, nobody: the mention
   keeps the bare surname as its actor, a person of its own, rather than going silently to the
   first named (the reader cannot tell either).

A name inside another ("Huckabee Sanders", "Sarah Huckabee Sanders") is one person; a name of an
honorific and a surname ("Mrs. Jones") names nobody else. Texts in which no two full names share a
last word (almost all) pay one pass over the person mentions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from analysis.actors.gazetteer import gender_lookup, honorific_gender, load_titles
from analysis.actors.model import ActorMention

_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_POSSESSIVES = ("'s", "’s")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*) +$")


def settle_shared_surnames(body: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions with the bare surnames of two full names re-decided (module docstring)."""
    groups = _shared_last_names(mentions)
    if not groups:
        return list(mentions)
    owners = {last: _owner(body, mentions, names) for last, names in groups.items()}
    # Where the text has named the second person in full: before it the reader knows only the first.
    second = {last: _second_named_at(mentions, names) for last, names in groups.items()}
    gender = gender_lookup()
    out: list[ActorMention] = []
    for m in mentions:
        bare = _bare(m.text)
        names = groups.get(bare)
        if m.kind != "person" or names is None or m.actor not in names or " " in bare:
            out.append(m)
            continue
        owner, titled = owners[bare]
        match = _WORD_BEFORE.search(body, max(0, m.start - 12), m.start)
        said = honorific_gender(match.group(1)) if match is not None else None
        of_gender = [n for n in names if said is not None and gender(n) == said]
        if len(of_gender) == 1:
            owner = of_gender[0]
        elif not titled and m.start < second[bare]:
            out.append(m)  # (only the first is known yet: "Kelly Craft ... Craft said ... her husband, Joseph Craft")
            continue
        actor = owner if owner is not None else bare
        out.append(m if actor == m.actor else ActorMention(
            actor, "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution))
    return out


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(_POSSESSIVES) else text


def _shared_last_names(mentions: Sequence[ActorMention]) -> dict[str, list[str]]:
    """Last word -> the two or more people named in full with it (in order of first mention)."""
    honorifics = load_titles()[0]
    by_last: dict[str, list[str]] = {}
    for m in mentions:
        if m.kind != "person" or " " not in m.actor:
            continue
        parts = [w for w in m.actor.split() if w not in _SUFFIXES]
        if len(parts) < 2 or all(w.lower() in honorifics or w.lower().rstrip(".") in honorifics for w in parts[:-1]):
            continue  # ("Mrs. Jones": the surname of someone the text names in full, or of nobody else)
        names = by_last.setdefault(parts[-1], [])
        if m.actor not in names:
            names.append(m.actor)
    shared: dict[str, list[str]] = {}
    for last, names in by_last.items():
        # (a name inside another is one person: "Huckabee Sanders" in "Sarah Huckabee Sanders")
        distinct = [n for n in names if not any(n != o and n in o for o in names)]
        if len(distinct) >= 2:
            shared[last] = names
    return shared


def _second_named_at(mentions: Sequence[ActorMention], names: list[str]) -> int:
    """Where the second of ``names`` is first named in full."""
    firsts: dict[str, int] = {}
    for m in mentions:
        if m.actor in names and " " in m.text:
            firsts.setdefault(m.actor, m.start)
    return sorted(firsts.values())[1] if len(firsts) >= 2 else 0


def _owner(body: str, mentions: Sequence[ActorMention], names: list[str]) -> tuple[str | None, bool]:
    """Rules 2 and 3 of the module docstring for one shared surname: the owner, and whether a title chose it."""
    honorifics, titles, longest = load_titles()
    titled: set[str] = set()
    for m in mentions:
        if m.actor in names and " " in m.text and _title_before(body, m.start, honorifics, titles, longest):
            titled.add(m.actor)
    if len(titled) == 1:
        return titled.pop(), True
    if len(names) == 2:
        alone = [n for n in names if _given_name_alone(body, n)]
        if len(alone) == 1:
            return (names[1] if alone[0] == names[0] else names[0]), False
    return None, False


def _title_before(body: str, start: int, honorifics: frozenset[str], titles: Mapping[tuple[str, ...], bool | None], longest: int) -> bool:
    """Whether a title (``titles.toml``, one to ``longest`` words) or an honorific ends right before ``start``."""
    words = body[max(0, start - 60) : start].split()
    if not words or body[start - 1 : start] != " ":
        return False
    if words[-1].lower() in honorifics or words[-1].lower().rstrip(".") in honorifics:
        return True
    return any(tuple(w.lower() for w in words[-n:]) in titles for n in range(1, min(longest, len(words)) + 1))


def _given_name_alone(body: str, name: str) -> bool:
    """Whether the text writes the given name of ``name`` without the rest ("Ivanka said")."""
    parts = name.split()
    given, rest = parts[0], " " + " ".join(parts[1:])
    for match in re.finditer(r"(?<![\w.])" + re.escape(given) + r"(?![\w-])", body):
        if not body.startswith(rest, match.end()) and not body.startswith(" " + parts[-1], match.end()):
            return True
    return False
