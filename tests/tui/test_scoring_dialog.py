"""The scoring rules (履职积分): reading the typed table, ``scoring set`` refusing a cap below
the base, and the dialog of the registration form screen (Pilot and snapshots)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from grouptui.app import make_app
from grouptui.domain.scoring import CategoryRule, ScoringRules
from grouptui.domain.scoring_table import RowText, read_table, table_of
from grouptui.i18n import set_language
from grouptui.store.book import Book
from tests.support.data import NASTY, NOW, file_digest


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("zh")


# Reading the table (pure) ---------------------------------------------------------------


def _errors(rows: dict[str, RowText], total: str = "") -> dict[str, tuple[str, str]]:
    rules, errors = read_table(rows, total)
    assert rules is None or not errors
    return {k: (e.field, e.message()) for k, e in errors.items()}


def test_an_empty_table_means_no_rules():
    assert read_table({}, "") == (None, {})
    assert read_table({"training": RowText()}, " ") == (None, {})


def test_rows_become_rules_with_their_caps():
    rules, errors = read_table(
        {
            "training": RowText("1"),
            "suggestion": RowText("3", "2", "4"),
            "inspection": RowText("２", "０．５", ""),  # full-width digits from an IME
            "other": RowText(),
        },
        "20",
    )
    assert errors == {}
    assert rules == ScoringRules(
        rules={
            "training": CategoryRule(1.0, 0.0, None),
            "inspection": CategoryRule(2.0, 0.5, None),
            "suggestion": CategoryRule(3.0, 2.0, 4.0),
        },
        total_cap=20.0,
    )
    # and back into the table the dialog shows
    rows, total = table_of(rules)
    assert rows["suggestion"] == RowText("3", "2", "4") and rows["other"] == RowText()
    assert total == "20"


def test_each_bad_field_says_what_and_where(english):
    found = _errors(
        {
            "session": RowText("-1"),
            "training": RowText("1", "x"),
            "inspection": RowText("1", "1", "1001"),
            "research": RowText("3", "", "2"),
            "appraisal": RowText("", "1"),
            "other": RowText("nan"),
        },
        "-5",
    )
    assert found == {
        "session": ("base", "Base cannot be negative (-1)."),
        "training": ("repeat", "Per repeat must be a number, not 'x'."),
        "inspection": ("cap", "Cap can be at most 1000 points (1001)."),
        "research": ("cap", "The cap 2 is below the base 3: raise the cap or leave it empty."),
        "appraisal": ("base", "Give the base points too (or leave the whole row empty)."),
        "other": ("base", "Base must be a number, not 'nan'."),
        "total_cap": ("total_cap", "Total cap cannot be negative (-5)."),
    }


def test_a_total_cap_alone_is_refused():
    assert _errors({}, "10") == {"total_cap": ("total_cap", "总分上限需要至少一类的积分规则。")}


def test_a_cap_equal_to_the_base_is_fine():
    rules, errors = read_table({"training": RowText("2", "1", "2")}, "")
    assert not errors and rules is not None and rules.rules["training"].cap == 2


# The command line -------------------------------------------------------------------------


@pytest.mark.parametrize("lang, says", [("zh", "上限 2 低于首次得分 3"), ("en", "cap 2 is below")])
def test_scoring_set_refuses_a_cap_below_the_base(book_path: Path, cli, lang, says) -> None:
    before = file_digest(book_path)
    res = cli("--book", book_path, "--lang", lang, "scoring", "set", "视察", "--base", "3",
              "--cap", "2")  # fmt: skip
    assert res.code == 2 and says in res.err and len(res.err.strip().splitlines()) == 1
    assert file_digest(book_path) == before


# The dialog -----------------------------------------------------------------------------------


def _app(path: Path, lang: str = "zh"):
    return make_app(path, lang=lang, clock=lambda: NOW, start="register")


async def _settled(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _headings(app) -> list[str]:
    table = app.screen.query_one("#reg-table", DataTable)
    return [str(c.label) for c in table.columns.values()]


def _cells(app, row: int) -> list[str]:
    table = app.screen.query_one("#reg-table", DataTable)
    return [str(c) for c in table.get_row_at(row)]


def _scoring(book_path: Path):
    from grouptui.store.register import scoring

    with Book.open(book_path) as book:
        return scoring(book)


def _rules(book_path: Path) -> None:
    from grouptui.store.register import save_scoring

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        save_scoring(
            book,
            ScoringRules(
                rules={
                    "training": CategoryRule(1.0),
                    "suggestion": CategoryRule(3.0, 2.0, 4.0),
                },
                total_cap=20.0,
            ),
        )


async def _open(pilot):
    await _settled(pilot)
    await pilot.press("s")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "ScoringDialog"
    return pilot.app.screen


@pytest.mark.usefixtures("duty_ids")
async def test_set_rules_in_the_dialog_and_the_score_column_appears(book_path: Path) -> None:
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(pilot)
        assert "积分" not in _headings(app)
        dialog = await _open(pilot)
        assert dialog.query_one("#session-base", Input).has_focus  # the first field
        dialog.query_one("#suggestion-base", Input).value = "3"
        dialog.query_one("#suggestion-repeat", Input).value = "2"
        dialog.query_one("#suggestion-cap", Input).value = "4"
        dialog.query_one("#training-base", Input).value = "1"
        dialog.query_one("#total_cap-total_cap", Input).value = "4.5"
        await pilot.press("ctrl+s")
        await _settled(pilot)
        assert type(app.screen).__name__ == "RegisterScreen"
        assert _headings(app)[-2] == "积分"
        # 张三: one suggestion (3) + training (1); 李四: 3+2 capped at 4, + 1 = 5, total cap 4.5
        assert _cells(app, 0)[-2] == "4" and _cells(app, 1)[-2] == "4.5"
        # open again: the dialog shows what is stored
        dialog = await _open(pilot)
        assert dialog.query_one("#suggestion-cap", Input).value == "4"
        assert dialog.query_one("#total_cap-total_cap", Input).value == "4.5"
        await pilot.press("escape")  # nothing typed: closes without asking
        await pilot.pause()
        assert type(app.screen).__name__ == "RegisterScreen"
    rules = _scoring(book_path)
    assert rules is not None and rules.total_cap == 4.5
    assert rules.rules["suggestion"] == CategoryRule(3.0, 2.0, 4.0)


@pytest.mark.usefixtures("duty_ids")
async def test_messages_under_the_rows_and_nothing_written(book_path: Path) -> None:
    _rules(book_path)
    before = file_digest(book_path)
    app = _app(book_path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open(pilot)
        dialog.query_one("#suggestion-cap", Input).value = "1"
        dialog.query_one("#inspection-base", Input).value = "-2"
        dialog.query_one("#other-repeat", Input).value = "1"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert dialog.row("suggestion").error == (
            "The cap 1 is below the base 3: raise the cap or leave it empty."
        )
        assert dialog.row("inspection").error == "Base cannot be negative (-2)."
        assert dialog.row("other").error.startswith("Give the base points too")
        assert dialog.row("training").error == ""
        # the first bad field in the table's order has the focus
        assert dialog.query_one("#inspection-base", Input).has_focus
        # typing in a row clears its message
        dialog.query_one("#inspection-base", Input).value = "2"
        await pilot.pause()
        assert dialog.row("inspection").error == ""
        # leaving with changes asks; keeping them stays
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is dialog
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert type(app.screen).__name__ == "RegisterScreen"
    assert file_digest(book_path) == before


@pytest.mark.usefixtures("duty_ids")
async def test_clear_all_removes_the_rules_and_the_score_column(book_path: Path) -> None:
    _rules(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(pilot)
        assert "积分" in _headings(app)
        dialog = await _open(pilot)
        dialog.query_one("#clear").press()
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("y")
        await _settled(pilot)
        assert type(app.screen).__name__ == "RegisterScreen"
        assert "积分" not in _headings(app)
    assert _scoring(book_path) is None


@pytest.mark.usefixtures("duty_ids")
async def test_emptying_every_field_also_removes_the_rules(book_path: Path) -> None:
    _rules(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open(pilot)
        for widget in dialog.query(Input):
            widget.value = ""
        await pilot.press("ctrl+s")
        await _settled(pilot)
        assert "积分" not in _headings(app)
    assert _scoring(book_path) is None


@pytest.mark.usefixtures("duty_ids")
async def test_nasty_text_in_every_field_is_refused_as_typed(book_path: Path) -> None:
    _rules(book_path)
    before = file_digest(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open(pilot)
        fields = [w for w in dialog.query(Input)]
        for text, widget in zip(NASTY, fields, strict=False):
            widget.value = text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        for text, widget in zip(NASTY, fields, strict=False):
            row = widget.parent.parent  # the ScoreRow
            assert row.error, text
            shown = text.strip()
            if shown and len(shown) < 100:
                assert shown in row.error or "首次" in row.error
    assert file_digest(book_path) == before


# Snapshots (reviewed: the text of each SVG was read, and the dialog was run in tmux) ----------


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.usefixtures("duty_ids")
def test_snapshot_scoring_dialog(snap_compare, book_path: Path, lang: str, size) -> None:
    _rules(book_path)
    app = _app(book_path, lang)
    assert snap_compare(app, terminal_size=size, run_before=_open_for_snapshot)


async def _open_for_snapshot(pilot) -> None:
    await _settled(pilot)
    await pilot.press("s")
    await pilot.pause()


@pytest.mark.usefixtures("duty_ids")
def test_snapshot_scoring_dialog_with_messages(snap_compare, book_path: Path) -> None:
    _rules(book_path)

    async def typed_wrong(pilot) -> None:
        await _open_for_snapshot(pilot)
        dialog = pilot.app.screen
        dialog.query_one("#suggestion-cap", Input).value = "1"
        dialog.query_one("#session-base", Input).value = "[bold]x"
        await pilot.press("ctrl+s")
        # The first bad field is scrolled into view: let that finish before the picture.
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    assert snap_compare(_app(book_path), terminal_size=(80, 24), run_before=typed_wrong)
