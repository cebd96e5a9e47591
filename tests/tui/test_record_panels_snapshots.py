"""Snapshots of the record form of a voter reception (its voters) and of a study (training
and assessments), 80x24 and 120x40, Chinese and English; the form is scrolled to the part."""

from __future__ import annotations

from datetime import date

import pytest

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord
from grouptui.store.book import Book
from grouptui.store.receptions import add_voter
from grouptui.store.records import Mark, deputy_named, save_record
from grouptui.store.training import set_assessment, set_training
from tests.support.data import NOW

SIZES = [(80, 24), (120, 40)]
RECEPTION = "00000000-0000-4000-8000-00000000000a"
STUDY = "00000000-0000-4000-8000-00000000000b"


@pytest.fixture
def panels_book(book_path):
    with Book.open(book_path, write=True, device="snap", clock=lambda: NOW) as book:
        zhang, li, wang = (deputy_named(book, n) for n in ("张三", "李四", "王五"))
        rec = save_record(
            book,
            ActivityRecord(
                id=RECEPTION,
                date=date(2026, 5, 10),
                start="09:00",
                end="11:30",
                form="voter_reception",
                theme="五月选民接待日",
                place="代表联络站",
            ),
            marks={zhang.id: Mark("present"), li.id: Mark("present")},
        )
        add_voter(
            book, record=rec.id, name="赵大爷", village="东风村", contact="13800138000",
            raised="村口路灯不亮", handling="转镇城建办", status="in_progress",
        )  # fmt: skip
        add_voter(
            book, record=rec.id, name="钱大妈", village="河口村", contact="1380013",
            raised="[bold]低保[/bold] 申请进度", handling="当场解答",
        )  # fmt: skip
        study = save_record(
            book,
            ActivityRecord(
                id=STUDY,
                date=date(2026, 3, 15),
                form="study",
                theme="学习《代表法》",
                place="镇会议室",
            ),  # fmt: skip
            marks={
                zhang.id: Mark("present"),
                li.id: Mark("late"),
                wang.id: Mark("leave", "外出务工", "镇人大主席"),
            },
        )
        set_training(book, study.id, kind="履职", days="1.5")
        set_assessment(book, study.id, zhang.id, kind="心得", done=True, result="合格")
        set_assessment(book, study.id, li.id, kind="试卷", done=False)
    return book_path


def _opener(app, record_id: str, part: str, table: str):
    async def open_record(pilot):
        from grouptui.screens.record import RecordScreen

        screen = RecordScreen(record_id)
        await app.push_screen(screen)
        await pilot.pause()
        screen.query_one(table).focus()
        screen.query_one(part).scroll_visible(top=True, animate=False, immediate=True)
        await pilot.pause()

    return open_record


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_reception_record_form(snap_compare, panels_book, lang, size):
    app = make_app(panels_book, lang=lang, clock=lambda: NOW)
    run = _opener(app, RECEPTION, "#voters_panel", "#voters")
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_study_record_form(snap_compare, panels_book, lang, size):
    app = make_app(panels_book, lang=lang, clock=lambda: NOW)
    run = _opener(app, STUDY, "#training", "#assessments")
    assert snap_compare(app, terminal_size=size, run_before=run)
