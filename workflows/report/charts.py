"""The report's charts as PNG bytes, drawn with matplotlib's Agg canvas (no display needed).

Figures are built with ``matplotlib.figure.Figure`` rather than pyplot, so nothing global is
touched and two reports may be drawn at once. matplotlib is imported only when a chart is drawn:
the import alone costs half a second.
"""

from __future__ import annotations

import io
import textwrap

from workflows import messages
from workflows.programme.statuses import Status
from workflows.report.model import IndicatorRow, Report
from workflows.report.style import STRONG, clean

DPI = 150
PAD_INCHES = 0.1  # around the drawn area, as savefig's bbox_inches="tight"
MARGIN_INCHES = 1.0  # drawing room around a figure for what lies outside its axes


def _figure(width: float, height: float):  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


def _png(figure) -> bytes:  # type: ignore[no-untyped-def]
    """The figure as PNG, cropped to what is drawn plus a small pad: what
    ``savefig(bbox_inches="tight")`` gives, but drawn once instead of laid out, measured and
    drawn again (half of a chart's time). The figure is drawn on a canvas with a margin all
    round, its axes keeping their size and place in inches, so labels and a legend outside the
    axes are on the canvas too; then the drawn area is cut out."""
    import numpy
    from matplotlib.image import imsave

    width, height = figure.get_size_inches()
    full_width, full_height = width + 2 * MARGIN_INCHES, height + 2 * MARGIN_INCHES
    for axes in figure.axes:
        x, y, w, h = axes.get_position().bounds
        axes.set_position(
            (
                (x * width + MARGIN_INCHES) / full_width,
                (y * height + MARGIN_INCHES) / full_height,
                w * width / full_width,
                h * height / full_height,
            )
        )
    figure.set_size_inches(full_width, full_height)
    canvas = figure.canvas
    canvas.draw()
    box = figure.get_tightbbox(canvas.get_renderer()).padded(PAD_INCHES)
    buffer = io.BytesIO()
    if box.x0 < 0 or box.y0 < 0 or box.x1 > full_width or box.y1 > full_height:
        # Something reaches beyond the margin: let matplotlib lay it out again.
        figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", pad_inches=PAD_INCHES)
        return buffer.getvalue()
    left, top = round(box.x0 * DPI), round((full_height - box.y1) * DPI)
    pixels = numpy.asarray(canvas.buffer_rgba())[
        top : top + int(box.height * DPI), left : left + int(box.width * DPI)
    ]
    imsave(buffer, pixels, format="png", origin="upper", dpi=DPI)
    return buffer.getvalue()


def _title(axes, text: str, size: int) -> None:  # type: ignore[no-untyped-def]
    """The title above the axes, where matplotlib puts it: its height given (y=1, the default)
    so that matplotlib does not lay out the y axis again, on every draw, only to find that no
    tick label lies above the axes (none does in these charts)."""
    axes.set_title(text, fontsize=size, y=1.0)


def _short(text: str, width: int = 34) -> str:
    """At most two lines of ``width`` characters, cut with an ellipsis beyond that."""
    lines = textwrap.wrap(clean(text), width=width)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width=width, placeholder="…")]
    return "\n".join(lines)


def status_chart(report: Report) -> bytes:
    """Stacked horizontal bars: per actielijn the number of actions in each status."""
    sections = list(report.themes)
    labels = [_short(f"{s.number}. {s.title}" if s.number else s.title) for s in reversed(sections)]
    height = 0.45 * len(sections) + 1.4
    figure = _figure(6.5, height)
    axes = figure.add_subplot()
    lefts = [0] * len(sections)
    counts = [s.counts() for s in reversed(sections)]
    for status in Status:
        values = [c[status] for c in counts]
        if not any(values):
            continue
        axes.barh(
            labels,
            values,
            left=lefts,
            color=f"#{STRONG[status]}",
            label=status.label,
            edgecolor="white",
            linewidth=0.6,
        )
        for i, value in enumerate(values):
            if value:
                colour = "black" if status in (Status.NOT_STARTED, Status.ATTENTION) else "white"
                axes.text(
                    lefts[i] + value / 2,
                    i,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color=colour,
                )
        lefts = [left + v for left, v in zip(lefts, values, strict=True)]
    axes.set_xlabel(messages.REPORT_CHART_AXIS, fontsize=8)
    _title(axes, messages.REPORT_CHART_TITLE, 10)
    axes.tick_params(labelsize=8)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(
        fontsize=7,
        loc="upper center",
        # Half an inch below the axes, whatever the number of bars (0.77: the axes' share).
        bbox_to_anchor=(0.5, -0.5 / (height * 0.77)),
        ncol=3,
        frameon=False,
    )
    return _png(figure)


