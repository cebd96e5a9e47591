"""The record form's voters (voter reception) and training (study) parts, through Pilot:
typed, saved, on disk, reopened; nasty text; refused input leaves the book unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Checkbox, DataTable, Input, Select

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord, derived_id
from grouptui.domain.records import clean_text
from grouptui.store.book import Book
from grouptui.store.receptions import add_voter
from grouptui.store.records import Mark, deputy_named, save_record
from grouptui.widgets.form_dialog import FormDialog
from tests.support.data import NASTY, NOW, file_digest
from tests.support.shellkit import open_record_form, part_shown, paste_into

#: the nasty strings in three groups, one app each (a few seconds per test).
CHUNKS = [NASTY[0:4], NASTY[4:8], NASTY[8:]]
VOTER_FIELDS = ("name", "village", "contact", "raised", "handling")


def _app(book_path, **kw):
    return make_app(book_path, clock=lambda: NOW, **kw)


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _seed(book_path) -> dict[str, str]:
    """A voter reception with one voter, and a study attended by 张三 (present) and 李四
    (late), 王五 absent."""
    with Book.open(book_path, write=True, device="t", clock=lambda: NOW) as book:
        zhang, li, wang = (deputy_named(book, n) for n in ("张三", "李四", "王五"))
        reception = save_record(
            book,
            ActivityRecord(date=date(2026, 5, 10), form="voter_reception", theme="五月接待日"),
            marks={zhang.id: Mark("present")},
        )
        add_voter(book, record=reception.id, name="赵大爷", contact="13800138000")
        study = save_record(
            book,
            ActivityRecord(date=date(2026, 3, 15), form="study", theme="学习代表法"),
            marks={zhang.id: Mark("present"), li.id: Mark("late"), wang.id: Mark("absent")},
        )
        return {
            "reception": reception.id,
            "study": study.id,
            "张三": zhang.id,
            "李四": li.id,
            "王五": wang.id,
        }


# Voters received --------------------------------------------------------------------


async def test_voter_added_edited_deleted_and_undone(book_path):
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["reception"])
        assert part_shown(screen, "#voters_panel")
        assert not part_shown(screen, "#training")
        table = screen.query_one("#voters", DataTable)
        assert table.row_count == 1
        table.focus()
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        await pilot.press(*"钱大妈")
        for name, value in (("village", "河口村"), ("contact", "1380013"), ("raised", "低保")):
            await paste_into(pilot, dialog.query_one(f"#f-{name}", Input), value)
        dialog.query_one("#f-status", Select).value = "in_progress"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        # kept as typed, flagged, and said so
        assert any("格式不对" in m for m in _messages(app))
        with Book.open(book_path) as book:
            visits = {v.name: v for v in book.voters.all()}
        qian = visits["钱大妈"]
        assert (qian.village, qian.contact, qian.raised, qian.status) == (
            "河口村", "1380013", "低保", "in_progress",
        )  # fmt: skip
        assert table.row_count == 2
        cells = [str(c) for c in table.get_row(qian.id)]
        assert cells == ["钱大妈", "河口村", "1*****3 待核实", "低保", "", "办理中"]
        assert str(table.get_row(visits["赵大爷"].id)[2]) == "138****8000"  # masked, not flagged

        # Enter edits the highlighted voter
        table.focus()
        table.move_cursor(row=1)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#f-name", Input).value == "钱大妈"
        await paste_into(pilot, dialog.query_one("#f-handling", Input), "当场解答")
        await pilot.press("enter")
        await pilot.pause()
        assert app.book.voters.get(qian.id).handling == "当场解答"
        assert str(table.get_row(qian.id)[4]) == "当场解答"

        # Del deletes at once (a tombstone), u brings it back
        table.focus()
        table.move_cursor(row=1)
        await pilot.press("delete")
        await pilot.pause()
        assert table.row_count == 1
        assert app.book.voters.get(qian.id) is None
        assert app.book.voters.get(qian.id, include_deleted=True).deleted
        await pilot.press("u")
        await pilot.pause()
        assert table.row_count == 2 and app.book.voters.get(qian.id) is not None
        assert not screen.has_unsaved_changes()  # voters are saved as they go: nothing to lose

    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["reception"])
        table = screen.query_one("#voters", DataTable)
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == [
            "赵大爷",
            "钱大妈",
        ]


async def test_voters_need_the_record_saved_as_a_reception(book_path):
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        assert not part_shown(screen, "#voters_panel")
        screen.query_one("#form", Select).value = "voter_reception"
        await pilot.pause()
        assert part_shown(screen, "#voters_panel")
        before = file_digest(book_path)
        screen.query_one("#voters", DataTable).focus()
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is screen  # no dialog
        assert any("Ctrl+S" in m for m in _messages(app))
        assert file_digest(book_path) == before
        # saved as a reception, the same key opens the dialog
        screen.query_one("#theme", Input).value = "接待"
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen.query_one("#voters", DataTable).focus()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)


async def test_a_voter_without_a_name_is_refused_and_nothing_is_written(book_path):
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["reception"])
        screen.query_one("#voters", DataTable).focus()
        before = file_digest(book_path)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        await paste_into(pilot, dialog.query_one("#f-village", Input), "东风村")
        await paste_into(pilot, dialog.query_one("#f-name", Input), "   ")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # still open, with what was typed
        assert "请填写选民姓名" in str(dialog.query_one("#form-error").content)
        assert dialog.query_one("#f-village", Input).value == "东风村"
        assert file_digest(book_path) == before


@pytest.mark.parametrize("chunk", CHUNKS, ids=range(len(CHUNKS)))
async def test_nasty_strings_through_every_voter_field(book_path, chunk):
    # A few strings per app: starting one per string would cost a second each.
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["reception"])
        table = screen.query_one("#voters", DataTable)
        for n, value in enumerate(chunk):
            table.focus()
            await pilot.press("a")
            await pilot.pause()
            dialog = app.screen
            for name in VOTER_FIELDS:
                await paste_into(pilot, dialog.query_one(f"#f-{name}", Input), value)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen, repr(value[:20])
            assert table.row_count == n + 2
            visit = app.book.voters.all()[-1]
            text = clean_text(value)
            assert visit.name == " ".join(text.split()), repr(value[:20])
            for name in VOTER_FIELDS[1:]:
                assert getattr(visit, name) == text.strip(), (name, repr(value[:20]))
    with Book.open(book_path) as book:  # and on disk
        assert len(book.voters.all()) == len(chunk) + 1


# Training ----------------------------------------------------------------------------


async def test_training_and_assessments_are_saved_with_the_record(book_path):
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["study"])
        assert part_shown(screen, "#training")
        assert not part_shown(screen, "#voters_panel")
        screen.query_one("#training_kind", Select).value = "thematic"
        days = screen.query_one("#training_days", Input)
        days.focus()
        await pilot.press(*"1.5")
        table = screen.query_one("#assessments", DataTable)
        # one row per deputy who came (present or late), not the absent one
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == ["张三", "李四"]
        table.focus()
        table.move_cursor(row=0)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        dialog.query_one("#f-kind", Select).value = "reflection"
        dialog.query_one("#f-done", Checkbox).value = True
        await paste_into(pilot, dialog.query_one("#f-result", Input), "合格")
        await pilot.press("enter")
        await pilot.pause()
        assert [str(c) for c in table.get_row(ids["张三"])] == [
            "张三",
            "撰写心得体会",
            "已交",
            "合格",
        ]
        table.focus()
        table.move_cursor(row=1)
        await pilot.press("space")  # 李四 handed in
        assert screen.has_unsaved_changes()
        before = file_digest(book_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert file_digest(book_path) != before
        assert not screen.has_unsaved_changes()
    with Book.open(book_path) as book:
        rec = book.records.get(ids["study"])
        marks = {a.deputy_id: a for a in book.attendance.all() if a.record_id == rec.id}
    assert (rec.training_kind, rec.training_days) == ("thematic", 1.5)
    zhang, li = marks[ids["张三"]], marks[ids["李四"]]
    assert (zhang.assessment, zhang.assessment_done, zhang.assessment_result) == (
        "reflection", True, "合格",
    )  # fmt: skip
    assert (li.assessment, li.assessment_done, li.assessment_result) == ("", True, "")

    app = _app(book_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["study"])
        assert screen.query_one("#training_kind", Select).value == "thematic"
        assert screen.query_one("#training_days", Input).value == "1.5"
        table = screen.query_one("#assessments", DataTable)
        assert [str(c) for c in table.get_row(ids["张三"])] == [
            "张三", "written reflections", "yes", "合格",
        ]  # fmt: skip
        assert not screen.has_unsaved_changes()


async def test_marking_a_deputy_present_gives_them_an_assessment_row(book_path):
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["study"])
        attendance = screen.query_one("#attendance", DataTable)
        attendance.focus()
        attendance.move_cursor(row=2)  # 王五, absent
        await pilot.press("p")
        await pilot.pause()
        table = screen.query_one("#assessments", DataTable)
        assert table.row_count == 3
        table.focus()
        table.move_cursor(row=2)
        await pilot.press("space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        mark = app.book.attendance.get(derived_id("attendance", ids["study"], ids["王五"]))
        assert (mark.status, mark.assessment_done) == ("present", True)
        # a form that is not a study has no training part
        screen.query_one("#form", Select).value = "inspection"
        await pilot.pause()
        assert not part_shown(screen, "#training")


@pytest.mark.parametrize("days", ["40", "两天", "0", "-1"])
async def test_bad_training_days_say_so_and_write_nothing(book_path, days):
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["study"])
        screen.query_one("#training_kind", Select).value = "duty"
        table = screen.query_one("#assessments", DataTable)
        table.focus()
        await pilot.press("space")  # a change that must not be written either
        await paste_into(pilot, screen.query_one("#training_days", Input), days)
        before = file_digest(book_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert file_digest(book_path) == before
        assert any(
            n.severity == "error" and "培训天数" in str(n.message) for n in app._notifications
        )
        assert screen.has_unsaved_changes()  # what was typed is still there to fix


@pytest.mark.parametrize("chunk", CHUNKS, ids=range(len(CHUNKS)))
async def test_nasty_strings_through_the_assessment_result(book_path, chunk):
    ids = _seed(book_path)
    app = _app(book_path)
    att_id = derived_id("attendance", ids["study"], ids["张三"])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["study"])
        table = screen.query_one("#assessments", DataTable)
        for value in chunk:
            table.focus()
            table.move_cursor(row=0)
            await pilot.press("enter")
            await pilot.pause()
            await paste_into(pilot, app.screen.query_one("#f-result", Input), value)
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            mark = app.book.attendance.get(att_id)
            assert mark.assessment_result == clean_text(value).strip(), repr(value[:20])
            assert not screen.has_unsaved_changes()
    with Book.open(book_path) as book:
        assert book.attendance.get(att_id).assessment_result == clean_text(chunk[-1]).strip()


async def test_a_new_study_record_saves_its_training_in_one_write(book_path):
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        screen.query_one("#theme", Input).value = "初任培训"
        screen.query_one("#form", Select).value = "study"
        await pilot.pause()
        screen.query_one("#training_kind", Select).value = "initial"
        await paste_into(pilot, screen.query_one("#training_days", Input), "2")
        attendance = screen.query_one("#attendance", DataTable)
        attendance.focus()
        await pilot.press("p")
        table = screen.query_one("#assessments", DataTable)
        table.focus()
        await pilot.press("space")
        writes = app.book.storage.writes
        await pilot.press("ctrl+s")
        await pilot.pause()
        rid = screen.record_id
        assert rid is not None and not screen.has_unsaved_changes()
        assert app.book.storage.writes == writes + 1  # record, marks, training: one write
    with Book.open(book_path) as book:
        rec = book.records.get(rid)
        zhang = deputy_named(book, "张三")
        mark = book.attendance.get(derived_id("attendance", rid, zhang.id))
    assert (rec.form, rec.training_kind, rec.training_days) == ("study", "initial", 2.0)
    assert (mark.status, mark.assessment_done) == ("present", True)


async def test_nasty_strings_as_training_days_are_refused(book_path):
    ids = _seed(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["study"])
        before = file_digest(book_path)
        for value in NASTY:
            app._notifications.clear()
            await paste_into(pilot, screen.query_one("#training_days", Input), value)
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert any(n.severity == "error" for n in app._notifications), value
        assert file_digest(book_path) == before
