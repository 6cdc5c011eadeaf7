"""Stage 8, right of reply: the parties the article accuses, and whether each is heard.

Following the BBC Editorial Guidelines on fairness and the IPSO Editors' Code 1(iv): a party is
accused when the headline or a body sentence says "X (was) accused of", "Y accused X of",
"blamed X" / "blamed the company" (the company last named), or "X's action raises serious
concern" (``lexicons/accusation.toml``). A party is heard when a source speaks for it: the
source itself (a named person or named institution), its affiliation, or that affiliation's
country.

New accusation patterns belong in :func:`accusations`; what counts as being heard (a denial, a
refusal to comment) in :func:`right_of_reply`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from analysis.actors import ActorMention, actor_country, find_actors_in_text
from analysis.sourcing.attributes import latest_org_of_class
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import WORD
from analysis.sourcing.result import Accusation, Attribution, RightOfReply, Source

_GOVERNMENT_CLASSES = frozenset({"government", "police", "military", "city"})

_Token = tuple[int, int, str]  # (body start, body end, lower-cased word)
_Local = list[tuple[int, int, ActorMention]]  # (start, end, mention) of a text's mentions


def right_of_reply(doc: Document, attributions: tuple[Attribution, ...], sources: tuple[Source, ...]) -> tuple[RightOfReply, ...]:
    """Each accused party, with the evidence, and the attributions where it is heard."""
    found: dict[str, list[Accusation]] = {}
    kinds: dict[str, str] = {}
    headline = doc.article.headline
    if headline:
        for party, kind, cue in accusations(doc, headline, find_actors_in_text(headline).mentions, 0):
            found.setdefault(party, []).append(Accusation(None, None, cue, headline))
            kinds[party] = kind
    for sentence in doc.article.sentences:
        mentions = doc.mentions_in(sentence.start, sentence.end)
        for party, kind, cue in accusations(doc, sentence.text, mentions, sentence.start):
            evidence = found.setdefault(party, [])
            if not evidence or evidence[-1].sentence != sentence.index:
                evidence.append(Accusation(sentence.index, sentence.paragraph, cue, sentence.text))
            kinds[party] = kind
    # Who each source speaks for: its affiliation, that affiliation's country, and (for a
    # named person or a named institution) itself.
    voices: list[set[str]] = []
    for source in sources:
        names = {source.name} if source.speaker_type in ("named_person", "institution") else set()
        if source.affiliation is not None:
            names.add(source.affiliation)
            country = actor_country(source.affiliation)
            if country is not None:
                names.add(country)
        voices.append(names)
    heard: dict[str, list[int]] = {party: [] for party in found}
    for a in attributions:
        for party in voices[a.source_id]:
            if party in heard:
                heard[party].append(a.index)
    return tuple(
        RightOfReply(party, kinds[party], tuple(evidence), bool(heard[party]), tuple(heard[party]))
        for party, evidence in found.items()
    )


def accusations(doc: Document, text: str, mentions: Sequence[ActorMention], offset: int) -> list[tuple[str, str, str]]:
    """(party, kind, cue) for each accusation pattern in ``text`` (mentions are body-offset)."""
    lex = doc.lex
    tokens = [(m.start() + offset, m.end() + offset, m.group(0).lower()) for m in WORD.finditer(text)]
    out: list[tuple[str, str, str]] = []
    local = [(m.start, m.end, m) for m in mentions]
    local_starts = [m.start for m in mentions]
    for k, (ts, _, word) in enumerate(tokens):
        nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        prev = tokens[k - 1][2] if k > 0 else ""
        if word in lex.accuse_passive and nxt in lex.passive_links and (
            prev in lex.passive or prev in ("been", "being") or (k > 0 and actor_ending_at(local, local_starts, tokens[k - 1][1]))
        ):
            m = _passive_party(doc, tokens, k, local, local_starts)
            if m is not None:
                out.append((m.actor, m.kind, f"{word} {nxt}"))
                continue
        if word in lex.accuse_active and prev not in lex.passive:
            m = _active_party(doc, tokens, k, local, local_starts, offset)
            if m is not None:
                out.append((m.actor, m.kind, word))
        for phrase in lex.concern_by_first.get(word, ()):
            if tuple(t[2] for t in tokens[k : k + len(phrase)]) == phrase:
                hi = bisect.bisect_left(local_starts, ts)
                candidates = [m for _, e, m in local[max(0, hi - 8) : hi] if e <= ts]
                if candidates:
                    out.append((candidates[-1].actor, candidates[-1].kind, " ".join(phrase)))
                break
    return out


def _passive_party(doc: Document, tokens: list[_Token], k: int, local: _Local, local_starts: list[int]) -> ActorMention | None:
    """"<party> (was) accused of": the actor before the auxiliaries, or the sentence's subject."""
    lex = doc.lex
    j = k - 1
    while j >= 0 and (tokens[j][2] in lex.passive or tokens[j][2] in ("has", "have", "had", "been")):
        j -= 1
    m = actor_ending_at(local, local_starts, tokens[j][1]) if j >= 0 else None
    if m is None and local and len(tokens) > 5 and local[0][0] <= tokens[min(5, len(tokens) - 1)][0]:
        # The subject named at the head of the sentence: "Council member Andrea Voss,
        # who is running for mayor, has been accused of ..."
        m = local[0][2] if local[0][1] <= tokens[k][0] else None
    return m


def _active_party(
    doc: Document, tokens: list[_Token], k: int, local: _Local, local_starts: list[int], offset: int
) -> ActorMention | None:
    """"accused <party> of"; the party is the first actor within a few words."""
    lex = doc.lex
    ts, te, _ = tokens[k]
    limit = tokens[min(len(tokens) - 1, k + 8)][1]
    lo = bisect.bisect_right(local_starts, te)
    hi = bisect.bisect_right(local_starts, limit)
    candidates = [m for _, _, m in local[lo:hi]]
    if not candidates and offset > 0 and k + 2 < len(tokens) and tokens[k + 1][2] == "the":
        noun = tokens[k + 2][2]  # "blamed the company": the company last named
        if noun in lex.institution_nouns and lex.institution_nouns[noun][1] not in _GOVERNMENT_CLASSES:
            org = latest_org_of_class(doc, lex.institution_nouns[noun][1], ts, noun)
            candidates = [org] if org is not None else []
    if candidates:
        stop = next((t for t in tokens[k + 1 : k + 10] if t[2] in ("of", "for", "over", "on")), None)
        m = candidates[0]
        if stop is None or m.start < stop[0]:
            return m
    return None


def actor_ending_at(local: _Local, starts: list[int], end: int) -> ActorMention | None:
    """The mention ending at ``end`` or up to 3 characters before it ("Russia’s", "U.S.")."""
    k = bisect.bisect_right(starts, end) - 1
    while k >= 0 and local[k][1] > end:
        k -= 1
    if k >= 0 and end - local[k][1] <= 3:
        return local[k][2]
    return None