def progress_chart(indicators: tuple[IndicatorRow, ...]) -> bytes | None:
    """Horizontal bars: each indicator's progress (%) from baseline to target; None if none."""
    rows = [i for i in indicators if i.progress is not None]
    if not rows:
        return None
    figure = _figure(6.5, 0.4 * len(rows) + 1.1)
    axes = figure.add_subplot()
    labels = [_short(r.name, 40) for r in reversed(rows)]
    values = [float(r.progress or 0.0) for r in reversed(rows)]
    colours = [f"#{STRONG[Status.ON_TRACK if v >= 100 else Status.DONE]}" for v in values]
    axes.barh(labels, values, color=colours)
    axes.axvline(100, color="#595959", linewidth=0.8, linestyle="--")
    for i, value in enumerate(values):
        axes.text(max(value, 0) + 1, i, f"{round(value)}%", va="center", fontsize=7)
    axes.set_xlim(min(0.0, min(values) - 5), max(110.0, max(values) + 15))
    axes.set_xlabel(messages.REPORT_PROGRESS_AXIS, fontsize=8)
    _title(axes, messages.REPORT_PROGRESS_CHART_TITLE, 10)
    axes.tick_params(labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def finance_chart(totals: list) -> bytes:  # type: ignore[type-arg]
    """Grouped horizontal bars per actielijn: budget and spent (EUR)."""
    figure = _figure(6.5, 0.6 * len(totals) + 1.3)
    axes = figure.add_subplot()
    labels = [_short(t.label) for t in reversed(totals)]
    ys = list(range(len(totals)))
    budget = [t.budget for t in reversed(totals)]
    spent = [t.spent for t in reversed(totals)]
    axes.barh(
        [y + 0.2 for y in ys],
        budget,
        height=0.38,
        color="#BDD7EE",
        label=messages.REPORT_FINANCE_BUDGET,
    )
    axes.barh(
        [y - 0.2 for y in ys],
        spent,
        height=0.38,
        color="#2F5597",
        label=messages.REPORT_FINANCE_SPENT,
    )
    axes.set_yticks(ys, labels)
    axes.xaxis.set_major_formatter(
        lambda value, _pos: "€ " + f"{value:,.0f}".replace(",", ".")  # type: ignore[arg-type]
    )
    _title(axes, messages.REPORT_FINANCE_CHART_TITLE, 10)
    axes.tick_params(labelsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=7, frameon=False, loc="lower right")
    return _png(figure)


def indicator_chart(row: IndicatorRow, band_label: str) -> bytes | None:
    """The measurements of one indicator as a line, against the target band; None with fewer
    than two measurements (a single point says nothing a table does not)."""
    if len(row.series) < 2:
        return None
    from matplotlib.dates import date2num

    figure = _figure(6.5, 2.6)
    axes = figure.add_subplot()
    days = [d for d, _ in row.series]
    axes.plot(days, [v for _, v in row.series], marker="o", color=f"#{STRONG[Status.DONE]}")
    if row.target_min is not None:
        top = row.target_max if row.target_max is not None else row.target_min
        axes.axhspan(row.target_min, top, color="#C6EFCE", alpha=0.7, label=band_label)
        axes.legend(fontsize=7, frameon=False, loc="upper left")
    axes.set_xlim(date2num(days[0]) - 60, date2num(days[-1]) + 60)
    _title(axes, messages.REPORT_INDICATOR_CHART_TITLE.format(name=_short(row.name, 60)), 9)
    axes.tick_params(labelsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)
