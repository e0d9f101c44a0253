"""The six action statuses (docs/specification.md section 3) and forgiving Dutch input.

``Status`` itself is defined in ``storage.types`` (the models store it) and re-exported here;
this module gives it its Dutch labels and parser. Import ``Status`` from here outside storage.
"""

from __future__ import annotations

from storage.types import Status, install_wording
from workflows import messages
from workflows.dates.dutch import fold
from workflows.errors import ParseError


class _DutchWording:
    """``Status.label`` and ``Status.parse`` in Dutch: the enum lives in storage (the models are
    typed with it), its wording here, next to the text catalogue."""

    def label(self, status: Status) -> str:
        return messages.STATUS_LABELS[status.value]

    def parse(self, text: str) -> Status:
        """Labels, codes and obvious variants, case- and accent-insensitive."""
        key = fold(str(text)).replace("_", " ").replace("-", " ")
        key = " ".join(key.split())
        found = _ALIASES.get(key)
        if found is None:
            valid = ", ".join(s.label for s in Status)
            raise ParseError(messages.BAD_STATUS.format(text=str(text).strip(), valid=valid))
        return found


install_wording(_DutchWording())

__all__ = ["CLOSED_STATUSES", "OPEN_STATUSES", "Status"]

OPEN_STATUSES = frozenset({Status.NOT_STARTED, Status.ON_TRACK, Status.ATTENTION, Status.DELAYED})
CLOSED_STATUSES = frozenset({Status.DONE, Status.CANCELLED})

_ALIASES: dict[str, Status] = {}
for _status in Status:
    _ALIASES[_status.value.replace("_", " ")] = _status
    _ALIASES[fold(messages.STATUS_LABELS[_status.value])] = _status
_ALIASES.update(
    {
        "niet gestart": Status.NOT_STARTED,
        "nog niet begonnen": Status.NOT_STARTED,
        "niet begonnen": Status.NOT_STARTED,
        "nieuw": Status.NOT_STARTED,
        "wit": Status.NOT_STARTED,
        "grijs": Status.NOT_STARTED,
        "loopt": Status.ON_TRACK,
        "lopend": Status.ON_TRACK,
        "in uitvoering": Status.ON_TRACK,
        "gestart": Status.ON_TRACK,
        "groen": Status.ON_TRACK,
        "op koers": Status.ON_TRACK,
        "ontrack": Status.ON_TRACK,
        "aandacht": Status.ATTENTION,
        "oranje": Status.ATTENTION,
        "geel": Status.ATTENTION,
        "risico": Status.ATTENTION,
        "at risk": Status.ATTENTION,
        "rood": Status.DELAYED,
        "vertraging": Status.DELAYED,
        "achter": Status.DELAYED,
        "achter op schema": Status.DELAYED,
        "klaar": Status.DONE,
        "afgerond": Status.DONE,
        "gerealiseerd": Status.DONE,
        "voltooid": Status.DONE,
        "blauw": Status.DONE,
        "vervalt": Status.CANCELLED,
        "geschrapt": Status.CANCELLED,
        "gestopt": Status.CANCELLED,
        "geannuleerd": Status.CANCELLED,
    }
)
