"""Sub-actions (2.4a-l) roll up under their parent (2.4), as the source programmes total them.

The parent row then reads as a summary: the targets and realised quantities of its children
summed per unit, its status the worst of theirs, and, when it has no text of its own, a
sentence that counts the children by status.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workflows import messages
from workflows.programme.statuses import Status
from workflows.report.model import ActionRow
from workflows.report.style import number

_SUB = re.compile(r"^(?P<parent>.*\d)(?P<letter>[a-z])$", re.IGNORECASE)
# Worst first; a cancelled child does not make its parent look better or worse.
SEVERITY = (
    Status.DELAYED,
    Status.ATTENTION,
    Status.NOT_STARTED,
    Status.ON_TRACK,
    Status.DONE,
    Status.CANCELLED,
)


def parent_code(code: str) -> str | None:
    match = _SUB.match(code)
    return match.group("parent") if match else None


def worst(statuses: list[Status]) -> Status:
    live = [s for s in statuses if s is not Status.CANCELLED] or statuses
    return min(live, key=SEVERITY.index)


def roll_up(rows: list[ActionRow]) -> tuple[ActionRow, ...]:
    """The rows of one actielijn, parents turned into summaries of their sub-actions."""
    codes = {r.code.lower(): r.code for r in rows}
    children: dict[str, list[ActionRow]] = {}
    out: list[ActionRow] = []
    for row in rows:
        parent = parent_code(row.code)
        if parent is not None and parent.lower() in codes:
            row = replace(row, parent=codes[parent.lower()])
            children.setdefault(codes[parent.lower()], []).append(row)
        out.append(row)
    return tuple(_summary(r, children[r.code]) if r.code in children else r for r in out)


def _summary(parent: ActionRow, kids: list[ActionRow]) -> ActionRow:
    status = worst([k.status for k in kids])
    target_min, target_max, realised, unit = _sums(kids)
    counts = ", ".join(
        f"{n} {s.label}" for s in SEVERITY[::-1] if (n := sum(1 for k in kids if k.status is s))
    )
    text = messages.REPORT_ROLLUP_TEXT.format(
        subactions=messages.plural(len(kids), *messages.SUBACTIONS), counts=counts
    )
    if target_min is not None:
        text += " " + messages.REPORT_ROLLUP_TARGET.format(
            realised=_n(realised or 0), target=_range(target_min, target_max), unit=unit or ""
        )
    own = parent.status_text.strip()
    target_text = parent.target_text
    if target_min is not None and not target_text:
        target_text = messages.REPORT_ROLLUP_GOAL.format(
            target=_range(target_min, target_max), unit=unit or ""
        )
    return replace(
        parent,
        target_text=target_text,
        status=status,
        status_text=f"{own}\n{text}" if own else text,
        target_min=target_min if target_min is not None else parent.target_min,
        target_max=target_max if target_max is not None else parent.target_max,
        target_unit=unit or parent.target_unit,
        realised_quantity=realised if target_min is not None else parent.realised_quantity,
        children=tuple(k.code for k in kids),
    )


def _sums(kids: list[ActionRow]) -> tuple[float | None, float | None, float | None, str | None]:
    """Targets and realisations of the children, summed for the most common unit."""
    units = [k.target_unit for k in kids if k.target_min is not None and k.target_unit]
    if not units:
        return None, None, None, None
    unit = max(set(units), key=units.count)
    same = [k for k in kids if k.target_unit == unit and k.target_min is not None]
    low = sum(k.target_min or 0 for k in same)
    high = sum((k.target_max if k.target_max is not None else k.target_min) or 0 for k in same)
    realised = sum(k.realised_quantity or 0 for k in same)
    return low, high, realised, unit


def _n(value: float) -> str:
    return number(value)


def _range(low: float, high: float | None) -> str:
    if high is None or high == low:
        return _n(low)
    return messages.REPORT_TARGET_RANGE.format(low=_n(low), high=_n(high))
