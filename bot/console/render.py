"""Block Kit blocks rendered as readable terminal text; buttons get numbers to type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from bot.console.mrkdwn_text import Names, to_text


@dataclass(frozen=True)
class Pressable:
    label: str
    action_id: str
    value: str


@dataclass
class Rendering:
    """What is printed, and the buttons in it (numbered from ``first``)."""

    parts: list[RenderableType] = field(default_factory=list)
    buttons: list[Pressable] = field(default_factory=list)
    first: int = 1
    numbered: bool = True  # False: buttons of a message to someone else, not pressable here
    names: Names | None = None  # shows <@U123> as @Anna

    def renderable(self) -> RenderableType:
        return Group(*self.parts)


def _text_of(obj: dict[str, Any] | None, names: Names | None = None) -> Text:
    if not obj:
        return Text()
    if obj.get("type") == "mrkdwn":
        return to_text(obj.get("text", ""), names=names)
    return Text(obj.get("text", ""))


def _button(element: dict[str, Any], rendering: Rendering) -> Text:
    rendering.buttons.append(
        Pressable(
            label=element["text"]["text"],
            action_id=element.get("action_id", ""),
            value=element.get("value", ""),
        )
    )
    if not rendering.numbered:
        return Text(f"[{element['text']['text']}]", style="magenta")
    number = rendering.first + len(rendering.buttons) - 1
    return Text(f"[{number}] {element['text']['text']}", style="bold magenta")


def render_blocks(
    blocks: list[dict[str, Any]],
    first_button: int = 1,
    numbered: bool = True,
    names: Names | None = None,
) -> Rendering:
    rendering = Rendering(first=first_button, numbered=numbered, names=names)
    previous = None
    for block in blocks:
        kind = block.get("type")
        if kind == "section" and previous == "section":
            rendering.parts.append(Text())  # Slack leaves space between sections; so do we
        previous = kind
        if kind == "header":
            rendering.parts.append(Text(block["text"]["text"], style="bold underline"))
        elif kind == "section":
            pieces: list[RenderableType] = []
            if "text" in block:
                pieces.append(_text_of(block["text"], names))
            if block.get("fields"):
                grid = Table.grid(padding=(0, 3))
                grid.add_column()
                grid.add_column()
                cells = [_text_of(f, names) for f in block["fields"]]
                for index in range(0, len(cells), 2):
                    grid.add_row(*cells[index : index + 2])
                pieces.append(grid)
            accessory = block.get("accessory")
            if accessory and accessory.get("type") == "button":
                pieces.append(Text("    ") + _button(accessory, rendering))
            rendering.parts.append(Group(*pieces))
        elif kind == "context":
            line = Text(style="dim")
            for index, element in enumerate(block.get("elements", [])):
                if index:
                    line.append("  ")
                line.append_text(_text_of(element, names))
            rendering.parts.append(line)
        elif kind == "divider":
            rendering.parts.append(Rule(style="dim"))
        elif kind == "actions":
            line = Text()
            for element in block.get("elements", []):
                if element.get("type") == "button":
                    line.append_text(_button(element, rendering))
                    line.append("  ")
            rendering.parts.append(line)
        elif kind == "input":
            rendering.parts.append(Text(block["label"]["text"], style="bold"))
    return rendering


def render_message(
    text: str,
    blocks: list[dict[str, Any]] | None,
    first_button: int = 1,
    numbered: bool = True,
    names: Names | None = None,
) -> Rendering:
    """A message: its blocks when it has them, else its mrkdwn text."""
    if blocks:
        return render_blocks(blocks, first_button, numbered, names)
    return Rendering(
        parts=[to_text(text, names=names)], first=first_button, numbered=numbered, names=names
    )
