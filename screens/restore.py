"""Restoring a backup from the app: the list of backups, a confirmation, the book reloaded.

The same as ``grouptui restore``: each backup with when it was saved and what it holds;
choosing one (Enter) asks first, then keeps the book as it is among the backups and puts
the chosen version back. Opened from home (key ``b``) or the command palette.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from grouptui.i18n import say, t
from grouptui.navigation import Key, install_keys
from grouptui.store.backups import Backup, Described, describe_all, describe_counts
from grouptui.widgets.fit_table import FitTable


def when(backup: Backup) -> str:
    """When ``backup`` was saved, as shown to the user."""
    return backup.taken.strftime("%Y-%m-%d %H:%M:%S")


class RestoreScreen(ModalScreen[Backup | None]):
    """The backups of the open book; dismisses with the one chosen (or None)."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#backups"

    DEFAULT_CSS = """
    RestoreScreen {
        align: center middle;
    }
    RestoreScreen > Vertical {
        width: 100;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    RestoreScreen .dialog-title {
        text-style: bold;
    }
    RestoreScreen #restore-hint {
        margin-bottom: 1;
    }
    RestoreScreen DataTable {
        height: auto;
        max-height: 20;
    }
    """

    KEYS = (Key("back", "escape", "cancel", "key_back"),)

    def __init__(self, book_path) -> None:
        super().__init__()
        #: the book whose backups are listed.
        self.book_path = book_path
        self._found: list[Described] = []
        install_keys(self, self.KEYS)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("restore_title"), classes="dialog-title", markup=False)
            yield Static(t("restore_hint"), id="restore-hint", markup=False)
            yield FitTable(id="backups", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in ("number", "taken", "size", "counts"):
            table.add_column(Text(t(f"restore_col_{column}")), key=column)
        self._load()

    @work(thread=True, exclusive=True, group="restore-list")
    def _load(self) -> None:
        # Each backup is read to count what it holds: off the UI thread.
        found = describe_all(self.book_path)
        self.app.call_from_thread(self._show, found)

    def _show(self, found: list[Described]) -> None:
        self._found = found
        table = self.query_one(DataTable)
        if not found:
            table.add_row(Text(t("restore_none", path=self.book_path.name)))
            return
        for n, d in enumerate(found, 1):
            table.add_row(
                Text(str(n)),
                Text(when(d.backup)),
                Text(str(d.backup.size)),
                Text(say(describe_counts(d.counts))),
                key=str(n),
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if not self._found or event.row_key.value is None:
            return
        chosen = self._found[int(event.row_key.value) - 1].backup
        from grouptui.widgets.dialogs import ConfirmDialog

        dialog = ConfirmDialog(
            t("restore_confirm", taken=when(chosen)),
            yes=t("restore_confirm_yes"),
            no=t("restore_confirm_no"),
            title=t("restore_title"),
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(chosen)

        self.app.push_screen(dialog, answered)

    def action_cancel(self) -> None:
        """Close without restoring."""
        self.dismiss(None)
