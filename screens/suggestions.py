"""The suggestions screen (建议、批评和意见): a list with filters, add, edit, change status,
delete with undo.

Changing the status asks for a reason when it goes back a step, takes the reply, and
the deputies' satisfaction once the suggestion has been answered; the service refuses
what does not fit and the dialog says why. ``e`` opens the suggestion form
(:mod:`grouptui.screens.suggestion_form`); Del deletes and ``u`` brings back the last
suggestion deleted here, with its deputies' duty entries.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Select, Static

from grouptui.domain.duty import one_line, parse_day
from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Suggestion
from grouptui.domain.roster import parse_names
from grouptui.domain.vocab import SATISFACTION, SUGGESTION_STATUS, label
from grouptui.i18n import fmt_date, get_language, join_words, t
from grouptui.navigation import Key
from grouptui.screens.duty_forms import fit
from grouptui.store import suggestions as service
from grouptui.suggestion_words import history_text
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form_dialog import Field, FormDialog
from grouptui.widgets.title_bar import TitleBar

ALL = "all"


class SuggestionsScreen(BookScreen[None]):
    """Every suggestion of the year, filtered by status and deputy."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#sug-table"

    destination_id = "suggestions"

    DEFAULT_CSS = """
    SuggestionsScreen #sug-filters { height: 3; }
    SuggestionsScreen #sug-status { width: 1fr; }
    SuggestionsScreen #sug-deputy { width: 1fr; }
    SuggestionsScreen #sug-table { height: 1fr; }
    SuggestionsScreen #sug-detail {
        height: auto; max-height: 6; padding: 0 1; border-top: solid $primary;
    }
    """

    KEYS = (
        Key("suggestion_add", "a", "add", "sug_key_add"),
        Key("suggestion_edit", "e", "edit", "sug_key_edit"),
        Key("suggestion_status", "s", "status", "sug_key_status"),
        Key("suggestion_status_enter", "enter", "status", "sug_key_status", show=False),
        Key("suggestion_delete", "delete", "delete", "sug_key_delete"),
        Key("suggestion_undo", "u", "undo", "sug_key_undo", show=False),
        Key("back", "escape", "back", "duty_key_back"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Suggestion] = []
        #: ids deleted on this screen, newest last, for undo.
        self.undo_stack: list[str] = []
        #: the (status, deputy) filters the shown rows were read for.
        self._shown_for: tuple[object, object] = (None, None)

    def compose(self) -> ComposeResult:
        lang = get_language()
        yield TitleBar()
        with Horizontal(id="sug-filters"):
            yield Select(
                [(t("sug_all_statuses"), ALL)]
                + [(label(SUGGESTION_STATUS, k, lang), k) for k in SUGGESTION_STATUS],
                value=ALL,
                allow_blank=False,
                id="sug-status",
            )
            yield Select(
                [(t("sug_all_deputies"), ALL)]
                + [(Text(d.name), d.id) for d in self.book.deputies.all()],
                value=ALL,
                allow_blank=False,
                id="sug-deputy",
            )
        yield FitTable(
            id="sug-table",
            cursor_type="row",
            zebra_stripes=True,
            shrink=("sug_col_title", "sug_col_unit", "sug_col_by", "satisfaction"),
            minimum={
                "duty_col_date": 14,
                "sug_col_title": 14,
                "sug_col_by": 12,
                "sug_col_unit": 10,
                "status": 11,
                "satisfaction": 8,
            },
        )
        yield Static("", id="sug-detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#sug-table", DataTable)
        for key in ("duty_col_date", "sug_col_title", "sug_col_by", "sug_col_unit"):
            table.add_column(t(key), key=key)
        table.add_column(t("sug_col_status"), key="status")
        table.add_column(t("sug_col_satisfaction"), key="satisfaction")
        self.refresh_list()

    def on_select_changed(self, event: Select.Changed) -> None:
        # The selects announce their first values once mounted: those rows are shown.
        if event.select.id in ("sug-status", "sug-deputy") and self._filters() != self._shown_for:
            self.refresh_list()

    def _filters(self) -> tuple[object, object]:
        """The status and deputy chosen now."""
        status = self.query_one("#sug-status", Select).value
        return status, self.query_one("#sug-deputy", Select).value

    def refresh_book(self) -> None:
        """Back from a form or a dialog: the suggestions as the book holds them now."""
        sug = self.current()
        self.refresh_list(keep=sug.id if sug else "")

    def refresh_list(self, keep: str = "") -> None:
        """Fill the table with the suggestions the filters let through."""
        self._shown_for = self._filters()
        status, deputy = self._shown_for
        names = {d["id"]: d.get("name", "") for d in self.book.deputies.docs(include_deleted=True)}
        found = [
            s
            for s in self.book.suggestions.all()
            if (status == ALL or s.status == status) and (deputy == ALL or deputy in s.proposers)
        ]
        found.sort(key=lambda s: (str(s.date or ""), s.created))
        self.shown = found
        lang = get_language()
        table = self.query_one("#sug-table", DataTable)
        table.clear()
        for s in found:
            table.add_row(
                Text(fmt_date(s.date)),
                Text(s.title),
                Text(join_words(names.get(i, i) for i in s.proposers)),
                Text(s.unit),
                Text(label(SUGGESTION_STATUS, s.status, lang)),
                Text(label(SATISFACTION, s.satisfaction, lang) if s.satisfaction else ""),
                key=s.id,
            )
        for i, s in enumerate(found):
            if s.id == keep:
                table.move_cursor(row=i)
        self.show_detail()

    def current(self) -> Suggestion | None:
        """The suggestion under the cursor."""
        table = self.query_one("#sug-table", DataTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def show_detail(self) -> None:
        """The content, reply and history of the highlighted suggestion."""
        sug = self.current()
        detail = self.query_one("#sug-detail", Static)
        if sug is None:
            detail.update(t("sug_none"))
            return
        lang = get_language()
        lines = [sug.title]
        if sug.content:
            lines.append(fit(sug.content, 150))
        if sug.reply:
            lines.append(t("sug_detail_reply", reply=fit(sug.reply, 150)))
        lines.append(t("sug_detail_changes", changes=history_text(sug)))
        reasons = [h for h in sug.history if h.get("reason")]
        for h in reasons[-1:]:  # why it last went back a step
            lines.append(
                t(
                    "sug_detail_history",
                    date=h.get("date", ""),
                    old=label(SUGGESTION_STATUS, str(h.get("from", "")), lang),
                    new=label(SUGGESTION_STATUS, str(h.get("to", "")), lang),
                    reason=h.get("reason", ""),
                )
            )
        detail.update("\n".join(lines))

    def action_add(self) -> None:
        if not self.book.writable:
            self.notify(t("duty_read_only_book"), severity="warning", markup=False)
            return
        today = self.today()

        def submit(values: dict) -> Suggestion:
            return service.add_suggestion(
                self.book,
                title=values["title"],
                content=values["content"],
                by=parse_names(values["by"]),
                unit=values["unit"],
                during_session=bool(values["during"]),
                day=parse_day(values["date"]),
            )

        fields = [
            Field("title", t("sug_col_title")),
            Field("content", t("sug_field_content")),
            Field("by", t("sug_field_by"), placeholder=t("sug_field_by_hint")),
            Field("unit", t("sug_col_unit")),
            Field("date", t("duty_field_date"), value=today.isoformat()),
            Field("during", t("opt_sug_during_session"), kind="checkbox", value=False),
        ]
        self.app.push_screen(FormDialog(t("sug_add_title"), fields, submit), self._saved)

    def action_status(self) -> None:
        sug = self.current()
        if sug is None:
            return
        if not self.book.writable:
            self.notify(t("duty_read_only_book"), severity="warning", markup=False)
            return
        lang = get_language()

        def submit(values: dict) -> Suggestion:
            return service.set_status(
                self.book,
                sug.id,
                values["status"],
                reason=values["reason"],
                reply=values["reply"],
                # The dialog shows the current rating; only a new one is a change.
                satisfaction=values["satisfaction"]
                if values["satisfaction"] != (sug.satisfaction or None)
                else None,
            )

        fields = [
            Field(
                "status",
                t("sug_col_status"),
                kind="select",
                value=sug.status,
                options=[(label(SUGGESTION_STATUS, k, lang), k) for k in SUGGESTION_STATUS],
            ),
            Field("reason", t("sug_field_reason")),
            Field("reply", t("sug_field_reply"), kind="text", value=sug.reply),
            Field(
                "satisfaction",
                t("sug_col_satisfaction"),
                kind="select",
                value=sug.satisfaction,
                allow_blank=True,
                options=[(label(SATISFACTION, k, lang), k) for k in SATISFACTION],
            ),
        ]
        self.app.push_screen(
            FormDialog(t("sug_status_title", title=one_line(sug.title, 30)), fields, submit),
            self._saved,
        )

    def _saved(self, sug: Suggestion | None) -> None:
        if sug is not None:
            self.refresh_list(keep=sug.id)
            self.notify(t("duty_saved"), markup=False)

    def action_edit(self) -> None:
        """Edit the highlighted suggestion in the suggestion form."""
        sug = self.current()
        if sug is None or not self.ensure_writable():
            return
        from grouptui.screens.suggestion_form import SuggestionForm

        self.app.push_screen(SuggestionForm(sug), self._saved)

    def action_delete(self) -> None:
        """Delete the highlighted suggestion and its duty entries (``u`` undoes)."""
        sug = self.current()
        if sug is None or not self.ensure_writable():
            return
        from grouptui.store.suggestion_edit import delete_suggestion

        try:
            gone = delete_suggestion(self.book, sug.id)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.undo_stack.append(gone.id)
        row = self.query_one("#sug-table", DataTable).cursor_row
        self.refresh_list()
        if self.shown:
            self.query_one("#sug-table", DataTable).move_cursor(row=min(row, len(self.shown) - 1))
        self.notify(t("sug_deleted_undo", title=one_line(gone.title, 30)), markup=False)

    def action_undo(self) -> None:
        """Bring back the suggestion deleted last on this screen."""
        if not self.undo_stack:
            self.notify(t("duty_nothing_to_undo"), markup=False)
            return
        if not self.ensure_writable():
            return
        from grouptui.store.suggestion_edit import restore_suggestion

        try:
            back = restore_suggestion(self.book, self.undo_stack.pop())
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.refresh_list(keep=back.id)
        self.notify(t("sug_undone", title=one_line(back.title, 30)), markup=False)

    def action_back(self) -> None:
        self.app.pop_screen()
