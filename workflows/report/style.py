"""Colours and the text helpers every report writer shares.

Status colours follow the traffic-light habit of the source programmes (groen / oranje / rood);
``FILL`` is the light variant for table cells (dark text stays readable), ``STRONG`` is used in
charts.
"""

from __future__ import annotations

import re

from workflows import messages
from workflows.dates.dutch import format_short
from workflows.dates.halfyear import HalfYear
from workflows.numbers import dutch_number
from workflows.programme.statuses import Status
from workflows.report.model import ActionRow, IndicatorRow

STRONG = {
    Status.NOT_STARTED: "A6A6A6",
    Status.ON_TRACK: "4E9A3A",
    Status.ATTENTION: "F0A30A",
    Status.DELAYED: "C8102E",
    Status.DONE: "2F6EBA",
    Status.CANCELLED: "595959",
}
FILL = {
    Status.NOT_STARTED: "E7E6E6",
    Status.ON_TRACK: "C6EFCE",
    Status.ATTENTION: "FFE699",
    Status.DELAYED: "F4B6B6",
    Status.DONE: "BDD7EE",
    Status.CANCELLED: "D0CECE",
}
PHASE_FILL = {"preparation": "BDD7EE", "realisation": "2F5597", "continuous": "A9D18E"}
CURRENT_BORDER = "C00000"
UNKNOWN_FILL = "F2F2F2"  # grey: no owner's update yet, so the status is not known


def status_fill(row: ActionRow) -> str:
    """The status cell's colour: the status's, or grey while only an import gave it."""
    return FILL[row.status] if row.status_known else UNKNOWN_FILL


def status_label(row: ActionRow) -> str:
    """``op schema``, or ``onbekend (import: op schema)`` while only an import gave it."""
    if row.status_known:
        return row.status.label
    return messages.REPORT_STATUS_UNKNOWN.format(status=row.status.label)


# XML 1.0 refuses C0 controls other than tab, newline and carriage return, lone surrogates and
# U+FFFE/U+FFFF; Word and Excel refuse the file if any slips in. C1 controls go too: never meant.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: object) -> str:
    """Text safe for .docx/.xlsx: characters Word rejects are dropped, never the whole text."""
    if text is None:
        return ""
    return _INVALID.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")


def number(value: float | None) -> str:
    """Dutch notation: 1.250 and 2,5."""
    if value is None:
        return messages.REPORT_NO_VALUE
    return dutch_number(value)


def euro(value: float | None) -> str:
    """``€ 1.228.158`` (whole euros)."""
    if value is None:
        return messages.REPORT_NO_VALUE
    return "€ " + dutch_number(round(value), places=0)


def target_line(row: ActionRow) -> str:
    """``Doel: 24 woonplekken · gerealiseerd: 12`` (empty when there is neither)."""
    parts = []
    if row.target_text:
        parts.append(messages.REPORT_TARGET.format(target=clean(row.target_text)))
    if row.realised_quantity is not None:
        parts.append(messages.REPORT_REALISED.format(quantity=number(row.realised_quantity)))
    return " · ".join(parts)


def partners_line(row: ActionRow) -> str:
    if not row.partners:
        return ""
    return messages.REPORT_PARTNERS.format(partners=", ".join(clean(p) for p in row.partners))


def update_note(row: ActionRow, half: HalfYear) -> str:
    """Why the shown text is not this half-year's update (empty when it is)."""
    if row.updated and row.late and row.text_date is not None:
        return messages.REPORT_LATE_UPDATE.format(date=format_short(row.text_date))
    if row.updated or not row.is_open or row.is_summary:  # a summary is its children's
        return ""
    if row.text_is_baseline and row.text_date is not None:
        return messages.REPORT_IMPORT_BASELINE.format(date=format_short(row.text_date))
    if row.text_date is None:
        return messages.REPORT_NEVER_UPDATED
    return messages.REPORT_NOT_UPDATED.format(
        half=messages.REPORT_HALF_WITH_ARTICLE.format(half=half.label),
        date=format_short(row.text_date),
    )


def plural(templates: dict[int, str], count: int, **fields: object) -> str:
    """Pick the singular (key 1) or the general template (key 0) for ``count``."""
    return templates.get(count, templates[0]).format(count=count, n=count, **fields)


def indicator_target(row: IndicatorRow) -> str:
    if row.target_min is None:
        return messages.REPORT_NO_VALUE
    target = number(row.target_min)
    if row.target_max is not None and row.target_max != row.target_min:
        target = messages.REPORT_TARGET_RANGE.format(low=target, high=number(row.target_max))
    if row.unit:
        target += f" {clean(row.unit)}"
    if row.target_year:
        target = messages.REPORT_TARGET_YEAR.format(target=target, year=row.target_year)
    return target


def indicator_baseline(row: IndicatorRow) -> str:
    if row.baseline is None:
        return messages.REPORT_NO_VALUE
    if row.baseline_year:
        return messages.REPORT_BASELINE.format(value=number(row.baseline), year=row.baseline_year)
    return number(row.baseline)


def indicator_latest(row: IndicatorRow) -> str:
    if row.latest_value is None or row.latest_date is None:
        return messages.REPORT_NO_VALUE
    text = messages.REPORT_MEASURED.format(
        value=number(row.latest_value), date=format_short(row.latest_date)
    )
    return f"{text}, {messages.REPORT_STALE}" if row.stale else text


def indicator_progress(row: IndicatorRow) -> str:
    """``ondergrens nog niet gehaald; 78% van 900`` (against the range, not its lower end)."""
    share = row.share_of_upper
    if share is None or row.reached_lower is None:
        return messages.REPORT_NO_VALUE
    top = row.target_max if row.target_max is not None else row.target_min
    state = (
        messages.REPORT_LOWER_REACHED if row.reached_lower else messages.REPORT_LOWER_NOT_REACHED
    )
    return messages.REPORT_PROGRESS_TEXT.format(
        state=state, share=number(round(share)), top=number(top)
    )


def percent(value: float | None) -> str:
    if value is None:
        return messages.REPORT_NO_VALUE
    return f"{number(round(value))}%"


def move_text(kind: str, half: HalfYear | None) -> str:
    if half is None:
        return messages.REPORT_NO_VALUE
    template = messages.REPORT_PLANNING_END if kind == "planning" else messages.REPORT_DEADLINE
    return template.format(half=half.label)
