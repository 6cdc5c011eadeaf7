"""Tone per actor mention and per actor: the clause around each mention, and its role in the
clause's negative act.

**Actors.** Each actor mention (:mod:`analysis.actors`) takes the tone of its clause (same
``score_valence`` restriction; clauses are cut at ``;``, ``:``, dashes, and before relative
pronouns and conjunctions, per ``clause_breaks`` in ``lexicons/news_sentiment.toml``). Role
rule: in a clause with a negative act (a word in ``negative_acts``, or a word negative both in
the lexicon and after VADER's rules, so "not active" is no act, and not one of ``not_acts`` such
as "no" or "rebels"), an actor before the first act word is its *agent* and one after it is its
*target*; a passive act ("were struck") swaps the two, a mention right after "by" is the agent,
a hyphenated modifier ("US-backed") and a mention after "between" take no role. An actor's tone
is the mean compound of the distinct clauses that mention it.

Mentions are the names, aliases and metonyms of :mod:`analysis.actors` plus the speaker pronouns
that sourcing resolved to an actor ("he said" after "Tom Vilsack said"; :func:`with_pronouns`),
so an actor quoted as "he" is not left out of its own tone.

That is the tone *around* a mention (its clause), kept for comparison. The tone *toward* each
mention is :func:`analysis.sentiment.target.tone_toward` on its sentence, given the sentence's
VADER compound with the news supplement (as the model was trained): when the sentence stage
scored with names scored (the default), its own compound for the same text is that number unless
a supplement word occurs in the sentence (:func:`~analysis.sentiment.target.news_compound`), so
VADER runs again only for those sentences; an actor's ``target_tone`` is the
mean over its mentions, with counts of negative / positive mentions and the strongest evidence.
"""

from __future__ import annotations

import itertools
import string
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from analysis.article import Article, Sentence
from analysis.sentiment.result import ActorMentionTone, ActorTone, SentenceSentiment, _build, _mean, _share
from analysis.sentiment.scoring import _restricted, _Scored
from analysis.sentiment.settings import _Settings
from analysis.sentiment.target import TargetTone, news_compound, tone_toward
from analysis.sentiment.vader import _Tracer
from analysis.sentiment.voices import _VoiceSpan

if TYPE_CHECKING:  # pragma: no cover
    from analysis.actors import ActorMention, ActorsResult
    from analysis.sourcing import SourcingResult


def _clauses(text: str, settings: _Settings, last: int | None = None) -> list[tuple[int, int]]:
    """The clauses of ``text`` as (start, end) offsets; with ``last``, only up to the clause that
    holds offset ``last`` (the search for breaks stops there: the matches before it are the same,
    and the actor stage asks only for the clauses its mentions start in)."""
    cuts = {0, len(text)}
    for m in settings.clause_break.finditer(text):
        cuts.add(end := m.end())
        if last is not None and end > last:
            break
    return [(a, b) for a, b in itertools.pairwise(sorted(cuts)) if b > a and (last is None or a <= last)]


def _actor_mentions(
    tracer: _Tracer,
    article: Article,
    body_norm: str,
    scored: Sequence[_Scored],
    sentences: Sequence[SentenceSentiment],
    sentence_spans: Sequence[Sequence[_VoiceSpan]],
    mentions: Sequence[ActorMention],
    settings: _Settings,
    *,
    sentence_supplement: bool | None = None,
    scored_as_written: bool = False,
) -> tuple[ActorMentionTone, ...]:
    """Every actor mention (names and the pronouns of :func:`with_pronouns`), in sentence order,
    with the tone of its clause and its role. ``sentence_supplement``: whether the sentence stage
    scored with the news supplement, when it scored names (its compounds are then reused for the
    target tone); None when names were left unscored (its compounds are not the model's).
    ``scored_as_written``: the sentence stage replaced no name or phrase, so its VADER tokens are
    those of the sentences as written (the target tone reads them, not the text again)."""
    by_sentence: dict[int, list[ActorMention]] = defaultdict(list)
    for mention in mentions:
        by_sentence[mention.sentence].append(mention)
    out: list[ActorMentionTone] = []
    for sentence in article.sentences:
        mentions = by_sentence.get(sentence.index)
        if not mentions:
            continue
        out.extend(
            _sentence_mentions(
                tracer,
                article.body,
                body_norm,
                sentence,
                scored[sentence.index],
                sentences[sentence.index].compound,
                sentence_spans[sentence.index],
                mentions,
                settings,
                None if sentence_supplement is None else (sentences[sentence.index].compound, sentence_supplement),
                scored_as_written,
            )
        )
    return tuple(out)


