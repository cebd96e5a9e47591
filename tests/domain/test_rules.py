"""The rules, evaluated as of dates across the year (pure: no book file)."""

from __future__ import annotations

from datetime import date

import pytest

from grouptui.domain.models import ActivityRecord, Attendance, Deputy, PlanItem
from grouptui.domain.rule_calendar import term_training_days
from grouptui.domain.rule_settings import (
    DEFAULT_RULES,
    RulesError,
    effective_rules,
    parse_rule_value,
    validate_rules,
)
from grouptui.domain.rules import BookFacts, evaluate
from grouptui.i18n import set_language
from grouptui.words import reason_text


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("zh")


def rec(day: date, form: str = "inspection", **kw) -> ActivityRecord:
    return ActivityRecord(date=day, form=form, theme=kw.pop("theme", form), **kw)


def facts(year=2026, records=(), attendance=(), deputies=(), plan=(), **kw) -> BookFacts:
    return BookFacts(
        year=year,
        records=list(records),
        attendance=list(attendance),
        deputies=list(deputies),
        plan=list(plan),
        **kw,
    )


def result(rule_id: str, f: BookFacts, as_of: date, **rules):
    found = {r.rule: r for r in evaluate(effective_rules(rules), f, as_of)}
    return found[rule_id]


# A group activity each quarter, four a year -------------------------------------------


@pytest.mark.parametrize(
    "as_of, status",
    [
        (date(2026, 1, 1), "not_yet_due"),  # 90 days left in Q1
        (date(2026, 3, 2), "at_risk"),  # 30 days left, deadline day included
        (date(2026, 3, 1), "not_yet_due"),  # 31 days left
        (date(2026, 3, 31), "at_risk"),  # last day of the quarter: still possible
        (date(2026, 4, 1), "missed"),  # Q1 ended with none
    ],
)
def test_quarter_without_activity_at_boundaries(as_of, status):
    assert result("quarterly_activities", facts(), as_of).status == status


def test_quarter_met_then_next_quarter_pending():
    f = facts(records=[rec(date(2026, 3, 31))])
    assert result("quarterly_activities", f, date(2026, 3, 31)).status == "met"
    r = result("quarterly_activities", f, date(2026, 4, 1))
    assert r.status == "not_yet_due"
    assert reason_text(r) == "at least 1 a quarter: Q1 1, Q2 0; 91 days left"
    assert r.details["quarters"][0]["done"] == 1


def test_records_after_as_of_do_not_count():
    f = facts(records=[rec(date(2026, 2, 1))])
    assert result("quarterly_activities", f, date(2026, 1, 31)).status == "not_yet_due"
    assert result("yearly_activities", f, date(2026, 1, 31)).details["done"] == 0


def test_receptions_are_not_group_activities_by_default():
    f = facts(records=[rec(date(2026, 1, 10), "voter_reception"), rec(date(2026, 2, 1), "session")])
    assert result("quarterly_activities", f, date(2026, 4, 1)).status == "missed"
    r = result("quarterly_activities", f, date(2026, 4, 1), group_activity_excluded_forms=[])
    assert r.status == "not_yet_due"


def test_yearly_activities():
    f = facts(records=[rec(date(2026, m, 5)) for m in (1, 4, 7)])
    assert result("yearly_activities", f, date(2026, 10, 1)).status == "not_yet_due"
    assert result("yearly_activities", f, date(2026, 12, 2)).status == "at_risk"
    assert result("yearly_activities", f, date(2027, 1, 1)).status == "missed"
    f.records.append(rec(date(2026, 10, 5)))
    r = result("yearly_activities", f, date(2026, 12, 31))
    assert r.status == "met"
    assert reason_text(r) == "4 group activities (at least 4)"


def test_collective_study_twice_a_year():
    f = facts(records=[rec(date(2026, 3, 1), "study")])
    r = result("collective_study", f, date(2026, 11, 1))
    assert (r.status, r.details) == ("not_yet_due", {"done": 1, "needed": 2})
    assert result("collective_study", f, date(2026, 12, 5)).status == "at_risk"
    assert result("collective_study", f, date(2027, 1, 1)).status == "missed"


def test_study_each_quarter_only_when_set():
    f = facts()
    assert "study_each_quarter" not in {
        r.rule for r in evaluate(DEFAULT_RULES, f, date(2026, 5, 1))
    }
    r = result("study_each_quarter", f, date(2026, 4, 1), collective_study_per_quarter=1)
    assert r.status == "missed"


