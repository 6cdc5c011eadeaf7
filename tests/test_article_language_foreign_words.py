"""A short text in another Latin-script language is refused even when the English list's "a"
(also French, Portuguese and Italian) lifts its "English" share over the bar (new-user trial 18, F9):
the other language's function words outnumber the English ones."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.errors import NotEnglishError

FRENCH = (
    "Le maire de la ville a démissionné mardi après un audit qui a révélé des fonds manquants dans le "
    "budget municipal, a déclaré le conseil.\n\nSelon le conseil, il a nié toute faute et a dit qu il "
    "se battrait."
)
PORTUGUESE = (
    "O prefeito da cidade renunciou na terça-feira depois de uma auditoria que revelou a falta de "
    "dinheiro no orçamento, disse o conselho. Segundo o conselho, ele negou qualquer culpa e disse que "
    "vai lutar em tribunal pela sua honra."
)
# English with the names and loan words that share those words: none of them is evidence.
ENGLISH_WITH_NAMES = (
    "Mayor Bill de Blasio flew to Los Angeles and then to Las Vegas on Monday, where he met Marine Le Pen "
    "and Ursula von der Leyen, his office said. The talks were described as a tour de force by aides who "
    "asked not to be named."
)


@pytest.mark.parametrize("text", [FRENCH, PORTUGUESE], ids=["french", "portuguese"])
def test_another_languages_function_words_outnumbering_englishs_refuse_the_text(text: str) -> None:
    with pytest.raises(NotEnglishError, match=r"more function words of another language \(\d+\) than of English \(\d+\)"):
        load_article(text)


def test_the_french_brief_counts_twelve_french_function_words_against_five_english() -> None:
    # "a" x5 is the English count; de, la, un, qui, des, dans, le x3, il x2 and qu the French ones
    # (the capitalised "Le" and "Selon" are left out, as names are).
    with pytest.raises(NotEnglishError, match=r"\(12\) than of English \(5\)"):
        load_article(FRENCH)


def test_names_and_loan_words_in_english_are_no_evidence_of_another_language() -> None:
    article = load_article(ENGLISH_WITH_NAMES)
    assert len(article.sentences) == 2
