"""Modal dialogs shared by every screen.

Each dialog is a :class:`~textual.screen.ModalScreen` that returns its answer with
``dismiss()``; push it with a callback (``app.push_screen(dialog, callback)``) or await
it from a worker (``await app.push_screen_wait(dialog)``).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from grouptui.i18n import t


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True (yes) or False (no).

    ``y``/``n`` answer directly, ``escape`` means no, ``enter`` presses the focused
    button (the "no" button is focused first unless ``default_yes``, so a stray Enter
    never discards anything). The question is plain text, never markup, so it may quote
    what the user typed.

    Args:
        question: the sentence to ask.
        yes: label of the button that answers True (default: the catalog's "yes").
        no: label of the button that answers False (default: the catalog's "no").
        title: an optional heading above the question.
        default_yes: focus the "yes" button first.
    """

    DEFAULT_CSS = """
    ConfirmDialog {
        align: center middle;
    }
    ConfirmDialog > Vertical {
        width: 60;
        max-width: 90%;
        height: auto;
        max-height: 80%;
        border: thick $warning;
        background: $surface;
        padding: 1 2;
    }
    ConfirmDialog .dialog-title {
        text-style: bold;
        margin-bottom: 1;
    }
    ConfirmDialog .dialog-question {
        height: auto;
        max-height: 12;
        overflow-y: auto;
    }
    ConfirmDialog Horizontal {
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    ConfirmDialog Button {
        margin-left: 2;
        min-width: 10;
    }
    """

    BINDINGS = [
        Binding("y", "answer(True)", show=False),
        Binding("n", "answer(False)", show=False),
        Binding("escape", "answer(False)", show=False),
        Binding("left,right", "switch_button", show=False),
    ]

    def __init__(
        self,
        question: str,
        *,
        yes: str | None = None,
        no: str | None = None,
        title: str = "",
        default_yes: bool = False,
    ) -> None:
        super().__init__()
        #: the sentence asked.
        self.question = question
        self._yes = yes if yes is not None else t("yes")
        self._no = no if no is not None else t("no")
        self._title = title
        self._default_yes = default_yes

    def compose(self) -> ComposeResult:
        with Vertical():
            if self._title:
                yield Static(self._title, classes="dialog-title", markup=False)
            yield Static(self.question, classes="dialog-question", markup=False)
            with Horizontal():
                yield Button(self._no, id="no", variant="primary")
                yield Button(self._yes, id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#yes" if self._default_yes else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """Close the dialog with ``answer``."""
        self.dismiss(answer)

    def action_switch_button(self) -> None:
        """Move the focus to the other button."""
        yes = self.query_one("#yes", Button)
        (self.query_one("#no", Button) if yes.has_focus else yes).focus()


def ask_discard(app: App, then: Callable[[], object], question: str = "") -> None:
    """Ask whether to throw typed changes away; run ``then`` on yes.

    The same words everywhere (Esc on a form, going home, Ctrl+Q), and "keep editing"
    focused, so a stray Enter keeps what was typed.
    """

    def answered(discard: bool | None) -> None:
        if discard:
            then()

    app.push_screen(
        ConfirmDialog(
            question or t("unsaved_leave_question"),
            yes=t("unsaved_discard"),
            no=t("unsaved_keep"),
        ),
        answered,
    )
