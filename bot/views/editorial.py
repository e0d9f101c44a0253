"""The editorial review page (``/woonzorg redactie``), its two forms, and the owner's question.

A page shows ``PAGE_SIZE`` updates, each a section and a row of three buttons, so a page stays
far below Slack's 50 blocks; "Vorige"/"Volgende" replace the message with another page.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from bot.views.blocks import (
    Block,
    actions,
    button,
    context,
    header,
    section,
    sections,
    shorten,
)
from bot.views.formatting import day
from bot.views.forms import modal, text_input
from bot.views.lists import status_badge
from bot.views.mrkdwn import escape
from bot.views.programmes import with_programme
from workflows import messages
from workflows.dates.halfyear import HalfYear
from workflows.editorial import Review, Reviewed, ReviewItem, ReviewState

PAGE_SIZE = 10
PREVIEW = 700  # characters of an update shown on the page (the form shows all of it)
APPROVE, EDIT, SEND_BACK, PAGE = "review_approve", "review_edit", "review_back", "review_page"
EDIT_FORM, QUESTION_FORM = "review_edit", "review_back"
TEXT, QUESTION = "text", "question"
_STATE_ICON = {
    ReviewState.OPEN: "📝",
    ReviewState.APPROVED: "✅",
    ReviewState.EDITED: "✏️",
    ReviewState.SENT_BACK: "↩️",
}


def pages(review: Review) -> int:
    return max(1, -(-len(review.items) // PAGE_SIZE))


def item_value(item: ReviewItem | Reviewed, page: int) -> str:
    """A review button's value: ``2.4|17|1`` (code, update id, the page it was pressed on)."""
    return f"{item.code}|{item.update_id}|{page}"


def parse_value(value: str) -> tuple[str, int, int]:
    code, _, rest = value.partition("|")
    update, _, page = rest.partition("|")
    return code, int(update) if update.isdigit() else 0, int(page) if page.isdigit() else 1


def _preview(text: str) -> str:
    return escape(shorten(text, PREVIEW)) if text.strip() else messages.NO_TEXT


def _item_blocks(
    item: ReviewItem, page: int, programme_id: int | None, tz: ZoneInfo
) -> list[Block]:
    lines = [
        messages.REVIEW_ITEM_TITLE.format(code=escape(item.code), title=escape(item.title)),
        messages.REVIEW_ITEM_META.format(
            owner=escape(item.owner) if item.owner else messages.NOBODY,
            date=day(item.given_at, tz),
            status=status_badge(item.status),
            state=f"{_STATE_ICON[item.state]} {item.state.label}",
        ),
        "> " + _preview(item.text).replace("\n", "\n> "),
    ]
    if item.report_text is not None:
        lines.append(messages.REVIEW_EDITED_TEXT.format(text=_preview(item.report_text)))
    if item.question:
        lines.append(messages.REVIEW_QUESTION_SHOWN.format(question=_preview(item.question)))
    value = with_programme(programme_id, item_value(item, page))
    buttons = [
        button(messages.REVIEW_APPROVE, f"{APPROVE}:{item.code}", value, style="primary"),
        button(messages.REVIEW_EDIT, f"{EDIT}:{item.code}", value),
        button(messages.REVIEW_SEND_BACK, f"{SEND_BACK}:{item.code}", value),
    ]
    return [*sections("\n".join(lines)), actions(*buttons)]


def review_blocks(
    review: Review, page: int, programme_id: int | None, tz: ZoneInfo
) -> tuple[str, list[Block]]:
    """The fallback text and the blocks of one page of the review."""
    total = pages(review)
    page = min(max(page, 1), total)
    half = HalfYear.from_code(review.half_year).label
    title = messages.REVIEW_TITLE.format(half=half)
    summary = messages.REVIEW_SUMMARY.format(
        updates=messages.plural(len(review.items), *messages.UPDATES),
        open=review.count(ReviewState.OPEN),
        approved=review.count(ReviewState.APPROVED) + review.count(ReviewState.EDITED),
        sent_back=review.count(ReviewState.SENT_BACK),
    )
    blocks: list[Block] = [header(title), context(escape(review.programme) + " · " + summary)]
    if not review.items:
        blocks.append(section(messages.REVIEW_EMPTY.format(half=half)))
        return f"{title}: {summary}", blocks
    shown = review.items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    for item in shown:
        blocks += _item_blocks(item, page, programme_id, tz)
    if total > 1:
        nav = []
        if page > 1:
            nav.append(
                button(
                    messages.REVIEW_PREVIOUS,
                    f"{PAGE}:prev",
                    with_programme(programme_id, f"{review.half_year}|{page - 1}"),
                )
            )
        if page < total:
            nav.append(
                button(
                    messages.REVIEW_NEXT,
                    f"{PAGE}:next",
                    with_programme(programme_id, f"{review.half_year}|{page + 1}"),
                )
            )
        blocks.append(context(messages.REVIEW_PAGE.format(page=page, pages=total)))
        blocks.append(actions(*nav))
    blocks.append(context(messages.REVIEW_HINT))
    return f"{title}: {summary}", blocks


def edit_modal(reviewed: Reviewed, metadata: str) -> dict[str, Any]:
    """ "Tekst aanpassen": the update's text (or the earlier rewrite), to rewrite for the report."""
    intro = messages.REVIEW_EDIT_INTRO.format(
        code=escape(reviewed.code), title=escape(reviewed.title)
    )
    return modal(
        EDIT_FORM,
        messages.REVIEW_EDIT_TITLE.format(code=reviewed.code),
        metadata,
        [
            section(intro),
            text_input(TEXT, messages.REVIEW_EDIT_LABEL, reviewed.text),
        ],
    )


def question_modal(reviewed: Reviewed, metadata: str) -> dict[str, Any]:
    """ "Terugsturen": the question for the owner."""
    intro = messages.REVIEW_BACK_INTRO.format(
        code=escape(reviewed.code), title=escape(reviewed.title)
    )
    return modal(
        QUESTION_FORM,
        messages.REVIEW_BACK_TITLE.format(code=reviewed.code),
        metadata,
        [
            section(intro),
            text_input(QUESTION, messages.REVIEW_BACK_LABEL, "", hint=messages.REVIEW_BACK_HINT),
        ],
    )


def question_dm(
    reviewed: Reviewed, question: str, programme_id: int | None
) -> tuple[str, list[Block]]:
    """The owner's DM: the editor's question and the "Update geven" button."""
    half = HalfYear.from_code(reviewed.half_year).label
    text = messages.REVIEW_QUESTION_DM.format(
        half=half, code=escape(reviewed.code), title=escape(reviewed.title)
    )
    quoted = "> " + escape(question).replace("\n", "\n> ")
    blocks = [
        *sections(text + "\n" + quoted),
        actions(
            button(
                messages.BOT_BUTTON_UPDATE,
                f"update_open:{reviewed.code}",
                with_programme(programme_id, reviewed.code),
                style="primary",
            )
        ),
    ]
    return f"{text} {question}", blocks
