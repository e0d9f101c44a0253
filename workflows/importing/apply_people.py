"""Finding or creating the people an import mentions, with every person loaded in one query."""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import Person
from workflows import messages
from workflows.dates.dutch import fold
from workflows.importing.records import PersonRecord, Problems
from workflows.programme.columns import PEOPLE_COLUMNS
from workflows.programme.people import PersonRef


class PeopleIndex:
    """All persons by e-mail, Slack id and name; new persons are added as they are made."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_email: dict[str, Person] = {}
        self.by_slack: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = {}
        for person in session.exec(select(Person)).all():
            self._index(person)

    def _index(self, person: Person) -> None:
        if person.email:
            self.by_email[person.email.lower()] = person
        if person.slack_id:
            self.by_slack[person.slack_id] = person
        if person.name:
            self.by_name.setdefault(fold(person.name), []).append(person)

    def _create(self, name: str | None, email: str | None, slack_id: str | None) -> Person:
        person = Person(name=name, email=email, slack_id=slack_id)
        self.session.add(person)
        self._index(person)
        return person

    def apply_sheet(self, records: list[PersonRecord], problems: Problems) -> None:
        """Create or update the people of a Personen sheet; conflicts become problems."""
        for record in records:
            by_email = self.by_email.get(record.email) if record.email else None
            by_slack = self.by_slack.get(record.slack_id) if record.slack_id else None
            if by_email is not None and by_slack is not None and by_email is not by_slack:
                other = by_slack.name or by_slack.email or record.slack_id
                problems.error(
                    messages.IMPORT_PERSON_CONFLICT.format(
                        slack_id=record.slack_id, other=other, email=record.email
                    ),
                    record.row,
                    PEOPLE_COLUMNS["slack_id"].header,
                    file=f"{problems.file} ({messages.SHEET_PEOPLE})",
                )
                continue
            person = by_email or by_slack
            if person is None:
                created = self._create(record.name, record.email, record.slack_id)
                created.is_coordinator = bool(record.coordinator)
                continue
            if record.coordinator is not None:  # an empty cell leaves it as it is
                person.is_coordinator = record.coordinator
            if record.name and person.name != record.name:
                person.name = record.name
            # by_email/by_slack is this person or nobody, so taking the file's value is safe
            if record.email and person.email != record.email:
                person.email = record.email
            if record.slack_id and person.slack_id != record.slack_id:
                person.slack_id = record.slack_id
            self.session.add(person)
            self._index(person)

    def resolve(self, ref: PersonRef) -> Person:
        """The person a Regiehouder cell means: by e-mail, Slack id or (unique) name."""
        person: Person | None = None
        if ref.email:
            person = self.by_email.get(ref.email)
        elif ref.slack_id:
            person = self.by_slack.get(ref.slack_id)
        elif ref.name:
            same = self.by_name.get(fold(ref.name), [])
            person = same[0] if len(same) == 1 else None
        if person is None:
            return self._create(ref.name, ref.email, ref.slack_id)
        if ref.name and not person.name:
            person.name = ref.name
            self.session.add(person)
            self._index(person)
        return person


def person_label(person: Person | None) -> str | None:
    """How an owner is written in the change log: the import-format text."""
    if person is None:
        return None
    return PersonRef(name=person.name, email=person.email, slack_id=person.slack_id).as_text()
