"""Who should have come to an activity (应到) and who came (实到): one computation.

The record list, ``record show``, the record book in every format, the briefing and the
one-truth test all read :func:`turnout`; nothing else counts attendance for display.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from grouptui.domain.models import ActivityRecord, Deputy, PlanItem

#: Attendance marks that count as having come (实到).
CAME = ("present", "late")


def serving_on(deputy: Deputy, day: date) -> bool:
    """Whether ``deputy`` held office on ``day``: joined on or before it (unknown: yes) and
    not retired before it (the day of retiring still counts). A deputy marked retired
    without a date is not held to anything."""
    if deputy.deleted:
        return False
    if deputy.joined_on is not None and deputy.joined_on > day:
        return False
    if deputy.retired_on is not None:
        return day <= deputy.retired_on
    return deputy.active


@dataclass(frozen=True)
class Turnout:
    """An activity's attendance figures (deputy ids, in roster order where known)."""

    #: 应到: the deputies expected on the day, and anyone marked.
    expected: tuple[str, ...]
    #: 实到: marked present or late.
    came: tuple[str, ...]

    @property
    def expected_count(self) -> int:
        """应到人数."""
        return len(self.expected)

    @property
    def came_count(self) -> int:
        """实到人数."""
        return len(self.came)


def turnout(
    record: ActivityRecord,
    deputies: Iterable[Deputy],
    marks: Iterable[tuple[str, str]],
    plan_item: PlanItem | None = None,
) -> Turnout:
    """The figures of ``record`` from the roster and its ``(deputy_id, status)`` marks.

    Expected are the deputies the plan item names (when it names some rather than "all")
    or else the whole roster, each only if in office on the record's date
    (:func:`serving_on`); a deputy who was marked is expected whatever the roster says,
    so that what came never exceeds what was expected.
    """
    marks = list(marks)
    named = None
    if plan_item is not None and plan_item.participants and plan_item.participants != ["all"]:
        named = set(plan_item.participants)
    expected = [
        d.id for d in deputies if serving_on(d, record.date) and (named is None or d.id in named)
    ]
    seen = set(expected)
    for deputy_id, _status in marks:
        if deputy_id not in seen:
            seen.add(deputy_id)
            expected.append(deputy_id)
    return Turnout(tuple(expected), tuple(d for d, status in marks if status in CAME))
