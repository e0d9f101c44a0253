"""The optional Personen sheet: names, e-mail addresses and Slack ids of the people involved.

The Regiehouder cell holds one ``Naam <e-mail>``; this sheet adds the Slack id for that e-mail,
so a programme exported with its people imports again with every owner reachable in Slack.
"""

from __future__ import annotations

import re

from workflows import messages
from workflows.importing.columns import match_columns
from workflows.importing.read import Table
from workflows.importing.records import PersonRecord, Problems
from workflows.programme.columns import PEOPLE_IMPORT_COLUMNS

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_SLACK_ID = re.compile(r"^[UW][A-Z0-9]{6,}$")
_YES = {"ja", "j", "yes", "y", "x", "waar", "true", "1"}
_NO = {"nee", "n", "no", "onwaar", "false", "0"}


def validate_people(table: Table, problems: Problems) -> list[PersonRecord]:
    columns = match_columns(table, PEOPLE_IMPORT_COLUMNS, problems)
    records: list[PersonRecord] = []
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        name = " ".join(columns.get(cells, "name").split()) or None
        email = columns.get(cells, "email").strip().lower() or None
        slack_id = columns.get(cells, "slack_id").strip() or None
        contact = " ".join(columns.get(cells, "contact").split()) or None
        marked = columns.get(cells, "coordinator").strip()
        coordinator = True if marked.lower() in _YES else False if marked.lower() in _NO else None
        ok = True
        if marked and coordinator is None:
            problems.error(
                messages.IMPORT_BAD_COORDINATOR.format(text=marked),
                number,
                columns.header("coordinator"),
                file=table.file,
            )
            ok = False
        if email and not _EMAIL.match(email):
            problems.error(
                messages.IMPORT_BAD_EMAIL.format(text=email),
                number,
                columns.header("email"),
                file=table.file,
            )
            ok = False
        if slack_id and not _SLACK_ID.match(slack_id):
            problems.error(
                messages.IMPORT_BAD_SLACK_ID.format(text=slack_id),
                number,
                columns.header("slack_id"),
                file=table.file,
            )
            ok = False
        if not email and not slack_id and not (name and contact):
            problems.error(messages.IMPORT_PERSON_NEEDS_ID, number, file=table.file)
            ok = False
        for value, column in ((email, "email"), (slack_id, "slack_id")):
            if value is None:
                continue
            if value in seen:
                problems.error(
                    messages.IMPORT_DUPLICATE_PERSON.format(text=value, first=seen[value]),
                    number,
                    columns.header(column),
                    file=table.file,
                )
                ok = False
            seen.setdefault(value, number)
        if ok:
            records.append(
                PersonRecord(
                    row=number,
                    name=name,
                    email=email,
                    slack_id=slack_id,
                    contact=contact,
                    coordinator=coordinator,
                )
            )
    return records
