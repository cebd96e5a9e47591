"""The seeds' rules, evaluated as of a date: met, at risk, missed or not yet due.

Pure: :func:`evaluate` takes the book's facts (records, attendance, deputies, plan) and
the effective rule settings (:mod:`grouptui.domain.rule_settings`) and returns one
:class:`RuleResult` per rule that is switched on, each with its reason in words.

What the four statuses mean, for every rule:

- **met**: what is due so far has been done (a yearly minimum already reached counts as
  met for the rest of the year).
- **missed**: the deadline has passed without it, or it can no longer be reached (a
  reception is held only on the reception day, so 3 of 8 with 4 reception days left is
  missed before the year ends). ``grouptui check`` exits 1 when any rule is missed.
- **at risk**: not missed, but the time left is tight. For counts that can happen on any
  day (activities, study, 述职, satisfaction rating) that is *no more than 30 days left
  per activity still needed*, deadline day included (one activity missing with 30 days
  left in the quarter is at risk; with 31 it is not yet due). For receptions, which
  happen on one day a month, it is *at most one spare reception day left*. For training
  days it is the term's last year with fewer than 30 days left per day still needed, or
  more days than the maximum (not a failure, but the plan says otherwise).
- **not yet due**: none of the above: the period has not started, or there is time left.
  A rule about each deputy on a book with no deputies is also "not yet due": there is
  nothing to check, which is not the same as having met it.

Records and attendance count only up to the as-of date, so a full year's book can be
checked as it stood at the end of March. Deputies who joined or retired during the year
are held only to the months they served (see :func:`served_window`).

The result types (:class:`RuleResult`, :class:`Reason`, :class:`BookFacts`) live in
:mod:`grouptui.domain.rule_results` and are imported from here as before.

Why this module is past 400 lines: a third of it is this page, the law of the four
statuses that every rule below follows; the rules themselves are one evaluator class whose
helpers (the at-risk arithmetic, the deputies' served windows) they all share, so a split
would put the law and the code that keeps it in different files.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypedDict

from grouptui.domain.models import ActivityRecord
from grouptui.domain.quarters import days_in_month, quarter_bounds, quarter_of_month
from grouptui.domain.rule_calendar import (
    AT_RISK,
    MET,
    MISSED,
    NOT_YET_DUE,
    PRESENT,
    count_status,
    days_left,
    months_served,
    prorated,
    reception_dates,
    served_window,
    term_training_days,
    worst,
)
from grouptui.domain.rule_contacts import contact_dates, contact_rows

# Re-exported: callers import the result types from here (see the docstring above).
from grouptui.domain.rule_results import BookFacts as BookFacts
from grouptui.domain.rule_results import Reason as Reason
from grouptui.domain.rule_results import RuleResult as RuleResult
from grouptui.domain.rule_settings import RULE_IDS, deadline_in


def evaluate(rules: dict[str, Any], facts: BookFacts, as_of: date) -> list[RuleResult]:
    """Every rule that is switched on, in the order of ``RULE_IDS``, as of ``as_of``."""
    records = sorted((r for r in facts.records if r.date <= as_of), key=lambda r: r.date)
    ctx = _Context(rules, facts, as_of, records)
    out = []
    for rule_id in RULE_IDS:
        if rule_id in rules.get("disabled", []):
            continue
        if rule_id == "study_each_quarter" and not rules["collective_study_per_quarter"]:
            continue
        out.append(getattr(ctx, rule_id)())
    return out


class _Quarter(TypedDict):
    """One quarter's row of a per-quarter rule (its ``details["quarters"]``)."""

    quarter: int
    done: int
    needed: int
    status: str
    days_left: int


