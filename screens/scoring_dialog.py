"""The scoring rules dialog (履职积分), opened from the registration form screen.

One row per duty category (base, bonus per repeat, cap) and the cap on the total. The
values are checked by :mod:`grouptui.domain.scoring_table` on save; each row's message
shows under it and the first bad field gets the focus, and nothing is written until
every field is right. "Clear all" (after asking) removes the rules, and the form loses
its score column. Dismisses with True when the book changed, None otherwise.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from grouptui.domain.scoring_table import FIELDS, RowText, ScoreFieldError, read_table, table_of
from grouptui.domain.vocab import DUTY_CATEGORIES, label
from grouptui.i18n import get_language, t
from grouptui.navigation import install_keys
from grouptui.widgets.book_screen import BookAccess, FormButtons
from grouptui.widgets.form import FormScreen


class ScoreRow(Vertical):
    """One line of the table: a label, its inputs, and the message under them.

    Args:
        key: the category key, or ``"total_cap"`` for the total's row.
        name: the words on the left.
        values: the texts of the inputs (one for the total, three for a category).
    """

    DEFAULT_CSS = """
    ScoreRow { height: auto; }
    ScoreRow > Horizontal { height: 1; }
    ScoreRow .score-name { width: 24; }
    ScoreRow Input { width: 1fr; margin-right: 1; background: $boost; }
    ScoreRow Input:focus { background: $primary 30%; }
    ScoreRow .score-fill { width: 1fr; margin-right: 1; }
    ScoreRow .score-error { color: $text-error; display: none; padding-left: 24; }
    ScoreRow.-invalid .score-error { display: block; }
    ScoreRow.-invalid Input.-bad { background: $error 30%; }
    """

    def __init__(self, key: str, name: str, values: tuple[str, ...]) -> None:
        super().__init__(id=f"row-{key}")
        #: the category key (or "total_cap").
        self.key = key
        self._title = name  # not _name: Widget keeps its own name there
        self._values = values

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Label(self._title, classes="score-name", markup=False)
            fields = FIELDS if len(self._values) == 3 else ("total_cap",)
            for field, value in zip(fields, self._values, strict=True):
                yield Input(value, id=f"{self.key}-{field}", compact=True, select_on_focus=False)
            if len(self._values) == 1:
                # the total's one input lines up under the first column
                yield Static("", classes="score-fill")
                yield Static("", classes="score-fill")
        yield Static("", classes="score-error", markup=False)

    @property
    def texts(self) -> tuple[str, ...]:
        """What the inputs hold now."""
        return tuple(i.value for i in self.query(Input))

    @property
    def error(self) -> str:
        """The message shown under the row, or ""."""
        if not self.has_class("-invalid"):
            return ""
        return str(self.query_one(".score-error", Static).content)

    def set_error(self, exc: ScoreFieldError) -> Input:
        """Show ``exc`` under the row; returns the input it is about."""
        self.query_one(".score-error", Static).update(exc.message())
        self.add_class("-invalid")
        bad = self.query_one(f"#{self.key}-{exc.field}", Input)
        bad.add_class("-bad")
        return bad

    def clear_error(self) -> None:
        """Hide the message."""
        self.remove_class("-invalid")
        for widget in self.query(Input):
            widget.remove_class("-bad")

    @on(Input.Changed)
    def _edited(self) -> None:
        if self.has_class("-invalid"):
            self.clear_error()


class ScoringDialog(BookAccess, FormButtons, ModalScreen["bool | None"]):
    """View and edit the book's scoring rules."""

    DEFAULT_CSS = """
    ScoringDialog { align: center middle; }
    ScoringDialog > VerticalScroll {
        width: 84; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ScoringDialog .dialog-title { text-style: bold; }
    ScoringDialog .dialog-intro { color: $text-muted; margin-bottom: 1; }
    ScoringDialog #score-head { height: 1; text-style: bold; }
    ScoringDialog #score-head Label { width: 1fr; margin-right: 1; }
    ScoringDialog #score-head .score-name { width: 24; margin-right: 0; }
    ScoringDialog #score-rows { height: auto; }
    ScoringDialog #row-total_cap { margin-top: 1; }
    ScoringDialog .form-buttons { height: auto; padding-top: 1; }
    ScoringDialog .form-buttons Button { margin-right: 2; }
    """

    AUTO_FOCUS = "Input"
    OTHER_BUTTONS = {"clear": "action_clear"}

    def __init__(self) -> None:
        super().__init__()
        install_keys(self, FormScreen.FORM_KEYS)
        self._clean: dict[str, tuple[str, ...]] | None = None

    def compose(self) -> ComposeResult:
        from grouptui.store.register import scoring

        rows, total = table_of(scoring(self.book))
        lang = get_language()
        # one scrolling box: on a short terminal the buttons scroll with the rows
        with VerticalScroll(id="score-box"):
            yield Static(t("score_dialog_title"), classes="dialog-title", markup=False)
            yield Static(t("score_dialog_intro"), classes="dialog-intro", markup=False)
            with Horizontal(id="score-head"):
                yield Label(t("score_col_category"), classes="score-name", markup=False)
                for word in ("score_col_base", "score_col_repeat", "score_col_cap"):
                    yield Label(t(word), markup=False)
            with Vertical(id="score-rows"):
                for key in DUTY_CATEGORIES:
                    row = rows[key]
                    yield ScoreRow(
                        key, label(DUTY_CATEGORIES, key, lang), (row.base, row.repeat, row.cap)
                    )
                yield ScoreRow("total_cap", t("score_total_cap"), (total,))
            with Horizontal(classes="form-buttons"):
                yield Button(t("form_save"), id="save", variant="primary", compact=True)
                yield Button(t("score_dialog_clear"), id="clear", variant="warning", compact=True)
                yield Button(t("form_cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self._clean = self.values()

    def values(self) -> dict[str, tuple[str, ...]]:
        """Every row's texts, by category key (and ``"total_cap"``)."""
        return {row.key: row.texts for row in self.query(ScoreRow)}

    def has_unsaved_changes(self) -> bool:
        """Whether anything was typed since the dialog opened."""
        return self._clean is not None and self.values() != self._clean

    def row(self, key: str) -> ScoreRow:
        """The row of category ``key`` (or ``"total_cap"``)."""
        return self.query_one(f"#row-{key}", ScoreRow)

    def action_save(self) -> None:
        """Check every field; show what is wrong under its row, or save and close."""
        values = self.values()
        total = values.pop("total_cap")[0]
        rules, errors = read_table({k: RowText(*v) for k, v in values.items()}, total)
        first = None
        for row in self.query(ScoreRow):
            exc = errors.get(row.key)
            if exc is None:
                row.clear_error()
                continue
            bad = row.set_error(exc)
            first = first or bad
        if first is not None:
            # The messages just added change the layout: scroll once it is laid out,
            # without animation, so the bad field is shown at once.
            first.focus(scroll_visible=False)
            self.call_after_refresh(first.scroll_visible, animate=False)
            return
        if not self.ensure_writable():
            return
        from grouptui.store.register import save_scoring

        save_scoring(self.book, rules)
        self._clean = self.values()
        self.notify(t("score_dialog_saved"), markup=False)
        self.dismiss(True)

    def action_clear(self) -> None:
        """Remove every scoring rule, after asking."""
        from grouptui.widgets.dialogs import ConfirmDialog

        def answered(yes: bool | None) -> None:
            if not yes or not self.ensure_writable():
                return
            from grouptui.store.register import save_scoring

            save_scoring(self.book, None)
            self._clean = None
            self.notify(t("score_dialog_cleared"), markup=False)
            self.dismiss(True)

        self.app.push_screen(ConfirmDialog(t("score_clear_question")), answered)
