"""Validate :func:`analysis.tone_toward` against coded target tone (issue #18).

Sets: NewsMTSC train (the weights were fitted on it: an in-sample figure) and dev (Hamborg &
Donnay 2021; ``data/external/newsmtsc``, MIT), and three sets of other news coded by separate
coders from ``docs/annotation/target_tone_guideline.md``: ``tests/fixtures/target_tone_blind``
(150 mentions), ``tests/fixtures/target_tone_other_news`` (300 mentions from OneStopEnglish
Guardian texts and climate news, in a ``dev`` (244) and a ``blind`` (56) part by a fixed hash
rule) and ``tests/fixtures/target_tone_third`` (200). Each is reported beside VADER's sentence label (compound >= 0.05 positive, <= -0.05
negative, with the news supplement).

**The other-news sets are spent as blind sets**: the first two were scored more than once, and
the third (``tests/fixtures/target_tone_third``, 200 mentions, scored once) was then opened for
error analysis, so all 650 of their mentions are development data (:func:`other_news_development`,
with their source articles), usable for training and for cross-validation grouped by article
(``scripts/train_target_tone.py --cv``: mean macro-F1 over the folds, the estimate to choose
by). Their figures below are no longer unseen estimates. A fresh blind set is scored by someone
who did not tune.

Run: ``python -m analysis.validation.target_tone [train|dev|other_news_dev|blind ...]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.sentiment.scoring import polarity
from analysis.sentiment.target import CLASSES, tone_toward
from analysis.validation.datasets import PROJECT_ROOT, TargetItem, newsmtsc_items, target_items
from analysis.validation.metrics import cohen_kappa_labels, macro_f1

BLIND = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_blind"
OTHER_NEWS = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_other_news"
THIRD = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_third"
#: The fourth set (160 mentions from articles no earlier set uses): coded blind while the round-6
#: rules and model were written, scored once after them.
FOURTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_fourth"
#: The fifth set (160 more mentions from articles no earlier set uses): coded blind in round 7, kept
#: away from that round's tone changes, scored once after them.
FIFTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_fifth"
#: The sixth set (160 mentions of OneStopEnglish and narrative-frames articles no earlier set uses):
#: coded blind in round 10 by a second coder, who also coded the fifth set's items again; scored once
#: at the end of round 10, development data from round 11 on (in :func:`other_news_development`).
SIXTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_sixth"
#: The seventh set (160 mentions of articles no earlier set uses): coded blind in round 11 while
#: that round's tone rules were written without it; scored once after they were merged; development
#: data from round 12 on.
SEVENTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_seventh"
#: The eighth set (160 mentions of articles no earlier set uses): drawn and coded blind at the start
#: of round 12, before that round's tone work (which shipped no model change); scored once at its end.
EIGHTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_eighth"
#: The ninth set (160 mentions of articles no earlier set uses): drawn and coded blind at the start
#: of round 13, before that round's actor fixes and its key-evidence change (the model's weights and
#: scores unchanged); scored once at its end.
NINTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_ninth"
#: The tenth set (160 mentions of articles no earlier set uses): drawn and coded blind at the start
#: of round 18 (no tone rule or weight changed since round 13); scored once at its end.
TENTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_tenth"
#: The eleventh set (160 mentions of articles no earlier set uses): drawn and coded blind at the start
#: of round 19, kept away from that round's tone rules (victims, exculpation, venues); scored once at its end.
ELEVENTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_eleventh"
#: The twelfth set (135 mentions of narrative-frames articles no earlier set uses; no OneStopEnglish
#: topic was left): drawn and coded blind at the start of round 20, kept away from that round's tone
#: rules and refit (model 2026.12.6); scored once at its end.
TWELFTH = PROJECT_ROOT / "tests" / "fixtures" / "target_tone_twelfth"
_LATER_SETS = {"third": THIRD, "fourth": FOURTH, "fifth": FIFTH, "sixth": SIXTH, "seventh": SEVENTH, "eighth": EIGHTH,
               "ninth": NINTH, "tenth": TENTH, "eleventh": ELEVENTH,
               "twelfth": TWELFTH}
#: A second coder's labels of a set's items (blind, same guideline, never seeing the first coder's).
SECOND_CODER_LABELS = "labels_second_coder.jsonl"
_CODES = {"negative": -1, "neutral": 0, "positive": 1}


@dataclass(frozen=True)
class TargetToneScore:
    """Agreement of one method on one set: ``macro_f1`` over the three classes, ``accuracy`` and
    the ``confusion`` counts keyed (gold, predicted)."""

    dataset: str
    method: str
    items: int
    macro_f1: float
    accuracy: float
    confusion: tuple[tuple[str, str, int], ...]

    def confusion_frame(self) -> pd.DataFrame:
        """Rows gold label, columns predicted label, cells counts."""
        table = pd.DataFrame(0, index=list(CLASSES), columns=list(CLASSES))
        for gold, predicted, count in self.confusion:
            table.loc[gold, predicted] = count
        return table


def vader_label(compound: float) -> str:
    """VADER's sentence label by its README thresholds."""
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def _score(dataset: str, method: str, gold: list[str], predicted: list[str]) -> TargetToneScore:
    pairs = Counter(zip(gold, predicted, strict=True))
    return TargetToneScore(
        dataset=dataset,
        method=method,
        items=len(gold),
        macro_f1=macro_f1([_CODES[g] for g in gold], [_CODES[p] for p in predicted]),
        accuracy=sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else float("nan"),
        confusion=tuple((g, p, pairs[(g, p)]) for g in CLASSES for p in CLASSES),
    )


