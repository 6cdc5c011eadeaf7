"""Property tests (hypothesis) over every public function (issue 10).

Whatever the input: no exception but an AnalysisError subclass; every offset inside the text;
shares in [0, 1] and summing to 1 where they partition; scores inside their documented ranges
(tests/bad_inputs.py ``check_*``); and analysis of ``a + b`` consistent with the parts.

Each property runs twice: a few examples in the default run, and 10,000 in the slow suite
(``make test-slow``, i.e. ``pytest -m slow``; ``--hypothesis-show-statistics`` shows the count).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bad_inputs import (
    check_actors,
    check_analysis,
    check_article,
    check_framing,
    check_readability,
    check_sentiment,
    check_sourcing,
)
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analysis import (
    AnalysisError,
    NotEnglishError,
    analyze,
    analyze_framing,
    analyze_readability,
    analyze_sentiment,
    analyze_sourcing,
    find_actors,
    load_article,
)

SLOW_EXAMPLES = 10_000

# --------------------------------------------------------------------------------------------
# Text that looks like news: names with titles, quotes of several kinds, apostrophes, numbers,
# reporting verbs, abbreviations; and arbitrary unicode.

FIRST = ["Ana", "John", "Maria", "Sergei", "Li", "Fatima", "O'Neil", "Jean-Paul", "Zoë", "Kwame"]
LAST = ["Ruiz", "Smith", "Ivanov", "Wei", "Haddad", "O’Brien", "Müller", "Okafor", "Le Pen", "D'Souza"]
TITLES = ["Mr.", "Mrs.", "Dr.", "Gen.", "President", "Mayor", "council member", "Defense Secretary", "Sen.", ""]
GROUPS = ["a US official", "officials", "the ministry", "a spokesman for the union", "the Pentagon", "police", "residents",
          "a senior official who asked not to be named", "the report", "Russia", "the U.S. Army", "the council"]
VERBS = ["said", "says", "told reporters", "added", "warned", "claimed", "denied", "insisted", "according to", "stressed"]
WORDS = ["the", "plan", "budget", "war", "strikes", "peace", "was", "is", "not", "never", "good", "terrible", "a", "of",
         "attack", "ceasefire", "jobs", "cost", "$5 million", "3.5%", "270,000", "U.S.", "Syria’s", "don't", "it's",
         "'90s", "residents'", "killed", "hope", "crisis", "court", "law", "children", "families", "must", "should"]
QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("“", ""), ("", "”"), ("„", "“")]
END = [".", ".", ".", "!", "?", "…", "", ".”", ".\""]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
person = st.builds(
    lambda title, first, last: " ".join(x for x in (title, first, last) if x),
    st.sampled_from(TITLES),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
)
speaker = st.one_of(person, st.sampled_from(GROUPS))


@st.composite
def news_sentence(draw) -> str:
    kind = draw(st.integers(0, 4))
    who, verb, text = draw(speaker), draw(st.sampled_from(VERBS)), draw(words)
    opening, closing = draw(st.sampled_from(QUOTES))
    end = draw(st.sampled_from(END))
    if kind == 0:
        return f"{opening}{text.capitalize()},{closing} {verb} {who}{end}"
    if kind == 1:
        return f"{who.capitalize()} {verb} {opening}{text}{closing}{end}"
    if kind == 2:
        return f"{who.capitalize()} {verb} that {text}{end}"
    if kind == 3:
        return f"{text.capitalize()}, {verb} {who}{end}"
    return f"{text.capitalize()}{end}"


paragraph = st.lists(news_sentence(), min_size=1, max_size=5).map(" ".join)
news_body = st.lists(paragraph, min_size=1, max_size=8).map("\n\n".join)
headline = st.lists(st.sampled_from(WORDS + FIRST + LAST), min_size=2, max_size=10).map(lambda w: " ".join(w).capitalize())
news_page = st.builds(lambda h, b: f"{h}\n\n{b}", headline, news_body)
# Arbitrary unicode, and news with arbitrary unicode spliced in.
noisy_news = st.builds(lambda a, junk, b: a + junk + b, news_page, st.text(max_size=40), news_body)
any_text = st.one_of(st.text(max_size=400), news_page, noisy_news)


def properties(strategy: st.SearchStrategy, examples: int) -> Callable[[Callable[..., None]], tuple[Callable, Callable]]:
    """Two tests from one property: ``examples`` in the default run, 10,000 marked slow."""

    def wrap(check: Callable[..., None]) -> tuple[Callable, Callable]:
        common = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much]}
        fast = settings(max_examples=examples, **common)(given(strategy)(check))
        slow = pytest.mark.slow(settings(max_examples=SLOW_EXAMPLES, **common)(given(strategy)(check)))
        return fast, slow

    return wrap


def _load(source):
    try:
        return load_article(source)
    except AnalysisError:
        return None


# --------------------------------------------------------------------------------------------
# Only documented errors; offsets, shares and ranges hold


def _load_text(text: str) -> None:
    article = _load(text)
    if article is not None:
        check_article(article)


def _load_bytes(data: bytes) -> None:
    article = _load(data)
    if article is not None:
        check_article(article)


def _analyze_news(text: str) -> None:
    try:
        result = analyze(text)
    except AnalysisError:
        return
    check_analysis(result)
    result.to_json()


def _measures_alone(text: str) -> None:
    # Each measure on its own (no sourcing or actors handed in), as a user may call them.
    article = _load(text)
    if article is None:
        return
    check_readability(article, analyze_readability(article))
    check_actors(article, find_actors(article))
    check_sourcing(article, analyze_sourcing(article))
    check_sentiment(article, analyze_sentiment(article))
    check_framing(article, analyze_framing(article))


test_load_article_text, test_load_article_text_10k = properties(any_text, 150)(_load_text)
test_load_article_bytes, test_load_article_bytes_10k = properties(st.binary(max_size=400), 150)(_load_bytes)
test_analyze_news, test_analyze_news_10k = properties(news_page, 40)(_analyze_news)
test_analyze_noisy, test_analyze_noisy_10k = properties(any_text, 30)(_analyze_news)
test_measures_alone, test_measures_alone_10k = properties(news_page, 20)(_measures_alone)


# --------------------------------------------------------------------------------------------
# a + b is consistent with a and b


def _sentences_add(pair: tuple[str, str]) -> None:
    a, b = pair
    # With a headline given, everything is body: the parts' paragraphs are the whole's paragraphs.
    part_a, part_b = _load_with_headline(a), _load_with_headline(b)
    assume(part_a is not None and part_b is not None)
    try:
        whole = load_article(a + "\n\n" + b, headline="Headline")
    except NotEnglishError:
        assume(False)  # the English check counts the whole text (under 30 words it is not made)
        return
    # The glued-quote repair is the whole text's call too: it needs two or more glued marks, so one
    # in each part repairs the whole but neither part ('Ruiz." The' twice: a hypothesis find), and the
    # reverse: two in one part repair that part, while the whole, whose other part's quotes are
    # balanced, is not repaired (round 19, a hypothesis find that also fails on round 18's code).
    glued = "opening quotation marks stood glued"
    assume(not any(glued in w for w in (*whole.warnings, *part_a.warnings, *part_b.warnings)))
    assert len(whole.paragraphs) == len(part_a.paragraphs) + len(part_b.paragraphs)
    assert len(whole.sentences) == len(part_a.sentences) + len(part_b.sentences)
    assert whole.word_count == part_a.word_count + part_b.word_count
    assert [s.text for s in whole.sentences] == [s.text for s in part_a.sentences] + [s.text for s in part_b.sentences]


def _load_with_headline(text: str):
    try:
        return load_article(text, headline="Headline")
    except AnalysisError:
        return None


body_pairs = st.tuples(news_body, news_body)
test_sentences_add, test_sentences_add_10k = properties(body_pairs, 60)(_sentences_add)

# Independent paragraphs: each one a closed direct quote with its own named speaker and verb.
LEGAL_SAYERS = [f"{first} {last}" for first in ("Ana", "John", "Maria", "Kwame") for last in ("Ruiz", "Smith", "Okafor", "Haddad")]
quote_paragraph = st.builds(
    lambda text, who, verb: f"“{text.capitalize()},” {verb} {who}.",
    st.sampled_from(["the plan is good", "we will fight it in the courts", "this budget is a disaster for the city",
                     "nobody asked the residents", "it's the best deal we could get", "we don't agree with the council",
                     "the war must end now", "children will pay for this", "I voted against it twice"]),
    st.sampled_from(LEGAL_SAYERS),
    st.sampled_from(["said", "says", "added", "warned"]),
)
quote_bodies = st.lists(quote_paragraph, min_size=1, max_size=6).map("\n\n".join)


def _attributions_add(pair: tuple[str, str]) -> None:
    a, b = pair
    counts = []
    for text in (a, b, a + "\n\n" + b):
        article = load_article(text, headline="Headline")
        sourcing = analyze_sourcing(article)
        check_sourcing(article, sourcing)
        assert len(sourcing.attributions) == len(article.paragraphs)  # one per independent paragraph
        assert all(x.quote_type == "direct" for x in sourcing.attributions)
        counts.append(len(sourcing.attributions))
    assert counts[2] == counts[0] + counts[1]


test_attributions_add, test_attributions_add_10k = properties(st.tuples(quote_bodies, quote_bodies), 30)(_attributions_add)


def _sentence_tone_is_local(pair: tuple[str, str]) -> None:
    # A sentence's VADER compound depends on the sentence only: a + b scores its sentences as a and b do.
    a, b = pair
    parts = [_load_with_headline(a), _load_with_headline(b)]
    assume(all(p is not None for p in parts))
    try:
        whole = load_article(a + "\n\n" + b, headline="Headline")
    except NotEnglishError:
        assume(False)
        return
    tones = [s.compound for p in parts for s in analyze_sentiment(p).sentences]
    assert [s.compound for s in analyze_sentiment(whole).sentences] == tones


test_sentence_tone_is_local, test_sentence_tone_is_local_10k = properties(body_pairs, 20)(_sentence_tone_is_local)
