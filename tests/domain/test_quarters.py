"""Quarters (grouptui.domain.quarters): the one formula every screen, rule and export uses."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

import grouptui
from grouptui.domain.quarters import quarter_bounds, quarter_of, quarter_of_month

#: (quarter, first day, last day) in a leap year and in a common one.
EDGES = [
    (q, date(year, first_month, first_day), date(year, last_month, last_day))
    for year in (2024, 2026)
    for q, (first_month, first_day), (last_month, last_day) in (
        (1, (1, 1), (3, 31)),
        (2, (4, 1), (6, 30)),
        (3, (7, 1), (9, 30)),
        (4, (10, 1), (12, 31)),
    )
]


@pytest.mark.parametrize(("quarter", "first", "last"), EDGES)
def test_first_and_last_day_of_every_quarter(quarter: int, first: date, last: date) -> None:
    assert quarter_of(first) == quarter
    assert quarter_of(last) == quarter
    assert quarter_bounds(first.year, quarter) == (first, last)
    # the days just outside belong to the neighbours (or to another year)
    before, after = first - timedelta(days=1), last + timedelta(days=1)
    assert quarter_of(before) == (quarter - 1 if quarter > 1 else 4)
    assert quarter_of(after) == (quarter + 1 if quarter < 4 else 1)


def test_every_month_and_every_day_of_a_year() -> None:
    assert [quarter_of_month(m) for m in range(1, 13)] == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    day, seen = date(2026, 1, 1), {1: 0, 2: 0, 3: 0, 4: 0}
    while day.year == 2026:
        start, end = quarter_bounds(2026, quarter_of(day))
        assert start <= day <= end
        seen[quarter_of(day)] += 1
        day += timedelta(days=1)
    assert seen == {1: 90, 2: 91, 3: 92, 4: 92}


def test_no_other_module_computes_a_quarter() -> None:
    """Five copies of the formula once lived side by side, each free to drift."""
    root = Path(grouptui.__file__).parent.parent
    formula = re.compile(r"def quarter_(of|bounds)\b|month - 1\) // 3|3 \* \w*quarter - 2")
    found = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("grouptui", "screens", "store")
        for path in sorted((root / folder).rglob("*.py"))
        if path.name != "quarters.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if formula.search(line)
    ]
    assert found == []


def test_days_in_month_is_the_calendars_for_every_month_of_every_year() -> None:
    """Our own count (the start no longer loads ``calendar``) against the standard
    library's, on every month a ``date`` can hold: 29 February of 1900, 2000 and 2024."""
    import calendar

    from grouptui.domain.quarters import days_in_month

    for year in range(1, 10000):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)
    for month in (0, 13, -1):
        with pytest.raises(ValueError):
            calendar.monthrange(2026, month)
        with pytest.raises(ValueError):
            days_in_month(2026, month)