class _Context:
    """One evaluation: the rules, the facts and the date, shared by the rule methods."""

    def __init__(
        self, rules: dict[str, Any], facts: BookFacts, as_of: date, records: list[ActivityRecord]
    ) -> None:
        self.rules = rules
        self.facts = facts
        self.year = facts.year
        self.as_of = as_of
        self.records: list[ActivityRecord] = records

    # Counts of activities ---------------------------------------------------------------

    def _group_activities(self) -> list[ActivityRecord]:
        excluded = set(self.rules["group_activity_excluded_forms"])
        return [r for r in self.records if r.form not in excluded]

    def _per_quarter(self, rule_id: str, records: list[ActivityRecord], needed: int) -> RuleResult:
        quarters: list[_Quarter] = []
        for q in range(1, 5):
            start, end = quarter_bounds(self.year, q)
            done = sum(1 for r in records if start <= r.date <= end)
            status = count_status(done, needed, self.as_of, start, end)
            quarters.append(
                {
                    "quarter": q,
                    "done": done,
                    "needed": needed,
                    "status": status,
                    "days_left": days_left(max(self.as_of, start), end) if self.as_of <= end else 0,
                }
            )
        # quarters not started yet say nothing: Q2 met in May is met so far
        shown = [q for q in quarters if self.as_of >= quarter_bounds(self.year, q["quarter"])[0]]
        status = worst(q["status"] for q in shown) if shown else NOT_YET_DUE
        reasons = [Reason("rule_quarters", {"quarters": shown or quarters[:1], "needed": needed})]
        current = next((q for q in shown if q["status"] in (AT_RISK, NOT_YET_DUE)), None)
        if current is not None and current["done"] < needed:
            reasons.append(Reason("rule_days_left", {"days": current["days_left"]}))
        return RuleResult(rule_id, status, tuple(reasons), {"quarters": quarters})

    def _per_year(self, rule_id: str, key: str, done: int, needed: int) -> RuleResult:
        start, end = date(self.year, 1, 1), date(self.year, 12, 31)
        status = count_status(done, needed, self.as_of, start, end)
        reasons = [Reason(key, {"done": done, "needed": needed})]
        if status in (AT_RISK, NOT_YET_DUE) and self.as_of >= start:
            reasons.append(Reason("rule_days_left", {"days": days_left(self.as_of, end)}))
        return RuleResult(rule_id, status, tuple(reasons), {"done": done, "needed": needed})

    def quarterly_activities(self) -> RuleResult:
        needed = self.rules["group_activities_per_quarter"]
        return self._per_quarter("quarterly_activities", self._group_activities(), needed)

    def yearly_activities(self) -> RuleResult:
        needed = self.rules["activities_per_year_min"]
        done = len(self._group_activities())
        return self._per_year("yearly_activities", "rule_activities_count", done, needed)

    def _studies(self) -> list[ActivityRecord]:
        return [r for r in self.records if r.form == "study"]

    def collective_study(self) -> RuleResult:
        needed = self.rules["collective_study_per_year_min"]
        return self._per_year("collective_study", "rule_study_count", len(self._studies()), needed)

    def study_each_quarter(self) -> RuleResult:
        needed = self.rules["collective_study_per_quarter"]
        return self._per_quarter("study_each_quarter", self._studies(), needed)

    # Receptions -------------------------------------------------------------------------

    def _reception_records(self) -> list[ActivityRecord]:
        return [r for r in self.records if r.form == "voter_reception"]

    def receptions(self) -> RuleResult:
        day = self.rules["reception_day"]
        needed = self.rules["receptions_per_year"]
        dates = reception_dates(self.year, day)
        held = {r.date for r in self._reception_records()} & set(dates)
        off_day = sum(1 for r in self._reception_records() if r.date not in dates)
        done = len(held)
        left = sum(1 for d in dates if d >= self.as_of and d not in held)
        status = self._reception_status(done, needed, left, date(self.year, 1, 1))
        reasons = [Reason("rule_receptions", {"done": done, "needed": needed, "day": day})]
        if status != MET:
            reasons.append(Reason("rule_reception_days_left", {"left": left}))
        if off_day:
            reasons.append(Reason("rule_receptions_off_day", {"count": off_day, "day": day}))
        return RuleResult(
            "receptions",
            status,
            tuple(reasons),
            {"done": done, "needed": needed, "reception_days_left": left, "off_day": off_day},
        )

    def _reception_status(self, done: int, needed: int, left: int, start: date) -> str:
        if done >= needed:
            return MET
        if done + left < needed:
            return MISSED
        if self.as_of < start:
            return NOT_YET_DUE
        if left - (needed - done) <= 1:
            return AT_RISK
        return NOT_YET_DUE

    def reception_every_deputy(self) -> RuleResult:
        per_year = self.rules["receptions_per_deputy_per_year"]
        dates = reception_dates(self.year, self.rules["reception_day"])
        receptions = {r.id: r.date for r in self._reception_records()}
        attended: dict[str, list[date]] = {}
        for mark in self.facts.attendance:
            if mark.record_id in receptions and mark.status in PRESENT:
                attended.setdefault(mark.deputy_id, []).append(receptions[mark.record_id])
        rows = []
        for deputy in self.facts.deputies:
            window = served_window(deputy, self.year)
            if window is None:
                continue
            start, end = window
            months = months_served(window)
            needed = per_year if months == 12 else prorated(per_year, months)
            done = sum(1 for d in attended.get(deputy.id, []) if start <= d <= end)
            left = sum(1 for d in dates if max(self.as_of, start) <= d <= end)
            if needed == 0:
                status = MET
            elif done >= needed:
                status = MET
            elif done + left < needed:
                status = MISSED
            elif self.as_of < start:
                status = NOT_YET_DUE
            elif left - (needed - done) <= 1:
                status = AT_RISK
            else:
                status = NOT_YET_DUE
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
        return self._per_deputy("reception_every_deputy", rows, "rule_reception_deputies")

    def _per_deputy(
        self,
        rule_id: str,
        rows: list[dict[str, Any]],
        key: str,
        params: dict[str, Any] | None = None,
        pending: str = "rule_deputies_pending",
    ) -> RuleResult:
        if not rows:
            return RuleResult(rule_id, NOT_YET_DUE, (Reason("rule_no_deputies"),), {"deputies": []})
        status = worst(r["status"] for r in rows)
        required = [r for r in rows if r["needed"] > 0]
        met = [r for r in required if r["status"] == MET]
        reasons = [Reason(key, {"met": len(met), "total": len(required), **(params or {})})]
        for state, clause in (
            (MISSED, "rule_deputies_missed"),
            (AT_RISK, "rule_deputies_at_risk"),
            (NOT_YET_DUE, pending),
        ):
            names = [r["name"] for r in rows if r["status"] == state]
            if names:
                reasons.append(Reason(clause, {"names": names}))
        partial = [r for r in rows if r["months_served"] < 12]
        for r in partial:
            clause = "rule_deputy_partial" if r["needed"] else "rule_deputy_partial_exempt"
            reasons.append(
                Reason(
                    clause, {"name": r["name"], "months": r["months_served"], "needed": r["needed"]}
                )
            )
        return RuleResult(rule_id, status, tuple(reasons), {"deputies": rows})

    # Contacting voters ------------------------------------------------------------------

    def voter_contacts(self) -> RuleResult:
        """一年两次联系选民: see :mod:`grouptui.domain.rule_contacts`."""
        per_year = self.rules["voter_contacts_per_deputy_per_year"]
        contacts = contact_dates(self.records, self.facts.attendance, self.facts.duty, self.as_of)
        rows = contact_rows(self.facts.deputies, self.year, self.as_of, per_year, contacts)
        # "met" counts those who reached their count; a deputy with one contact of two has
        # still contacted voters, and the sentence says both.
        contacted = sum(1 for r in rows if r["needed"] > 0 and r["done"] > 0)
        return self._per_deputy(
            "voter_contacts",
            rows,
            "rule_voter_contact_deputies",
            {"per_year": per_year, "contacted": contacted},
            pending="rule_voter_contact_pending",
        )

    # 述职 ------------------------------------------------------------------------------

    def _reports(self) -> list[ActivityRecord]:
        return [r for r in self.records if r.form == "report_to_voters"]

    def report_prepared(self) -> RuleResult:
        month = self.rules["report_month"]
        deadline = deadline_in(self.rules["report_prep_deadline"], self.year)
        planned = [
            p
            for p in self.facts.plan
            if p.form == "report_to_voters"
            and p.status != "cancelled"
            and (p.month == month or (p.month is None and p.quarter == quarter_of_month(month)))
        ]
        held = self._reports()
        if planned or held:
            status = MET
            reasons = [Reason("rule_report_planned", {"month": month})]
        else:
            status = count_status(0, 1, self.as_of, date(self.year, 1, 1), deadline)
            reasons = [Reason("rule_report_not_planned", {"month": month, "deadline": deadline})]
            if status in (AT_RISK, NOT_YET_DUE):
                reasons.append(Reason("rule_days_left", {"days": days_left(self.as_of, deadline)}))
        return RuleResult(
            "report_prepared",
            status,
            tuple(reasons),
            {"deadline": deadline.isoformat(), "planned_items": [p.id for p in planned]},
        )

    def report_held(self) -> RuleResult:
        month = self.rules["report_month"]
        start = date(self.year, month, 1)
        end = date(self.year, month, days_in_month(self.year, month))
        inside = [r for r in self._reports() if start <= r.date <= end]
        outside = [r for r in self._reports() if not start <= r.date <= end]
        status = count_status(len(inside), 1, self.as_of, start, end)
        if inside:
            reasons = [Reason("rule_report_held", {"date": inside[0].date})]
        else:
            reasons = [Reason("rule_report_not_held", {"month": month})]
            if outside:
                reasons.append(Reason("rule_report_other_month", {"date": outside[0].date}))
        return RuleResult(
            "report_held",
            status,
            tuple(reasons),
            {"held_on": [r.date.isoformat() for r in inside]},
        )

    # Training over the term -------------------------------------------------------------

    def training_days(self) -> RuleResult:
        low = self.rules["term_training_days_min"]
        high = self.rules["term_training_days_max"]
        last = self.rules["term_last_year"]
        windows = {d.id: served_window(d, self.year) for d in self.facts.deputies}
        serving = [
            d
            for d in self.facts.deputies
            if windows[d.id] is not None and d.retired_on is None and d.active
        ]
        this_year = term_training_days(
            [d.id for d in serving], [(self.records, self.facts.attendance)]
        )
        rows = []
        for deputy in serving:
            total = this_year[deputy.id] + self.facts.other_training.get(deputy.id, 0.0)
            if total > high:
                status = AT_RISK
            elif total >= low:
                status = MET
            elif last == self.year:
                status = count_status(
                    total, low, self.as_of, date(self.year, 1, 1), date(self.year, 12, 31)
                )
            else:
                status = NOT_YET_DUE
            rows.append(
                {
                    "id": deputy.id,
                    "name": deputy.name,
                    "status": status,
                    "days": total,
                    "needed": low,
                    "months_served": 12,
                }
            )
        if not rows:
            return RuleResult(
                "training_days", NOT_YET_DUE, (Reason("rule_no_deputies"),), {"deputies": []}
            )
        status = worst(r["status"] for r in rows)
        within = sum(1 for r in rows if low <= r["days"] <= high)
        reasons = [
            Reason(
                "rule_training", {"within": within, "total": len(rows), "low": low, "high": high}
            )
        ]
        short = [r for r in rows if r["days"] < low]
        if short:
            fewest = min(short, key=lambda r: r["days"])
            reasons.append(
                Reason(
                    "rule_training_short",
                    {"count": len(short), "name": fewest["name"], "days": fewest["days"]},
                )
            )
        over = [r["name"] for r in rows if r["days"] > high]
        if over:
            reasons.append(Reason("rule_training_over", {"names": over, "high": high}))
        years = sorted({*self.facts.other_years, self.year})
        if len(years) == 1:
            reasons.append(Reason("rule_training_this_year_only", {"year": self.year}))
        else:
            reasons.append(Reason("rule_training_years", {"years": years}))
        if last is None:
            reasons.append(Reason("rule_training_term_unknown"))
        return RuleResult(
            "training_days", status, tuple(reasons), {"deputies": rows, "years": years}
        )

    # Satisfaction rating ----------------------------------------------------------------

    def satisfaction_rating(self) -> RuleResult:
        quarter = self.rules["satisfaction_quarter"]
        start, end = quarter_bounds(self.year, quarter)
        done = [
            r for r in self.records if r.form == "satisfaction_rating" and start <= r.date <= end
        ]
        status = count_status(len(done), 1, self.as_of, start, end)
        if done:
            reasons = [Reason("rule_satisfaction_held", {"date": done[0].date})]
        else:
            reasons = [Reason("rule_satisfaction_not_held", {"quarter": quarter})]
            if status in (AT_RISK, NOT_YET_DUE) and self.as_of >= start:
                reasons.append(Reason("rule_days_left", {"days": days_left(self.as_of, end)}))
        return RuleResult(
            "satisfaction_rating",
            status,
            tuple(reasons),
            {"held_on": [r.date.isoformat() for r in done]},
        )
