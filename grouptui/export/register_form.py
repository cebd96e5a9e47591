"""The duty registration form (代表履职情况登记表) as a :class:`~grouptui.export.model.Sheet`.

The form is the one ``grouptui register`` and the register screen show: computed by
:func:`grouptui.store.register.build` (the rules of :mod:`grouptui.domain.register`, the
remarks typed on the form, the scoring rules, and the term's training days found in the
earlier years' books beside this one), worded by :mod:`grouptui.export.register_table`. So the
spreadsheet, the screen and the command line cannot disagree: same columns, same cells,
with the counts and days stored as numbers so a spreadsheet can sum them.

``--deputy`` keeps that deputy's row. ``--quarter`` sums up that quarter only (duty
entries, receptions, training and suggestions dated in it); the term's training days
then run up to the quarter's end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grouptui.domain.quarters import quarter_bounds, quarter_of
from grouptui.domain.register import RegisterForm, RegisterRow
from grouptui.domain.vocab import DUTY_CATEGORIES
from grouptui.export.model import Sheet
from grouptui.export.record_book import quarter_name
from grouptui.export.register_table import cells, columns, first_count, term_line
from grouptui.export.view import BookView, Filters
from grouptui.i18n import fmt_date, get_language, t

if TYPE_CHECKING:
    from grouptui.store.book import Book


# -- the numbers ----------------------------------------------------------------------------


def read_register(book: Book, filters: Filters) -> RegisterForm:
    """The registration form of ``book`` narrowed by ``filters`` (the book is only read)."""
    from grouptui.store.register import build

    form = build(book) if filters.quarter is None else _quarter_form(book, filters.quarter)
    if filters.deputy_id is not None:
        form.rows = [r for r in form.rows if r.deputy_id == filters.deputy_id]
    return form


def _quarter_form(book: Book, quarter: int) -> RegisterForm:
    """The form summed over one quarter, from the same parts as ``store.register.build``."""
    from grouptui.domain.register import build_form, training_days
    from grouptui.store import register as stored

    meta = book.meta
    start = stored.term_start(book)
    grades, scale = stored.evaluations(book)
    records = book.records.all()
    attendance = book.attendance.all()
    in_quarter = [r for r in records if quarter_of(r.date) == quarter]
    shown = {r.id for r in in_quarter}
    form = build_form(
        group=meta.group,
        year=meta.year,
        deputies=book.deputies.all(),
        entries=[e for e in book.duty.all() if quarter_of(e.date) == quarter],
        records=in_quarter,
        attendance=[a for a in attendance if a.record_id in shown],
        suggestions=[
            s
            for s in book.suggestions.all()
            if s.date is not None and quarter_of(s.date) == quarter
        ],
        remarks=stored.remarks(book),
        rules=stored.scoring(book),
        earlier=stored.earlier_years(book, start),
        term_start=start,
        evaluations=grades,
        scale=scale,
    )
    # The term so far: earlier years, this year's earlier quarters, this quarter.
    first_day, _ = quarter_bounds(meta.year, quarter)
    before = training_days([r for r in records if r.date < first_day], attendance)
    for row in form.rows:
        row.term_training_days += before.get(row.deputy_id, 0.0)
    return form


# -- the form -------------------------------------------------------------------------------


def row_values(form: RegisterForm, row: RegisterRow, lang: str) -> list[str | int | float]:
    """One deputy's cells as the screen shows them, with the numbers kept as numbers.

    The order is :func:`grouptui.export.register_table.columns`: name, the profile
    (those :func:`~grouptui.export.register_table.profile_shown`), one count per duty category, receptions, suggestions,
    handling, training days (year, term), 述职, satisfaction, score (when scored), remarks.
    """
    values: list[str | int | float] = list(cells(form, row, lang))
    c = first_count(form)
    k = len(DUTY_CATEGORIES)
    values[c : c + k] = [row.counts.get(cat, 0) for cat in DUTY_CATEGORIES]
    values[c + k] = row.receptions
    values[c + k + 1] = row.suggestions
    values[c + k + 3] = row.training_days
    values[c + k + 4] = row.term_training_days
    if form.scored:
        values[c + k + 7] = row.score or 0.0
    return values


def numeric_columns(form: RegisterForm) -> set[int]:
    """Indexes (in :func:`row_values`) of the columns holding numbers."""
    c = first_count(form)
    k = len(DUTY_CATEGORIES)
    numeric = {*range(c, c + k), c + k, c + k + 1, c + k + 3, c + k + 4}
    if form.scored:
        numeric.add(c + k + 7)
    return numeric


def register_header(form: RegisterForm) -> tuple[list[tuple[str, int]], list[str]]:
    """The two header rows: groups (label, span; "" = merge down) and column names.

    A number column comes first (a printed form counts its rows); the duty categories
    share a group heading saying they count duty log entries.
    """
    header = [t("export_h_no"), *columns(form)]
    k = len(DUTY_CATEGORIES)
    c = first_count(form)
    groups = [("", 1)] * (1 + c) + [(t("export_h_duty_counts"), k)]
    groups += [("", 1)] * (len(header) - 1 - c - k)
    return groups, header


def register_sheet(view: BookView) -> Sheet:
    """The registration form computed for ``view`` (read with ``register=True``)."""
    form = view.register
    if form is None:
        raise ValueError("read_view(..., register=True) computes the registration form")
    lang = get_language()
    groups, header = register_header(form)
    body: list[list[str | int | float]] = [
        [n, *row_values(form, row, lang)] for n, row in enumerate(form.rows, 1)
    ]
    return Sheet(
        title=t("export_title_register"),
        subtitle=subtitle(view),
        header=header,
        rows=body,
        groups=groups,
        numeric={0, *(i + 1 for i in numeric_columns(form))},
        name=t("export_sheet_register"),
        frozen_cols=2,
        note=term_line(form) if form.rows else t("roster_empty"),
    )


def subtitle(view: BookView) -> str:
    """Group, year (and quarter) and the date the form was made, for under a title."""
    meta = view.meta
    parts = [
        t("export_cover_line", label=t("export_cover_group"), value=meta.group),
        t("export_cover_line", label=t("export_cover_year"), value=str(meta.year)),
    ]
    if view.filters.quarter is not None:
        parts.append(quarter_name(view.filters.quarter))
    parts.append(t("export_cover_line", label=t("export_made_on"), value=fmt_date(view.now.date())))
    return "　".join(parts)
