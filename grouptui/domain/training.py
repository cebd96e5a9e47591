"""Rules of training (学习培训): its kind, its length in days, and each deputy's assessment.

Over a five-year term a deputy should have 5 to 7 days of training; the registration form
sums the days of every training the deputy attended (see :mod:`grouptui.domain.register`).
"""

from __future__ import annotations

import math

from grouptui.domain.duty import DutyError
from grouptui.domain.numbers import parse_decimal
from grouptui.domain.vocab import TRAINING_KINDS, Labels, parse_choice

#: how a training is assessed (考核验收).
ASSESSMENT_KINDS: dict[str, tuple[str, str]] = {
    "paper": ("试卷答题", "test paper"),
    "reflection": ("撰写心得体会", "written reflections"),
}

#: what officers write for short.
SHORT_ASSESSMENT = {
    "试卷": "paper",
    "答题": "paper",
    "心得": "reflection",
    "心得体会": "reflection",
}

#: the longest single training we accept, in days.
MAX_DAYS = 31.0

#: the term's training target, in days (5 to 7 over five years).
TERM_TARGET = (5.0, 7.0)


def parse_kind(text: str) -> str:
    """The training kind key ``text`` names; :class:`DutyError` if none."""
    # The seeds say 初任 / 履职 / 专题 as often as 初任学习 / 履职学习 / 专题学习.
    key = parse_choice(TRAINING_KINDS, text or "") or parse_choice(
        TRAINING_KINDS, (text or "").strip() + "学习"
    )
    if key is None:
        raise DutyError("training_bad_kind", value=text, names=Labels.of(TRAINING_KINDS))
    return key


def parse_assessment(text: str) -> str:
    """The assessment kind key ``text`` names; :class:`DutyError` if none."""
    key = parse_choice(ASSESSMENT_KINDS, text or "") or SHORT_ASSESSMENT.get((text or "").strip())
    if key is None:
        raise DutyError("training_bad_assessment", value=text, names=Labels.of(ASSESSMENT_KINDS))
    return key


def parse_days(text: str | float) -> float:
    """A training's length in days: more than 0, at most 31, halves allowed."""
    if isinstance(text, int | float):
        value = float(text)
    else:
        raw = text.strip()
        number = parse_decimal(raw)
        if number is None or "e" in raw.lower():
            raise DutyError("training_bad_days", value=text)
        value = number
    if not math.isfinite(value) or value <= 0 or value > MAX_DAYS:
        raise DutyError("training_bad_days", value=text)
    return value
