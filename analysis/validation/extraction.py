"""Validation of the HTML -> body step on the Zyte article-extraction benchmark (60 pages): word-4-gram
(shingle) precision, recall and F1 of our extraction against the gold bodies, beside trafilatura's
default on the same pages. Nothing was tuned on it. Non-English pages are refused by design; the
language of each gold body is checked with :func:`guess_language`.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.article import load_article
from analysis.errors import AnalysisError
from analysis.validation.datasets import extraction_pages
from analysis.validation.metrics import shingle_scores

# Frequent function words per language, for checking which language a gold body is in.
_STOPWORDS = {lang: frozenset(words.split()) for lang, words in {
    "en": "the and of to in is that for it with was on are be this by from have not",
    "de": "der die das und ist nicht mit den von zu sich des auch ein eine im dem wird sind",
    "pt": "não uma os para com da do em dos das por mais você está ao seu pela pelo",
    "es": "el los las del por una con para es pero más como su al lo muy",
    "fr": "le les des est une pour dans qui pas sur avec au du ce sont ont",
    "it": "il di è della che non per una sono con gli del nel anche questo alla delle chi si",
    "id": "yang dan ini itu dengan untuk dari tidak dalam akan pada juga ada oleh",
}.items()}
_LETTER = re.compile(r"[^\W\d_]+")
_URL_TEXT = re.compile(r"\S+://\S+")


def guess_language(text: str) -> str:
    """A rough language guess from script (Cyrillic → ru, Hangul → ko) or the most frequent
    function words of seven languages (URLs ignored); "?" when no word matches. For checking, not
    for analysis."""
    text = _URL_TEXT.sub(" ", text)
    letters = "".join(_LETTER.findall(text))
    if letters:
        if sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters) > 0.3:
            return "ru"
        if sum("\uac00" <= c <= "\ud7af" for c in letters) / len(letters) > 0.3:
            return "ko"
    words = Counter(w.lower() for w in _LETTER.findall(text))
    counts = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] else "?"


def extraction_scores(folder: Path | None = None) -> pd.DataFrame:
    """One row per benchmark page: id, domain, html_lang, gold_language (:func:`guess_language` of
    the gold body), refused (the error name when we refuse the page), and P/R/F1 for ours and for
    trafilatura's default."""
    import trafilatura

    rows = []
    for record, html in extraction_pages(folder):
        try:
            ours = load_article(html).body
            refused = ""
        except AnalysisError as error:
            ours, refused = "", type(error).__name__
        baseline = trafilatura.extract(html.decode("utf-8", "replace")) or ""
        p, r, f = shingle_scores(ours, record["article_body"])
        bp, br, bf = shingle_scores(baseline, record["article_body"])
        rows.append(
            {
                "id": record["id"],
                "domain": record["domain"],
                "html_lang": record["html_lang"],
                "gold_language": guess_language(record["article_body"]),
                "refused": refused,
                "precision": p,
                "recall": r,
                "f1": f,
                "trafilatura_precision": bp,
                "trafilatura_recall": br,
                "trafilatura_f1": bf,
            }
        )
    return pd.DataFrame(rows)


def validate_extraction(scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mean per-page P/R/F1 for ours and trafilatura's default, on all pages and on the pages whose
    gold body is English (we refuse non-English text by design)."""
    scores = extraction_scores() if scores is None else scores
    english = scores["gold_language"] == "en"
    rows = []
    for subset, mask in ((f"all {len(scores)} pages", slice(None)), (f"{int(english.sum())} pages with an English gold body", english)):
        part = scores.loc[mask]
        for system, prefix in (("ours (trafilatura favor_precision + our cleaning)", ""), ("trafilatura 2.3.1 default", "trafilatura_")):
            rows.append(
                {
                    "pages": subset,
                    "n": len(part),
                    "system": system,
                    "precision": float(part[f"{prefix}precision"].mean()),
                    "recall": float(part[f"{prefix}recall"].mean()),
                    "f1": float(part[f"{prefix}f1"].mean()),
                    "refused": int((part["refused"] != "").sum()) if not prefix else 0,
                }
            )
    return pd.DataFrame(rows)


def extraction_figures(scores: pd.DataFrame | None = None) -> dict[str, Any]:
    scores = extraction_scores() if scores is None else scores
    refused = scores[scores["refused"] != ""]
    return {
        "data": "Zyte/Scrapinghub article-extraction benchmark, first 60 of 181 pages by id (gold article bodies)",
        "rows_used": "all 60 pages (nothing tuned on this set)",
        "metric": "word-4-gram (shingle) precision / recall / F1 per page, averaged over pages",
        "summary": validate_extraction(scores).to_dict("records"),
        "refused": refused[["id", "domain", "html_lang", "gold_language", "refused", "trafilatura_f1"]].to_dict("records"),
        "refused_all_non_english": bool((refused["gold_language"] != "en").all()),
        "pages": scores[["id", "domain", "html_lang", "gold_language", "refused", "f1", "trafilatura_f1"]].to_dict("records"),
    }
