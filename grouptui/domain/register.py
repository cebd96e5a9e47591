"""The duty registration form (代表履职情况登记表): one row per deputy, computed, never stored.

Pure: it receives the year's objects (and the training days found in earlier years'
books) and sums them up. Only the remarks are typed by hand; they are stored per deputy
and per year by :mod:`grouptui.store.register`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from grouptui.domain.models import ActivityRecord, Attendance, Deputy, DutyEntry, Suggestion
from grouptui.domain.roster import PROFILE_FIELDS, default_joined
from grouptui.domain.scoring import ScoringRules
from grouptui.domain.vocab import DUTY_CATEGORIES, SATISFACTION, SUGGESTION_STATUS

#: attendance statuses that count as having taken part.
ATTENDED = ("present", "late")


@dataclass
class EarlierYear:
    """Training days found in an earlier year's book of the same group."""

    year: int
    #: deputy id -> (name, days).
    days: dict[str, tuple[str, float]]

    def days_of(self, deputy: Deputy) -> float:
        """The deputy's days that year: matched by id (new-year keeps ids), else by name."""
        if deputy.id in self.days:
            return self.days[deputy.id][1]
        return sum(d for name, d in self.days.values() if name == deputy.name)


@dataclass
class RegisterRow:
    """One deputy's year, summed up."""

    deputy_id: str
    name: str
    active: bool
    retired_on: date | None
    #: entries per duty category (every category present, zeros included).
    counts: dict[str, int]
    hours: float
    #: voter receptions the deputy attended.
    receptions: int
    #: suggestions the deputy proposed or co-signed, and how they stand.
    suggestions: int
    proposed: int
    handling: dict[str, int]
    training_days: float
    term_training_days: float
    #: reported to voters (述职) this year.
    reported: bool
    #: how the deputy rated the handling of the suggestions they put forward.
    satisfaction: dict[str, int]
    score: float | None
    remarks: str = ""
    #: the 述职 evaluation's grade (``evaluation.GRADES``) at the latest meeting, or "".
    evaluation: str = ""
    #: the paper form's profile: ``roster.PROFILE_FIELDS`` of the deputy, by name.
    profile: dict[str, str] = field(default_factory=dict)
    #: the term's first day (the start of the year when the book does not say).
    joined_on: date | None = None


@dataclass
class RegisterForm:
    """The whole form and what it was computed from."""

    group: str
    year: int
    rows: list[RegisterRow]
    #: first year of the term the training days are summed over.
    term_start: int
    #: earlier years of the term whose book was found, and those that were not.
    years_found: list[int] = field(default_factory=list)
    years_missing: list[int] = field(default_factory=list)
    scored: bool = False
    #: the words of the evaluation (``evaluation.SCALES``).
    scale: str = "competence"


def training_days(
    records: Iterable[ActivityRecord], attendance: Iterable[Attendance]
) -> dict[str, float]:
    """Training days per deputy id: the length of every training the deputy attended."""
    length = {r.id: r.training_days for r in records if not r.deleted and r.training_days > 0}
    days: dict[str, float] = {}
    for mark in attendance:
        if mark.deleted or mark.status not in ATTENDED or mark.record_id not in length:
            continue
        days[mark.deputy_id] = days.get(mark.deputy_id, 0.0) + length[mark.record_id]
    return days


