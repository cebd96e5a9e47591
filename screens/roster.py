"""The roster screen: the group's deputies in a table; add, edit and retire them.

Phone numbers are masked in the table (the form shows them in full). Retired deputies
stay listed (their past activities still name them), after the active ones.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from grouptui.domain.models import Deputy
from grouptui.domain.roster import mask_phone
from grouptui.domain.vocab import LEVELS, label
from grouptui.i18n import get_language, join_words, t
from grouptui.navigation import Key
from grouptui.store.errors import BookError
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar

#: Widest text of a cell, in characters (the form shows everything).
MAX_CELL = 24

COLUMNS = (
    ("name", "col_name"),
    ("levels", "col_levels"),
    ("constituency", "col_constituency"),
    ("unit", "col_unit"),
    ("phone", "col_phone"),
    ("term", "roster_col_term"),
    ("active", "col_active"),
)


def cell_text(value: str, limit: int = MAX_CELL) -> str:
    """What a table cell shows of ``value``: one line, at most ``limit`` characters."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def deputy_row(deputy: Deputy, lang: str) -> list[str]:
    """The cells of ``deputy``'s row, as plain strings, in ``COLUMNS`` order."""
    return [
        cell_text(deputy.name),
        join_words(label(LEVELS, lv, lang) for lv in deputy.levels),
        cell_text(deputy.constituency),
        cell_text(deputy.unit),
        mask_phone(deputy.phone),
        t("roster_new") if deputy.is_new else t("roster_returning"),
        t("roster_active") if deputy.active else t("roster_retired_label"),
    ]


class RosterScreen(BookScreen[None]):
    """The deputies of the group; ``a`` adds, ``e``/Enter edits, ``r`` retires."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#roster-table"

    destination_id = "roster"

    CSS_PATH = "roster.tcss"

    KEYS = (
        Key("roster_add", "a", "add", "key_roster_add"),
        Key("roster_edit", "e", "edit", "key_roster_edit"),
        Key("roster_retire", "r", "retire", "key_roster_retire"),
        Key("back", "escape", "app.pop_screen", "key_back"),
    )

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static(t("roster_title"), id="roster-title", markup=False)
        table = FitTable(
            id="roster-table",
            cursor_type="row",
            zebra_stripes=True,
            shrink=("constituency", "unit"),
            minimum={"constituency": 12, "unit": 10},
        )
        for key, title in COLUMNS:
            table.add_column(Text(t(title)), key=key)
        yield table
        yield Static(t("roster_empty_hint"), id="roster-empty", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.reload()

    # Table ------------------------------------------------------------------------------

    def deputies(self) -> list[Deputy]:
        """The deputies shown: active ones first, each group in roster order."""
        book = self.book
        return sorted(book.deputies.all(), key=lambda d: not d.active)

    def refresh_book(self) -> None:
        """Back from a form: the roster as the book holds it now."""
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Fill the table from the book; put the cursor on deputy ``select`` if given."""
        table = self.query_one("#roster-table", DataTable)
        previous = self.current_id()
        table.clear()
        lang = get_language()
        deputies = self.deputies()
        for deputy in deputies:
            style = "" if deputy.active else "dim"
            table.add_row(*(Text(c, style=style) for c in deputy_row(deputy, lang)), key=deputy.id)
        self.query_one("#roster-empty", Static).display = not deputies
        target = select or previous
        if target is not None and deputies:
            ids = [d.id for d in deputies]
            if target in ids:
                table.move_cursor(row=ids.index(target))
        table.focus()

    def current_id(self) -> str | None:
        """The id of the deputy under the cursor, or None."""
        table = self.query_one("#roster-table", DataTable)
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        except Exception:  # the cursor can sit outside an emptied table
            return None
        return key.value

    def current(self) -> Deputy | None:
        """The deputy under the cursor."""
        deputy_id = self.current_id()
        if deputy_id is None:
            return None
        return self.book.deputies.get(deputy_id)

    # Actions ----------------------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def _open_form(self, deputy: Deputy | None) -> None:
        from grouptui.screens.roster_form import DeputyForm

        def saved(result: Deputy | None) -> None:
            if result is not None:
                self.reload(select=result.id)
                self.notify(t("roster_saved", name=result.name), markup=False)

        self.app.push_screen(DeputyForm(deputy), saved)

    def action_add(self) -> None:
        """Add a deputy with the form."""
        if self.ensure_writable():
            self._open_form(None)

    def action_edit(self) -> None:
        """Edit the deputy under the cursor."""
        deputy = self.current()
        if deputy is not None and self.ensure_writable():
            self._open_form(deputy)

    def action_retire(self) -> None:
        """Retire the deputy under the cursor on a date asked for (or reinstate a retired
        one, after asking)."""
        deputy = self.current()
        if deputy is None or not self.ensure_writable():
            return
        if not deputy.active:
            from grouptui.widgets.dialogs import ConfirmDialog

            self.app.push_screen(
                ConfirmDialog(t("roster_reinstate_question", name=deputy.name)),
                lambda yes: self._reinstate(deputy) if yes else None,
            )
            return
        from grouptui.domain.roster import parse_day
        from grouptui.store.roster import retire_deputy
        from grouptui.widgets.form_dialog import Field, FormDialog

        def submit(values: dict[str, str]) -> Deputy:
            return retire_deputy(self.book, deputy.id, on=parse_day(values["on"]))

        field = Field("on", t("roster_retire_date"), value=self.today().isoformat())
        self.app.push_screen(
            FormDialog(t("roster_retire_question", name=deputy.name), [field], submit),
            lambda saved: self._changed(saved, "roster_retired"),
        )

    def _reinstate(self, deputy: Deputy) -> None:
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.roster import reinstate_deputy

        try:
            saved = reinstate_deputy(self.book, deputy.id)
        except (UserFacingError, BookError) as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self._changed(saved, "roster_reinstated")

    def _changed(self, saved: Deputy | None, message: str) -> None:
        if saved is None:
            return
        self.reload(select=saved.id)
        self.notify(t(message, name=saved.name), markup=False)
