"""What evaluating the rules gives: a result per rule, its reasons, and the facts it read.

The data half of :mod:`grouptui.domain.rules` (which evaluates the rules and re-exports
these names): a :class:`RuleResult` carries its status and the clauses of its reason as
catalog keys with parameters, so the same result is said in either language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
