"""The record book as a list: by date, filtered by quarter, form, deputy and a text that is
looked for in the theme, the minutes and the notes (Chinese substrings). Open, create,
delete with undo.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Select, Static

from grouptui.domain.models import ActivityRecord
from grouptui.domain.record_fields import Kind, RecordField, columns
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import get_language, t
from grouptui.navigation import Key
from grouptui.record_words import value_words, when_words
from grouptui.store.versions import Version, unchanged, version_of
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar

#: what the rows and the text filter read: records, attendance, roster, notes, follow-ups.
_ROW_TABLES = ("meta", "records", "attendance", "deputies", "notes", "followups")


def _cell(f: RecordField, rec: ActivityRecord) -> str:
    """A column's cell: the date with its time span, any other field in words."""
    if f.kind is Kind.DATE:
        return when_words(rec.date, rec.start, rec.end)
    return value_words(f, getattr(rec, f.name))


class RecordsScreen(BookScreen[None]):
    """Every activity record of the book."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#records_table"

    DEFAULT_CSS = """
    RecordsScreen #records_filters { height: auto; }
    RecordsScreen #records_filters Select { width: 1fr; }
    RecordsScreen #records_filters Input { width: 2fr; }
    RecordsScreen #records_table { height: 1fr; }
    RecordsScreen #records_status { height: 1; padding: 0 1; color: $text-muted; }
    """

    destination_id = "records"

    KEYS = (
        Key("records_new", "n", "new", "recs_new"),
        Key("records_open", "enter", "open", "recs_open"),
        Key("records_delete", "delete", "delete", "recs_delete"),
        Key("records_undo", "u", "undo", "recs_undo"),
        Key("records_search", "slash", "search", "recs_search"),
        Key("back", "escape", "back", "rec_back"),
    )

    def __init__(self) -> None:
        super().__init__()
        #: ids deleted on this screen, newest last, for undo.
        self.undo_stack: list[str] = []
        #: the version of the tables the rows were read from.
        self._rows_of: Version | None = None

    def compose(self) -> ComposeResult:
        lang = get_language()
        book = self.book
        if not self.has_book:
            # No book yet (first run): say so instead of failing.
            yield Static(t("book_no_default"), markup=False)
            return
        yield TitleBar()
        with Horizontal(id="records_filters"):
            yield Select(
                [(Text(t("recs_quarter", q=q)), q) for q in (1, 2, 3, 4)],
                prompt=t("recs_all_quarters"),
                id="filter_quarter",
            )
            yield Select(
                [(Text(label(FORMS, k, lang)), k) for k in FORMS],
                prompt=t("recs_all_forms"),
                id="filter_form",
            )
            yield Select(
                [(Text(d.name), d.id) for d in book.deputies.all()],
                prompt=t("recs_all_deputies"),
                id="filter_deputy",
            )
            yield Input(placeholder=t("recs_search_placeholder"), id="filter_text")
        yield FitTable(
            id="records_table",
            cursor_type="row",
            zebra_stripes=True,
            # the time of day, then the place, then the theme give up width at 80 columns
            shrink=("date", "place", "theme"),
            minimum={"date": 15, "place": 8, "theme": 14},
        )
        yield Static("", id="records_status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        if not self.has_book:
            return
        table = self.query_one(DataTable)
        for f in columns():
            table.add_column(t(f.short_label), key=f.name)
        table.add_column(t("recs_col_attendance"), key="attendance")
        self.refresh_rows()

    def refresh_book(self) -> None:
        """Back from a record: the rows as the book holds them now (kept if unchanged)."""
        if not unchanged(self._rows_of, version_of(self.book, _ROW_TABLES)):
            self.refresh_rows()

    def _filter(self):
        from grouptui.store.records_query import Filter

        def value(widget_id: str):
            v = self.query_one(widget_id, Select).value
            return None if v is Select.NULL else v

        return Filter(
            quarter=value("#filter_quarter"),
            form=value("#filter_form") or "",
            deputy_id=value("#filter_deputy") or "",
            text=self.query_one("#filter_text", Input).value,
        )

    def refresh_rows(self) -> None:
        """Show the records the filters select (in memory: no file I/O)."""
        from grouptui.store.records_query import Index, filter_records

        book = self.book
        self._rows_of = version_of(book, _ROW_TABLES)
        index = Index(book)
        rows = filter_records(book, self._filter(), index)
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        for rec in rows:
            figures = index.turnout(rec)
            table.add_row(
                *(Text(_cell(f, rec)) for f in columns()),
                Text(f"{figures.came_count}/{figures.expected_count}"),
                key=rec.id,
            )
        if rows:
            table.move_cursor(row=min(keep, len(rows) - 1))
        self.query_one("#records_status", Static).update(t("recs_count", count=len(rows)))

    @on(Select.Changed)
    @on(Input.Changed, "#filter_text")
    def _filters_changed(self) -> None:
        self.refresh_rows()

    def _current(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @on(DataTable.RowSelected, "#records_table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self._open(str(event.row_key.value))

    def _open(self, record_id: str | None) -> None:
        from grouptui.screens.record import RecordScreen

        self.app.push_screen(RecordScreen(record_id))

    def action_open(self) -> None:
        """Open the highlighted record."""
        current = self._current()
        if current is not None:
            self._open(current)

    def action_new(self) -> None:
        """Start a new record."""
        self._open(None)

    def action_search(self) -> None:
        """Jump to the search field."""
        self.query_one("#filter_text", Input).focus()

    def action_delete(self) -> None:
        """Delete the highlighted record (u undoes)."""
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.records import delete_record

        current = self._current()
        if current is None:
            return
        try:
            rec, plan = delete_record(self.book, current)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.undo_stack.append(rec.id)
        message = t("recs_deleted", theme=rec.theme)
        if plan is not None:
            message += " " + t("record_deleted_plan", title=plan.title)
        self.notify(message, markup=False)
        self.refresh_rows()

    def action_undo(self) -> None:
        """Restore the record deleted last."""
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.records import restore_record

        if not self.undo_stack:
            self.notify(t("recs_nothing_to_undo"), markup=False)
            return
        try:
            rec = restore_record(self.book, self.undo_stack.pop())
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.notify(t("record_restored", id=rec.id[:8], theme=rec.theme), markup=False)
        self.refresh_rows()

    def action_back(self) -> None:
        """Back to where we came from."""
        if self.query_one("#filter_text", Input).has_focus:
            self.query_one(DataTable).focus()
            return
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.shell.go("home")
