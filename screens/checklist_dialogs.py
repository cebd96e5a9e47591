"""Dialogs of the checklist screen: a plan item's form, and the choice of a quarter.

Each is a ``ModalScreen`` that returns its answer with ``dismiss()``. The item form does
not write: it hands the typed values to a ``save`` callback (the screen's, which calls the
plan service) and shows the error that callback raises under the fields, so a bad value
keeps the dialog open and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import PlanItem
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import get_language, t

#: what the item form hands to its ``save`` callback.
ItemValues = dict[str, Any]


class PlanItemDialog(ModalScreen[bool]):
    """Add or edit a plan item: quarter, month, date, form, title, content, organiser."""

    BINDINGS = [Binding("escape", "cancel", t("checklist_cancel"), id="cancel")]

    def __init__(
        self,
        *,
        year: int,
        save: Callable[[ItemValues], None],
        item: PlanItem | None = None,
        quarter: int = 1,
    ) -> None:
        super().__init__()
        self.year = year
        self.save = save
        self.item = item
        self.quarter = item.quarter if item is not None else quarter

    def compose(self) -> ComposeResult:
        item = self.item
        lang = get_language()
        when = ""
        if item is not None and item.month and item.day:
            when = f"{self.year}-{item.month:02d}-{item.day:02d}"
        title = t("checklist_edit_title") if item is not None else t("checklist_add_title")
        with Vertical(id="dialog"):
            yield Label(title, id="dialog-title", markup=False)
            with Grid(id="fields"):
                yield Label(t("col_quarter"), markup=False)
                yield Input(str(self.quarter), id="quarter", compact=True, max_length=1)
                yield Label(t("checklist_field_month"), markup=False)
                month = "" if item is None or not item.month else str(item.month)
                yield Input(month, id="month", compact=True, max_length=2)
                yield Label(t("checklist_field_date"), markup=False)
                yield Input(when, id="date", compact=True, placeholder="YYYY-MM-DD")
                yield Label(t("col_form"), markup=False)
                yield Select(
                    [(label(FORMS, key, lang), key) for key in FORMS],
                    value=item.form if item is not None else "other",
                    allow_blank=False,
                    compact=True,
                    id="form",
                )
                yield Label(t("col_title"), markup=False)
                yield Input(item.title if item else "", id="title", compact=True)
                yield Label(t("checklist_field_content"), markup=False)
                yield Input(item.content if item else "", id="content", compact=True)
                yield Label(t("checklist_field_organiser"), markup=False)
                yield Input(item.organiser if item else "", id="organiser", compact=True)
            yield Static("", id="error", markup=False)
            with Horizontal(id="buttons"):
                yield Button(t("checklist_save"), variant="primary", id="save")
                yield Button(t("checklist_cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def values(self) -> ItemValues:
        """What the user typed, as the plan service takes it (still unchecked)."""
        text = {w.id: w.value for w in self.query(Input)}
        form = self.query_one("#form", Select).value
        return {
            "quarter": text["quarter"],
            "month": text["month"],
            "date": text["date"],
            "form": str(form),
            "title": text["title"],
            "content": text["content"],
            "organiser": text["organiser"],
        }

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Hand the values to the screen; stay open with the message if they are wrong."""
        try:
            self.save(self.values())
        except UserFacingError as exc:
            self.query_one("#error", Static).update(exc.message())
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(False)


class QuarterDialog(ModalScreen[int | None]):
    """Which quarter to move an item to: press 1 to 4, or Escape."""

    BINDINGS = [
        Binding("1", "pick(1)", show=False),
        Binding("2", "pick(2)", show=False),
        Binding("3", "pick(3)", show=False),
        Binding("4", "pick(4)", show=False),
        Binding("escape", "pick(0)", t("checklist_cancel")),
    ]

    def __init__(self, title: str, current: int) -> None:
        super().__init__()
        self.item_title = title
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(t("checklist_move_prompt"), id="dialog-title", markup=False)
            yield Static(self.item_title, id="move-item", markup=False)
            yield Static(t("checklist_move_keys", quarter=self.current), markup=False)

    def action_pick(self, quarter: int) -> None:
        """Answer with the quarter (None for Escape)."""
        self.dismiss(quarter or None)


def parse_dialog_values(values: ItemValues) -> dict[str, Any]:
    """The dialog's text turned into the plan service's arguments (errors as PlanError)."""
    from grouptui.domain.numbers import int_in
    from grouptui.store.plan import PlanError, parse_plan_date, parse_quarter

    month_text = values["month"].strip().removesuffix("月")
    month: int | None = None
    if month_text:
        month = int_in(month_text, 1, 12)
        if month is None:
            raise PlanError("plan_bad_month", value=values["month"])
    day: date | None = parse_plan_date(values["date"]) if values["date"].strip() else None
    return {
        "quarter": parse_quarter(values["quarter"]),
        "month": month,
        "date": day,
        "form": values["form"],
        "title": values["title"],
        "content": values["content"],
        "organiser": values["organiser"],
    }
