"""The sections of the validation notebook (``notebooks/validation.ipynb``), each rendered from its
template in ``templates/validation_*.html.j2`` from the figures of
:func:`analysis.validation.validate_all` (presentation only: tables and charts of those figures).
"""

from __future__ import annotations

from typing import Any

from analysis.report.plots import NEUTRAL, PALETTE, horizontal_bars
from analysis.report.templating import Section, render_section
from analysis.validation.summary import SUMMARY_HEADER, SUMMARY_KEYS, fmt, summary_rows


def summary_section(figures: dict[str, Any]) -> Section:
    rows = [[r[k] for k in SUMMARY_KEYS] for r in summary_rows(figures)]
    return render_section("validation_summary.html.j2", header=SUMMARY_HEADER, rows=rows)


def sentiment_section(figures: dict[str, Any]) -> Section:
    sentiment = figures["sentiment"]
    rows = [
        (r["corpus"], r["scorer"], r["n"], fmt(r["pearson_r"]), fmt(r["macro_f1"]), fmt(r["accuracy"]), r["rows_used"])
        for r in sentiment["table"]
    ]
    nyt = [r for r in sentiment["table"] if r["corpus"] == "nyt_editorial"]
    short = {"plain VADER": ("plain VADER", PALETTE[1]), "ours, default": ("ours (default)", PALETTE[0]),
             "ours + news": ("ours + supplement", PALETTE[5]), "ours + names": ("ours + names unscored", PALETTE[5]),
             "VADER as": ("VADER, paper (all rows)", NEUTRAL), "one human": ("one human rater", PALETTE[2]),
             "split-half": ("split-half panels", PALETTE[2])}
    styles = [next(v for k, v in short.items() if r["scorer"].startswith(k)) for r in nyt]
    chart = horizontal_bars(
        [label for label, _ in styles],
        [r["pearson_r"] for r in nyt],
        title="NYT snippets: r with the mean rating",
        xlabel="Pearson r (even rows; the paper's figure on all rows)",
        colors=[c for _, c in styles],
        value_format="{:.3f}",
        xlim=(0.0, 1.1),
    )
    odd = sentiment["nyt_odd_rows"]
    sup = sentiment["supplement"]
    return render_section(
        "validation_sentiment.html.j2",
        rows=rows,
        r_chart=chart,
        rule=sentiment["rule"],
        odd_default=fmt(odd["ours_default"]["pearson_r"]),
        odd_supplement=fmt(odd["ours_supplement"]["pearson_r"]),
        words=sup["words"],
        touched=sup["even_rows_touched"],
        gain_low=fmt(sup["delta_r_ci95"][0]),
        gain_high=fmt(sup["delta_r_ci95"][1]),
        on_off="on" if sup["on_by_default"] else "off",
        source=sentiment["published"]["source"],
    )