def build_form(
    *,
    group: str,
    year: int,
    deputies: Iterable[Deputy],
    entries: Iterable[DutyEntry],
    records: Iterable[ActivityRecord],
    attendance: Iterable[Attendance],
    suggestions: Iterable[Suggestion],
    remarks: Mapping[str, str] | None = None,
    rules: ScoringRules | None = None,
    earlier: Iterable[EarlierYear] = (),
    term_start: int | None = None,
    evaluations: Mapping[str, str] | None = None,
    scale: str = "competence",
) -> RegisterForm:
    """The registration form of the year."""
    records = [r for r in records if not r.deleted]
    attendance = [a for a in attendance if not a.deleted]
    earlier = sorted(earlier, key=lambda e: e.year)
    remarks = remarks or {}
    evaluations = evaluations or {}
    deputies = [d for d in deputies if not d.deleted]
    deputies.sort(key=lambda d: not d.active)  # retired deputies after the serving ones

    counts: dict[str, dict[str, int]] = {d.id: dict.fromkeys(DUTY_CATEGORIES, 0) for d in deputies}
    hours: dict[str, float] = {}
    for e in entries:
        if e.deleted or e.date.year != year or e.deputy_id not in counts:
            continue
        row = counts[e.deputy_id]
        row[e.category] = row.get(e.category, 0) + 1
        hours[e.deputy_id] = hours.get(e.deputy_id, 0.0) + e.hours

    receptions_ids = {r.id for r in records if r.form == "voter_reception"}
    receptions: dict[str, int] = {}
    for mark in attendance:
        if mark.status in ATTENDED and mark.record_id in receptions_ids:
            receptions[mark.deputy_id] = receptions.get(mark.deputy_id, 0) + 1

    suggestions = [s for s in suggestions if not s.deleted]
    days = training_days(records, attendance)

    if term_start is None:
        term_start = min([e.year for e in earlier] + [year])
    found = sorted({e.year for e in earlier if term_start <= e.year < year})
    missing = [y for y in range(term_start, year) if y not in found]

    rows = []
    for d in deputies:
        mine = [s for s in suggestions if d.id in s.proposers]
        handling = dict.fromkeys(SUGGESTION_STATUS, 0)
        satisfaction = dict.fromkeys(SATISFACTION, 0)
        for s in mine:
            handling[s.status] = handling.get(s.status, 0) + 1
            if s.satisfaction:
                satisfaction[s.satisfaction] = satisfaction.get(s.satisfaction, 0) + 1
        year_days = days.get(d.id, 0.0)
        term_days = year_days + sum(e.days_of(d) for e in earlier if term_start <= e.year < year)
        rows.append(
            RegisterRow(
                deputy_id=d.id,
                name=d.name,
                active=d.active,
                retired_on=d.retired_on,
                counts=counts[d.id],
                hours=hours.get(d.id, 0.0),
                receptions=receptions.get(d.id, 0),
                suggestions=len(mine),
                proposed=sum(1 for s in mine if s.proposers and s.proposers[0] == d.id),
                handling=handling,
                training_days=year_days,
                term_training_days=term_days,
                reported=counts[d.id].get("report_to_voters", 0) > 0,
                satisfaction=satisfaction,
                score=rules.score(counts[d.id]) if rules else None,
                remarks=remarks.get(d.id, ""),
                evaluation=evaluations.get(d.id, ""),
                profile={f: getattr(d, f) for f in PROFILE_FIELDS},
                joined_on=d.joined_on or default_joined(year),
            )
        )
    return RegisterForm(
        group=group,
        year=year,
        rows=rows,
        term_start=term_start,
        years_found=found,
        years_missing=missing,
        scored=rules is not None,
        scale=scale,
    )


def row_json(row: RegisterRow) -> dict[str, Any]:
    """One row as the ``register --json`` document prints it."""
    return {
        "deputy_id": row.deputy_id,
        "name": row.name,
        "active": row.active,
        "retired_on": row.retired_on.isoformat() if row.retired_on else None,
        "joined_on": row.joined_on.isoformat() if row.joined_on else None,
        **row.profile,
        "counts": dict(row.counts),
        "hours": row.hours,
        "receptions": row.receptions,
        "suggestions": row.suggestions,
        "proposed": row.proposed,
        "handling": dict(row.handling),
        "training_days": row.training_days,
        "term_training_days": row.term_training_days,
        "reported_to_voters": row.reported,
        "satisfaction": dict(row.satisfaction),
        "score": row.score,
        "remarks": row.remarks,
        "evaluation": row.evaluation or None,
    }


def form_json(form: RegisterForm) -> dict[str, Any]:
    """The whole form as ``register --json`` prints it."""
    return {
        "group": form.group,
        "year": form.year,
        "term_start": form.term_start,
        "years_found": form.years_found,
        "years_missing": form.years_missing,
        "scored": form.scored,
        "rows": [row_json(r) for r in form.rows],
    }
