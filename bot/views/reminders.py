"""Block Kit for reminders, escalations and the weekly digest: pure functions of the plain
content that workflows build (workflows.reminders.content). The same blocks go to Slack and, as
text, to the terminal. All user text is escaped."""

from __future__ import annotations

from collections.abc import Sequence

from bot.views.blocks import Block, actions, button, context, divider, header, section, sections
from bot.views.mrkdwn import escape
from bot.views.programmes import with_programme
from workflows import messages
from workflows.dates.dutch import format_long
from workflows.dates.workdays import is_working_day
from workflows.messages import form, plural
from workflows.programme.statuses import Status
from workflows.reminders import (
    ActionLine,
    DigestContent,
    EscalationContent,
    NotificationKind,
    ReminderContent,
    notice_text,
)

MAX_ACTIONS = 20  # 2 blocks each; keeps a reminder well inside Slack's 50 blocks
MAX_LINES = 25  # per digest list; the rest is counted
UPDATE_BUTTON = "update_open"  # the update modal's button (bot/actions of the Slack bot work)
HIGHLIGHT = {Status.DELAYED.value: "🔴", Status.ATTENTION.value: "🟠"}


def status_label(code: str) -> str:
    return messages.STATUS_LABELS.get(code, code)


def first_name(name: str) -> str:
    """ "Hoi Anna", not "Hoi Anna Jansen (demo)"; an e-mail address or one word stays whole."""
    return name if "@" in name else (name.split() or [""])[0]


def reminder_blocks(content: ReminderContent, *, hour: int = 9) -> tuple[str, list[Block]]:
    """The owner's reminder, with per-action buttons; re-rendered after every button press."""
    half = content.half_year.label
    deadline = format_long(content.deadline)
    name = escape(first_name(content.person_name or ""))
    blocks: list[Block] = [header(messages.REMINDER_HEADER.format(half=half))]
    blocks += _programme_line(content.programme_name)
    open_lines = content.open_actions
    if not open_lines:
        blocks.append(section(_handled(content)))
    else:
        occasion = content.occasion
        if occasion == "deadline" and not is_working_day(content.deadline):
            occasion = "deadline_ahead"  # sent on the working day before the deadline
        intro = messages.REMINDER_INTRO.get(occasion, messages.REMINDER_INTRO["first"])
        text = intro.format(name=name, half=half, deadline=deadline).replace("Hoi , ", "Hoi, ")
        blocks.append(section(text))
    ref = str(content.notification_id or 0)
    shown = list(content.actions[:MAX_ACTIONS])
    for line in shown:
        code, title = escape(line.code), escape(line.title)
        if line.done:
            blocks.append(section(messages.REMINDER_ACTION_DONE.format(code=code, title=title)))
            continue
        if line.action_id in content.passed_on:
            blocks.append(
                section(messages.REMINDER_ACTION_PASSED_ON.format(code=code, title=title))
            )
            continue
        text = messages.REMINDER_ACTION.format(
            code=code,
            title=title,
            status=status_label(line.status),
            text=escape(line.status_text)
            if line.status_text.strip()
            else messages.REMINDER_NO_TEXT,
        )
        blocks.extend(sections(text)[:2])
        value = with_programme(content.programme_id, f"{ref}:{line.action_id}")
        update_value = with_programme(content.programme_id, line.code)
        blocks.append(
            actions(
                button(
                    messages.BUTTON_UPDATE, f"{UPDATE_BUTTON}:{line.code}", update_value, "primary"
                ),
                button(messages.BUTTON_NO_CHANGE, f"reminder:nochange:{line.action_id}", value),
                button(messages.BUTTON_NOT_MINE, f"reminder:notmine:{line.action_id}", value),
            )
        )
    if len(content.actions) > MAX_ACTIONS:
        blocks.append(
            context(
                messages.REMINDER_MORE.format(
                    count=plural(len(content.actions) - MAX_ACTIONS, *messages.REMINDER_MORE_WORDS)
                )
            )
        )
    if open_lines:
        blocks.append(divider())
        if content.snoozed_until is not None:
            day = format_long(content.snoozed_until)
            blocks.append(context(messages.REMINDER_SNOOZED.format(day=day, hour=hour)))
        else:
            blocks.append(context(messages.REMINDER_HOW))
            later = with_programme(content.programme_id, ref)
            blocks.append(actions(button(messages.BUTTON_LATER, "reminder:later", later)))
    if not open_lines:
        return _handled(content), blocks
    late = content.occasion == "last"
    text = (messages.REMINDER_FALLBACK_LATE if late else messages.REMINDER_FALLBACK).format(
        half=half, deadline=deadline, codes=", ".join(escape(a.code) for a in open_lines)
    )
    return text, blocks


def _handled(content: ReminderContent) -> str:
    """Every line of this reminder is handled: all in, or still some open elsewhere (passed on
    to the coordinator, deputised, or not in this reminder)."""
    half = content.half_year.label
    if not content.outstanding:
        return messages.REMINDER_ALL_DONE.format(half=half)
    return messages.REMINDER_HANDLED_STILL_OPEN.format(
        half=half,
        count=plural(len(content.outstanding), *messages.REMINDER_OPEN_WORDS),
        codes=", ".join(escape(c) for c in content.outstanding),
    )


