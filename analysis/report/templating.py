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

Only two values are trusted as markup: the inline SVG charts (made by matplotlib from our own
numbers and labels, which it XML-escapes) and the body nbconvert exports from our own notebook.
"""

from __future__ import annotations

import html
import re
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.ext import Extension
from markupsafe import Markup

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


def svg(chart: str) -> Markup:
    """An inline SVG chart from :mod:`analysis.report.plots`, trusted as markup: matplotlib made it
    from our own numbers and labels (and XML-escaped the labels)."""
    return Markup(chart)


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML document (no external resources, no scripts) around
    ``body``, the HTML nbconvert exported from one of our notebooks (trusted as markup)."""
    return render("page.html.j2", title=title, body=Markup(body))
