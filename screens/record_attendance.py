"""The attendance part of :class:`grouptui.screens.record.RecordScreen` (a base of it):
each deputy's mark, the leave's reason and approver, and the training's attendees.

Marks live in ``self.marks`` (deputy id -> :class:`grouptui.store.records.Mark`, None for
unmarked) until Ctrl+S saves the record; the screen owns that dict, this part edits it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import on
from textual.widgets import DataTable, Input

from grouptui.domain.records import next_mark
from grouptui.domain.vocab import ATTENDANCE, label
from grouptui.i18n import get_language, t
from grouptui.screens.record_followups import FollowUpsPart
from grouptui.screens.record_parts import AttendanceTable, leave_dialog
from grouptui.screens.record_training import attendees_of


class AttendancePart(FollowUpsPart):
    """Marks, leave and attendees of the record form (its state is the screen's)."""

    marks: dict[str, Any]
    deputy_order: list[str]
    training: Any
    _highlighted: str | None

    def _mark_cells(self, deputy_id: str, name: str) -> list[Text]:
        mark = self.marks.get(deputy_id)
        if mark is None:
            return [Text(name), Text(t("record_unmarked"), style="dim"), Text(""), Text("")]
        return [
            Text(name),
            Text(label(ATTENDANCE, mark.status, get_language())),
            Text(mark.leave_reason),
            Text(mark.approved_by),
        ]

    # Attendance -----------------------------------------------------------------------

    @on(AttendanceTable.Mark)
    def _mark(self, event: AttendanceTable.Mark) -> None:
        from grouptui.store.records import Mark

        old = self.marks.get(event.row_key)
        if event.what == "":
            self.marks[event.row_key] = None
        else:
            status = next_mark(old.status if old else None) if event.what == "cycle" else event.what
            self.marks[event.row_key] = Mark(
                status, old.leave_reason if old else "", old.approved_by if old else ""
            )
        self._refresh_row(event.row_key)
        self._load_leave_inputs(event.row_key)
        self.training.set_attendees(attendees_of(self.marks, self.deputy_order))
        if event.what == "leave":
            self._ask_leave(event.row_key)

    def _ask_leave(self, deputy_id: str) -> None:
        """Leave is granted for a reason by someone: ask both (either may stay empty)."""
        mark = self.marks.get(deputy_id)
        if mark is None:
            return
        name = str(self.query_one(AttendanceTable).get_cell(deputy_id, "name"))

        def done(values: dict[str, str] | None) -> None:
            current = self.marks.get(deputy_id)
            if values is None or current is None or current.status != "leave":
                return
            self.marks[deputy_id] = replace(
                current,
                leave_reason=values["leave_reason"].strip(),
                approved_by=values["approved_by"].strip(),
            )
            self._refresh_row(deputy_id)
            self._load_leave_inputs(deputy_id)

        self.app.push_screen(leave_dialog(name, mark.leave_reason, mark.approved_by), done)

    def _refresh_row(self, deputy_id: str) -> None:
        table = self.query_one(AttendanceTable)
        name = table.get_cell(deputy_id, "name")
        for column, cell in zip(
            ("name", "mark", "reason", "approved"),
            self._mark_cells(deputy_id, str(name)),
            strict=True,
        ):
            table.update_cell(deputy_id, column, cell)

    @on(DataTable.RowHighlighted, "#attendance")
    def _row(self, event: DataTable.RowHighlighted) -> None:
        self._highlighted = str(event.row_key.value)
        self._load_leave_inputs(self._highlighted)

    def _load_leave_inputs(self, deputy_id: str) -> None:
        mark = self.marks.get(deputy_id)
        for field, value in (
            ("#leave_reason", mark.leave_reason if mark else ""),
            ("#approved_by", mark.approved_by if mark else ""),
        ):
            widget = self.query_one(field, Input)
            if widget.value != value:
                with widget.prevent(Input.Changed):
                    widget.value = value

    @on(Input.Changed, "#leave_reason, #approved_by")
    def _leave_typed(self, event: Input.Changed) -> None:
        key = self._highlighted
        mark = self.marks.get(key) if key else None
        if key is None or mark is None:
            return
        field = "leave_reason" if event.input.id == "leave_reason" else "approved_by"
        self.marks[key] = replace(mark, **{field: event.value})
        self._refresh_row(key)
