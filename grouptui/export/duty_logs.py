"""Each deputy's duty log (代表履职记录本) as a :class:`~grouptui.export.model.Doc`.

One section per deputy (only the one asked for with ``--deputy``): who they are, then their
entries by date with the category, what was done, the time spent and the group activity it
came from, and the totals; a line for the deputy's signature closes each section.
"""

from __future__ import annotations

from grouptui.domain.models import Deputy, DutyEntry
from grouptui.domain.vocab import DUTY_CATEGORIES, LEVELS, label
from grouptui.export.model import Doc, Grid, Heading, PageBreak, Para, Signature
from grouptui.export.record_book import cover
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, join_words, t


def number(value: float) -> str:
    """2.5 -> "2.5", 2.0 -> "2": how a person writes hours and days."""
    return f"{value:g}"


def deputy_line(view: BookView, deputy: Deputy) -> str:
    """Levels, constituency, unit (and phone, when contacts are included) on one line."""
    lang = get_language()
    parts = [
        (t("export_f_levels"), join_words(label(LEVELS, lv, lang) for lv in deputy.levels)),
        (t("export_f_constituency"), deputy.constituency),
        (t("export_f_unit"), deputy.unit),
        (t("export_f_phone"), view.phone(deputy)),
    ]
    text = "　".join(t("export_cover_line", label=k, value=v) for k, v in parts if v)
    if deputy.is_new:
        text += "　" + t("export_new_deputy")
    if not deputy.active:
        retired = fmt_date(deputy.retired_on)
        text += "　" + (t("export_retired_on", date=retired) if retired else t("export_retired"))
    return text


def source_of(view: BookView, entry: DutyEntry) -> str:
    """The date and theme of the activity a duty entry came from, or ""."""
    record = view.all_records.get(entry.record_id) if entry.record_id else None
    if record is None:
        return ""
    return f"{fmt_date(record.date)} {record.theme}"


def duty_grid(view: BookView, entries: list[DutyEntry]) -> Grid:
    """A deputy's entries, one row each, in date order."""
    lang = get_language()
    rows = [
        [
            fmt_date(e.date),
            label(DUTY_CATEGORIES, e.category, lang),
            e.text,
            number(e.hours) if e.hours else "",
            source_of(view, e),
        ]
        for e in entries
    ]
    return Grid(
        header=[
            t("export_h_date"),
            t("export_h_category"),
            t("export_h_duty_text"),
            t("export_h_hours"),
            t("export_h_source"),
        ],
        rows=rows,
        weights=[3.2, 2.6, 5.5, 1.6, 4.5],
    )


def index_grid(entries: list[DutyEntry], pages: list[int] | None = None) -> Grid:
    """The 分类记录 index of a log: each category with its entries and the pages they are on.

    ``pages``: the page of each entry (in the order of ``entries``); "" until known.
    """
    lang = get_language()
    rows = []
    for category in DUTY_CATEGORIES:
        on = [pages[i] if pages else 0 for i, e in enumerate(entries) if e.category == category]
        if on:
            where = join_words(str(p) for p in dict.fromkeys(on)) if pages else ""
            rows.append([label(DUTY_CATEGORIES, category, lang), str(len(on)), where])
    header = [t("export_h_category"), t("export_h_entries"), t("export_h_pages")]
    return Grid(header, rows, [3, 2, 5], caption=t("export_duty_index"))


def _fill_indexes(doc: Doc, logs: list[tuple[int, int, list[DutyEntry]]]) -> None:
    """Put the estimated page of every entry into each log's index (see ``pages``)."""
    from grouptui.export.pages import positions, row_pages

    at = positions(doc.blocks)
    for index_at, grid_at, entries in logs:
        grid = doc.blocks[grid_at]
        assert isinstance(grid, Grid)
        doc.blocks[index_at] = index_grid(entries, row_pages(grid, *at[grid_at]))


def duty_logs(view: BookView) -> Doc:
    """The duty logs of the deputies shown by ``view``."""
    title = t("export_title_duty_logs")
    doc = Doc(title)
    doc.add(*cover(view, title))
    deputies = view.shown_deputies()
    if not deputies:
        doc.add(Para(t("roster_empty")))
        return doc
    by_deputy: dict[str, list[DutyEntry]] = {}
    for entry in view.duty:
        by_deputy.setdefault(entry.deputy_id, []).append(entry)
    logs: list[tuple[int, int, list[DutyEntry]]] = []
    for deputy in deputies:
        entries = by_deputy.get(deputy.id, [])
        doc.add(PageBreak(), Heading(deputy.name, level=1))
        line = deputy_line(view, deputy)
        if line:
            doc.add(Para(line))
        if entries:
            doc.add(index_grid(entries))
            doc.add(duty_grid(view, entries))
            logs.append((len(doc.blocks) - 2, len(doc.blocks) - 1, entries))
            hours = sum(e.hours for e in entries)
            doc.add(Para(t("export_duty_total", n=len(entries), hours=number(hours))))
        else:
            doc.add(Para(t("export_duty_empty")))
        doc.add(Signature(t("export_sign_deputy"), t("export_sign_date")))
    _fill_indexes(doc, logs)
    return doc