def _sentence_mentions(
    tracer: _Tracer,
    body: str,
    body_norm: str,
    sentence: Sentence,
    result: _Scored,
    sentence_compound: float,
    spans: Sequence[_VoiceSpan],
    mentions: Sequence[ActorMention],
    settings: _Settings,
    known_compound: tuple[float, bool] | None,
    scored_as_written: bool = False,
) -> list[ActorMentionTone]:
    """The actor mentions of one sentence: each takes the tone of its clause (VADER's
    ``score_valence`` over the clause's token valences) and a role from the clause's first
    negative act."""
    out: list[ActorMentionTone] = []
    s_start = sentence.start
    text = body_norm[s_start : sentence.end]
    lower = result.lower
    others = [(o.start - s_start, o.end - s_start) for o in mentions]
    tokens = _Tokens(text)
    # VADER's tokens of this very text (no replacement, no emoji expanded): the supplement check reads them
    vader_tokens = lower if scored_as_written and result.starts is not None else None
    toward = _target_tones(text, mentions, s_start, known_compound, vader_tokens)
    shown = {row[0]: row[1] for row in result.evidence} if result.evidence else {}
    for a, b in _clauses(text, settings, max(m.start for m in mentions) - s_start):
        inside = [m for m in mentions if a <= m.start - s_start < b]
        if not inside:
            continue
        scores, idx = _restricted(tracer, result, a, b, text[a:b])
        act = _first_negative_act(idx, lower, result.valences, tracer.lexicon, settings)
        act_word = (shown.get(act) or result.words[act]) if act is not None else ""
        clause = body[s_start + a : s_start + b].strip()
        for m in inside:
            role, reason = _role(m, s_start, text, tokens, result, lower, act, act_word, others, settings)
            quoted = any(s.start <= m.start < s.end for s in spans)
            tone = toward[m.start]
            out.append(
                _build(
                    ActorMentionTone,
                    actor=m.actor,
                    kind=m.kind,
                    text=m.text,
                    via=m.via,
                    start=m.start,
                    end=m.end,
                    sentence=sentence.index,
                    paragraph=sentence.paragraph,
                    clause_start=s_start + a,
                    clause_end=s_start + b,
                    clause=clause,
                    compound=scores["compound"],
                    sentence_compound=sentence_compound,
                    voice="quoted" if quoted else "narrator",
                    role=role,
                    act=act_word if (act is not None and role) else None,
                    role_reason=reason,
                    target_label=tone.label,
                    target_score=tone.score,
                    _tone=tone,  # target_evidence and target_key_evidence, written at the first read of either
                )
            )
    return out


def with_pronouns(article: Article, actors: ActorsResult, sourcing: SourcingResult | None) -> tuple[ActorMention, ...]:
    """The actor mentions plus each speaker pronoun that sourcing resolved to an actor ("he said"
    after "Tom Vilsack said": a mention of Tom Vilsack, ``via`` "pronoun"), in body order.

    A source is an actor when its name is an actor's canonical name, or when one of its mentions
    as written is an actor mention's whole text ("Vilsack"); a mention inside a longer speaker
    phrase ("a US official in Washington") does not make the source that actor.
    """
    if sourcing is None:
        return actors.mentions
    from analysis.actors import ActorMention

    by_name: dict[str, ActorMention] = {}
    for m in actors.mentions:
        by_name.setdefault(m.actor, m)
        by_name.setdefault(m.text, m)
    source_actor = {}
    for source in sourcing.sources:
        found = next((by_name[n] for n in (source.name, *source.mentions) if n in by_name), None)
        if found is not None:
            source_actor[source.source_id] = found
    taken = {(m.start, m.end) for m in actors.mentions}
    extra = []
    for a in sourcing.attributions:
        actor = source_actor.get(a.source_id)
        sentence = article.sentence_at(a.speaker_start)
        if a.resolved_by != "pronoun" or actor is None or sentence is None or (a.speaker_start, a.speaker_end) in taken:
            continue
        taken.add((a.speaker_start, a.speaker_end))
        extra.append(ActorMention(actor=actor.actor, kind=actor.kind, text=article.body[a.speaker_start : a.speaker_end],
                                  start=a.speaker_start, end=a.speaker_end, sentence=sentence.index,
                                  paragraph=sentence.paragraph, via="pronoun"))
    if not extra:
        return actors.mentions
    return tuple(sorted((*actors.mentions, *extra), key=lambda m: (m.start, m.end)))


