"""Applying the Indicatoren sheet: indicators by name, measurements by date."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import Indicator, Measurement, Programme
from workflows.importing.records import IndicatorRecord

_FIELDS = ("unit", "baseline", "baseline_year", "target_year")
_TARGETS = ("target_min", "target_max", "original_target_min", "original_target_max")


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
        # "nvt"/"ongewijzigd" with no number at all keeps the target the indicator has
        keep = record.keep_target and record.target_min is None
        if not keep:
            if (
                record.target_min is not None
                and indicator.target_min is not None
                and (
                    record.original_target_min is None
                    and (indicator.target_min, indicator.target_max)
                    != (record.target_min, record.target_max)
                    and indicator.original_target_min is None
                )
            ):
                # a revised target keeps the first one, as the programme documents do
                indicator.original_target_min = indicator.target_min
                indicator.original_target_max = indicator.target_max
            for name in _TARGETS:
                value = getattr(record, name)
                if value is not None or name.startswith("target"):
                    setattr(indicator, name, value)
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
