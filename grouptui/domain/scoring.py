"""Duty scoring (履职积分), optional per book: a base per category, a bonus per repeat, a cap.

Rules are a plain dict (stored in a Setting document) so that a newer program's extra keys
survive: ``{"rules": {category: {"base": 2, "repeat": 1, "cap": 10}}, "total_cap": 100}``.
A category without a rule scores nothing; a book without rules has no score at all.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from grouptui.domain.duty import DutyError
from grouptui.domain.vocab import DUTY_CATEGORIES


@dataclass(frozen=True)
class CategoryRule:
    """How one category scores: ``base`` for the first entry, ``repeat`` for each further one."""

    base: float = 0.0
    repeat: float = 0.0
    #: the most this category can give; None for no cap.
    cap: float | None = None

    def score(self, count: int) -> float:
        """The points ``count`` entries of this category give."""
        if count <= 0:
            return 0.0
        points = self.base + self.repeat * (count - 1)
        return min(points, self.cap) if self.cap is not None else points


@dataclass(frozen=True)
class ScoringRules:
    """A book's scoring rules."""

    rules: Mapping[str, CategoryRule]
    total_cap: float | None = None

    def score(self, counts: Mapping[str, int]) -> float:
        """The total points of a deputy with ``counts`` entries per category."""
        total = sum(rule.score(counts.get(cat, 0)) for cat, rule in self.rules.items())
        return min(total, self.total_cap) if self.total_cap is not None else total

    def to_values(self) -> dict[str, Any]:
        """The Setting document values."""
        return {
            "rules": {
                cat: {"base": r.base, "repeat": r.repeat, "cap": r.cap}
                for cat, r in self.rules.items()
            },
            "total_cap": self.total_cap,
        }


def _number(value: object) -> float | None:
    if value is None or value == "":
        return None
    if not isinstance(value, int | float | str):  # a list or a mapping in a hand-edited book
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def from_values(values: Mapping[str, Any] | None) -> ScoringRules | None:
    """The rules a Setting holds, or None when it holds none (no score column)."""
    if not values:
        return None
    raw = values.get("rules") or {}
    rules: dict[str, CategoryRule] = {}
    if isinstance(raw, Mapping):
        for cat, rule in raw.items():
            if cat not in DUTY_CATEGORIES or not isinstance(rule, Mapping):
                continue
            rules[cat] = CategoryRule(
                base=_number(rule.get("base")) or 0.0,
                repeat=_number(rule.get("repeat")) or 0.0,
                cap=_number(rule.get("cap")),
            )
    if not rules:
        return None
    return ScoringRules(rules=rules, total_cap=_number(values.get("total_cap")))


def parse_points(text: str | None, *, allow_none: bool = False) -> float | None:
    """Points typed by the user: a number from 0 to 1000 (empty for none when allowed)."""
    raw = (text or "").strip()
    if not raw:
        if allow_none:
            return None
        raise DutyError("score_bad_points", value=text or "")
    number = _number(raw)
    if number is None or number < 0 or number > 1000:
        raise DutyError("score_bad_points", value=text)
    return number


def with_rule(
    current: ScoringRules | None, category: str, rule: CategoryRule | None
) -> ScoringRules | None:
    """``current`` with ``category``'s rule set (or removed when ``rule`` is None)."""
    rules = dict(current.rules) if current else {}
    if rule is None:
        rules.pop(category, None)
    else:
        rules[category] = rule
    if not rules:
        return None
    return ScoringRules(rules=rules, total_cap=current.total_cap if current else None)
