"""Validation of the generic-frame detectors against human coding (Narrative Frames Corpus).

Data: ``data/external/narrative_frames/articles.jsonl`` — 428 climate-change news articles coded
by two or three people with the Semetko & Valkenburg (2000, J. Communication 50(2)) questions
as adapted by Frermann, Li, Khanehzar & Mikolajczak (2023, ACL), MIT licence (see the folder's
SOURCE.md and LICENSE). Its fifth frame is **Resolution**, not S&V's attribution of
responsibility, so the responsibility items are compared question by question
(``re2`` solution, ``re5`` urgency, ``re6`` an entity can alleviate, ``re7`` an entity is
responsible), never with the RE label.

Protocol (kept honest by construction):

* Cue words and the per-item thresholds were chosen looking at **odd ids only**
  (:func:`tune_thresholds` refuses even ids); every figure reported is on **even ids**.
* A question is scored only on articles whose coders agreed (``yes``/``no``; ``NO AGREEMENT``
  rows are left out and counted in ``n_excluded``).
* An item's answer at a threshold is what :func:`analyze_framing` answers: enough supporting
  units, or one decisive unit (a money amount for EC2; "between X and Y", contending sources,
  a charge and its reply, sides named outright or both political camps for CO3), in the tuning
  and in the reported figures alike.
* Per question: accuracy and Cohen's κ, with the majority baseline (the majority answer of the
  odd ids, predicted for every even article; its κ is 0 by definition).
* Per frame (CO, EC, HI, MO labels): ROC AUC of the frame score (mean of its items) and of the
  evidence-weighted ``strength`` (``auc_strength``; its few weights fitted on odd ids by
  ``scripts/fit_frame_strength.py``), and F1 at a
  score cut-off chosen on odd ids, beside the majority baseline (AUC 0.5; F1 of always predicting
  the odd-id majority class) and the always-"yes" F1.

Metrics are in :mod:`analysis.validation.metrics` (numpy/pandas; AUC by the Mann-Whitney rank formula
with mid-ranks for ties; κ = (p_o - p_e)/(1 - p_e)); the corpus is read by
:mod:`analysis.validation.datasets`. The coders' own agreement (:func:`coder_agreement`) is the human
reference for the per-question κ. Articles are read with the headline given explicitly (the
corpus prepends the headline to the text with no separator; it is cut off by matching the
``title_from_id`` letters). Known limits: one topic (climate change) and partisan outlets; the
texts have no captions, so HI5 is not validated; coders judged whole stories, the detectors
count cue sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from analysis._json import to_jsonable
from analysis.actors import find_actors
from analysis.article import Article, load_article
from analysis.framing import FRAMES, analyze_framing
from analysis.sourcing import analyze_sourcing
from analysis.validation.datasets import headline_and_body, load_records
from analysis.validation.metrics import accuracy, cohen_kappa, f1_score, roc_auc

#: Our item -> the corpus question key it is compared with.
ITEM_KEYS: Mapping[str, str] = MappingProxyType({
    "RS1": "re6",
    "RS2": "re7",
    "RS3": "re2",
    "RS4": "re7",
    "RS5": "re5",
    "HI1": "hi1",
    "HI2": "hi2",
    "HI3": "hi3",
    "HI4": "hi5",
    "CO1": "co1",
    "CO2": "co2",
    "CO3": "co3",
    "CO4": "co4",
    "MO1": "mo1",
    "MO2": "mo2",
    "MO3": "mo3",
    "EC1": "ec1",
    "EC2": "ec2",
    "EC3": "ec3",
})
#: Our generic frame -> the corpus frame label.
FRAME_KEYS: Mapping[str, str] = MappingProxyType({"conflict": "CO", "economic": "EC", "human_interest": "HI", "morality": "MO"})
ITEMS: tuple[str, ...] = ("RS1", "RS2", "RS3", "RS4", "RS5", "HI1", "HI2", "HI3", "HI4", "HI5",
                          "CO1", "CO2", "CO3", "CO4", "MO1", "MO2", "MO3", "EC1", "EC2", "EC3")
MAX_THRESHOLD = 6


# --------------------------------------------------------------------------------------------
# Detection


def article_for(record: Mapping[str, Any]) -> Article:
    # The robust cut (titles ending ".txt", titles that lost their accents, repeated headlines).
    headline, body = headline_and_body(record["text"], record.get("title_from_id") or "")
    return load_article(body, headline=headline or "", name=f"narrative_frames/{record['id']}")


def detect(
    records: Iterable[Mapping[str, Any]],
    *,
    with_measures: bool = True,
) -> pd.DataFrame:
    """Run the detectors on every record: one row per article with ``id``, ``split`` (odd/even),
    the strength (supporting units) of each item as ``<ITEM>``, each frame's evidence-weighted
    strength as ``strength_<frame>``, the human answers as
    ``q_<key>`` (``yes``/``no``/``NO AGREEMENT``) and the frame labels as ``label_<CO|EC|HI|MO|RE>``.

    ``with_measures`` (default, as the thresholds were tuned) also passes actors and sourcing;
    ``False`` runs on cue words alone.
    """
    rows = []
    for record in records:
        article = article_for(record)
        kwargs: dict[str, Any] = {}
        if with_measures:
            kwargs.update(_measures(article))
        result = analyze_framing(article, **kwargs)
        row: dict[str, Any] = {"id": record["id"], "split": "odd" if record["id"] % 2 else "even"}
        row.update({i.item: i.strength for i in result.items})
        # A decisive unit (a money amount for EC2, "between X and Y" for CO3) answers "yes" at any
        # threshold, as analyze_framing answers; without it the figures would score another rule.
        row.update({f"strong_{i.item}": any(e.strong for e in i.evidence) for i in result.items})
        row.update({f"strength_{f.frame}": f.strength for f in result.frames})
        row.update({f"q_{k}": v for k, v in record["questions"].items()})
        row.update({f"label_{k}": bool(record[k]) for k in ("CO", "EC", "HI", "MO", "RE")})
        rows.append(row)
    return pd.DataFrame(rows)


def _measures(article: Article) -> dict[str, Any]:
    actors = find_actors(article)
    return {"actors": actors, "sourcing": analyze_sourcing(article, actors=actors)}


# --------------------------------------------------------------------------------------------
# Tuning (odd ids only) and validation (even ids)


def _agreed(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    return frame[frame[f"q_{key}"].isin(["yes", "no"])]


def tune_thresholds(
    detections: pd.DataFrame, *, max_threshold: int = MAX_THRESHOLD, min_gain: float = 0.02
) -> dict[str, int]:
    """Per item, the minimum strength (1..``max_threshold``) with the best κ on the odd ids; a
    higher threshold must beat the current best by ``min_gain`` (so noise does not pick it).
    Raises ``ValueError`` if handed any even id."""
    if (detections["id"] % 2 == 0).any():
        raise ValueError("thresholds are tuned on odd ids only; pass detections[detections.split == 'odd']")
    chosen: dict[str, int] = {}
    for item, key in ITEM_KEYS.items():
        data = _agreed(detections, key)
        truth = data[f"q_{key}"].eq("yes").to_numpy()
        best = (-2.0, 1)
        for k in range(1, max_threshold + 1):
            kappa = cohen_kappa(truth, _yes(data, item, k).to_numpy())
            if kappa > best[0] + (min_gain if k > 1 else 0.0):
                best = (kappa, k)
        chosen[item] = best[1]
    return chosen


def _yes(detections: pd.DataFrame, item: str, threshold: int) -> pd.Series:
    """The item's answer at ``threshold``: enough supporting units, or a decisive one (detections
    made before the ``strong_<ITEM>`` columns existed count units only)."""
    yes = detections[item] >= threshold
    strong = f"strong_{item}"
    return yes | detections[strong].astype(bool) if strong in detections else yes


def _answers(detections: pd.DataFrame, thresholds: Mapping[str, int]) -> pd.DataFrame:
    return pd.DataFrame({item: _yes(detections, item, thresholds.get(item, 1)) for item in ITEMS}, index=detections.index)


def frame_scores(detections: pd.DataFrame, thresholds: Mapping[str, int]) -> pd.DataFrame:
    """Frame score per article = mean of its items' answers (as :func:`analyze_framing`)."""
    answers = _answers(detections, thresholds)
    prefix = {"responsibility": "RS", "conflict": "CO", "economic": "EC", "human_interest": "HI", "morality": "MO"}
    return pd.DataFrame(
        {f: answers[[i for i in ITEMS if i.startswith(prefix[f])]].mean(axis=1) for f in FRAMES},
        index=detections.index,
    )


