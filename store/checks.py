"""Reading the plan and the rules: rule settings of a book, its facts, the check.

Split from :mod:`grouptui.store.plan` (the writes); ``store.plan`` re-exports these names,
so callers may import either. Only :func:`set_rules` and :func:`reset_rules` write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from grouptui.domain.checklist import FiveMusts, ItemStanding, record_gaps, standings
from grouptui.domain.models import (
    ActivityRecord,
    Attendance,
    Deputy,
    DutyEntry,
    FollowUp,
    Note,
    PlanItem,
    Setting,
)
from grouptui.domain.rule_calendar import term_training_days
from grouptui.domain.rule_contacts import CONTACT_CATEGORY
from grouptui.domain.rule_settings import (
    RULES_SETTING_ID,
    RulesError,
    effective_rules,
    overrides,
    validate_rules,
)
from grouptui.domain.rules import BookFacts, RuleResult, evaluate
from grouptui.store.versions import Version, unchanged, version_of

if TYPE_CHECKING:
    from grouptui.store.book import Book


# Rules -----------------------------------------------------------------------------------


def stored_rules(book: Book) -> dict[str, Any]:
    """The book's rule overrides as stored."""
    setting = book.settings.get(RULES_SETTING_ID)
    return dict(setting.values) if setting is not None else {}


def book_rules(book: Book) -> dict[str, Any]:
    """The rules in force in the book: defaults with its overrides."""
    return effective_rules(stored_rules(book))


def set_rules(book: Book, changes: dict[str, Any]) -> dict[str, Any]:
    """Change rule values (validated together with the book's other overrides)."""
    try:
        merged = validate_rules({**stored_rules(book), **changes})
    except RulesError as exc:
        from grouptui.store.plan import PlanError

        raise PlanError(exc.key, **exc.params) from None
    _save_rules(book, merged)
    return effective_rules(merged)


def reset_rules(book: Book, keys: list[str] | None = None) -> dict[str, Any]:
    """Back to the defaults: the given keys, or all of them."""
    stored = stored_rules(book)
    kept = {} if not keys else {k: v for k, v in stored.items() if k not in keys}
    _save_rules(book, kept)
    return effective_rules(kept)


def _save_rules(book: Book, values: dict[str, Any]) -> None:
    book.settings.save(Setting(id=RULES_SETTING_ID, values=overrides(values)))


# Reading: facts, standings, the check ---------------------------------------------------


def other_term_books(book: Book, rules: dict[str, Any]) -> list[Book]:
    """The other years' books of the same group and term in the book's folder (read-only)."""
    from grouptui.store.book import Book as BookClass
    from grouptui.store.errors import BookError
    from grouptui.store.yearbook import same_group_books

    meta = book.meta
    last = rules.get("term_last_year") or meta.year
    if last < meta.year:
        last = meta.year
    first = last - int(rules.get("term_years", 5)) + 1
    found = []
    # Only the files whose group and year fit are opened in full.
    years = [y for y in range(first, last + 1) if y != meta.year]
    for path in same_group_books(Path(book.path), meta.group, years):
        try:
            other = BookClass.open(path)
        except (BookError, OSError, ValueError, KeyError, StopIteration):
            continue  # not a book of ours, or unreadable: it cannot count
        try:
            other_meta = other.meta
        except (TypeError, KeyError):
            other.close()
            continue
        if (
            other_meta.group == meta.group
            and other_meta.year != meta.year
            and first <= other_meta.year <= last
        ):
            found.append(other)
        else:
            other.close()
    return found


@dataclass(frozen=True)
class BookView:
    """One read of the tables the plan and the rules look at.

    Quick notes and attendance marks are the book's largest tables and the rules need
    only their links, so they are built straight from the documents (no date decoding).
    """

    year: int
    plan: list[PlanItem]
    #: deleted ones included: a plan item linked from a deleted record says so.
    records: list[ActivityRecord]
    followups: list[FollowUp]
    notes: list[Note]
    attendance: list[Attendance]
    deputies: list[Deputy]
    #: voter-contact entries of the duty log only (the one rule that reads the log).
    duty: list[DutyEntry] = field(default_factory=list)

    @property
    def live_records(self) -> list[ActivityRecord]:
        """The records that are not deleted."""
        return [r for r in self.records if not r.deleted]


#: the tables a :class:`BookView` is read from.
_VIEW_TABLES = ("meta", "plan", "records", "followups", "notes", "attendance", "deputies", "duty")

#: per storage: the version of the tables a view was read from, and that view.
_VIEWS: WeakKeyDictionary[object, tuple[Version, BookView]] = WeakKeyDictionary()


