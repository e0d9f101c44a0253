"""The programme: its actions, statuses, planning, people, coordinators and who may do what.

The surface bot/ uses. The read views built over the update history (``overview``,
``my_actions``, ``action_detail``) are imported from their own modules: they use
workflows.updates, which itself uses this package, so re-exporting them here would make
importing any part of the programme import the updates too (and go round in a circle).
"""

from typing import TYPE_CHECKING

from workflows.surface import lazy_surface

if TYPE_CHECKING:
    from workflows.programme.assignments import Assignment, assign
    from workflows.programme.callers import require_coordinator
    from workflows.programme.columns import (
        ACTION_COLUMNS,
        INDICATOR_COLUMNS,
        PEOPLE_COLUMNS,
        Column,
        ColumnSet,
    )
    from workflows.programme.coordinators import add_coordinator, list_coordinators
    from workflows.programme.mentions import PersonCard, everyone, person_card
    from workflows.programme.planning import Phase
    from workflows.programme.queries import person_by_slack_id
    from workflows.programme.statuses import Status

__getattr__, __dir__ = lazy_surface(
    __name__,
    {
        ".assignments": ("Assignment", "assign"),
        ".callers": ("require_coordinator",),
        ".columns": (
            "ACTION_COLUMNS",
            "INDICATOR_COLUMNS",
            "PEOPLE_COLUMNS",
            "Column",
            "ColumnSet",
        ),
        ".coordinators": ("add_coordinator", "list_coordinators"),
        ".mentions": ("PersonCard", "everyone", "person_card"),
        ".planning": ("Phase",),
        ".queries": ("person_by_slack_id",),
        ".statuses": ("Status",),
    },
)

__all__ = [
    "ACTION_COLUMNS",
    "INDICATOR_COLUMNS",
    "PEOPLE_COLUMNS",
    "Assignment",
    "Column",
    "ColumnSet",
    "PersonCard",
    "Phase",
    "Status",
    "add_coordinator",
    "assign",
    "everyone",
    "list_coordinators",
    "person_by_slack_id",
    "person_card",
    "require_coordinator",
]
