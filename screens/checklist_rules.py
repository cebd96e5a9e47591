"""The checklist's rules tab: how each rule stands today, and changing a rule's values.

Enter on a rule opens a form with the values the rule reads (each with its name and
unit) and whether the rule is checked at all; Del puts them back to the defaults. Both
write through the same store functions as ``grouptui rules set`` and ``rules reset``
(:func:`grouptui.store.checks.set_rules`, :func:`~grouptui.store.checks.reset_rules`),
so a value the command refuses is refused here with the same sentence, and nothing is
saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets import Static

from grouptui.domain.rule_settings import (
    DEFAULT_RULES,
    RULE_IDS,
    RULE_SETTINGS,
    parse_rule_value,
)
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import fmt_date, get_language, t
from grouptui.navigation import Key
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.form_dialog import Field, FormDialog
from grouptui.words import reason_text

_STATUS_STYLE = {"met": "green", "at_risk": "yellow", "missed": "bold red", "not_yet_due": ""}

#: the keys of the rules tab (hidden on the quarter tabs, where they would do nothing).
RULE_KEYS = (
    Key("checklist_rule_edit", "enter", "edit_rule", "checklist_key_rule_edit", priority=True),
    Key("checklist_rule_reset", "delete", "reset_rule", "checklist_key_rule_reset"),
)

#: the actions of the rules tab.
RULE_ACTIONS = frozenset({"edit_rule", "reset_rule"})


def rules_table() -> FitTable:
    """The table of the rules tab: the reason gives up its width first (shown in full
    below the table for the highlighted rule)."""
    return FitTable(id="table-rules", cursor_type="row", shrink=("reason",), minimum={"reason": 12})


def value_text(key: str, value: Any) -> str:
    """A rule value as the form shows it: forms by their names, nothing for no value."""
    if value is None:
        return ""
    if isinstance(value, list):
        sep = "、" if get_language() == "zh" else ", "
        if key == "group_activity_excluded_forms":
            return sep.join(label(FORMS, v, get_language()) for v in value)
        return sep.join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def rule_fields(rule: str, values: dict[str, Any]) -> list[Field]:
    """The form's fields of ``rule``: checked or not, then each value it reads."""
    fields = [
        Field(
            "enabled",
            t("rule_field_enabled"),
            kind="checkbox",
            value=rule not in values["disabled"],
        )
    ]
    for key in RULE_SETTINGS.get(rule, ()):
        default = value_text(key, DEFAULT_RULES[key]) or t("rule_default_none")
        fields.append(
            Field(
                key,
                t(f"rule_setting_{key}"),
                value=value_text(key, values[key]),
                placeholder=t("rule_default_is", value=default),
            )
        )
    return fields


def rule_changes(rule: str, typed: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The rule values the form's text stands for (``RulesError`` for a wrong one)."""
    changes: dict[str, Any] = {
        key: parse_rule_value(key, str(typed[key])) for key in RULE_SETTINGS.get(rule, ())
    }
    disabled = [r for r in values["disabled"] if r != rule]
    if not typed["enabled"]:
        disabled.append(rule)
    changes["disabled"] = disabled
    return changes


class RulesTab(BookScreen[None]):
    """The part of the checklist screen that shows and edits the rules."""

    #: each rule id with its result as shown in the rules tab (None: not checked).
    results: list[tuple[str, Any]]
    #: the other years' training and their years, read once per visit (None: not yet).
    _others: tuple[dict[str, float], tuple[int, ...]] | None = None

    def fill_rules(self, view: Any = None) -> None:
        """The rules as of today in the rules tab, and their count above the tabs."""
        from grouptui.store.plan import other_years_training, rule_results

        others = self._others
        if others is None:
            # the other years' books are read once per visit, not after every save
            others = self._others = other_years_training(self.book)
        results = rule_results(self.book, self.today(), others=others, view=view)
        by_rule = {r.rule: r for r in results}
        # a rule switched off is listed too: Enter is how it is switched on again
        self.results = [(rule, by_rule.get(rule)) for rule in RULE_IDS]
        table = self.query_one("#table-rules", FitTable)
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("col_rule"), key="rule")
        table.add_column(t("col_rule_status"), key="status")
        table.add_column(t("col_reason"), key="reason")
        for rule, result in self.results:
            if result is None:
                status = Text(t("check_status_off"), style="dim")
            else:
                status = Text(
                    t(f"check_status_{result.status}"), style=_STATUS_STYLE[result.status]
                )
            table.add_row(
                Text(t(f"rule_name_{rule}")), status, Text(_reason(rule, result)), key=rule
            )
        table.move_cursor(row=min(keep, len(self.results) - 1))
        counts = dict.fromkeys(_STATUS_STYLE, 0)
        for result in results:
            counts[result.status] += 1
        summary = t("checklist_summary", date=fmt_date(self.today()), **counts)
        self.query_one("#rules-summary", Static).update(summary)

    def rule_detail(self) -> str:
        """The highlighted rule's reason in full (the table cuts it at 80 columns)."""
        rule = self.selected_rule()
        if rule is None:
            return t("checklist_rules_hint")
        result = dict(self.results).get(rule)
        return t("checklist_rule_detail", name=t(f"rule_name_{rule}"), reason=_reason(rule, result))

    def selected_rule(self) -> str | None:
        """The id of the rule under the cursor of the rules tab, if any."""
        table = self.query_one("#table-rules", FitTable)
        if not self.results or not 0 <= table.cursor_row < len(self.results):
            return None
        return self.results[table.cursor_row][0]

    def action_edit_rule(self) -> None:
        """The form of the highlighted rule's values; saved as ``rules set`` saves."""
        rule = self.selected_rule()
        if rule is None or not self.ensure_writable():
            return
        from grouptui.store.checks import book_rules, set_rules

        values = book_rules(self.book)

        def submit(typed: dict[str, Any]) -> bool:
            set_rules(self.book, rule_changes(rule, typed, values))
            return True

        def done(saved: bool | None) -> None:
            if saved:
                self.refresh_book()
                self.notify(t("rule_saved", name=t(f"rule_name_{rule}")), markup=False)

        title = t("rule_edit_title", name=t(f"rule_name_{rule}"))
        fields = rule_fields(rule, values)
        dialog = FormDialog(title, fields, submit, focus=_first_value(fields))
        self.app.push_screen(dialog, done)

    def action_reset_rule(self) -> None:
        """Put the highlighted rule's values back to the defaults, after asking."""
        rule = self.selected_rule()
        if rule is None or not self.ensure_writable():
            return
        from grouptui.store.checks import book_rules, reset_rules, set_rules
        from grouptui.widgets.dialogs import ConfirmDialog

        name = t(f"rule_name_{rule}")

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            reset_rules(self.book, list(RULE_SETTINGS.get(rule, ())))
            disabled = book_rules(self.book)["disabled"]
            if rule in disabled:
                set_rules(self.book, {"disabled": [r for r in disabled if r != rule]})
            self.refresh_book()
            self.notify(t("rule_reset_one", name=name), markup=False)

        question = t("rule_reset_question", name=name)
        self.app.push_screen(ConfirmDialog(question, default_yes=False), answered)


def _reason(rule: str, result: Any) -> str:
    """Why a rule stands as it does, or why it is not checked."""
    if result is not None:
        return reason_text(result)
    return t("rule_zero_reason" if rule == "study_each_quarter" else "rule_off_reason")


def _first_value(fields: Sequence[Field]) -> str:
    """The first value field of a rule form (the checkbox when the rule reads none)."""
    return fields[1].name if len(fields) > 1 else fields[0].name
