"""The programme overview: totals, this round, per actielijn, late owners, filtered actions."""

from __future__ import annotations

from bot.views.blocks import MESSAGE_BLOCKS, Block, context, divider, header, section
from bot.views.lists import pack_lines, status_badge
from bot.views.mrkdwn import escape
from workflows import messages
from workflows.dates.dutch import format_long
from workflows.messages import form, plural
from workflows.programme.overview import ActionLine, Overview, RoundState, ThemeSummary
from workflows.programme.statuses import Status


def count_actions(n: int) -> str:
    return (messages.ONE_ACTION if n == 1 else messages.N_ACTIONS).format(n=n)


def counts_text(counts: dict[Status, int]) -> str:
    parts = [f"{status_badge(s)} {counts[s]}" for s in Status if counts.get(s)]
    return " · ".join(parts) if parts else messages.NO_ACTIONS


def round_text(state: RoundState | None) -> str:
    if state is None:
        return messages.NO_ROUND
    if state.days_left > 0:
        when = messages.OVERVIEW_DAYS_LEFT.format(days=plural(state.days_left, *messages.DAYS))
    elif state.days_left == 0:
        when = messages.OVERVIEW_TODAY
    else:
        when = messages.OVERVIEW_DAYS_OVER.format(days=plural(-state.days_left, *messages.DAYS))
    return messages.ROUND_LINE.format(
        half=state.half_year.label,
        received=state.received,
        expected=state.expected,
        updates=form(state.expected, *messages.UPDATES),
        deadline=format_long(state.deadline),
        when=when,
    )


def theme_text(theme: ThemeSummary, in_round: bool) -> str:
    title = messages.THEME_LINE.format(
        number=escape(theme.number.rstrip(".")),
        title=escape(theme.title),
        count=count_actions(theme.total),
    )
    line = f"{title}\n{counts_text(theme.counts)}"
    if in_round and (theme.received or theme.missing):
        missing = plural(theme.missing, *messages.MISSES)
        line += "\n" + messages.THEME_ROUND.format(received=theme.received, missing=missing)
    return line


def action_line(line: ActionLine) -> str:
    update = ""
    if line.updated is True:
        update = messages.UPDATE_IN
    elif line.updated is False and line.status.value not in ("done", "cancelled"):
        update = messages.UPDATE_MISSING
    return messages.ACTION_LINE.format(
        code=escape(line.code),
        title=escape(line.title),
        status=status_badge(line.status),
        owner=escape(line.owner) if line.owner else messages.NO_OWNER,
        update=update,
    )


def title_for(overview: Overview) -> str:
    flt = overview.filter
    statuses = messages.OR.join(s.label for s in flt.statuses)
    if sum(1 for part in (flt.theme, flt.statuses, flt.person, flt.missing) if part) > 1:
        parts = ""
        if flt.person:
            parts += messages.OVERVIEW_PART_PERSON.format(name=flt.person)
        if flt.statuses:
            parts += messages.OVERVIEW_PART_STATUS.format(status=statuses)
        if flt.missing:
            parts += messages.OVERVIEW_PART_MISSING
        if flt.theme:
            parts += messages.OVERVIEW_PART_THEME.format(theme=flt.theme)
        return messages.OVERVIEW_TITLE_COMBINED.format(parts=parts)
    if flt.theme:
        return messages.OVERVIEW_TITLE_THEME.format(theme=flt.theme)
    if flt.statuses:
        return messages.OVERVIEW_TITLE_STATUS.format(status=statuses)
    if flt.missing:
        return messages.OVERVIEW_TITLE_MISSING
    if flt.person:
        return messages.OVERVIEW_TITLE_PERSON.format(name=flt.person)
    return messages.OVERVIEW_TITLE.format(programme=overview.programme)


def overview_blocks(
    overview: Overview, budget: int = MESSAGE_BLOCKS, with_header: bool = True
) -> list[Block]:
    """The overview in at most ``budget`` blocks; long parts say how much is left out."""
    total = sum(overview.totals.values())
    head: list[Block] = [header(title_for(overview))] if with_header else []
    head.append(
        section(
            messages.OVERVIEW_TOTALS.format(
                count=count_actions(total), counts=counts_text(overview.totals)
            )
        )
    )
    head.append(context(round_text(overview.round)))
    tail: list[str] = []
    if overview.late_owners:
        tail = [messages.LATE_OWNERS_TITLE] + [
            messages.LATE_OWNER_LINE.format(name=escape(name), codes=", ".join(codes))
            for name, codes in overview.late_owners
        ]
    body: list[Block] = [divider()]
    if overview.filter.active:
        lines = [action_line(line) for line in overview.lines] or [messages.NO_MATCHING]
        room = budget - len(head) - 1 - (2 if tail else 0)
        body += pack_lines(lines, room)
    else:
        in_round = overview.round is not None
        themes = [theme_text(t, in_round) for t in overview.themes]
        room = budget - len(head) - 1 - (2 if tail else 0)
        body += (
            pack_lines(themes, room, noun=messages.NOUN_THEMES)
            if len(themes) > room
            else [section(text) for text in themes]
        )
    blocks = head + body
    if tail:
        blocks += pack_lines(tail, budget - len(blocks), noun=messages.NOUN_PEOPLE)
    return blocks[:budget]


def overview_text(overview: Overview) -> str:
    """The plain-text fallback (notifications, screen readers)."""
    total = sum(overview.totals.values())
    return f"{escape(title_for(overview))}: {count_actions(total)}. {round_text(overview.round)}"
