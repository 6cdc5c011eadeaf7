"""VADER with its steps observed: typography normalisation, the tracing analyzer, the 'but' rule.

**Typography.** Curly quotes and apostrophes become straight ones before scoring (a 1:1
character map, so offsets are kept): VADER misses ``don’t`` as a negation (vaderSentiment #66).

**Evidence.** A subclass of ``SentimentIntensityAnalyzer`` observes VADER's own steps (the value
after ``sentiment_valence``, each ``_negation_check``, ``_special_idioms_check``,
``_least_check``, ``_but_check`` and ``_punctuation_emphasis``) and reports, for each lexicon word
of a sentence, its base valence from VADER's lexicon, the rules that changed it, and its final
valence. Rule *labels* are read from VADER's tables (``NEGATE``, ``BOOSTER_DICT``); the numbers
are VADER's.

The tracer changes no result, and it is cheaper than VADER's own method: VADER's
``_negation_check`` and ``_special_idioms_check`` are called on the few tokens they read (VADER
lower-cases the whole sentence on every call) and skipped when no negation or idiom word is near,
the emoji pass is skipped on text without an emoji (and linear on text with one), ``sentiment_valence``
is not called for a token outside the lexicon (it would append 0) nor for a lexicon word with no
booster, negation, "no", "least", "so" or "this" before it (its lexicon valence through the idiom
check alone, what VADER's method gives it: 85 % of the lexicon words of the Narrative Frames
articles), and the ``but`` rule is :func:`_but_check` (VADER's values in n log n; VADER's own is
quadratic on a long text).

:func:`_but_check` is VADER's ``but`` rule in n log n, for windowed runs and the whole body.
"""

from __future__ import annotations

import heapq
import itertools
import math
import operator
import re
import string
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType

from vaderSentiment import vaderSentiment as _vader
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

_TYPOGRAPHY = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u201b", "'"),
    ("\u02bc", "'"),
    ("\u2032", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
    ("\u2033", '"'),
    ("\u00ab", '"'),
    ("\u00bb", '"'),
    ("\u00a0", " "),
)
_TOKEN = re.compile(r"\S+")


def normalise_typography(text: str) -> str:
    """Straighten curly quotes and apostrophes (one character for one, so offsets are kept)."""
    for curly, straight in _TYPOGRAPHY:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def _vader_token(raw: str, start: int) -> tuple[str, int]:
    """VADER's form of a white-space token (``_strip_punc_if_word``) and where it starts."""
    stripped = raw.strip(string.punctuation)
    if len(stripped) <= 2:
        return raw, start
    return stripped, start + len(raw) - len(raw.lstrip(string.punctuation))


@cache
def _plain_analyzer() -> SentimentIntensityAnalyzer:
    """VADER as shipped, built once per process (reading its lexicon costs about 50 ms). Its files
    are VADER's, not ours, so no user lexicon changes them: a plain ``functools.cache``."""
    global _EMOJI_CHARS, _EMOJI_IN_ASCII
    analyzer = SentimentIntensityAnalyzer()
    _EMOJI_CHARS = frozenset(k for k in analyzer.emojis if len(k) == 1)
    _EMOJI_IN_ASCII = any(k.isascii() for k in _EMOJI_CHARS)  # False: an ASCII text holds no emoji
    return analyzer


