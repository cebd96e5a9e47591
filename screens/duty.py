"""The duty log screen (代表履职记录本): one deputy's entries by date.

Entries made from attendance are marked "auto" and cannot be edited here (the record
book is where attendance changes); typed entries can be added, edited and deleted, and a
deletion can be undone with ``u``.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Select, Static

from grouptui.domain.duty import parse_day
from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import DutyEntry
from grouptui.domain.vocab import DUTY_CATEGORIES, label
from grouptui.i18n import fmt_date, get_language, t
from grouptui.navigation import Key
from grouptui.store import duty as service
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form_dialog import Field, FormDialog
from grouptui.widgets.title_bar import TitleBar

ALL = "all"


class DutyLogScreen(BookScreen[None]):
    """Pick a deputy; see, add, edit and delete the entries of the deputy's log."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#duty-table"

    DEFAULT_CSS = """
    DutyLogScreen #duty-filters { height: 3; }
    DutyLogScreen #duty-deputy { width: 2fr; }
    DutyLogScreen #duty-quarter { width: 18; }
    DutyLogScreen #duty-category { width: 2fr; }
    DutyLogScreen #duty-table { height: 1fr; }
    DutyLogScreen #duty-status { height: auto; padding: 0 1; color: $text-muted; }
    """

    destination_id = "duty"

    KEYS = (
        Key("duty_add", "a", "add", "duty_key_add"),
        Key("duty_edit", "e", "edit", "duty_key_edit"),
        Key("duty_delete", "delete", "delete", "duty_key_delete"),
        Key("duty_delete_x", "x", "delete", "duty_key_delete", show=False),
        Key("duty_undo", "u", "undo", "duty_key_undo"),
        Key("back", "escape", "back", "duty_key_back"),
    )

    def __init__(self) -> None:
        super().__init__()
        #: ids deleted on this screen, newest last, for undo.
        self.deleted: list[str] = []
        self.shown: list[DutyEntry] = []
        #: the filters the shown rows were read for.
        self._shown_for: tuple[str, object, object] = ("", None, None)

    def compose(self) -> ComposeResult:
        lang = get_language()
        deputies = self.book.deputies.all()
        deputies.sort(key=lambda d: not d.active)
        yield TitleBar()
        with Horizontal(id="duty-filters"):
            yield Select(
                [(Text(self._deputy_label(d)), d.id) for d in deputies],
                value=deputies[0].id if deputies else Select.NULL,
                allow_blank=not deputies,
                prompt=t("duty_pick_deputy"),
                id="duty-deputy",
            )
            yield Select(
                [(t("duty_whole_year"), ALL)]
                + [(t("duty_quarter_n", n=q), q) for q in range(1, 5)],
                value=ALL,
                allow_blank=False,
                id="duty-quarter",
            )
            yield Select(
                [(t("duty_all_categories"), ALL)]
                + [(label(DUTY_CATEGORIES, k, lang), k) for k in DUTY_CATEGORIES],
                value=ALL,
                allow_blank=False,
                id="duty-category",
            )
        yield FitTable(
            id="duty-table",
            cursor_type="row",
            zebra_stripes=True,
            shrink=("text",),
            minimum={"text": 16},
        )
        yield Static("", id="duty-status", markup=False)
        yield KeyFooter()

    def _deputy_label(self, deputy: Any) -> str:
        return deputy.name if deputy.active else t("reg_retired_name", name=deputy.name)

    def on_mount(self) -> None:
        table = self.query_one("#duty-table", DataTable)
        table.add_column(t("duty_col_date"), key="date")
        table.add_column(t("duty_col_category"), key="category")
        table.add_column(t("duty_col_text"), key="text")
        table.add_column(t("duty_col_hours"), key="hours")
        table.add_column(t("duty_col_source"), key="source")
        self.refresh_entries()

    # Filters and the table ---------------------------------------------------------------

    def deputy_id(self) -> str:
        value = self.query_one("#duty-deputy", Select).value
        return "" if value is Select.NULL else str(value)

    def _filters(self) -> tuple[str, object, object]:
        """The deputy, quarter and category chosen now."""
        quarter = self.query_one("#duty-quarter", Select).value
        category = self.query_one("#duty-category", Select).value
        return self.deputy_id(), quarter, category

    def on_select_changed(self, event: Select.Changed) -> None:
        # The selects announce their first values once mounted: those rows are shown.
        if event.select.id in ("duty-deputy", "duty-quarter", "duty-category"):
            if self._filters() != self._shown_for:
                self.refresh_entries()

    def refresh_book(self) -> None:
        """Back from a record or a dialog: the entries as the book holds them now."""
        entry = self.current()
        self.refresh_entries(keep=entry.id if entry else "")

    def refresh_entries(self, keep: str = "") -> None:
        """Fill the table from the book with the current filters."""
        table = self.query_one("#duty-table", DataTable)
        self._shown_for = self._filters()
        deputy, quarter, category = self._shown_for
        self.shown = (
            service.entries(
                self.book,
                deputy=deputy,
                quarter=None if quarter == ALL else int(str(quarter)),
                category="" if category == ALL else str(category),
            )
            if deputy
            else []
        )
        lang = get_language()
        records = self.book.records
        table.clear()
        # what is left of the width once date, category, hours and source are shown
        for e in self.shown:
            source = t("duty_auto") if e.auto else t("duty_typed")
            # the theme of the record, from its raw document (no decoding of the book)
            doc = records.doc(e.record_id) if not e.text and e.record_id else None
            table.add_row(
                Text(fmt_date(e.date)),
                Text(label(DUTY_CATEGORIES, e.category, lang)),
                Text(e.text or (doc or {}).get("theme", "")),
                Text(f"{e.hours:g}" if e.hours else ""),
                Text(source, style="italic" if e.auto else ""),
                key=e.id,
            )
        if keep:
            for i, e in enumerate(self.shown):
                if e.id == keep:
                    table.move_cursor(row=i)
        hours = sum(e.hours for e in self.shown)
        status = t("duty_summary", count=len(self.shown), hours=f"{hours:g}")
        if not deputy:
            status = t("duty_no_deputies")
        self.query_one("#duty-status", Static).update(status)

    def current(self) -> DutyEntry | None:
        """The entry under the cursor."""
        table = self.query_one("#duty-table", DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    # Actions -----------------------------------------------------------------------------

    def _fields(self, entry: DutyEntry | None) -> list[Field]:
        lang = get_language()
        today = self.today()
        if today.year != self.book.meta.year:
            today = today.replace(year=self.book.meta.year, month=12, day=31)
        return [
            Field("date", t("duty_field_date"), value=(entry.date if entry else today).isoformat()),
            Field(
                "category",
                t("duty_field_category"),
                kind="select",
                value=entry.category if entry else "other",
                options=[(label(DUTY_CATEGORIES, k, lang), k) for k in DUTY_CATEGORIES],
            ),
            Field("text", t("duty_field_text"), value=entry.text if entry else ""),
            Field(
                "hours",
                t("duty_field_hours"),
                value=f"{entry.hours:g}" if entry and entry.hours else "",
                placeholder=t("hint_not_set"),
            ),
        ]

    def action_add(self) -> None:
        deputy = self.deputy_id()
        if not deputy:
            return
        if not self.book.writable:
            self._say_read_only()
            return

        def submit(values: dict) -> DutyEntry:
            return service.add_entry(
                self.book,
                deputy=deputy,
                day=parse_day(values["date"]),
                category=values["category"] or "",
                text=values["text"],
                hours=values["hours"],
            )

        name = self.book.deputies.find(deputy).name
        self.app.push_screen(
            FormDialog(t("duty_add_title", name=name), self._fields(None), submit),
            self._saved,
        )

    def action_edit(self) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            service.refuse_auto(self.book, entry)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="warning", markup=False)
            return
        if not self.book.writable:
            self._say_read_only()
            return

        def submit(values: dict) -> DutyEntry:
            return service.edit_entry(
                self.book,
                entry.id,
                day=parse_day(values["date"]),
                category=values["category"] or "",
                text=values["text"],
                hours=values["hours"],
            )

        self.app.push_screen(
            FormDialog(t("duty_edit_title"), self._fields(entry), submit), self._saved
        )

    def _saved(self, entry: DutyEntry | None) -> None:
        if entry is not None:
            self.refresh_entries(keep=entry.id)
            self.notify(t("duty_saved"), markup=False)

    def action_delete(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if not self.book.writable:
            self._say_read_only()
            return
        try:
            service.delete_entry(self.book, entry.id)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="warning", markup=False)
            return
        self.deleted.append(entry.id)
        self.refresh_entries()
        self.notify(t("duty_deleted_undo"), markup=False)

    def action_undo(self) -> None:
        if not self.deleted:
            self.notify(t("duty_nothing_to_undo"), markup=False)
            return
        entry_id = self.deleted.pop()
        try:
            service.undo_delete(self.book, entry_id)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.refresh_entries(keep=entry_id)
        self.notify(t("duty_undone"), markup=False)

    def action_back(self) -> None:
        self.app.pop_screen()

    def _say_read_only(self) -> None:
        self.notify(t("duty_read_only_book"), severity="warning", markup=False)
