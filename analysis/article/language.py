"""Is the text English prose? The refusals that come after the body is split into sentences.

Every measure here is English-only: a body with no words (only numbers or symbols) is refused
with :class:`~analysis.errors.NoProseError`, and a body of 30 words or more whose share of common
English function words (``lexicons/article_parts.toml``) is below the threshold with
:class:`~analysis.errors.NotEnglishError` (English news has about 40 %).
"""

from __future__ import annotations

import re

from analysis.article.model import Sentence
from analysis.errors import NoProseError, NotEnglishError
from analysis.lexicons import lexicon_cache, load_lexicon


@lexicon_cache
def _english_rules() -> tuple[frozenset[str], float]:
    data = load_lexicon("article_parts")
    return frozenset(data["english_function_words"]), float(data["english_function_word_share"])


def check_prose(body: str, sentences: tuple[Sentence, ...]) -> None:
    """Refuse a body with no words, then a body that does not read as English."""
    if not any(any(ch.isalpha() for ch in s.text) for s in sentences):
        raise NoProseError("the text has no words, only numbers or symbols: there is no prose to analyse; pass the article's text")
    _check_english(body)


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _check_english(body: str) -> None:
    function_words, english_share = _english_rules()
    words = [w.lower() for w in _WORD.findall(body[:200000])]
    total = len(body[:200000].split())
    if total < 30:
        return
    share = sum(1 for w in words if w in function_words) / total
    if share < english_share:
        raise NotEnglishError(
            f"the text does not look like English ({share:.0%} common English words, English news has about 40%): "
            "every measure here is English-only; pass an English article"
        )
