"""Typed domain objects: one class per kind of record a book holds.

Every stored record is an :class:`Entity`: a stable uuid ``id``, a revision ``rev`` with
its ancestry ``revs`` (newest first) so the year-end merge can tell an edit on one side from
edits on both, informative timestamps (laptop clocks are wrong: nothing decides by them),
the device that wrote it, a ``deleted`` tombstone instead of removal, and ``conflicts``:
the losing versions of a concurrent edit, kept until someone resolves them.

Records are small on purpose (one quick note, one attendance mark, one duty entry, one
follow-up is one record) so that independent work on two laptops rarely touches the same
record. Dates are ``datetime.date``; times of day are ``"HH:MM"`` strings.
"""

from __future__ import annotations

import uuid
from dataclasses import field
from datetime import date
from typing import Any

from grouptui.domain.lazy_dataclass import lazy_dataclass


def new_id() -> str:
    """A fresh random record id."""
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """A deterministic id for a record that exists once per combination of ``parts``.

    Used for attendance marks (record, deputy) and the duty entries they create, so that
    two laptops marking the same deputy for the same activity write the same record.
    """
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "grouptui:" + "/".join(parts)))


@lazy_dataclass(kw_only=True)
class Entity:
    """What every stored record carries besides its own fields."""

    id: str = field(default_factory=new_id)
    #: ``"<generation>-<hash>"`` of this version; empty until first saved.
    rev: str = ""
    #: the revisions this one descends from, newest first.
    revs: list[str] = field(default_factory=list)
    #: ISO timestamps, informative only.
    created: str = ""
    updated: str = ""
    #: id of the device (laptop) that wrote this version.
    device: str = ""
    deleted: bool = False
    #: losing versions of a concurrent edit (plain documents), until resolved.
    conflicts: list[dict[str, Any]] = field(default_factory=list)


# Fields that belong to the record's bookkeeping, not to its content.
ENTITY_FIELDS = ("id", "rev", "revs", "created", "updated", "device", "deleted", "conflicts")


@lazy_dataclass(kw_only=True)
class BookMeta:
    """The book's identity: which group, which year, which format."""

    schema: int
    book_id: str
    group: str
    township: str = ""
    year: int
    created: str = ""
    #: every device that has written this book.
    devices: list[str] = field(default_factory=list)
    #: the plan template the book was started from, if any.
    template: str = ""


@lazy_dataclass(kw_only=True)
class Deputy(Entity):
    """A deputy (代表) on the group's roster."""

    name: str
    #: keys of ``vocab.LEVELS``: a deputy may sit at several levels at once.
    levels: list[str] = field(default_factory=list)
    constituency: str = ""
    phone: str = ""
    unit: str = ""
    #: first term (新任) rather than returning.
    is_new: bool = False
    active: bool = True
    #: the first day of the term in office; None in books written before terms were kept,
    #: read as the start of the book's year (``rule_calendar.served_window``).
    joined_on: date | None = None
    retired_on: date | None = None
    remarks: str = ""
    # The profile the registration form (代表履职情况登记表) prints; all optional.
    #: keys of ``vocab.GENDERS`` or "".
    gender: str = ""
    #: 出生年月 as ``YYYY-MM``, or "".
    born: str = ""
    #: 民族, as typed (汉族).
    ethnicity: str = ""
    #: 政治面貌, as typed (中共党员, 群众).
    party: str = ""
    #: 职务 at ``unit`` (单位及职务 on the form is both).
    post: str = ""


@lazy_dataclass(kw_only=True)
class PlanItem(Entity):
    """One line of the group's annual plan (分季活动计划)."""

    quarter: int
    month: int | None = None
    day: int | None = None
    form: str = "other"
    title: str
    content: str = ""
    #: "all" or the ids of the deputies expected.
    participants: list[str] = field(default_factory=lambda: ["all"])
    organiser: str = ""
    #: keys of ``vocab.PLAN_STATUS``.
    status: str = "planned"
    #: the template item it came from, if any.
    template: str = ""
    #: who takes part, in words, when it is not "all" nor named deputies
    #: (a template's "轮值代表（每名代表年内至少参加一次）").
    participants_note: str = ""


