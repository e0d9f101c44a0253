"""Escaping for Slack's mrkdwn, so user text shown back cannot ping or fake a link.

Slack reads ``<!channel>``, ``<!here>``, ``<@U123>`` and ``<https://x|label>`` only when the
angle brackets are real; escaped as ``&lt;`` they are shown as typed. ``&`` is escaped first so
an existing ``&lt;`` in the text stays literal too.
"""

from __future__ import annotations

import html
import re

_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# Control characters and bidirectional overrides (which can make shown text read differently
# from what was typed) are dropped from what is shown; tabs and new lines stay.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def escape(text: str | None) -> str:
    """User text made safe for a mrkdwn field."""
    out = _INVISIBLE.sub("", text or "")
    for raw, escaped in _ESCAPES:
        out = out.replace(raw, escaped)
    return out


def unescape(text: str) -> str:
    """Undo Slack's escaping of command text (``should_escape``) to store what the user typed."""
    return html.unescape(text) if "&" in text else text
