"""A text that lost its paragraph breaks is told so (new-user trial, round 12): per-paragraph figures
would describe one block. Texts written for the test."""

from __future__ import annotations

from analysis import load_article

SENTENCE = "The council met on Monday and voted on the new budget for the town's schools."


def _warned(text: str) -> list[str]:
    return [w for w in load_article(text, headline="Council votes").warnings if "lost its paragraph breaks" in w]


def test_a_body_of_one_long_paragraph_is_flagged() -> None:
    assert _warned(" ".join([SENTENCE] * 6)) == [
        "the body is one paragraph of 6 sentences, as in a text that lost its paragraph breaks: per-paragraph "
        "figures (tone by paragraph, paragraph readability, ¶ numbers) describe that block, not the article's paragraphs"
    ]


def test_a_short_brief_in_one_paragraph_and_news_paragraphs_are_not() -> None:
    assert _warned(" ".join([SENTENCE] * 5)) == []  # a brief of five sentences may stand as one paragraph
    assert _warned("\n\n".join(" ".join([SENTENCE] * 3) for _ in range(8))) == []  # 24 sentences in paragraphs of 3


def test_one_block_among_paragraphs_is_flagged_by_its_number() -> None:
    text = "\n\n".join([SENTENCE, " ".join([SENTENCE] * 15), SENTENCE])
    assert _warned(text)[0].startswith("paragraph 2 holds 15 sentences, as in a text that lost its paragraph breaks")
    assert _warned("\n\n".join([SENTENCE, " ".join([SENTENCE] * 14), SENTENCE])) == []
