"""Several programmes: the question "voor welk programma?" and the programme carried in a
button's value or a form's metadata.

The question is a static_select whose option values are the command again with the chosen
programme's slug in front (``opvang overzicht``); ``Bot`` runs that command when one is picked.
A value made by ``with_programme`` (``p3|2.4``) names the programme a button or form is about,
so that the same code in two programmes (``1.1``) never gets mixed up.
"""

from __future__ import annotations

import re
from typing import Any

from bot.outcomes import Reply
from bot.views.blocks import Block, option, plain, section
from workflows import messages
from workflows.programme.programmes import ProgrammeRef

PROGRAMME_CHOICE = "programme_choice"
OPTION_VALUE = 150  # Slack's limit on an option's value
_TAGGED = ("update_open", "spending_open")  # buttons whose value is an action's code

_PREFIX = re.compile(r"p(?P<id>\d+)\|(?P<rest>.*)", re.DOTALL)


def with_programme(programme_id: int | None, value: str) -> str:
    return value if programme_id is None else f"p{programme_id}|{value}"


def split_programme(value: str) -> tuple[int | None, str]:
    match = _PREFIX.fullmatch(value or "")
    if match is None:
        return None, value
    return int(match["id"]), match["rest"]


def choose_programme(choices: list[ProgrammeRef], command: str) -> Reply:
    """Ask which programme; each option re-runs ``command`` for that programme."""
    options = [
        option(f"{p.name} ({p.slug})", f"{p.slug} {command}".strip())
        for p in choices
        if len(f"{p.slug} {command}") <= OPTION_VALUE
    ]
    if len(options) < len(choices):  # too long to carry: the caller types it again
        slugs = ", ".join(f"`{p.slug}`" for p in choices)
        return Reply(text=messages.PROGRAMME_WHICH.format(slugs=slugs))
    select: Block = {
        "type": "static_select",
        "action_id": PROGRAMME_CHOICE,
        "placeholder": plain(messages.PROGRAMME_CHOOSE_PLACEHOLDER, 150),
        "options": options[:100],
    }
    return Reply(
        text=messages.PROGRAMME_CHOOSE,
        blocks=[section(messages.PROGRAMME_CHOOSE, accessory=select)],
    )


def tag_buttons(outcomes: list[Any], programme_id: int) -> None:
    """Name the programme in the update and spending buttons of a reply (``actie``,
    ``overzicht``), so a press later is about this programme even when the same code exists in
    another one."""
    for outcome in outcomes:
        for block in getattr(outcome, "blocks", None) or []:
            for element in [block.get("accessory"), *block.get("elements", [])]:
                if (
                    isinstance(element, dict)
                    and element.get("type") == "button"
                    and str(element.get("action_id", "")).startswith(_TAGGED)
                    and split_programme(element.get("value", ""))[0] is None
                ):
                    element["value"] = with_programme(programme_id, element.get("value", ""))
