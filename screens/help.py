"""The help screen: the keys of the screen it was opened from (``f1``, or ``?`` outside text).

It reads the screen's active bindings, so it lists what really works there (a key the
screen disables in its current state, such as the checklist's item keys on the rules tab,
is left out), with the user's remapped keys and in the current language. It adds the keys
of the widgets shown on the screen that carry :class:`~grouptui.navigation.Key` data in a
``KEYS`` attribute (the record form's attendance keys ...), even when another widget has
the focus: they are the screen's own keys too.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from grouptui.i18n import t


def screen_keys(screen: Screen) -> list[tuple[str, str]]:
    """(key shown, description) of every binding with an id active on ``screen``."""
    app = screen.app
    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str]] = []
    by_description: dict[str, list[str]] = {}
    order: list[str] = []
    for key, active in screen.active_bindings.items():
        binding: Binding = active.binding
        description = binding.description
        if not description or binding.system or binding.id is None:
            # Only bindings with an id: ours all carry one (so users can remap them),
            # while Textual's own (cursor moves in a text field ...) speak English only.
            continue
        shown = app.get_key_display(binding) or key
        if (shown, description) in seen:
            continue
        seen.add((shown, description))
        if description not in by_description:
            by_description[description] = []
            order.append(description)
        by_description[description].append(shown)
    for shown, description in widget_keys(screen):
        if description not in by_description:
            by_description[description] = [shown]
            order.append(description)
    for description in order:
        rows.append((" / ".join(by_description[description]), description))
    if len(screen.focus_chain) > 1:
        rows.append(("tab / shift+tab", t("help_focus_next")))
    return rows


def widget_keys(screen: Screen) -> list[tuple[str, str]]:
    """(keys shown, description) of the ``KEYS`` of every widget displayed on ``screen``."""
    from textual.binding import Binding
    from textual.widget import Widget

    from grouptui.navigation import Key

    app = screen.app
    remapped: dict[str, str] = dict(getattr(getattr(app, "config", None), "keys", None) or {})
    rows: list[tuple[str, str]] = []
    for widget in screen.query(Widget):
        keys = getattr(type(widget), "KEYS", ())
        if not keys or not all(isinstance(k, Key) for k in keys):
            continue
        if not all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget)):
            continue
        for k in keys:
            names = remapped.get(k.id, k.key).split(",")
            shown = " / ".join(
                app.get_key_display(Binding(name.strip(), k.action)) for name in names
            )
            rows.append((shown, t(k.description)))
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists the keys of ``screen``; any of escape, f1, ? or q closes it."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > Vertical {
        width: 70;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen #help-title {
        text-style: bold;
        margin-bottom: 1;
    }
    HelpScreen VerticalScroll {
        height: auto;
        max-height: 30;
    }
    HelpScreen #help-footer {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape,f1,question_mark,q", "close", show=False)]

    def __init__(self, screen: Screen) -> None:
        super().__init__()
        #: the keys listed, taken when the help was opened.
        self.keys = screen_keys(screen)

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
        table.add_column(no_wrap=True, style="bold")
        table.add_column(ratio=1, overflow="fold")
        for key, description in self.keys:
            table.add_row(Text(key), Text(description))
        with Vertical():
            yield Static(t("help_title"), id="help-title", markup=False)
            with VerticalScroll():
                yield Static(table, id="help-keys")
            yield Static(t("help_footer"), id="help-footer", markup=False)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
