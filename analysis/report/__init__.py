"""The HTML report of one article, and the pages of the other notebooks (presentation only).

:func:`render_report` runs ``notebooks/report.ipynb`` with papermill and exports it with nbconvert
(:mod:`.runner`); the notebook shows the sections (:mod:`.sections`, :mod:`.annotated`,
:mod:`.methods`), each rendered from a Jinja2 template in ``templates/`` with autoescape
(:mod:`.templating`), with charts as inline SVG (:mod:`.plots`) and the key findings in plain
sentences (:mod:`.findings`). The validation notebook's sections are in :mod:`.validation_page`.
"""

from analysis.report.annotated import annotated_article_html
from analysis.report.findings import key_findings
from analysis.report.methods import methods_html, validation_rows
from analysis.report.runner import REPORT_NOTEBOOK, ReportError, render_notebook, render_report
from analysis.report.sections import (
    framing_html,
    header_html,
    overview_html,
    provenance_html,
    readability_html,
    sentiment_html,
    sourcing_html,
)

__all__ = [
    "REPORT_NOTEBOOK",
    "ReportError",
    "annotated_article_html",
    "framing_html",
    "header_html",
    "key_findings",
    "methods_html",
    "overview_html",
    "provenance_html",
    "readability_html",
    "render_notebook",
    "render_report",
    "sentiment_html",
    "sourcing_html",
    "validation_rows",
]
