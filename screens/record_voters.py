"""The voters received at a voter reception (接待选民), as a part of the record form.

Each voter is written the moment the dialog is confirmed (through
:mod:`grouptui.store.receptions`), not with the record's Ctrl+S: at a reception the
officer takes voters one after another and none should be lost to a crash. So the record
must be saved as a voter reception first. Contacts are shown masked; one in a wrong
format is kept as typed and flagged, exactly as ``grouptui voter add`` does. Deleting a
voter is undone with ``u``.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from grouptui.domain.models import VoterVisit
from grouptui.domain.receptions import contact_ok
from grouptui.domain.roster import mask_phone
from grouptui.domain.vocab import FOLLOWUP_STATUS, label
from grouptui.i18n import get_language, t
from grouptui.navigation import Key, install_keys
from grouptui.screens.duty_forms import fit
from grouptui.widgets.book_screen import BookAccess
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.form_dialog import Field, FormDialog

#: Widest cell of the table, in terminal cells (the dialog shows everything).
CELL = 16
#: Columns of the table: (column key, catalog key of its title).
COLUMNS = (
    ("name", "voter_col_name"),
    ("village", "voter_col_village"),
    ("contact", "voter_col_contact"),
    ("raised", "voter_col_raised"),
    ("handling", "voter_col_handling"),
    ("status", "voter_col_status"),
)


def voter_cells(visit: VoterVisit, lang: str) -> list[Text]:
    """The cells of one voter's row; the contact masked, and flagged when malformed."""
    contact = Text(fit(mask_phone(visit.contact), CELL))
    if not contact_ok(visit.contact):
        contact.append(" " + t("voter_flag"), style="bold")
    return [
        Text(fit(visit.name, CELL)),
        Text(fit(visit.village, CELL)),
        contact,
        Text(fit(visit.raised, CELL)),
        Text(fit(visit.handling, CELL)),
        Text(label(FOLLOWUP_STATUS, visit.status, lang)),
    ]


class VotersTable(FitTable):
    """The voters of one reception: ``a`` adds, Enter edits, Del deletes, ``u`` undoes."""

    KEYS = (
        Key("voter_add", "a", "add", "rv_key_voter_add"),
        Key("voter_delete", "delete", "delete", "rv_key_voter_delete"),
        Key("voter_undo", "u", "undo", "rv_key_voter_undo"),
    )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        install_keys(self, self.KEYS)

    def action_add(self) -> None:
        """Add a voter (the panel does it)."""
        self._panel().add()

    def action_delete(self) -> None:
        """Delete the highlighted voter."""
        self._panel().delete()

    def action_undo(self) -> None:
        """Bring back the voter deleted last."""
        self._panel().undo()

    def _panel(self) -> VotersPanel:
        return self.query_ancestor(VotersPanel)

    def current_id(self) -> str | None:
        """The id of the voter under the cursor, or None."""
        if self.row_count == 0:
            return None
        return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)


