"""The follow-up items (追踪) of the record form: a table, F4 adds one, Enter edits, Del
removes; they are saved with the record (Ctrl+S)."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.widgets import DataTable

from grouptui.domain.models import ActivityRecord, FollowUp
from grouptui.domain.vocab import FOLLOWUP_STATUS, label
from grouptui.i18n import fmt_date, get_language
from grouptui.screens.record_parts import followup_dialog
from grouptui.widgets.book_screen import BookScreen


class FollowUpsPart(BookScreen[None]):
    """The follow-up part of :class:`grouptui.screens.record.RecordScreen` (its base)."""

    record: ActivityRecord | None
    followups: list[FollowUp]
    removed_followups: list[str]

    def _fill_followups(self) -> None:
        table = self.query_one("#followups", DataTable)
        table.clear()
        lang = get_language()
        for item in self.followups:
            table.add_row(
                Text(item.what),
                Text(item.responsible),
                Text(fmt_date(item.due)),
                Text(label(FOLLOWUP_STATUS, item.status, lang)),
                Text(item.result),
                key=item.id,
            )

    # Follow-ups -----------------------------------------------------------------------

    def action_add_followup(self) -> None:
        """Add a follow-up item (saved with the record)."""
        rec = self.record
        assert rec is not None
        self._edit_followup(FollowUp(record_id=rec.id, what=""))

    @on(DataTable.RowSelected, "#followups")
    def _followup_selected(self, event: DataTable.RowSelected) -> None:
        for item in self.followups:
            if item.id == event.row_key.value:
                self._edit_followup(item)

    @work
    async def _edit_followup(self, item: FollowUp) -> None:
        result = await self.app.push_screen_wait(followup_dialog(item))
        if result is None:
            return
        ids = [f.id for f in self.followups]
        if result.id in ids:
            self.followups[ids.index(result.id)] = result
        else:
            self.followups.append(result)
        self._fill_followups()

    def on_key(self, event) -> None:
        table = self.query_one("#followups", DataTable)
        if event.key in ("delete",) and table.has_focus and table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self.followups = [f for f in self.followups if f.id != key]
            self.removed_followups.append(str(key))
            self._fill_followups()
            event.stop()
