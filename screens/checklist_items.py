"""The checklist's keys on a plan item: add, edit, move, postpone, mark, open or start
its record. Every write goes through :mod:`grouptui.store.plan`; a value the plan service
refuses is said under the dialog's fields, or in one notice, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual.widgets import TabbedContent

from grouptui.domain.checklist import ItemStanding, item_date, record_draft
from grouptui.domain.errors import UserFacingError
from grouptui.domain.quarters import quarter_of
from grouptui.domain.vocab import PLAN_STATUS, label
from grouptui.i18n import get_language, t
from grouptui.screens.checklist_dialogs import (
    ItemValues,
    parse_dialog_values,
    plan_item_dialog,
    when_dialog,
)
from grouptui.widgets.book_screen import BookScreen


class ItemActions(BookScreen[None]):
    """The actions of the checklist screen on its selected plan item."""

    def selected(self) -> ItemStanding | None:
        """The item under the cursor (the checklist screen knows its tables)."""
        raise NotImplementedError

    def _quarter(self) -> int | None:
        raise NotImplementedError

    def refresh_all(self, keep: str | None = None) -> None:
        """Re-read the book and redraw the screen."""
        raise NotImplementedError

    # Actions --------------------------------------------------------------------------

    def _writable(self) -> bool:
        return self.ensure_writable()

    def _need_item(self) -> ItemStanding | None:
        standing = self.selected()
        if standing is None:
            self.notify(t("checklist_no_item"), severity="warning", markup=False)
        return standing

    def action_add(self) -> None:
        """A new item in the active quarter."""
        if not self._writable():
            return
        from grouptui.store.plan import add_item

        created: list[str] = []

        def save(values: ItemValues) -> None:
            args = parse_dialog_values(values)
            item = add_item(
                self.book,
                quarter=args["quarter"],
                form=args["form"],
                title=args["title"],
                month=args["month"],
                day=args["date"],
                content=args["content"],
                organiser=args["organiser"],
            )
            created.append(item.id)

        def done(saved: bool | None) -> None:
            if saved and created:
                self._after_write(created[-1], t("checklist_added"))

        year = self.book.meta.year
        dialog = plan_item_dialog(year=year, save=save, quarter=self._quarter() or 1)
        self.app.push_screen(dialog, done)

    def action_edit(self) -> None:
        """Edit the selected item."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.store.plan import edit_item

        item = standing.item

        def save(values: ItemValues) -> None:
            args = parse_dialog_values(values)
            changes: dict[str, Any] = {
                "quarter": args["quarter"],
                "form": args["form"],
                "title": args["title"],
                "content": args["content"],
                "organiser": args["organiser"],
            }
            if args["date"] is not None:
                changes["date"] = args["date"]
                if args["month"] is not None:
                    changes["month"] = args["month"]
            elif args["month"] is not None:
                changes["month"] = args["month"]
            else:
                changes["date"] = None
                changes["month"] = None
            edit_item(self.book, item.id, **changes)

        def done(saved: bool | None) -> None:
            if saved:
                self._after_write(item.id, t("checklist_saved"))

        year = self.book.meta.year
        self.app.push_screen(plan_item_dialog(year=year, save=save, item=item), done)

    def action_move(self) -> None:
        """Move the selected item to another quarter, asking its date there."""
        self._ask_when("checklist_move_title", next_quarter=True)

    def action_postpone(self) -> None:
        """Mark the selected item postponed, asking its new date."""
        self._ask_when("checklist_postpone_title", status="postponed")

    def _ask_when(self, title: str, *, next_quarter: bool = False, status: str = "") -> None:
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.store.plan import edit_item

        item = standing.item
        moved: list[int] = []

        def save(quarter: int, day: date | None) -> None:
            changes: dict[str, Any] = {"quarter": quarter, "date": day, "month": None}
            if day is not None:
                changes["month"] = day.month
            if status:
                changes["status"] = status
            edit_item(self.book, item.id, **changes)
            moved.append(quarter)

        def done(saved: bool | None) -> None:
            if not saved or not moved:
                return
            quarter = moved[-1]
            self.query_one("#quarters", TabbedContent).active = f"q{quarter}"
            if status:
                word = label(PLAN_STATUS, status, get_language())
                self._after_write(item.id, t("checklist_status_set", status=word))
            else:
                self._after_write(item.id, t("checklist_moved", quarter=quarter))

        quarter = item.quarter % 4 + 1 if next_quarter else item.quarter
        dialog = when_dialog(
            title=t(title, title=item.title),
            year=self.book.meta.year,
            item=item,
            quarter=quarter,
            save=save,
        )
        self.app.push_screen(dialog, done)

    def action_status(self, status: str) -> None:
        """Mark the selected item done, cancelled or planned again."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.store.plan import set_status

        item = standing.item
        if self._try(lambda: set_status(self.book, item.id, status)):
            word = label(PLAN_STATUS, status, get_language())
            self._after_write(item.id, t("checklist_status_set", status=word))

    def action_open_record(self) -> None:
        """Open the record that carries out the selected item (the latest if several)."""
        standing = self._need_item()
        if standing is None:
            return
        if not standing.records:
            key = "checklist_record_deleted" if standing.deleted_records else "checklist_no_record"
            self.notify(t(key), severity="warning", markup=False)
            return
        self.open_record(standing.records[-1].id)

    def open_record(self, record_id: str) -> None:
        """Show a record in the record screen."""
        from grouptui.screens.record import RecordScreen

        self.app.push_screen(RecordScreen(record_id))

    def action_new_record(self) -> None:
        """Open a new activity record for the selected item (form, theme, date and link
        filled in); it is written by its first save, so a stray key leaves nothing."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.screens.record import RecordScreen

        item = standing.item
        today = self.today()
        on = None
        if (
            today.year == self.book.meta.year
            and quarter_of(today) == item.quarter
            and item.month in (None, today.month)
            and item_date(item, today.year) is None
        ):
            on = today  # an undated item done today is recorded today
        self.app.push_screen(RecordScreen(draft=record_draft(item, self.book.meta.year, on)))

    def _try(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return False
        return True

    def _after_write(self, item_id: str, message: str) -> None:
        self.refresh_all(keep=item_id)
        self.notify(message, markup=False)
