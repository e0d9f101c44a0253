"""Finding or creating the people an import mentions, with every person loaded in one query."""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import Person
from workflows import messages
from workflows.dates.dutch import fold
from workflows.errors import ParseError
from workflows.importing.records import PersonRecord, Problems
from workflows.programme.columns import PEOPLE_COLUMNS, PEOPLE_IMPORT_COLUMNS
from workflows.programme.coordinators import mark_coordinator
from workflows.programme.people import PersonRef, parse_person


class PeopleIndex:
    """All persons of the workspace by e-mail, Slack id and name; new persons are added (to
    the workspace) as they are made."""

    def __init__(self, session: Session, workspace_id: str) -> None:
        self.session = session
        self.workspace_id = workspace_id
        self.by_email: dict[str, Person] = {}
        self.by_slack: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = {}
        for person in session.exec(select(Person).where(Person.workspace_id == workspace_id)):
            self._index(person)

    def _index(self, person: Person) -> None:
        if person.email:
            self.by_email[person.email.lower()] = person
        if person.slack_id:
            self.by_slack[person.slack_id] = person
        if person.name:
            self.by_name.setdefault(fold(person.name), []).append(person)

    def _create(
        self, name: str | None, email: str | None, slack_id: str | None, kind: str = "person"
    ) -> Person:
        person = Person(
            workspace_id=self.workspace_id, name=name, email=email, slack_id=slack_id, kind=kind
        )
        self.session.add(person)
        self._index(person)
        return person

    def apply_sheet(
        self, records: list[PersonRecord], problems: Problems, programme_id: int
    ) -> None:
        """Create or update the people of a Personen sheet; conflicts become problems. The
        Coördinator column makes someone coordinator of this programme only."""
        marked: list[tuple[Person, bool]] = []
        for record in records:
            if not record.email and not record.slack_id:
                continue  # a team known by name only: in _apply_contacts

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
                person = self._create(record.name, record.email, record.slack_id)
                if record.coordinator:
                    marked.append((person, True))
                continue
            if record.coordinator is not None:  # an empty cell leaves it as it is
                marked.append((person, record.coordinator))
            if record.name and person.name != record.name:
                person.name = record.name
            # by_email/by_slack is this person or nobody, so taking the file's value is safe
            if record.email and person.email != record.email:
                person.email = record.email
            if record.slack_id and person.slack_id != record.slack_id:
                person.slack_id = record.slack_id
            self.session.add(person)
            self._index(person)
        self._apply_contacts(records, problems)
        if marked:
            self.session.flush()  # new people get their ids
        for person, coordinator in marked:
            mark_coordinator(
                session=self.session,
                person=person,
                programme_id=programme_id,
                coordinator=coordinator,
            )

    def _apply_contacts(self, records: list[PersonRecord], problems: Problems) -> None:
        """A row with a Contactpersoon is a team: its reminders go to that person."""
        for record in records:
            if not record.contact:
                continue
            try:
                ref = parse_person(record.contact)
            except ParseError:
                ref = None
            contact = self.find(ref) if ref else None
            if record.email or record.slack_id:
                team = self.by_email.get(record.email or "") or self.by_slack.get(
                    record.slack_id or ""
                )
            else:
                team = self.resolve(PersonRef(name=record.name, kind="team"))
            if contact is None or team is None or team is contact:
                problems.error(
                    messages.IMPORT_BAD_CONTACT.format(text=record.contact),
                    record.row,
                    PEOPLE_IMPORT_COLUMNS["contact"].header,
                    file=f"{problems.file} ({messages.SHEET_PEOPLE})",
                )
                continue
            self.session.flush()
            team.kind = "team"
            team.contact_id = contact.id
            self.session.add(team)

    def find(self, ref: PersonRef) -> Person | None:
        """The known person ``ref`` means: by e-mail, Slack id or (unique) name."""
        if ref.email:
            return self.by_email.get(ref.email)
        if ref.slack_id:
            return self.by_slack.get(ref.slack_id)
        if ref.name:
            same = self.by_name.get(fold(ref.name), [])
            return same[0] if len(same) == 1 else None
        return None

    def resolve(self, ref: PersonRef) -> Person:
        """The person a Regiehouder cell means: by e-mail, Slack id or (unique) name. A new
        one gets its id at the caller's next flush (one INSERT for all of them)."""
        person = self.find(ref)
        if person is None:
            return self._create(ref.name, ref.email, ref.slack_id, ref.kind)
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