# Receptions -----------------------------------------------------------------------------


def receptions(*months: int, day: int = 10, year: int = 2026) -> list[ActivityRecord]:
    return [rec(date(year, m, day), "voter_reception") for m in months]


def test_receptions_three_of_eight_five_months_left_is_at_risk():
    f = facts(records=receptions(1, 2, 3))
    r = result("receptions", f, date(2026, 8, 1))
    assert r.status == "at_risk"
    assert reason_text(r) == "3 held (at least 8) on day 10 of the month; 5 months left"
    set_language("zh")
    assert reason_text(r) == "已接待选民 3 次（至少 8 次，每月10日）；还剩 5 个月"


def test_receptions_missed_once_out_of_reach():
    f = facts(records=receptions(1, 2, 3))
    # the 10 August reception was not held: four left cannot make five
    assert result("receptions", f, date(2026, 8, 11)).status == "missed"
    assert result("receptions", f, date(2026, 5, 1)).status == "not_yet_due"


def test_receptions_off_day_not_counted():
    f = facts(records=receptions(1, 2, 3) + receptions(4, day=11))
    r = result("receptions", f, date(2026, 5, 1))
    assert r.details["done"] == 3
    assert "1 more not on day 10, not counted" in reason_text(r)


def test_two_receptions_on_the_same_day_count_once():
    f = facts(records=receptions(1, 1))
    assert result("receptions", f, date(2026, 2, 1)).details["done"] == 1


def test_receptions_met():
    f = facts(records=receptions(*range(1, 9)))
    assert result("receptions", f, date(2026, 8, 10)).status == "met"


def test_reception_day_past_month_end_falls_on_last_day_leap_year():
    f = facts(year=2028, records=receptions(2, day=29, year=2028))
    r = result("receptions", f, date(2028, 3, 1), reception_day=30)
    assert r.details["done"] == 1


# Every deputy at a reception ---------------------------------------------------------


def deputy(name: str, **kw) -> Deputy:
    return Deputy(name=name, **kw)


def attended(record: ActivityRecord, dep: Deputy, status: str = "present") -> Attendance:
    return Attendance(record_id=record.id, deputy_id=dep.id, status=status)


def test_no_deputies_is_not_yet_due_not_met():
    for rule in ("reception_every_deputy", "training_days"):
        r = result(rule, facts(), date(2026, 12, 31))
        assert r.status == "not_yet_due"
        assert reason_text(r) == "no deputies on the roster, nothing to check"


def test_every_deputy_reception():
    a, b = deputy("张三"), deputy("李四")
    recs = receptions(1, 2)
    f = facts(
        records=recs,
        deputies=[a, b],
        attendance=[attended(recs[0], a), attended(recs[1], b, "leave")],
    )
    r = result("reception_every_deputy", f, date(2026, 3, 1))
    assert r.status == "not_yet_due"
    assert reason_text(r) == "1 of 2 deputies have taken part; not yet: 李四"
    assert result("reception_every_deputy", f, date(2026, 11, 11)).status == "at_risk"
    assert result("reception_every_deputy", f, date(2026, 12, 11)).status == "missed"
    f.attendance.append(attended(recs[1], b, "late"))
    assert result("reception_every_deputy", f, date(2026, 3, 1)).status == "met"


def test_deputy_joined_mid_year_held_to_months_served():
    late = deputy("赵六", joined_on=date(2026, 9, 1))  # 4 months: not required
    june = deputy("钱七", joined_on=date(2026, 6, 1))  # 7 months: one reception
    f = facts(deputies=[late, june])
    r = result("reception_every_deputy", f, date(2026, 12, 1))
    rows = {row["name"]: row for row in r.details["deputies"]}
    assert rows["赵六"]["needed"] == 0 and rows["赵六"]["status"] == "met"
    # one reception day (10 December) left for the one still needed
    assert rows["钱七"]["needed"] == 1 and rows["钱七"]["status"] == "at_risk"
    late_check = result("reception_every_deputy", f, date(2026, 12, 11))
    assert late_check.status == "missed"
    assert "赵六 served only 4 months this year, not required" in reason_text(r)
    assert "钱七 served 7 months this year, held to 1" in reason_text(r)
    # before joining, the deputy is not yet due
    r = result("reception_every_deputy", f, date(2026, 3, 1))
    assert {row["name"]: row["status"] for row in r.details["deputies"]}["钱七"] == "not_yet_due"


