"""Slack mrkdwn to rich Text: bold, italic, inline code and code blocks, entities undone.

Built with styled ``Text`` pieces, never rich markup strings, so user text cannot inject
console markup either.
"""

from __future__ import annotations

import html
import re

from rich.text import Text

_TOKENS = re.compile(
    r"```(?P<block>.+?)```|`(?P<code>[^`\n]+)`|(?<![\w*])\*(?P<bold>[^*\n]+)\*(?![\w*])"
    r"|(?<![\w_])_(?P<italic>[^_\n]+)_(?![\w_])",
    re.DOTALL,
)
_STYLES = {"block": "cyan", "code": "cyan", "bold": "bold", "italic": "italic"}


def to_text(mrkdwn: str, style: str = "") -> Text:
    out = Text(style=style)
    position = 0
    for match in _TOKENS.finditer(mrkdwn):
        out.append(html.unescape(mrkdwn[position : match.start()]))
        kind = match.lastgroup or "code"
        piece = html.unescape(match.group(kind))
        if kind == "block":
            piece = "\n" + piece.strip("\n") + "\n"
        out.append(piece, style=_STYLES[kind])
        position = match.end()
    out.append(html.unescape(mrkdwn[position:]))
    return out
