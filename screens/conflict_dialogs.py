"""The conflicts screen's chooser: which of a record's other versions to keep whole.

When three or more laptops edited one record, it has several other versions besides the
one shown. The chooser lists them as "other 1 of 3" ..., each with the laptop that saved
it and the values it holds where the versions disagree, so the user picks by content.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from grouptui.domain.conflicts import Conflict, field_rows
from grouptui.domain.numbers import int_in
from grouptui.i18n import t
from grouptui.words import field_label, show_value

#: characters of one field's value in a version's summary line.
VALUE_WIDTH = 24
#: fields named in a version's summary line (the table beside shows them all).
SUMMARY_FIELDS = 4


def _short(value: Any) -> str:
    text = " ".join(show_value(value).split())
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 3] + "..."


def version_summary(conflict: Conflict, side: int) -> str:
    """What version ``side`` holds where it differs from the shown one, in one line."""
    parts = [
        f"{field_label(row.name)}: {_short(row.values[side])}"
        for row in field_rows(conflict)
        if row.values[side] != row.values[0]
    ]
    if not parts:
        return t("conflicts_same_as_shown")
    more = len(parts) - SUMMARY_FIELDS
    shown = "  ".join(parts[:SUMMARY_FIELDS])
    return shown + (t("conflicts_more_fields", count=more) if more > 0 else "")


def origin_of(doc: dict[str, Any]) -> dict[str, str]:
    """The device that saved a version and when (as it says: informative only)."""
    updated = str(doc.get("updated") or "")[:16].replace("T", " ")
    return {"device": str(doc.get("device") or "?"), "updated": updated or "?"}


def version_origin(doc: dict[str, Any]) -> str:
    """Which laptop saved a version, and when, in words."""
    return t("conflicts_version_from", **origin_of(doc))


class ChooseVersion(ModalScreen[int | None]):
    """Asks which other version of ``conflict`` to keep whole.

    Dismisses with the side's number (1 for "other 1", as in the table's columns), or
    None. Up/down (or ``o`` again) move through them, Enter keeps the highlighted one, a
    digit keeps that one at once, Escape cancels.
    """

    DEFAULT_CSS = """
    ChooseVersion {
        align: center middle;
    }
    ChooseVersion > Vertical {
        width: 90;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    ChooseVersion #choose-title {
        text-style: bold;
        margin-bottom: 1;
    }
    ChooseVersion OptionList {
        height: auto;
        max-height: 20;
    }
    ChooseVersion #choose-hint {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("o", "next", show=False),
    ]

    def __init__(self, conflict: Conflict) -> None:
        super().__init__()
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        count = len(self.conflict.others)
        options = []
        for n, doc in enumerate(self.conflict.others, 1):
            prompt = Text.assemble(
                (t("conflicts_other_of", n=n, count=count), "bold"),
                "  ",
                (version_origin(doc), "dim"),
                "\n",
                version_summary(self.conflict, n),
            )
            options.append(Option(prompt, id=f"other-{n}"))
        with Vertical():
            title = t("conflicts_choose_title", title=self.conflict.title or t("conflict_untitled"))
            yield Static(title, id="choose-title", markup=False)
            yield OptionList(*options, id="choose-list")
            yield Static(t("conflicts_choose_hint"), id="choose-hint", markup=False)

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = 0
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index + 1)

    def on_key(self, event: events.Key) -> None:
        chosen = int_in(event.character or "", 1, len(self.conflict.others))
        if chosen is not None:
            event.stop()
            self.dismiss(chosen)

    def action_next(self) -> None:
        """Highlight the next version (after the last, the first again)."""
        listing = self.query_one(OptionList)
        current = listing.highlighted or 0
        listing.highlighted = (current + 1) % listing.option_count

    def action_cancel(self) -> None:
        """Keep nothing."""
        self.dismiss(None)
