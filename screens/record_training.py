"""Training on a study record (学习培训), as a part of the record form: the training's kind
(初任 / 履职 / 专题 / 其他) and length in days, and each attending deputy's assessment
(试卷答题 or 撰写心得体会, handed in or not, result).

Like the rest of the form, nothing is written until Ctrl+S: the record screen then calls
:meth:`TrainingPanel.write` inside the same transaction as the record and its attendance,
which goes through :mod:`grouptui.store.training`; a refused value (40 days) rolls the
whole save back and the book stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Label, Select, Static

from grouptui.domain.models import ActivityRecord
from grouptui.domain.records import ATTENDED
from grouptui.domain.training import ASSESSMENT_KINDS
from grouptui.domain.vocab import TRAINING_KINDS, label
from grouptui.i18n import get_language, t
from grouptui.navigation import Key, install_keys
from grouptui.screens.duty_forms import fit
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.form_dialog import Field, FormDialog

if TYPE_CHECKING:
    from grouptui.store.book import Book

#: Widest result shown in the table, in terminal cells.
CELL = 30


@dataclass(frozen=True)
class Assessment:
    """One deputy's assessment as the form holds it."""

    kind: str = ""
    done: bool = False
    result: str = ""


def days_text(days: float) -> str:
    """A training length as typed back: "1.5", "" when unknown."""
    return f"{days:g}" if days else ""


class AssessmentTable(FitTable):
    """The attending deputies' assessments: Enter edits one, Space flips "handed in"."""

    KEYS = (Key("assessment_done", "space", "toggle_done", "rt_key_toggle_done"),)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        install_keys(self, self.KEYS)

    def action_toggle_done(self) -> None:
        """Flip "handed in" of the highlighted deputy."""
        if self.row_count:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
            self.query_ancestor(TrainingPanel).toggle_done(str(key))


