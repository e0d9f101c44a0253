"""Filling a Block Kit modal at prompts; the answers become Slack's ``view.state.values``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.text import Text

from bot.console.mrkdwn_text import to_text
from workflows import messages
from workflows.dates.dutch import fold
from workflows.errors import ParseError
from workflows.programme.statuses import Status

Read = Callable[[str], "str | None"]  # prompt -> answer, None at end of input


class Cancelled(Exception):
    """Input ended while the modal was open: nothing is submitted."""


class Interrupted(Cancelled):
    """A command (a line starting with ``/``) was typed in the form: the form is dropped and
    the command runs, instead of being taken, and refused, as an answer."""

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.line = line


def _ask(read: Read, prompt: str) -> str:
    answer = read(prompt)
    if answer is None:
        raise Cancelled
    if answer.strip().startswith("/"):
        raise Interrupted(answer.strip())
    return answer.strip()


def _status_value(answer: str) -> str | None:
    """The status value meant by ``answer`` ("rood", "groen", "vertraagd"...), if any."""
    try:
        return Status.parse(answer).value
    except ParseError:
        return None


def _match(options: list[dict[str, Any]], answer: str) -> dict[str, Any] | None:
    """The option meant by ``answer``: its number, its text (case and accents ignored), its
    value, or, when the options are statuses, any word ``Status.parse`` accepts."""
    if answer.isdigit():
        return options[int(answer) - 1] if 1 <= int(answer) <= len(options) else None
    wanted = fold(answer)
    for opt in options:
        if fold(opt["text"]["text"]) == wanted or opt["value"] == answer:
            return opt
    statuses = {s.value for s in Status}
    if options and all(o["value"] in statuses for o in options):
        value = _status_value(answer)
        return next((o for o in options if o["value"] == value), None)
    return None


def _select(
    out: Console, read: Read, block: dict[str, Any], current: dict[str, Any]
) -> dict[str, Any]:
    element = block["element"]
    options = element.get("options", [])
    chosen = current.get("selected_option")
    for index, opt in enumerate(options, start=1):
        out.print(Text(f"  {index}) {opt['text']['text']}"))
    keep = chosen["text"]["text"] if chosen else ""
    prompt = (
        f"{block['label']['text']} "
        + (messages.CONSOLE_KEEP.format(value=keep) if keep else messages.CONSOLE_CHOOSE)
        + ": "
    )
    while True:
        answer = _ask(read, prompt)
        if not answer and (chosen or block.get("optional")):
            return {"type": "static_select", "selected_option": chosen}
        picked = _match(options, answer)
        if picked is not None:
            return {"type": "static_select", "selected_option": picked}
        out.print(messages.CONSOLE_PICK_NUMBER.format(count=len(options)))


def _text(
    out: Console, read: Read, block: dict[str, Any], current: dict[str, Any]
) -> dict[str, Any]:
    value = current.get("value")
    if value:
        out.print(Text(messages.CONSOLE_CURRENT.format(value=value), style="dim"))
        prompt = f"{block['label']['text']} {messages.CONSOLE_KEEP_OR_CLEAR}: "
    else:
        prompt = f"{block['label']['text']}: "
    answer = _ask(read, prompt)
    if answer == "-":
        value = None
    elif answer:
        # One line at a prompt; "\n" starts a new line, as in Slack's multi-line field.
        value = answer.replace("\\n", "\n") if block["element"].get("multiline") else answer
    return {"type": "plain_text_input", "value": value}


def _checkboxes(
    out: Console, read: Read, block: dict[str, Any], current: dict[str, Any]
) -> dict[str, Any]:
    selected = list(current.get("selected_options") or [])
    chosen = []
    options = block["element"].get("options", [])
    label = block["label"]["text"]
    for opt in options:
        was = any(s.get("value") == opt["value"] for s in selected)
        default = messages.CONSOLE_YES if was else messages.CONSOLE_NO
        # One box ("Ja, ik heb hulp nodig"): its label is the question; several: each box is.
        question = (
            label
            if len(options) == 1
            else messages.CONSOLE_CHECKBOX.format(label=label, option=opt["text"]["text"])
        )
        answer = fold(
            _ask(read, messages.CONSOLE_YES_NO.format(question=question, default=default))
        )
        if answer in ("j", "ja", "y", "yes") or (not answer and was):
            chosen.append(opt)
    return {"type": "checkboxes", "selected_options": chosen}


_KINDS = {"static_select": _select, "plain_text_input": _text, "checkboxes": _checkboxes}


def initial_state(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The modal's prefilled values in Slack's state format."""
    state: dict[str, dict[str, Any]] = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind = element["type"]
        if kind == "static_select":
            entry: dict[str, Any] = {"type": kind, "selected_option": element.get("initial_option")}
        elif kind == "checkboxes":
            entry = {"type": kind, "selected_options": element.get("initial_options", [])}
        else:
            entry = {"type": kind, "value": element.get("initial_value")}
        state[block["block_id"]] = {element["action_id"]: entry}
    return state


def fill(
    out: Console,
    read: Read,
    view: dict[str, Any],
    state: dict[str, dict[str, Any]],
    only: set[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Ask for each input (or only the ones named in ``only``); returns the new state."""
    for block in view.get("blocks", []):
        if block.get("type") == "input":
            block_id = block["block_id"]
            if only is not None and block_id not in only:
                continue
            action_id = block["element"]["action_id"]
            ask = _KINDS.get(block["element"]["type"])
            if ask is None:
                continue
            state[block_id] = {action_id: ask(out, read, block, state[block_id][action_id])}
        elif only is None and block.get("type") in ("section", "context"):
            text = block.get("text") or (block.get("elements") or [{}])[0]
            if text:
                out.print(
                    to_text(text.get("text", ""), style="dim" if block["type"] == "context" else "")
                )
    return state
