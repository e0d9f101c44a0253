"""Charts are drawn once and cut out (charts._png): the picture must be what matplotlib's
``savefig(bbox_inches="tight")`` gives, also when labels or a legend lie outside the axes or
reach beyond the drawing margin."""

from __future__ import annotations

import io

import numpy
import pytest
from PIL import Image

from workflows.report import charts


def _bars(labels: list[str], legend_below: bool):  # type: ignore[no-untyped-def]
    figure = charts._figure(6.5, 0.45 * len(labels) + 1.4)
    axes = figure.add_subplot()
    axes.barh(labels, list(range(1, len(labels) + 1)), label="aantal")
    axes.set_title("Status van de acties per actielijn", fontsize=10)
    if legend_below:
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.4), ncol=3, frameon=False)
    return figure


def _pixels(png: bytes) -> numpy.ndarray:
    return numpy.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


@pytest.mark.parametrize(
    ("labels", "legend_below"),
    [
        (["1. Wonen", "2. Zorg", "3. Werk"], True),  # legend below the figure's bottom edge
        ([f"{n}. Actielijn {n}" for n in range(1, 21)], False),  # many bars
        (["Een actielijn met een heel erg lange naam\ndie over twee regels loopt" * 3], True),
    ],
)
def test_a_chart_is_the_tight_picture_matplotlib_would_save(
    labels: list[str], legend_below: bool
) -> None:
    reference = io.BytesIO()
    _bars(labels, legend_below).savefig(
        reference, format="png", dpi=charts.DPI, bbox_inches="tight", pad_inches=charts.PAD_INCHES
    )
    expected = _pixels(reference.getvalue())
    drawn = _pixels(charts._png(_bars(labels, legend_below)))
    assert abs(drawn.shape[0] - expected.shape[0]) <= 1
    assert abs(drawn.shape[1] - expected.shape[1]) <= 1
    rows, cols = min(drawn.shape[0], expected.shape[0]), min(drawn.shape[1], expected.shape[1])
    # The same picture, up to anti-aliasing at a sub-pixel offset.
    assert numpy.abs(drawn[:rows, :cols] - expected[:rows, :cols]).mean() < 6


def test_a_png_says_it_was_made_by_matplotlib_at_the_report_resolution() -> None:
    image = Image.open(io.BytesIO(charts._png(_bars(["1. Wonen"], True))))
    assert image.format == "PNG"
    assert "Matplotlib" in image.info["Software"]
    assert round(image.info["dpi"][0]) == charts.DPI
