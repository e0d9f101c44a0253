"""Text as it may be stored: no control characters, no bidirectional overrides.

Slack, Excel and CSV files can carry characters nobody meant to type: NUL (which PostgreSQL
refuses outright), other C0/C1 controls, lone surrogates, and the bidi controls U+202A-U+202E
and U+2066-U+2069, which reorder how a text is shown ("Trojan Source") and survive into every
export and report. Newline and tab are kept; CR LF and lone CR become a newline.
"""

from __future__ import annotations

import re
from typing import Any

_UNWANTED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 (not tab, newline, CR) and C1 controls
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ud800-\udfff]"  # lone surrogates (cannot be encoded as UTF-8)
)


def clean_text(text: str) -> str:
    """``text`` without the characters above (line breaks normalised to ``\\n``)."""
    if not _UNWANTED.search(text) and "\r" not in text:
        return text  # the common case: nothing to copy
    return _UNWANTED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_value(value: Any) -> Any:
    """``clean_text`` on a text, or on every text inside a JSON value (lists, dicts)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    return value
