"""What the notebooks show besides the report's sections: the report's styles as one output, and
DataFrames styled for reading.

:func:`styles` is the first output of the report and validation notebooks: ``report.css.j2``,
every selector under the report's container, so it styles the report's blocks in JupyterLab as in
the HTML page and touches nothing else. :func:`table` shows a DataFrame with text columns
left-aligned (JupyterLab right-aligns every cell), numbers right-aligned to ``digits`` decimals,
every value HTML-escaped and fixed element ids (so stored outputs are reproducible); the frame
itself is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
from pandas.api.types import is_bool_dtype, is_numeric_dtype

from analysis.report.templating import style_html

#: Cells with this tag show DataFrames to explore in JupyterLab; the HTML report leaves them out.
NOTEBOOK_ONLY = "notebook-only"


@dataclass(frozen=True)
class Styles:
    """The report's scoped styles as a notebook output (``<style>``; plain text says what it is)."""

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/html": style_html(), "text/plain": "(the report's styles, scoped to <div class=\"nfa-report\">)"}


def styles() -> Styles:
    return Styles()


@dataclass(frozen=True, eq=False)
class Table:
    """A DataFrame shown for reading (see :func:`table`)."""

    frame: pd.DataFrame
    name: str
    digits: int = 2

    def styler(self) -> Any:
        """The pandas ``Styler``: text left, numbers right, fixed ids ``T_<name>``."""
        frame = self.frame
        text = [c for c in frame.columns if is_bool_dtype(frame[c]) or not is_numeric_dtype(frame[c])]
        # Cells, index and headers are HTML-escaped: an article's text is data (Styler does not escape by default).
        styler = frame.style.set_uuid(self.name).format(precision=self.digits, na_rep="–", escape="html")
        styler = styler.format_index(escape="html", axis=0).format_index(escape="html", axis=1)
        if isinstance(frame.index, pd.RangeIndex):
            styler = styler.hide(axis="index")
        styler = styler.set_table_styles(
            [
                {"selector": "thead th", "props": "text-align: left; vertical-align: bottom;"},
                {"selector": "tbody th", "props": "text-align: left; vertical-align: top;"},
                {"selector": "td", "props": "text-align: right; vertical-align: top; font-variant-numeric: tabular-nums;"},
            ]
        )
        if text and frame.columns.is_unique:
            left = [{"selector": "td", "props": "text-align: left; min-width: 6em; max-width: 36em; white-space: normal;"}]
            styler = styler.set_table_styles({column: left for column in text}, overwrite=False)
        return styler

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/html": self.styler().to_html(), "text/plain": repr(self.frame)}


def table(frame: pd.DataFrame, name: str, *, digits: int = 2) -> Table:
    """``frame`` styled for reading in a notebook; ``name`` (letters, digits, ``_``) makes its ids
    unique and fixed. ``table(frame).frame`` is the frame itself."""
    return Table(frame, name, digits)
