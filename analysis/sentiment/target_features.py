"""What a sentence does to one marked target, as named features with the words behind each.

:func:`target_features` tokenises a sentence, finds the target's tokens and returns
:class:`Feature` rows (name, value, evidence) for :mod:`analysis.sentiment.target` to weigh. The
rule families (word lists in ``lexicons/target_tone.toml``, valences from VADER's lexicon with the
news supplement plus the file's ``[evaluative]`` table):

* **patient** of a treatment verb: "Y condemned [the former president] X" (verb at most two
  skippable words before X) or passive "X was arrested", also past an apposition ("X, a former
  trader, was arrested") (``patient_negative`` / ``patient_positive``); "by X" after such a verb
  makes X its agent, not its patient; harm ("X was killed") is ``patient_harm``, apart, since a
  victim is not by itself portrayed (guideline rule 10), and harm X does is ``agent_bad``;
* **agent** of an act: "X won", "X [deliberately] lied" (auxiliaries, listed adverbs and -ly
  adverbs skipped) (``agent_good`` / ``agent_bad``); X as the subject of a
  treatment verb is X's own stance act ("X praised Y") and fires only ``agent_stance``;
* **evaluation** attached to X: apposition ("X, a convicted fraudster,"), predicate ("X is
  principled"), modifier ("disgraced X"), owned phrase to its head and its predicate ("X's lies",
  "X's climate denial", "X's plan was a disaster"; not "X's critics"), each a valence sum;
* **speaker**: "X said", "said [the lead author Dr] X", "X, <apposition>, told", "X (D-CA)
  wrote", "according to X" (``speaker``; the words X speaks are kept apart in ``speaker_quote_*``
  and the sentence compound becomes ``speaker_sentence_compound``, so being the speaker does not
  by itself colour X) and ``in_quote`` when X is named inside quotation marks (a quotation the
  sentence splitter cut from its opening counts: '... encouraging," said X'; marks around X alone
  are a title or a term, 'the term "Green New Deal"', not a quotation: round 20);
* **scope**: lexicon valences summed by distance from X within X's clause (``near_*`` up to three
  tokens, ``clause_*``), across clause breaks (``far_*``), and beyond another party named between
  them (``other_*``); a negation word up to three tokens before a word flips it (VADER's factor
  -0.74), before a rule's verb flips the rule; so does "less" right before a word ("was less
  happy": ``[grammar] decrements``, round 21; VADER only dampens it);
* **words** (names, i.e. capitalised words not opening the sentence, become ``<name>`` or are
  left out, so who else is named does not colour X): the three nearest lower-cased context words
  or punctuation marks left (``L:word``) and right (``R:word``) of X, every context word of the
  sentence but X's own (``S:word``, once each), and the sentence's VADER compound
  (``sentence_compound``), as the trained model's context. A context word is a word a reader can
  check: no single letter, no piece of a contraction ("R:a +0.71" and "S:m" of "I'm" explained
  nothing), no word of ``[context_words] stopwords`` (empty: round 8 measured that dropping the
  Snowball stop words costs NewsMTSC dev 0.684 -> 0.669 macro-F1 and other news 0.502 -> 0.490,
  because function words carry the grammar the coders follow; see the lexicon); such words are
  passed over when the near words are taken.
* **received treatment**: "X received a one-game suspension", "X faces charges", "X won praise":
  a receiving verb after X and a treatment noun in the next four words (``[treatment] receive``,
  ``received_negative`` / ``received_positive``) fire ``patient_negative`` / ``patient_positive``,
  as the verb would ("X was suspended").

Tokens come from one regular expression (no parser; :mod:`analysis.sentiment.target_tokens`, which
also reads a contraction's clitic as its word: "'ll" will): clause breaks are punctuation and the
conjunctions listed in ``[grammar] clause_breaks``.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any, NamedTuple

from analysis.sentiment.target_covered import SETTING, blanked_text, covered_names, covered_valent, covered_words, setting
from analysis.sentiment.target_rules import _Rules, rules
from analysis.sentiment.target_speech import (
    _opens_attribution,
    _past_apposition,
    _speech_after_apposition,
    _speech_before_apposition,
    _speech_before_role,
    _speech_of_owned,
)
from analysis.sentiment.target_tokens import QUOTES, TOKEN, _context_names, _Sentence, text_tokens

NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
WINDOW = 3


_new = tuple.__new__  # what Feature(...) runs, without the named tuple's Python-level __new__ (hot paths)


class Feature(NamedTuple):
    """One feature of a target: ``name`` (model key), ``value`` and the words that set it.

    A named tuple, not a dataclass: a sentence gives dozens per target and the actor stage asks
    for every mention, so the cheaper construction counts."""

    name: str
    value: float
    words: str


def _tokenise(text: str, start: int, end: int, r: _Rules) -> _Sentence:
    t = text_tokens(text, r)
    a = bisect.bisect_right(t.ends, start)  # the first token that ends after the target starts
    b, starts, n = a, t.starts, len(t.starts)
    while b < n and starts[b] < end:
        b += 1
    if b > a:  # the tokens overlapping the target become one <target> token
        return _Sentence(
            _replaced(t.words, a, b, "<target>"),
            _replaced(t.raw, a, b, text[start:end]),
            a,
            a,
            _replaced(t.quoted, a, b, t.quoted[a]),
            _replaced(t.valence, a, b, t.target_valence),
            t,
            (a, b),
        )
    # empty or unmatched span: the target sits where it starts
    first = sum(1 for m in TOKEN.finditer(text[:start]) if m.group() not in QUOTES)
    return _Sentence(
        _replaced(t.words, first, first, "<target>"),
        _replaced(t.raw, first, first, text[start:end]),
        first,
        first,
        _replaced(t.quoted, first, first, False),
        _replaced(t.valence, first, first, t.target_valence),
        t,
        (first, first),
    )


def _replaced(items: list[Any], a: int, b: int, item: Any) -> list[Any]:
    """A copy of ``items`` with ``items[a:b]`` replaced by ``item`` (a copy and one slice
    assignment: a third cheaper than unpacking two slices into a new list)."""
    out = items[:]
    out[a:b] = (item,)
    return out


def _negated(words: Sequence[str], k: int, r: _Rules) -> bool:
    """A negation word among the three before ``k`` (a C loop), or a decrement right before it ("less
    happy"; not "more or less happy", which hedges)."""
    return not r.negation.isdisjoint(words[max(0, k - WINDOW) : k]) or (
        k > 0 and words[k - 1] in r.decrements and words[max(0, k - 3) : k - 1] != _HEDGE
    )


_HEDGE = ["more", "or"]  # "more or less": about, not less


def _valence(s: _Sentence, k: int, r: _Rules) -> float:
    v = s.valence[k]
    return v * NEGATION_SCALAR if v and _negated(s.words, k, r) else v


def _scope_features(s: _Sentence, r: _Rules, out: list[Feature], stance: int) -> None:
    """Lexicon valences by distance from the target, split at clause breaks and other parties;
    from the target's own stance verb on (index ``stance``, -1 if none) the words bear on the
    stance's object ("X praised the plan"), region ``stance``."""
    sums: dict[str, list[float]] = {}
    shown: dict[str, list[str]] = {}
    words, raw, valence, breaks, pronouns, skip = s.words, s.raw, s.valence, r.breaks, r.pronouns, r.skip
    for indices in (range(s.first - 1, -1, -1), range(s.last + 1, len(words))):
        region, open_region = "near", True  # open: near or clause, where breaks and parties still count
        for distance, k in enumerate(indices, start=1):
            if k == stance:
                region, open_region = "stance", False
            elif open_region:
                if words[k] in breaks:
                    region, open_region = "far", False
                elif words[k] in pronouns or (k > 0 and raw[k][:1].isupper() and raw[k].lower() not in skip and len(raw[k]) > 1):
                    # another party: a pronoun, or a capitalised word not at the sentence start
                    region, open_region = "other", False
                elif distance > WINDOW:
                    region = "clause"
            if valence[k]:
                _add_valence(s, r, k, region, sums, shown)
            if not open_region and stance not in (rest := indices[distance:]):  # the region is settled: only valent words remain
                # the valent ones of the rest, picked in C: its valences are a slice in the same order
                for k in list(compress(rest, valence[rest.start : (rest.stop if rest.stop >= 0 else None) : rest.step])):
                    _add_valence(s, r, k, region, sums, shown)
                break
    for key, values in sums.items():
        out.append(_new(Feature, (key, sum(values) / 4.0, "; ".join(shown[key]))))


# Each scope region's feature names (negative, positive): made once, not per valent word.
_REGION_KEYS = {region: (f"{region}_negative", f"{region}_positive") for region in ("near", "clause", "far", "other", "stance")}


def _add_valence(s: _Sentence, r: _Rules, k: int, region: str, sums: dict[str, list[float]], shown: dict[str, list[str]]) -> None:
    """Word ``k``'s valence (negated when a negation word is up to three tokens before) into ``region``."""
    v = s.valence[k]
    negated = _negated(s.words, k, r)
    if negated:
        v *= NEGATION_SCALAR
    key = _REGION_KEYS[region][v > 0]
    sums.setdefault(key, []).append(v)
    shown.setdefault(key, []).append(f"{s.raw[k]} {v:+.2f}" + (" (negated)" if negated else ""))


def _verb_after(s: _Sentence, r: _Rules) -> tuple[int, bool, bool]:
    """The first word after the target (and its apposition) past auxiliaries and adverbs: (index,
    passive, negated). A target that is itself an apposition ("the founder, X, was arrested") has
    its verb right after its closing comma, when an auxiliary or a rule's verb stands there."""
    after = s.last + 1
    if s.first > 0 and after + 1 < len(s.words) and s.words[s.first - 1] == "," and s.words[after] == ",":
        k, passive, negated = _verb_from(s, r, after + 1, after + 5)
        if k < len(s.words) and (k > after + 1 or _is_rule_verb(s.words[k], r)):
            inverted = s.words[k] in r.speech and k + 1 < len(s.words) and s.raw[k + 1][:1].isupper()  # ", X, said Smith"
            if not inverted:
                return k, passive, negated
    start = _past_apposition(s)
    return _verb_from(s, r, start, start + 4)


def _is_rule_verb(word: str, r: _Rules) -> bool:
    return word in r.treat or word in r.good or word in r.bad or word in r.harm or word in r.speech or word in r.receive


def _verb_from(s: _Sentence, r: _Rules, k: int, limit: int) -> tuple[int, bool, bool]:
    """The first word from ``k`` (up to ``limit``) past negations, auxiliaries, skipped words and
    -ly adverbs: (index, passive, negated)."""
    passive, negated = False, False
    while k < len(s.words) and k <= limit:
        word = s.words[k]
        if word in r.negation:
            negated = True
        elif word in r.passive:
            passive = True
        elif word not in r.skip and not _adverb(word, r):
            break
        k += 1
    return k, passive, negated


def _adverb(word: str, r: _Rules) -> bool:
    """An -ly adverb between a subject and its verb ("X is generally overshadowed", "X deliberately
    misled"): skipped like the listed ``skip`` words, unless a rule list holds the word."""
    return len(word) > 4 and word.endswith("ly") and word not in r.treat and word not in r.good and word not in r.bad


def _verb_before(s: _Sentence, r: _Rules) -> tuple[int, bool]:
    """The word before the target past object words ("accused the former president X"):
    (index or -1, negated)."""
    k = s.first - 1
    while k >= 0 and s.first - k <= 4 and (s.words[k] in r.object_skip or _is_title_word(s, k)):
        k -= 1
    if k > 0 and (s.words[k - 1], s.words[k]) in r.noun_compounds:  # "running back X": a position, not "back X"
        k -= 2
        while k >= 0 and s.first - k <= 6 and (s.words[k] in r.object_skip or _is_title_word(s, k)):
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
        elif not by_agent and word in r.harm:
            out.append(Feature("patient_harm", 1.0, f"{s.raw[before]} <target>"))
        elif not by_agent and word in r.treat_negative:
            out.append(Feature("patient_negative", _sign(neg_before), f"{s.raw[before]} <target>" + (" (negated)" if neg_before else "")))
        elif not by_agent and word in r.treat_positive:
            out.append(Feature("patient_positive", _sign(neg_before), f"{s.raw[before]} <target>" + (" (negated)" if neg_before else "")))
        if word in r.treat_positive and not neg_before and not by_agent and s.words[before] != "by":
            _clear_charge(s, r)
    _relative_clause_act(s, r, out)
    _owned_act(s, r, out)
    k, passive, negated = _verb_after(s, r)
    if k >= len(s.words):
        return -1
    word, shown = s.words[k], f"<target> {' '.join(s.raw[s.last + 1 : k + 1])}" + (" (negated)" if negated else "")
    if passive and word in r.harm:
        out.append(Feature("patient_harm", 1.0, shown))
    elif passive and word in r.treat_negative:
        out.append(Feature("patient_negative", _sign(negated), shown))
    elif passive and word in r.treat_positive:
        out.append(Feature("patient_positive", _sign(negated), shown))
    elif not passive and word in r.receive and (received := _received(s, r, k)) is not None:
        name, j = received
        out.append(Feature(name, _sign(negated), f"<target> {' '.join(s.raw[s.last + 1 : j + 1])}" + (" (negated)" if negated else "")))
    elif word in r.good and not passive and not _speech_object(s, r, k) and not _political_gift(s, r, k):
        out.append(Feature("agent_good", _sign(negated), shown))
    elif (word in r.bad or word in r.harm) and not passive:
        out.append(Feature("agent_bad", _sign(negated), shown))
    elif word in r.treat_negative or word in r.treat_positive:
        out.append(Feature("agent_stance", 1.0, shown))
        return k
    elif word in r.speech and not passive:  # "X was reported to have ...": X is talked about
        out.append(Feature("speaker", 1.0, shown))
    return -1


def _speech_object(s: _Sentence, r: _Rules, k: int) -> bool:
    """"X delivered a Senate speech": a good act's verb whose object (within three
    words) is a speech (``[acts] speech_objects``) reports that X spoke, not that X achieved."""
    return not r.speech_objects.isdisjoint(s.words[k + 1 : k + 4])


def _political_gift(s: _Sentence, r: _Rules, k: int) -> bool:
    """"X donated $2,000 to the Smith campaign": a gift (``donate`` and its forms) whose recipient
    within ten tokens ("$300,000 toward the governor's campaign": "$300,000" is four) is a campaign, party, candidate or
    committee (``[acts] political_recipients``) is a political act the story may cite against X, not a
    good deed."""
    return s.words[k].startswith("donat") and not r.political_recipients.isdisjoint(s.words[k + 1 : k + 11])


def _received(s: _Sentence, r: _Rules, k: int) -> tuple[str, int] | None:
    """The treatment noun the target receives after its verb at ``k`` ("received a one-game
    suspension", "faces charges"): (``patient_negative`` or ``patient_positive``, the noun's index),
    or None when none of the next four words before a clause break is one."""
    for j in range(k + 1, min(len(s.words), k + 5)):
        word = s.words[j]
        if word in r.breaks or word in (".", "!", "?"):
            return None
        if word in r.received_negative:
            return "patient_negative", j
        if word in r.received_positive:
            return "patient_positive", j
    return None


def _clear_charge(s: _Sentence, r: _Rules) -> None:
    """"The court acquitted X of murder", "cleared X of wrongdoing": the of-phrase names what the
    target was cleared of, so its words (up to a clause break) say nothing about the target."""
    k = s.last + 1
    if k < len(s.words) and s.words[k] == "of":
        while k < len(s.words) and s.words[k] not in r.breaks:
            s.valence[k] = 0.0
            k += 1


def _relative_clause_act(s: _Sentence, r: _Rules, out: list[Feature]) -> None:
    """"X, who killed three people, ..." / "X, who was convicted of fraud, ...": the relative
    clause's verb is the target's act or treatment, as the main verb is ("X killed", "X was convicted")."""
    k = s.last + 2
    if k >= len(s.words) or s.words[s.last + 1] != "," or s.words[k] != "who":
        return
    k, passive, negated = _verb_from(s, r, k + 1, s.last + 7)
    if k >= len(s.words):
        return
    word, shown = s.words[k], f"<target>, {' '.join(s.raw[s.last + 2 : k + 1])}" + (" (negated)" if negated else "")
    if passive and word in r.treat_negative:
        out.append(Feature("patient_negative", _sign(negated), shown))
    elif passive and word in r.treat_positive:
        out.append(Feature("patient_positive", _sign(negated), shown))
    elif not passive and (word in r.bad or word in r.harm):
        out.append(Feature("agent_bad", _sign(negated), shown))
    elif not passive and word in r.good:
        out.append(Feature("agent_good", _sign(negated), shown))


def _owned_act(s: _Sentence, r: _Rules, out: list[Feature]) -> None:
    """"X's shares fell", "X's team lost", "X's bid was rejected": what the target owns (at most three
    words after "'s") does or undergoes, and the news reads it as the owner's result: the act and
    treatment features as for the target itself ("X lost", "X was rejected")."""
    after, n = s.last + 1, len(s.words)
    if after >= n or s.words[after] != "'s":
        return
    j = after + 1
    while j < n and j <= after + 3 and s.words[j] not in r.breaks and not _is_rule_verb(s.words[j], r) and s.words[j] not in r.passive:
        j += 1
    k, passive, negated = _verb_from(s, r, j, j + 3)
    if k >= n or k == after + 1:
        return
    word, shown = s.words[k], f"<target> {' '.join(s.raw[after : k + 1])}" + (" (negated)" if negated else "")
    if passive and word in r.harm:
        out.append(Feature("patient_harm", 1.0, shown))
    elif passive and (word in r.treat_negative or word in r.treat_positive):
        out.append(Feature("patient_negative" if word in r.treat_negative else "patient_positive", _sign(negated), shown))
    elif not passive and word in r.good:
        out.append(Feature("agent_good", _sign(negated), shown))
    elif not passive and (word in r.bad or word in r.harm):
        out.append(Feature("agent_bad", _sign(negated), shown))


def _verb_phrase_follows(s: _Sentence, k: int) -> bool:
    """"X is seeking to boost ...", "X looked to expand ...": after the link verb comes a progressive
    verb of no valence or "to", so what follows is what X does, not a predicate that evaluates X."""
    return k < len(s.words) and (s.words[k] == "to" or (s.words[k].endswith("ing") and not s.valence[k]))


def _span_valence(s: _Sentence, r: _Rules, indices: Iterable[int], name: str, out: list[Feature]) -> None:
    # only the valent words are negation-tested: most spans hold none (a word of no valence gives 0 either way)
    valence, n = s.valence, len(s.words)
    values = [(k, _valence(s, k, r)) for k in indices if 0 <= k < n and valence[k]]
    values = [(k, v) for k, v in values if v]
    if values:
        total = sum(v for _, v in values)
        if total:
            words = "; ".join(f"{s.raw[k]} {v:+.2f}" for k, v in values)
            out.append(Feature(f"{name}_{'positive' if total > 0 else 'negative'}", total / 4.0, words))


def _ends_owned(word: str, r: _Rules) -> bool:
    """A word that cannot be inside the owned noun phrase: a function word, a clause break, an
    auxiliary or link verb, a skipped adverb or a verb of the rules ("X's critics were ...")."""
    return word in r.context_stop or word in r.breaks or word in r.passive or word in r.link or word in r.skip \
        or _is_rule_verb(word, r)


def _owned_phrase(s: _Sentence, r: _Rules, k: int) -> list[int]:
    """The words that colour the target through what it owns, from ``k`` (right after "'s"): the
    owned noun phrase through its adjectives and compound nouns to its head ("Wheeler's shameful
    climate denial"), at most four words, ending at a function word, a clause break or a verb of
    the rules; and, when a link verb follows the phrase, the first four words of its predicate
    ("X's plan was a disaster"). Coders colour the owner by the thing owned and by what is said of
    it (guideline rule 1: "Smith's remarks"). A capitalised word starts a name ("X's Supreme Court
    appointee"): the phrase's valence stops before it. A head that is people ("X's critics", "X's
    strongest supporters") names others, whose valence is theirs, not the owner's: no words."""
    n, j = len(s.words), k
    while j < n and j < k + 4 and s.raw[j][:1].isalpha() and not _ends_owned(s.words[j], r):
        j += 1
    if j == k or s.words[j - 1] in r.owned_people:
        return []
    owned = list(range(k, next((i for i in range(k, j) if s.raw[i][:1].isupper()), j)))
    while j < n and s.words[j] in r.skip:
        j += 1
    if j < n and s.words[j] in r.link and not _verb_phrase_follows(s, j + 1):
        owned.extend(range(j + 1, min(n, j + 5)))
    return owned


def _attached_features(s: _Sentence, r: _Rules, out: list[Feature]) -> None:
    """Apposition, predicate, modifier and possessed-noun valences."""
    n, after = len(s.words), s.last + 1
    if after < n and s.words[after] == ",":
        end = after + 1
        while end < n and end <= after + 9 and s.words[end] not in (",", ";", ".", ":", "—"):
            end += 1
        if (end < n and s.words[end] == ",") or end - after <= 9:
            _span_valence(s, r, range(after + 1, end), "apposition", out)
    k = _past_apposition(s)
    while k < n and s.words[k] in r.skip:
        k += 1
    if k < n and s.words[k] in r.link and not _verb_phrase_follows(s, k + 1):
        _span_valence(s, r, range(k + 1, min(n, k + 5)), "predicate", out)
    if after < n and s.words[after] == "'s":
        _span_valence(s, r, _owned_phrase(s, r, after + 1), "possessed", out)
    start = s.first - 1
    while start >= 0 and s.first - start <= 3 and s.words[start] not in r.breaks:
        start -= 1
    _span_valence(s, r, range(start + 1, s.first), "modifier", out)


def _speech_features(s: _Sentence, r: _Rules, out: list[Feature]) -> None:
    """The target as speaker ("said X", "according to X") or named inside a quotation."""
    k = s.first - 1
    while k >= 0 and s.first - k <= 5 and (s.words[k] in r.speaker_titles or s.words[k] in r.object_skip or _is_title_word(s, k)):
        k -= 1  # "said the lead author Dr X"
    if k >= 0 and s.words[k] == "," and (j := _speech_before_apposition(s, r, k)) >= 0:
        k = j  # "says the company's chief executive, X"
    elif k >= 0 and s.words[k] not in r.speech and (j := _speech_before_role(s, r, k)) >= 0:
        k = j  # '"...," said planetary geologist X'
    before = s.words[k] if k >= 0 else ""
    if (before in r.speech and _opens_attribution(s, k) and not _subject_of_report(s, r)) or (
        before == "to" and k > 0 and s.words[k - 1] == "according"
    ):
        out.append(Feature("speaker", 1.0, f"{' '.join(s.raw[k : s.first])} <target>"))
    elif (said := _speech_after_apposition(s, r)) >= 0 and not _speaks(out):
        out.append(Feature("speaker", 1.0, f"<target> ... {s.raw[said - 1]} {s.raw[said]}"))
    elif (said := _speech_of_owned(s, r)) >= 0 and not _speaks(out):
        out.append(Feature("speaker", 1.0, f"<target> {' '.join(s.raw[s.last + 1 : said + 1])}"))
    if s.quoted[s.first] and not _quoted_alone(s):
        out.append(Feature("in_quote", 1.0, "<target> inside quotation marks"))
    if _speaks(out):
        quoted = [(k, _valence(s, k, r)) for k in range(len(s.words)) if s.quoted[k]]
        total = sum(v for _, v in quoted)
        if total:
            words = "; ".join(f"{s.raw[k]} {v:+.2f}" for k, v in quoted if v)
            out.append(Feature(f"speaker_quote_{'positive' if total > 0 else 'negative'}", total / 4.0, words))


def _quoted_alone(s: _Sentence) -> bool:
    """Whether the quotation marks hold the target and nothing else: a title or a term ('the term "Green
    New Deal"', '"Scorched Earth" paints ...'), not a quoted speaker's words."""
    n = len(s.words)
    return (s.first == 0 or not s.quoted[s.first - 1]) and (s.last + 1 >= n or not s.quoted[s.last + 1])


def _subject_of_report(s: _Sentence, r: _Rules) -> bool:
    """Whether an auxiliary or modal right after the target (``[grammar] auxiliaries``) makes it the
    subject of what the speech verb before it reports, not the one who speaks: "Jones, an ally, said
    Smith would make a strong leader" (round 20)."""
    return s.last + 1 < len(s.words) and s.words[s.last + 1] in r.auxiliaries


def target_features(
    text: str, start: int, end: int, sentence_compound: float, known: Container[str] | None = None
) -> list[Feature]:
    """Every feature of the target at ``text[start:end]`` (see the module docstring). ``known``
    (the model's feature names), when given, keeps only the context words (``L:``/``R:``/``S:``)
    the model weighs: the others would be dropped unweighed, so they are not built."""
    out, names = _features(text, start, end, sentence_compound, known)
    out.extend(map(_sentence_word, names))
    return out


def _features(
    text: str, start: int, end: int, sentence_compound: float, known: Container[str] | None
) -> tuple[list[Feature], list[str]]:
    """:func:`target_features` but the sentence words, which come apart as their sorted ``S:`` names:
    :func:`analysis.sentiment.target.tone_toward` weighs them from a table made once."""
    r = rules()
    s = _tokenise(text, start, end, r)
    out = [_new(Feature, ("sentence_compound", sentence_compound, f"VADER compound of the text {sentence_compound:+.3f}"))]
    stance = _role_features(s, r, out)
    covered = covered_words(s, r, out, Feature)  # words a rule read for the target (victim, cleared, exculpated)
    if covered:
        sentence_compound = _uncovered(s, r, text, covered, sentence_compound, out)
    if stance >= 0:  # the sentence's tone is largely the target's own stance act: weighed apart
        out[0] = Feature("stance_sentence_compound", sentence_compound, out[0].words + " (the target's own stance act)")
    _attached_features(s, r, out)
    _speech_features(s, r, out)
    if where := setting(s, r, out):  # a venue, no rule of its own: target_scope gives the neutral prior
        out.append(_new(Feature, (SETTING, 1.0, where)))
    if stance < 0 and _speaks(out):  # the speaker's words are about something else by default
        out[0] = Feature("speaker_sentence_compound", sentence_compound, out[0].words + " (the target speaks)")
    _scope_features(s, r, out, stance)
    _context_features(s, r, out, known, covered)
    if covered:
        gone = covered_names(s, covered)
        return out, [n for n in _sentence_names(s, known) if n not in gone]
    return out, _sentence_names(s, known)


def _uncovered(s: _Sentence, r: _Rules, text: str, covered: list[int], compound: float, out: list[Feature]) -> float:
    """The text's compound without the covered words (:mod:`analysis.sentiment.target_covered`),
    their valences zeroed for the scope features; the compound is scored again only when a covered
    word is valent. Sets the first feature (the sentence compound) to it."""
    for k in covered:
        s.valence[k] = 0.0
    if covered_valent(s, covered):
        from analysis.sentiment.scoring import polarity  # here: scoring is needed only on this rare path

        compound = polarity(blanked_text(s, text, covered), supplement=True)["compound"]
        out[0] = _new(Feature, ("sentence_compound", compound, f"VADER compound of the text without the words a rule read {compound:+.3f}"))
    return compound


def _speaks(out: Sequence[Feature]) -> bool:
    """Whether a ``speaker`` feature is among ``out`` (the names compared in C)."""
    return "speaker" in map(_FEATURE_NAME, out)


_FEATURE_NAME = itemgetter(0)


def _context_features(s: _Sentence, r: _Rules, out: list[Feature], known: Container[str] | None, covered: Container[int] = ()) -> None:
    """The three nearest context words or punctuation marks before (``L:``) and after (``R:``) the
    target, stop words passed over (:func:`is_context_word`); a name (a capitalised word of two or
    more letters but the sentence's first) is ``<name>``. The sentence's words (``S:``) are
    :func:`_sentence_names`."""
    words, raw, context = s.words, s.raw, _context_names(r)  # context[word]: is_context_word, from a table
    for side, indices, where in (("L:", range(s.first - 1, -1, -1), "before"), ("R:", range(s.last + 1, len(words)), "after")):
        taken = 0
        for k in indices:
            if covered and k in covered:  # a word a rule read for the target (target_covered)
                continue
            if raw[k][:1].isupper() and len(raw[k]) > 1 and (k > 0 or side == "R:"):
                name = side + "<name>"
            elif context[words[k]] or not words[k][:1].isalpha():
                name = side + words[k]
            else:
                continue
            if known is None or name in known:
                out.append(_new(Feature, (name, 1.0, f"'{raw[k]}' {where} the target")))
            taken += 1
            if taken == WINDOW:
                break


def _sentence_names(s: _Sentence, known: Container[str] | None) -> list[str]:
    """The sorted ``S:`` names of the sentence's words but names and the target, those ``known``
    holds: the text's own list (made once per text) less the words only the target's tokens gave,
    plus the text's first word when it is capitalised and not the target (the sentence start)."""
    t, (a, b) = s.text, s.cut
    named, raw = t.named, t.raw  # each token's S: name or ""
    names = list(t.counts) if known is None else t.known_names(known)
    gone = [named[k] for k in range(a, b) if named[k] and not raw[k][:1].isupper()]
    if gone:
        dropped = {n for n in gone if gone.count(n) == t.counts[n]}
        names = [n for n in names if n not in dropped]
    first = named[0] if a > 0 else ""
    if first and raw[0][:1].isupper() and (known is None or first in known) and first not in names:
        names = [*names, first]
    elif known is not None and not gone:
        return names
    return sorted(names)


@lru_cache(maxsize=8192)
def _sentence_word(name: str) -> Feature:
    return Feature(name, 1.0, f"'{name[2:]}' in the sentence")