def validate_items(dataset: str, items: tuple[TargetItem, ...]) -> tuple[TargetToneScore, TargetToneScore]:
    """``tone_toward`` and VADER's sentence label on coded ``items`` (items without a code skipped)."""
    coded = [i for i in items if i.polarity in _CODES]
    gold = [str(i.polarity) for i in coded]
    ours, vader = [], []
    for item in coded:
        compound = polarity(item.sentence, supplement=True)["compound"]
        ours.append(tone_toward(item.sentence, item.start, item.end, sentence_compound=compound).label)
        vader.append(vader_label(compound))
    return _score(dataset, "tone_toward", gold, ours), _score(dataset, "VADER sentence label", gold, vader)


def blind_items(folder: Path = BLIND) -> tuple[TargetItem, ...]:
    """The blind set with the coder's labels (raises when ``labels.jsonl`` is missing)."""
    return target_items(folder / "items.jsonl", labels=folder / "labels.jsonl")


def other_news_items(part: str = "dev", folder: Path = OTHER_NEWS) -> tuple[TargetItem, ...]:
    """The second set of other news (300 mentions, field ``part`` dev or blind), coded by a blind
    coder, with ``labels_<part>.jsonl``. Both parts are development data now (see the module
    docstring); the part names are kept as the files have them."""
    if part not in ("dev", "blind"):
        raise ValueError(f"unknown part {part!r}: use 'dev' or 'blind'")
    ids = {json.loads(line)["id"] for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip() and json.loads(line)["part"] == part}
    items = target_items(folder / "items.jsonl", labels=folder / f"labels_{part}.jsonl")
    return tuple(i for i in items if i.id in ids)


#: The development set of an other-news item by the first letter of its id (each set's ids have their own).
DEVELOPMENT_SETS = {"b": "blind", "o": "other_news", "t": "third", "f": "fourth", "v": "fifth", "w": "sixth", "s": "seventh",
                    "e": "eighth", "n": "ninth", "x": "tenth", "k": "eleventh", "q": "twelfth"}


def development_set(item: TargetItem) -> str:
    """Which of the twelve other-news development sets ``item`` comes from (``blind`` ... ``twelfth``):
    the folds of leave-one-set-out cross-validation (``scripts/train_target_tone.py --loso``)."""
    return DEVELOPMENT_SETS[item.id[0]]