class VotersPanel(BookAccess, Vertical):
    """The voters received at the record ``record_id`` (None: not saved yet)."""

    DEFAULT_CSS = """
    VotersPanel { height: auto; }
    VotersPanel .section { padding: 1 0 0 0; text-style: bold; }
    VotersPanel .hint { color: $text-muted; }
    VotersPanel VotersTable { height: auto; max-height: 14; }
    VotersPanel #voters_empty { color: $text-muted; }
    """

    def __init__(self, record_id: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.record_id = record_id
        #: voters deleted here, newest last, for undo.
        self.undo_stack: list[str] = []

    def compose(self) -> ComposeResult:
        yield Label(t("rv_section_voters"), classes="section")
        yield Static(t("rv_voters_hint"), classes="hint", markup=False)
        table = VotersTable(id="voters")
        for key, title in COLUMNS:
            table.add_column(t(title), key=key)
        yield table
        yield Static("", id="voters_empty", markup=False)

    def on_mount(self) -> None:
        self.reload()

    # Reading --------------------------------------------------------------------------

    def voters(self) -> list[VoterVisit]:
        """The voters of this reception, in the order they were received."""
        if not self.record_id:
            return []
        from grouptui.store.receptions import voters

        book = self.book
        if book.records.get(self.record_id) is None:
            return []
        return voters(book, self.record_id)

    def reload(self, select: str | None = None) -> None:
        """Fill the table from the book; put the cursor on voter ``select`` if given."""
        table = self.query_one(VotersTable)
        keep = table.cursor_row
        table.clear()
        lang = get_language()
        found = self.voters()
        for visit in found:
            table.add_row(*voter_cells(visit, lang), key=visit.id)
        ids = [v.id for v in found]
        if select in ids:
            table.move_cursor(row=ids.index(select))
        elif found:
            table.move_cursor(row=min(keep, len(found) - 1))
        empty = self.query_one("#voters_empty", Static)
        empty.update("" if found else t("rv_voters_none"))
        empty.display = not found

    def set_record(self, record_id: str) -> None:
        """The record was saved (perhaps for the first time): show its voters."""
        self.record_id = record_id
        if self.is_mounted:  # else it reads them when it is built
            self.reload()

    # Writing --------------------------------------------------------------------------

    def _writable(self) -> bool:
        return self.ensure_writable()

    def _saved_reception(self) -> bool:
        """Whether the record is on disk as a voter reception (voters need it)."""
        book = self.book
        rec = book.records.get(self.record_id) if self.record_id else None
        if rec is None or rec.form != "voter_reception":
            self.notify(t("rv_voters_save_first"), severity="warning", markup=False)
            return False
        return True

    def add(self) -> None:
        """Open the dialog for a new voter."""
        if self._writable() and self._saved_reception():
            self._open(None)

    def edit(self, voter_id: str) -> None:
        """Open the dialog for voter ``voter_id``."""
        book = self.book
        visit = book.voters.get(voter_id)
        if visit is not None and self._writable():
            self._open(visit)

    def _open(self, visit: VoterVisit | None) -> None:
        lang = get_language()
        statuses = [(label(FOLLOWUP_STATUS, k, lang), k) for k in FOLLOWUP_STATUS]
        v = visit or VoterVisit(record_id=self.record_id or "", name="")
        fields = [
            Field("name", t("rv_voter_name"), value=v.name),
            Field("village", t("voter_col_village"), value=v.village),
            Field("contact", t("rv_voter_contact"), value=v.contact),
            Field("raised", t("voter_col_raised"), value=v.raised),
            Field("handling", t("voter_col_handling"), value=v.handling),
            Field("status", t("voter_col_status"), "select", v.status, statuses),
        ]
        title = t("rv_voter_new") if visit is None else t("rv_voter_edit")

        def submit(values: dict[str, Any]) -> tuple[VoterVisit, bool]:
            from grouptui.store.receptions import add_voter, edit_voter

            book = self.book
            if visit is None:
                return add_voter(book, record=self.record_id or "", **values)
            return edit_voter(book, visit.id, **values)

        def done(result: tuple[VoterVisit, bool] | None) -> None:
            if result is None:
                return
            saved, ok = result
            self.reload(select=saved.id)
            key = "voter_added" if visit is None else "voter_edited"
            self.notify(t(key, name=saved.name, id=saved.id[:8]), markup=False)
            if not ok:
                message = t("voter_contact_flagged", name=saved.name)
                self.notify(message, severity="warning", markup=False)

        self.app.push_screen(FormDialog(title, fields, submit), done)

    def delete(self) -> None:
        """Delete the highlighted voter at once (``u`` undoes)."""
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.receptions import delete_voter

        voter_id = self.query_one(VotersTable).current_id()
        if voter_id is None or not self._writable():
            return
        try:
            gone = delete_voter(self.book, voter_id)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.undo_stack.append(gone.id)
        self.reload()
        self.notify(t("rv_voter_deleted", name=gone.name), markup=False)

    def undo(self) -> None:
        """Bring back the voter deleted last on this form."""
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.receptions import restore_voter

        if not self.undo_stack:
            self.notify(t("rv_nothing_to_undo"), markup=False)
            return
        if not self._writable():
            return
        try:
            back = restore_voter(self.book, self.undo_stack.pop())
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.reload(select=back.id)
        self.notify(t("voter_restored", name=back.name, id=back.id[:8]), markup=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.edit(str(event.row_key.value))
