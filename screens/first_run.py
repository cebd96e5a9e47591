"""The first-run screen: no book yet, so create one (group, township, year, template).

Shown instead of an error when ``grouptui`` starts with no book. The book is written
where ``--book`` pointed, else in the default books folder, and remembered as the book
of later commands.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Select, Static

from grouptui.domain.errors import UserFacingError
from grouptui.domain.plan_templates import load_template, template_names
from grouptui.i18n import get_language, t
from grouptui.navigation import Key
from grouptui.store.book import default_book_name, validate_group_name, validate_year
from grouptui.store.errors import BookError
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form import FormField, FormScreen
from grouptui.widgets.title_bar import TitleBar

#: Longest group name: it becomes part of the book's file name.


def template_options() -> list[tuple[str, str]]:
    """(title in the current language, name) of every shipped plan template."""
    lang = get_language()
    options = []
    for name in template_names():
        try:
            options.append((load_template(name).title(lang), name))
        except UserFacingError:
            continue
    return options


class FirstRunScreen(FormScreen[None]):
    """Creates the first book; escape quits (asking first if something was typed)."""

    SAVE_BUTTON = "create"

    destination_id = "first_run"

    #: Escape leaves the app here: there is nothing behind this screen.
    FORM_KEYS = (
        FormScreen.FORM_KEYS[0],
        Key("form_leave", "escape", "leave", "key_quit"),
    )

    def compose(self) -> ComposeResult:
        year = self.shell.clock().year
        yield TitleBar()
        with VerticalScroll(id="first-run-body", classes="form-body"):
            yield Static(
                t("first_run_intro"), id="first-run-intro", classes="form-intro", markup=False
            )
            yield FormField(
                t("first_run_group"),
                Input(id="group-input", placeholder=t("first_run_group_placeholder")),
                required=True,
                id="group",
            )
            yield FormField(
                t("first_run_township"),
                Input(id="township-input", placeholder=t("first_run_township_placeholder")),
                id="township",
            )
            yield FormField(
                t("first_run_year"),
                Input(str(year), id="year-input", max_length=4, type="integer"),
                required=True,
                id="year",
            )
            yield FormField(
                t("first_run_template"),
                Select(
                    template_options(),
                    prompt=t("first_run_no_template"),
                    id="template-select",
                ),
                hint=t("first_run_template_hint"),
                id="template",
            )
            with Horizontal(classes="form-buttons"):
                yield Button(t("first_run_create"), id="create", variant="primary")
                yield Button(t("first_run_quit"), id="quit")
        yield KeyFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#group-input", Input).focus()
        self.shell.screen_painted(self)

    def action_leave(self) -> None:
        """Quit the app (asking first if something was typed)."""
        self.shell.confirm_discard(self.app.exit, t("unsaved_quit_question"))

    def target_path(self, group: str, year: int) -> Path:
        """Where the new book goes: the path given to the app, else the books folder."""
        given = self.shell.book_path
        if given is not None:
            return Path(given)
        from grouptui.store.config import data_dir

        return data_dir() / "books" / default_book_name(group, year)

    def save_form(self) -> None:
        """Validate, create the book, make it the app's book and go home."""
        values = self.form_values()
        errors: dict[str, str] = {}
        group = ""
        year = 0
        try:
            group = validate_group_name(values["group"])
        except BookError as exc:
            errors["group"] = exc.message()
        try:
            year = validate_year(values["year"])
        except BookError as exc:
            errors["year"] = exc.message()
        if self.show_errors(errors):
            return
        path = self.target_path(group, year)
        if path.exists():
            self.show_errors({"group": t("first_run_exists", path=path)})
            return
        from grouptui.store.config import remember_book
        from grouptui.store.newbook import create_book

        app = self.shell
        try:
            book = create_book(
                path,
                group=group,
                year=year,
                township=values["township"].strip(),
                template=values["template"] or "",
                device=app.device,
                clock=app.clock,
            )
        except UserFacingError as exc:
            self.show_errors({"group": exc.message()})
            return
        remember_book(path)
        self.mark_clean()
        app.set_book(book)
        app.notify(t("first_run_done", path=path), markup=False)
        app.switch_screen(app.screen_for("home"))
