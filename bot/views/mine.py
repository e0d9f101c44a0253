"""A person's own actions, with an update button on each (``/woonzorg mijn`` and App Home)."""

from __future__ import annotations

from bot.views.blocks import MESSAGE_BLOCKS, Block, button, context, header, section
from bot.views.lists import budgeted, status_badge
from bot.views.mrkdwn import escape
from bot.views.overview import round_text
from bot.views.programmes import with_programme
from workflows import messages
from workflows.programme.my_actions import MyAction, MyActions


def my_action_block(action: MyAction) -> Block:
    role = messages.ROLE_OWNER if action.role == "owner" else messages.ROLE_DEPUTY
    state = ""
    if action.updated is True:
        state = messages.MINE_UPDATED
    elif action.needs_update:
        state = messages.MINE_NOT_UPDATED
    text = messages.MINE_LINE.format(
        code=escape(action.code),
        title=escape(action.title),
        status=status_badge(action.status),
        role=role,
        state=state,
    )
    return section(
        text,
        accessory=button(
            messages.BOT_BUTTON_UPDATE,
            # unique per message, also with the same code in two programmes
            f"update_open:{action.code}"
            + (f":{action.programme_id}" if action.programme_id is not None else ""),
            with_programme(action.programme_id, action.code),
        ),
    )


def mine_blocks(
    mine: MyActions, budget: int = MESSAGE_BLOCKS, with_header: bool = True
) -> list[Block]:
    blocks: list[Block] = [header(messages.MINE_TITLE)] if with_header else []
    if mine.groups:
        for group in mine.groups:
            assert group.programme is not None
            heading = messages.PROGRAMME_HEADING.format(
                name=escape(group.programme.name), slug=group.programme.slug
            )
            blocks.append(section(heading))
            blocks += mine_blocks(group, budget=budget - len(blocks) - 1, with_header=False)
        return blocks[:budget]
    if not mine.known:
        blocks.append(section(messages.MINE_NOT_IN_PROGRAMME))
        return blocks
    if not mine.actions:
        text = (
            messages.MINE_NONE.format(name=escape(mine.name))
            if mine.name
            else messages.MINE_NONE_ANONYMOUS
        )
        blocks.append(section(text))
        return blocks
    summary = round_text(mine.round)
    if mine.round is not None:
        summary += " " + (
            messages.MINE_ALL_IN
            if not mine.missing
            else messages.MINE_MISSING_ONE
            if mine.missing == 1
            else messages.MINE_MISSING.format(count=mine.missing)
        )
    blocks.append(context(summary))
    items = [my_action_block(a) for a in mine.actions]
    return blocks + budgeted(items, budget - len(blocks))


def mine_text(mine: MyActions) -> str:
    if not mine.known:
        return messages.MINE_NOT_IN_PROGRAMME
    return messages.MINE_FALLBACK.format(count=len(mine.actions), missing=mine.missing)