def read_view(book: Book) -> BookView:
    """The plan, records, follow-ups, notes, attendance and roster, read once per version
    of the book (:mod:`grouptui.store.versions`): home, the checklist and the checks share
    it until one of its tables is written or the file is re-read; read it, never edit it.
    """
    version = version_of(book, _VIEW_TABLES)
    cached = _VIEWS.get(book.storage)
    if cached is not None and unchanged(cached[0], version):
        return cached[1]
    view = _read_view(book)
    _VIEWS[book.storage] = (version, view)
    return view


def _read_view(book: Book) -> BookView:
    """The view, read from the documents."""
    return BookView(
        year=book.meta.year,
        plan=book.plan.all(),
        records=book.records.all(include_deleted=True),
        followups=book.followups.all(),
        notes=[
            Note(id=d["id"], record_id=d.get("record_id", ""), at=d.get("at", ""), text="")
            for d in book.notes.docs()
        ],
        attendance=[
            Attendance(
                id=d["id"],
                record_id=d.get("record_id", ""),
                deputy_id=d.get("deputy_id", ""),
                status=d.get("status", "present"),
            )
            for d in book.attendance.docs()
        ],
        deputies=book.deputies.all(),
        duty=_contact_entries(book),
    )


def _contact_entries(book: Book) -> list[DutyEntry]:
    """The live voter-contact entries of the duty log, built light (no text)."""
    out = []
    for d in book.duty.docs():
        if d.get("category") != CONTACT_CATEGORY:
            continue
        try:
            day = date.fromisoformat(str(d.get("date")))
        except ValueError:
            continue  # a date no program of ours wrote: it cannot count
        out.append(
            DutyEntry(
                id=d["id"],
                deputy_id=d.get("deputy_id", ""),
                date=day,
                category=CONTACT_CATEGORY,
                record_id=d.get("record_id", ""),
                auto=bool(d.get("auto")),
            )
        )
    return out


Others = tuple[dict[str, float], tuple[int, ...]]


def other_years_training(book: Book, rules: dict[str, Any] | None = None) -> Others:
    """Training days per deputy from the term's other books, and their years."""
    rules = rules or book_rules(book)
    others = other_term_books(book, rules)
    try:
        training = term_training_days(
            [d.id for d in book.deputies.all()],
            [(o.records.all(), o.attendance.all()) for o in others],
        )
        years = tuple(sorted(o.meta.year for o in others))
    finally:
        for other in others:
            other.close()
    return training, years


def book_facts(
    book: Book,
    rules: dict[str, Any] | None = None,
    *,
    others: Others | None = None,
    view: BookView | None = None,
) -> BookFacts:
    """What the rules look at in ``book``, with training days from the term's other books."""
    rules = rules or book_rules(book)
    view = view or read_view(book)
    training, years = others if others is not None else other_years_training(book, rules)
    return BookFacts(
        year=view.year,
        records=view.live_records,
        attendance=view.attendance,
        deputies=view.deputies,
        plan=view.plan,
        other_training=training,
        other_years=years,
        duty=view.duty,
    )


def plan_standings(book: Book, as_of: date, view: BookView | None = None) -> list[ItemStanding]:
    """Every plan item with its linked records and five musts."""
    view = view or read_view(book)
    return standings(
        view.plan, view.records, view.followups, view.notes, year=view.year, as_of=as_of
    )


def rule_results(
    book: Book, as_of: date, *, others: Others | None = None, view: BookView | None = None
) -> list[RuleResult]:
    """The rules in force in the book, evaluated as of ``as_of``."""
    rules = book_rules(book)
    return evaluate(rules, book_facts(book, rules, others=others, view=view), as_of)


@dataclass(frozen=True)
class CheckReport:
    """Everything ``grouptui check`` and the screens show."""

    as_of: date
    rules: list[RuleResult]
    items: list[ItemStanding]
    gaps: list[tuple[ActivityRecord, FiveMusts]]

    @property
    def missed(self) -> bool:
        """Whether a rule that is due was missed (``check`` exits 1)."""
        return any(r.status == "missed" for r in self.rules)

    def counts(self) -> dict[str, int]:
        """Rules per status."""
        out = {"met": 0, "at_risk": 0, "missed": 0, "not_yet_due": 0}
        for result in self.rules:
            out[result.status] += 1
        return out


def check_book(book: Book, as_of: date, *, others: Others | None = None) -> CheckReport:
    """The rules, the plan items and the records' five-musts gaps as of ``as_of``.

    ``others`` (training days per deputy and the years they come from) saves reading the
    other years' books again when the caller has them already.
    """
    view = read_view(book)
    return CheckReport(
        as_of=as_of,
        rules=rule_results(book, as_of, others=others, view=view),
        items=plan_standings(book, as_of, view),
        gaps=record_gaps(
            view.live_records,
            plan=view.plan,
            followups=view.followups,
            notes=view.notes,
            as_of=as_of,
        ),
    )
