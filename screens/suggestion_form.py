"""The suggestion form: change a suggestion's title, content, deputies, unit, date, session
and source activity, each refusal shown under its field.

The proposer is picked from the roster, the co-signers ticked in a grid of the roster's
names (deputies who left are listed too, so an earlier proposer can stay). Saving goes
through :func:`grouptui.store.suggestion_edit.edit_suggestion`, which updates the
deputies' "suggestion submitted" duty entries in the same write.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Select, Static, TextArea

from grouptui.domain.duty import DutyError, one_line, parse_day
from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Deputy, Suggestion
from grouptui.i18n import fmt_date, t
from grouptui.widgets.choices import ChoiceGroup
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form import FormField, FormScreen
from grouptui.widgets.title_bar import TitleBar

#: the form field that each refusal of the service belongs under.
ERROR_FIELD = {
    "sug_title_empty": "title",
    "sug_title_long": "title",
    "sug_content_long": "content",
    "bad_date": "date",
    "date_outside_year": "date",
    "deputy_not_found": "proposer",
    "sug_co_signers_without_proposer": "co_signers",
    "duty_after_retired": "co_signers",
    "not_found_id": "record",
    "ambiguous_id": "record",
}


class SuggestionForm(FormScreen["Suggestion | None"]):
    """Edits ``suggestion``; dismisses with the saved suggestion, or None."""

    destination_id = "suggestion_form"

    DEFAULT_CSS = """
    SuggestionForm #content-input { height: 6; }
    """

    def __init__(self, suggestion: Suggestion) -> None:
        super().__init__()
        #: the suggestion as loaded.
        self.suggestion = suggestion

    def _roster(self) -> list[Deputy]:
        # deputies who left stay pickable: an earlier proposer may stay on the suggestion
        return sorted(self.book.deputies.all(), key=lambda d: not d.active)

    def compose(self) -> ComposeResult:
        sug = self.suggestion
        roster = self._roster()
        proposer = sug.proposers[0] if sug.proposers else None
        yield TitleBar()
        with VerticalScroll(id="form-body", classes="form-body"):
            yield Static(
                t("sug_edit_title") + "：" + one_line(sug.title, 40),
                classes="form-title",
                markup=False,
            )
            yield FormField(
                t("sug_field_title"), Input(sug.title, id="title-input"), required=True, id="title"
            )
            yield FormField(
                t("sug_field_content"),
                TextArea(sug.content, id="content-input", soft_wrap=True),
                id="content",
            )
            yield FormField(
                t("sug_field_proposer"),
                Select(
                    [(Text(d.name), d.id) for d in roster],
                    value=proposer if proposer in {d.id for d in roster} else Select.NULL,
                    allow_blank=True,
                    prompt=t("sug_field_no_proposer"),
                    id="proposer-input",
                ),
                id="proposer",
            )
            yield FormField(
                t("sug_field_co_signers"),
                ChoiceGroup(
                    [(d.name, d.id) for d in roster],
                    sug.proposers[1:],
                    id="co_signers-input",
                ),
                hint=t("sug_field_retired_hint") if any(not d.active for d in roster) else "",
                id="co_signers",
            )
            yield FormField(t("sug_col_unit"), Input(sug.unit, id="unit-input"), id="unit")
            yield FormField(
                t("sug_field_date"),
                Input(sug.date.isoformat() if sug.date else "", id="date-input"),
                id="date",
            )
            yield FormField(
                t("sug_field_session"),
                Checkbox(t("sug_field_during"), sug.during_session, id="during-input"),
                id="during",
            )
            records = sorted(self.book.records.all(), key=lambda r: r.date)
            yield FormField(
                t("sug_field_record"),
                Select(
                    [(Text(f"{fmt_date(r.date)} {one_line(r.theme, 40)}"), r.id) for r in records],
                    value=sug.record_id
                    if sug.record_id in {r.id for r in records}
                    else Select.NULL,
                    allow_blank=True,
                    prompt=t("sug_field_no_record"),
                    id="record-input",
                ),
                id="record",
            )
            with Horizontal(classes="form-buttons"):
                yield Button(t("form_save"), id="save", variant="primary")
                yield Button(t("form_cancel"), id="cancel")
        yield KeyFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#title-input", Input).focus()

    def save_form(self) -> None:
        """Save through the service; show a refusal under the field it is about."""
        from grouptui.store.suggestion_edit import edit_suggestion

        values = self.form_values()
        proposer = values["proposer"]
        co_signers = [i for i in values["co_signers"] if i != proposer]
        try:
            day = parse_day(values["date"])
            if co_signers and not proposer:
                raise DutyError("sug_co_signers_without_proposer")
            saved = edit_suggestion(
                self.book,
                self.suggestion.id,
                title=values["title"],
                content=values["content"],
                by=([proposer] if proposer else []) + co_signers,
                unit=values["unit"],
                during_session=bool(values["during"]),
                record=values["record"] or "",
                day=day,
            )
        except UserFacingError as exc:
            field = ERROR_FIELD.get(exc.key)
            if exc.key == "duty_after_retired" and self._is_proposer(exc, proposer):
                field = "proposer"
            if field is None:
                self.app.notify(exc.message(), severity="error", markup=False)
                return
            self.show_errors({field: exc.message()})
            return
        self.mark_clean()
        self.dismiss(saved)

    def _is_proposer(self, exc: UserFacingError, proposer: str | None) -> bool:
        deputy = self.book.deputies.get(proposer) if proposer else None
        return deputy is not None and exc.params.get("name") == deputy.name
