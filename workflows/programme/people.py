"""Owner references as the programme writes them: ``Naam <email>``, an e-mail, a Slack id,
a name, or a team or organisation ("team Wonen", "corporaties", "GGD").

A name is a team (Person.kind ``team``) when it has no personal form: it starts with a group
word (team, afdeling, cluster, ...), holds an organisation word (corporaties, gemeente, GGD,
...), is an abbreviation in capitals, or is a single word. A person has at least two words
("Anna Jansen", "A. de Vries"), or an e-mail address or Slack id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows import messages
from workflows.errors import ParseError

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_SLACK_ID = re.compile(r"^[UW][A-Z0-9]{6,}$")
_NAME_EMAIL = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<email>[^<>]*)>$")
_MENTION = re.compile(r"^<@(?P<id>[UW][A-Z0-9]+)(?:\|(?P<name>[^>]*))?>$")


PERSON = "person"
TEAM = "team"
_GROUP_START = re.compile(
    r"^(?:team|afdeling|cluster|bureau|werkgroep|projectgroep|stuurgroep|kernteam|actieteam|"
    r"gemeente|gemeenten|stichting|regio|provincie|sector|directie|domein|overleg|alle)\b",
    re.IGNORECASE,
)
_ORGANISATION_WORDS = frozenset(
    {
        "corporaties", "woningcorporaties", "woningcorporatie", "corporatie", "zorgaanbieders",
        "zorgpartners", "partners", "gemeenten", "wijkteams", "wijkteam", "leger", "heils",
        "ggd", "ggz", "sdd", "stichting", "vereniging", "bv", "b.v.", "organisatie",
        "ontwikkelaars", "zorgverzekeraar", "zorgkantoor", "welzijn", "beleid", "team",
    }
)  # fmt: skip
_ABBREVIATION = re.compile(r"^[A-Z]{2,}(?:[-/][A-Z]{2,})?$")


def kind_of_name(name: str) -> str:
    """``team`` or ``person`` for a name written without e-mail or Slack id (rule above)."""
    words = name.split()
    if _GROUP_START.match(name) or len(words) < 2:
        return TEAM
    if any(w.lower().strip(".,") in _ORGANISATION_WORDS for w in words):
        return TEAM
    if any(_ABBREVIATION.match(w) for w in words):
        return TEAM
    return PERSON


@dataclass(frozen=True)
class PersonRef:
    name: str | None = None
    email: str | None = None
    slack_id: str | None = None
    kind: str = PERSON

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
    # a name only: kept, but cannot be reminded until linked (a team: through its contact)
    return PersonRef(name=raw, kind=kind_of_name(raw))


_SEPARATE = re.compile(r"\s*/\s*|\s+&\s+")


def parse_people(text: str | None) -> list[PersonRef]:
    """A cell naming one or more people: ``A. de Vries / B. Jansen`` (also ``&``, ``;``);
    the first is the owner, the others deputies. ParseError for an unreadable one."""
    raw = " ".join(str(text or "").split())
    if not raw:
        return []
    parts = [p for p in re.split(r"\s*;\s*", raw) if p]
    if len(parts) == 1 and parse_single_email_or_mention(raw):
        return [p for p in [parse_person(raw)] if p is not None]
    found: list[PersonRef] = []
    for part in parts:
        for piece in _SEPARATE.split(part):
            person = parse_person(piece)
            if person is not None:
                found.append(person)
    return found


def parse_single_email_or_mention(raw: str) -> bool:
    """True when a "/" in ``raw`` is part of one reference (inside <...>), not a separator."""
    return "/" not in raw.split("<", 1)[0] and "<" in raw
