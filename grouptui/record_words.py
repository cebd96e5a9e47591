"""A record's fields in words: what ``record show``, the record book and the record list
print for a value of each kind of :mod:`grouptui.domain.record_fields`.

Dates, people and plan items need what the caller knows (the span, the roster, the
plan): the callers word those; every other kind is worded here, once.
"""

from __future__ import annotations

from datetime import date

from grouptui.domain.models import Attendance
from grouptui.domain.record_fields import Kind, RecordField
from grouptui.domain.training import ASSESSMENT_KINDS
from grouptui.domain.vocab import label
from grouptui.i18n import fmt_date, get_language, t


def when_words(day: date, start: str, end: str) -> str:
    """A record's day and time span as the list and ``record show`` print it."""
    span = "-".join(x for x in (start, end) if x)
    return f"{fmt_date(day)} {span}".strip()


def value_words(f: RecordField, value: object) -> str:
    """``value`` of the field ``f`` as the user reads it (a choice by its name, a flag as
    是/否, days as "1.5天"); text as typed."""
    if f.kind is Kind.CHOICE and f.vocab is not None:
        return label(f.vocab, str(value), get_language()) if value else ""
    if f.kind is Kind.FLAG:
        return t("yes") if value else t("no")
    if f.kind is Kind.DAYS:
        return t("rec_days", days=f"{value:g}") if isinstance(value, int | float) and value else ""
    return str(value)


def assessed(mark: Attendance) -> bool:
    """Whether a deputy's attendance carries anything about a training assessment."""
    return bool(mark.assessment or mark.assessment_done or mark.assessment_result)


def assessment_words(name: str, mark: Attendance) -> str:
    """One deputy's assessment: "张三：试卷答题，已交，合格"."""
    parts = []
    if mark.assessment:
        parts.append(label(ASSESSMENT_KINDS, mark.assessment, get_language()))
    parts.append(t("rec_assessment_done" if mark.assessment_done else "rec_assessment_not_done"))
    if mark.assessment_result:
        parts.append(mark.assessment_result)
    return t("rec_assessment", name=name, how=t("comma").join(parts))
