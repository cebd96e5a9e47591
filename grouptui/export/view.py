"""What an export reads: the book's records as domain objects, filtered and cross-referenced.

Every writer works on a :class:`BookView`, never on the book itself, so that one read of
the book serves every file of an export and no writer can change the book. The filters of
the command line (``--quarter``, ``--deputy``) and the privacy switch
(``--include-contacts``) are applied here, once, for every format alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol, TypeVar

from grouptui.domain.models import (
    ActivityRecord,
    Attendance,
    BookMeta,
    Deputy,
    DutyEntry,
    FollowUp,
    Note,
    PlanItem,
    Suggestion,
    VoterVisit,
)
from grouptui.domain.quarters import quarter_of
from grouptui.domain.turnout import Turnout, turnout
from grouptui.i18n import join_words

if TYPE_CHECKING:
    from grouptui.domain.evaluation import Thresholds, Votes
    from grouptui.domain.register import RegisterForm
    from grouptui.store.book import Book
    from grouptui.store.checks import CheckReport

T = TypeVar("T")


class _OfRecord(Protocol):
    """A row that belongs to one record (a note, a follow-up, an attendance mark)."""

    record_id: str


_R = TypeVar("_R", bound=_OfRecord)


@dataclass(frozen=True)
class Filters:
    """What the user asked to narrow the export to."""

    #: 1-4, or None for the whole year.
    quarter: int | None = None
    #: the deputy's id, or None for everyone.
    deputy_id: str | None = None
    #: voters' contacts and deputies' phones are left out unless this is true.
    include_contacts: bool = False


@dataclass
class BookView:
    """One consistent read of a book, shaped for the writers."""

    meta: BookMeta
    filters: Filters
    #: when the export was made (the app's clock).
    now: datetime
    #: every deputy, retired ones too, in roster order.
    deputies: list[Deputy]
    #: plan items ordered by quarter, month, day.
    plan: list[PlanItem]
    #: activity records in date order (then start time), after the quarter filter.
    records: list[ActivityRecord]
    #: attendance marks and voters received, by record id, of the records shown.
    attendance: dict[str, list[Attendance]] = field(default_factory=dict)
    #: follow-ups and quick notes by record id, of every record of the book: a plan
    #: item's five musts look at its records in other quarters too.
    followups: dict[str, list[FollowUp]] = field(default_factory=dict)
    voters: dict[str, list[VoterVisit]] = field(default_factory=dict)
    notes: dict[str, list[Note]] = field(default_factory=dict)
    #: duty entries in date order, after the quarter and deputy filters.
    duty: list[DutyEntry] = field(default_factory=list)
    #: suggestions in date order (undated last), after the quarter filter.
    suggestions: list[Suggestion] = field(default_factory=list)
    #: every record of the book by id (unfiltered), to name the source of a duty entry.
    all_records: dict[str, ActivityRecord] = field(default_factory=dict)
    #: every plan item by id (unfiltered), to name the plan item of a record.
    all_plan: dict[str, PlanItem] = field(default_factory=dict)
    #: the registration form (read only when the register is exported: it opens the
    #: earlier years' books in the folder).
    register: RegisterForm | None = None
    #: the briefing's settings (报头 name, issuer, 报/送/发, copies) and numbers by record id.
    briefing: dict = field(default_factory=dict)
    briefing_numbers: dict[str, int] = field(default_factory=dict)
    #: record id -> deputy id -> the votes at a 述职 meeting, and the book's thresholds.
    votes: dict[str, dict[str, Votes]] = field(default_factory=dict)
    thresholds: Thresholds | None = None
    #: the check as of the export's date (read only for the year summary).
    check: CheckReport | None = None

    # Names ------------------------------------------------------------------------------

    def deputy_name(self, ref: str) -> str:
        """The name of the deputy with id ``ref``; ``ref`` itself if it is not an id."""
        deputy = self._deputies_by_id().get(ref)
        return ref if deputy is None else deputy.name

    def _deputies_by_id(self) -> dict[str, Deputy]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {d.id: d for d in self.deputies}
            self.__dict__["_by_id"] = cached
        return cached

    def deputy(self, deputy_id: str) -> Deputy | None:
        """The deputy with ``deputy_id``, or None."""
        return self._deputies_by_id().get(deputy_id)

    def names(self, refs: Iterable[str]) -> list[str]:
        """Names of several deputy ids (or names)."""
        by_id = self._deputies_by_id()
        return [by_id[r].name if r in by_id else r for r in refs]

    def phone(self, deputy: Deputy) -> str:
        """The deputy's phone, or "" unless contacts are included."""
        return deputy.phone if self.filters.include_contacts else ""

    def contact(self, visit: VoterVisit) -> str:
        """The voter's contact, or "" unless contacts are included."""
        return visit.contact if self.filters.include_contacts else ""

    # Derived ------------------------------------------------------------------------------

    def turnout(self, record: ActivityRecord) -> Turnout:
        """Who was expected at ``record`` (应到) and who came (实到), as every screen and
        command counts them (:func:`grouptui.domain.turnout.turnout`)."""
        marks = [(m.deputy_id, m.status) for m in self.attendance.get(record.id, [])]
        item = self.all_plan.get(record.plan_id) if record.plan_id else None
        return turnout(record, self.deputies, marks, item)

    def linked_records(self, plan_item: PlanItem) -> list[ActivityRecord]:
        """The records (in date order, whole year) carried out under ``plan_item``."""
        found = [r for r in self.all_records.values() if r.plan_id == plan_item.id]
        return sorted(found, key=_record_key)

    def main_recorder(self) -> str:
        """The name(s) of whoever recorded most of the records shown (for the cover)."""
        counts = Counter(r.recorder for r in self.records if r.recorder)
        if not counts:
            return ""
        top = max(counts.values())
        return join_words(self.names(ref for ref, n in counts.items() if n == top))

    def shown_deputies(self) -> list[Deputy]:
        """The deputies a per-deputy book shows: the one asked for, else the whole roster."""
        if self.filters.deputy_id is not None:
            return [d for d in self.deputies if d.id == self.filters.deputy_id]
        return list(self.deputies)


