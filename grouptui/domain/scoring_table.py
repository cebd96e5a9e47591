"""Scoring rules as typed in a table: one row per duty category, a message per bad field.

Pure. The scoring dialog of the registration form screen and ``grouptui scoring set``
read what the user typed through these functions, so both refuse the same things:
a field that is not a number, a negative one, one above :data:`MAX_POINTS`, a cap
below the base (the category could never give its base), a bonus or cap with no base.
A row left empty scores nothing; a table left empty means no scoring at all (the form
then has no score column).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from grouptui.domain.duty import DutyError
from grouptui.domain.errors import Message
from grouptui.domain.scoring import CategoryRule, ScoringRules
from grouptui.domain.vocab import DUTY_CATEGORIES

#: the most points any field may hold.
MAX_POINTS = 1000.0
#: the fields of a row, in the order shown.
FIELDS = ("base", "repeat", "cap")
#: the catalog key naming each field in messages.
FIELD_WORDS = {
    "base": "score_col_base",
    "repeat": "score_col_repeat",
    "cap": "score_col_cap",
    "total_cap": "score_total_cap",
}


class ScoreFieldError(DutyError):
    """A bad value in one field of the scoring table; ``field`` says which."""

    def __init__(self, field: str, key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.field = field


@dataclass(frozen=True)
class RowText:
    """What the user typed in one category's row."""

    base: str = ""
    repeat: str = ""
    cap: str = ""


def points_text(value: float | None) -> str:
    """A number of points as typed: ``2``, ``1.5``; "" for none."""
    return "" if value is None else f"{value:g}"


def parse_field(text: str, field: str) -> float | None:
    """The points typed in ``field`` ("" for none); :class:`ScoreFieldError` if impossible."""
    raw = unicodedata.normalize("NFKC", text or "").strip().replace("。", ".")
    if not raw:
        return None
    name = Message(FIELD_WORDS[field])
    try:
        number = float(raw)
    except ValueError:
        raise ScoreFieldError(field, "score_field_not_number", what=name, value=raw) from None
    if not math.isfinite(number):
        raise ScoreFieldError(field, "score_field_not_number", what=name, value=raw)
    if number < 0:
        raise ScoreFieldError(field, "score_field_negative", what=name, value=raw)
    if number > MAX_POINTS:
        raise ScoreFieldError(
            field, "score_field_too_large", what=name, value=raw, limit=f"{MAX_POINTS:g}"
        )
    return number


def check_rule(rule: CategoryRule) -> CategoryRule:
    """``rule`` if it can be right; a cap below the base is refused."""
    if rule.cap is not None and rule.cap < rule.base:
        raise ScoreFieldError(
            "cap", "score_cap_below_base", cap=points_text(rule.cap), base=points_text(rule.base)
        )
    return rule


def read_row(row: RowText) -> CategoryRule | None:
    """The rule a row holds, None for an empty row; :class:`ScoreFieldError` if bad."""
    base = parse_field(row.base, "base")
    repeat = parse_field(row.repeat, "repeat")
    cap = parse_field(row.cap, "cap")
    if base is None:
        if repeat is None and cap is None:
            return None
        raise ScoreFieldError("base", "score_base_missing")
    return check_rule(CategoryRule(base=base, repeat=repeat or 0.0, cap=cap))


def read_table(
    rows: Mapping[str, RowText], total_cap: str
) -> tuple[ScoringRules | None, dict[str, ScoreFieldError]]:
    """The rules of the whole table, or the errors by category key (and ``"total_cap"``).

    With any error the rules are None: nothing is saved until every field is right.
    """
    rules: dict[str, CategoryRule] = {}
    errors: dict[str, ScoreFieldError] = {}
    for category in DUTY_CATEGORIES:
        row = rows.get(category)
        if row is None:
            continue
        try:
            rule = read_row(row)
        except ScoreFieldError as exc:
            errors[category] = exc
            continue
        if rule is not None:
            rules[category] = rule
    total: float | None = None
    try:
        total = parse_field(total_cap, "total_cap")
    except ScoreFieldError as exc:
        errors["total_cap"] = exc
    if total is not None and not rules and not errors:
        errors["total_cap"] = ScoreFieldError("total_cap", "score_total_cap_alone")
    if errors:
        return None, errors
    return (ScoringRules(rules=rules, total_cap=total) if rules else None), {}


def table_of(rules: ScoringRules | None) -> tuple[dict[str, RowText], str]:
    """The table showing ``rules``: a row per category (empty where none) and the total cap."""
    rows = {}
    for category in DUTY_CATEGORIES:
        rule = rules.rules.get(category) if rules else None
        rows[category] = (
            RowText(points_text(rule.base), points_text(rule.repeat), points_text(rule.cap))
            if rule is not None
            else RowText()
        )
    return rows, points_text(rules.total_cap) if rules else ""
