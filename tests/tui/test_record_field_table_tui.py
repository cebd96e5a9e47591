"""Issue 13 case 9: the record form and the record list read the field table
(``grouptui/domain/record_fields.py``): words changed there are the words on screen, and
what is typed into a field the table lists is what is saved."""

from __future__ import annotations

import dataclasses

import pytest
from textual.widgets import DataTable, Input, Label, TextArea

from grouptui.app import make_app
from grouptui.domain import record_fields
from grouptui.domain.record_fields import FIELDS
from grouptui.i18n import catalog
from grouptui.screens.record import RecordScreen
from grouptui.screens.records import RecordsScreen
from grouptui.store.book import Book
from tests.support.data import NOW
from tests.support.shellkit import until


@pytest.fixture
def relabelled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The place and the summary under words no screen spells out itself."""
    words = catalog()
    monkeypatch.setitem(words, "test_place", ("集合地点", "Meeting point"))
    monkeypatch.setitem(words, "test_place_short", ("集合处", "Meet at"))
    monkeypatch.setitem(words, "test_summary", ("会后小结", "Afterwards"))
    changes = {
        "place": {"label": "test_place", "short": "test_place_short"},
        "summary": {"label": "test_summary"},
    }
    table = tuple(dataclasses.replace(f, **changes.get(f.name, {})) for f in FIELDS)
    monkeypatch.setattr(record_fields, "FIELDS", table)


def _labels(screen) -> list[str]:
    return [str(label.content) for label in screen.query(Label)]


@pytest.mark.usefixtures("relabelled")
async def test_the_form_and_the_list_read_the_field_table(book_path) -> None:
    app = make_app(book_path, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = RecordScreen()
        await app.push_screen(screen)
        await until(pilot, lambda: screen.is_mounted and bool(screen.query("#place")))
        labels = _labels(screen)
        assert "集合地点" in labels and "会后小结" in labels
        assert "活动地点" not in labels and "活动小结" not in labels
        screen.query_one("#theme", Input).value = "视察防汛准备"
        screen.query_one("#place", Input).value = "河口村"
        screen.query_one("#summary", TextArea).text = "按期完成"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.record_id is not None)
        listing = RecordsScreen()
        await app.push_screen(listing)
        await until(pilot, lambda: listing.is_mounted and bool(listing.query(DataTable)))
        table = listing.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 1)
        headers = [str(c.label) for c in table.columns.values()]
        assert "集合处" in headers and "地点" not in headers
        assert "河口村" in [str(cell) for cell in table.get_row_at(0)]
    with Book.open(book_path) as book:
        (saved,) = book.records.all()
    assert (saved.place, saved.summary) == ("河口村", "按期完成")
