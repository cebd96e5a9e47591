"""Helpers of the app-shell TUI tests: a fixed small book, reading the screen, the disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from grouptui.app import GroupApp, make_app
from grouptui.domain.models import ActivityRecord, Deputy, FollowUp, PlanItem
from tests.support.data import NOW

#: The tests' "now": Wednesday 20 May 2026, in Q2 (tests.support.data).


def clock() -> datetime:
    """The fixed clock."""
    return NOW


def build_shell_book(path: Path) -> Path:
    """A small fixed book: 3 deputies, a Q2 plan, one record, two follow-ups, one conflict."""
    from grouptui.store.book import Book

    with Book.create(
        path,
        group="新河镇第一代表小组",
        year=2026,
        township="新河镇",
        device="dev-test",
        clock=clock,
    ) as book:
        book.deputies.save_many(
            [
                Deputy(
                    name="张三",
                    levels=["town"],
                    phone="13800001111",
                    constituency="第一选区（东风村）",
                    unit="镇中心学校",
                    joined_on=date(2026, 1, 1),
                ),
                Deputy(
                    name="李四",
                    levels=["town", "county"],
                    unit="镇卫生院",
                    joined_on=date(2026, 1, 1),
                ),
                Deputy(name="王五", levels=["town"], is_new=True, joined_on=date(2026, 1, 1)),
            ]
        )
        reception = PlanItem(
            quarter=2, month=4, day=10, form="voter_reception", title="4月接待选民日"
        )
        book.plan.save_many(
            [
                reception,
                PlanItem(quarter=2, month=5, day=15, form="inspection", title="视察基层信访工作"),
                PlanItem(quarter=2, month=6, day=5, form="study", title="学习代表法"),
                PlanItem(quarter=2, form="visit", title="走访选民"),
                PlanItem(quarter=3, month=8, day=25, form="inspection", title="视察救灾物资发放"),
            ]
        )
        record = book.records.save(
            ActivityRecord(
                date=date(2026, 4, 10),
                form="voter_reception",
                theme="接待选民",
                plan_id=reception.id,
            )
        )
        book.followups.save_many(
            [
                FollowUp(
                    record_id=record.id,
                    what="修复东风村饮水管道",
                    responsible="镇水利站",
                    due=date(2026, 5, 1),
                ),
                FollowUp(record_id=record.id, what="答复选民关于路灯的意见"),
            ]
        )
        # A conflict left by a year-end merge: the losing version is kept until resolved.
        wang = book.deputies.all()[2]
        doc_id = next(k for k, d in book.raw()["deputies"].items() if d["id"] == wang.id)
        losing = {"id": wang.id, "name": "王五", "unit": "供销社", "rev": "1-other"}
        book.db.table("deputies").update({"conflicts": [losing]}, doc_ids=[int(doc_id)])
    return path


def app_on(path: Path | None, lang: str = "zh", **kwargs: Any) -> GroupApp:
    """The app on ``path`` with the fixed clock."""
    return make_app(path, lang=lang, clock=clock, device="dev-test", **kwargs)


def screen_text(app: GroupApp) -> str:
    """What the terminal shows right now, one line per row (a no-break space shows as one)."""
    rows = (strip.text for strip in app.screen._compositor.render_strips())
    return "\n".join(rows).replace("\u00a0", " ")


def on_disk(path: Path, table: str) -> list[dict[str, Any]]:
    """The live documents of ``table`` as written in the book file."""
    data = json.loads(path.read_text("utf-8"))
    return [d for d in data[table].values() if not d.get("deleted")]


def deputy_on_disk(path: Path, name: str) -> dict[str, Any]:
    """The document of the deputy called ``name`` in the book file."""
    hits = [d for d in on_disk(path, "deputies") if d["name"] == name]
    assert len(hits) == 1, hits
    return hits[0]


async def until(pilot: Any, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds (a loaded machine needs more than one
    pause for a screen switch or a worker's result); fail after ``timeout`` seconds."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("the app did not reach the expected state in time")
        await pilot.pause(0.05)


async def open_plan_dialog(app: GroupApp, pilot: Any) -> None:
    """From home, the checklist's "add a plan item" dialog, open (c, then a)."""
    await pilot.press("c")
    await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
    await pilot.press("a")
    await until(pilot, lambda: type(app.screen).__name__ == "FormDialog")


async def open_record_form(app: GroupApp, pilot: Any, record_id: str | None = None) -> Any:
    """The record form of ``record_id`` (a new record if None), pushed and mounted."""
    from grouptui.screens.record import RecordScreen

    screen = RecordScreen(record_id)
    await app.push_screen(screen)
    await pilot.pause()
    return screen


def part_shown(screen: Any, selector: str) -> bool:
    """Whether the part ``selector`` of ``screen`` is on it and shown (the record form
    builds the parts of a form, training or voters, only once that form is chosen)."""
    found = screen.query(selector)
    return bool(found) and bool(found.first().display)


async def paste_into(pilot: Any, widget: Any, text: str) -> None:
    """Replace an input's or a text area's content with ``text`` the way a user pastes it:
    the terminal's paste reaches the app, which forwards it to the focused widget."""
    from textual import events
    from textual.widgets import Input

    widget.focus()
    if isinstance(widget, Input):
        widget.value = ""
    else:
        widget.clear()
    await pilot.pause()
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()
