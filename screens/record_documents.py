"""What the record form adds for the documents beyond the books: the 述职 evaluation of a
report to voters, and the key that writes the record's briefing.

The briefing key (:func:`write_briefing`) gives the record its 期号 when it has none (the
officer's act of making the briefing; a number once given stays) and writes the .docx
beside the book, as the export screen would, in a worker.

The evaluation panel:

One row per deputy who took part (present or late), with the ballots cast on them and the
result by the book's thresholds (``rules``: ``evaluation_scale``,
``evaluation_good_min_pct``, ``evaluation_basic_min_pct``). Enter opens a dialog for the
three counts; they are written when it is confirmed (through
:mod:`grouptui.store.office_docs`), not with the record's Ctrl+S, as the voters received at
a reception are. So the record must be saved as a report to voters first.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from grouptui.domain.evaluation import Thresholds, Votes, grade_word, parse_count
from grouptui.i18n import get_language, t
from grouptui.navigation import Key
from grouptui.widgets.book_screen import BookAccess, BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.form_dialog import Field, FormDialog

#: The record form's key for the briefing (remappable by its id).
BRIEFING_KEY = Key("record_briefing", "f6", "briefing", "rec_key_briefing")


def write_briefing(screen: BookScreen[Any], record_id: str) -> None:
    """Number the saved record's briefing if need be, then write it beside the book."""
    from pathlib import Path

    from grouptui.domain.errors import UserFacingError
    from grouptui.export.service import ExportRequest, plan_export, run_export
    from grouptui.store.office_docs import number_briefing

    app = screen.app
    book = screen.book
    try:
        number, _new = number_briefing(book, record_id)
        folder = Path(book.path).resolve().parent
        request = ExportRequest(what="briefing", out=folder, record=record_id)
        plan = plan_export(book, request)
    except UserFacingError as exc:
        screen.notify(exc.message(), severity="error", markup=False)
        return

    def run() -> None:
        try:
            [path] = run_export(book, request, plan=plan)
        except UserFacingError as exc:
            app.call_from_thread(screen.notify, exc.message(), severity="error", markup=False)
            return
        message = t("rec_briefing_written", n=number, path=path)
        app.call_from_thread(screen.notify, message, markup=False)

    screen.run_worker(run, thread=True, exclusive=True, group="briefing")


class EvaluationPanel(BookAccess, Vertical):
    """The ballots on each deputy at the 述职 record ``record_id`` (None: not saved yet)."""

    DEFAULT_CSS = """
    EvaluationPanel { height: auto; }
    EvaluationPanel .section { padding: 1 0 0 0; text-style: bold; }
    EvaluationPanel .hint { color: $text-muted; }
    EvaluationPanel DataTable { height: auto; max-height: 16; }
    """

    def __init__(self, record_id: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.record_id = record_id

    def compose(self) -> ComposeResult:
        yield Label(t("ev_section"), classes="section")
        yield Static(t("ev_hint"), classes="hint", markup=False)
        yield FitTable(id="evaluation", cursor_type="row", zebra_stripes=True)
        yield Static("", id="evaluation_rules", classes="hint", markup=False)

    def on_mount(self) -> None:
        self.reload()

    def _rules(self) -> Thresholds:
        from grouptui.store.checks import book_rules

        return Thresholds.from_rules(book_rules(self.book))

    def reload(self, select: str | None = None) -> None:
        """Fill the table from the book: the deputies who took part, with their ballots."""
        from grouptui.export import evaluation_table
        from grouptui.store.office_docs import votes_of
        from grouptui.store.records import marks_of

        book = self.book
        rules = self._rules()
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for title in evaluation_table.columns(rules):
            table.add_column(Text(title))
        ids: list[str] = []
        if self.record_id and book.records.get(self.record_id) is not None:
            marks = marks_of(book, self.record_id)
            votes = votes_of(book, self.record_id)
            names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
            taking_part = [d for d, m in marks.items() if m.status in ("present", "late")]
            ids = sorted({*taking_part, *votes}, key=lambda d: names.get(d, d))
            for deputy_id in ids:
                cells = evaluation_table.row(
                    names.get(deputy_id, deputy_id), votes.get(deputy_id, Votes()), rules
                )
                table.add_row(*(Text(c) for c in cells), key=deputy_id)
        if select in ids:
            table.move_cursor(row=ids.index(select))
        empty = t("ev_none") if not ids else ""
        self.query_one("#evaluation_rules", Static).update(
            "\n".join(p for p in (empty, evaluation_table.rules_line(rules)) if p)
        )

    def set_record(self, record_id: str) -> None:
        """The record was saved (perhaps for the first time): show its deputies."""
        self.record_id = record_id
        if self.is_mounted:  # else it reads them when it is built
            self.reload()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.edit(str(event.row_key.value))

    def edit(self, deputy_id: str) -> None:
        """Open the dialog for the ballots on ``deputy_id``."""
        from grouptui.store.office_docs import votes_of

        book = self.book
        rec = book.records.get(self.record_id) if self.record_id else None
        if rec is None or rec.form != "report_to_voters":
            self.notify(t("ev_save_first"), severity="warning", markup=False)
            return
        if not self.ensure_writable():
            return
        rules = self._rules()
        lang = get_language()
        words = [grade_word(g, rules.scale, lang) for g in ("good", "basic", "poor")]
        current = votes_of(book, rec.id).get(deputy_id, Votes())
        fields = [
            Field(key, word, value=str(getattr(current, key)))
            for key, word in zip(("good", "basic", "poor"), words, strict=True)
        ]
        deputy = book.deputies.get(deputy_id)
        name = deputy.name if deputy is not None else deputy_id

        def submit(values: dict[str, Any]) -> Votes:
            from grouptui.store.office_docs import set_votes

            votes = Votes(
                **{k: parse_count(values[k], w) for k, w in zip(values, words, strict=True)}
            )
            set_votes(book, rec.id, deputy_id, votes)
            return votes

        def done(result: Votes | None) -> None:
            if result is not None:
                self.reload(select=deputy_id)
                self.notify(t("ev_saved", name=name, total=result.total), markup=False)

        self.app.push_screen(FormDialog(t("ev_dialog", name=name), fields, submit), done)
