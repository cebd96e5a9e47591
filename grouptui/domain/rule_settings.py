"""The rule settings of a book: defaults from the seeds, validation of what a user types.

A book stores only what differs from the defaults, as one :class:`Setting` whose id is
``RULES_SETTING_ID``; :func:`effective_rules` merges it over :data:`DEFAULT_RULES`. Every
value that enters (from the CLI, the TUI or a template's ``"rules"`` key) goes through
:func:`validate_rules`, which refuses impossible numbers with a :class:`RulesError` that
says which and why, so that nothing is saved.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from grouptui.domain.errors import UserFacingError
from grouptui.domain.numbers import parse_decimal
from grouptui.domain.vocab import FORMS, parse_choice

#: id of the settings document that holds a book's rule overrides: derived_id("settings",
#: "rules"), written out because computing it at import loads hashlib (uuid5's SHA-1) on the
#: app's start, where nothing else needs it (tests/domain/test_rules.py checks the value).
RULES_SETTING_ID = "bb39ace6-cfff-58fe-8341-f5f69942b636"

#: The seeds' rules (DOMAIN.md); each township sets its own.
DEFAULT_RULES: dict[str, Any] = {
    # 每季度开展一次 / 一年不少于4次
    "group_activities_per_quarter": 1,
    "activities_per_year_min": 4,
    # A reception is staffed by a few deputies in turn and attending the congress session
    # is not the group's own activity, so neither counts as a group activity by default.
    "group_activity_excluded_forms": ["voter_reception", "session"],
    # 集体学习不少于2次; the training plan asks one a quarter (0 = no quarterly rule).
    "collective_study_per_year_min": 2,
    "collective_study_per_quarter": 0,
    # 每月10日接待选民, 全年不少于8次, 每名代表年内至少参加一次
    "reception_day": 10,
    "receptions_per_year": 8,
    "receptions_per_deputy_per_year": 1,
    # 一年两次联系选民: each deputy, by a voter-contact or visit activity or a duty entry
    "voter_contacts_per_deputy_per_year": 2,
    # 述职: preparations done by 30 August, held in September
    "report_prep_deadline": "08-30",
    "report_month": 9,
    # 5 to 7 training days per deputy over a five-year term
    "term_training_days_min": 5,
    "term_training_days_max": 7,
    "term_years": 5,
    # the last year of the current term, if known (None: the term goes on past this book)
    "term_last_year": None,
    # Q4: rate satisfaction with how suggestions were handled
    "satisfaction_quarter": 4,
    # 述职 evaluation: the words of the ballot, and the share (in whole percent of the
    # ballots) that gives the first grade, and the first two grades together the second
    "evaluation_scale": "competence",
    "evaluation_good_min_pct": 80,
    "evaluation_basic_min_pct": 50,
    # rule ids switched off in this book
    "disabled": [],
}

#: Every rule, in the order ``check`` lists them.
RULE_IDS = (
    "quarterly_activities",
    "yearly_activities",
    "collective_study",
    "study_each_quarter",
    "receptions",
    "reception_every_deputy",
    "voter_contacts",
    "report_prepared",
    "report_held",
    "training_days",
    "satisfaction_rating",
)

# key -> (lowest, highest): whole numbers. A reception is held on one day a month, so no
# more than 12 a year; a quarter has at most 92 days and a year 366.
_INT_RANGES: dict[str, tuple[int, int]] = {
    "group_activities_per_quarter": (0, 92),
    "activities_per_year_min": (0, 366),
    "collective_study_per_year_min": (0, 366),
    "collective_study_per_quarter": (0, 92),
    "reception_day": (1, 31),
    "receptions_per_year": (0, 12),
    "receptions_per_deputy_per_year": (0, 12),
    "voter_contacts_per_deputy_per_year": (0, 366),
    "report_month": (1, 12),
    "term_years": (1, 10),
    "satisfaction_quarter": (1, 4),
    "evaluation_good_min_pct": (0, 100),
    "evaluation_basic_min_pct": (0, 100),
}
_DAY_RANGES: dict[str, tuple[float, float]] = {
    "term_training_days_min": (0, 100),
    "term_training_days_max": (0, 100),
}


class RulesError(UserFacingError):
    """A rule value that cannot be right (negative, 13 receptions a year, 30 February)."""


def _is_number(value: Any) -> bool:
    # A book's JSON can hold 1e400 (infinity) or NaN, which no bound check would catch.
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def parse_rule_value(key: str, text: str) -> Any:
    """The value of rule ``key`` typed as ``text`` on the command line (not yet validated)."""
    text = text.strip()
    if key not in DEFAULT_RULES:
        raise RulesError("rule_unknown", name=key, names=", ".join(DEFAULT_RULES))
    if key in ("group_activity_excluded_forms", "disabled"):
        for sep in ("，", "、", ";", "；"):
            text = text.replace(sep, ",")
        return [part.strip() for part in text.split(",") if part.strip()]
    if key in ("report_prep_deadline", "evaluation_scale"):
        return text
    if key == "term_last_year" and text.lower() in ("", "none", "null", "-", "无"):
        return None
    number = parse_decimal(text)
    if number is None:
        # Also "nan", "inf" and 5000 digits: none is a number a rule can hold.
        raise RulesError("rule_not_number", name=key, value=text)
    return int(number) if number.is_integer() else number


def validate_rules(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` checked and normalised (forms to keys); :class:`RulesError` if impossible.

    Pass everything the book will store (its current overrides with the change on top):
    the checks that compare two values (training minimum against maximum) see them all.

    Unknown keys with text values (a template's ``reception_place``, ``record_book`` ...)
    are kept as information; an unknown key with any other value is refused.
    """
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in _INT_RANGES:
            low, high = _INT_RANGES[key]
            if not _is_number(value) or value != int(value) or not low <= value <= high:
                raise RulesError("rule_bad_number", name=key, value=value, low=low, high=high)
            out[key] = int(value)
        elif key in _DAY_RANGES:
            low_f, high_f = _DAY_RANGES[key]
            if not _is_number(value) or not low_f <= value <= high_f:
                raise RulesError(
                    "rule_bad_number", name=key, value=value, low=int(low_f), high=int(high_f)
                )
            out[key] = value
        elif key == "term_last_year":
            if value is not None and (not _is_number(value) or not 1949 <= value <= 2199):
                raise RulesError("rule_bad_number", name=key, value=value, low=1949, high=2199)
            out[key] = None if value is None else int(value)
        elif key == "report_prep_deadline":
            out[key] = _month_day(value)
        elif key == "evaluation_scale":
            out[key] = _scale(value)
        elif key == "group_activity_excluded_forms":
            forms = []
            for text in value if isinstance(value, list) else [value]:
                form = parse_choice(FORMS, str(text))
                if form is None:
                    raise RulesError("rule_bad_form", value=text)
                forms.append(form)
            out[key] = forms
        elif key == "disabled":
            ids = list(value) if isinstance(value, list) else [value]
            for rule_id in ids:
                if rule_id not in RULE_IDS:
                    raise RulesError("rule_bad_id", value=rule_id, names=list(RULE_IDS))
            out[key] = ids
        elif isinstance(value, str):
            out[key] = value
        else:
            raise RulesError("rule_unknown", name=key, names=", ".join(DEFAULT_RULES))
    merged = {**DEFAULT_RULES, **out}
    if merged["term_training_days_min"] > merged["term_training_days_max"]:
        raise RulesError(
            "rule_min_above_max",
            low=merged["term_training_days_min"],
            high=merged["term_training_days_max"],
        )
    if merged["receptions_per_deputy_per_year"] > merged["receptions_per_year"]:
        raise RulesError(
            "rule_per_deputy_above_total",
            each=merged["receptions_per_deputy_per_year"],
            total=merged["receptions_per_year"],
        )
    if merged["evaluation_basic_min_pct"] > merged["evaluation_good_min_pct"]:
        raise RulesError(
            "rule_eval_basic_above_good",
            low=merged["evaluation_basic_min_pct"],
            high=merged["evaluation_good_min_pct"],
        )
    prep = _deadline(merged["report_prep_deadline"], 2000)
    if prep.month > merged["report_month"]:
        raise RulesError(
            "rule_prep_after_report", deadline=merged["report_prep_deadline"], month=prep.month
        )
    return out


