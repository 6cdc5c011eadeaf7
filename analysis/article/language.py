"""Is the text English prose? The refusals of text that is not.

Before the page is cut (``read.py`` calls :func:`check_prose_shape` on the page text, after HTML
extraction), text that is not written in sentences is refused with
:class:`~analysis.errors.NoProseError`: data, code or markup, and a line of more than 10,000 words
with no sentence end. After the body is split into sentences, a body with no words (only numbers or
symbols) is refused with :class:`~analysis.errors.NoProseError`, and a body of 30 running words or
more whose share of common English function words (``lexicons/article_parts.toml``) is below the
threshold with :class:`~analysis.errors.NotEnglishError` (English news has about 40 %); a shorter
body of 16 running words or more, when that share is below 10 %.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import filterfalse

from analysis.article.model import Sentence
from analysis.errors import NoProseError, NotEnglishError
from analysis.lexicons import lexicon_cache, load_lexicon


@lexicon_cache
def _english_rules() -> tuple[frozenset[str], float, frozenset[str]]:
    data = load_lexicon("article_parts")
    return (
        frozenset(data["english_function_words"]),
        float(data["english_function_word_share"]),
        frozenset(data["foreign_function_words"]),
    )


def check_prose(body: str, sentences: tuple[Sentence, ...]) -> None:
    """Refuse a body with no words, then a body that does not read as English."""
    if not any(any(ch.isalpha() for ch in s.text) for s in sentences):
        raise NoProseError("the text has no words, only numbers or symbols: there is no prose to analyse; pass the article's text")
    _check_english(body)


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# A short text (16 to 29 running words) is judged with a far lower bar: of the 5,182 single NewsMTSC
# train sentences of 10 to 29 running words, 4 fall below 10 % common English words (three in
# Nigerian Pidgin, one English sentence of 13 running words, hence the floor of 16), while a 41-word
# German news brief (23 running words) has 4 % (a new-user trial found it analysed as English).
_SHORT_TEXT_MIN_RUNNING, _SHORT_TEXT_ENGLISH_SHARE = 16, 0.10
_TOKEN_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?*-–—…/"


_RUNNING, _FUNCTION_WORD, _FOREIGN_WORD = 1, 2, 3  # a token's kind; 0: not a running word
# A kind as the number it adds to a token count packed in one int, 20 bits per field (running words
# of every kind, English function words, foreign ones): summing the tokens' numbers in C counts all
# three in one pass (a list of kinds and three list.count passes cost twice as much). The check reads
# the first 200,000 characters, so under 2**17 tokens: no field overflows into the next.
_FIELD_BITS = 20
_KIND_COUNTS = {0: 0, _RUNNING: 1, _FUNCTION_WORD: 1 + (1 << _FIELD_BITS), _FOREIGN_WORD: 1 + (1 << 2 * _FIELD_BITS)}
# token as written -> its kind's number (_KIND_COUNTS), for the function words in force (a pure function of both, kept for
# the process: most tokens of an article recur across a corpus; judging each afresh was most of the
# check's cost). Emptied when an article would take it past _TOKEN_KINDS_LIMIT entries, so a worker's
# memory stays bounded.
_TOKEN_KINDS: tuple[tuple[frozenset[str], frozenset[str]], dict[str, int]] | None = None
_TOKEN_KINDS_LIMIT = 1 << 16


def _token_kinds(function_words: frozenset[str], foreign_words: frozenset[str]) -> dict[str, int]:
    """The cache of token kinds (as their _KIND_COUNTS numbers) for the word lists in force (a new one when they change)."""
    global _TOKEN_KINDS
    if _TOKEN_KINDS is None or _TOKEN_KINDS[0][0] is not function_words or _TOKEN_KINDS[0][1] is not foreign_words:
        _TOKEN_KINDS = ((function_words, foreign_words), {})
    return _TOKEN_KINDS[1]


def _token_kind(token: str, function_words: frozenset[str], foreign_words: frozenset[str] = frozenset()) -> int:
    """A white-space token's kind: an English function word, another language's function word
    (a running word too), another running word, or neither (see below)."""
    if token.isascii() and token.isalpha():
        # most tokens: ASCII letters only, so nothing to strip and _WORD matches the whole token
        lower = token.lower()
        if lower in function_words:
            return _FUNCTION_WORD
        if "A" <= token[0] <= "Z":
            return 0  # a name or a sentence's first word: "Los Angeles", "Le Pen" are no evidence
        return _FOREIGN_WORD if lower in foreign_words else _RUNNING
    core = token.strip(_TOKEN_EDGE)
    lower = core.lower()
    if lower in function_words and _WORD.fullmatch(core) is not None:
        return _FUNCTION_WORD
    if core and not ("A" <= core[0] <= "Z" or core[0].isdigit()) and any(map(str.isalpha, core)):
        return _FOREIGN_WORD if lower in foreign_words else _RUNNING
    return 0


def _check_english(body: str) -> None:
    """The share of common English function words among the running words of the text.

    Running words are the tokens that carry a sentence: a function word (capitalised or not) or a
    word that does not start with a capital Latin letter or a digit. Names and numbers are left out
    of the count, so a results table or a list of names ("Arsenal 2 Chelsea 1"), which has almost no
    running words, is not judged (fewer than 16), where counting every token refused it as "0 %
    English"; a French or Korean text is all running words and keeps its low share. A text in which
    another language's function words (``foreign_function_words``: le, der, el, yang...) outnumber
    the English ones is refused too: the English list's "a" is also a French and Portuguese word."""
    function_words, english_share, foreign_words = _english_rules()
    kinds = _token_kinds(function_words, foreign_words)
    tokens = body[:200000].split()
    # Each distinct token not judged before is judged once; then every token's kind is read and
    # counted in C (map, sum): a Python loop over the distinct tokens was most of the check.
    # (the tokens not judged yet picked in C as they come: no set of every distinct token first)
    missing = set(filterfalse(kinds.__contains__, tokens))
    if len(kinds) + len(missing) > _TOKEN_KINDS_LIMIT:
        kinds.clear()
        missing = set(tokens)
    for token in missing:
        kinds[token] = _KIND_COUNTS[_token_kind(token, function_words, foreign_words)]
    counts, mask = sum(map(kinds.__getitem__, tokens)), (1 << _FIELD_BITS) - 1
    running, found, foreign = counts & mask, (counts >> _FIELD_BITS) & mask, counts >> 2 * _FIELD_BITS
    if running < _SHORT_TEXT_MIN_RUNNING:
        return
    share = found / running
    if share < (english_share if running >= 30 else _SHORT_TEXT_ENGLISH_SHARE) or foreign > found:
        also = f", and more function words of another language ({foreign}) than of English ({found})" if foreign > found else ""
        raise NotEnglishError(
            f"the text does not look like English ({share:.0%} common English words, English news has about 40%{also}): "
            "every measure here is English-only; pass an English article"
        )


