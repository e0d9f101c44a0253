"""One column list (workflows/programme/columns.py) serves import, export and the report."""

from __future__ import annotations

from collections import Counter

from workflows.importing.headers import key
from workflows.programme.columns import ACTION_COLUMNS, INDICATOR_COLUMNS, PEOPLE_COLUMNS


def test_no_header_names_two_columns_of_one_table() -> None:
    for columns in (ACTION_COLUMNS, INDICATOR_COLUMNS, PEOPLE_COLUMNS):
        owners = {(key(name), column.key) for column in columns for name in column.names}
        assert [k for k, n in Counter(k for k, _ in owners).items() if n > 1] == []


def test_required_columns_and_lookup() -> None:
    assert ACTION_COLUMNS.required == ("code", "theme", "title")
    assert INDICATOR_COLUMNS.required == ("name",)
    assert PEOPLE_COLUMNS.required == ()
    assert ACTION_COLUMNS["status_text"].heading == "Stand van zaken/toelichting"
    assert key(ACTION_COLUMNS["status_text"].heading) in {
        key(name) for name in ACTION_COLUMNS["status_text"].names
    }
