"""The deputy form: add or edit one deputy of the roster, each message under its field."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, Static

from grouptui.domain.models import Deputy
from grouptui.domain.vocab import LEVELS, label
from grouptui.i18n import get_language, t
from grouptui.store.errors import BookError
from grouptui.store.roster import FieldError, checked_deputy, save_deputy
from grouptui.widgets.choices import ChoiceGroup
from grouptui.widgets.form import FormField, FormScreen

#: The text fields of the form: (field id, catalog key of the label, Deputy attribute).
TEXT_FIELDS = (
    ("name", "deputy_field_name", "name"),
    ("constituency", "deputy_field_constituency", "constituency"),
    ("phone", "deputy_field_phone", "phone"),
    ("unit", "deputy_field_unit", "unit"),
    ("remarks", "deputy_field_remarks", "remarks"),
)


class DeputyForm(FormScreen["Deputy | None"]):
    """Edits ``deputy`` (a new one when None); dismisses with the saved deputy or None."""

    destination_id = "deputy_form"

    def __init__(self, deputy: Deputy | None = None) -> None:
        super().__init__()
        #: whether this form adds a deputy (rather than editing one).
        self.adding = deputy is None
        #: the deputy as loaded (new and unsaved when adding).
        self.deputy = deputy if deputy is not None else Deputy(name="")

    def compose(self) -> ComposeResult:
        deputy = self.deputy
        lang = get_language()
        yield Header()
        with VerticalScroll(id="form-body", classes="form-body"):
            title = t("deputy_form_add") if self.adding else t("deputy_form_edit")
            yield Static(title, id="form-title", classes="form-title", markup=False)
            for field_id, label_key, attr in TEXT_FIELDS[:1]:
                yield self._text_field(field_id, label_key, getattr(deputy, attr), True)
            yield FormField(
                t("deputy_field_levels"),
                ChoiceGroup(
                    [(label(LEVELS, key, lang), key) for key in LEVELS],
                    deputy.levels,
                    id="levels-input",
                ),
                hint=t("deputy_field_levels_hint"),
                id="levels",
            )
            for field_id, label_key, attr in TEXT_FIELDS[1:]:
                yield self._text_field(field_id, label_key, getattr(deputy, attr), False)
            yield FormField(
                t("deputy_field_status"),
                Checkbox(t("deputy_field_is_new"), deputy.is_new, id="is_new-input"),
                id="is_new",
            )
            with Horizontal(classes="form-buttons"):
                yield Button(t("form_save"), id="save", variant="primary")
                yield Button(t("form_cancel"), id="cancel")
        yield Footer()

    def _text_field(self, field_id: str, label_key: str, value: str, required: bool) -> FormField:
        hint = t("deputy_field_phone_hint") if field_id == "phone" else ""
        return FormField(
            t(label_key),
            Input(value, id=f"{field_id}-input"),
            hint=hint,
            required=required,
            id=field_id,
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#name-input", Input).focus()

    def save_form(self) -> None:
        """Check every field, show what is wrong under it, or save and close."""
        values = self.form_values()
        app = self.app
        try:
            deputy = checked_deputy(
                self.deputy,
                name=values["name"],
                levels=values["levels"],
                constituency=values["constituency"],
                phone=values["phone"],
                unit=values["unit"],
                is_new=bool(values["is_new"]),
                remarks=values["remarks"],
            )
            self.show_errors({})
            saved = save_deputy(self.book, deputy, today=self.today())
        except FieldError as exc:
            self.show_errors({exc.field: exc.message()})
            return
        except BookError as exc:
            app.notify(exc.message(), severity="error", markup=False)
            return
        self.mark_clean()
        self.dismiss(saved)
