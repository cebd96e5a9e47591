"""述职 evaluation: the voters' ballots on each deputy who reported, and the result.

Pure. After a report to voters (述职) the voters present vote on each deputy: 称职 / 基本称职 /
不称职 (or 满意 / 基本满意 / 不满意, chosen per book by the rule ``evaluation_scale``). The
result follows two thresholds kept with the book's rules, in whole percent of the ballots:

- the first grade when its ballots are at least ``evaluation_good_min_pct`` (default 80);
- else the second grade when the first two grades together reach
  ``evaluation_basic_min_pct`` (default 50);
- else the third grade.

Comparisons are made in integers (``ballots * 100 >= pct * total``), so exactly 80 % and
exactly 50 % fall on the higher side, with no rounding in between.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from grouptui.domain.errors import UserFacingError

#: The grades, best first; the book stores these keys.
GRADES = ("good", "basic", "poor")

#: The words of each scale, per grade: key -> (zh, en).
SCALES: dict[str, dict[str, tuple[str, str]]] = {
    "competence": {
        "good": ("称职", "competent"),
        "basic": ("基本称职", "basically competent"),
        "poor": ("不称职", "not competent"),
    },
    "satisfaction": {
        "good": ("满意", "satisfied"),
        "basic": ("基本满意", "basically satisfied"),
        "poor": ("不满意", "not satisfied"),
    },
}

#: The most ballots one deputy can receive at one meeting (a township has fewer voters).
MAX_BALLOTS = 100_000


class EvaluationError(UserFacingError):
    """Votes that cannot be right (negative, not a number, not a report to voters)."""


@dataclass(frozen=True)
class Votes:
    """The ballots cast on one deputy at one 述职 meeting."""

    good: int = 0
    basic: int = 0
    poor: int = 0

    @property
    def total(self) -> int:
        """Every ballot counted."""
        return self.good + self.basic + self.poor

    def as_dict(self) -> dict[str, int]:
        """``{"good": n, "basic": n, "poor": n}``."""
        return {"good": self.good, "basic": self.basic, "poor": self.poor}


@dataclass(frozen=True)
class Thresholds:
    """The book's evaluation rules."""

    scale: str = "competence"
    good_min_pct: int = 80
    basic_min_pct: int = 50

    @classmethod
    def from_rules(cls, rules: dict[str, Any]) -> Thresholds:
        """The thresholds in force in a book's rules (defaults where missing)."""
        scale = rules.get("evaluation_scale", "competence")
        return cls(
            scale=scale if scale in SCALES else "competence",
            good_min_pct=int(rules.get("evaluation_good_min_pct", 80)),
            basic_min_pct=int(rules.get("evaluation_basic_min_pct", 50)),
        )


def result(votes: Votes, rules: Thresholds) -> str:
    """The grade (a key of :data:`GRADES`) of ``votes``, or "" when no ballot was cast."""
    total = votes.total
    if total <= 0:
        return ""
    if votes.good * 100 >= rules.good_min_pct * total:
        return "good"
    if (votes.good + votes.basic) * 100 >= rules.basic_min_pct * total:
        return "basic"
    return "poor"


def grade_word(grade: str, scale: str, lang: str) -> str:
    """The word of ``grade`` on ``scale`` in ``lang`` ("" for no grade)."""
    words = SCALES.get(scale, SCALES["competence"]).get(grade)
    if words is None:
        return ""
    return words[0] if lang == "zh" else words[1]


def share(part: int, total: int) -> str:
    """``part`` of ``total`` in percent with one decimal, as a person writes it."""
    if total <= 0:
        return "0%"
    return f"{part * 100 / total:.1f}".rstrip("0").rstrip(".") + "%"


def parse_count(text: str | int, name: str) -> int:
    """A ballot count typed by the user: a whole number from 0 to :data:`MAX_BALLOTS`."""
    value = str(text).strip()
    if not value.isdigit() or int(value) > MAX_BALLOTS:
        raise EvaluationError("eval_bad_count", value=text, name=name, high=MAX_BALLOTS)
    return int(value)


def latest_grades(
    votes: dict[str, dict[str, Votes]], dates: Mapping[str, object], rules: Thresholds
) -> dict[str, str]:
    """Deputy id -> grade at the latest 述职 meeting (by ``dates`` of record ids) with ballots."""
    grades: dict[str, str] = {}
    for record_id in sorted(votes, key=lambda r: (str(dates.get(r, "")), r)):
        for deputy_id, cast in votes[record_id].items():
            grade = result(cast, rules)
            if grade:
                grades[deputy_id] = grade
    return grades
