"""Slack markup in what people type, turned into the plain text it stands for.

With ``should_escape: true`` (see manifest.yml) Slack sends command text with its references
spelled out: a mention as ``<@U012AB|erik.visser>``, a channel as ``<#C0123|woonzorg>``, a link
as ``<https://example.org/plan|het plan>``, ``@here`` as ``<!here>``, and the characters
``& < >`` typed by the person as ``&amp; &lt; &gt;``. Stored as is, that text would show up
literally in the action list, the update form and the council report.

The text stored is plain: showing it in Slack escapes it again, so nobody can ping ``@channel``
through the bot.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_REFERENCE = re.compile(r"<([^<>]*)>")
_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_USER = re.compile(r"@([UW][A-Z0-9]+)")
_CHANNEL = re.compile(r"#([CG][A-Z0-9]+)")
_SPECIAL = re.compile(r"!(here|channel|everyone)")
_USER_GROUP = re.compile(r"!subteam\^([A-Z0-9]+)")
_DATE = re.compile(r"!date\^.*")
_URL = re.compile(r"(?:https?|ftp)://\S+|mailto:\S+", re.IGNORECASE)


def _no_names(slack_id: str) -> str | None:
    return None


def _unescape(text: str) -> str:
    # One pass: "&amp;lt;" (a person typing "&lt;") must stay "&lt;".
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


def plain_text(text: str, name_for: Callable[[str], str | None] = _no_names) -> str:
    """``text`` as Slack escaped it, in plain text.

    Mentions become ``@name`` (the name Slack put in the mention, else ``name_for(slack_id)``,
    else the id), channels ``#name``, ``<!here>`` ``@here``, a link with a label
    ``label (url)`` and one without just the url (``mailto:`` links: the address). Anything
    else between ``< >`` is left as it is.
    """

    def reference(match: re.Match[str]) -> str:
        target, _, label = match.group(1).partition("|")
        target, label = _unescape(target), _unescape(label)
        if user := _USER.fullmatch(target):
            name = label or name_for(user.group(1)) or user.group(1)
            return "@" + name.removeprefix("@")
        if channel := _CHANNEL.fullmatch(target):
            return "#" + (label or channel.group(1)).removeprefix("#")
        if special := _SPECIAL.fullmatch(target):
            return "@" + special.group(1)
        if group := _USER_GROUP.fullmatch(target):
            return "@" + (label or group.group(1)).removeprefix("@")
        if _DATE.fullmatch(target):
            return label  # Slack's fallback text for a formatted date
        if _URL.fullmatch(target):
            address = target.removeprefix("mailto:")
            if not label or label in (target, address, target.split("://", 1)[-1]):
                return address
            return f"{label} ({address})"
        return _unescape(match.group(0))

    pieces, position = [], 0
    for match in _REFERENCE.finditer(text):
        pieces += [_unescape(text[position : match.start()]), reference(match)]
        position = match.end()
    pieces.append(_unescape(text[position:]))
    return "".join(pieces)
