"""Applying the Indicatoren sheet: indicators by name, measurements by date."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import Indicator, Measurement, Programme
from workflows.importing.records import IndicatorRecord

_FIELDS = ("unit", "baseline", "baseline_year", "target_min", "target_max", "target_year")


def apply_indicators(
    session: Session, programme: Programme, records: list[IndicatorRecord]
) -> tuple[int, int]:
    """Add or update indicators by name and measurements by date; none is deleted.

    Returns the number of indicators and of measurements written.
    """
    count = measurements = 0
    existing = {
        i.name.lower(): i
        for i in session.exec(select(Indicator).where(Indicator.programme_id == programme.id))
    }
    ids = [i.id for i in existing.values()]
    measured = (
        {
            (m.indicator_id, m.date): m
            for m in session.exec(select(Measurement).where(col(Measurement.indicator_id).in_(ids)))
        }
        if ids
        else {}
    )
    for position, record in enumerate(records):
        indicator = existing.get(record.name.lower())
        if indicator is None:
            indicator = Indicator(programme_id=programme.id, name=record.name)  # type: ignore[arg-type]
        for name in _FIELDS:
            setattr(indicator, name, getattr(record, name))
        indicator.position = position
        session.add(indicator)
        session.flush()
        assert indicator.id is not None
        indicator_id = indicator.id
        for day, value in sorted(record.measurements.items()):
            measurement = measured.get((indicator_id, day))
            if measurement is None:
                measurement = Measurement(indicator_id=indicator_id, date=day, value=value)
            measurement.value = value
            session.add(measurement)
            measurements += 1
        count += 1
    return count, measurements