# --------------------------------------------------------------------------------------------
# Is it prose at all? Refused before the page is cut (read.py calls this on the page text, after
# HTML extraction): data, code or markup, and one enormous line with no sentence end. Measured on
# every real text in data/external and every fixture article (scripts/check_prose_refusals.py):
# none comes near a threshold; the figures below are theirs.

# Characters below this, ratios are noise (one quoted word in a 5-word sentence is 9 % quote marks).
_MIN_CHARACTERS = 200
_SAMPLE = 200_000  # ratios on the first 200 kB: enough for a verdict, linear on any size
# A token whose core (edge punctuation stripped) holds code punctuation: `{"id":0,"title":"x`,
# `color:#333;`, `f(a)`, `<item><title>`. Prose puts punctuation at a word's edges; colons and
# commas between digits (3:15, 1,000) and links are prose. Real news: at most 40 % of characters
# in such tokens (a 374-character page quoting <script> tags; 8 % over 500 characters); minified
# JSON 94 %, CSS 56 %, an RSS feed 63 %.
_GLUED_SHARE = 0.5
_EDGE = ".,;:!?\"'“”‘’«»()[]{}<>*-–—…/"
_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)
# A Markdown link, "[council](https://…)", is a word and a link, not code: only its text is counted.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\((?:[a-z][a-z0-9+.-]*://|www\.|/)[^()\s]*\)", re.IGNORECASE)
_CODE_INSIDE = re.compile(r"[\"{}\[\]<>=;|\\^~`()]|(?<!\d)[:,](?!\d)")
# Braces, brackets, straight quotes, = ; | \ and parentheses per non-space character, on 1,000
# characters or more: real news at most 2.6 % on 500 or more (8 % under 500). The floor is 1,000, not
# 500: a short article quoting markup is still an article whose markup the report must escape (the
# hardening suite's hostile page, 9 % on about 550 characters). Pretty-printed JSON 13-23 %, JSON
# lines of articles 9 %, Python modules 5-12 %.
# What a white-space token must hold to be glued (_glued): a character _CODE_INSIDE looks for that
# _EDGE does not strip (= | \\ ^ ~ `), or one it strips followed, after more of _EDGE, by a character
# outside _EDGE, which keeps it inside the token's core. "said," or "vote." need no closer look.
# (One leading class, then the look-behind: sre scans for a class in C; two branches cost twice the search.)
_MAY_BE_GLUED = re.compile(r"[=|\\^~`\"{}\[\]<>;():,](?:(?<=[=|\\^~`])|[" + re.escape(_EDGE) + "]*[^" + re.escape(_EDGE) + r"\s])")
_DENSE_SHARE = 0.08
_DENSE_MIN_CHARACTERS = 1_000
_DENSE_CHARACTERS = "\"{}[]<>=;|\\^~`()"
# Every byte but those of _DENSE_CHARACTERS (all ASCII, so in UTF-8 no other character holds their bytes): the
# UTF-8 text with these deleted is the markup characters alone, counted in two C passes, a quarter of the
# cost of a search for the character class, which calls the class test at every character.
_NOT_DENSE_BYTES = bytes(b for b in range(256) if b not in _DENSE_CHARACTERS.encode("ascii"))
# ... unless a quarter of the characters stand in lines of prose: a results story with a Markdown
# table (13 % markup) or a security story quoting 19 lines of JavaScript (10 %) is an article (a
# review of the first version). A prose line has 8+ words, a sentence end, no brace and no JSON key
# ('":'), and 80 % of its words plain (letters or digits, punctuation only at the edges).
_PROSE_LINES_SHARE = 0.25
_PLAIN_WORD = re.compile(r"^[\"'“‘(\[$£€]?[^\W_][\w'’.,%-]*[.,;:!?\"'”’)\]]*$")
# Words in one line with no sentence end (. ! ? …): real news at most 242 (a list of 100 names and
# titles); the longest sentence the splitter finds in them is 467 words; news sentences average
# about 20. A run of 10,000 words (about 60 kB) is not writing in sentences.
_MAX_RUN_WORDS = 10_000
_SENTENCE_END = re.compile(r"[.!?…]")

