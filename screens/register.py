"""The registration form screen (代表履职情况登记表): one row per deputy, remarks editable.

The form is computed in a worker thread (it may read the earlier years' books in the
folder); the table fills in when it is ready. ``r`` or Enter edits the remark of the
deputy under the cursor; ``s`` opens the scoring rules (:mod:`grouptui.screens.scoring_dialog`),
and the score column comes and goes with them.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from grouptui.domain.register import RegisterForm
from grouptui.export.register_table import cells, columns, term_line
from grouptui.i18n import get_language, t
from grouptui.navigation import Key
from grouptui.store import register as service
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form_dialog import Field, FormDialog
from grouptui.widgets.title_bar import TitleBar


class RegisterScreen(BookScreen[None]):
    """The year's registration form as a table."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#reg-table"

    destination_id = "register"

    DEFAULT_CSS = """
    RegisterScreen #reg-heading { height: auto; padding: 0 1; text-style: bold; }
    RegisterScreen #reg-term { height: auto; padding: 0 1; color: $text-muted; }
    RegisterScreen #reg-table { height: 1fr; }
    """

    KEYS = (
        Key("register_remark", "r", "remark", "reg_key_remark"),
        Key("register_remark_enter", "enter", "remark", "reg_key_remark", show=False),
        Key("register_scoring", "s", "scoring", "reg_key_scoring"),
        Key("back", "escape", "back", "duty_key_back"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.form: RegisterForm | None = None

    def compose(self) -> ComposeResult:
        meta = self.book.meta
        yield TitleBar()
        yield Static(
            t("reg_title", group=meta.group, year=meta.year), id="reg-heading", markup=False
        )
        yield Static(t("reg_computing"), id="reg-term", markup=False)
        yield FitTable(id="reg-table", cursor_type="row", zebra_stripes=True, fixed_columns=1)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.compute()

    @work(thread=True, exclusive=True, group="register")
    def compute(self, keep: str = "") -> None:
        """Build the form off the UI thread (earlier years' books are read from disk)."""
        form = service.build(self.book)
        self.app.call_from_thread(self.show, form, keep)

    def show(self, form: RegisterForm, keep: str = "") -> None:
        """Fill the table with ``form``."""
        self.form = form
        lang = get_language()
        table = self.query_one("#reg-table", DataTable)
        table.clear(columns=True)
        for i, heading in enumerate(columns(form)):
            table.add_column(Text(heading), key=f"c{i}")
        for row in form.rows:
            table.add_row(*(Text(c) for c in cells(form, row, lang)), key=row.deputy_id)
        for i, row in enumerate(form.rows):
            if row.deputy_id == keep:
                table.move_cursor(row=i)
        self.query_one("#reg-term", Static).update(term_line(form))

    def action_remark(self) -> None:
        if self.form is None or not self.form.rows:
            return
        table = self.query_one("#reg-table", DataTable)
        row = self.form.rows[min(table.cursor_row, len(self.form.rows) - 1)]
        if not self.book.writable:
            self.notify(t("duty_read_only_book"), severity="warning", markup=False)
            return

        def submit(values: dict) -> str:
            service.set_remark(self.book, row.deputy_id, values["remarks"])
            return row.deputy_id

        self.app.push_screen(
            FormDialog(
                t("reg_remark_title", name=row.name),
                [Field("remarks", t("reg_col_remarks"), value=row.remarks)],
                submit,
            ),
            self._saved,
        )

    def action_scoring(self) -> None:
        """View and edit the scoring rules; the form is rebuilt when they change."""
        from grouptui.screens.scoring_dialog import ScoringDialog

        def closed(changed: bool | None) -> None:
            if changed:
                self.compute(self._cursor_deputy())

        self.app.push_screen(ScoringDialog(), closed)

    def refresh_book(self) -> None:
        """Coming back (from a record, the duty logs, a dialog): rebuild the form."""
        self.compute(self._cursor_deputy())

    def _cursor_deputy(self) -> str:
        """The deputy under the cursor, if any, to keep the cursor on across a rebuild."""
        if not self._has_row():
            return ""
        assert self.form is not None
        return self.form.rows[self.query_one("#reg-table", DataTable).cursor_row].deputy_id

    def _has_row(self) -> bool:
        table = self.query_one("#reg-table", DataTable)
        return self.form is not None and 0 <= table.cursor_row < len(self.form.rows)

    def _saved(self, deputy_id: str | None) -> None:
        if deputy_id:
            self.compute(deputy_id)

    def action_back(self) -> None:
        self.app.pop_screen()
