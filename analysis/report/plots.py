"""Charts for the report and notebooks: each a :class:`Chart`, the same figure as SVG and as PNG.

Presentation only: each function takes results and draws them. SVG output is made reproducible
byte for byte: a fixed ``svg.hashsalt`` (element ids), no creation date in the metadata, and text
kept as text (``svg.fonttype = "none"``) so labels stay selectable and no font outlines depend on
the machine. The PNG beside it (no software or date metadata) is what JupyterLab shows when a
notebook is opened untrusted, where it drops SVG outputs; pages exported by nbconvert use the SVG.
Figures are made as ``Figure`` objects, never through pyplot's state, so no backend is chosen here
(a notebook keeps its inline backend for its own figures).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
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


@dataclass(frozen=True)
class Chart:
    """One chart: its ``title``, reproducible ``svg`` markup and ``png`` bytes. Displayed in a
    notebook it is one output holding both (JupyterLab shows the SVG when the notebook is trusted,
    else the PNG; nbconvert's HTML export inlines the SVG)."""

    title: str
    svg: str
    png: bytes

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {
            "image/svg+xml": self.svg,
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": f"Chart: {self.title}",
        }


PNG_DPI = 100


def to_chart(figure: Figure, title: str) -> Chart:
    """``figure`` as a :class:`Chart` (SVG and a PNG at ``PNG_DPI``)."""
    buffer = io.BytesIO()
    with plt.rc_context(_STYLE):
        figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return Chart(title, to_svg(figure), buffer.getvalue())


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
) -> Chart:
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
        return to_chart(figure, title)


def line_with_points(
    x: Sequence[float],
    y: Sequence[float],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    ylim: tuple[float, float] = (-1.0, 1.0),
    annotations: Sequence[tuple[float, float, str]] = (),
) -> Chart:
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
        return to_chart(figure, title)


def stacked_share_bars(rows: Sequence[tuple[str, Sequence[tuple[str, float]]]], *, title: str) -> Chart:
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
        return to_chart(figure, title)


# --------------------------------------------------------------------------------------------
# Groups of articles (corpus comparisons)


def _group_style(
    groups: Sequence[str], group_labels: Mapping[str, str] | None, colors: Sequence[str] | None
) -> tuple[list[str], list[str]]:
    labels = [(group_labels or {}).get(g, g) for g in groups]
    palette = list(colors)[: len(groups)] if colors else [PALETTE[i % len(PALETTE)] for i in range(len(groups))]
    return labels, palette


