"""What evaluating the rules gives: a result per rule, its reasons, and the facts it read.

The data half of :mod:`grouptui.domain.rules` (which evaluates the rules and re-exports
these names): a :class:`RuleResult` carries its status and the clauses of its reason as
catalog keys with parameters, so the same result is said in either language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from grouptui.domain.models import ActivityRecord, Attendance, Deputy, DutyEntry, PlanItem


@dataclass(frozen=True)
class Reason:
    """One clause of a rule's reason: a catalog key and its parameters."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleResult:
    """How one rule stands as of a date."""

    rule: str
    status: str
    reasons: tuple[Reason, ...]
    #: numbers for --json and the screen: done, needed, per quarter, per deputy.
    details: dict[str, Any] = field(default_factory=dict)

    def reason(self) -> str:
        """The reason in words, in the current language."""
        return describe(self.reasons)


@dataclass(frozen=True)
class BookFacts:
    """What the rules look at in one book (live records only)."""

    year: int
    records: list[ActivityRecord]
    attendance: list[Attendance]
    deputies: list[Deputy]
    plan: list[PlanItem]
    #: training days per deputy id from the other years' books of the same term.
    other_training: dict[str, float] = field(default_factory=dict)
    #: the years of those books.
    other_years: tuple[int, ...] = ()
    #: the duty log (the voter-contact rule counts typed contacts).
    duty: list[DutyEntry] = field(default_factory=list)


def describe(reasons: Iterable[Reason]) -> str:
    """Reason clauses in words, in the current language, joined with semicolons."""
    from grouptui.i18n import fmt_date, get_language, t

    lang = get_language()
    sep = "、" if lang == "zh" else ", "

    def value(v: Any) -> Any:
        if isinstance(v, date):
            return fmt_date(v)
        if isinstance(v, float):
            return f"{v:g}"
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return ("，" if lang == "zh" else ", ").join(
                t("rule_quarter_count", quarter=q["quarter"], done=q["done"]) for q in v
            )
        if isinstance(v, list):
            return sep.join(str(x) for x in v)
        return v

    clauses = [t(r.key, **{k: value(v) for k, v in r.params.items()}) for r in reasons]
    return ("；" if lang == "zh" else "; ").join(clauses)
