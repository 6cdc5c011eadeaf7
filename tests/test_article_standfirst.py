"""HTML pages: the standfirst set apart above the article text is kept (new-user trial 16, F6;
``analysis/article/standfirst.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import load_article
from analysis.article.standfirst import with_standfirst

_BODY = ("<p>In addition to the two deaths at the airport on Monday, the national ombudsman's office said another 20 "
         "people had been hurt in the clashes.</p><p>A nurse at the clinic told a local radio station that the wounded "
         "had been shot, and that more were arriving.</p>")
_LEDE = ("Two people have died during protests in Peru against the interim government that ousted Pedro Castillo, after "
         "clashes erupted between the leftist leader's supporters and security forces.")


def _page(inside: str, after: str = "") -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><title>Two die in Peru protests</title></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Two die in Peru protests near blocked airport</h1>"
            f"{inside}</article>{after}<footer>Like this story? Share it with a friend!</footer></body></html>")


def _summary(text: str) -> str:
    # RT's markup, which trafilatura's precision mode drops (the text alone in a div, set on its own lines)
    return f'<div class="article__summary summary ">\n        {text}\n    </div>'


def _paragraphs(html: str) -> list[str]:
    article = load_article(html)
    return [article.body[p.start : p.end] for p in article.paragraphs]


@pytest.mark.parametrize("cls", ["article__summary summary ", "standfirst", "content__standfirst", "c-dek", "story-intro"])
def test_summary_before_the_text_is_the_first_paragraph(cls: str) -> None:
    html = _page(f'<div class="{cls}">{_LEDE}</div><div class="article__text text ">{_BODY}</div>')
    paragraphs = _paragraphs(html)
    assert paragraphs == [_LEDE, _EXTRACTED[1], _EXTRACTED[2]]


def test_page_without_a_summary_is_unchanged() -> None:
    html = _page(f'<div class="article__text text ">{_BODY}</div>')
    assert _paragraphs(html)[0].startswith("In addition to the two deaths")
    assert len(_paragraphs(html)) == 2


# The rule itself, on the paragraphs trafilatura's precision mode gives for such a page (the
# headline, then the text block without the summary).
_EXTRACTED = ["Two die in Peru protests near blocked airport",
              "In addition to the two deaths at the airport on Monday, the national ombudsman's office said another 20 people "
              "had been hurt in the clashes.",
              "A nurse at the clinic told a local radio station that the wounded had been shot, and that more were arriving."]


def test_rule_puts_the_summary_before_the_first_sentence_paragraph() -> None:
    html = _page(f'{_summary(_LEDE)}<div class="article__text text ">{_BODY}</div>')
    assert with_standfirst(html, list(_EXTRACTED), "Two die in Peru protests") == [_EXTRACTED[0], _LEDE, *_EXTRACTED[1:]]


def test_summary_that_repeats_the_body_is_not_added_twice() -> None:
    repeat = ("In addition to the two deaths at the airport on Monday, the national ombudsman's office said another 20 "
              "people had been hurt.")
    html = _page(f'{_summary(repeat)}<div class="article__text text ">{_BODY}</div>')
    assert with_standfirst(html, list(_EXTRACTED), None) == _EXTRACTED


def test_summary_after_the_text_is_not_moved_up() -> None:
    html = _page(f'<div class="article__text text ">{_BODY}</div>', after=f"<aside>{_summary(_LEDE)}</aside>")
    assert with_standfirst(html, list(_EXTRACTED), None) == _EXTRACTED


def test_summary_far_from_the_text_is_no_standfirst() -> None:
    deep = f'<div><div><div><div><div><div class="article__text text ">{_BODY}</div></div></div></div></div></div>'
    html = _page(f"<div>{_summary(_LEDE)}</div>{deep}")
    assert with_standfirst(html, list(_EXTRACTED), None) == _EXTRACTED


def test_summary_without_a_sentence_end_is_no_standfirst() -> None:
    html = _page(f'{_summary("Protests in Peru after the interim government took over the country")}'
                 f'<div class="article__text text ">{_BODY}</div>')
    assert with_standfirst(html, list(_EXTRACTED), None) == _EXTRACTED


def test_class_word_inside_another_word_is_no_summary() -> None:
    html = _page(f'<div class="introspective">{_LEDE}</div><div class="article__text text ">{_BODY}</div>')
    assert with_standfirst(html, list(_EXTRACTED), None) == _EXTRACTED


def test_trial_repro_f6() -> None:
    path = Path(__file__).parent / "fixtures" / "trial16" / "F6.html"
    paragraphs = _paragraphs(path.read_text(encoding="utf-8"))
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Two people have died during protests in Peru")
