"""Per-deputy rules count each deputy's term, and the contact count says who contacted
voters at all (issue 13 case 1, issue 16 item 3)."""

from __future__ import annotations

from datetime import date

import pytest

from grouptui.domain.models import Deputy, DutyEntry
from grouptui.domain.rule_settings import effective_rules
from grouptui.domain.rules import BookFacts, evaluate
from grouptui.i18n import set_language
from grouptui.words import reason_text

NAMES = ("张建国", "李秀英", "王芳", "赵强", "刘洋", "陈静", "杨帆", "黄磊")


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh")
    yield
    set_language("zh")


def deputies() -> list[Deputy]:
    return [Deputy(id=f"d{i}", name=n, joined_on=date(2026, 1, 1)) for i, n in enumerate(NAMES)]


def contacts_result(duty: list[DutyEntry], as_of: date):
    facts = BookFacts(year=2026, records=[], attendance=[], deputies=deputies(), plan=[], duty=duty)
    return next(
        r for r in evaluate(effective_rules({}), facts, as_of) if r.rule == "voter_contacts"
    )


def test_a_deputy_with_one_contact_is_counted_as_having_contacted_voters() -> None:
    """ "8 名代表中 0 名已联系选民" while 张建国 had a contact entry."""
    entry = DutyEntry(
        id="e1", deputy_id="d0", date=date(2026, 3, 5), category="voter_contact", text="电话回访"
    )
    result = contacts_result([entry], date(2026, 6, 30))
    reason = reason_text(result)
    assert "0 名已联系选民" not in reason
    assert "8 名代表中 1 名已联系选民" in reason
    assert "0 名已达要求次数" in reason
    row = next(r for r in result.details["deputies"] if r["name"] == "张建国")
    assert (row["done"], row["needed"]) == (1, 2)
    set_language("en")
    assert "1 of 8 deputies have contacted voters, 0 as often as required" in reason_text(result)


def test_a_deputy_is_held_only_to_the_months_served() -> None:
    """Joined in October: one month short of a quarter, held to half the contacts."""
    late = Deputy(id="dx", name="新代表", joined_on=date(2026, 10, 8))
    gone = Deputy(
        id="dy",
        name="离任者",
        joined_on=date(2026, 1, 1),
        retired_on=date(2026, 3, 31),
        active=False,
    )
    facts = BookFacts(year=2026, records=[], attendance=[], deputies=[late, gone], plan=[])
    found = {r.rule: r for r in evaluate(effective_rules({}), facts, date(2026, 12, 31))}
    rows = {r["name"]: r for r in found["voter_contacts"].details["deputies"]}
    assert rows["新代表"]["months_served"] == 3 and rows["新代表"]["needed"] == 1
    assert rows["离任者"]["months_served"] == 3 and rows["离任者"]["status"] == "missed"


def test_a_book_without_term_dates_reads_them_as_the_whole_year() -> None:
    """Books written before terms were kept have no joined_on: the year's start, no migration."""
    old = Deputy(id="d-old", name="老代表")  # joined_on missing, as in such a book
    facts = BookFacts(year=2026, records=[], attendance=[], deputies=[old], plan=[])
    found = {r.rule: r for r in evaluate(effective_rules({}), facts, date(2026, 12, 31))}
    for rule in ("reception_every_deputy", "voter_contacts"):
        row = found[rule].details["deputies"][0]
        assert row["months_served"] == 12 and row["status"] != "met", rule
