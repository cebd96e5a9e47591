"""The deputy form: add or edit one deputy of the roster, each message under its field.

Besides the roster's columns it holds the term's first day (filled with 1 January of the
book's year for a new deputy, so the officer sees and can change it) and the profile the
registration form prints (性别, 出生年月, 民族, 政治面貌, 职务).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Select, Static

from grouptui.domain.models import Deputy
from grouptui.domain.roster import default_joined
from grouptui.domain.vocab import GENDERS, LEVELS, label
from grouptui.i18n import get_language, t
from grouptui.store.errors import BookError
from grouptui.store.roster import FieldError, checked_deputy, save_deputy
from grouptui.widgets.choices import ChoiceGroup
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form import FormField, FormScreen
from grouptui.widgets.title_bar import TitleBar

#: The text fields after the levels: (field id = Deputy attribute, catalog key of the
#: label, catalog key of the hint or "").
TEXT_FIELDS = (
    ("constituency", "deputy_field_constituency", ""),
    ("phone", "deputy_field_phone", "deputy_field_phone_hint"),
    ("unit", "deputy_field_unit", ""),
    ("post", "deputy_field_post", ""),
    ("joined_on", "deputy_field_joined", "deputy_field_joined_hint"),
)
#: The profile's text fields, after the gender.
PROFILE_FIELDS = (
    ("born", "deputy_field_born", "deputy_field_born_hint"),
    ("ethnicity", "deputy_field_ethnicity", ""),
    ("party", "deputy_field_party", ""),
    ("remarks", "deputy_field_remarks", ""),
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
        yield TitleBar()
        with VerticalScroll(id="form-body", classes="form-body"):
            title = t("deputy_form_add") if self.adding else t("deputy_form_edit")
            yield Static(title, id="form-title", classes="form-title", markup=False)
            yield self._text_field("name", "deputy_field_name", "", required=True)
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
            for field_id, label_key, hint_key in TEXT_FIELDS:
                yield self._text_field(field_id, label_key, hint_key)
            yield FormField(
                t("deputy_field_gender"),
                Select(
                    [(label(GENDERS, key, lang), key) for key in GENDERS],
                    value=deputy.gender if deputy.gender in GENDERS else Select.NULL,
                    prompt=t("deputy_field_gender_blank"),
                    id="gender-input",
                ),
                id="gender",
            )
            for field_id, label_key, hint_key in PROFILE_FIELDS:
                yield self._text_field(field_id, label_key, hint_key)
            yield FormField(
                t("deputy_field_status"),
                Checkbox(t("deputy_field_is_new"), deputy.is_new, id="is_new-input"),
                id="is_new",
            )
            with Horizontal(classes="form-buttons"):
                yield Button(t("form_save"), id="save", variant="primary")
                yield Button(t("form_cancel"), id="cancel")
        yield KeyFooter()

    def _shown(self, field_id: str) -> str:
        """What the field holds when the form opens."""
        if field_id == "joined_on":
            joined = self.deputy.joined_on or default_joined(self.book.meta.year)
            return joined.isoformat()
        return str(getattr(self.deputy, field_id))

    def _text_field(
        self, field_id: str, label_key: str, hint_key: str, *, required: bool = False
    ) -> FormField:
        return FormField(
            t(label_key),
            Input(self._shown(field_id), id=f"{field_id}-input"),
            hint=t(hint_key) if hint_key else "",
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
        values["gender"] = values["gender"] or ""
        values["is_new"] = bool(values["is_new"])
        try:
            deputy = checked_deputy(self.deputy, year=self.book.meta.year, **values)
            self.show_errors({})
            saved = save_deputy(self.book, deputy)
        except FieldError as exc:
            self.show_errors({exc.field: exc.message()})
            return
        except BookError as exc:
            app.notify(exc.message(), severity="error", markup=False)
            return
        self.mark_clean()
        self.dismiss(saved)