class _Tracer(SentimentIntensityAnalyzer):
    """VADER with its steps observed. It shares the lexicon of a cached analyzer (no file is read)
    and holds the trace of the last ``polarity_scores`` call; make one per analysis (it is not
    shared between calls, so results never depend on state left by another call).

    VADER's ``_negation_check`` and ``_special_idioms_check`` lower-case the whole token list on
    every call (the quadratic cost of long sentences). They only read the three tokens before
    ``i`` and the two after it, so the hooks call VADER's own functions on that window of tokens,
    with ``i`` shifted to match: the same result, at a cost that does not grow with the sentence.
    """

    def __init__(self, lexicon: Mapping[str, float], emojis: Mapping[str, str]) -> None:
        # Deliberately not calling super().__init__: it would re-read the lexicon files.
        self.lexicon = lexicon  # type: ignore[assignment]
        self.emojis = emojis  # type: ignore[assignment]
        self.reset()

    def reset(self) -> None:
        self.words: list[str] = []
        self.pre_but: list[float] = []
        self.post_but: list[float] = []
        self.steps: dict[int, list[tuple[str, int, float, float]]] = {}
        self.punctuation = 0.0
        self._lower_of: list[str] | None = None
        self._lower: list[str] = []
        self.is_cap_diff: bool | None = None
        self.chunks_of: str | None = None  # the text of the last polarity_scores call, unless an emoji was expanded
        self.chunks: list[str] = []  # the white-space tokens of the last polarity_scores call

    def polarity_scores(self, text):  # type: ignore[no-untyped-def]
        """VADER's ``polarity_scores``, with shortcuts that cannot change its result. Its first
        pass walks the text character by character to replace emojis with their descriptions; on a
        text without an emoji it returns the text unchanged, so that pass is skipped (a text with
        an emoji gets the same text from :func:`_expand_emojis`, linear where VADER's ``+=`` loop is
        quadratic on a long text). And ``sentiment_valence`` on a token that is not in the lexicon
        only appends 0, so that is done here without the call. The rest is VADER's method step for
        step (same calls, same order; the ``but`` rule gives VADER's values in n log n)."""
        # the text as given, unless an emoji is expanded: its white-space tokens are then the ones
        # scored (scoring._word_starts reads them, not a second split)
        self.chunks_of = text
        if (_EMOJI_IN_ASCII or not text.isascii()) and not _EMOJI_CHARS.isdisjoint(text):
            text = _expand_emojis(text, self.emojis)
            self.chunks_of = None
        text = text.strip()
        self.chunks = chunks = text.split()
        # SentiText(text), built without calling _strip_punc_if_word once per token (the same
        # rule: strip outer punctuation unless two or fewer characters would remain).
        sentitext = SentiText.__new__(SentiText)
        sentitext.text = text
        words_and_emoticons = _strip_punctuation(chunks)
        sentitext.words_and_emoticons = words_and_emoticons
        sentitext.is_cap_diff = self.is_cap_diff = _allcap_differential(words_and_emoticons)
        # VADER appends 0 for a token outside the lexicon, a booster and the "kind" of "kind of", and
        # sentiment_valence's value (which it appends to the list it is given) for the others: the
        # zeros are made at once and sentiment_valence runs on the lexicon tokens in the same order.
        sentiments: list[float] = [0] * len(words_and_emoticons)
        lower = self._lowered(words_and_emoticons)
        last = len(words_and_emoticons) - 1
        boosters, lexicon = _vader.BOOSTER_DICT, self.lexicon
        # A lexicon word with no rule word near it (no booster, negation, "no", "least", "so" or
        # "this" among the three tokens before it and itself; no "n't" in the text) and not in ALL
        # CAPS among lower case: VADER's sentiment_valence gives its lexicon valence, changed only by
        # its idiom check (each other step adds 0.0 to a valence that is not 0, every other check
        # leaves it, and none records a rule), so that is the only step made here: the hook, on the
        # same condition as VADER's (the third token before is no lexicon word). Any other word goes
        # through VADER's own method.
        quiet = "n't" not in " ".join(lower)
        cap_diff = sentitext.is_cap_diff
        for i in itertools.compress(range(len(lower)), map(lexicon.__contains__, lower)):  # the lexicon tokens, in C
            word = lower[i]
            if word in boosters or (word == "kind" and i < last and lower[i + 1] == "of"):
                continue
            if (
                quiet
                and (value := lexicon[word])
                and _RULE_WORDS.isdisjoint(lower[i - 3 if i > 3 else 0 : i + 1])
                and not (cap_diff and words_and_emoticons[i].isupper())
            ):
                if i > 2 and lower[i - 3] not in lexicon:
                    value = self._special_idioms_check(value, words_and_emoticons, i)
                sentiments[i] = value
                continue
            sentiments[i] = self.sentiment_valence(0, sentitext, words_and_emoticons[i], i, [])[0]
        sentiments = self._but_check(words_and_emoticons, sentiments)
        if sentiments and not any(sentiments):
            # VADER's score_valence of all zeros: its neutral result whatever their number (the
            # punctuation emphasis it computes is not added to a zero sum), without its sums and rounding
            self._punctuation_emphasis(text)
            return dict(_NEUTRAL)
        return self.score_valence(sentiments, text)

    # VADER's hooks (each calls VADER's own method and records what it did) -------------------

    def _lowered(self, words: list[str]) -> list[str]:
        """VADER's tokens in lower case, computed once per ``polarity_scores`` call."""
        if words is not self._lower_of:
            self._lower_of = words
            self._lower = list(map(str.lower, words))  # VADER's str(w).lower(); its tokens are str
        return self._lower

    def _negation_check(self, valence, words_and_emoticons, start_i, i):  # type: ignore[no-untyped-def,override]
        # VADER calls this only with i > start_i, and reads tokens i-1 .. i-3. Every branch of it
        # needs token i-(start_i+1) to be a negation word (NEGATE, which holds "never" and
        # "without", or a word with "n't"), except one: with start_i == 2, token i-1 being "so" or
        # "this" multiplies by 1.25. When neither holds, it returns ``valence`` unchanged.
        lower = self._lowered(words_and_emoticons)
        word = lower[i - (start_i + 1)]
        if word in _NEGATE or "n't" in word or (start_i == 2 and lower[i - 1] in ("so", "this")):
            lo = i - 3 if i > 3 else 0
            out = _VADER_NEGATION_CHECK(valence, words_and_emoticons[lo : i + 1], start_i, i - lo)
        else:
            out = valence
        steps = self.steps.get(i)
        if steps is None:
            self.steps[i] = [("step", start_i, valence, out)]
        else:
            steps.append(("step", start_i, valence, out))
        return out

    def _special_idioms_check(self, valence, words_and_emoticons, i):  # type: ignore[no-untyped-def,override]
        # VADER calls this only with i >= 3, and reads tokens i-3 .. i+2. Each phrase it looks for
        # (SPECIAL_CASES, the multi-word BOOSTER_DICT entries) covers token i-2, i-1, i or i+1 and
        # consists of words of _IDIOM_WORDS: without such a word there, nothing can match. Nor can
        # it unless the phrase's first two words stand in a row among tokens i-3 .. i+1 (most idiom
        # words are "the", "of", "to", "for": the first test lets half the lexicon words through).
        lower = self._lowered(words_and_emoticons)
        if _IDIOM_WORDS.isdisjoint(lower[i - 2 : i + 2]):
            return valence
        if _IDIOM_PAIRS.isdisjoint(itertools.pairwise(lower[i - 3 : i + 2])):
            return valence
        out = _VADER_IDIOMS_CHECK(valence, words_and_emoticons[i - 3 : i + 3], 3)
        if out != valence:
            self.steps.setdefault(i, []).append(("idiom", 2, valence, out))
        return out

    def _least_check(self, valence, words_and_emoticons, i):  # type: ignore[no-untyped-def]
        out = super()._least_check(valence, words_and_emoticons, i)
        if out != valence:
            self.steps.setdefault(i, []).append(("least", 0, valence, out))
        return out

    def _but_check(self, words_and_emoticons, sentiments):  # type: ignore[no-untyped-def,override]
        # The list VADER passes holds the value sentiment_valence gave each token. Without a "but"
        # among the tokens VADER's _but_check returns the list unchanged; with one, _but_check gives
        # VADER's result without its quadratic list.index walk.
        self.words = words_and_emoticons
        self.pre_but = list(sentiments)
        lower = self._lowered(words_and_emoticons)  # VADER's str(w).lower() of each token, made once per call
        out = _but_rescaled(sentiments, lower.index("but")) if "but" in lower else sentiments
        self.post_but = out
        return out

    @staticmethod
    def _sift_sentiment_scores(sentiments):  # type: ignore[no-untyped-def]
        # VADER's loop over every value, on the non-zero ones only (in order, so the float sums are
        # the same): a zero only counts as neutral, and most tokens are zero.
        pos_sum = 0.0
        neg_sum = 0.0
        for sentiment_score in filter(None, sentiments):
            if sentiment_score > 0:
                pos_sum += float(sentiment_score) + 1
            elif sentiment_score < 0:
                neg_sum += float(sentiment_score) - 1
        return pos_sum, neg_sum, sentiments.count(0)

    def _punctuation_emphasis(self, text):  # type: ignore[no-untyped-def]
        # VADER counts "!" and "?" only: without either its sum is 0 * 0.292 + 0, the float 0.0 (most sentences)
        self.punctuation = super()._punctuation_emphasis(text) if "!" in text or "?" in text else 0.0
        return self.punctuation

    # Reading the trace ------------------------------------------------------------------------

    def token_rules(self, i: int, words: Sequence[str], lower: Sequence[str], is_cap_diff: bool) -> tuple[str, ...]:
        """Labels for the rules VADER applied to token ``i`` before the ``but`` rule. The labels
        name the entries of VADER's own tables (``NEGATE``, ``BOOSTER_DICT``); the changes are the
        values recorded from VADER's calls."""
        rules: list[str] = []
        if lower[i] == "no" and i < len(words) - 1 and lower[i + 1] in self.lexicon:
            rules.append("'no' before a lexicon word: used as a negator, own valence 0")
        elif (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (
            i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")
        ):
            rules.append(f"negated by 'no' (x{_vader.N_SCALAR})")
        if is_cap_diff and words[i].isupper():
            rules.append(f"ALL-CAPS emphasis ({_vader.C_INCR:+.3f} in magnitude)")
        previous_out: float | None = None
        for kind, start_i, v_in, v_out in self.steps.get(i, ()):
            if kind == "step":
                word = lower[i - (start_i + 1)]
                if word in _vader.BOOSTER_DICT:
                    if previous_out is not None:
                        delta = v_in - previous_out
                    else:
                        damp = (1.0, 0.95, 0.9)[start_i]
                        delta = _vader.scalar_inc_dec(words[i - (start_i + 1)], v_in, is_cap_diff) * damp
                    label = "booster" if _vader.BOOSTER_DICT[word] > 0 else "dampener"
                    rules.append(f"{label} '{word}' ({delta:+.3f})")
                if v_in != 0 and math.isclose(v_out, v_in * _vader.N_SCALAR):
                    rules.append(f"negated by '{word}' (x{_vader.N_SCALAR})")
                elif v_in != 0 and math.isclose(v_out, v_in * 1.25):
                    rules.append("'never so/this' emphasis (x1.25)")
            elif kind == "idiom":
                rules.append(f"special-case phrase or 'kind of'/'sort of' ({v_in:+.3f} -> {v_out:+.3f})")
            elif kind == "least":
                rules.append(f"negated by 'least' (x{_vader.N_SCALAR})")
            previous_out = v_out
        return tuple(rules)


_VADER_NEGATION_CHECK = SentimentIntensityAnalyzer._negation_check
_VADER_IDIOMS_CHECK = SentimentIntensityAnalyzer._special_idioms_check
_EMOJI_CHARS = frozenset()  # filled in by _plain_analyzer() (single-character keys of VADER's emoji lexicon)
_EMOJI_IN_ASCII = True  # and whether one of them is an ASCII character (none is)
_IDIOM_WORDS = frozenset(
    w for phrase in (*_vader.SPECIAL_CASES, *_vader.BOOSTER_DICT) if " " in phrase for w in phrase.split()
)

#: The first two words of each of those phrases, as a pair.
_IDIOM_PAIRS = frozenset(
    tuple(phrase.split()[:2]) for phrase in (*_vader.SPECIAL_CASES, *_vader.BOOSTER_DICT) if " " in phrase
)
_NEGATE = frozenset(_vader.NEGATE)
#: The words before which VADER's sentiment_valence may change a lexicon word's valence or record a
#: rule, its idiom check aside: boosters and dampeners, negations, "no", "least", and "so" and
#: "this" (its negation check multiplies by 1.25 after either, "never" or not: an operator
#: precedence slip, kept as VADER's). "n't" is tested on the whole text.
_RULE_WORDS = frozenset(_vader.BOOSTER_DICT) | _NEGATE | {"no", "least", "so", "this"}

#: VADER's ``score_valence`` of tokens that all have valence 0 (punctuation emphasis only counts
#: when the sum is not 0), computed by VADER itself.
_NEUTRAL = MappingProxyType(SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer).score_valence([0.0], ""))


