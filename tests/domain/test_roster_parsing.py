"""How the roster reads what offices type: levels between any separator, dates and months
as they are written on paper and in Excel (issue 13 case 1, issue 16 item 7)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from grouptui.domain.roster import RosterError, parse_born, parse_day, parse_gender, parse_levels


@pytest.mark.parametrize(
    "typed", ["镇;县", "镇；县", "镇、县", "镇,县", "镇，县", "镇 县", "镇/县"]
)
def test_levels_between_any_separator(typed: str) -> None:
    assert parse_levels([typed]) == ["town", "county"]


@pytest.mark.parametrize(
    "typed", ["2026-07-15", "2026/7/15", "2026.7.15", "2026年7月15日", "2026-07-15 00:00:00"]
)
def test_days_as_offices_write_them(typed: str) -> None:
    assert parse_day(typed) == date(2026, 7, 15)
    assert parse_day(datetime(2026, 7, 15, 0, 0)) == date(2026, 7, 15)


@pytest.mark.parametrize("typed", ["1968-05", "1968-5", "1968.05", "1968年5月", "196805"])
def test_months_of_birth(typed: str) -> None:
    assert parse_born(typed) == "1968-05"


@pytest.mark.parametrize(
    ("parse", "typed"),
    [
        (parse_day, "2026-02-30"),
        (parse_day, "明天"),
        (parse_born, "1968-13"),
        (parse_born, "1968"),
        (parse_gender, "未知"),
    ],
)
def test_what_cannot_be_read_is_refused(parse, typed: str) -> None:
    with pytest.raises(RosterError):
        parse(typed)


def test_gender_in_either_language() -> None:
    assert [parse_gender(g) for g in ("男", "女", "male", "F", "女性", "")] == [
        "male",
        "female",
        "male",
        "female",
        "female",
        "",
    ]
