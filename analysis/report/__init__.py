"""The HTML report of one article, and the pages of the other notebooks (presentation only).

:func:`render_report` runs ``notebooks/report.ipynb`` with papermill and exports it with nbconvert
(:mod:`.runner`); the notebook shows the sections (:mod:`.sections`, :mod:`.annotated`,
:mod:`.methods`), each rendered from a Jinja2 template in ``templates/`` with autoescape
(:mod:`.templating`) as a :class:`Section` of HTML pieces (in the report's scoped container) and
charts (:mod:`.plots`: SVG with a PNG beside it), with the key findings in plain sentences
(:mod:`.findings`). :mod:`.notebook` gives the styles output and DataFrames styled for reading.
The validation notebook's sections are in :mod:`.validation_page`.
"""

from analysis.report.annotated import annotated_article_section
from analysis.report.findings import key_findings
from analysis.report.labels import counted
from analysis.report.methods import methods_section, validation_rows
from analysis.report.notebook import NOTEBOOK_ONLY, Table, styles, table
from analysis.report.plots import Chart
from analysis.report.runner import REPORT_NOTEBOOK, ReportError, render_notebook, render_report
from analysis.report.sections import (
    framing_section,
    header_section,
    overview_section,
    provenance_section,
    readability_section,
    sentiment_section,
    sourcing_section,
)
from analysis.report.templating import Section

__all__ = [
    "NOTEBOOK_ONLY",
    "REPORT_NOTEBOOK",
    "Chart",
    "ReportError",
    "Section",
    "Table",
    "annotated_article_section",
    "counted",
    "framing_section",
    "header_section",
    "key_findings",
    "methods_section",
    "overview_section",
    "provenance_section",
    "readability_section",
    "render_notebook",
    "render_report",
    "sentiment_section",
    "sourcing_section",
    "styles",
    "table",
    "validation_rows",
]
