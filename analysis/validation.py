"""How far each measure agrees with human judgement, on public annotated data in ``data/external``.

Every figure is computed here, deterministically, from the copies of the data sets (each folder
has its licence and ``SOURCE.md``). Rule of the split: wherever anything was chosen by looking at a
data set (a threshold, a lexicon entry, a weight), it was chosen on the odd-numbered rows or ids
only, and the figure reported is on the even ones; each figure says which rows it used.

* Sentiment — VADER ground truth (Hutto & Gilbert 2014): Pearson r and 3-class macro-F1 of plain
  VADER 3.3.2 and of our sentence scorer on the NYT editorial snippets (even rows; the news
  supplement was tuned on the odd rows) and on the tweets, beside the paper's VADER figures and
  two human ceilings (one rater against the mean of the others; split-half panels).
* Readability — OneStopEnglish (Vajjala & Lučić 2018): 189 texts at three levels. Per formula, the
  triples ordered Elementary < Intermediate < Advanced (strictly) and Spearman ρ between level and
  score, beside textstat's own Flesch–Kincaid grade. Nothing was tuned on it: all rows are used.
* Generic frames — Narrative Frames Corpus (Frermann et al. 2023), via
  :mod:`analysis.validate_framing`: per frame AUC and F1 at the cut-off chosen on odd ids, per
  question accuracy and Cohen's κ, on even ids, with majority baselines.
* HTML extraction — the Zyte article-extraction benchmark (60 pages): word-4-gram (shingle)
  precision, recall and F1 of our HTML → body step against the gold bodies, beside trafilatura's
  default on the same pages. Nothing was tuned on it.
* Sourcing — :mod:`analysis.validate_sourcing`: precision and recall of attributions on our own
  hand-annotated fixtures (no public quote-attribution data set can be redistributed; in-sample).

:func:`validate_all` returns every figure as one JSON-ready dict; :func:`run_validation` writes
``validation.json`` and renders ``notebooks/validation.ipynb`` to ``validation.html``;
:func:`summary_rows` / :func:`summary_text` / :func:`summary_markdown` give the headline table,
and the ``*_html`` functions the notebook's sections.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import AnalysisError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = PROJECT_ROOT / "data" / "external"
VALIDATION_NOTEBOOK = PROJECT_ROOT / "notebooks" / "validation.ipynb"
LEVELS = ("Elementary", "Intermediate", "Advanced")
FORMULA_NAMES = {
    "textstat_flesch_kincaid_grade": "textstat Flesch–Kincaid Grade (baseline)",
    "flesch_reading_ease": "Flesch Reading Ease",
    "flesch_kincaid_grade": "Flesch–Kincaid Grade",
    "gunning_fog": "Gunning Fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman–Liau",
    "automated_readability_index": "Automated Readability Index",
    "dale_chall": "New Dale–Chall (raw score)",
    "linsear_write": "Linsear Write",
}
#: Hutto & Gilbert 2014, table 3 (2014 code and lexicon, all rows of each corpus): VADER's r with
#: the mean human rating, and that of an individual human rater.
PUBLISHED_VADER_R = {"nyt_editorial": 0.492, "tweet": 0.881}
PUBLISHED_HUMAN_R = {"nyt_editorial": 0.745, "tweet": 0.888}
DATA_FILES = (
    "vader_icwsm2014/vader_ground_truth.csv",
    "onestopenglish/onestopenglish.jsonl",
    "narrative_frames/articles.jsonl",
    "article_extraction_benchmark/ground_truth.jsonl",
)


def _require(path: Path) -> Path:
    if not path.exists():
        raise AnalysisError(f"validation data missing: {path.relative_to(PROJECT_ROOT)} (run from a checkout of the project)")
    return path


# --------------------------------------------------------------------------------------------
# Sentiment


def _agreement_dict(agreement: Any) -> dict[str, Any]:
    return {"pearson_r": agreement.pearson_r, "macro_f1": agreement.macro_f1, "accuracy": agreement.accuracy}


def human_ceiling(ratings: Sequence[Sequence[int]], raters: int = 20) -> dict[str, float]:
    """How well humans agree with each other on the same snippets.

    * ``one_rater_r`` / ``one_rater_macro_f1``: each of the first ``raters`` rating positions
      against the mean of all the other ratings of the snippet (leave one out), averaged over the
      positions — the counterpart of one scorer against the panel mean;
    * ``split_half_r`` / ``split_half_macro_f1``: the mean of alternate raters (1st, 3rd, ...)
      against the mean of the others (2nd, 4th, ...) — two half-panels of about ten raters.

    Labels for macro-F1 are the sign of the rating or mean (> 0 positive, < 0 negative, 0 neutral).
    """
    from analysis.validate_sentiment import _label_human, macro_f1, pearson

    rows = [list(r) for r in ratings if len(r) >= raters]
    rs, f1s = [], []
    for k in range(raters):
        single = [float(r[k]) for r in rows]
        others = [(sum(r) - r[k]) / (len(r) - 1) for r in rows]
        rs.append(pearson(single, others))
        f1s.append(macro_f1([_label_human(o) for o in others], [_label_human(s) for s in single]))
    first = [sum(r[0::2]) / len(r[0::2]) for r in rows]
    second = [sum(r[1::2]) / len(r[1::2]) for r in rows]
    return {
        "one_rater_r": sum(rs) / len(rs),
        "one_rater_macro_f1": sum(f1s) / len(f1s),
        "split_half_r": pearson(first, second),
        "split_half_macro_f1": macro_f1([_label_human(v) for v in first], [_label_human(v) for v in second]),
    }


def validate_sentiment_figures() -> dict[str, Any]:
    """Sentiment figures (see the module docstring); a few seconds, about 25,000 VADER calls."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis import validate_sentiment as vs
    from analysis.sentiment import SUPPLEMENT_DEFAULT, polarity

    path = _require(vs.DEFAULT_DATA)
    held = vs.validate_sentiment(path)
    plain = SentimentIntensityAnalyzer()  # vaderSentiment as published: raw text, its own lexicon
    sets = (
        (
            "nyt_editorial",
            "even NYT rows (2nd, 4th, ... in file order); the supplement was chosen on the odd rows",
            "even NYT rows",
            [(rating, text, ratings) for rating, text, ratings in vs.nyt_rows(path, parity="even")],
        ),
        (
            "tweet",
            "all 4,200 tweets (used only as a no-harm check on the supplement)",
            "all 4,200 tweets (first 20 ratings of each as raters)",
            [(r.rating, r.text, r.ratings) for r in vs._rows(str(path)) if r.corpus == "tweet"],
        ),
    )
    table: list[dict[str, Any]] = []
    for corpus, rows_used, short, rows in sets:
        ratings = [r for r, _, _ in rows]
        texts = [t for _, t, _ in rows]
        scorers = (
            ("plain VADER 3.3.2 (raw text)", [plain.polarity_scores(t)["compound"] for t in texts]),
            ("ours, default (analysis.sentiment.polarity)", [polarity(t)["compound"] for t in texts]),
            ("ours + news supplement (option)", [polarity(t, supplement=True)["compound"] for t in texts]),
        )
        for scorer, compounds in scorers:
            table.append(
                {"corpus": corpus, "rows_used": rows_used, "scorer": scorer, "n": len(rows),
                 **_agreement_dict(vs.agreement(ratings, compounds))}
            )
        names = getattr(held, "nyt_even_names" if corpus == "nyt_editorial" else "tweets_names", None)
        if names is not None:  # the neutral-names option, where the sentiment module has it
            table.append(
                {"corpus": corpus, "rows_used": rows_used, "scorer": "ours + names left unscored (option)", "n": names.rows,
                 **_agreement_dict(names)}
            )
        table.append(
            {"corpus": corpus, "rows_used": "all rows of the corpus (paper, table 3)", "scorer": "VADER as published (2014 code)",
             "n": 5190 if corpus == "nyt_editorial" else 4200, "pearson_r": PUBLISHED_VADER_R[corpus],
             "macro_f1": None, "accuracy": None}
        )
        ceiling = human_ceiling([r for _, _, r in rows])
        table.append(
            {"corpus": corpus, "rows_used": short, "scorer": "one human rater vs the others' mean",
             "n": len(rows), "pearson_r": ceiling["one_rater_r"], "macro_f1": ceiling["one_rater_macro_f1"], "accuracy": None}
        )
        table.append(
            {"corpus": corpus, "rows_used": short, "scorer": "split-half human panels (about 10 vs 10 raters)",
             "n": len(rows), "pearson_r": ceiling["split_half_r"], "macro_f1": ceiling["split_half_macro_f1"], "accuracy": None}
        )
    return {
        "data": "VADER ICWSM-2014 ground truth (Hutto & Gilbert 2014), mean of 20+ human ratings on -4..+4",
        "rule": "compound >= 0.05 positive, <= -0.05 negative, else neutral; human mean > 0 positive, < 0 negative, 0 neutral",
        "table": table,
        "nyt_odd_rows": {
            "rows_used": "odd NYT rows, where the supplement was chosen (in-sample; not a validation figure)",
            "ours_default": _agreement_dict(held.nyt_odd_plain),
            "ours_supplement": _agreement_dict(held.nyt_odd_supplement),
        },
        "supplement": {
            "on_by_default": SUPPLEMENT_DEFAULT,
            "words": held.supplement_words,
            "even_rows_touched": held.even_rows_touched,
            "delta_r_ci95": list(held.nyt_even_delta_r_ci95),
            "wins": held.supplement_wins,
        },
        "published": {"vader_r": PUBLISHED_VADER_R, "individual_human_r": PUBLISHED_HUMAN_R,
                      "source": "Hutto & Gilbert 2014, ICWSM, table 3"},
    }


