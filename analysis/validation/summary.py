"""How far each measure agrees with human judgement, on public annotated data in ``data/external``.

Every figure is computed by the validators of this package, deterministically, from the copies of
the data sets (each folder has its licence and ``SOURCE.md``). Rule of the split: wherever anything was chosen by looking at a
data set (a threshold, a lexicon entry, a weight), it was chosen on the odd-numbered rows or ids
only, and the figure reported is on the even ones; each figure says which rows it used.

* Sentiment — VADER ground truth (Hutto & Gilbert 2014), via :mod:`analysis.validation.sentiment`:
  Pearson r and 3-class macro-F1 of plain VADER 3.3.2 and of our sentence scorer on the NYT
  editorial snippets (even rows; the news supplement was tuned on the odd rows) and on the tweets,
  beside the paper's VADER figures and two human ceilings (one rater against the mean of the
  others; split-half panels).
* Readability — OneStopEnglish (Vajjala & Lučić 2018), via :mod:`analysis.validation.readability`:
  189 texts at three levels. Per formula, the triples ordered Elementary < Intermediate < Advanced
  (strictly) and Spearman ρ between level and score, beside textstat's own Flesch–Kincaid grade.
  Nothing was tuned on it: all rows are used.
* Generic frames — Narrative Frames Corpus (Frermann et al. 2023), via
  :mod:`analysis.validation.framing`: per frame AUC and F1 at the cut-off chosen on odd ids, per
  question accuracy and Cohen's κ, on even ids, with majority baselines.
* HTML extraction — the Zyte article-extraction benchmark (60 pages), via
  :mod:`analysis.validation.extraction`: word-4-gram (shingle) precision, recall and F1 of our
  HTML → body step against the gold bodies, beside trafilatura's default on the same pages.
  Nothing was tuned on it.
* Policy frames — :mod:`analysis.validation.policy_frames`: the primary policy frame of single
  news sentences against one blind coder (Policy Frames Codebook folded into nine families +
  other): macro-F1 and accuracy on the development four fifths (rules and cues were changed by
  looking at them) and on the blind fifth (scored once, never used to change a rule).
* Sourcing — :mod:`analysis.validation.sourcing`: precision and recall of attributions on our own
  hand-annotated fixtures (no public quote-attribution data set can be redistributed; in-sample).

:func:`validate_all` returns every figure as one JSON-ready dict; :func:`run_validation` writes
``validation.json`` and renders ``notebooks/validation.ipynb`` to ``validation.html``;
:func:`summary_rows` / :func:`summary_text` / :func:`summary_markdown` give the headline table;
the notebook's sections are rendered by :mod:`analysis.report.validation_page`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from analysis._json import to_jsonable
from analysis.validation.datasets import EXTERNAL, PROJECT_ROOT, require
from analysis.validation.extraction import extraction_figures
from analysis.validation.framing import coder_agreement
from analysis.validation.framing import validation_summary as framing_summary
from analysis.validation.policy_frames import EIGHTH_SET as POLICY_EIGHTH
from analysis.validation.policy_frames import FIFTH_SET as POLICY_FIFTH
from analysis.validation.policy_frames import FIXTURES as POLICY_FIXTURES
from analysis.validation.policy_frames import FOURTH_SET as POLICY_FOURTH
from analysis.validation.policy_frames import NINTH_SET as POLICY_NINTH
from analysis.validation.policy_frames import SECOND_SET as POLICY_SECOND
from analysis.validation.policy_frames import SEVENTH_SET as POLICY_SEVENTH
from analysis.validation.policy_frames import SIXTH_SET as POLICY_SIXTH
from analysis.validation.policy_frames import TENTH_SET as POLICY_TENTH
from analysis.validation.policy_frames import THIRD_SET as POLICY_THIRD
from analysis.validation.policy_frames import coder_agreement as policy_coder_agreement
from analysis.validation.policy_frames import validate_policy_frames
from analysis.validation.readability import validate_readability
from analysis.validation.sentiment import PUBLISHED_HUMAN_R, PUBLISHED_VADER_R, validate_sentiment_figures
from analysis.validation.sourcing import BLIND_FIXTURES
from analysis.validation.sourcing import validation_summary as sourcing_summary
from analysis.validation.sourcing_real import POLNEAR_RECORDED, validate_real_news
from analysis.validation.target_tone import validation_summary as target_tone_summary

VALIDATION_NOTEBOOK = PROJECT_ROOT / "notebooks" / "validation.ipynb"
DATA_FILES = (
    "vader_icwsm2014/vader_ground_truth.csv",
    "onestopenglish/onestopenglish.jsonl",
    "narrative_frames/articles.jsonl",
    "article_extraction_benchmark/ground_truth.jsonl",
    "newsmtsc/dev.jsonl",
    "newsmtsc/train.jsonl",
)


# --------------------------------------------------------------------------------------------
# All figures


def _data_digests() -> dict[str, str]:
    return {name: hashlib.sha256(require(EXTERNAL / name).read_bytes()).hexdigest() for name in DATA_FILES}


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
    readability = validate_readability()
    framing = framing_summary()
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
        "policy_frames": _policy_frames("development"),
        # Scored blind at two stops, then development data (round 4): kept apart for the history.
        "policy_frames_blind": _policy_frames("blind"),
        # The second set: coded blind, scored once (lexicon v4), development data since v5.
        "policy_frames_second": _policy_frames("all", POLICY_SECOND),
        # The third set: coded blind while v5 was written, scored once after it.
        "policy_frames_third": _policy_frames("all", POLICY_THIRD),
        # The fourth set: coded blind after the learned-model trial (round 6), scored once.
        "policy_frames_fourth": _policy_frames("all", POLICY_FOURTH),
        # The fifth set (US political news, round 10): its development part (lexicon v6 was written on
        # it), and its blind part once the lead adds its labels (empty until then).
        "policy_frames_fifth": _policy_frames("development", POLICY_FIFTH),
        "policy_frames_fifth_blind": _policy_frames("blind", POLICY_FIFTH),
        # The sixth set (news on public affairs, round 12): coded blind, scored once with lexicon v6,
        # development data for v7 (round 13).
        "policy_frames_sixth": _policy_frames("all", POLICY_SIXTH),
        # The seventh set (round 13): coded blind at the round's start, scored once with lexicon v7.
        "policy_frames_seventh": _policy_frames("all", POLICY_SEVENTH),
        # The eighth set (round 19): coded blind at the round's start, scored once with lexicon 7.1.
        "policy_frames_eighth": _policy_frames("all", POLICY_EIGHTH),
        # The ninth set (round 20): coded blind at the round's start, scored once with lexicon 7.2;
        # development data for 7.3 (round 21).
        "policy_frames_ninth": _policy_frames("all", POLICY_NINTH),
        # The tenth set (round 21): coded blind at the round's start, scored once with lexicon 7.3.
        "policy_frames_tenth": _policy_frames("all", POLICY_TENTH),
        "sourcing": sourcing_summary(),
        # Written and annotated without running or reading the tool, never used to change a rule.
        "sourcing_blind": sourcing_summary(BLIND_FIXTURES),
        # Real news of other kinds, coded blind; the PolNeAR rule (analysis/validation/sourcing_real.py).
        "sourcing_real_news": validate_real_news(),
        "sourcing_polnear": POLNEAR_RECORDED,
        "target_tone": target_tone_summary(),
    }
    return to_jsonable(figures)


def _policy_frames(part: str, folder: Path = POLICY_FIXTURES) -> dict[str, Any]:
    parted = not (folder / "labels.jsonl").is_file()  # a set whose items name their part (the fifth)
    if parted and not (folder / f"labels_{part}.jsonl").is_file():
        return {}
    figures = validate_policy_frames(part, folder)
    figures.pop("errors")  # the sentences are in the fixture; the disagreements are recomputable
    second_coder = policy_coder_agreement(folder) if part == "all" else None
    if second_coder is not None:
        figures["second_coder"] = second_coder
    return figures


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


def fmt(value: float | None, digits: int = 3) -> str:
    """A figure as table text: ``digits`` decimals, or ``–`` when there is none."""
    return "–" if value is None else f"{value:.{digits}f}"


def _sentiment_row(figures: dict[str, Any], corpus: str, scorer_prefix: str) -> dict[str, Any]:
    return next(r for r in figures["sentiment"]["table"] if r["corpus"] == corpus and r["scorer"].startswith(scorer_prefix))


def summary_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    """The headline table: one row per figure, with the rows used, ours, and the baselines beside it."""
    return [
        *_sentiment_rows(figures),
        *_readability_rows(figures),
        *_framing_rows(figures),
        *_extraction_rows(figures),
        *_policy_rows(figures),
        *_sourcing_rows(figures),
        *_target_tone_rows(figures),
    ]


def _sentiment_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
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
            "ours": fmt(ours["pearson_r"]),
            "baseline": f"plain VADER {fmt(plain['pearson_r'])}; paper's VADER {PUBLISHED_VADER_R[corpus]:.3f}",
            "humans": f"one rater {fmt(one['pearson_r'])} (paper {PUBLISHED_HUMAN_R[corpus]:.3f}); split-half {fmt(half['pearson_r'])}",
        })
        rows.append({
            "measure": "Sentiment", "data": f"{label}, {rows_used}", "figure": "3-class macro-F1",
            "ours": fmt(ours["macro_f1"]), "baseline": f"plain VADER {fmt(plain['macro_f1'])}",
            "humans": f"one rater {fmt(one['macro_f1'])}; split-half {fmt(half['macro_f1'])}",
        })
    return rows


def _readability_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
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
        "ours": fmt(ours_fk["spearman_rho"]), "baseline": f"textstat FK grade {fmt(textstat_fk['spearman_rho'])}",
        "humans": f"other formulas {fmt(min(r['spearman_rho'] for r in others))}–{fmt(max(r['spearman_rho'] for r in others))}",
    })
    return rows


def _framing_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    frames = figures["framing"]["frames"]
    rows.append({
        "measure": "Generic frames", "data": "Narrative Frames, even ids (225)", "figure": "AUC per frame (CO / EC / HI / MO)",
        "ours": " / ".join(fmt(f["auc"], 2) for f in frames), "baseline": "chance 0.50",
        "humans": "coders' labels are the reference",
    })
    rows.append({
        "measure": "Generic frames", "data": "Narrative Frames, even ids (225)",
        "figure": "AUC of strength per frame (CO / EC / HI / MO)",
        "ours": " / ".join(fmt(f.get("auc_strength"), 2) for f in frames), "baseline": "chance 0.50",
        "humans": "weights fitted on odd ids",
    })
    rows.append({
        "measure": "Generic frames", "data": "Narrative Frames, even ids (225)", "figure": "F1 at odd-id cut-off (CO / EC / HI / MO)",
        "ours": " / ".join(fmt(f["f1"], 2) for f in frames),
        "baseline": "majority " + " / ".join(fmt(f["baseline_f1"], 2) for f in frames)
        + "; always yes " + " / ".join(fmt(f["always_yes_f1"], 2) for f in frames),
        "humans": "",
    })
    questions = [q for q in figures["framing"]["questions"] if "|" not in q["item"]]
    kappas = sorted(q["kappa"] for q in questions)
    coder_kappas = sorted({q["question"]: q["coder_kappa"] for q in questions if q.get("coder_kappa") is not None}.values())
    beat = sum(q["accuracy"] > q["baseline_accuracy"] for q in questions)
    rows.append({
        "measure": "Frame questions", "data": "Narrative Frames, even ids, coders agreed",
        "figure": f"Cohen's κ over {len(questions)} items",
        "ours": f"median {fmt(kappas[len(kappas) // 2], 2)} (range {fmt(kappas[0], 2)} to {fmt(kappas[-1], 2)})",
        "baseline": f"majority κ 0; accuracy above majority on {beat} of {len(questions)}",
        "humans": f"coder vs coder: median {fmt(coder_kappas[len(coder_kappas) // 2], 2)} "
        f"(range {fmt(coder_kappas[0], 2)} to {fmt(coder_kappas[-1], 2)}; {len(coder_kappas)} questions, all articles "
        "they coded)" if coder_kappas else "",
    })
    return rows


def _extraction_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    extraction = {(r["pages"].split(" ")[0], r["system"].split(" ")[0]): r for r in figures["extraction"]["summary"]}
    n_refused = len(figures["extraction"]["refused"])
    english_key = next(k for k in extraction if k[0] != "all")
    rows.append({
        "measure": "HTML extraction", "data": "Zyte benchmark, all 60 pages", "figure": "mean word-4-gram F1",
        "ours": fmt(extraction[("all", "ours")]["f1"]), "baseline": f"trafilatura default {fmt(extraction[('all', 'trafilatura')]['f1'])}",
        "humans": f"we refuse {n_refused} non-English pages (F1 0)",
    })
    rows.append({
        "measure": "HTML extraction", "data": f"Zyte benchmark, {extraction[(english_key[0], 'ours')]['n']} English pages",
        "figure": "mean word-4-gram F1",
        "ours": fmt(extraction[(english_key[0], "ours")]["f1"]),
        "baseline": f"trafilatura default {fmt(extraction[(english_key[0], 'trafilatura')]['f1'])}", "humans": "",
    })
    return rows


#: Macro-F1 / accuracy of the v1 lexicon and rule (commit "Policy frames validator ..."): on the
#: development part, before any change; on the blind part, scored beside v2 for comparison only.
POLICY_DEV_BEFORE = (0.458, 0.555)
POLICY_BLIND_V1 = (0.384, 0.575)
#: The v3 rule (before round 4's lexicon v4) on the second set, scored beside v4 for comparison only.
POLICY_SECOND_V3 = (0.339, 0.497)
#: Lexicon v4 on the second set: its one blind score (round 4); development data from lexicon v5 on.
POLICY_SECOND_V4 = (0.360, 0.508)
#: Lexicon v4 on the third set, scored beside v5 for comparison only (one of 168 predictions differs).
POLICY_THIRD_V4 = (0.426, 0.577)
#: Lexicon 5.2 on the fifth set's development part, before version 6 was written on it (round 10;
#: version 6 there: 0.446 / 0.590).
POLICY_FIFTH_V52 = (0.352, 0.500)


#: Lexicon 5.2 on the fifth set's blind part, scored beside v6 for comparison only (round 10): the same
#: accuracy; 11 of 160 predictions differ, and the macro-F1 gap is one of the two morality items.
POLICY_FIFTH_BLIND_V52 = (0.451, 0.594)
#: Lexicon v6 (round 12's) on the seventh set, scored beside v7 for comparison only (round 13).
POLICY_SEVENTH_V6 = (0.431, 0.618)
#: Lexicon v7 (round 18's) on the eighth set, scored at the start of round 19 beside 7.1 for comparison only.
POLICY_EIGHTH_V7 = (0.397, 0.632)
#: Lexicon 7.1 (round 19's) on the ninth set, scored at the end of round 20 beside 7.2 for comparison only.
POLICY_NINTH_V71 = (0.476, 0.630)
#: Lexicon 7.2 (round 20's) on the tenth set, scored at the end of round 21 beside 7.3 for comparison only.
POLICY_TENTH_V72 = (0.480, 0.676)


def _policy_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for key, data, humans in (
        ("policy_frames", "own blind-coded sentences, development 4/5",
         f"one coder; cues and rule tuned on these (before: {POLICY_DEV_BEFORE[0]:.3f} / {POLICY_DEV_BEFORE[1]:.3f})"),
        ("policy_frames_blind", "own blind-coded sentences, the fifth held out at first",
         f"one coder; blind at two stops (v1 rule: {POLICY_BLIND_V1[0]:.3f} / {POLICY_BLIND_V1[1]:.3f}), development data since"),
        ("policy_frames_second", "own blind-coded sentences, second set (Guardian texts for learners)",
         f"one coder; blind once (v4: {POLICY_SECOND_V4[0]:.3f} / {POLICY_SECOND_V4[1]:.3f}), development data since v5"),
        ("policy_frames_third", "own blind-coded sentences, third set (narrative-frames articles not in the first)",
         f"one coder; blind, scored once after v5 (v4 on it: {POLICY_THIRD_V4[0]:.3f} / {POLICY_THIRD_V4[1]:.3f})"),
        ("policy_frames_fourth", "own blind-coded sentences, fourth set (Guardian texts for learners, sentences no set held)",
         "one coder; blind once (lexicon 5.1: 0.346 / 0.529), development data since v6"),
        ("policy_frames_fifth", "own blind-coded sentences, fifth set (US political news, NewsMTSC), development part",
         f"one coder; lexicon v6 written on it (5.2 before: {POLICY_FIFTH_V52[0]:.3f} / {POLICY_FIFTH_V52[1]:.3f})"),
        ("policy_frames_fifth_blind", "own blind-coded sentences, fifth set (US political news, NewsMTSC), blind part",
         f"one coder; blind, kept from the session that wrote v6, scored once after it (v6: 0.407 / 0.594; 5.2: "
         f"{POLICY_FIFTH_BLIND_V52[0]:.3f} / {POLICY_FIFTH_BLIND_V52[1]:.3f}); development data for v7"),
        ("policy_frames_sixth", "own blind-coded sentences, sixth set (US political news and the extraction benchmark's pages)",
         "one coder; blind, scored once with lexicon v6 in round 12 (0.471 / 0.647); development data for v7"),
        ("policy_frames_seventh", "own blind-coded sentences, seventh set (US political news and the extraction benchmark's pages)",
         f"one coder; blind, coded at the start of round 13 and scored once at its end with lexicon v7 (v6 on it: "
         f"{POLICY_SEVENTH_V6[0]:.3f} / {POLICY_SEVENTH_V6[1]:.3f}); development data for 7.1 (round 19)"),
        ("policy_frames_eighth", "own blind-coded sentences, eighth set (US political news and the extraction benchmark's pages)",
         f"one coder; blind, coded at the start of round 19 and scored once at its end with lexicon 7.1 (0.397 / 0.632; "
         f"v7 on it: {POLICY_EIGHTH_V7[0]:.3f} / {POLICY_EIGHTH_V7[1]:.3f}); development data for 7.2 (round 20)"),
        ("policy_frames_ninth", "own blind-coded sentences, ninth set (US political news and the extraction benchmark's pages)",
         f"one coder; blind, coded at the start of round 20 and scored once at its end with lexicon 7.2 (0.476 / 0.630; "
         f"7.1 on it: {POLICY_NINTH_V71[0]:.3f} / {POLICY_NINTH_V71[1]:.3f}); development data for 7.3 (round 21)"),
        ("policy_frames_tenth", "own blind-coded sentences, tenth set (US political news and the extraction benchmark's pages)",
         f"one coder; blind, coded at the start of round 21 and scored once at its end with lexicon 7.3 (7.2 on it: "
         f"{POLICY_TENTH_V72[0]:.3f} / {POLICY_TENTH_V72[1]:.3f})"),
    ):
        f = figures.get(key)
        if not f:
            continue
        if f.get("second_coder"):
            c = f["second_coder"]
            humans += (f"; a second blind coder (round 10) against the first: {fmt(c['macro_f1'])} / {fmt(c['accuracy'])}, "
                       f"κ {fmt(c['kappa_families'], 2)}")
        rows.append({
            "measure": "Policy frames", "data": f"{data} ({f['n']})", "figure": "macro-F1 / accuracy",
            "ours": f"{fmt(f['macro_f1'])} / {fmt(f['accuracy'])}",
            "baseline": f"majority ({f['majority']['family']}) {fmt(f['majority']['macro_f1'])} / {fmt(f['majority']['accuracy'])}",
            "humans": humans,
        })
    return rows


def _sourcing_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    s = figures["sourcing"]
    first = s["held_out_first_runs"]
    rows.append({
        "measure": "Sourcing", "data": f"own fixtures, all {s['fixtures']} ({s['expected']} attributions; in-sample)",
        "figure": "attribution precision / recall",
        "ours": f"{fmt(s['precision'], 2)} / {fmt(s['recall'], 2)}", "baseline": "no public data set",
        "humans": "upper bound: every fixture is development data",
    })
    rows.append({
        "measure": "Sourcing", "data": f"own fixtures 10–21, first runs ({first['expected']} attributions; held out)",
        "figure": "attribution precision / recall",
        "ours": f"{fmt(first['precision'], 2)} / {fmt(first['recall'], 2)}", "baseline": "no public data set",
        "humans": "recorded before the rules were fixed on them",
    })
    blind = figures["sourcing_blind"]
    rows.append({
        "measure": "Sourcing",
        "data": f"blind fixtures, {blind['fixtures']} articles ({blind['expected']} attributions; "
                "one round-14 rule, a country in a speaker's relative clause, came from reading a change on it)",
        "figure": "attribution precision / recall",
        "ours": f"{fmt(blind['precision'], 2)} / {fmt(blind['recall'], 2)}", "baseline": "no public data set",
        "humans": f"source type {fmt(_field(blind, 'speaker_type'), 2)}, official {fmt(_field(blind, 'official'), 2)}, "
                  f"side {fmt(_field(blind, 'affiliation'), 2)} (accuracy per source)",
    })
    real = figures["sourcing_real_news"]
    rows.append({
        "measure": "Sourcing",
        "data": f"real news of other kinds, {real['articles']} articles coded blind ({real['gold_speech_attributions']} attributions)",
        "figure": "one-to-one P / R / F1; speaker",
        "ours": f"{fmt(real['precision'], 2)} / {fmt(real['recall'], 2)} / {fmt(real['f1'], 2)}; {fmt(real['speaker_accuracy'], 2)}",
        "baseline": "no public data set",
        "humans": "PolNeAR rule (content overlap ≥ 50 %, strict pronoun speakers)",
    })
    polnear = figures["sourcing_polnear"]
    rows.append({
        "measure": "Sourcing",
        "data": f"PolNeAR dev, {polnear['articles']} real US political news articles, coder-annotated (recorded)",
        "figure": "speech one-to-one F1; quoted F1; strict speaker",
        "ours": f"{fmt(polnear['f1'], 2)}; {fmt(polnear['quoted_f1'], 2)}; {fmt(polnear['speaker'], 2)}",
        "baseline": f"before issue 15: {fmt(polnear['before']['f1'], 2)}; {fmt(polnear['before']['quoted_f1'], 2)}; "
                    f"{fmt(polnear['before']['speaker'], 2)}",
        "humans": "coders' token α 0.75 (Newell et al. 2018); scripts/score_polnear.py",
    })
    return rows


def _target_tone_rows(figures: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "measure": "Target tone", "data": f"{f['description']} ({f['items']})",
            "figure": "macro-F1 / accuracy (3 classes)",
            "ours": f"{fmt(f['macro_f1'], 2)} / {fmt(f['accuracy'], 2)}",
            "baseline": f"VADER sentence label {fmt(f['vader_macro_f1'], 2)} / {fmt(f['vader_accuracy'], 2)}",
            "humans": _tone_humans(key, f),
        }
        for key, f in figures.get("target_tone", {}).items()
    ]


def _tone_humans(key: str, f: dict[str, Any]) -> str:
    if key == "newsmtsc_dev":
        return "fine-tuned RoBERTa 0.83 on NewsMTSC test (Hamborg & Donnay 2021)"
    c = f.get("second_coder")
    if not c:
        return "one blind coder"
    return (f"a second blind coder (round 10) against the first: {fmt(c['macro_f1'], 2)} / {fmt(c['accuracy'], 2)}, "
            f"κ {fmt(c['kappa'], 2)}")


def _field(summary: dict[str, Any], name: str) -> float:
    return next(r["accuracy"] for r in summary["source_fields"] if r["field"] == name)


SUMMARY_HEADER = ("Measure", "Data, rows used", "Figure", "Ours", "Baseline", "Humans / other")
SUMMARY_KEYS = ("measure", "data", "figure", "ours", "baseline", "humans")


def summary_text(figures: dict[str, Any]) -> str:
    """The headline table as aligned plain text (for the command line)."""
    lines = [list(SUMMARY_HEADER)] + [[r[k] for k in SUMMARY_KEYS] for r in summary_rows(figures)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(SUMMARY_HEADER))]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def summary_markdown(figures: dict[str, Any]) -> str:
    """The headline table as a Markdown table (for the README)."""
    lines = ["| " + " | ".join(SUMMARY_HEADER) + " |", "|" + "---|" * len(SUMMARY_HEADER)]
    lines += ["| " + " | ".join(r[k].replace("|", "\\|") for k in SUMMARY_KEYS) + " |" for r in summary_rows(figures)]
    return "\n".join(lines)
