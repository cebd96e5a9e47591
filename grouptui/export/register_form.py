"""The duty registration form (代表履职情况登记表) as a :class:`~grouptui.export.model.Sheet`.

One row per deputy: how many times they took part in each kind of duty, voter receptions,
suggestions submitted, days of training, remarks. The writer takes :class:`RegisterRow`
values; where they come from is kept apart in :func:`rows_from_duty` so that the rules of
``grouptui.domain.register`` (written in parallel) can replace it without touching the
writer: build ``RegisterRow`` from its rows and pass them to :func:`register_sheet`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grouptui.domain.models import Deputy, DutyEntry
from grouptui.domain.vocab import DUTY_CATEGORIES, label
from grouptui.export.model import Sheet
from grouptui.export.record_book import quarter_name
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, t

#: Categories counted under "took part in activities"; receptions and suggestions have
#: columns of their own on the form.
ACTIVITY_CATEGORIES = tuple(
    k for k in DUTY_CATEGORIES if k not in ("voter_reception", "suggestion")
)
#: A day of training when a log entry gives hours but no linked study record.
HOURS_PER_TRAINING_DAY = 8.0


@dataclass(frozen=True)
class RegisterRow:
    """One deputy's line on the registration form."""

    name: str
    #: times per duty category (keys of ``ACTIVITY_CATEGORIES``; missing means 0).
    counts: dict[str, int] = field(default_factory=dict)
    receptions: int = 0
    suggestions: int = 0
    training_days: float = 0.0
    remarks: str = ""

    @property
    def total(self) -> int:
        """Every duty performed, receptions and suggestions included."""
        return sum(self.counts.values()) + self.receptions + self.suggestions


# -- the numbers: a stand-in until grouptui.domain.register lands ---------------------------


def _training_days(view: BookView, entry: DutyEntry) -> float:
    record = view.all_records.get(entry.record_id) if entry.record_id else None
    if record is not None and record.training_days > 0:
        return record.training_days
    return entry.hours / HOURS_PER_TRAINING_DAY


def _remarks(deputy: Deputy) -> str:
    parts = []
    if deputy.is_new:
        parts.append(t("export_new_deputy"))
    if not deputy.active:
        retired = fmt_date(deputy.retired_on)
        parts.append(t("export_retired_on", date=retired) if retired else t("export_retired"))
    if deputy.remarks:
        parts.append(deputy.remarks)
    return "；".join(parts)


def rows_from_duty(view: BookView) -> list[RegisterRow]:
    """Count each shown deputy's duty entries (already filtered by quarter and deputy)."""
    by_deputy: dict[str, list[DutyEntry]] = {}
    for entry in view.duty:
        by_deputy.setdefault(entry.deputy_id, []).append(entry)
    rows = []
    for deputy in view.shown_deputies():
        counts: dict[str, int] = {}
        receptions = suggestions = 0
        days = 0.0
        for entry in by_deputy.get(deputy.id, []):
            if entry.category == "voter_reception":
                receptions += 1
            elif entry.category == "suggestion":
                suggestions += 1
            else:
                key = entry.category if entry.category in ACTIVITY_CATEGORIES else "other"
                counts[key] = counts.get(key, 0) + 1
            if entry.category == "training":
                days += _training_days(view, entry)
        rows.append(
            RegisterRow(
                name=deputy.name,
                counts=counts,
                receptions=receptions,
                suggestions=suggestions,
                training_days=round(days, 1),
                remarks=_remarks(deputy),
            )
        )
    return rows


# -- the form -----------------------------------------------------------------------------


def register_header() -> tuple[list[tuple[str, int]], list[str]]:
    """The two header rows: groups (label, span; "" = merge down) and column names."""
    lang = get_language()
    names = [label(DUTY_CATEGORIES, k, lang) for k in ACTIVITY_CATEGORIES]
    header = [
        t("export_h_no"),
        t("export_h_name"),
        *names,
        t("export_h_receptions"),
        t("export_h_suggestions"),
        t("export_h_training_days"),
        t("export_h_total"),
        t("export_h_remarks"),
    ]
    groups = [("", 1), ("", 1), (t("export_h_activities"), len(names))] + [("", 1)] * 5
    return groups, header


def register_sheet(view: BookView, rows: list[RegisterRow]) -> Sheet:
    """The registration form of ``rows`` for the book of ``view``."""
    groups, header = register_header()
    body: list[list[str | int | float]] = []
    for n, row in enumerate(rows, 1):
        body.append(
            [
                n,
                row.name,
                *(row.counts.get(k, 0) for k in ACTIVITY_CATEGORIES),
                row.receptions,
                row.suggestions,
                row.training_days,
                row.total,
                row.remarks,
            ]
        )
    numeric = {0, *range(2, len(header) - 1)}
    return Sheet(
        title=t("export_title_register"),
        subtitle=subtitle(view),
        header=header,
        rows=body,
        groups=groups,
        numeric=numeric,
        name=t("export_sheet_register"),
        frozen_cols=2,
        note="" if rows else t("roster_empty"),
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