@lazy_dataclass(kw_only=True)
class ActivityRecord(Entity):
    """One entry of the record book (闭会期间代表活动记录本)."""

    date: date
    start: str = ""
    end: str = ""
    place: str = ""
    form: str = "other"
    theme: str
    organiser: str = ""
    #: deputy id of the designated recorder (or a name if not on the roster).
    recorder: str = ""
    plan_id: str = ""
    minutes: str = ""
    voter_opinions: str = ""
    problems: str = ""
    summary: str = ""
    suggestions_formed: str = ""
    briefing_sent: bool = False
    #: for study records: keys of ``vocab.TRAINING_KINDS`` and the length in days.
    training_kind: str = ""
    training_days: float = 0.0
    #: an inspection record opened by quick notes stays "open" for the day.
    quick: bool = False


@lazy_dataclass(kw_only=True)
class Attendance(Entity):
    """One deputy's attendance at one activity; its id is derived from both."""

    record_id: str
    deputy_id: str
    #: keys of ``vocab.ATTENDANCE``.
    status: str = "present"
    leave_reason: str = ""
    approved_by: str = ""
    #: training assessment (试卷答题 / 撰写心得体会): kind, handed in, result.
    assessment: str = ""
    assessment_done: bool = False
    assessment_result: str = ""


@lazy_dataclass(kw_only=True)
class Note(Entity):
    """A quick, timestamped note taken during an inspection."""

    record_id: str
    #: local date and time the line was entered, "YYYY-MM-DDTHH:MM:SS".
    at: str
    text: str
    #: keys of ``vocab.NOTE_TAGS`` or "".
    tag: str = ""
    #: folded into the record's minutes already.
    folded: bool = False


@lazy_dataclass(kw_only=True)
class FollowUp(Entity):
    """A follow-up item (追踪): what, who is responsible, by when, and the result."""

    record_id: str
    what: str
    responsible: str = ""
    due: date | None = None
    #: keys of ``vocab.FOLLOWUP_STATUS``.
    status: str = "open"
    result: str = ""


@lazy_dataclass(kw_only=True)
class DutyEntry(Entity):
    """One line of a deputy's duty log (代表履职记录本)."""

    deputy_id: str
    date: date
    #: keys of ``vocab.DUTY_CATEGORIES``.
    category: str
    text: str = ""
    hours: float = 0.0
    #: the activity it came from; entries made from attendance are ``auto``.
    record_id: str = ""
    auto: bool = False
    #: the suggestion an automatic "suggestion submitted" entry came from.
    suggestion_id: str = ""


@lazy_dataclass(kw_only=True)
class Suggestion(Entity):
    """A suggestion, criticism or opinion (建议、批评和意见) and how it was handled."""

    title: str
    content: str = ""
    #: deputy ids; the first is the proposer.
    proposers: list[str] = field(default_factory=list)
    date: date | None = None
    during_session: bool = False
    record_id: str = ""
    unit: str = ""
    #: keys of ``vocab.SUGGESTION_STATUS``.
    status: str = "submitted"
    #: past statuses with the date and the reason when one went backwards.
    history: list[dict[str, Any]] = field(default_factory=list)
    reply: str = ""
    #: keys of ``vocab.SATISFACTION`` or "".
    satisfaction: str = ""
    follow_up: str = ""


@lazy_dataclass(kw_only=True)
class VoterVisit(Entity):
    """A voter received at a reception (接待选民): personal data, masked and not exported."""

    record_id: str
    name: str
    village: str = ""
    contact: str = ""
    raised: str = ""
    handling: str = ""
    #: keys of ``vocab.FOLLOWUP_STATUS``.
    status: str = "open"


@lazy_dataclass(kw_only=True)
class Setting(Entity):
    """A named settings document of the book (rules, scoring): free-form values."""

    values: dict[str, Any] = field(default_factory=dict)


# Table name of every entity class; the book stores one TinyDB table per class.
TABLES: dict[str, type[Entity]] = {
    "deputies": Deputy,
    "plan": PlanItem,
    "records": ActivityRecord,
    "attendance": Attendance,
    "notes": Note,
    "followups": FollowUp,
    "duty": DutyEntry,
    "suggestions": Suggestion,
    "voters": VoterVisit,
    "settings": Setting,
}
