"""Quarters of the year: the one place that says which quarter a date or month is in.

The five musts' "planned", the rules' per-quarter counts, the duty log's and the record
book's quarter filters, the dashboard and every export ask these functions; keeping one
formula means a date can never sit in Q1 on one screen and in Q2 in the handed-in form.
Pure: standard library only.
"""

from __future__ import annotations

import calendar
from datetime import date


def quarter_of_month(month: int) -> int:
    """The quarter (1-4) of ``month`` (1-12)."""
    return (month - 1) // 3 + 1


def quarter_of(day: date) -> int:
    """The quarter (1-4) ``day`` falls in."""
    return quarter_of_month(day.month)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of ``quarter`` (1-4) in ``year``."""
    last_month = 3 * quarter
    first = date(year, last_month - 2, 1)
    return first, date(year, last_month, calendar.monthrange(year, last_month)[1])
