"""How far each measure agrees with human judgement, on public annotated data in ``data/external``
(and, for sourcing, on the project's own hand-annotated fixtures).

Stages: :mod:`.datasets` reads the public data sets; one validator per measure
(:mod:`.sentiment`, :mod:`.readability`, :mod:`.extraction`, :mod:`.framing`, :mod:`.sourcing`)
computes its figures with the metrics of :mod:`.metrics`; :mod:`.summary` gathers every figure
(:func:`validate_all`), writes them and renders the validation notebook (:func:`run_validation`),
and gives the headline table (:func:`summary_rows`, :func:`summary_text`, :func:`summary_markdown`).
"""

from analysis.validation.extraction import guess_language
from analysis.validation.sentiment import human_ceiling
from analysis.validation.summary import (
    DATA_FILES,
    SUMMARY_HEADER,
    VALIDATION_NOTEBOOK,
    run_validation,
    summary_markdown,
    summary_rows,
    summary_text,
    validate_all,
)

__all__ = [
    "DATA_FILES",
    "SUMMARY_HEADER",
    "VALIDATION_NOTEBOOK",
    "guess_language",
    "human_ceiling",
    "run_validation",
    "summary_markdown",
    "summary_rows",
    "summary_text",
    "validate_all",
]