_DATA_MESSAGE = (
    "the text reads as data, code or markup, not prose ({detail}): pass the article's text "
    "(not JSON, code or a feed); an HTML page is read as HTML"
)


@dataclass(frozen=True)
class ProseShape:
    """The figures the refusal reads (scripts/check_prose_refusals.py prints them for real news)."""

    characters: int  # non-space characters in the sample
    glued: float | None  # share of them in tokens glued by code punctuation (None under 200 characters)
    markup: float | None  # share of them that are markup punctuation (None under 200 characters)
    longest_run: int  # most words on one line with no sentence end
    prose_lines: float = 0.0  # share of the characters in lines of prose (see _PROSE_LINES_SHARE)


def prose_shape(text: str) -> ProseShape:
    """Measure ``text`` (ratios on its first 200 kB, Markdown links read as their text)."""
    return _prose_shape(text, prose_lines=True)


def _prose_shape(text: str, *, prose_lines: bool) -> ProseShape:
    """:func:`prose_shape`; without ``prose_lines`` its ``prose_lines`` share (a regular expression
    per token of the text) is computed only where the refusal reads it: dense markup on 1,000
    characters or more, which news almost never has; elsewhere it is left at 0.0. Likewise
    ``longest_run`` is counted only where it could exceed _MAX_RUN_WORDS (else 0), and ``glued`` only
    where it could reach _GLUED_SHARE (else 0.0)."""
    full = prose_lines
    sample = text[:_SAMPLE]
    if "](" in sample:  # (a link's brackets, tested before the pattern: most texts have none)
        sample = _MARKDOWN_LINK.sub(r"\1", sample)
    tokens = sample.split()
    characters = sum(map(len, tokens))
    # only a token _MAY_BE_GLUED matches can be glued: those are picked out by a search per token,
    # run in C by filter (a findall of the tokens holding a code character, over the text, tried
    # its look-behind at every character: a quarter of reading a page); a token of letters and
    # digits only (most of them) holds none of its characters, so str.isalnum drops it before the search
    glued = None
    if characters >= _MIN_CHARACTERS:
        may_glue = list(filterfalse(str.isalnum, tokens))
        # For the refusal alone, the share is measured only where it can reach _GLUED_SHARE: the glued
        # tokens are among these, so where they hold fewer characters (news), it cannot
        if full or sum(map(len, may_glue)) / characters >= _GLUED_SHARE:
            glued = sum(len(t) for t in filter(_MAY_BE_GLUED.search, may_glue) if _glued(t)) / characters
        else:
            glued = 0.0
    markup = _markup_characters(sample) / characters if characters >= _MIN_CHARACTERS else None
    if not prose_lines:
        prose_lines = markup is not None and characters >= _DENSE_MIN_CHARACTERS and markup >= _DENSE_SHARE
    prose = _prose_line_characters(sample) / characters if characters and prose_lines else 0.0
    # For the refusal, a text of 2 * _MAX_RUN_WORDS characters or fewer needs no count: k words take
    # 2k - 1 characters at least, so no line of it holds more than _MAX_RUN_WORDS (0 stands for that).
    runs = longest_run_without_sentence_end(text) if full or len(text) > 2 * _MAX_RUN_WORDS else 0
    return ProseShape(characters, glued, markup, runs, prose)


