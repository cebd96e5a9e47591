"""One activity record, every field the record book asks for (DOMAIN.md "One activity
record"): date and time span, place, form, theme, organiser, recorder, plan item;
attendance (one key per deputy); minutes, voters' opinions, problems, summary, follow-ups,
suggestions formed, briefing sent.

Nothing is written until Ctrl+S; then the record, its attendance, the duty entries the
attendance makes and its follow-ups are saved in one atomic write by
:func:`grouptui.store.records.save_record`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import (
    Checkbox,
    DataTable,
    Input,
    Label,
    Select,
    Static,
    TextArea,
)

from grouptui.domain.codec import to_doc
from grouptui.domain.models import ActivityRecord, FollowUp
from grouptui.domain.record_fields import Kind, Part, RecordField, fields
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import fmt_date, get_language, t
from grouptui.navigation import Key
from grouptui.screens.record_attendance import AttendancePart
from grouptui.screens.record_documents import BRIEFING_KEY, EvaluationPanel, write_briefing
from grouptui.screens.record_parts import AttendanceTable, MinutesArea, WrappedArea
from grouptui.screens.record_training import TrainingPanel, assessments_of, attendees_of
from grouptui.screens.record_voters import VotersPanel
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar

#: The long texts after which the form puts the follow-ups table (the suggestions formed
#: come out of them); the texts themselves are the fields of ``record_fields``.
FOLLOWUPS_BEFORE = "suggestions_formed"
#: Long texts usually pasted whole: their area breaks very long paragraphs.
PASTED = ("minutes", "suggestions_formed")
#: Fields with an input of their own on the form (the span's two times, the recorder
#: with its roster suggestions); every other one-line field gets a row of its own.
_OWN_INPUTS = ("start", "end", "recorder")


def line_fields() -> list[RecordField]:
    """The one-line text fields of the form's head: a required one first (the theme, where
    the cursor starts), then the table's order."""
    lines = [f for f in fields(Part.HEAD) if f.kind is Kind.LINE]
    return sorted(lines, key=lambda f: not f.empty)


