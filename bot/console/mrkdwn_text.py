"""Slack mrkdwn to rich Text: bold, italic, inline code and code blocks, mentions and links,
entities undone.

Built with styled ``Text`` pieces, never rich markup strings, so user text cannot inject
console markup either. Real ``<...>`` references only come from the bot itself: user text
reaches the views escaped (``&lt;``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from rich.text import Text

Names = Callable[[str], str | None]  # Slack user id -> display name

_TOKENS = re.compile(
    r"```(?P<block>.+?)```|`(?P<code>[^`\n]+)`|(?<![\w*])\*(?P<bold>[^*\n]+)\*(?![\w*])"
    r"|(?<![\w_])_(?P<italic>[^_\n]+)_(?![\w_])"
    r"|<(?P<ref>[#@!][^<>\s|]+|https?://[^<>\s|]+|mailto:[^<>\s|]+)(?:\|(?P<label>[^<>]*))?>",
    re.DOTALL,
)
_STYLES = {"block": "cyan", "code": "cyan", "bold": "bold", "italic": "italic", "ref": "blue"}


def _reference(ref: str, label: str | None, names: Names | None) -> str:
    if ref.startswith("@"):
        name = label or (names(ref[1:]) if names else None) or ref[1:]
        return f"@{name}"
    if ref.startswith("#"):
        return f"#{label or ref[1:]}"
    if ref.startswith("!"):
        return f"@{label or ref[1:].split('^')[0]}"
    target = ref.removeprefix("mailto:")
    return f"{label} ({target})" if label and label != target else target


def to_text(mrkdwn: str, style: str = "", names: Names | None = None) -> Text:
    out = Text(style=style)
    position = 0
    for match in _TOKENS.finditer(mrkdwn):
        out.append(html.unescape(mrkdwn[position : match.start()]))
        kind = next(k for k in ("block", "code", "bold", "italic", "ref") if match.group(k))
        if kind == "ref":
            piece = _reference(match.group("ref"), match.group("label"), names)
        else:
            piece = html.unescape(match.group(kind))
        if kind == "block":
            piece = "\n" + piece.strip("\n") + "\n"
        out.append(piece, style=_STYLES[kind])
        position = match.end()
    out.append(html.unescape(mrkdwn[position:]))
    return out
