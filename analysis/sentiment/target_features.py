"""What a sentence does to one marked target, as named features with the words behind each.

:func:`target_features` tokenises a sentence, finds the target's tokens and returns
:class:`Feature` rows (name, value, evidence) for :mod:`analysis.sentiment.target` to weigh. The
rule families (word lists in ``lexicons/target_tone.toml``, valences from VADER's lexicon with the
news supplement plus the file's ``[evaluative]`` table):

* **patient** of a treatment verb: "Y condemned [the former president] X" (verb at most two
  skippable words before X) or passive "X was arrested" (``patient_negative`` /
  ``patient_positive``); "by X" after such a verb makes X its agent, not its patient;
* **agent** of an act: "X won", "X lied" (``agent_good`` / ``agent_bad``); X as the subject of a
  treatment verb is X's own stance act ("X praised Y") and fires only ``agent_stance``;
* **evaluation** attached to X: apposition ("X, a convicted fraudster,"), predicate ("X is
  principled"), modifier ("disgraced X"), possessed noun ("X's lies"), each a valence sum;
* **speaker**: "X said", "said X", "according to X" (``speaker``; the words X speaks are kept
  apart in ``speaker_quote_*``, so being the speaker does not by itself colour X) and ``in_quote``
  when X is named inside quotation marks;
* **scope**: lexicon valences summed by distance from X within X's clause (``near_*`` up to three
  tokens, ``clause_*``), across clause breaks (``far_*``), and beyond another party named between
  them (``other_*``); a negation word up to three tokens before a word flips it (VADER's factor
  -0.74), before a rule's verb flips the rule;
* **words** (names, i.e. capitalised words not opening the sentence, become ``<name>`` or are
  left out, so who else is named does not colour X): the lower-cased words up to three tokens left (``L:word``) and right (``R:word``) of
  X, every word of the sentence but X's own (``S:word``, once each), and the sentence's VADER
  compound (``sentence_compound``), as the trained model's context.

Tokens come from one regular expression (no parser): clause breaks are punctuation and the
conjunctions listed in ``[grammar] clause_breaks``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sentiment.lexicon import _lexicon

_TOKEN = re.compile(r"n['’]t\b|\w+?(?=n['’]t\b)|['’]s\b|\w+(?:[-.]\w+)*|[^\w\s]")
_QUOTES = frozenset('"“”')
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
WINDOW = 3


class Feature(NamedTuple):
    """One feature of a target: ``name`` (model key), ``value`` and the words that set it.

    A named tuple, not a dataclass: a sentence gives dozens per target and the actor stage asks
    for every mention, so the cheaper construction counts."""

    name: str
    value: float
    words: str


@dataclass(frozen=True)
class _Rules:
    """The word lists of ``lexicons/target_tone.toml`` as sets, with verb inflections made."""

    treat_negative: frozenset[str]
    treat_positive: frozenset[str]
    treat: frozenset[str]  # the two above together, made once (asked for every target)
    good: frozenset[str]
    bad: frozenset[str]
    valence: Mapping[str, float]
    passive: frozenset[str]
    link: frozenset[str]
    skip: frozenset[str]
    object_skip: frozenset[str]
    negation: frozenset[str]
    breaks: frozenset[str]
    speech: frozenset[str]
    pronouns: frozenset[str]
    version: str


def _inflect(lemmas: Sequence[str]) -> set[str]:
    """Regular inflections of each lemma: -s/-es/-ies, -ed/-d/-ied, -ing, doubled consonant."""
    out: set[str] = set()
    for w in lemmas:
        out.add(w)
        if w.endswith("e"):
            out.update({w + "s", w + "d", w[:-1] + "ing"})
        elif w.endswith("y") and w[-2:-1] not in "aeiou":
            out.update({w[:-1] + "ies", w[:-1] + "ied", w + "ing"})
        else:
            out.update({w + "s", w + "es", w + "ed", w + "ing"})
            if len(w) <= 4 and w[-1] not in "aeiouwxy" and w[-2:-1] in "aeiou":
                out.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    return out


@lexicon_cache
def rules() -> _Rules:
    """The rule lists in force (package file merged with a user lexicon's ``[target_tone]``)."""
    data = load_lexicon("target_tone")
    treatment, acts, grammar = data["treatment"], data["acts"], data["grammar"]
    valence = dict(_lexicon(True).lexicon)
    valence.update({k: float(v["valence"]) for k, v in data["evaluative"].items()})
    negative = frozenset(_inflect(treatment["negative"]) | set(treatment["irregular_negative"]))
    positive = frozenset(_inflect(treatment["positive"]) | set(treatment["irregular_positive"]))
    return _Rules(
        treat_negative=negative,
        treat_positive=positive,
        treat=negative | positive,
        good=frozenset(_inflect(acts["good"]) | set(acts["irregular_good"])),
        bad=frozenset(_inflect(acts["bad"]) | set(acts["irregular_bad"])),
        valence=valence,
        **{k: frozenset(grammar[k]) for k in ("passive", "link", "skip", "object_skip", "negation", "speech", "pronouns")},
        breaks=frozenset(grammar["clause_breaks"]),
        version=str(data["meta"]["version"]),
    )


@dataclass
class _Sentence:
    """The tokens of a sentence around the target: ``words`` lower case, ``raw`` as written,
    ``first``/``last`` the target's token indices (inclusive), ``quoted`` per token."""

    words: list[str]
    raw: list[str]
    first: int
    last: int
    quoted: list[bool]


@lru_cache(maxsize=64)
def _text_tokens(text: str) -> tuple[tuple[tuple[int, int, str, str, bool], ...], tuple[int, ...]]:
    """The tokens of ``text`` once per text, shared by every target in it (the actor stage asks
    for several mentions of one sentence): (start, end, raw, lower, inside quotes) of each token
    but the quotation marks, and the token ends (for finding a target's tokens by offset)."""
    tokens: list[tuple[int, int, str, str, bool]] = []
    inside = False
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token in _QUOTES:
            inside = (not inside) if token == '"' else token == "“"
            continue
        tokens.append((m.start(), m.end(), token, token.lower().replace("’", "'"), inside))
    return tuple(tokens), tuple(t[1] for t in tokens)


def _tokenise(text: str, start: int, end: int) -> _Sentence:
    tokens, ends = _text_tokens(text)
    a = bisect.bisect_right(ends, start)  # the first token that ends after the target starts
    b = a
    while b < len(tokens) and tokens[b][0] < end:
        b += 1
    if b > a:  # the tokens overlapping the target become one <target> token
        first = a
        before, after = tokens[:a], tokens[b:]
        words = [t[3] for t in before] + ["<target>"] + [t[3] for t in after]
        raw = [t[2] for t in before] + [text[start:end]] + [t[2] for t in after]
        quoted = [t[4] for t in before] + [tokens[a][4]] + [t[4] for t in after]
        return _Sentence(words, raw, first, first, quoted)
    # empty or unmatched span: the target sits where it starts
    words, raw, quoted = [t[3] for t in tokens], [t[2] for t in tokens], [t[4] for t in tokens]
    first = sum(1 for m in _TOKEN.finditer(text[:start]) if m.group() not in _QUOTES)
    words.insert(first, "<target>")
    raw.insert(first, text[start:end])
    quoted.insert(first, False)
    return _Sentence(words, raw, first, first, quoted)


def _negated(words: Sequence[str], k: int, r: _Rules) -> bool:
    return any(w in r.negation for w in words[max(0, k - WINDOW) : k])


def _valence(words: Sequence[str], k: int, r: _Rules) -> float:
    v = r.valence.get(words[k], 0.0)
    return v * NEGATION_SCALAR if v and _negated(words, k, r) else v


def _is_party(s: _Sentence, k: int, r: _Rules) -> bool:
    """Another party: a pronoun, or a capitalised word not at the sentence start."""
    raw = s.raw[k]
    return s.words[k] in r.pronouns or (k > 0 and raw[:1].isupper() and raw.lower() not in r.skip and len(raw) > 1)


def _scope_features(s: _Sentence, r: _Rules, out: list[Feature], stance: int) -> None:
    """Lexicon valences by distance from the target, split at clause breaks and other parties;
    from the target's own stance verb on (index ``stance``, -1 if none) the words bear on the
    stance's object ("X praised the plan"), region ``stance``."""
    sums: dict[str, list[float]] = {}
    shown: dict[str, list[str]] = {}
    for indices in (range(s.first - 1, -1, -1), range(s.last + 1, len(s.words))):
        region = "near"
        for distance, k in enumerate(indices, start=1):
            word = s.words[k]
            if k == stance:
                region = "stance"
            elif word in r.breaks and region in ("near", "clause"):
                region = "far"
            elif region in ("near", "clause") and _is_party(s, k, r):
                region = "other"
            elif region == "near" and distance > WINDOW:
                region = "clause"
            v = _valence(s.words, k, r)
            if v:
                key = f"{region}_{'positive' if v > 0 else 'negative'}"
                sums.setdefault(key, []).append(v)
                shown.setdefault(key, []).append(f"{s.raw[k]} {v:+.2f}" + (" (negated)" if _negated(s.words, k, r) else ""))
    for key, values in sums.items():
        out.append(Feature(key, sum(values) / 4.0, "; ".join(shown[key])))


def _verb_after(s: _Sentence, r: _Rules) -> tuple[int, bool, bool]:
    """The first word after the target past auxiliaries and adverbs: (index, passive, negated)."""
    k, passive, negated = s.last + 1, False, False
    while k < len(s.words) and k <= s.last + 5:
        word = s.words[k]
        if word in r.negation:
            negated = True
        elif word in r.passive:
            passive = True
        elif word not in r.skip:
            break
        k += 1
    return k, passive, negated


def _verb_before(s: _Sentence, r: _Rules) -> tuple[int, bool]:
    """The word before the target past object words ("accused the former president X"):
    (index or -1, negated)."""
    k = s.first - 1
    while k >= 0 and s.first - k <= 4 and (s.words[k] in r.object_skip or _is_title_word(s, k)):
        k -= 1
    if k < 0 or s.words[k] in r.breaks:
        return -1, False
    return k, _negated(s.words, k, r)


def _is_title_word(s: _Sentence, k: int) -> bool:
    return s.raw[k][:1].isupper() and k > 0 and s.words[k - 1] not in (",", ";")


def _sign(negated: bool) -> float:
    return -1.0 if negated else 1.0


def _role_features(s: _Sentence, r: _Rules, out: list[Feature]) -> int:
    """Patient of a treatment verb (active object or passive subject) and agent of an act; returns
    the index of the target's own stance verb ("X praised"), or -1."""
    before, neg_before = _verb_before(s, r)
    if before >= 0:
        word = s.words[before]
        by_agent = before + 1 < len(s.words) and s.words[before + 1] == "by"
        if s.words[before] == "by" and before > 0:
            word = s.words[before - 1]
            if word in r.treat:
                out.append(Feature("agent_stance", 1.0, f"{s.raw[before - 1]} by <target>"))
        elif not by_agent and word in r.treat_negative:
            out.append(Feature("patient_negative", _sign(neg_before), f"{s.raw[before]} <target>" + (" (negated)" if neg_before else "")))
        elif not by_agent and word in r.treat_positive:
            out.append(Feature("patient_positive", _sign(neg_before), f"{s.raw[before]} <target>" + (" (negated)" if neg_before else "")))
    k, passive, negated = _verb_after(s, r)
    if k >= len(s.words):
        return -1
    word, shown = s.words[k], f"<target> {' '.join(s.raw[s.last + 1 : k + 1])}" + (" (negated)" if negated else "")
    if passive and word in r.treat_negative:
        out.append(Feature("patient_negative", _sign(negated), shown))
    elif passive and word in r.treat_positive:
        out.append(Feature("patient_positive", _sign(negated), shown))
    elif word in r.good and not passive:
        out.append(Feature("agent_good", _sign(negated), shown))
    elif word in r.bad and not passive:
        out.append(Feature("agent_bad", _sign(negated), shown))
    elif word in r.treat_negative or word in r.treat_positive:
        out.append(Feature("agent_stance", 1.0, shown))
        return k
    elif word in r.speech:
        out.append(Feature("speaker", 1.0, shown))
    return -1


def _span_valence(s: _Sentence, r: _Rules, indices: range, name: str, out: list[Feature]) -> None:
    values = [(k, _valence(s.words, k, r)) for k in indices if 0 <= k < len(s.words)]
    values = [(k, v) for k, v in values if v]
    if values:
        total = sum(v for _, v in values)
        if total:
            words = "; ".join(f"{s.raw[k]} {v:+.2f}" for k, v in values)
            out.append(Feature(f"{name}_{'positive' if total > 0 else 'negative'}", total / 4.0, words))


def _attached_features(s: _Sentence, r: _Rules, out: list[Feature]) -> None:
    """Apposition, predicate, modifier and possessed-noun valences."""
    n, after = len(s.words), s.last + 1
    if after < n and s.words[after] == ",":
        end = after + 1
        while end < n and end <= after + 9 and s.words[end] not in (",", ";", ".", ":", "—"):
            end += 1
        if (end < n and s.words[end] == ",") or end - after <= 9:
            _span_valence(s, r, range(after + 1, end), "apposition", out)
    k = after
    while k < n and s.words[k] in r.skip:
        k += 1
    if k < n and s.words[k] in r.link:
        _span_valence(s, r, range(k + 1, min(n, k + 5)), "predicate", out)
    if after < n and s.words[after] == "'s":
        _span_valence(s, r, range(after + 1, min(n, after + 3)), "possessed", out)
    start = s.first - 1
    while start >= 0 and s.first - start <= 3 and s.words[start] not in r.breaks:
        start -= 1
    _span_valence(s, r, range(start + 1, s.first), "modifier", out)


def _speech_features(s: _Sentence, r: _Rules, out: list[Feature]) -> None:
    """The target as speaker ("said X", "according to X") or named inside a quotation."""
    before = s.words[s.first - 1] if s.first > 0 else ""
    two_before = s.words[s.first - 2] if s.first > 1 else ""
    if before in r.speech or (before == "to" and two_before == "according"):
        out.append(Feature("speaker", 1.0, f"{s.raw[s.first - 1]} <target>"))
    if s.quoted[s.first]:
        out.append(Feature("in_quote", 1.0, "<target> inside quotation marks"))
    if any(f.name == "speaker" for f in out):
        quoted = [(k, _valence(s.words, k, r)) for k in range(len(s.words)) if s.quoted[k]]
        total = sum(v for _, v in quoted)
        if total:
            words = "; ".join(f"{s.raw[k]} {v:+.2f}" for k, v in quoted if v)
            out.append(Feature(f"speaker_quote_{'positive' if total > 0 else 'negative'}", total / 4.0, words))


def target_features(
    text: str, start: int, end: int, sentence_compound: float, known: Container[str] | None = None
) -> list[Feature]:
    """Every feature of the target at ``text[start:end]`` (see the module docstring). ``known``
    (the model's feature names), when given, keeps only the context words (``L:``/``R:``/``S:``)
    the model weighs: the others would be dropped unweighed, so they are not built."""
    r = rules()
    s = _tokenise(text, start, end)
    out = [Feature("sentence_compound", sentence_compound, f"VADER compound of the text {sentence_compound:+.3f}")]
    stance = _role_features(s, r, out)
    if stance >= 0:  # the sentence's tone is largely the target's own stance act: weighed apart
        out[0] = Feature("stance_sentence_compound", sentence_compound, out[0].words + " (the target's own stance act)")
    _attached_features(s, r, out)
    _speech_features(s, r, out)
    _scope_features(s, r, out, stance)
    _context_features(s, out, known)
    return out


def _context_features(s: _Sentence, out: list[Feature], known: Container[str] | None) -> None:
    """The words next to the target (``L:``/``R:``, names as ``<name>``) and in the sentence (``S:``)."""
    names = {k for k in range(1, len(s.words)) if s.raw[k][:1].isupper() and k not in (s.first, s.last)}
    for k in range(max(0, s.first - WINDOW), s.first):
        name = f"L:{'<name>' if k in names else s.words[k]}"
        if known is None or name in known:
            out.append(Feature(name, 1.0, f"'{s.raw[k]}' just before the target"))
    for k in range(s.last + 1, min(len(s.words), s.last + 1 + WINDOW)):
        name = f"R:{'<name>' if k in names else s.words[k]}"
        if known is None or name in known:
            out.append(Feature(name, 1.0, f"'{s.raw[k]}' just after the target"))
    seen = {"S:" + s.words[k] for k in range(len(s.words)) if s.words[k][:1].isalpha() and k not in names and k != s.first}
    if known is not None:
        seen = {name for name in seen if name in known}
    out.extend(Feature(name, 1.0, f"'{name[2:]}' in the sentence") for name in sorted(seen))
