"""Dutch numbers (workflows/numbers.py) are what Babel's format_decimal gives for nl_NL with the
patterns the report and the views use."""

from __future__ import annotations

import random
from decimal import Decimal

from babel.numbers import format_decimal

from workflows.numbers import dutch_number

PATTERNS = {"#,##0.##": {}, "#,##0": {"places": 0}, "#,##0.00": {"minimum": 2}}


def _values() -> list[float | int | Decimal]:
    rng = random.Random(11)
    edges: list[float | int | Decimal] = [0, 0.0, -0.0, 1, -1, 0.005, 0.015, 0.025, -0.005]
    edges += [2.675, 1.005, 999.995, 999_999.999, -1234.5, 12_500.0, 1e-7, 1e16, 5e20]
    edges += [Decimal("1234.565"), Decimal("-0.001"), Decimal("7")]
    randoms = [rng.uniform(-1e7, 1e7) for _ in range(2000)]
    randoms += [round(rng.uniform(-1e5, 1e5), rng.randint(0, 4)) for _ in range(2000)]
    return edges + randoms + [rng.randint(-(10**9), 10**9) for _ in range(500)]


def test_numbers_read_as_babel_writes_them() -> None:
    for value in _values():
        for pattern, options in PATTERNS.items():
            babel = format_decimal(value, format=pattern, locale="nl_NL")
            assert dutch_number(value, **options) == babel, (value, pattern)


def test_examples() -> None:
    assert dutch_number(1250) == "1.250"
    assert dutch_number(2.5) == "2,5"
    assert dutch_number(1_228_157.6, places=0) == "1.228.158"
    assert dutch_number(12.5, minimum=2) == "12,50"
