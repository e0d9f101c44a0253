"""Owner references as the programme writes them: ``Naam <email>``, an e-mail, a Slack id."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows import messages
from workflows.errors import ParseError

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_SLACK_ID = re.compile(r"^[UW][A-Z0-9]{6,}$")
_NAME_EMAIL = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<email>[^<>]*)>$")
_MENTION = re.compile(r"^<@(?P<id>[UW][A-Z0-9]+)(?:\|(?P<name>[^>]*))?>$")


@dataclass(frozen=True)
class PersonRef:
    name: str | None = None
    email: str | None = None
    slack_id: str | None = None

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.slack_id)

    def as_text(self) -> str:
        """Back to the import format."""
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.slack_id or self.name or ""


def parse_person(text: str | None) -> PersonRef | None:
    """Parse a regiehouder cell; empty gives None, a malformed e-mail raises ParseError."""
    raw = " ".join(str(text or "").split())
    if not raw:
        return None
    if match := _MENTION.match(raw):
        return PersonRef(name=match.group("name") or None, slack_id=match.group("id"))
    if match := _NAME_EMAIL.match(raw):
        email = match.group("email").strip()
        if not _EMAIL.match(email):
            raise ParseError(messages.BAD_OWNER.format(text=raw))
        return PersonRef(name=match.group("name").strip() or None, email=email.lower())
    if _EMAIL.match(raw):
        return PersonRef(email=raw.lower())
    if _SLACK_ID.match(raw):
        return PersonRef(slack_id=raw)
    if "@" in raw or "<" in raw or ">" in raw:
        raise ParseError(messages.BAD_OWNER.format(text=raw))
    return PersonRef(name=raw)  # a name only: kept, but cannot be reminded until linked
