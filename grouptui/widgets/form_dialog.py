"""The modal form of every add/edit dialog (follow-up, plan item, value edit, voter,
assessment, suggestion, duty entry, quick note ...).

The dialog is data-driven: a list of :class:`Field` specs. Ctrl+S (or Enter in a one-line
field, or the save button) hands the values to ``submit``; a
:class:`~grouptui.domain.errors.UserFacingError` raised there is shown under the fields and
the dialog stays open with what was typed. Esc leaves, asking first if something was typed
(:class:`~grouptui.widgets.book_screen.LeaveGuard`), and so does Ctrl+Q: nothing the user
typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from grouptui.domain.errors import UserFacingError
from grouptui.i18n import t
from grouptui.navigation import Key, install_keys
from grouptui.widgets.book_screen import FormButtons


@dataclass
class Field:
    """One field of a form dialog."""

    #: the key of its value; the widget's id is ``f-<name>``.
    name: str
    #: the words above it (plain text).
    label: str
    #: "input", "select", "checkbox" or "text" (several lines: Enter starts a new line,
    #: Ctrl+S saves).
    kind: str = "input"
    value: Any = ""
    #: (label, value) pairs of a select.
    options: Sequence[tuple[str, Any]] = field(default_factory=list)
    allow_blank: bool = False
    #: a hint shown in an empty input: words, never something that looks like a value.
    placeholder: str = ""
    #: the most characters an input takes (0: no limit).
    max_length: int = 0


class FormDialog(FormButtons, ModalScreen[Any]):
    """A modal form; dismisses with what ``submit`` returned, or None when left.

    Args:
        title: the heading.
        fields: the fields, in order.
        submit: called with the values by field name; returns the dialog's answer, or
            raises a ``UserFacingError`` whose message is shown under the fields.
        focus: the name of the field focused first (default: the first one).
        grid: each label left of its field, one line each (a compact form of many
            short fields), rather than above it.
    """

    DEFAULT_CSS = """
    FormDialog { align: center middle; }
    FormDialog > VerticalScroll {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    FormDialog .form-title { text-style: bold; }
    FormDialog .form-label { margin-top: 1; color: $text-muted; }
    FormDialog Input, FormDialog Select { margin: 0 0; }
    FormDialog TextArea { height: 12; }
    FormDialog #form-error { color: $error; height: auto; }
    FormDialog .form-buttons { height: auto; padding-top: 1; }
    FormDialog .form-buttons Button { margin-right: 2; }
    FormDialog .form-fields { height: auto; }
    FormDialog.-grid .form-fields {
        layout: grid; grid-size: 2; grid-columns: 10 1fr; grid-rows: 1; grid-gutter: 0 1;
    }
    FormDialog.-grid .form-label { margin-top: 0; color: $text; }
    FormDialog.-grid .form-title { margin-bottom: 1; }
    """

    SAVE_BUTTON = "form-save"

    #: the first field, not the scrolling container, has the focus when the form opens.
    AUTO_FOCUS = "Input, TextArea, Select, Checkbox"

    KEYS = (
        Key("dialog_save", "ctrl+s", "save", "form_save", priority=True),
        Key("dialog_leave", "escape", "leave", "form_cancel"),
    )

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], Any],
        *,
        focus: str | None = None,
        grid: bool = False,
    ) -> None:
        super().__init__(classes="-grid" if grid else None)
        install_keys(self, self.KEYS)
        self.form_title = title
        self.fields = list(fields)
        self.submit = submit
        self._focus = focus
        self._clean: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.form_title, classes="form-title", markup=False)
            with Vertical(classes="form-fields"):
                for spec in self.fields:
                    yield from self._field(spec)
            yield Static("", id="form-error", markup=False)
            with Horizontal(classes="form-buttons"):
                yield Button(
                    t("form_save"),
                    variant="primary",
                    id="form-save",
                    compact=True,
                )
                yield Button(t("form_cancel"), id="form-cancel", compact=True)

    def _field(self, spec: Field) -> ComposeResult:
        if spec.kind == "checkbox":
            if self.has_class("-grid"):
                yield Label("", classes="form-label")  # keeps the grid's pairs in step
            yield Checkbox(spec.label, bool(spec.value), id=f"f-{spec.name}")
            return
        yield Label(spec.label, classes="form-label", markup=False)
        if spec.kind == "select":
            yield Select(
                [(Text(str(lbl)), val) for lbl, val in spec.options],
                value=spec.value if spec.value not in ("", None) else Select.NULL,
                allow_blank=spec.allow_blank,
                prompt=t("duty_form_choose"),
                id=f"f-{spec.name}",
                compact=True,
            )
        elif spec.kind == "text":
            yield TextArea(str(spec.value or ""), id=f"f-{spec.name}", soft_wrap=True, compact=True)
        else:
            yield Input(
                str(spec.value or ""),
                placeholder=spec.placeholder,
                id=f"f-{spec.name}",
                compact=True,
                select_on_focus=False,
                max_length=spec.max_length,
            )

    def on_mount(self) -> None:
        if self._focus:
            self.query_one(f"#f-{self._focus}").focus()
        self._clean = self.values()

    def values(self) -> dict[str, Any]:
        """What the fields hold now, by field name."""
        out: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.query_one(f"#f-{spec.name}")
            if isinstance(widget, Select):
                out[spec.name] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, (Input, Checkbox)):
                out[spec.name] = widget.value
            elif isinstance(widget, TextArea):
                out[spec.name] = widget.text
        return out

    def has_unsaved_changes(self) -> bool:
        """Whether anything was typed since the dialog opened."""
        return self._clean is not None and self.values() != self._clean

    def action_save(self) -> None:
        """Submit; on a user error, say it and keep the dialog open."""
        try:
            result = self.submit(self.values())
        except UserFacingError as exc:
            self.query_one("#form-error", Static).update(exc.message())
            return
        self._clean = None
        self.dismiss(result)
