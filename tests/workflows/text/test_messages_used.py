"""Every text in the catalogue is used: a message nobody shows is a message nobody reviews
correctly. Names stored in notifications and looked up with ``getattr(messages, name)``
(workflows/reminders) count as used where they appear as strings there."""

from __future__ import annotations

import re

from tests.workflows.text.test_messages_catalogue import TEXT, catalogue

ROOT = TEXT.parent.parent
CATALOGUE = {TEXT, ROOT / "workflows" / "messages.py"}


def _code() -> str:
    files = [*(ROOT / "bot").rglob("*.py"), *(ROOT / "workflows").rglob("*.py")]
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in files
        if path not in CATALOGUE and TEXT not in path.parents
    )


def test_every_message_is_used_outside_the_catalogue() -> None:
    # The words of the code, once: a name occurs as ``\bNAME\b`` exactly when it is one of
    # them (a name is all word characters). One regex search per name took seconds.
    words = set(re.findall(r"\w+", _code()))
    unused = [name for name in catalogue() if name.isupper() and name not in words]
    assert unused == []
