"""Numbers as Dutch writes them: ``1.234.567,89``.

What Babel's ``format_decimal`` gives for nl_NL with the patterns the report and the views use
(``#,##0.##``, ``#,##0``, ``#,##0.00``): the value rounded half to even, groups of three digits
split by a point, a decimal comma. tests/workflows/test_numbers.py compares it with Babel;
Babel itself and its locale data are not imported (issue 11: start-up of ``woonzorg rapport``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal


def dutch_number(value: float | Decimal, *, places: int = 2, minimum: int = 0) -> str:
    """``value`` with at most ``places`` and at least ``minimum`` decimals (trailing zeros
    beyond ``minimum`` dropped): ``1.250``, ``2,5``, ``-0,75``."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    fraction = fraction.rstrip("0").ljust(minimum, "0")
    sign = "-" if rounded.is_signed() else ""
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"
