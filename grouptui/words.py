"""The domain's data in the user's words: rule reasons, conflicting fields and values.

The domain and the store return data (reasons with their parameters, raw field values);
this module says it in the current language for the screens, the commands and the
exports. It is the only place these words are chosen, so the layers below never import
:mod:`grouptui.i18n` (the contracts of pyproject.toml ``[tool.importlinter]``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from grouptui.domain.conflicts import ConflictError, Doc, content_fields
from grouptui.domain.rules import Reason, RuleResult
from grouptui.i18n import fmt_date, get_language, lookup, t


def reason_text(result: RuleResult) -> str:
    """Why a rule stands where it does, in words of the current language."""
    return describe(result.reasons)


def describe(reasons: Iterable[Reason]) -> str:
    """Reason clauses in words, in the current language, joined with semicolons."""
    lang = get_language()
    sep = "、" if lang == "zh" else ", "

    def value(v: Any) -> Any:
        if isinstance(v, date):
            return fmt_date(v)
        if isinstance(v, float):
            return f"{v:g}"
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return ("，" if lang == "zh" else ", ").join(
                t("rule_quarter_count", quarter=q["quarter"], done=q["done"]) for q in v
            )
        if isinstance(v, list):
            return sep.join(str(x) for x in v)
        return v

    clauses = [t(r.key, **{k: value(v) for k, v in r.params.items()}) for r in reasons]
    return ("；" if lang == "zh" else "; ").join(clauses)


def show_value(value: Any) -> str:
    """A value as plain text for a side-by-side view."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, list):
        return "、".join(
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v)
            for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def field_label(name: str) -> str:
    """The field's name in the user's language."""
    key = f"mergefield_{name}"
    return t(key) if lookup(key) is not None else name


def field_by_label(table: str, sides: list[Doc], text: str) -> str:
    """The field a user named, by its stored name or its label in either language."""
    fields = content_fields(table, sides)
    wanted = text.strip()
    for name in fields:
        pair = lookup(f"mergefield_{name}") or ()
        if wanted == name or wanted in pair:
            return name
    raise ConflictError("conflict_bad_field", field=text, fields=", ".join(fields))
