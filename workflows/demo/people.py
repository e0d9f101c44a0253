"""The made-up people of the demo programme.

Every name ends in "(demo)", every e-mail address is on the reserved ``.invalid`` domain and
every Slack id starts with ``U0DEMO``: nobody real is meant, and no message can reach anyone.
The demo workbook's Personen sheet is written from this list, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoPerson:
    handle: str  # what the console's "/als @anna" matches
    name: str
    email: str
    slack_id: str
    is_coordinator: bool = False
    organisation: str | None = None  # what the council version of the report shows

    @property
    def role(self) -> str:
        return "coördinator" if self.is_coordinator else "regiehouder"


def _person(handle: str, name: str, organisation: str, *, coordinator: bool = False) -> DemoPerson:
    email_name = name.lower().replace(" ", ".").replace("ï", "i")
    return DemoPerson(
        handle=handle,
        name=f"{name} (demo)",
        email=f"{email_name}@voorbeeld.invalid",
        slack_id=f"U0DEMO{handle.upper()}",
        is_coordinator=coordinator,
        organisation=organisation,
    )


DEMO_PEOPLE: tuple[DemoPerson, ...] = (
    _person("carla", "Carla de Vries", "Programmabureau Wonen en Zorg", coordinator=True),
    _person("bram", "Bram de Boer", "Team Wonen", coordinator=True),
    _person("anna", "Anna Jansen", "Sociale Dienst Drechtsteden"),
    _person("dewi", "Dewi Pinas", "GGD Zuid-Holland Zuid"),
    _person("erik", "Erik Visser", "Team Participatie"),
    _person("fatima", "Fatima El Amrani", "Team Jeugd en Wijk"),
    _person("gijs", "Gijs Bakker", "Team Maatschappelijke Opvang"),
    _person("hanneke", "Hanneke Smit", "Team Wonen"),
)
DEMO_BY_HANDLE = {p.handle: p for p in DEMO_PEOPLE}


def owner_cell(handle: str) -> str:
    """The Regiehouder cell for a demo person: ``Naam <e-mail>``."""
    person = DEMO_BY_HANDLE[handle]
    return f"{person.name} <{person.email}>"
