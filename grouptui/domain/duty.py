"""Rules of the duty log (代表履职记录本): categories, hours, quarters, who may log what.

Pure: no file, no Textual. The store's :mod:`grouptui.store.duty` applies these rules
before it writes, so a refused entry never touches the book.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Deputy, DutyEntry
from grouptui.domain.numbers import parse_decimal
from grouptui.domain.quarters import quarter_of
from grouptui.domain.roster import find_by_name
from grouptui.domain.vocab import DUTY_CATEGORIES, Labels, parse_choice

#: the most hours one deputy can spend on duties in one day.
MAX_HOURS_PER_DAY = 24.0


class DutyError(UserFacingError):
    """Bad input for the duty log, suggestions, receptions, training or scoring."""


def parse_category(text: str) -> str:
    """The duty category key ``text`` names; :class:`DutyError` listing the choices if none."""
    key = parse_choice(DUTY_CATEGORIES, text or "")
    if key is None:
        raise DutyError("duty_bad_category", value=text, names=Labels.of(DUTY_CATEGORIES))
    return key


def parse_hours(text: str | float | None) -> float:
    """Hours typed by the user ("2", "1.5", "" for none); refuses negative and absurd values."""
    if text is None:
        return 0.0
    if isinstance(text, int | float):
        value = float(text)
    else:
        raw = text.strip().replace("，", ".").replace("。", ".")
        if not raw:
            return 0.0
        number = parse_decimal(raw)
        if number is None or "e" in raw.lower():
            raise DutyError("duty_bad_hours", value=text)
        value = number
    if math.isnan(value) or value < 0:
        raise DutyError("duty_negative_hours", value=text)
    if value > MAX_HOURS_PER_DAY:
        raise DutyError("duty_hours_over_day", value=text, total=_fmt(value))
    return value


def _fmt(value: float) -> str:
    return f"{value:g}"


def check_day_total(
    entries: Iterable[DutyEntry], deputy_id: str, day: date, hours: float, skip_id: str = ""
) -> None:
    """Refuse when the deputy's hours on ``day`` would exceed 24 with ``hours`` added."""
    total = hours + sum(
        e.hours
        for e in entries
        if e.deputy_id == deputy_id and e.date == day and e.id != skip_id and not e.deleted
    )
    if total > MAX_HOURS_PER_DAY + 1e-9:
        raise DutyError("duty_hours_over_day", value=_fmt(hours), total=_fmt(total))


def check_in_year(day: date, year: int) -> None:
    """Refuse a date outside the book's year."""
    if day.year != year:
        raise DutyError("date_outside_year", value=day.isoformat(), year=year)


def resolve_deputy(deputies: Iterable[Deputy], name_or_id: str) -> Deputy:
    """The deputy called (or with the id) ``name_or_id``; :class:`DutyError` if none."""
    deputies = list(deputies)
    found = find_by_name(deputies, name_or_id)
    if found is None:
        found = next((d for d in deputies if d.id == name_or_id.strip()), None)
    if found is None:
        raise DutyError("deputy_not_found", name=name_or_id)
    return found


def check_serving(deputy: Deputy, day: date) -> None:
    """Refuse an entry dated after the deputy left (or before the deputy joined)."""
    if deputy.retired_on is not None and day > deputy.retired_on:
        raise DutyError(
            "duty_after_retired", name=deputy.name, value=day.isoformat(), retired=deputy.retired_on
        )


def filter_entries(
    entries: Iterable[DutyEntry],
    *,
    deputy_id: str = "",
    quarter: int | None = None,
    category: str = "",
) -> list[DutyEntry]:
    """The live entries matching the filters, by date (then automatic before typed)."""
    out = [
        e
        for e in entries
        if not e.deleted
        and (not deputy_id or e.deputy_id == deputy_id)
        and (quarter is None or quarter_of(e.date) == quarter)
        and (not category or e.category == category)
    ]
    out.sort(key=lambda e: (e.date, not e.auto, e.created, e.id))
    return out


def is_read_only(entry: DutyEntry) -> bool:
    """Entries made from attendance or a suggestion change only through their source."""
    return entry.auto


def parse_day(text: str) -> date:
    """A ``YYYY-MM-DD`` date typed in a form."""
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise DutyError("bad_date", value=text) from None


def one_line(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters (for table cells)."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."
