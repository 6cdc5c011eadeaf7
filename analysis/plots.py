"""Charts for the report and notebooks, as deterministic SVG strings.

Presentation only: each function takes results and draws them. SVG output is made reproducible
byte for byte: a fixed ``svg.hashsalt`` (element ids), no creation date in the metadata, and text
kept as text (``svg.fonttype = "none"``) so labels stay selectable and no font outlines depend on
the machine.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

_STYLE = {
    "svg.hashsalt": "news-analysis",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
}
# Colour-blind-safe palette (Okabe & Ito 2008).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
NEGATIVE, POSITIVE, NEUTRAL = "#D55E00", "#0072B2", "#999999"


def _is_light(color: str) -> bool:
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue > 0.6


def new_figure(width: float = 7.0, height: float = 3.2) -> Figure:
    with plt.rc_context(_STYLE):
        return Figure(figsize=(width, height), layout="constrained")


def to_svg(figure: Figure) -> str:
    """Serialise ``figure`` to a reproducible SVG string (without the XML prolog)."""
    buffer = io.StringIO()
    with plt.rc_context(_STYLE):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


def horizontal_bars(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    xlabel: str,
    reference: tuple[float, float] | None = None,
    reference_label: str | None = None,
    colors: Sequence[str] | None = None,
    value_format: str = "{:.1f}",
    xlim: tuple[float, float] | None = None,
) -> str:
    """Labelled horizontal bars, optionally with a shaded reference band (e.g. the news norm)."""
    height = 0.9 + 0.38 * max(len(labels), 1)
    with plt.rc_context(_STYLE):
        figure = new_figure(7.0, height)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        bar_colors = list(colors) if colors else [PALETTE[0]] * len(labels)
        axes.barh(positions, values, color=bar_colors, height=0.6)
        axes.set_yticks(positions, labels)
        if reference is not None:
            axes.axvspan(reference[0], reference[1], color="#bbbbbb", alpha=0.35, lw=0, label=reference_label)
            if reference_label:
                axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.28), frameon=False, fontsize=8)
        for position, value in zip(positions, values, strict=True):
            axes.text(value, position, " " + value_format.format(value), va="center", fontsize=8)
        if xlim is not None:
            axes.set_xlim(*xlim)
        else:
            high = max([*values, reference[1] if reference else 0, 0])
            low = min([*values, 0])
            axes.set_xlim(low, high * 1.15 + 0.5)
        axes.set_title(title, loc="left")
        axes.set_xlabel(xlabel)
        return to_svg(figure)


def line_with_points(
    x: Sequence[float],
    y: Sequence[float],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    ylim: tuple[float, float] = (-1.0, 1.0),
    annotations: Sequence[tuple[float, float, str]] = (),
) -> str:
    """A line over points coloured by sign (negative, neutral, positive), with optional labels."""
    with plt.rc_context(_STYLE):
        figure = new_figure(7.0, 3.0)
        axes = figure.add_subplot()
        axes.axhline(0, color="#666666", lw=0.8)
        axes.plot(x, y, color="#555555", lw=1.2)
        point_colors = [NEGATIVE if v <= -0.05 else POSITIVE if v >= 0.05 else NEUTRAL for v in y]
        axes.scatter(x, y, c=point_colors, s=28, zorder=3)
        for ax_x, ax_y, text in annotations:
            axes.annotate(text, (ax_x, ax_y), textcoords="offset points", xytext=(0, 8 if ax_y >= 0 else -14), ha="center", fontsize=8)
        axes.set_ylim(*ylim)
        axes.set_title(title, loc="left")
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        if x:
            axes.set_xticks(list(x))
        return to_svg(figure)


def stacked_share_bars(rows: Sequence[tuple[str, Sequence[tuple[str, float]]]], *, title: str) -> str:
    """One 100 % bar per row, split into labelled shares (e.g. named / anonymous / institution)."""
    height = 0.9 + 0.5 * max(len(rows), 1)
    with plt.rc_context(_STYLE):
        figure = new_figure(7.0, height)
        axes = figure.add_subplot()
        labels = [label for label, _ in rows]
        positions = list(range(len(rows)))[::-1]
        seen: dict[str, str] = {}
        for position, (_, parts) in zip(positions, rows, strict=True):
            left = 0.0
            for part_label, share in parts:
                color = seen.setdefault(part_label, PALETTE[len(seen) % len(PALETTE)])
                axes.barh(
                    position,
                    share,
                    left=left,
                    color=color,
                    height=0.6,
                    label=part_label if position == positions[0] or part_label not in axes.get_legend_handles_labels()[1] else None,
                )
                if share >= 0.08:
                    ink = "black" if _is_light(color) else "white"
                    axes.text(left + share / 2, position, f"{part_label}\n{share:.0%}", ha="center", va="center", fontsize=7.5, color=ink)
                left += share
        axes.set_yticks(positions, labels)
        axes.set_xlim(0, 1)
        axes.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        axes.set_title(title, loc="left")
        return to_svg(figure)