def test_retired_deputy_missed_after_leaving_and_attendance_after_not_counted():
    gone = deputy("孙八", active=False, retired_on=date(2026, 7, 1))
    recs = receptions(8)
    f = facts(records=recs, deputies=[gone], attendance=[attended(recs[0], gone)])
    r = result("reception_every_deputy", f, date(2026, 7, 2))
    assert r.status == "missed"
    assert r.details["deputies"][0]["months_served"] == 7
    early = deputy("周九", active=False, retired_on=date(2026, 3, 15))
    r = result("reception_every_deputy", facts(deputies=[early]), date(2026, 12, 31))
    assert r.status == "met"
    assert "not required" in reason_text(r)


def test_retired_without_date_is_left_out():
    f = facts(deputies=[deputy("吴十", active=False)])
    assert result("reception_every_deputy", f, date(2026, 12, 31)).details["deputies"] == []


# 述职 ------------------------------------------------------------------------------


def test_report_prepared_by_plan_item():
    item = PlanItem(quarter=3, month=9, day=5, form="report_to_voters", title="述职")
    assert result("report_prepared", facts(plan=[item]), date(2026, 8, 1)).status == "met"
    assert result("report_prepared", facts(), date(2026, 7, 31)).status == "not_yet_due"
    assert result("report_prepared", facts(), date(2026, 8, 1)).status == "at_risk"
    assert result("report_prepared", facts(), date(2026, 8, 30)).status == "at_risk"
    assert result("report_prepared", facts(), date(2026, 8, 31)).status == "missed"
    cancelled = PlanItem(quarter=3, month=9, form="report_to_voters", title="x", status="cancelled")
    assert result("report_prepared", facts(plan=[cancelled]), date(2026, 9, 1)).status == "missed"


def test_report_held_in_september():
    assert result("report_held", facts(), date(2026, 8, 31)).status == "not_yet_due"
    assert result("report_held", facts(), date(2026, 9, 1)).status == "at_risk"
    late = facts(records=[rec(date(2026, 10, 8), "report_to_voters")])
    r = result("report_held", late, date(2026, 10, 9))
    assert r.status == "missed"
    assert reason_text(r) == (
        "no report to voters recorded in month 9; the one on 2026-10-08 is not in that month"
    )
    ok = facts(records=[rec(date(2026, 9, 5), "report_to_voters")])
    assert result("report_held", ok, date(2026, 12, 31)).status == "met"


def test_prep_deadline_29_february_in_common_year():
    r = result("report_prepared", facts(year=2027), date(2027, 3, 1), report_prep_deadline="02-29")
    assert r.status == "missed"
    assert r.details["deadline"] == "2027-02-28"


# Training days over the term ----------------------------------------------------------


def test_term_training_days_over_several_books():
    a, b = deputy("张三"), deputy("李四")
    y1 = rec(date(2025, 3, 1), "study", training_days=2.0)
    y2 = rec(date(2026, 3, 1), "study", training_days=1.5)
    other = rec(date(2026, 4, 1), "inspection", training_days=3.0)  # not a study record
    books = [
        ([y1], [attended(y1, a), attended(y1, b, "absent")]),
        ([y2, other], [attended(y2, a, "late"), attended(other, a), attended(y2, b)]),
    ]
    assert term_training_days([a.id, b.id], books) == {a.id: 3.5, b.id: 1.5}


def test_training_days_statuses():
    a = deputy("张三")
    study = rec(date(2026, 3, 1), "study", training_days=2.0)
    f = facts(records=[study], deputies=[a], attendance=[attended(study, a)])
    r = result("training_days", f, date(2026, 6, 1))
    assert r.status == "not_yet_due"
    assert "counting 2026 only" in reason_text(r)
    assert result("training_days", f, date(2026, 12, 1), term_last_year=2026).status == "at_risk"
    assert result("training_days", f, date(2027, 1, 1), term_last_year=2026).status == "missed"
    more = facts(
        records=[study],
        deputies=[a],
        attendance=[attended(study, a)],
        other_training={a.id: 3.0},
        other_years=(2025,),
    )
    r = result("training_days", more, date(2026, 6, 1))
    assert r.status == "met"
    assert "counting 2025, 2026" in reason_text(r)
    over = facts(
        records=[study],
        deputies=[a],
        attendance=[attended(study, a)],
        other_training={a.id: 6.0},
        other_years=(2025,),
    )
    assert result("training_days", over, date(2026, 6, 1)).status == "at_risk"


