"""The rule "contact voters twice a year" (一年两次联系选民), per deputy.

Pure. :meth:`grouptui.domain.rules._Context.voter_contacts` turns these rows into the
rule's result, like the reception rule's rows.

A contact is one of:

- an activity of the form 联系选民 (``voter_contact``) or 走访 (``visit``) the deputy took
  part in (present or late);
- an entry of category 联系选民 in the deputy's duty log (typed by hand, e.g. a phone
  round of the voters of their constituency).

Attending such an activity also writes an automatic duty entry of that category, which
names the record: it and the attendance mark are one contact, not two.

Contacts can happen on any day, so the statuses follow
:func:`~grouptui.domain.rule_calendar.count_status` over the part of the year the deputy
served (30 days left per contact still needed is "at risk"). A deputy who joined or
retired during the year is held to a prorated count, rounded half up, like the
reception rule (3 months of 2 a year: 1; 2 months: none).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from grouptui.domain.models import ActivityRecord, Attendance, Deputy, DutyEntry
from grouptui.domain.rule_calendar import (
    MET,
    PRESENT,
    count_status,
    months_served,
    prorated,
    served_window,
)

#: activity forms whose attendance counts as contacting voters.
CONTACT_FORMS = ("voter_contact", "visit")
#: the duty-log category that counts.
CONTACT_CATEGORY = "voter_contact"


def contact_dates(
    records: Iterable[ActivityRecord],
    attendance: Iterable[Attendance],
    duty: Iterable[DutyEntry],
    as_of: date,
) -> dict[str, list[date]]:
    """Deputy id -> the dates of their contacts up to ``as_of``, one per contact."""
    contact_records = {r.id: r.date for r in records if r.form in CONTACT_FORMS and r.date <= as_of}
    # deputy id -> {what the contact was: date}; a record counts once per deputy
    seen: dict[str, dict[tuple[str, str], date]] = {}
    for mark in attendance:
        if mark.record_id in contact_records and mark.status in PRESENT and not mark.deleted:
            seen.setdefault(mark.deputy_id, {})[("record", mark.record_id)] = contact_records[
                mark.record_id
            ]
    for entry in duty:
        if entry.deleted or entry.category != CONTACT_CATEGORY or entry.date > as_of:
            continue
        if entry.record_id:
            # an automatic entry of an attended record: counted with the record (if it
            # still stands and the deputy was present)
            if entry.record_id in contact_records:
                continue
            what = ("record", entry.record_id)
        else:
            what = ("entry", entry.id)
        seen.setdefault(entry.deputy_id, {})[what] = entry.date
    return {deputy: sorted(found.values()) for deputy, found in seen.items()}


def contact_rows(
    deputies: Iterable[Deputy],
    year: int,
    as_of: date,
    per_year: int,
    contacts: dict[str, list[date]],
) -> list[dict[str, Any]]:
    """One row per deputy serving in ``year``: status, contacts done, contacts needed."""
    rows: list[dict[str, Any]] = []
    for deputy in deputies:
        window = served_window(deputy, year)
        if window is None:
            continue
        start, end = window
        months = months_served(window)
        needed = per_year if months == 12 else prorated(per_year, months)
        done = sum(1 for d in contacts.get(deputy.id, []) if start <= d <= end)
        status = MET if needed == 0 else count_status(done, needed, as_of, start, end)
        rows.append(
            {
                "id": deputy.id,
                "name": deputy.name,
                "status": status,
                "done": done,
                "needed": needed,
                "months_served": months,
            }
        )
    return rows
