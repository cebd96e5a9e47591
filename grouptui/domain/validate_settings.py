"""The settings documents whose values the program computes with: checked at open too.

A ``Setting`` holds free-form ``values``, so its field types say nothing about them. Two
of them feed arithmetic: the book's rules (``term_years`` sizes a range of years, counts
are compared and divided) and the term's first year. A hand-edited ``"term_years": 1e300``
made ``grouptui check`` build a range of 10^300 years until the system killed it. Each
is checked here with the same validation as when a user sets it.
"""

from __future__ import annotations

from typing import Any

from grouptui.domain.rule_settings import (
    DEFAULT_RULES,
    RULES_SETTING_ID,
    RulesError,
    validate_rules,
)

#: The term's first year (``grouptui.store.register.TERM_ID``): derived_id("settings", "term"),
#: written out like rule_settings.RULES_SETTING_ID (no hashlib at the app's start).
TERM_SETTING_ID = "3d87947b-c6a1-525c-bdba-1b8ec112351b"

#: Range of the term's first year (that of a book's year).
YEARS = (1949, 2199)


def bad_setting(doc: dict[str, Any]) -> tuple[str, str] | None:
    """The value of a settings document no rule or term can hold, as (field, kind)."""
    values = doc.get("values")
    if not values or doc.get("deleted"):
        return None
    if doc.get("id") == RULES_SETTING_ID:
        # Only the rules this version knows: a newer one may have added others.
        known = {k: v for k, v in values.items() if k in DEFAULT_RULES}
        if _refused(known):
            name = next((k for k in known if _refused({k: known[k]})), "")
            return ("values." + name if name else "values"), "rule"
    elif doc.get("id") == TERM_SETTING_ID:
        year = values.get("start_year")
        if year is not None and not (type(year) is int and YEARS[0] <= year <= YEARS[1]):
            return "values.start_year", "year"
    return None


def _refused(values: dict[str, Any]) -> bool:
    try:
        validate_rules(values)
    except RulesError:
        return True
    return False
