"""Half-years: the unit of planning and reporting (``2026-H1`` = 1 Jan - 30 Jun 2026)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workflows import messages
from workflows.dates.dutch import fold, parse_date
from workflows.errors import ParseError

_FIRST = r"(?:1e|1ste|eerste|h1|voorjaar|begin)"
_SECOND = r"(?:2e|2de|tweede|h2|najaar|eind|einde)"
_HALF_WORDS = {"1e": 1, "1ste": 1, "eerste": 1, "h1": 1, "voorjaar": 1, "begin": 1}
_PATTERNS = [
    # 2026-H1, 2026 H1, 2026h2
    re.compile(r"^(?P<year>\d{4})\s*-?\s*h(?P<num>[12])$"),
    # H1 2026, H1-2026
    re.compile(r"^h(?P<num>[12])\s*-?\s*(?P<year>\d{4})$"),
    # 1e helft 2026, eerste helft 2026, voorjaar 2026, begin 2021, eind 2025
    re.compile(rf"^(?P<word>{_FIRST}|{_SECOND})(?:\s+helft)?(?:\s+van)?\s+(?P<year>\d{{4}})$"),
    # 2026 1e helft, 2026 eerste helft
    re.compile(rf"^(?P<year>\d{{4}})\s+(?P<word>{_FIRST}|{_SECOND})(?:\s+helft)?$"),
]


@dataclass(frozen=True, order=True)
class HalfYear:
    year: int
    half: int  # 1 or 2

    def __post_init__(self) -> None:
        if self.half not in (1, 2):
            raise ValueError(f"half must be 1 or 2, not {self.half}")

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> HalfYear:
        """Every form of docs/specification.md section 2; anything else raises ParseError
        quoting it."""
        found = cls.try_parse(text)
        if found is None:
            raise ParseError(messages.BAD_HALF_YEAR.format(text=str(text).strip()))
        return found

    @classmethod
    def try_parse(cls, text: str) -> HalfYear | None:
        cleaned = fold(str(text)).replace("–", "-")
        if not cleaned:
            return None
        for pattern in _PATTERNS:
            match = pattern.match(cleaned)
            if not match:
                continue
            groups = match.groupdict()
            if groups.get("num"):
                half = int(groups["num"])
            else:
                half = _HALF_WORDS.get(groups["word"], 2)
            return cls(int(groups["year"]), half)
        day = parse_date(cleaned)
        return cls.containing(day) if day else None

    @classmethod
    def containing(cls, day: date) -> HalfYear:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @classmethod
    def from_code(cls, code: str) -> HalfYear:
        """The stored form ``2026-H1`` only (fast path for values we wrote ourselves)."""
        year, half = code.split("-H")
        return cls(int(year), int(half))

    @classmethod
    def span(cls, first: HalfYear, last: HalfYear) -> list[HalfYear]:
        """Every half-year from first to last, both included."""
        out = []
        current = first
        while current <= last:
            out.append(current)
            current = current.next()
        return out

    # -- presentation ---------------------------------------------------------------------

    @property
    def code(self) -> str:
        return f"{self.year}-H{self.half}"

    @property
    def label(self) -> str:
        """``1e helft 2026``."""
        return messages.HALF_LABEL[self.half].format(year=self.year)

    def __str__(self) -> str:
        return self.code

    # -- dates and arithmetic -------------------------------------------------------------

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __add__(self, halves: int) -> HalfYear:
        index = self.year * 2 + (self.half - 1) + halves
        return HalfYear(index // 2, index % 2 + 1)

    def __sub__(self, other: int) -> HalfYear:
        return self + (-other)

    def next(self) -> HalfYear:
        return self + 1

    def previous(self) -> HalfYear:
        return self - 1

    def halves_until(self, other: HalfYear) -> int:
        """How many half-years from self to other (negative when other is earlier)."""
        return (other.year * 2 + other.half) - (self.year * 2 + self.half)
