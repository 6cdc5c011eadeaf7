"""Morality (MO1-MO3): a moral message, religion, and social prescriptions about how to behave."""

from __future__ import annotations

from analysis.framing.context import Context
from analysis.framing.generic.evidence import simple
from analysis.framing.generic.registry import detector
from analysis.framing.result import Evidence


@detector(
    "MO1",
    question="Does the story contain any moral message?",
    rule="a moral-judgement cue (moral, wrong, shame, duty, greed, justice)",
    negated=("moral",),
)
def mo1(ctx: Context) -> list[Evidence]:
    return simple(ctx, "moral")


@detector(
    "MO2",
    question="Does the story make reference to morality, God and other religious tenets?",
    rule="a religion cue (God, church, faith, pray); names such as 'Islamic State' are excluded",
    negated=("religion",),
)
def mo2(ctx: Context) -> list[Evidence]:
    return simple(ctx, "religion")


@detector(
    "MO3",
    question="Does the story offer specific social prescriptions about how to behave?",
    rule="a prescription to people in general ('we must', 'people should', 'do our part')",
    negated=("prescription",),
)
def mo3(ctx: Context) -> list[Evidence]:
    return simple(ctx, "prescription")