def other_news_development() -> tuple[tuple[TargetItem, str], ...]:
    """All 1,290 coded mentions of other news, each with its source article (``source`` of
    ``items.jsonl``: CV folds group by it, so one article is never on both sides): the first set
    (150, ``target_tone_blind``), both parts of the second (300), the third (200), the fourth
    (160), the fifth (160), the sixth (160; scored blind at the end of round 10, development
    data from round 11 on) and the seventh (160; scored blind at the end of round 11, development
    data from round 12 on). All were scored as blind sets and then opened, so they are
    development data now (training and cross-validation grouped by article or by set,
    :func:`development_set`, by ``scripts/train_target_tone.py``)."""
    out: list[tuple[TargetItem, str]] = []
    sets = (
        (BLIND, blind_items()),
        (OTHER_NEWS, (*other_news_items("dev"), *other_news_items("blind"))),
        *((folder, blind_items(folder)) for folder in (THIRD, FOURTH, FIFTH, SIXTH, SEVENTH)),
    )
    for folder, items in sets:
        rows = [json.loads(line) for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        source = {str(row["id"]): str(row["source"]) for row in rows}
        out.extend((item, source[item.id]) for item in items)
    return tuple(out)


def all_development(eleventh: bool = False, twelfth: bool = False) -> tuple[tuple[TargetItem, str], ...]:
    """:func:`other_news_development` and the eighth, ninth and tenth sets (each scored once as a
    blind set, development data since: 1,770 mentions, ten sets), each with its source article:
    round 19's leave-one-set-out folds (``scripts/train_target_tone.py --cv --loso --ten``); with
    ``eleventh`` the eleventh set too (1,930 mentions, round 20's folds: ``--eleven``), with ``twelfth``
    the twelfth as well (2,065 mentions, round 21's folds: ``--twelve``)."""
    out = list(other_news_development())
    for folder in (EIGHTH, NINTH, TENTH, *((ELEVENTH,) if eleventh or twelfth else ()), *((TWELFTH,) if twelfth else ())):
        rows = [json.loads(line) for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        source = {str(row["id"]): str(row["source"]) for row in rows}
        out.extend((item, source[item.id]) for item in blind_items(folder))
    return tuple(out)


def validate_other_news(part: str = "dev") -> tuple[TargetToneScore, TargetToneScore]:
    """``tone_toward`` and VADER's sentence label on one part of the second other-news set (dev
    by default; the blind part only when asked explicitly)."""
    return validate_items(f"other_news_{part}", other_news_items(part))


#: The sets of the headline table: (key, what the figure may be read as). NewsMTSC train is left out
#: (in sample); a blind part is scored only where its coder's labels file is in the project.
SUMMARY_SETS = (
    ("newsmtsc_dev", "NewsMTSC dev, US political news; chose the model's settings"),
    ("other_news_dev", "other news, second set, first part; development data (the neutral prior is chosen on all other-news sets)"),
    ("blind", "other news, first set; scored more than once, development data now"),
    ("other_news_blind", "other news, second set, second part; scored more than once, development data now"),
    ("third", "other news, third set; scored once blind, then opened for error analysis: development data now"),
    ("fourth", "other news, fourth set; scored once blind in round 6, development data now"),
    ("fifth", "other news, fifth set; scored once blind in round 7, development data now"),
    ("sixth", "other news, sixth set; scored once blind at the end of round 10, development data now"),
    ("seventh", "other news, seventh set; scored once blind at the end of round 11 (round-10 model on it: 0.46 / 0.64), "
                "development data now"),
    ("eighth", "other news, eighth set; scored once blind at the end of round 12 (no model change in round 12), development data now"),
    ("ninth", "other news, ninth set; scored once blind at the end of round 13 (no weight change in round 13), development data now"),
    ("tenth", "other news, tenth set; scored once blind at the end of round 18 (0.53 / 0.63), development data now"),
    ("eleventh", "other news, eleventh set; scored once blind at the end of round 19 (0.50 / 0.66), development data now"),
    ("twelfth", "other news, twelfth set, all blind; coded at the start of round 20, scored once at its end (the round-19 "
                "model on it: 0.53 / 0.70)"),
)


def _summary_items(key: str) -> tuple[TargetItem, ...] | None:
    if key == "newsmtsc_dev":
        return newsmtsc_items("dev")
    if key == "blind":
        return blind_items() if (BLIND / "labels.jsonl").is_file() else None
    if key in _LATER_SETS:
        folder = _LATER_SETS[key]
        return blind_items(folder) if (folder / "labels.jsonl").is_file() else None
    part = key.removeprefix("other_news_")
    return other_news_items(part) if (OTHER_NEWS / f"labels_{part}.jsonl").is_file() else None


def coder_agreement(folder: Path = FIFTH) -> dict[str, float] | None:
    """How far a second coder agrees with the first on ``folder``'s items (None without a second
    coder's file): macro-F1 and accuracy with the first coder as truth, and Cohen's κ."""
    second_file = folder / SECOND_CODER_LABELS
    if not second_file.is_file():
        return None
    first = {item.id: str(item.polarity) for item in blind_items(folder)}
    second = {item.id: str(item.polarity) for item in target_items(folder / "items.jsonl", labels=second_file)}
    ids = [i for i in first if first[i] in _CODES and second.get(i) in _CODES]
    score = _score(folder.name, "second coder", [first[i] for i in ids], [second[i] for i in ids])
    return {"items": score.items, "macro_f1": score.macro_f1, "accuracy": score.accuracy,
            "kappa": cohen_kappa_labels([first[i] for i in ids], [second[i] for i in ids])}


def validation_summary() -> dict[str, dict[str, object]]:
    """Macro-F1 and accuracy of ``tone_toward`` and of VADER's sentence label on each set of
    :data:`SUMMARY_SETS` that is present, JSON-ready (for :func:`analysis.validation.validate_all`)."""
    figures: dict[str, dict[str, object]] = {}
    for key, description in SUMMARY_SETS:
        items = _summary_items(key)
        if items is None:
            continue
        ours, vader = validate_items(key, items)
        figures[key] = {
            "description": description,
            "items": ours.items,
            "macro_f1": ours.macro_f1,
            "accuracy": ours.accuracy,
            "vader_macro_f1": vader.macro_f1,
            "vader_accuracy": vader.accuracy,
        }
        second_coder = coder_agreement(_LATER_SETS[key]) if key in _LATER_SETS else None
        if second_coder is not None:
            figures[key]["second_coder"] = second_coder
    return figures


def validate(datasets: tuple[str, ...] = ("train", "dev")) -> pd.DataFrame:
    """One row per (dataset, method): dataset, method, items, macro_f1, accuracy."""
    rows = []
    for name in datasets:
        if name == "blind":
            items = blind_items()
        elif name in _LATER_SETS:
            items = blind_items(_LATER_SETS[name])
        elif name.startswith("other_news_"):
            items = other_news_items(name.removeprefix("other_news_"))
        else:
            items = newsmtsc_items(name)
        for score in validate_items(name, items):
            rows.append({k: getattr(score, k) for k in ("dataset", "method", "items", "macro_f1", "accuracy")})
            if name == "blind" or name in _LATER_SETS or name.startswith("other_news_"):
                print(f"{score.method} on {name}, confusion (rows gold, columns predicted):\n{score.confusion_frame()}")
    return pd.DataFrame(rows, columns=["dataset", "method", "items", "macro_f1", "accuracy"])


if __name__ == "__main__":
    print(validate(tuple(sys.argv[1:]) or ("train", "dev")).to_string(index=False))
