"""A small form dialog shared by the duty, suggestion and register screens.

The dialog is data-driven: a list of :class:`Field` specs. On save it calls ``submit`` with
the values; a :class:`UserFacingError` raised there is shown under the fields and the
dialog stays open with what was typed, so nothing the user typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from grouptui.domain.errors import UserFacingError
from grouptui.i18n import t


def fit(text: str, cells: int) -> str:
    """``text`` on one line, cut to ``cells`` terminal cells (a CJK character takes two)."""
    from rich.cells import cell_len

    flat = " ".join((text or "").split())
    if cell_len(flat) <= cells:
        return flat
    out, used = [], 0
    for char in flat:
        width = cell_len(char)
        if used + width > cells - 3:
            break
        out.append(char)
        used += width
    return "".join(out) + "..."


def bind_keys(screen: Screen, specs: Sequence[tuple[str, str, str, bool]]) -> None:
    """Bind (key, action, catalog key of its label, shown) on ``screen``.

    Done per instance, not in a class attribute, so the labels follow the language the
    app was started in (tests start the app in both languages in one process).
    """
    for key, action, words, show in specs:
        screen._bindings.bind(key, action, t(words), show=show)


@dataclass
class Field:
    """One field of a form."""

    name: str
    label: str
    #: "input", "select" or "checkbox".
    kind: str = "input"
    value: Any = ""
    #: (label, value) pairs of a select.
    options: Sequence[tuple[str, Any]] = field(default_factory=list)
    allow_blank: bool = False
    placeholder: str = ""


class FormDialog(ModalScreen[Any]):
    """A modal form; dismisses with what ``submit`` returned, or None when cancelled."""

    DEFAULT_CSS = """
    FormDialog { align: center middle; }
    FormDialog > VerticalScroll {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    FormDialog .form-title { text-style: bold; }
    FormDialog .form-label { margin-top: 1; color: $text-muted; }
    FormDialog Input, FormDialog Select { margin: 0 0; }
    FormDialog #form-error { color: $error; height: auto; }
    FormDialog .form-buttons { height: auto; padding-top: 1; }
    FormDialog .form-buttons Button { margin-right: 2; }
    """

    #: the first field, not the scrolling container, has the focus when the form opens.
    AUTO_FOCUS = "Input, Select, Checkbox"

    def __init__(
        self, title: str, fields: Sequence[Field], submit: Callable[[dict[str, Any]], Any]
    ) -> None:
        super().__init__()
        bind_keys(self, [("escape", "cancel", "duty_form_cancel", True)])
        self.form_title = title
        self.fields = list(fields)
        self.submit = submit

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.form_title, classes="form-title", markup=False)
            for spec in self.fields:
                if spec.kind == "checkbox":
                    yield Checkbox(spec.label, bool(spec.value), id=f"f-{spec.name}")
                    continue
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
                else:
                    yield Input(
                        str(spec.value or ""),
                        placeholder=spec.placeholder,
                        id=f"f-{spec.name}",
                        compact=True,
                    )
            yield Static("", id="form-error", markup=False)
            with Horizontal(classes="form-buttons"):
                yield Button(t("duty_form_save"), variant="primary", id="form-save", compact=True)
                yield Button(t("duty_form_cancel"), id="form-cancel", compact=True)

    def values(self) -> dict[str, Any]:
        """What the fields hold now."""
        out: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.query_one(f"#f-{spec.name}")
            if isinstance(widget, Select):
                out[spec.name] = None if widget.value is Select.NULL else widget.value
            else:
                out[spec.name] = widget.value  # type: ignore[attr-defined]
        return out

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "form-save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Submit; on a user error, say it and keep the dialog open."""
        try:
            result = self.submit(self.values())
        except UserFacingError as exc:
            self.query_one("#form-error", Static).update(exc.message())
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