def escalation_blocks(content: EscalationContent) -> tuple[str, list[Block]]:
    half = content.half_year.label
    lines = [
        messages.ESCALATION_LINE.format(
            who=f"<@{o.slack_id}>" if o.slack_id else escape(o.name),
            codes=", ".join(escape(c) for c in o.codes),
        )
        for o in content.late
    ]
    intro = messages.ESCALATION_INTRO.format(
        deadline=format_long(content.deadline),
        received=content.received,
        expected=content.expected,
        updates=form(content.expected, *messages.UPDATES),
        are=form(content.received, *messages.IS_ARE),
    )
    if lines:
        intro += " " + messages.ESCALATION_LATE + "\n" + "\n".join(lines)
    blocks = [
        header(messages.ESCALATION_HEADER.format(half=half)),
        *_programme_line(content.programme_name),
        *sections(intro),
    ]
    if content.unreachable:
        blocks.extend(_unreachable_sections(content))
    late = len(content.late)
    text = messages.ESCALATION_FALLBACK.format(
        half=half, count=plural(late, *messages.OWNERS), are=form(late, *messages.IS_ARE)
    )
    return text, blocks[:50]


def _programme_line(name: str | None) -> list[Block]:
    """Which programme a message is about, when there are several."""
    return [context(messages.NOTICE_PROGRAMME.format(name=escape(name)))] if name else []


def unreachable_blocks(content: EscalationContent) -> tuple[str, list[Block]]:
    blocks = [
        header(messages.UNREACHABLE_HEADER),
        *_programme_line(content.programme_name),
        *_unreachable_sections(content),
    ]
    count = len(content.unreachable)
    text = messages.UNREACHABLE_FALLBACK.format(
        count=plural(count, *messages.ACTIONS), have=form(count, *messages.HAS_HAVE)
    )
    return text, blocks[:50]


def _unreachable_sections(content: EscalationContent) -> list[Block]:
    lines = [
        messages.UNREACHABLE_LINE.format(
            code=escape(a.code),
            title=escape(a.title),
            owner=messages.UNREACHABLE_OWNER.format(name=escape(a.owner_name))
            if a.owner_name
            else "",
        )
        for a in content.unreachable
    ]
    intro = messages.UNREACHABLE_INTRO.format(half=content.half_year.label)
    return sections(intro + "\n" + "\n".join(lines))


def _list(lines: Sequence[str]) -> str:
    shown = list(lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        shown.append(messages.DIGEST_MORE.format(count=len(lines) - MAX_LINES))
    return "\n".join(shown)


def digest_blocks(content: DigestContent) -> tuple[str, list[Block]]:
    since = format_long(content.since)
    programme = content.programme or messages.DIGEST_PROGRAMME_UNNAMED
    blocks: list[Block] = [
        header(messages.DIGEST_HEADER.format(programme=programme, week=content.week))
    ]
    if content.progress and content.half_year:
        blocks.append(
            section(
                messages.DIGEST_PROGRESS.format(
                    half=content.half_year.label, progress=content.progress
                )
            )
        )
    else:
        blocks.append(section(messages.DIGEST_NO_ROUND))
    if content.received:
        received = [_line(a, with_status=True) for a in content.received]
        head = messages.DIGEST_RECEIVED.format(since=since, count=len(received))
        blocks.extend(sections(head + "\n" + _list(received)))
    else:
        blocks.append(section(messages.DIGEST_NONE_RECEIVED.format(since=since)))
    if content.status_changes:
        changes = [
            messages.DIGEST_CHANGE_LINE.format(
                code=escape(a.code),
                title=escape(a.title),
                old=status_label(old),
                new=_highlight(new),
            )
            for a, old, new in content.status_changes
        ]
        blocks.extend(sections(messages.DIGEST_CHANGES + "\n" + _list(changes)))
    if content.missing:
        missing = [_line(a, with_owner=True) for a in content.missing]
        head = messages.DIGEST_MISSING.format(count=len(missing))
        blocks.extend(sections(head + "\n" + _list(missing)))
    if content.realisation_ends and content.half_year:
        ending = [_line(a, with_status=True) for a in content.realisation_ends]
        head = messages.DIGEST_ENDING.format(half=content.half_year.label)
        blocks.extend(sections(head + "\n" + _list(ending)))
    text = messages.DIGEST_FALLBACK.format(
        programme=escape(programme),
        week=content.week,
        received=plural(len(content.received), *messages.UPDATES),
        missing=len(content.missing),
    )
    return text, blocks[:50]


def _highlight(status: str) -> str:
    mark = HIGHLIGHT.get(status)
    return f"{mark} *{status_label(status)}*" if mark else status_label(status)


def _line(a: ActionLine, *, with_status: bool = False, with_owner: bool = False) -> str:
    code, title = escape(a.code), escape(a.title)
    if with_status:
        return messages.DIGEST_LINE_STATUS.format(
            code=code, title=title, status=_highlight(a.status)
        )
    if with_owner and a.owner_name:
        return messages.DIGEST_LINE_OWNER.format(code=code, title=title, owner=escape(a.owner_name))
    return messages.DIGEST_LINE.format(code=code, title=title)


def notice_blocks(kind: NotificationKind, fields: dict[str, str]) -> tuple[str, list[Block]]:
    """A short notice to the coordinators; names and titles in it are escaped."""
    text = notice_text(kind).format(**{k: escape(v) for k, v in fields.items()})
    return text, sections(text)


class SlackViews:
    """The ``workflows.reminders.content.Views`` that tick and the commands use."""

    def __init__(self, hour: int = 9) -> None:
        self.hour = hour

    def reminder(self, content: ReminderContent) -> tuple[str, list[Block]]:
        return reminder_blocks(content, hour=self.hour)

    def escalation(self, content: EscalationContent) -> tuple[str, list[Block]]:
        return escalation_blocks(content)

    def unreachable(self, content: EscalationContent) -> tuple[str, list[Block]]:
        return unreachable_blocks(content)

    def digest(self, content: DigestContent) -> tuple[str, list[Block]]:
        return digest_blocks(content)

    def notice(self, kind: NotificationKind, fields: dict[str, str]) -> tuple[str, list[Block]]:
        return notice_blocks(kind, fields)
