"""The rule settings in words: each setting's name and value as the user reads them.

``rules list`` and the checklist's rules tab show these; ``--json`` keeps the keys and raw
values (data). A setting can be named by its key or by its name in either language.
"""

from __future__ import annotations

from typing import Any

from grouptui.domain.evaluation import SCALES
from grouptui.domain.rule_settings import DEFAULT_RULES
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import get_language, join_words, lookup, t

#: How each numeric setting's value reads (a ``setting_unit_*`` message).
UNITS: dict[str, str] = {
    "group_activities_per_quarter": "times",
    "activities_per_year_min": "times",
    "collective_study_per_year_min": "times",
    "collective_study_per_quarter": "times",
    "reception_day": "day_of_month",
    "receptions_per_year": "times",
    "receptions_per_deputy_per_year": "times",
    "voter_contacts_per_deputy_per_year": "times",
    "report_month": "month",
    "term_training_days_min": "days",
    "term_training_days_max": "days",
    "term_years": "years",
    "term_last_year": "year",
    "satisfaction_quarter": "quarter",
    "evaluation_good_min_pct": "percent",
    "evaluation_basic_min_pct": "percent",
}


def setting_name(key: str) -> str:
    """The setting's name in the current language (the key for one this version lacks)."""
    return t(f"setting_{key}") if lookup(f"setting_{key}") is not None else key


def setting_key(text: str) -> str | None:
    """The setting ``text`` names: its key (``-`` for ``_`` too) or its name in either language."""
    value = text.strip()
    if value.replace("-", "_") in DEFAULT_RULES:
        return value.replace("-", "_")
    for key in DEFAULT_RULES:
        pair = lookup(f"setting_{key}")
        if pair and value.casefold() in (pair[0].casefold(), pair[1].casefold()):
            return key
    return None


def setting_value(key: str, value: Any) -> str:
    """The value of setting ``key`` as the user reads it: 每月 10 日, 接待选民、参加人代会."""
    if value is None or value == []:
        return t("none")
    if key == "group_activity_excluded_forms" and isinstance(value, list):
        return join_words(label(FORMS, str(v), get_language()) for v in value)
    if key == "disabled" and isinstance(value, list):
        return join_words(t(f"rule_name_{v}") for v in value)
    if key == "evaluation_scale" and value in SCALES:
        return join_words(label(SCALES[value], grade, get_language()) for grade in SCALES[value])
    if key == "report_prep_deadline" and isinstance(value, str) and "-" in value:
        month, _, day = value.partition("-")
        if month.isdigit() and day.isdigit():
            return t("setting_month_day", month=int(month), day=int(day))
    if key in UNITS and isinstance(value, int | float) and not isinstance(value, bool):
        return t(f"setting_unit_{UNITS[key]}", n=f"{value:g}")
    if isinstance(value, list):
        return join_words(value)
    return str(value)