class TrainingPanel(Vertical):
    """Kind, days and assessments of the study record ``record``."""

    DEFAULT_CSS = """
    TrainingPanel { height: auto; }
    TrainingPanel .section { padding: 1 0 0 0; text-style: bold; }
    TrainingPanel .hint { color: $text-muted; }
    TrainingPanel .row { height: 1; margin-bottom: 1; }
    TrainingPanel .row Label { width: 12; }
    TrainingPanel #training_kind { width: 24; margin-right: 2; }
    TrainingPanel #training_days { width: 8; }
    TrainingPanel AssessmentTable { height: auto; max-height: 14; }
    TrainingPanel #assessments_empty { color: $text-muted; }
    """

    def __init__(
        self,
        record: ActivityRecord,
        assessments: dict[str, Assessment],
        names: dict[str, str],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        #: the training kind and days as saved (what the form started from).
        self.saved_kind = record.training_kind
        self.saved_days = days_text(record.training_days)
        #: what the fields hold (kept here too, so the state is known before mounting).
        self.kind = self.saved_kind
        self.days = self.saved_days
        #: assessments by deputy id: as saved, and as the form holds them.
        self.saved_assessments = dict(assessments)
        self.assessments = dict(assessments)
        self.names = names
        #: deputy ids that attend (present or late), in roster order.
        self.attendees: list[str] = []

    def compose(self) -> ComposeResult:
        lang = get_language()
        yield Label(t("rt_section_training"), classes="section")
        with Horizontal(classes="row"):
            yield Label(t("rt_field_kind"))
            yield Select(
                [(Text(label(TRAINING_KINDS, k, lang)), k) for k in TRAINING_KINDS],
                value=self.kind if self.kind in TRAINING_KINDS else Select.NULL,
                prompt=t("rt_kind_unset"),
                id="training_kind",
                compact=True,
            )
            yield Label(t("rt_field_days"))
            yield Input(
                self.days,
                placeholder=t("hint_not_set"),
                id="training_days",
                compact=True,
                select_on_focus=False,
            )
        yield Static(t("rt_assessments_hint"), classes="hint", markup=False)
        table = AssessmentTable(id="assessments")
        for key in ("deputy", "way", "done", "result"):
            table.add_column(t(f"rt_col_{key}"), key=key)
        yield table
        yield Static(t("rt_assessments_none"), id="assessments_empty", markup=False)

    def on_mount(self) -> None:
        self._fill()

    # State ----------------------------------------------------------------------------

    def state(self) -> tuple:
        """What the panel holds, for the form's "unsaved changes" check."""
        shown = {d: self.assessments.get(d, Assessment()) for d in self.attendees}
        return (self.kind, self.days.strip(), sorted(shown.items()))

    def set_attendees(self, attendees: list[str]) -> None:
        """The deputies marked present or late changed: one row each."""
        if attendees == self.attendees:
            return
        self.attendees = list(attendees)
        if self.is_mounted:
            self._fill()

    @on(Select.Changed, "#training_kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        self.kind = "" if event.value is Select.NULL else str(event.value)

    @on(Input.Changed, "#training_days")
    def _days_changed(self, event: Input.Changed) -> None:
        self.days = event.value

    # The table ------------------------------------------------------------------------

    def _cells(self, deputy_id: str) -> list[Text]:
        item = self.assessments.get(deputy_id, Assessment())
        lang = get_language()
        return [
            Text(self.names.get(deputy_id, deputy_id)),
            Text(label(ASSESSMENT_KINDS, item.kind, lang) if item.kind else "-"),
            Text(t("rt_done") if item.done else t("rt_not_done")),
            Text(fit(item.result, CELL)),
        ]

    def _fill(self) -> None:
        table = self.query_one(AssessmentTable)
        keep = table.cursor_row
        table.clear()
        for deputy_id in self.attendees:
            table.add_row(*self._cells(deputy_id), key=deputy_id)
        if self.attendees:
            table.move_cursor(row=min(keep, len(self.attendees) - 1))
        self.query_one("#assessments_empty", Static).display = not self.attendees

    def _refresh_row(self, deputy_id: str) -> None:
        table = self.query_one(AssessmentTable)
        for column, cell in zip(
            ("deputy", "way", "done", "result"), self._cells(deputy_id), strict=True
        ):
            table.update_cell(deputy_id, column, cell)

    def toggle_done(self, deputy_id: str) -> None:
        """Flip whether ``deputy_id`` handed the assessment in."""
        item = self.assessments.get(deputy_id, Assessment())
        self.assessments[deputy_id] = replace(item, done=not item.done)
        self._refresh_row(deputy_id)

    @on(DataTable.RowSelected, "#assessments")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.edit(str(event.row_key.value))

    def edit(self, deputy_id: str) -> None:
        """Open the assessment of ``deputy_id`` in a dialog (kept until the form is saved)."""
        lang = get_language()
        item = self.assessments.get(deputy_id, Assessment())
        ways = [(label(ASSESSMENT_KINDS, k, lang), k) for k in ASSESSMENT_KINDS]
        fields = [
            Field("kind", t("rt_col_way"), "select", item.kind, ways, allow_blank=True),
            Field("done", t("rt_field_done"), "checkbox", item.done),
            Field("result", t("rt_col_result"), value=item.result),
        ]

        def submit(values: dict[str, Any]) -> Assessment:
            return Assessment(values["kind"] or "", bool(values["done"]), values["result"])

        def done(result: Assessment | None) -> None:
            if result is not None:
                self.assessments[deputy_id] = result
                self._refresh_row(deputy_id)

        title = t("rt_assessment_title", name=self.names.get(deputy_id, deputy_id))
        self.app.push_screen(FormDialog(title, fields, submit), done)

    # Saving ---------------------------------------------------------------------------

    def write(self, book: Book, record_id: str) -> None:
        """Write what changed through the training service (call inside the form's
        transaction, after the record and its attendance are saved)."""
        from grouptui.store.training import set_assessment, set_training

        kind = self.kind if self.kind != self.saved_kind else None
        days = self.days.strip() if self.days.strip() != self.saved_days else None
        if kind is not None or days is not None:
            set_training(book, record_id, kind=kind, days=days)
        for deputy_id in self.attendees:
            item = self.assessments.get(deputy_id, Assessment())
            if item == self.saved_assessments.get(deputy_id, Assessment()):
                continue
            set_assessment(
                book, record_id, deputy_id, kind=item.kind, done=item.done, result=item.result
            )

    def saved(self, record: ActivityRecord, assessments: dict[str, Assessment]) -> None:
        """The form was saved: show what is on disk now (the service cleans what it keeps)."""
        self.saved_kind = self.kind = record.training_kind
        self.saved_days = self.days = days_text(record.training_days)
        self.saved_assessments = dict(assessments)
        self.assessments = dict(assessments)
        if not self.is_mounted:
            return  # built later, from these
        days = self.query_one("#training_days", Input)
        if days.value != self.days:
            with days.prevent(Input.Changed):
                days.value = self.days
        self._fill()


def assessments_of(book: Book, record_id: str | None) -> dict[str, Assessment]:
    """The assessments recorded at ``record_id``, by deputy id."""
    if not record_id:
        return {}
    from grouptui.store.records import attendance_of

    return {
        a.deputy_id: Assessment(a.assessment, a.assessment_done, a.assessment_result)
        for a in attendance_of(book, record_id)
        if a.assessment or a.assessment_done or a.assessment_result
    }


def attendees_of(marks: dict, order: list[str]) -> list[str]:
    """The deputies of ``order`` whose mark in ``marks`` counts as attending."""
    return [d for d in order if (m := marks.get(d)) is not None and m.status in ATTENDED]