@dataclass(frozen=True)
class ValidationReport:
    """Held-out figures: ``questions`` (one row per item) and ``frames`` (one row per frame)."""

    questions: pd.DataFrame
    frames: pd.DataFrame
    thresholds: Mapping[str, int]
    n_odd: int
    n_even: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (floats rounded as everywhere in the package)."""
        return to_jsonable(
            {
                "data": "Narrative Frames Corpus (Frermann et al. 2023), tuned on odd ids, reported on even ids",
                "n_odd": self.n_odd,
                "n_even": self.n_even,
                "thresholds": dict(self.thresholds),
                "questions": self.questions.to_dict(orient="records"),
                "frames": self.frames.to_dict(orient="records"),
            }
        )


def validate(
    detections: pd.DataFrame | None = None,
    *,
    thresholds: Mapping[str, int] | None = None,
    path: Path | str | None = None,
    split: str = "even",
) -> ValidationReport:
    """Per-question agreement and per-frame AUC/F1 on even ids, with majority baselines.

    ``thresholds`` default to those in ``frame_cues.toml`` (which were tuned on odd ids);
    ``detections`` default to :func:`detect` over the corpus at ``path``. ``split="odd"``
    gives the same table in-sample on the tuning half (for development; baselines and cut-offs
    then come from the odd ids too) — report only ``split="even"``.
    """
    if detections is None:
        detections = detect(load_records(path))
    if thresholds is None:
        from analysis.framing.cues import cue_lexicons as _lexicons

        thresholds = dict(_lexicons().thresholds)
    if split not in ("even", "odd"):
        raise ValueError("split must be 'even' (held out) or 'odd' (tuning half)")
    odd = detections[detections["split"] == "odd"]
    even = detections[detections["split"] == split]
    questions = pd.DataFrame(_question_rows(odd, even, thresholds))
    questions["threshold"] = questions["threshold"].astype("Int64")
    return ValidationReport(
        questions=questions,
        frames=pd.DataFrame(_frame_rows(odd, even, thresholds)),
        thresholds=dict(thresholds),
        n_odd=len(odd),
        n_even=len(even),
    )


def _question_rows(odd: pd.DataFrame, even: pd.DataFrame, thresholds: Mapping[str, int]) -> list[dict[str, Any]]:
    """Per item (and RS2 or RS4 against re7): accuracy and κ on ``even`` where the coders agreed,
    beside the majority answer of ``odd``."""
    answers_even = _answers(even, thresholds)
    answers_even["RS2|RS4"] = answers_even["RS2"] | answers_even["RS4"]
    q_rows = []
    for item, key in [*ITEM_KEYS.items(), ("RS2|RS4", "re7")]:
        train, test = _agreed(odd, key), _agreed(even, key)
        truth = test[f"q_{key}"].eq("yes").to_numpy()
        pred = answers_even.loc[test.index, item].to_numpy()
        majority_yes = bool(train[f"q_{key}"].eq("yes").mean() > 0.5)
        q_rows.append(
            {
                "item": item,
                "question": key,
                "n": len(test),
                "n_excluded": len(even) - len(test),
                "prevalence_yes": float(truth.mean()) if len(truth) else float("nan"),
                "predicted_yes": float(pred.mean()) if len(pred) else float("nan"),
                "accuracy": accuracy(truth, pred),
                "kappa": cohen_kappa(truth, pred),
                "baseline_answer": "yes" if majority_yes else "no",
                "baseline_accuracy": accuracy(truth, np.full(len(truth), majority_yes)),
                "baseline_kappa": 0.0,
                "threshold": int(thresholds.get(item, 1)) if item in ITEMS else None,
            }
        )
    return q_rows


def _frame_rows(odd: pd.DataFrame, even: pd.DataFrame, thresholds: Mapping[str, int]) -> list[dict[str, Any]]:
    """Per frame label: AUC of the frame score on ``even``, and F1 at the cut-off chosen on ``odd``,
    beside the majority and always-yes baselines."""
    scores_odd, scores_even = frame_scores(odd, thresholds), frame_scores(even, thresholds)
    f_rows = []
    for frame, label in FRAME_KEYS.items():
        y_odd = odd[f"label_{label}"].to_numpy(dtype=bool)
        y_even = even[f"label_{label}"].to_numpy(dtype=bool)
        cut = _best_cut(y_odd, scores_odd[frame].to_numpy())
        pred = scores_even[frame].to_numpy() >= cut
        majority_yes = bool(y_odd.mean() > 0.5)
        f_rows.append(
            {
                "frame": frame,
                "label": label,
                "n": len(y_even),
                "prevalence": float(y_even.mean()),
                "auc": roc_auc(y_even, scores_even[frame].to_numpy()),
                "auc_strength": roc_auc(y_even, even[f"strength_{frame}"].to_numpy()) if f"strength_{frame}" in even else float("nan"),
                "baseline_auc": 0.5,
                "cut": cut,
                "f1": f1_score(y_even, pred),
                "baseline_f1": f1_score(y_even, np.full(len(y_even), majority_yes)),
                "always_yes_f1": f1_score(y_even, np.ones(len(y_even), dtype=bool)),
                "accuracy": accuracy(y_even, pred),
                "baseline_accuracy": accuracy(y_even, np.full(len(y_even), majority_yes)),
            }
        )
    return f_rows


def _best_cut(y: np.ndarray, score: np.ndarray) -> float:
    """The score cut-off (among observed values) with the best F1 on the given (odd-id) data."""
    best = (-1.0, 1.0)
    for cut in sorted(set(np.round(score, 6).tolist())):
        f1 = f1_score(y, score >= cut - 1e-9)
        if f1 > best[0] + 1e-12:
            best = (f1, float(cut))
    return best[1]


def validation_summary(path: Path | str | None = None) -> dict[str, Any]:
    """The held-out (even ids) figures as a JSON-ready dict, for :func:`analysis.validation.summary.validate_all`."""
    return validate(path=path).to_dict()


# --------------------------------------------------------------------------------------------
# The coders' own agreement


def coder_agreement(parity: str = "even", min_shared: int = 20) -> dict[str, dict[str, Any]]:
    """Per corpus question, how far the corpus' coders agree with each other (the human reference
    for our per-question κ): Cohen's κ of every pair of annotators (positions 1-4 of
    ``raw_annotations``) over the ``parity`` ids both answered yes/no, averaged with weights by
    the number of shared articles (pairs sharing fewer than ``min_shared`` are left out)."""
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