def _scale(value: Any) -> str:
    """``competence`` (称职) or ``satisfaction`` (满意), typed as a key or a word of it."""
    from grouptui.domain.evaluation import SCALES

    text = str(value).strip()
    for key, words in SCALES.items():
        if text.lower() == key or text in (w for pair in words.values() for w in pair):
            return key
    raise RulesError("rule_bad_scale", value=text, names=list(SCALES))


def _month_day(value: Any) -> str:
    """A ``MM-DD`` deadline (30 February refused; 29 February allowed, 28th in common years)."""
    text = str(value).strip()
    try:
        month_s, day_s = text.split("-")
        date(2000, int(month_s), int(day_s))
    except ValueError:
        raise RulesError("rule_bad_month_day", value=text) from None
    return f"{int(month_s):02d}-{int(day_s):02d}"


def _deadline(month_day: str, year: int) -> date:
    month, day = (int(p) for p in month_day.split("-"))
    if month == 2 and day == 29 and not _is_leap(year):
        day = 28
    return date(year, month, day)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def deadline_in(month_day: str, year: int) -> date:
    """The date of a ``MM-DD`` deadline in ``year`` (29 February falls on the 28th if need be)."""
    return _deadline(month_day, year)


def effective_rules(stored: dict[str, Any] | None) -> dict[str, Any]:
    """The defaults with a book's stored overrides on top (unknown old values ignored)."""
    rules = dict(DEFAULT_RULES)
    for key, value in (stored or {}).items():
        rules[key] = value
    return rules


def overrides(values: dict[str, Any]) -> dict[str, Any]:
    """The entries of ``values`` that differ from the defaults (what a book stores)."""
    return {k: v for k, v in values.items() if DEFAULT_RULES.get(k, object()) != v}


#: The settings each rule reads, in the order a form asks them (the checklist's rule
#: dialog edits a rule through them; ``disabled`` switches any rule off).
RULE_SETTINGS: dict[str, tuple[str, ...]] = {
    "quarterly_activities": ("group_activities_per_quarter", "group_activity_excluded_forms"),
    "yearly_activities": ("activities_per_year_min", "group_activity_excluded_forms"),
    "collective_study": ("collective_study_per_year_min",),
    "study_each_quarter": ("collective_study_per_quarter",),
    "receptions": ("reception_day", "receptions_per_year"),
    "reception_every_deputy": ("receptions_per_deputy_per_year",),
    "voter_contacts": ("voter_contacts_per_deputy_per_year",),
    "report_prepared": ("report_prep_deadline",),
    "report_held": ("report_month",),
    "training_days": (
        "term_training_days_min",
        "term_training_days_max",
        "term_years",
        "term_last_year",
    ),
    "satisfaction_rating": ("satisfaction_quarter",),
}