def _target_tones(
    text: str,
    mentions: Sequence[ActorMention],
    s_start: int,
    known: tuple[float, bool] | None = None,
    vader_tokens: Sequence[str] | None = None,
) -> dict[int, TargetTone]:
    """The tone toward each mention of one sentence, by body start offset; ``known`` is the
    sentence stage's (compound, with the supplement) for this text when names were scored, and
    ``vader_tokens`` its VADER tokens of this text lower-cased, when it scored the text as written."""
    compound = (
        news_compound(text)
        if known is None
        else news_compound(text, known[0], plain_has_supplement=known[1], tokens=vader_tokens)
    )
    out: dict[int, TargetTone] = {}
    for m in mentions:
        # A mention may run past its sentence (a name split by the sentence splitter): clip it.
        start = min(max(0, m.start - s_start), len(text) - 1)
        end = max(start + 1, min(len(text), m.end - s_start))
        out[m.start] = tone_toward(text, start, end, sentence_compound=compound)
    return out


def _first_negative_act(
    idx: range, lower: Sequence[str], valences: Sequence[float], lexicon: Mapping[str, float], settings: _Settings
) -> int | None:
    """The first token of ``idx`` that is a negative act (:func:`_is_negative_act`, inlined)."""
    negative_acts, not_acts = settings.negative_acts, settings.not_acts
    return next(
        (
            k
            for k in idx
            if lower[k] in negative_acts
            or (valences[k] < 0 and lower[k] not in not_acts and lexicon.get(lower[k], 0.0) < 0)
        ),
        None,
    )


_SKIP_BACK = frozenset({"and", "or", "the", ","})


class _Tokens:
    """Looking back over the white-space tokens of a sentence from an offset."""

    def __init__(self, text: str) -> None:
        self.text = text

    def before(self, offset: int) -> Iterator[tuple[int, str]]:
        """(start, word) of each token that starts before ``offset``, nearest first; the word is
        the token cut at ``offset``, outer punctuation stripped, in lower case."""
        text = self.text
        j = offset
        while True:
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j == 0:
                return
            k = j
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            yield k, text[k:j].strip(string.punctuation).lower()
            j = k


def _word_before(offset: int, tokens: _Tokens, mentions: Sequence[tuple[int, int]]) -> str:
    """The nearest word before ``offset``, skipping "and"/"or"/"the" and other actor mentions
    (so "between Moscow and Washington" finds "between" for Washington)."""
    for start, word in tokens.before(offset):
        if not word or word in _SKIP_BACK or any(a <= start < b for a, b in mentions):
            continue
        return word
    return ""


def _is_negative_act(
    k: int, lower: Sequence[str], result: _Scored, lexicon: Mapping[str, float], settings: _Settings
) -> bool:
    """A negative act: a word in ``negative_acts``, or a lexicon word negative both in the lexicon
    and after VADER's rules (a negated positive word such as "not active" is not an act, and
    neither is a word in ``not_acts``: "no", group nouns such as "rebels")."""
    word = lower[k]
    if word in settings.negative_acts:
        return True
    return word not in settings.not_acts and lexicon.get(word, 0.0) < 0 and result.valences[k] < 0