def readability_section(figures: dict[str, Any]) -> Section:
    formulas = figures["readability"]["formulas"]
    rows = [
        (r["name"], f"{r['ordered_triples']}/{r['triples']}", f"{r['ordered_clean']}/{r['clean_triples']}", fmt(r["spearman_rho"]))
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
    return render_section("validation_readability.html.j2", rows=rows, triples_chart=triples, rho_chart=rho)


def framing_section(figures: dict[str, Any]) -> Section:
    framing = figures["framing"]
    frames = [
        (f"{f['frame']} ({f['label']})", fmt(f["prevalence"], 2), fmt(f["auc"]), fmt(f["cut"], 2), fmt(f["f1"]),
         fmt(f["baseline_f1"]), fmt(f["always_yes_f1"]), f"{fmt(f['accuracy'])} ({fmt(f['baseline_accuracy'])})")
        for f in framing["frames"]
    ]
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
    question_rows = [
        (f"{q['item']} ~ {q['question']}", f"{q['n']} ({q['n_excluded']})",
         f"{fmt(q['prevalence_yes'], 2)} / {fmt(q['predicted_yes'], 2)}",
         fmt(q["accuracy"]), fmt(q["kappa"]), fmt(q.get("coder_kappa")), f"{q['baseline_answer']}, {fmt(q['baseline_accuracy'])}",
         "" if q["threshold"] is None else q["threshold"])
        for q in questions
    ]
    kappa = horizontal_bars(
        [f"{q['item']} ~ {q['question']}" for q in questions],
        [q["kappa"] for q in questions],
        title="Cohen's κ per question, even ids",
        xlabel="Cohen's κ (majority baseline: 0)",
        colors=[PALETTE[0] if q["kappa"] >= 0.2 else PALETTE[3] for q in questions],
        value_format="{:.2f}",
        xlim=(-0.1, 1.0),
    )
    return render_section("validation_framing.html.j2", frames=frames, auc_chart=auc, questions=question_rows, kappa_chart=kappa)


def extraction_section(figures: dict[str, Any]) -> Section:
    extraction = figures["extraction"]
    chart = horizontal_bars(
        [f"{r['system'].split(' (')[0].replace(' 2.3.1', '')}, {r['pages'].replace(' with an English gold body', ' in English')}"
         for r in extraction["summary"]],
        [r["f1"] for r in extraction["summary"]],
        title="Mean word-4-gram F1",
        xlabel="mean F1 per page",
        colors=[PALETTE[0] if r["system"].startswith("ours") else PALETTE[1] for r in extraction["summary"]],
        value_format="{:.3f}",
        xlim=(0.0, 1.12),
    )
    return render_section(
        "validation_extraction.html.j2",
        summary=[
            (r["pages"], r["system"], r["n"], fmt(r["precision"]), fmt(r["recall"]), fmt(r["f1"]), r["refused"])
            for r in extraction["summary"]
        ],
        f1_chart=chart,
        refused=[
            (r["id"][:12], r["domain"], r["html_lang"] or "(none)", r["gold_language"], r["refused"], fmt(r["trafilatura_f1"]))
            for r in extraction["refused"]
        ],
    )


def policy_frames_section(figures: dict[str, Any]) -> Section:
    parts = [
        (f"{name} ({f['part']})", f["n"], fmt(f["macro_f1"]), fmt(f["accuracy"]), f["majority"]["family"],
         f"{fmt(f['majority']['macro_f1'])} / {fmt(f['majority']['accuracy'])}")
        for name, f in (
            ("cues tuned on it", figures["policy_frames"]),
            ("blind at two stops, then tuned on", figures["policy_frames_blind"]),
            ("second set, blind once, then tuned on", figures.get("policy_frames_second") or {}),
            ("third set, blind, scored once", figures.get("policy_frames_third") or {}),
            ("fourth set, blind, scored once", figures.get("policy_frames_fourth") or {}),
        )
        if f
    ]
    families = figures["policy_frames"]["families"]
    chart = horizontal_bars(
        [r["family"] for r in families],
        [r["f1"] for r in families],
        title="Policy frames, development part: F1 per family",
        xlabel="F1 against the blind coder",
        colors=[PALETTE[0]] * len(families),
        value_format="{:.2f}",
        xlim=(0.0, 1.1),
    )
    return render_section(
        "validation_policy_frames.html.j2",
        parts=parts,
        families=[(r["family"], r["support"], r["predicted"], fmt(r["precision"]), fmt(r["recall"]), fmt(r["f1"]))
                  for r in families],
        f1_chart=chart,
    )


def target_tone_section(figures: dict[str, Any]) -> Section:
    tone = figures["target_tone"]
    rows = [(f["description"], f["items"], fmt(f["macro_f1"]), fmt(f["accuracy"]), fmt(f["vader_macro_f1"]),
             fmt(f["vader_accuracy"])) for f in tone.values()]
    labels, values, colors = [], [], []
    for key, f in tone.items():
        labels += [f"{key}: tone_toward", f"{key}: VADER sentence"]
        values += [f["macro_f1"], f["vader_macro_f1"]]
        colors += [PALETTE[0], PALETTE[1]]
    chart = horizontal_bars(
        labels, values, title="Tone toward a target: macro-F1 per set", xlabel="macro-F1 (3 classes)",
        colors=colors, value_format="{:.2f}", xlim=(0.0, 1.0),
    )
    return render_section("validation_target_tone.html.j2", rows=rows, f1_chart=chart)


def _source_fields(summary: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(r["field"], r["correct"], r["sources"], fmt(r["accuracy"])) for r in summary["source_fields"]]


def sourcing_section(figures: dict[str, Any]) -> Section:
    s = figures["sourcing"]
    first = s["held_out_first_runs"]
    blind = figures["sourcing_blind"]
    held = [
        ("all fixtures now (in-sample)", s["expected"], s["found"], s["matched"], fmt(s["precision"]), fmt(s["recall"])),
        ("fixtures 10–21, first runs (held out; recorded)", first["expected"], first["found"], first["matched"],
         fmt(first["precision"]), fmt(first["recall"])),
        ("blind set (written and annotated without the tool; one round-14 rule came from reading a change on it)", blind["expected"],
         blind["found"], blind["matched"], fmt(blind["precision"]), fmt(blind["recall"])),
    ]
    return render_section(
        "validation_sourcing.html.j2",
        rows_used=s["rows_used"],
        held_out_rows_used=first["rows_used"],
        held=held,
        overall=[(s["fixtures"], s["expected"], s["found"], s["matched"], fmt(s["precision"]), fmt(s["recall"]), fmt(s["f1"]),
                  fmt(s["speaker_span_exact"]), fmt(s["cue_exact"]))],
        by_type=[
            (r["quote_type"], r["expected"], r["found"], r["matched"], fmt(r["precision"]), fmt(r["recall"])) for r in s["by_quote_type"]
        ],
        fields=_source_fields(s),
        blind_fields=_source_fields(blind),
    )


def provenance_section(figures: dict[str, Any]) -> Section:
    p = figures["provenance"]
    return render_section(
        "validation_provenance.html.j2",
        digests=[(name, digest[:16]) for name, digest in sorted(p["data_sha256"].items())],
        versions=sorted(p["versions"].items()),
    )