# --------------------------------------------------------------------------------------------
# Readability


def readability_scores(path: Path | None = None) -> pd.DataFrame:
    """One row per OneStopEnglish text: topic, level, level_code, known_issue, and every formula
    (our scores) plus ``textstat_flesch_kincaid_grade`` (textstat alone, for comparison)."""
    import textstat

    from analysis.article import load_article
    from analysis.readability import analyze_readability

    source = _require(path or EXTERNAL / "onestopenglish" / "onestopenglish.jsonl")
    rows = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            # The texts carry no headline: every line is body.
            article = load_article(record["text"], headline="")
            result = analyze_readability(article)
            row = {
                "topic": record["topic"],
                "level": record["level"],
                "level_code": record["level_code"],
                "known_issue": bool(record.get("known_issue")),
                "textstat_flesch_kincaid_grade": textstat.flesch_kincaid_grade(record["text"]),
            }
            row.update({s.key: s.value for s in result.scores})
            rows.append(row)
    return pd.DataFrame(rows)


def validate_readability(scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per formula: strictly ordered triples (all 189, and the 186 without known issues) and
    Spearman ρ between level code and score over all texts. For Reading Ease, where higher means
    easier, the order counted is Elementary > Intermediate > Advanced (and ρ is of −score)."""
    scores = readability_scores() if scores is None else scores
    formulas = [c for c in scores.columns if c not in ("topic", "level", "level_code", "known_issue")]
    rows = []
    for formula in formulas:
        sign = -1 if formula == "flesch_reading_ease" else 1
        wide = scores.pivot(index="topic", columns="level", values=formula)[list(LEVELS)] * sign
        issues = scores.groupby("topic")["known_issue"].any()
        ordered = (wide["Elementary"] < wide["Intermediate"]) & (wide["Intermediate"] < wide["Advanced"])
        # Spearman's rho is Pearson's r on ranks (average ranks for ties), without scipy.
        rho = scores["level_code"].rank().corr((scores[formula] * sign).rank())
        rows.append(
            {
                "formula": formula,
                "name": FORMULA_NAMES.get(formula, formula),
                "ordered_triples": int(ordered.sum()),
                "triples": len(ordered),
                "ordered_clean": int(ordered[~issues.reindex(ordered.index)].sum()),
                "clean_triples": int((~issues).sum()),
                "spearman_rho": float(rho),
                "rows_used": "all 567 texts (nothing tuned on this set)",
            }
        )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------
# HTML extraction


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = text.split()
    return Counter(tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1)))


def shingle_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Word-4-gram precision, recall and F1 (multiset overlap), as in the Zyte benchmark."""
    ours, theirs = _shingles(predicted), _shingles(gold)
    overlap = sum((ours & theirs).values())
    precision = overlap / sum(ours.values()) if ours else 0.0
    recall = overlap / sum(theirs.values()) if theirs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


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

    from analysis.article import load_article

    folder = _require(folder or EXTERNAL / "article_extraction_benchmark")
    rows = []
    with (folder / "ground_truth.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            html = gzip.decompress((folder / record["html_file"]).read_bytes())
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


# --------------------------------------------------------------------------------------------
# Generic frames: the coders' own agreement


def coder_agreement(parity: str = "even", min_shared: int = 20) -> dict[str, dict[str, Any]]:
    """Per corpus question, how far the corpus' coders agree with each other (the human reference
    for our per-question κ): Cohen's κ of every pair of annotators (positions 1-4 of
    ``raw_annotations``) over the ``parity`` ids both answered yes/no, averaged with weights by
    the number of shared articles (pairs sharing fewer than ``min_shared`` are left out)."""
    import numpy as np

    from analysis.validate_framing import cohen_kappa, load_records

    records = [r for r in load_records() if (r["id"] % 2 == 1) == (parity == "odd")]
    out: dict[str, dict[str, Any]] = {}
    for question in sorted(records[0]["raw_annotations"]):
        weighted, shared_total, pairs = 0.0, 0, 0
        for a in range(4):
            for b in range(a + 1, 4):
                both = [
                    (r["raw_annotations"][question][a], r["raw_annotations"][question][b])
                    for r in records
                    if r["raw_annotations"][question][a] in ("yes", "no") and r["raw_annotations"][question][b] in ("yes", "no")
                ]
                if len(both) < min_shared:
                    continue
                kappa = cohen_kappa(np.array([x == "yes" for x, _ in both]), np.array([y == "yes" for _, y in both]))
                weighted += kappa * len(both)
                shared_total += len(both)
                pairs += 1
        out[question] = {"kappa": weighted / shared_total if shared_total else None, "pairs": pairs, "shared": shared_total}
    return out


# --------------------------------------------------------------------------------------------
# All figures


def _data_digests() -> dict[str, str]:
    return {name: hashlib.sha256(_require(EXTERNAL / name).read_bytes()).hexdigest() for name in DATA_FILES}


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for package in ("news-framing-analysis", "vaderSentiment", "textstat", "trafilatura", "pandas", "numpy"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = "not installed"
    return out


def validate_all() -> dict[str, Any]:
    """Every validation figure, as a JSON-ready dict (see README "How valid are these measures?").

    Keys: ``provenance`` (data digests, versions, the split rule), ``sentiment``, ``readability``,
    ``framing``, ``extraction``, ``sourcing``. About 15 s on one core.
    """
    from analysis import validate_framing, validate_sourcing
    from analysis._json import to_jsonable

    readability = validate_readability()
    framing = validate_framing.validation_summary()
    coders = coder_agreement("even")
    for question in framing["questions"]:
        question["coder_kappa"] = coders.get(question["question"], {}).get("kappa")
    framing["coder_agreement"] = coders
    framing["rows_used"] = (
        "cue words and thresholds chosen on odd ids (203 articles); figures on the 225 even ids; a question "
        "is scored only where the coders agreed"
    )
    figures: dict[str, Any] = {
        "provenance": {
            "split_rule": "anything chosen by looking at a data set was chosen on odd rows/ids only; figures are on even ones",
            "data_sha256": _data_digests(),
            "versions": _versions(),
        },
        "sentiment": validate_sentiment_figures(),
        "readability": {
            "data": "OneStopEnglish (Vajjala & Lučić 2018): 189 texts, each at Elementary, Intermediate and Advanced",
            "rows_used": "all 567 texts (nothing tuned on this set)",
            "formulas": readability.to_dict("records"),
        },
        "framing": framing,
        "extraction": extraction_figures(),
        "sourcing": validate_sourcing.validation_summary(),
        # Written and annotated without running or reading the tool, never used to change a rule.
        "sourcing_blind": validate_sourcing.validation_summary(validate_sourcing.BLIND_FIXTURES),
    }
    return to_jsonable(figures)


def run_validation(output_dir: Path) -> dict[str, Any]:
    """Compute every figure, write ``output_dir/validation.json`` (deterministic) and render
    ``notebooks/validation.ipynb`` to ``output_dir/validation.html``. Prints nothing; returns the
    figures (as written to the JSON)."""
    from analysis.report import render_notebook

    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    figures = validate_all()
    (output_dir / "validation.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    render_notebook(
        VALIDATION_NOTEBOOK,
        {},
        output_dir / "validation.html",
        "Validation: how far each measure agrees with human judgement",
    )
    return figures


# --------------------------------------------------------------------------------------------
# The headline table


def _f(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _sentiment_row(figures: dict[str, Any], corpus: str, scorer_prefix: str) -> dict[str, Any]:
    return next(r for r in figures["sentiment"]["table"] if r["corpus"] == corpus and r["scorer"].startswith(scorer_prefix))


def summary_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    """The headline table: one row per figure, with the rows used, ours, and the baselines beside it."""
    rows: list[dict[str, str]] = []
    for corpus, label, rows_used in (
        ("nyt_editorial", "NYT editorial snippets", "even rows (2,595)"),
        ("tweet", "tweets", "all 4,200"),
    ):
        ours = _sentiment_row(figures, corpus, "ours, default")
        plain = _sentiment_row(figures, corpus, "plain VADER")
        one = _sentiment_row(figures, corpus, "one human")
        half = _sentiment_row(figures, corpus, "split-half")
        rows.append({
            "measure": "Sentiment", "data": f"{label}, {rows_used}", "figure": "Pearson r with mean rating",
            "ours": _f(ours["pearson_r"]),
            "baseline": f"plain VADER {_f(plain['pearson_r'])}; paper's VADER {PUBLISHED_VADER_R[corpus]:.3f}",
            "humans": f"one rater {_f(one['pearson_r'])} (paper {PUBLISHED_HUMAN_R[corpus]:.3f}); split-half {_f(half['pearson_r'])}",
        })
        rows.append({
            "measure": "Sentiment", "data": f"{label}, {rows_used}", "figure": "3-class macro-F1",
            "ours": _f(ours["macro_f1"]), "baseline": f"plain VADER {_f(plain['macro_f1'])}",
            "humans": f"one rater {_f(one['macro_f1'])}; split-half {_f(half['macro_f1'])}",
        })
    formulas = {r["formula"]: r for r in figures["readability"]["formulas"]}
    textstat_fk = formulas["textstat_flesch_kincaid_grade"]
    ours_fk = formulas["flesch_kincaid_grade"]
    others = [r for k, r in formulas.items() if k not in ("textstat_flesch_kincaid_grade",)]
    rows.append({
        "measure": "Readability", "data": "OneStopEnglish, all 189 triples", "figure": "strict Elem < Int < Adv triples (FK grade)",
        "ours": f"{ours_fk['ordered_triples']}/189", "baseline": f"textstat FK grade {textstat_fk['ordered_triples']}/189",
        "humans": f"other formulas {min(r['ordered_triples'] for r in others)}–{max(r['ordered_triples'] for r in others)}/189",
    })
    rows.append({
        "measure": "Readability", "data": "OneStopEnglish, all 567 texts", "figure": "Spearman ρ, level vs FK grade",
        "ours": _f(ours_fk["spearman_rho"]), "baseline": f"textstat FK grade {_f(textstat_fk['spearman_rho'])}",
        "humans": f"other formulas {_f(min(r['spearman_rho'] for r in others))}–{_f(max(r['spearman_rho'] for r in others))}",
    })
    frames = figures["framing"]["frames"]
    rows.append({
        "measure": "Generic frames", "data": "Narrative Frames, even ids (225)", "figure": "AUC per frame (CO / EC / HI / MO)",
        "ours": " / ".join(_f(f["auc"], 2) for f in frames), "baseline": "chance 0.50",
        "humans": "coders' labels are the reference",
    })
    rows.append({
        "measure": "Generic frames", "data": "Narrative Frames, even ids (225)", "figure": "F1 at odd-id cut-off (CO / EC / HI / MO)",
        "ours": " / ".join(_f(f["f1"], 2) for f in frames),
        "baseline": "majority " + " / ".join(_f(f["baseline_f1"], 2) for f in frames)
        + "; always yes " + " / ".join(_f(f["always_yes_f1"], 2) for f in frames),
        "humans": "",
    })
    questions = [q for q in figures["framing"]["questions"] if "|" not in q["item"]]
    kappas = sorted(q["kappa"] for q in questions)
    coder_kappas = sorted({q["question"]: q["coder_kappa"] for q in questions if q.get("coder_kappa") is not None}.values())
    beat = sum(q["accuracy"] > q["baseline_accuracy"] for q in questions)
    rows.append({
        "measure": "Frame questions", "data": "Narrative Frames, even ids, coders agreed",
        "figure": f"Cohen's κ over {len(questions)} items",
        "ours": f"median {_f(kappas[len(kappas) // 2], 2)} (range {_f(kappas[0], 2)} to {_f(kappas[-1], 2)})",
        "baseline": f"majority κ 0; accuracy above majority on {beat} of {len(questions)}",
        "humans": f"coder vs coder: median {_f(coder_kappas[len(coder_kappas) // 2], 2)} "
        f"(range {_f(coder_kappas[0], 2)} to {_f(coder_kappas[-1], 2)}; {len(coder_kappas)} questions, all articles "
        "they coded)" if coder_kappas else "",
    })
    extraction = {(r["pages"].split(" ")[0], r["system"].split(" ")[0]): r for r in figures["extraction"]["summary"]}
    n_refused = len(figures["extraction"]["refused"])
    english_key = next(k for k in extraction if k[0] != "all")
    rows.append({
        "measure": "HTML extraction", "data": "Zyte benchmark, all 60 pages", "figure": "mean word-4-gram F1",
        "ours": _f(extraction[("all", "ours")]["f1"]), "baseline": f"trafilatura default {_f(extraction[('all', 'trafilatura')]['f1'])}",
        "humans": f"we refuse {n_refused} non-English pages (F1 0)",
    })
    rows.append({
        "measure": "HTML extraction", "data": f"Zyte benchmark, {extraction[(english_key[0], 'ours')]['n']} English pages",
        "figure": "mean word-4-gram F1",
        "ours": _f(extraction[(english_key[0], "ours")]["f1"]),
        "baseline": f"trafilatura default {_f(extraction[(english_key[0], 'trafilatura')]['f1'])}", "humans": "",
    })
    s = figures["sourcing"]
    first = s["held_out_first_runs"]
    rows.append({
        "measure": "Sourcing", "data": f"own fixtures, all {s['fixtures']} ({s['expected']} attributions; in-sample)",
        "figure": "attribution precision / recall",
        "ours": f"{_f(s['precision'], 2)} / {_f(s['recall'], 2)}", "baseline": "no public data set",
        "humans": "upper bound: every fixture is development data",
    })
    rows.append({
        "measure": "Sourcing", "data": f"own fixtures 10–21, first runs ({first['expected']} attributions; held out)",
        "figure": "attribution precision / recall",
        "ours": f"{_f(first['precision'], 2)} / {_f(first['recall'], 2)}", "baseline": "no public data set",
        "humans": "recorded before the rules were fixed on them",
    })
    blind = figures["sourcing_blind"]
    rows.append({
        "measure": "Sourcing",
        "data": f"blind fixtures, {blind['fixtures']} articles ({blind['expected']} attributions; never used to change rules)",
        "figure": "attribution precision / recall",
        "ours": f"{_f(blind['precision'], 2)} / {_f(blind['recall'], 2)}", "baseline": "no public data set",
        "humans": f"source type {_f(_field(blind, 'speaker_type'), 2)}, official {_f(_field(blind, 'official'), 2)}, "
                  f"side {_f(_field(blind, 'affiliation'), 2)} (accuracy per source)",
    })
    return rows


def _field(summary: dict[str, Any], name: str) -> float:
    return next(r["accuracy"] for r in summary["source_fields"] if r["field"] == name)


SUMMARY_HEADER = ("Measure", "Data, rows used", "Figure", "Ours", "Baseline", "Humans / other")
_SUMMARY_KEYS = ("measure", "data", "figure", "ours", "baseline", "humans")


def summary_text(figures: dict[str, Any]) -> str:
    """The headline table as aligned plain text (for the command line)."""
    lines = [list(SUMMARY_HEADER)] + [[r[k] for k in _SUMMARY_KEYS] for r in summary_rows(figures)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(SUMMARY_HEADER))]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def summary_markdown(figures: dict[str, Any]) -> str:
    """The headline table as a Markdown table (for the README)."""
    lines = ["| " + " | ".join(SUMMARY_HEADER) + " |", "|" + "---|" * len(SUMMARY_HEADER)]
    lines += ["| " + " | ".join(r[k].replace("|", "\\|") for k in _SUMMARY_KEYS) + " |" for r in summary_rows(figures)]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Notebook sections (presentation only: HTML from the figures)


def summary_html(figures: dict[str, Any]) -> str:
    from analysis.report_html import table

    return table(SUMMARY_HEADER, [[r[k] for k in _SUMMARY_KEYS] for r in summary_rows(figures)])


def sentiment_html(figures: dict[str, Any]) -> str:
    from analysis.plots import NEUTRAL, PALETTE, horizontal_bars
    from analysis.report_html import chart, esc, table

    sentiment = figures["sentiment"]
    rows = [
        (r["corpus"], r["scorer"], r["n"], _f(r["pearson_r"]), _f(r["macro_f1"]), _f(r["accuracy"]), r["rows_used"])
        for r in sentiment["table"]
    ]
    nyt = [r for r in sentiment["table"] if r["corpus"] == "nyt_editorial"]
    short = {"plain VADER": ("plain VADER", PALETTE[1]), "ours, default": ("ours (default)", PALETTE[0]),
             "ours + news": ("ours + supplement", PALETTE[5]), "ours + names": ("ours + names unscored", PALETTE[5]),
             "VADER as": ("VADER, paper (all rows)", NEUTRAL), "one human": ("one human rater", PALETTE[2]),
             "split-half": ("split-half panels", PALETTE[2])}
    styles = [next(v for k, v in short.items() if r["scorer"].startswith(k)) for r in nyt]
    colours = [c for _, c in styles]
    svg = horizontal_bars(
        [label for label, _ in styles],
        [r["pearson_r"] for r in nyt],
        title="NYT snippets: r with the mean rating",
        xlabel="Pearson r (even rows; the paper's figure on all rows)",
        colors=colours,
        value_format="{:.3f}",
        xlim=(0.0, 1.1),
    )
    odd = sentiment["nyt_odd_rows"]
    sup = sentiment["supplement"]
    note = (
        f"<p class=\"muted\">{esc(sentiment['rule'])}. On the odd NYT rows, where the supplement was chosen, ours scores "
        f"r {_f(odd['ours_default']['pearson_r'])} and with the supplement {_f(odd['ours_supplement']['pearson_r'])} "
        f"(in-sample, not a validation figure). The supplement ({sup['words']} words) touches {sup['even_rows_touched']} "
        f"even rows; the 95 % bootstrap interval of its r gain is {_f(sup['delta_r_ci95'][0])} to {_f(sup['delta_r_ci95'][1])}, "
        f"so it is {'on' if sup['on_by_default'] else 'off'} by default. Published figures: {esc(sentiment['published']['source'])}.</p>"
    )
    return (
        table(["corpus", "scorer", "rows", "Pearson r", "macro-F1", "accuracy", "rows used"], rows, numeric=(2, 3, 4, 5))
        + chart(svg)
        + note
    )


def readability_html(figures: dict[str, Any]) -> str:
    from analysis.plots import PALETTE, horizontal_bars
    from analysis.report_html import chart, table

    formulas = figures["readability"]["formulas"]
    rows = [
        (r["name"], f"{r['ordered_triples']}/{r['triples']}", f"{r['ordered_clean']}/{r['clean_triples']}", _f(r["spearman_rho"]))
        for r in formulas
    ]
    colours = [PALETTE[1] if r["formula"].startswith("textstat") else PALETTE[0] for r in formulas]
    labels = [r["name"].replace(" (baseline)", "").replace(" (raw score)", "") for r in formulas]
    triples = horizontal_bars(
        labels,
        [float(r["ordered_triples"]) for r in formulas],
        title="Triples strictly in order (of 189)",
        xlabel="Elementary < Intermediate < Advanced (axis starts at 150)",
        colors=colours,
        value_format="{:.0f}",
        xlim=(150.0, 195.0),
    )
    rho = horizontal_bars(
        labels,
        [r["spearman_rho"] for r in formulas],
        title="Spearman ρ, level vs score",
        xlabel="Spearman ρ over 567 texts (Reading Ease negated)",
        colors=colours,
        value_format="{:.3f}",
        xlim=(0.0, 1.0),
    )
    return (
        table(["formula", "strict triples (all)", "strict triples (without the 3 mis-filed)", "Spearman ρ"], rows, numeric=(1, 2, 3))
        + chart(triples)
        + chart(rho)
    )


def framing_html(figures: dict[str, Any]) -> str:
    from analysis.plots import PALETTE, horizontal_bars
    from analysis.report_html import chart, table

    framing = figures["framing"]
    frames = table(
        ["frame (label)", "share yes", "AUC", "cut (odd ids)", "F1", "majority F1", "always-yes F1", "accuracy (majority)"],
        [
            (f"{f['frame']} ({f['label']})", _f(f["prevalence"], 2), _f(f["auc"]), _f(f["cut"], 2), _f(f["f1"]),
             _f(f["baseline_f1"]), _f(f["always_yes_f1"]), f"{_f(f['accuracy'])} ({_f(f['baseline_accuracy'])})")
            for f in framing["frames"]
        ],
        numeric=tuple(range(1, 8)),
    )
    auc = horizontal_bars(
        [f["frame"] for f in framing["frames"]],
        [f["auc"] for f in framing["frames"]],
        title="Frame AUC, even ids",
        xlabel="ROC AUC",
        reference=(0.0, 0.5),
        reference_label="chance (AUC 0.5) or worse",
        value_format="{:.3f}",
        xlim=(0.0, 1.0),
    )
    questions = framing["questions"]
    q_table = table(
        ["our item ~ question", "n agreed (left out)", "yes: coders / ours", "accuracy", "κ", "coders' κ", "majority: answer, accuracy",
         "threshold"],
        [
            (f"{q['item']} ~ {q['question']}", f"{q['n']} ({q['n_excluded']})",
             f"{_f(q['prevalence_yes'], 2)} / {_f(q['predicted_yes'], 2)}",
             _f(q["accuracy"]), _f(q["kappa"]), _f(q.get("coder_kappa")), f"{q['baseline_answer']}, {_f(q['baseline_accuracy'])}",
             "" if q["threshold"] is None else q["threshold"])
            for q in questions
        ],
        numeric=(1, 2, 3, 4, 5, 7),
    )
    kappa = horizontal_bars(
        [f"{q['item']} ~ {q['question']}" for q in questions],
        [q["kappa"] for q in questions],
        title="Cohen's κ per question, even ids",
        xlabel="Cohen's κ (majority baseline: 0)",
        colors=[PALETTE[0] if q["kappa"] >= 0.2 else PALETTE[3] for q in questions],
        value_format="{:.2f}",
        xlim=(-0.1, 1.0),
    )
    return frames + chart(auc) + "<h3>Per question</h3>" + q_table + chart(kappa)


def extraction_html(figures: dict[str, Any]) -> str:
    from analysis.plots import PALETTE, horizontal_bars
    from analysis.report_html import chart, table

    extraction = figures["extraction"]
    summary = table(
        ["pages", "system", "n", "precision", "recall", "F1", "refused"],
        [(r["pages"], r["system"], r["n"], _f(r["precision"]), _f(r["recall"]), _f(r["f1"]), r["refused"]) for r in extraction["summary"]],
        numeric=(2, 3, 4, 5, 6),
    )
    refused = table(
        ["page id", "domain", "<html lang>", "language of the gold body", "refused as", "trafilatura F1"],
        [(r["id"][:12], r["domain"], r["html_lang"] or "(none)", r["gold_language"], r["refused"], _f(r["trafilatura_f1"]))
         for r in extraction["refused"]],
        numeric=(5,),
    )
    svg = horizontal_bars(
        [f"{r['system'].split(' (')[0].replace(' 2.3.1', '')}, {r['pages'].replace(' with an English gold body', ' in English')}"
         for r in extraction["summary"]],
        [r["f1"] for r in extraction["summary"]],
        title="Mean word-4-gram F1",
        xlabel="mean F1 per page",
        colors=[PALETTE[0] if r["system"].startswith("ours") else PALETTE[1] for r in extraction["summary"]],
        value_format="{:.3f}",
        xlim=(0.0, 1.12),
    )
    return summary + chart(svg) + "<h3>Pages we refuse</h3>" + refused


def sourcing_html(figures: dict[str, Any]) -> str:
    from analysis.report_html import esc, table

    s = figures["sourcing"]
    overall = table(
        ["fixtures", "expected", "found", "matched", "precision", "recall", "F1", "speaker span exact", "cue exact"],
        [(s["fixtures"], s["expected"], s["found"], s["matched"], _f(s["precision"]), _f(s["recall"]), _f(s["f1"]),
          _f(s["speaker_span_exact"]), _f(s["cue_exact"]))],
        numeric=tuple(range(9)),
    )
    by_type = table(
        ["quote type", "expected", "found", "matched", "precision", "recall"],
        [(r["quote_type"], r["expected"], r["found"], r["matched"], _f(r["precision"]), _f(r["recall"])) for r in s["by_quote_type"]],
        numeric=(1, 2, 3, 4, 5),
    )
    fields = table(
        ["source field", "correct", "sources", "accuracy"],
        [(r["field"], r["correct"], r["sources"], _f(r["accuracy"])) for r in s["source_fields"]],
        numeric=(1, 2, 3),
    )
    first = s["held_out_first_runs"]
    blind = figures["sourcing_blind"]
    held = table(
        ["rows", "expected", "found", "matched", "precision", "recall"],
        [
            ("all fixtures now (in-sample)", s["expected"], s["found"], s["matched"], _f(s["precision"]), _f(s["recall"])),
            ("fixtures 10–21, first runs (held out; recorded)", first["expected"], first["found"], first["matched"],
             _f(first["precision"]), _f(first["recall"])),
            ("blind set (written and annotated without the tool; never used to change rules)", blind["expected"],
             blind["found"], blind["matched"], _f(blind["precision"]), _f(blind["recall"])),
        ],
        numeric=(1, 2, 3, 4, 5),
    )
    return (
        f"<p class=\"muted\">{esc(s['rows_used'])}. Held out: {esc(first['rows_used'])}.</p>"
        + held
        + "<h3>All fixtures, in detail</h3>"
        + overall
        + by_type
        + fields
        + "<h3>Blind set, source fields</h3>"
        + table(
            ["source field", "correct", "sources", "accuracy"],
            [(r["field"], r["correct"], r["sources"], _f(r["accuracy"])) for r in blind["source_fields"]],
            numeric=(1, 2, 3),
        )
    )


def provenance_html(figures: dict[str, Any]) -> str:
    from analysis.report_html import table

    p = figures["provenance"]
    return (
        table(["data file (data/external/)", "sha256 (first 16 hex digits; in full in the JSON)"],
              [(name, digest[:16]) for name, digest in sorted(p["data_sha256"].items())])
        + table(["package", "version"], sorted(p["versions"].items()))
    )