def _strip_punctuation(chunks: list[str]) -> list[str]:
    """VADER's ``_strip_punc_if_word`` of each white-space token (outer punctuation stripped unless
    two or fewer characters would remain). The strips run in C (``map``); only the tokens a strip
    changed, a few a sentence (``str.strip`` gives back the token itself when it strips nothing),
    are read in Python, where a list comprehension read every token."""
    stripped = list(map(str.strip, chunks, itertools.repeat(string.punctuation)))
    for k in itertools.compress(range(len(chunks)), map(operator.is_not, stripped, chunks)):
        if len(stripped[k]) <= 2:
            stripped[k] = chunks[k]
    return stripped


def _allcap_differential(words: Sequence[str]) -> bool:
    """VADER's ``allcap_differential`` (some but not all tokens in ALL CAPS), its count of
    ``str.isupper`` made in C instead of a Python loop."""
    return 0 < len(words) - sum(map(str.isupper, words)) < len(words)


def _expand_emojis(text: str, emojis: Mapping[str, str]) -> str:
    """VADER's first pass of ``polarity_scores``: each emoji character replaced by its description,
    with a space before it unless one precedes it. VADER builds the text with ``+=`` character by
    character (quadratic once the text is long); the pieces are joined here, the same text."""
    pieces: list[str] = []
    prev_space = True
    for ch in text:
        description = emojis.get(ch)
        if description is not None:
            if not prev_space:
                pieces.append(" ")
            pieces.append(description)
            prev_space = False
        else:
            pieces.append(ch)
            prev_space = ch == " "
    return "".join(pieces)


