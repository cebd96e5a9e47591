"""Forms: a labelled field with its validation message under it, and a screen holding a form.

:class:`FormField` wraps one input widget (``Input``, ``TextArea``, ``Checkbox``,
``Select``, ``SelectionList`` ...) with its label above it and, under it, the message
that says what is wrong with it. :class:`FormScreen` is the base of every screen that
edits something: ``ctrl+s`` saves, ``escape`` leaves, and leaving (or quitting the app)
with unsaved changes asks first. Subclasses implement :meth:`FormScreen.save_form`.
"""

from __future__ import annotations

from typing import Any, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Select, SelectionList, Static, TextArea

from grouptui.navigation import Key, install_keys
from grouptui.widgets.book_screen import BookScreen, FormButtons
from grouptui.widgets.choices import ChoiceGroup

ResultType = TypeVar("ResultType")


class FormField(Vertical):
    """A labelled form field with its validation message under it.

    Args:
        label: the field's name, shown above it (plain text, never markup).
        widget: the input widget; give it an ``id`` to find it again.
        hint: an optional line under the field saying what to type.
        required: mark the label with an asterisk.
        id: the field's id; :meth:`FormScreen.form_values` and
            :meth:`FormScreen.show_errors` key fields by it.

    The message set by :meth:`set_error` stays until the user edits the field or the
    next :meth:`set_error` / :meth:`clear_error`.
    """

    DEFAULT_CSS = """
    FormField {
        height: auto;
        margin-bottom: 1;
    }
    FormField > .form-label {
        text-style: bold;
    }
    FormField > .form-error {
        color: $text-error;
        display: none;
    }
    FormField.-invalid > .form-error {
        display: block;
    }
    FormField.-invalid > Input, FormField.-invalid > TextArea {
        border: tall $error;
    }
    FormField > .form-hint {
        color: $text-muted;
    }
    """

    def __init__(
        self,
        label: str,
        widget: Widget,
        *,
        hint: str = "",
        required: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        #: the wrapped input widget.
        self.widget = widget
        self._label = label + (" *" if required else "")
        self._hint = hint

    def compose(self) -> ComposeResult:
        yield Label(self._label, classes="form-label", markup=False)
        yield self.widget
        yield Static("", classes="form-error", markup=False)
        if self._hint:
            yield Static(self._hint, classes="form-hint", markup=False)

    @property
    def value(self) -> Any:
        """The widget's current value (text, flag, selection or list of selected values)."""
        widget = self.widget
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, SelectionList):
            return list(widget.selected)
        if isinstance(widget, Select):
            return None if widget.value is Select.NULL else widget.value
        return getattr(widget, "value", None)

    @property
    def error(self) -> str:
        """The message shown under the field, or ""."""
        return str(self.query_one(".form-error", Static).content) if self.is_invalid else ""

    @property
    def is_invalid(self) -> bool:
        """Whether a validation message is shown."""
        return self.has_class("-invalid")

    def set_error(self, message: str) -> None:
        """Show ``message`` under the field (plain text)."""
        self.query_one(".form-error", Static).update(message)
        self.add_class("-invalid")

    def clear_error(self) -> None:
        """Hide the validation message."""
        self.query_one(".form-error", Static).update("")
        self.remove_class("-invalid")

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    @on(ChoiceGroup.Changed)
    def _edited(self) -> None:
        if self.is_invalid:
            self.clear_error()


class FormScreen(FormButtons, BookScreen[ResultType]):
    """A screen holding a form; it never loses what the user typed.

    ``ctrl+s`` (id ``form_save``) calls :meth:`save_form` unless the book is read-only;
    ``escape`` (id ``form_leave``) closes the screen with ``dismiss(None)``, asking first
    if the values differ from those at mount time or at the last :meth:`mark_clean`
    (:class:`~grouptui.widgets.book_screen.LeaveGuard`). The app asks the same before
    quitting.

    Styles for a subclass's layout: a ``form-body`` class on the scrolling container,
    ``form-title`` and ``form-intro`` for the text above the fields, ``form-buttons`` on
    the row of buttons.

    Subclasses compose :class:`FormField` widgets with ids and implement
    :meth:`save_form`, typically: validate, :meth:`show_errors` and return, or save,
    :meth:`mark_clean` and ``dismiss(result)``.
    """

    DEFAULT_CSS = """
    FormScreen > .form-body {
        padding: 1 2;
    }
    FormScreen .form-title {
        text-style: bold;
        margin-bottom: 1;
    }
    FormScreen .form-intro {
        margin-bottom: 1;
    }
    FormScreen .form-buttons {
        height: auto;
    }
    FormScreen .form-buttons Button {
        margin-right: 2;
    }
    """

    FORM_KEYS: tuple[Key, ...] = (
        Key("form_save", "ctrl+s", "save", "key_save", priority=True),
        Key("form_leave", "escape", "leave", "key_leave"),
    )

    def __init__(self, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        install_keys(self, self.FORM_KEYS)
        self._clean: dict[str, Any] | None = None

    def on_mount(self) -> None:
        self.mark_clean()

    # Values and changes ---------------------------------------------------------------

    def field(self, field_id: str) -> FormField:
        """The field with ``field_id``."""
        return self.query_one(f"#{field_id}", FormField)

    def form_values(self) -> dict[str, Any]:
        """Every field's current value, by field id."""
        return {f.id or str(i): f.value for i, f in enumerate(self.query(FormField))}

    def mark_clean(self) -> None:
        """Take the current values as saved (nothing to lose from here on)."""
        self._clean = self.form_values()

    def has_unsaved_changes(self) -> bool:
        """Whether the fields differ from the values last saved or loaded."""
        return self._clean is not None and self.form_values() != self._clean

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show each message under its field (clearing the others); focus the first bad one.

        Returns whether there was any error.
        """
        first: FormField | None = None
        for form_field in self.query(FormField):
            message = errors.get(form_field.id or "")
            if message:
                form_field.set_error(message)
                first = first or form_field
            else:
                form_field.clear_error()
        if first is not None:
            first.widget.focus()
            first.scroll_visible()
        return first is not None

    # Actions --------------------------------------------------------------------------

    def save_form(self) -> None:
        """Validate and save; subclasses implement it."""
        raise NotImplementedError

    def action_save(self) -> None:
        """Save the form, unless the book is read-only."""
        if self.ensure_writable():
            self.save_form()
