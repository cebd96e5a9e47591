"""The registration form from a book and its earlier years; its remarks; scoring rules.

Reading earlier years: the books in the same folder of the same group and an earlier
year of the term, opened read-only (no lock, nothing written). A file that is not a
readable book is skipped: the folder may hold other JSON files.

Settings documents (small and separate, so two laptops rarely edit the same one):

- scoring rules: one document with the fixed id ``derived_id("settings", "scoring")``;
- the term's first year: ``derived_id("settings", "term")``;
- remarks: one document per deputy and year, ``derived_id("settings", "register_remark",
  year, deputy_id)`` (``new-year`` copies settings, so the year keeps them apart).
"""

from __future__ import annotations

from pathlib import Path

from grouptui.domain.duty import DutyError, resolve_deputy
from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Setting, derived_id
from grouptui.domain.register import EarlierYear, RegisterForm, build_form, training_days
from grouptui.domain.scoring import ScoringRules, from_values
from grouptui.store.book import Book, validate_year
from grouptui.store.yearbook import same_group_books

SCORING_ID = derived_id("settings", "scoring")
TERM_ID = derived_id("settings", "term")
#: the longest remark (one cell of the form).
MAX_REMARK = 500


def remark_id(year: int, deputy_id: str) -> str:
    """The id of the settings document holding a deputy's remark for a year."""
    return derived_id("settings", "register_remark", str(year), deputy_id)


def remarks(book: Book) -> dict[str, str]:
    """Deputy id -> remark, for the book's year."""
    year = book.meta.year
    out = {}
    for s in book.settings.all():
        v = s.values
        if v.get("kind") == "register_remark" and v.get("year") == year:
            out[str(v.get("deputy_id", ""))] = str(v.get("text", ""))
    return out


def set_remark(book: Book, deputy: str, text: str) -> Setting:
    """Write a deputy's remark on this year's form (empty clears it)."""
    who = resolve_deputy(book.deputies.all(), deputy)
    value = " ".join((text or "").split())
    if len(value) > MAX_REMARK:
        raise DutyError("reg_remark_long", limit=MAX_REMARK)
    year = book.meta.year
    return book.settings.save(
        Setting(
            id=remark_id(year, who.id),
            values={"kind": "register_remark", "year": year, "deputy_id": who.id, "text": value},
        )
    )


def term_start(book: Book) -> int | None:
    """The first year of the term, when it has been set."""
    doc = book.settings.get(TERM_ID)
    value = doc.values.get("start_year") if doc else None
    return value if isinstance(value, int) else None


def set_term_start(book: Book, year: str | int) -> Setting:
    """Set the first year of the term (at most four years before the book's year)."""
    try:
        start = validate_year(year)
    except UserFacingError:
        raise DutyError("reg_bad_term_start", value=year, year=book.meta.year) from None
    if not book.meta.year - 4 <= start <= book.meta.year:
        raise DutyError("reg_bad_term_start", value=year, year=book.meta.year)
    return book.settings.save(Setting(id=TERM_ID, values={"kind": "term", "start_year": start}))


def scoring(book: Book) -> ScoringRules | None:
    """The book's scoring rules, or None (the form then has no score)."""
    doc = book.settings.get(SCORING_ID)
    return from_values(doc.values) if doc else None


def save_scoring(book: Book, rules: ScoringRules | None) -> Setting:
    """Store the scoring rules (None removes them)."""
    values = {"kind": "scoring", **rules.to_values()} if rules else {"kind": "scoring"}
    return book.settings.save(Setting(id=SCORING_ID, values=values))


def earlier_years(book: Book, start: int | None) -> list[EarlierYear]:
    """Training days found in the earlier years' books of the same group in the folder."""
    meta = book.meta
    lowest = start if start is not None else meta.year - 4
    found: dict[int, EarlierYear] = {}
    for path in same_group_books(Path(book.path), meta.group, range(lowest, meta.year)):
        try:
            with Book.open(path, write=False) as other:
                other_meta = other.meta
                year = other_meta.year
                if other_meta.group != meta.group or not lowest <= year < meta.year:
                    continue
                if year in found:
                    continue
                days = training_days(other.records.all(), other.attendance.all())
                names = {d.id: d.name for d in other.deputies.all(include_deleted=True)}
        except (UserFacingError, ValueError, TypeError, KeyError, AttributeError, StopIteration):
            continue  # not a book we can read: the folder may hold other JSON files
        found[year] = EarlierYear(
            year=year, days={i: (names.get(i, ""), n) for i, n in days.items()}
        )
    return list(found.values())


def evaluations(book: Book) -> tuple[dict[str, str], str]:
    """Deputy id -> the grade of the latest 述职 evaluation, and the book's scale."""
    from grouptui.domain.evaluation import Thresholds, latest_grades
    from grouptui.store.checks import book_rules
    from grouptui.store.office_docs import all_votes

    rules = Thresholds.from_rules(book_rules(book))
    votes = all_votes(book)
    dates = {r: rec.date for r in votes if (rec := book.records.get(r)) is not None}
    return latest_grades(votes, dates, rules), rules.scale


def build(book: Book) -> RegisterForm:
    """The registration form of the book's year."""
    meta = book.meta
    start = term_start(book)
    grades, scale = evaluations(book)
    return build_form(
        group=meta.group,
        year=meta.year,
        deputies=book.deputies.all(),
        entries=book.duty.all(),
        records=book.records.all(),
        attendance=book.attendance.all(),
        suggestions=book.suggestions.all(),
        remarks=remarks(book),
        rules=scoring(book),
        earlier=earlier_years(book, start),
        term_start=start,
        evaluations=grades,
        scale=scale,
    )
