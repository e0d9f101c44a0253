"""One action in full: people, planning grid, target, status, stand van zaken and history."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.views.blocks import (
    FIELDS,
    MESSAGE_BLOCKS,
    Block,
    actions,
    button,
    context,
    divider,
    fields,
    header,
    section,
    sections,
)
from bot.views.formatting import day, number
from bot.views.lists import pack_lines, status_badge
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.programme.action_detail import ActionDetail, ActionMatch, HistoryEntry
from workflows.programme.planning import Phase

HISTORY_PREVIEW = 280  # characters of an older update shown in the history list
_PHASE_LETTER = {
    Phase.PREPARATION: messages.PLANNING_CELL["preparation"],
    Phase.REALISATION: messages.PLANNING_CELL["realisation"],
    Phase.CONTINUOUS: messages.PLANNING_CELL["continuous"],
    None: "·",
}


def planning_grid(detail: ActionDetail) -> str:
    """A monospace line of half-years with V (voorbereiding) or R (realisatie) below each."""
    if not detail.planning:
        return messages.NO_PLANNING
    top = "  ".join(h.code for h, _ in detail.planning)
    bottom = "  ".join(_PHASE_LETTER[p].center(len(h.code)) for h, p in detail.planning)
    return f"{messages.PLANNING_TITLE}\n```{top}\n{bottom}```"


def history_line(entry: HistoryEntry, tz: ZoneInfo) -> str:
    text = " ".join(entry.text.split())
    if len(text) > HISTORY_PREVIEW:
        text = text[: HISTORY_PREVIEW - 1] + "…"
    line = messages.HISTORY_LINE.format(
        date=day(entry.at, tz),
        author=escape(entry.author)
        if entry.author
        else messages.SOURCE_LABELS.get(entry.source, entry.source),
        status=status_badge(entry.status),
        text=escape(text) or messages.NO_TEXT,
    )
    if entry.realised_quantity is not None:
        line += messages.HISTORY_QUANTITY.format(quantity=number(entry.realised_quantity))
    if entry.reason:
        line += messages.HISTORY_REASON.format(reason=escape(" ".join(entry.reason.split())))
    if entry.late:
        line += messages.HISTORY_LATE
    if entry.carried_over:
        line += messages.HISTORY_CARRIED
    if entry.help_needed:
        line += messages.HISTORY_HELP
    return line


def action_blocks(detail: ActionDetail, tz: ZoneInfo) -> list[Block]:
    blocks: list[Block] = [
        header(messages.ACTION_TITLE.format(code=detail.code, title=detail.title)),
        context(messages.ACTION_THEME.format(theme=escape(detail.theme))),
        fields(
            [
                messages.FIELD_OWNER.format(
                    value=escape(detail.owner) if detail.owner else messages.NOBODY
                ),
                messages.FIELD_DEPUTIES.format(
                    value=escape(", ".join(detail.deputies)) if detail.deputies else messages.NOBODY
                ),
                messages.FIELD_STATUS.format(
                    value=status_badge(detail.status)
                    if detail.status_known
                    else messages.STATUS_UNKNOWN
                ),
                messages.FIELD_TARGET.format(
                    value=escape(detail.target) if detail.target else messages.NOT_SET
                ),
                messages.FIELD_DEADLINE.format(
                    value=detail.deadline.label
                    if detail.deadline
                    else messages.CONTINUOUS
                    if detail.continuous
                    else messages.NOT_SET
                ),
            ]
        ),
    ]
    extra = [
        messages.FIELD_EXTRA.format(label=escape(label), value=escape(text))
        for label, text in detail.extra
    ]
    blocks += [fields(extra[i : i + FIELDS]) for i in range(0, len(extra), FIELDS)]
    if detail.partners:
        blocks += sections(messages.PARTNERS.format(value=escape(", ".join(detail.partners))))
    what = escape(detail.description)
    if detail.steps and not all(step in detail.description for step in detail.steps):
        what += "\n" + "\n".join(f"• {escape(step)}" for step in detail.steps)
    if what.strip():
        blocks += sections(messages.DESCRIPTION.format(value=what))
    blocks += sections(planning_grid(detail))
    blocks.append(divider())
    blocks += sections(
        messages.STATUS_TEXT_TITLE
        + "\n"
        + (escape(detail.status_text) if detail.status_text else messages.NO_STATUS_TEXT)
    )
    latest = detail.latest
    if latest is not None:
        when = day(latest.at, tz)
        if latest.source == "import":
            line = messages.LATEST_BASELINE.format(date=when)
        elif latest.author:
            line = messages.LATEST.format(date=when, author=escape(latest.author))
        else:
            source = messages.SOURCE_LABELS.get(latest.source, latest.source)
            line = messages.LATEST_VIA.format(date=when, source=source)
        blocks.append(context(line))
    if detail.history:
        lines = [history_line(e, tz) for e in detail.history]
        total = messages.plural(detail.history_total, *messages.UPDATES)
        title = messages.HISTORY_TITLE.format(shown=len(lines), total=total)
        blocks += sections(title + "\n" + "\n".join(lines))
    blocks.append(
        actions(
            button(
                messages.BOT_BUTTON_UPDATE,
                f"update_open:{detail.code}",
                detail.code,
                style="primary",
            ),
            button(messages.BUTTON_SPENDING, f"spending_open:{detail.code}", detail.code),
        )
    )
    return blocks


def action_text(detail: ActionDetail) -> str:
    return messages.ACTION_FALLBACK.format(
        code=escape(detail.code), title=escape(detail.title), status=detail.status.label
    )


def matches_blocks(text: str, matches: list[ActionMatch]) -> list[Block]:
    """The actions whose title matches ``text``, to choose one by code."""
    title = messages.ACTION_MATCHES.format(count=len(matches), text=escape(text))
    lines = [
        messages.ACTION_MATCH_LINE.format(code=escape(m.code), title=escape(m.title))
        for m in matches
    ]
    hint = messages.ACTION_MATCHES_HINT.format(code=escape(matches[0].code))
    return [section(title), *pack_lines(lines, MESSAGE_BLOCKS - 2), context(hint)]


def matches_text(text: str, matches: list[ActionMatch]) -> str:
    return messages.ACTION_MATCHES.format(count=len(matches), text=escape(text))