def _record_key(record: ActivityRecord) -> tuple:
    return (record.date, record.start or "", record.theme, record.id)


def _plan_key(item: PlanItem) -> tuple:
    return (item.quarter, item.month or 13, item.day or 32, item.title, item.id)


def _group(items: Iterable[T], key: str) -> dict[str, list[T]]:
    grouped: dict[str, list[T]] = {}
    for item in items:
        grouped.setdefault(getattr(item, key), []).append(item)
    return grouped


def read_view(
    book: Book, filters: Filters, now: datetime | None = None, *, register: bool = False
) -> BookView:
    """Read everything an export needs from ``book`` (which is never written).

    ``register``: also compute the registration form (see
    :func:`grouptui.export.register_form.read_register`).
    """
    quarter = filters.quarter
    deputies = book.deputies.all()
    all_records = sorted(book.records.all(), key=_record_key)
    records = [r for r in all_records if quarter is None or quarter_of(r.date) == quarter]
    shown = {r.id for r in records}
    all_plan = sorted(book.plan.all(), key=_plan_key)
    plan = [p for p in all_plan if quarter is None or p.quarter == quarter]
    duty = [
        d
        for d in book.duty.all()
        if (quarter is None or quarter_of(d.date) == quarter)
        and (filters.deputy_id is None or d.deputy_id == filters.deputy_id)
    ]
    duty.sort(key=lambda d: (d.date, d.category, d.text, d.id))
    suggestions = [
        s
        for s in book.suggestions.all()
        if quarter is None or (s.date is not None and quarter_of(s.date) == quarter)
    ]
    suggestions.sort(key=lambda s: (s.date is None, s.date or date.min, s.title, s.id))

    form = None
    if register:
        from grouptui.export.register_form import read_register

        form = read_register(book, filters)
    from grouptui.domain.evaluation import Thresholds
    from grouptui.store import office_docs as documents
    from grouptui.store.checks import book_rules

    def for_shown(items: list[_R]) -> dict[str, list[_R]]:
        return _group((i for i in items if i.record_id in shown), "record_id")

    notes = _group(book.notes.all(), "record_id")
    for group in notes.values():
        group.sort(key=lambda n: n.at)
    followups = _group(book.followups.all(), "record_id")
    for items in followups.values():
        items.sort(key=lambda f: (f.due is None, f.due or date.min, f.what))
    return BookView(
        meta=book.meta,
        filters=filters,
        now=now or book.clock(),
        deputies=deputies,
        plan=plan,
        records=records,
        attendance=for_shown(book.attendance.all()),
        followups=followups,
        voters=for_shown(book.voters.all()),
        notes=notes,
        duty=duty,
        suggestions=suggestions,
        all_records={r.id: r for r in all_records},
        all_plan={p.id: p for p in all_plan},
        register=form,
        briefing=documents.briefing_settings(book),
        briefing_numbers=documents.briefing_numbers(book),
        votes=documents.all_votes(book),
        thresholds=Thresholds.from_rules(book_rules(book)),
    )
