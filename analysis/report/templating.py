"""The one Jinja2 environment of the report and validation pages, and the page shell.

Every HTML fragment is rendered from ``analysis/report/templates/*.html.j2`` with autoescape on,
so any string that comes from an article (``<script>``, ``onerror=``, ``javascript:``) is shown as
text. Escaping renders as :func:`html.escape` with quotes always has (``&quot;`` and ``&#x27;``,
where Jinja's own escape would write ``&#34;`` and ``&#39;``): the stored notebook outputs and the
golden report are compared byte for byte. The page shell (``page.html.j2``) also sets a
Content-Security-Policy that forbids every script, so even a missed escape could not run code.

Template files are indented for reading: when an ``.html.j2`` template is loaded, each line break
and the indentation after it are dropped, so the HTML holds only what a template writes within a
line (no whitespace appears between tags that the Python string building of old did not write).

A section (:func:`render_section`) is its template's HTML cut at each chart: a :class:`Section` of
HTML pieces and :class:`~analysis.report.plots.Chart` objects in order. Displayed in a notebook each
piece is one output, the HTML inside the report's container ``<div class="nfa-report">`` (the
selectors of ``report.css.j2`` are scoped to it) and each chart an image output JupyterLab shows
even in an untrusted notebook; :meth:`Section.html` joins them into one string with inline SVG.

Only two values are trusted as markup: the inline SVG charts (made by matplotlib from our own
numbers and labels, which it XML-escapes) and the body nbconvert exports from our own notebook.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.ext import Extension
from markupsafe import Markup

from analysis.report.plots import Chart

_LAYOUT = re.compile(r"\n[ \t]*")


class _DropLayout(Extension):
    """Drop the line breaks (and the indentation after them) of ``.html.j2`` template sources."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return _LAYOUT.sub("", source) if name is not None and name.endswith(".html.j2") else source


def _escape_as_html_escape(value: Any) -> Any:
    """Escape every printed value as ``html.escape(..., quote=True)`` does (``None`` prints as
    nothing); markup (charts, macros) passes through, and autoescape leaves the result alone."""
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))


def cell(value: Any) -> str:
    """A table cell's text: ``yes``/``no`` for booleans, floats to two decimals (one from 10 up)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return "" if value is None else str(value)


def signed(value: float) -> str:
    """A signed figure with a true minus sign: ``+0.18``, ``−0.54``."""
    return f"{value:+.2f}".replace("-", "−")


ENVIRONMENT = Environment(
    loader=PackageLoader("analysis.report", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True, default=False),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    finalize=_escape_as_html_escape,
    extensions=[_DropLayout],
)
ENVIRONMENT.filters["cell"] = cell
ENVIRONMENT.filters["signed"] = signed


def render(name: str, **context: Any) -> str:
    """Render the template ``name`` (a file in ``analysis/report/templates/``) with ``context``."""
    return ENVIRONMENT.get_template(name).render(**context)


#: The report's container: its class scopes every selector of ``report.css.j2``.
CONTAINER = "nfa-report"
_CHART_MARKER = re.compile(r"<!--chart:(\w+)-->")


def scoped(fragment: str) -> str:
    """``fragment`` inside the report's container, where its styles apply."""
    return f'<div class="{CONTAINER}">{fragment}</div>'


def style_html() -> str:
    """The report's styles (``report.css.j2``, every selector under the container) as one element."""
    return "<style>" + render("report.css.j2") + "</style>"


@dataclass(frozen=True)
class Section:
    """A section of the report or validation page: HTML pieces and charts, in reading order."""

    parts: tuple[str | Chart, ...]

    def html(self) -> str:
        """One HTML string, each chart inline as SVG (trusted markup: matplotlib made it from our own
        numbers and labels, and XML-escaped the labels)."""
        return "".join(f'<div class="chart">{p.svg}</div>' if isinstance(p, Chart) else p for p in self.parts)

    def _ipython_display_(self) -> None:
        from IPython.display import HTML, display

        for part in self.parts:
            display(part if isinstance(part, Chart) else HTML(scoped(part)))


def render_section(name: str, **context: Any) -> Section:
    """Render the template ``name``; each context value that is a :class:`Chart` is placed where the
    template puts it (``m.chart``), between the HTML pieces of the section."""
    charts = {key: value for key, value in context.items() if isinstance(value, Chart)}
    markers = {key: Markup(f"<!--chart:{key}-->") for key in charts}
    pieces = _CHART_MARKER.split(render(name, **{**context, **markers}))
    # split() alternates text and captured chart names: text, name, text, name, ..., text.
    parts = [charts[piece] if index % 2 else piece for index, piece in enumerate(pieces)]
    return Section(tuple(p for p in parts if isinstance(p, Chart) or p.strip()))


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML document (no external resources, no scripts) around
    ``body``, the HTML nbconvert exported from one of our notebooks (trusted as markup)."""
    return render("page.html.j2", title=title, body=Markup(body))