def group_distributions(
    frame: pd.DataFrame,
    group_column: str,
    measures: Mapping[str, str],
    *,
    order: Sequence[str],
    title: str,
    group_labels: Mapping[str, str] | None = None,
    colors: Sequence[str] | None = None,
    columns: int = 3,
) -> Chart:
    """One panel per measure (column -> axis label): per group a box (quartiles, whiskers to
    1.5 IQR), every article as a point (fixed jitter, so the SVG is reproducible) and the mean as
    a white diamond; the x labels give each group's number of articles with a value. Groups are
    those of ``order`` present in the table, then any others (sorted); absent columns are
    skipped; a zero line is drawn when a panel has negative values."""
    present = sorted(set(frame[group_column].dropna().astype(str)))
    groups = [g for g in order if g in present] + [g for g in present if g not in order]
    measures = {column: label for column, label in measures.items() if column in frame.columns}
    if colors is not None and len(colors) < len(groups):
        colors = None
    labels, palette = _group_style(groups, group_labels, colors)
    rows = max(1, -(-len(measures) // columns))
    with plt.rc_context(_STYLE):
        figure = new_figure(3.0 * max(1, min(columns, len(measures))) + 0.4, 2.9 * rows + 0.4)
        figure.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
        rng = np.random.default_rng(0)
        for panel, (column, axis_label) in enumerate(measures.items()):
            axes = figure.add_subplot(rows, columns, panel + 1)
            data, ticks = [], []
            for group, label in zip(groups, labels, strict=True):
                values = pd.to_numeric(frame.loc[frame[group_column].astype(str) == group, column], errors="coerce").dropna()
                data.append(values.to_numpy(dtype=float))
                ticks.append(f"{label}\nn={len(values)}")
            positions = list(range(len(groups)))
            if any(len(v) and v.min() < 0 for v in data):
                axes.axhline(0, color="#888888", lw=0.7, zorder=0)
            boxes = axes.boxplot(
                data, positions=positions, widths=0.55, showfliers=False, patch_artist=True,
                medianprops={"color": "#222222", "lw": 1.4}, whiskerprops={"color": "#555555"}, capprops={"color": "#555555"},
            )
            for patch, color in zip(boxes["boxes"], palette, strict=True):
                patch.set(facecolor=color, alpha=0.25, edgecolor="#555555")
            for position, values, color in zip(positions, data, palette, strict=True):
                jitter = rng.uniform(-0.2, 0.2, len(values))
                axes.scatter(position + jitter, values, s=7, color=color, alpha=0.55, lw=0, zorder=3)
                if len(values):
                    axes.scatter([position], [values.mean()], marker="D", s=26, color="white", edgecolor="#111111", lw=1.0, zorder=4)
            axes.set_xticks(positions, ticks, fontsize=7.5)
            axes.set_ylabel(axis_label, fontsize=9)
        return to_chart(figure, title)


def group_means(
    summary: pd.DataFrame,
    *,
    title: str,
    xlabel: str,
    group_labels: Mapping[str, str] | None = None,
    colors: Sequence[str] | None = None,
    xlim: tuple[float, float] | None = None,
    thin: Collection[tuple[str, str]] = (),
    thin_note: str = "hollow dot: too little evidence to read as a difference",
) -> Chart:
    """Mean ± interval per measure (rows) and group (dodged dots), from
    :func:`analysis.corpus.summarise_by` (columns ``measure``, ``group``, ``mean``, ``ci_low``,
    ``ci_high``, ``n``). The (measure, group) cells in ``thin`` are drawn as hollow dots with
    ``thin_note`` under the chart: a mean of one or two sentences looks as solid as one of twenty
    otherwise (round 21's trial: an actor's tone on one mention per outlet)."""
    measures = list(dict.fromkeys(summary["measure"])) if len(summary) else []
    groups = list(dict.fromkeys(summary["group"])) if len(summary) else []
    if colors is not None and len(colors) < len(groups):
        colors = None
    labels, palette = _group_style(groups, group_labels, colors)
    step = 0.7 / max(len(groups), 1)
    with plt.rc_context(_STYLE):
        figure = new_figure(7.0, 1.2 + 0.55 * len(measures) * max(1.0, len(groups) / 4))
        axes = figure.add_subplot()
        for g, (group, label, color) in enumerate(zip(groups, labels, palette, strict=True)):
            part = summary[summary["group"] == group].set_index("measure").reindex(measures)
            y = [len(measures) - 1 - m + 0.35 - step / 2 - g * step for m in range(len(measures))]
            axes.hlines(y, part["ci_low"], part["ci_high"], color=color, lw=2.0, alpha=0.8)
            n = int(part["n"].max()) if part["n"].notna().any() else 0
            hollow = [(measure, group) in thin for measure in measures]
            solid = [not h for h in hollow]
            axes.scatter(part["mean"][solid], [v for v, keep in zip(y, solid, strict=True) if keep], color=color, s=30, zorder=3,
                         label=f"{label} (n={n})")
            if any(hollow):
                axes.scatter(part["mean"][hollow], [v for v, keep in zip(y, hollow, strict=True) if keep], facecolors="white",
                             edgecolors=color, s=30, zorder=3)
        axes.set_yticks(range(len(measures))[::-1], measures)
        for boundary in range(len(measures) - 1):
            axes.axhline(boundary + 0.5, color="#e5e5e5", lw=0.8, zorder=0)
        if xlim is not None:
            axes.set_xlim(*xlim)
        axes.set_ylim(-0.5, len(measures) - 0.5)
        noted = any(cell in thin for cell in zip(summary["measure"], summary["group"], strict=True))
        axes.set_xlabel(xlabel + (f"\n({thin_note})" if noted else ""))
        axes.set_title(title, loc="left")
        if groups:
            below = 0.16 + (0.1 if noted else 0.0) + 0.25 / max(len(measures), 1)
            axes.legend(loc="upper center", bbox_to_anchor=(0.5, -below), ncols=min(len(groups), 4),
                        frameon=False, fontsize=8)
        return to_chart(figure, title)
