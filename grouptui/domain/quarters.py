"""Quarters of the year: the one place that says which quarter a date or month is in.

The five musts' "planned", the rules' per-quarter counts, the duty log's and the record
book's quarter filters, the dashboard and every export ask these functions; keeping one
formula means a date can never sit in Q1 on one screen and in Q2 in the handed-in form.
Pure: standard library only.
"""

from __future__ import annotations

from datetime import date


def quarter_of_month(month: int) -> int:
    """The quarter (1-4) of ``month`` (1-12)."""
    return (month - 1) // 3 + 1


def quarter_of(day: date) -> int:
    """The quarter (1-4) ``day`` falls in."""
    return quarter_of_month(day.month)


#: Days of each month in a common year.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Number of days of ``month`` (1-12) in ``year`` (``calendar.monthrange``'s second
    figure, without loading ``calendar``: it costs 2-3 ms of every start). A month out of
    1-12 is a :class:`ValueError`, as it is to ``calendar``."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, not {month!r}")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of ``quarter`` (1-4) in ``year``."""
    last_month = 3 * quarter
    first = date(year, last_month - 2, 1)
    return first, date(year, last_month, days_in_month(year, last_month))
