"""Calendar and counting helpers of the rules: days left, reception days, service.

Pure. :mod:`grouptui.domain.rules` builds the rules on these; the registration form reuses
:func:`term_training_days`. The statuses and the "at risk" window are explained in the
docstring of :mod:`grouptui.domain.rules`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from grouptui.domain.models import ActivityRecord, Attendance, Deputy
from grouptui.domain.quarters import days_in_month

MET, AT_RISK, MISSED, NOT_YET_DUE = "met", "at_risk", "missed", "not_yet_due"
STATUSES = (MET, AT_RISK, MISSED, NOT_YET_DUE)
_SEVERITY = {MET: 0, NOT_YET_DUE: 1, AT_RISK: 2, MISSED: 3}

#: Attendance statuses that count as having taken part.
PRESENT = ("present", "late")
#: Days left per activity still needed at or below which a count rule is at risk.
AT_RISK_DAYS = 30


def worst(statuses: Iterable[str]) -> str:
    """The most serious of ``statuses`` (met if there are none)."""
    return max(statuses, key=lambda s: _SEVERITY[s], default=MET)


def days_left(as_of: date, end: date) -> int:
    """Days from ``as_of`` to ``end``, both included (0 once ``end`` has passed)."""
    return max(0, (end - as_of).days + 1)


def count_status(done: float, needed: float, as_of: date, start: date, end: date) -> str:
    """The status of "at least ``needed`` between ``start`` and ``end``" (any day counts)."""
    if done >= needed:
        return MET
    if as_of > end:
        return MISSED
    if as_of < start:
        return NOT_YET_DUE
    if days_left(as_of, end) <= AT_RISK_DAYS * (needed - done):
        return AT_RISK
    return NOT_YET_DUE


def reception_dates(year: int, day: int) -> list[date]:
    """The reception day of each month (the month's last day when it is shorter)."""
    return [date(year, m, min(day, days_in_month(year, m))) for m in range(1, 13)]


def served_window(deputy: Deputy, year: int) -> tuple[date, date] | None:
    """The part of ``year`` the deputy served, or None (not in office, or unknown).

    From the day they joined (1 January if not known) to the day they retired (31
    December if still active). A deputy marked retired with no date is left out: we
    cannot tell which months to hold them to.
    """
    start = max(date(year, 1, 1), deputy.joined_on or date(year, 1, 1))
    if deputy.retired_on is not None:
        end = min(date(year, 12, 31), deputy.retired_on)
    elif not deputy.active:
        return None
    else:
        end = date(year, 12, 31)
    return (start, end) if start <= end else None


def months_served(window: tuple[date, date]) -> int:
    """Calendar months touched by ``window`` (a partial month counts as served)."""
    start, end = window
    return (end.year - start.year) * 12 + end.month - start.month + 1


def prorated(per_year: int, months: int) -> int:
    """A yearly count held to ``months`` of service, rounded half up (6 of 12 months -> half)."""
    return int(per_year * months / 12 + 0.5)


def term_training_days(
    deputy_ids: Iterable[str],
    books: Iterable[tuple[Iterable[ActivityRecord], Iterable[Attendance]]],
) -> dict[str, float]:
    """Training days per deputy over several books (years) of a term.

    A day counts when the deputy took part (present or late) in a study record
    (``form == "study"``): the record's ``training_days`` each. Deputies are matched by id,
    which ``new-year`` carries from one year's book to the next.
    """
    wanted = set(deputy_ids)
    totals = dict.fromkeys(wanted, 0.0)
    for records, attendance in books:
        days = {r.id: r.training_days for r in records if r.form == "study" and not r.deleted}
        for mark in attendance:
            if mark.deputy_id in wanted and mark.record_id in days and mark.status in PRESENT:
                if not mark.deleted:
                    totals[mark.deputy_id] += float(days[mark.record_id] or 0)
    return totals
