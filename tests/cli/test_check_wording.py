"""``check`` counts past the requirement in words that read right (issue 16, item 3).

Seven receptions held against a rule of six said "6 次中已完成 7 次" ("7 done of 6").
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from grouptui.domain.models import ActivityRecord
from grouptui.store.book import Book
from tests.support.data import NOW


@pytest.fixture
def seven_receptions(book_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())
    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        book.records.save_many(
            ActivityRecord(date=date(2026, m, 10), form="voter_reception", theme=f"{m}月接待")
            for m in range(1, 8)
        )
    return book_path


def reception_reason(cli, book: Path, lang: str) -> str:
    assert cli("--book", book, "rules", "set", "receptions_per_year", "6").code == 0
    result = cli("--book", book, "--lang", lang, "check", "--as-of", "2026-08-01", "--json")
    rules = {r["rule"]: r for r in json.loads(result.out)["rules"]}
    assert rules["receptions"]["details"]["done"] == 7
    return rules["receptions"]["reason"]


def test_more_than_required_in_chinese(cli, seven_receptions: Path) -> None:
    reason = reception_reason(cli, seven_receptions, "zh")
    assert reason.startswith("已接待选民 7 次（至少 6 次，每月10日）"), reason
    assert "6 次中已完成 7 次" not in reason
    table = cli("--book", seven_receptions, "check", "--as-of", "2026-08-01").out
    assert "已接待选民 7 次" in table


def test_more_than_required_in_english(cli, seven_receptions: Path) -> None:
    reason = reception_reason(cli, seven_receptions, "en")
    assert reason.startswith("7 held (at least 6) on day 10 of the month"), reason