def _but_check(words: Sequence[str], sentiments: Sequence[float]) -> list[float]:
    """VADER's ``_but_check`` (values before the first "but" x0.5, after it x1.5), same result
    in n log n. VADER's loop reads value ``v`` at step ``j``, finds the first position holding a
    value equal to ``v`` with ``list.index`` (quadratic on a long list) and rescales the value
    there; that position is never after ``j``, so step ``j`` always reads the original value. Here
    the positions holding each value are kept in a heap."""
    lower = [str(w).lower() for w in words]
    if "but" not in lower:
        return list(sentiments)
    return _but_rescaled(sentiments, lower.index("but"))


def _but_rescaled(sentiments: Sequence[float], bi: int) -> list[float]:
    """:func:`_but_check` once the first "but" is known to stand at token ``bi`` (a caller that has
    the tokens lower-cased already, or no tokens at all, gives it)."""
    out = list(sentiments)
    # The zeros (most tokens) all find the first zero and leave it a zero (0 x 0.5 = 0 x 1.5 = 0):
    # the last zero's step writes it, unless it is the "but". No other value is or becomes 0, so
    # the steps of the non-zero values, told in C, are the only others that change anything.
    nonzero = list(itertools.compress(range(len(out)), out))
    if len(nonzero) < len(out):
        first_zero = out.index(0)
        if first_zero != bi:
            last_zero = next(value for value in reversed(out) if not value)
            out[first_zero] = last_zero * 0.5 if first_zero < bi else last_zero * 1.5
    where: dict[float, list[int]] = {}
    for k in nonzero:
        where.setdefault(out[k], []).append(k)  # ascending: already a heap
    for value in map(sentiments.__getitem__, nonzero):
        positions = where[value]
        si = positions[0]
        if si == bi:
            continue
        new = value * 0.5 if si < bi else value * 1.5
        heapq.heappop(positions)
        heapq.heappush(where.setdefault(new, []), si)
        out[si] = new
    return out


def _drop_but(rules: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(r for r in rules if not r.startswith("'but'"))


def _with_but(rules: tuple[str, ...], before: float, after: float) -> tuple[str, ...]:
    if before == after or before == 0:
        return rules
    return (*rules, f"'but' rule (x{after / before:.2f})")