def _role(
    mention: ActorMention,
    sentence_start: int,
    text: str,
    tokens: _Tokens,
    result: _Scored,
    lower: Sequence[str],
    act: int | None,
    act_word: str,
    others: Sequence[tuple[int, int]],
    settings: _Settings,
) -> tuple[str | None, str]:
    local_start, local_end = mention.start - sentence_start, mention.end - sentence_start
    if act is None:
        return None, "no negative act in the clause"
    if text[local_end : local_end + 1] in ("-", "\u2010", "\u2011"):
        return None, "hyphenated modifier (e.g. 'US-backed'): not a participant"
    prev_word = _word_before(local_start, tokens, others)
    if prev_word in settings.relational:
        return None, f"after '{prev_word}': a relation, not an act"
    act_start = result.starts[act] if result.starts is not None else 0
    passive = act > 0 and (
        lower[act - 1] in settings.passive_auxiliaries or (act > 1 and lower[act - 2] in settings.passive_auxiliaries)
    )
    if local_start < act_start:
        if passive:
            return "target", f"before passive '{act_word}'"
        return "agent", f"before '{act_word}'"
    last = next(tokens.before(local_start), None)  # the word just before the mention
    previous = last[1] if last is not None else None
    if previous is not None and previous in settings.agentive:
        return "agent", f"after '{act_word}', introduced by '{previous}'"
    return "target", f"after '{act_word}'"


def _actor_tones(mentions: Sequence[ActorMentionTone]) -> tuple[ActorTone, ...]:
    groups: dict[str, list[ActorMentionTone]] = defaultdict(list)
    for m in mentions:
        groups[m.actor].append(m)
    out = []
    for actor, ms in groups.items():
        clauses = {(m.clause_start, m.clause_end): m.compound for m in ms}
        sentences = {m.sentence: m.sentence_compound for m in ms}
        compounds = list(clauses.values())
        # one role per (clause, role) so an actor named twice in one clause counts once
        roles = {(m.clause_start, m.role, m.act) for m in ms if m.role}
        agent = sorted({r for r in roles if r[1] == "agent"})
        target = sorted({r for r in roles if r[1] == "target"})
        out.append(
            _build(
                ActorTone,
                actor=actor,
                kind=ms[0].kind,
                mentions=len(ms),
                pronoun_mentions=sum(1 for m in ms if m.via == "pronoun"),
                clauses=len(clauses),
                compound=_mean(compounds),
                sentence_compound=_mean(list(sentences.values())),
                share_negative=_share(compounds, True),
                agent_of=len(agent),
                target_of=len(target),
                acts_as_agent=tuple(r[2] for r in agent if r[2]),
                acts_as_target=tuple(r[2] for r in target if r[2]),
                **_target_summary(ms),
            )
        )
    out.sort(key=lambda a: (-a.mentions, a.actor))
    return tuple(out)


def _target_summary(mentions: Sequence[ActorMentionTone]) -> dict[str, float | int | str]:
    """Mean target tone, negative / positive mention counts and the strongest mention's evidence."""
    # Among the coloured mentions first: a neutral mention can score further from 0 than a
    # positive one (the label is the most probable class, the score P(positive) - P(negative)).
    # With none, the neutral mention that leans furthest, so a mean of -0.3 over neutral mentions
    # still shows what put it there (new-user trial, round 12; its key evidence leans the same way).
    coloured = [m for m in mentions if m.target_label != "neutral"]
    leaning = [m for m in mentions if abs(m.target_score) >= 0.05]
    strongest = max(coloured or leaning, key=lambda m: abs(m.target_score)) if coloured or leaning else None
    return {
        "target_tone": _mean([m.target_score for m in mentions]),
        "negative_mentions": sum(1 for m in mentions if m.target_label == "negative"),
        "positive_mentions": sum(1 for m in mentions if m.target_label == "positive"),
        "strongest_evidence": (
            f"{strongest.text} ({strongest.target_label} {strongest.target_score:+.2f}): {strongest.target_key_evidence}"
            if strongest is not None
            else ""
        ),
    }