class RecordScreen(AttendancePart):
    """Create (``record_id=None``) or edit one activity record."""

    DEFAULT_CSS = """
    RecordScreen #record_form { padding: 0 1; scrollbar-gutter: stable; }
    RecordScreen .row { height: 1; margin-bottom: 1; }
    RecordScreen .row Label { width: 12; }
    RecordScreen .row Input { width: 1fr; }
    RecordScreen .row .time { width: 13; margin-right: 2; }
    RecordScreen .row .short { width: 8; margin-right: 1; }
    RecordScreen .row Select { width: 1fr; }
    RecordScreen .section { padding: 1 0 0 0; text-style: bold; }
    RecordScreen #form_parts { height: auto; }
    RecordScreen .hint { color: $text-muted; }
    RecordScreen TextArea { height: 8; }
    RecordScreen #minutes { height: 14; }
    RecordScreen DataTable { height: auto; max-height: 16; }
    """

    #: the cursor starts in the theme (focused as the screen is built: focusing another
    #: widget first would restyle the whole form twice)
    AUTO_FOCUS = "#theme"

    KEYS = (
        Key("record_save", "ctrl+s", "save", "rec_save", priority=True),
        Key("record_leave", "escape", "leave", "rec_back"),
        Key("record_add_followup", "f4", "add_followup", "rec_add_followup"),
        BRIEFING_KEY,
    )

    def __init__(self, record_id: str | None = None, draft: ActivityRecord | None = None) -> None:
        """Edit record ``record_id``, or a new one: ``draft`` (say, made from a plan item)
        or an empty one. A new record is written by its first save, never before."""
        super().__init__()
        self.record_id = record_id
        self._draft = draft
        self.record: ActivityRecord | None = None
        self.marks: dict = {}
        self.saved_marks: dict = {}
        self.followups: list[FollowUp] = []
        self.removed_followups: list[str] = []
        self._highlighted: str | None = None

    # Building -------------------------------------------------------------------------

    def _load(self) -> None:
        from grouptui.store.records import followups_of, marks_of

        book = self.book
        if self.record_id:
            self.record = book.records.find(self.record_id)
            self.marks = marks_of(book, self.record.id)
            self.followups = followups_of(book, self.record.id)
        else:
            from grouptui.store.records import usual_recorder

            if self._draft is not None:
                self.record = self._draft
            else:
                today = self.today()
                year = book.meta.year
                day = today if today.year == year else date(year, 1, 1)
                self.record = ActivityRecord(date=day, form="other", theme="")
            if not self.record.recorder:
                self.record = replace(self.record, recorder=usual_recorder(book))
        self.saved_marks = dict(self.marks)
        # The parts only some forms have (shown when the form is chosen).
        self.deputy_order = [d.id for d in book.deputies.all() if d.active or d.id in self.marks]
        names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
        self.training = TrainingPanel(
            self.record, assessments_of(book, self.record_id), names, id="training"
        )
        self.training.set_attendees(attendees_of(self.marks, self.deputy_order))
        self.voters_panel = VotersPanel(self.record_id, id="voters_panel")
        self.evaluation_panel = EvaluationPanel(self.record_id, id="evaluation_panel")
        self._original = self._snapshot(self.record)

    def compose(self) -> ComposeResult:
        if not self.has_book:
            # No book yet (first run): say so instead of failing.
            yield Static(t("book_no_default"), markup=False)
            return
        self._load()
        rec = self.record
        assert rec is not None
        book = self.book
        lang = get_language()
        deputies = book.deputies.all()
        names = {d.id: d.name for d in deputies}
        yield TitleBar()
        with VerticalScroll(id="record_form"):
            with Horizontal(classes="row"):
                yield Label(t("rec_field_date"))
                yield Input(
                    rec.date.isoformat(),
                    id="date",
                    classes="time",
                    compact=True,
                    select_on_focus=False,
                )
                yield Label(t("rec_field_span"))
                hint = t("rec_time_hint")
                yield Input(
                    rec.start,
                    id="start",
                    placeholder=hint,
                    classes="short",
                    compact=True,
                    select_on_focus=False,
                )
                yield Input(
                    rec.end,
                    id="end",
                    placeholder=hint,
                    classes="short",
                    compact=True,
                    select_on_focus=False,
                )
            with Horizontal(classes="row"):
                yield Label(t("rec_field_form"))
                yield Select(
                    [(Text(label(FORMS, k, lang)), k) for k in FORMS],
                    value=rec.form if rec.form in FORMS else "other",
                    allow_blank=False,
                    id="form",
                    compact=True,
                )
            for f in line_fields():
                with Horizontal(classes="row"):
                    yield Label(t(f.label))
                    yield Input(
                        getattr(rec, f.name), id=f.name, compact=True, select_on_focus=False
                    )
            with Horizontal(classes="row"):
                yield Label(t("rec_field_recorder"))
                yield Input(
                    names.get(rec.recorder, rec.recorder),
                    id="recorder",
                    compact=True,
                    select_on_focus=False,
                    suggester=SuggestFromList(
                        [d.name for d in deputies if d.active]
                        + ([rec.recorder] if rec.recorder and rec.recorder not in names else [])
                    ),
                )
            with Horizontal(classes="row"):
                yield Label(t("rec_field_plan"))
                plans = sorted(book.plan.all(), key=lambda p: (p.quarter, p.month or 0))
                yield Select(
                    [(Text(f"{t(f'quarter_{p.quarter}')} {p.title}"), p.id) for p in plans],
                    value=rec.plan_id if any(p.id == rec.plan_id for p in plans) else Select.NULL,
                    prompt=t("rec_no_plan"),
                    id="plan",
                    compact=True,
                )
            yield Label(t("rec_section_attendance"), classes="section")
            yield Label(t("rec_attendance_hint"), classes="hint")
            yield AttendanceTable(id="attendance", cursor_type="row", zebra_stripes=True)
            with Horizontal(classes="row"):
                yield Label(t("rec_field_leave_reason"))
                yield Input("", id="leave_reason", compact=True, select_on_focus=False)
                yield Label(t("rec_field_approved_by"))
                yield Input("", id="approved_by", compact=True, select_on_focus=False)
            with Vertical(id="form_parts"):
                yield from self._form_parts(rec.form)
            for f in fields(Part.TEXT):
                if f.name == FOLLOWUPS_BEFORE:
                    yield Label(t("rec_section_followups"), classes="section")
                    yield Label(t("rec_followups_hint"), classes="hint")
                    yield FitTable(id="followups", cursor_type="row")
                yield Label(t(f.label), classes="section")
                cls = MinutesArea if f.name in PASTED else WrappedArea
                yield cls(getattr(rec, f.name), id=f.name, soft_wrap=True)
            yield Checkbox(t("rec_field_briefing"), rec.briefing_sent, id="briefing_sent")
        yield KeyFooter()

    def on_mount(self) -> None:
        if not self.has_book:
            return
        table = self.query_one(AttendanceTable)
        table.add_column(t("rec_col_deputy"), key="name")
        table.add_column(t("rec_col_mark"), key="mark")
        table.add_column(t("rec_field_leave_reason"), key="reason")
        table.add_column(t("rec_field_approved_by"), key="approved")
        book = self.book
        for deputy in book.deputies.all():
            if deputy.active or deputy.id in self.marks:
                table.add_row(*self._mark_cells(deputy.id, deputy.name), key=deputy.id)
        fu = self.query_one("#followups", DataTable)
        for key in ("what", "responsible", "due", "status", "result"):
            fu.add_column(t(f"rec_followup_{key}"), key=key)
        self._fill_followups()
        self._show_form_parts(str(self.query_one("#form", Select).value))
        self._set_title()

    def _form_parts(self, form: str) -> list[Widget]:
        """The parts only some forms have: training for a study record, the voters received
        for a voter reception, the ballots for a 述职 (report to voters); none for the rest.
        """
        parts = {
            "study": self.training,
            "voter_reception": self.voters_panel,
            "report_to_voters": self.evaluation_panel,
        }
        return [parts[form]] if form in parts else []

    def _show_form_parts(self, form: str) -> None:
        """Show the part of ``form``, hide the others. A part is built the first time its
        form is chosen, not before: most records have none, and building all three (two
        read the book) was a sixth of the form's opening (issue 15). Their state lives
        on the panel objects, mounted or not, so nothing typed depends on it."""
        wanted = self._form_parts(form)
        for panel in (self.training, self.voters_panel, self.evaluation_panel):
            if panel.is_attached:
                panel.display = panel in wanted
        missing = [panel for panel in wanted if not panel.is_attached]
        if missing:
            self.query_one("#form_parts", Vertical).mount_all(missing)

    @on(Select.Changed, "#form")
    def _form_changed(self, event: Select.Changed) -> None:
        self._show_form_parts(str(event.value))

    def _set_title(self) -> None:
        rec = self.record
        if self.record_id and rec is not None:
            self.sub_title = f"{fmt_date(rec.date)} {rec.theme}"
        else:
            self.sub_title = t("rec_new_title")

    @on(MinutesArea.LinesBroken)
    def _lines_broken(self) -> None:
        self.notify(t("rec_lines_broken"), markup=False)

    # Saving ---------------------------------------------------------------------------

    def collect(self) -> ActivityRecord:
        """The record as the form shows it now (not validated; names not resolved)."""
        from grouptui.domain.records import RecordError

        rec = self.record
        assert rec is not None
        values: dict = {}
        typed = [*_OWN_INPUTS, *(f.name for f in line_fields())]
        for name in typed:
            values[name] = self.query_one(f"#{name}", Input).value
        text = self.query_one("#date", Input).value.strip()
        try:
            values["date"] = date.fromisoformat(text)
        except ValueError:
            raise RecordError("bad_date", value=text) from None
        for f in fields(Part.TEXT):
            values[f.name] = self.query_one(f"#{f.name}", TextArea).text
        values["form"] = str(self.query_one("#form", Select).value)
        plan = self.query_one("#plan", Select).value
        values["plan_id"] = "" if plan is Select.NULL else str(plan)
        values["briefing_sent"] = self.query_one("#briefing_sent", Checkbox).value
        return replace(rec, **values)

    def _snapshot(self, rec: ActivityRecord) -> tuple:
        doc = to_doc(rec)
        book = self.book
        names = {d["id"]: d.get("name") for d in book.deputies.docs(True)}
        doc["recorder"] = names.get(doc["recorder"], doc["recorder"])
        return (
            doc,
            dict(self.marks),
            [to_doc(f) for f in self.followups],
            self.training.state(),
        )

    def has_unsaved_changes(self) -> bool:
        """Whether the form differs from what is saved (a new record: from what it opened
        with)."""
        from grouptui.domain.records import RecordError

        try:
            return self._snapshot(self.collect()) != self._original
        except RecordError:  # a date that is no date: typed here, so the form was changed
            return True

    def action_save(self) -> None:
        """Check the form and save everything in one write."""
        self._save_flow()

    @work
    async def _save_flow(self) -> bool:
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.records import person_ref

        book = self.book
        try:
            rec = self.collect()
            # a deputy's name links the deputy; anyone else (the liaison officer) is kept
            # as typed, without joining the roster
            rec = replace(rec, recorder=person_ref(book, rec.recorder))
            saved = self._write(rec)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return False
        self.record, self.record_id = saved, saved.id
        self.followups = [replace(f, record_id=saved.id) for f in self.followups]
        self.saved_marks = dict(self.marks)
        self.removed_followups = []
        book = self.book
        self.training.saved(saved, assessments_of(book, saved.id))
        self.voters_panel.set_record(saved.id)
        self.evaluation_panel.set_record(saved.id)
        self._original = self._snapshot(saved)
        self._set_title()
        self.notify(t("rec_saved"), markup=False)
        return True

    def _write(self, rec: ActivityRecord) -> ActivityRecord:
        from grouptui.store.records import save_record

        book = self.book
        changed = {k: v for k, v in self.marks.items() if self.saved_marks.get(k) != v}
        with book.transaction():
            saved = save_record(
                book,
                rec,
                marks=changed,
                followups=[replace(f, record_id=rec.id) for f in self.followups],
            )
            for fid in self.removed_followups:
                if book.followups.get(fid) is not None:
                    book.followups.delete(fid)
            if saved.form == "study":
                self.training.write(book, saved.id)
                saved = book.records.get(saved.id) or saved
        return saved

    def action_briefing(self) -> None:
        """Write the saved record's briefing (numbering it first if it has no number)."""
        if not self.record_id or self.has_unsaved_changes():
            self.notify(t("rec_briefing_save_first"), severity="warning", markup=False)
            return
        if self.ensure_writable():
            write_briefing(self, self.record_id)