def _markup_characters(sample: str) -> int:
    """How many characters of ``sample`` are among _DENSE_CHARACTERS."""
    return len(sample.encode("utf-8", "surrogatepass").translate(None, _NOT_DENSE_BYTES))


def _prose_line_characters(sample: str) -> int:
    total = 0
    for line in sample.split("\n"):
        if "{" in line or "}" in line or '":' in line or not _SENTENCE_END.search(line):
            continue
        tokens = line.split()
        if len(tokens) >= 8 and sum(map(bool, map(_PLAIN_WORD.match, tokens))) >= 0.8 * len(tokens):
            total += sum(map(len, tokens))
    return total


def check_prose_shape(text: str) -> None:
    """Refuse text that is not written in sentences: data, code or markup (JSON, CSS, a feed), or
    a line of more than 10,000 words with no sentence end (a word dump). One line, NoProseError."""
    shape = _prose_shape(text, prose_lines=False)
    if shape.glued is not None and shape.glued >= _GLUED_SHARE:
        raise NoProseError(_DATA_MESSAGE.format(detail=f"{shape.glued:.0%} of it is words glued by code punctuation such as {{\":;=}}"))
    if (shape.markup is not None and shape.characters >= _DENSE_MIN_CHARACTERS and shape.markup >= _DENSE_SHARE
            and shape.prose_lines < _PROSE_LINES_SHARE):
        raise NoProseError(
            _DATA_MESSAGE.format(
                detail=f"{shape.markup:.0%} of its characters are braces, brackets, straight quotes or = ; |; news has under 3%"
            )
        )
    if shape.longest_run > _MAX_RUN_WORDS:
        raise NoProseError(
            f"the text is not written in sentences: a line of {shape.longest_run:,} words with no full stop, question or exclamation "
            "mark (news sentences run about 20 words); pass the article's text with its punctuation"
        )


def _glued(token: str) -> bool:
    core = token.strip(_EDGE)
    return bool(core) and not _LINK.match(core) and _CODE_INSIDE.search(core) is not None


def longest_run_without_sentence_end(text: str) -> int:
    """The most words on one line between two sentence ends (or a line's ends)."""
    longest = 0
    for line in text.split("\n"):
        if len(line) <= longest:  # a line of n characters holds at most n words
            continue
        for piece in _SENTENCE_END.split(line):
            if len(piece) > longest:
                longest = max(longest, len(piece.split()))
    return longest