def test_satisfaction_rating_in_q4():
    assert result("satisfaction_rating", facts(), date(2026, 9, 30)).status == "not_yet_due"
    assert result("satisfaction_rating", facts(), date(2026, 12, 2)).status == "at_risk"
    assert result("satisfaction_rating", facts(), date(2027, 1, 1)).status == "missed"
    f = facts(records=[rec(date(2026, 11, 18), "satisfaction_rating")])
    assert result("satisfaction_rating", f, date(2026, 12, 31)).status == "met"
    # one held in Q3 does not count for Q4
    f = facts(records=[rec(date(2026, 9, 18), "satisfaction_rating")])
    assert result("satisfaction_rating", f, date(2027, 1, 1)).status == "missed"


def test_leap_year_as_of_29_february():
    f = facts(year=2028)
    r = result("quarterly_activities", f, date(2028, 2, 29))
    assert r.details["quarters"][0]["days_left"] == 32
    assert r.status == "not_yet_due"
    assert result("yearly_activities", f, date(2028, 2, 29)).status == "not_yet_due"


def test_disabled_rules_are_not_evaluated():
    rules = effective_rules({"disabled": ["receptions", "training_days"]})
    ids = [r.rule for r in evaluate(rules, facts(), date(2026, 5, 1))]
    assert "receptions" not in ids and "training_days" not in ids
    assert ids[0] == "quarterly_activities"


# Validation of rule values -------------------------------------------------------------


@pytest.mark.parametrize(
    "values, key",
    [
        ({"receptions_per_year": 13}, "rule_bad_number"),
        ({"receptions_per_year": -1}, "rule_bad_number"),
        ({"group_activities_per_quarter": -2}, "rule_bad_number"),
        ({"reception_day": 32}, "rule_bad_number"),
        ({"reception_day": 0}, "rule_bad_number"),
        ({"activities_per_year_min": 1.5}, "rule_bad_number"),
        ({"activities_per_year_min": True}, "rule_bad_number"),
        ({"term_training_days_min": 8}, "rule_min_above_max"),
        ({"term_training_days_max": -1}, "rule_bad_number"),
        (
            {"receptions_per_year": 2, "receptions_per_deputy_per_year": 3},
            "rule_per_deputy_above_total",
        ),
        ({"report_prep_deadline": "02-30"}, "rule_bad_month_day"),
        ({"report_prep_deadline": "10-01"}, "rule_prep_after_report"),
        ({"satisfaction_quarter": 5}, "rule_bad_number"),
        ({"group_activity_excluded_forms": ["picnic"]}, "rule_bad_form"),
        ({"disabled": ["no_such_rule"]}, "rule_bad_id"),
        ({"made_up": 3}, "rule_unknown"),
    ],
)
def test_impossible_rule_values_are_refused(values, key):
    with pytest.raises(RulesError) as info:
        validate_rules(values)
    assert info.value.key == key
    assert info.value.message()  # a sentence in the catalog, not the key


def test_rule_values_normalised():
    out = validate_rules(
        {
            "group_activity_excluded_forms": ["接待选民"],
            "reception_place": "镇信访办",
            "reception_day": 10.0,
        }
    )
    assert out == {
        "group_activity_excluded_forms": ["voter_reception"],
        "reception_place": "镇信访办",
        "reception_day": 10,
    }


def test_parse_rule_value():
    assert parse_rule_value("receptions_per_year", " 6 ") == 6
    assert parse_rule_value("term_training_days_min", "4.5") == 4.5
    assert parse_rule_value("term_last_year", "none") is None
    assert parse_rule_value("disabled", "receptions，training_days") == [
        "receptions",
        "training_days",
    ]
    with pytest.raises(RulesError):
        parse_rule_value("receptions_per_year", "eight")


def test_the_setting_ids_written_out_are_the_derived_ones() -> None:
    """Written out (no hashlib at import); books hold the derived ids."""
    from grouptui.domain.models import derived_id
    from grouptui.domain.rule_settings import RULES_SETTING_ID
    from grouptui.domain.validate_settings import TERM_SETTING_ID

    assert derived_id("settings", "rules") == RULES_SETTING_ID
    assert derived_id("settings", "term") == TERM_SETTING_ID
