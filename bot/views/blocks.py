"""Block builders that keep within Block Kit's limits.

Limits (api.slack.com/reference/block-kit): 50 blocks per message, 100 per modal or App Home;
section text 3,000 characters, section fields 10 of 2,000; header 150; button text 75; context
10 elements; actions 25 elements; option text 75; modal title 24. Texts that would not fit in
one section are split over several (never cut); short labels (headers, buttons, options) are
shortened with an ellipsis, which the reader can see.
"""

from __future__ import annotations

from typing import Any

Block = dict[str, Any]

MESSAGE_BLOCKS = 50
SURFACE_BLOCKS = 100  # modals and App Home
SECTION_TEXT = 3000
FIELD_TEXT = 2000
HEADER_TEXT = 150
BUTTON_TEXT = 75
OPTION_TEXT = 75
MODAL_TITLE = 24
CONTEXT_ELEMENTS = 10
FIELDS = 10
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": shorten(text, limit) or " ", "emoji": True}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_TEXT)}


def divider() -> Block:
    return {"type": "divider"}


def split_text(text: str, limit: int = SECTION_TEXT) -> list[str]:
    """Pieces of at most ``limit`` characters, broken at a newline or space where possible and
    never inside an escape like ``&amp;``."""
    pieces = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", limit // 2, limit)
        if cut == -1:
            cut = rest.rfind(" ", limit // 2, limit)
        if cut == -1:
            cut = limit
            amp = rest.rfind("&", cut - 5, cut)
            if amp != -1 and ";" not in rest[amp:cut]:
                cut = amp
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip("\n ") if rest[cut : cut + 1] in ("\n", " ") else rest[cut:]
    pieces.append(rest)
    return [p for p in pieces if p] or [" "]


def sections(text: str) -> list[Block]:
    """One or more mrkdwn sections holding all of ``text`` (already escaped)."""
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": piece}} for piece in split_text(text)
    ]


def section(text: str, accessory: Block | None = None) -> Block:
    """A single mrkdwn section; for text that is known to fit (use ``sections`` otherwise)."""
    block: Block = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": text[:SECTION_TEXT] or " "},
    }
    if accessory is not None:
        block["accessory"] = accessory
    return block


def fields(pairs: list[str]) -> Block:
    """A section of up to 10 short mrkdwn fields."""
    return {
        "type": "section",
        "fields": [{"type": "mrkdwn", "text": p[:FIELD_TEXT] or " "} for p in pairs[:FIELDS]],
    }


def context(*texts: str) -> Block:
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": t[:SECTION_TEXT] or " "} for t in texts[:CONTEXT_ELEMENTS]
        ],
    }


def button(text: str, action_id: str, value: str = "", style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": plain(text, BUTTON_TEXT),
        "action_id": action_id[:255],
        "value": value[:2000],
    }
    if style:
        element["style"] = style
    return element


def actions(*elements: Block) -> Block:
    return {"type": "actions", "elements": list(elements[:25])}


def option(text: str, value: str) -> Block:
    return {"text": plain(text, OPTION_TEXT), "value": value[:150]}
