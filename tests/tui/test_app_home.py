"""The home screen, navigation keys, the command palette, help, language and theme."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette

from grouptui import navigation
from grouptui.store.config import Config, config_path, load_config
from tests.support.shellkit import app_on, screen_text, until


async def test_home_shows_group_year_quarter_plan_due_followups_conflicts(
    shell_book: Path,
) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.destination_id == "home"
        text = screen_text(app)
        assert "新河镇第一代表小组" in text
        assert "2026年度" in text
        assert "今天是2026年5月20日，第二季度" in text
        # Q2 plan: four items (the Q3 one is not listed), one done through its record.
        assert "本季度计划（第二季度）  已完成 1/4" in text
        assert "视察基层信访工作" in text and "走访选民" in text
        assert "视察救灾物资发放" not in text.split("近 30 天")[0]
        # Due within 30 days: the 5 June study and the 10 June reception, in order.
        lines = text.splitlines()
        due_at = next(i for i, line in enumerate(lines) if "近 30 天要做的事" in line)
        study = next(i for i, line in enumerate(lines) if i > due_at and "2026年6月5日" in line)
        reception = next(i for i, line in enumerate(lines) if "接待选民日（每月10日）" in line)
        assert "16 天后" in lines[study] and "学习代表法" in lines[study]
        assert study < reception
        # Open follow-ups, the overdue one first, and the conflict left by a merge.
        assert "未办结的追踪事项（2）" in text
        assert "修复东风村饮水管道" in text and "镇水利站" in text
        assert "其中 1 项已逾期" in text
        assert "有 1 处合并冲突未解决" in text
        # One key per available screen.
        assert "m 代表名册" in text


async def test_home_in_english(shell_book: Path) -> None:
    app = app_on(shell_book, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Today is 2026-05-20, Q2" in text
        assert "This quarter's plan (Q2)  1/4 done" in text
        assert "2026-06-05" in text and "in 16 days" in text
        assert "Open follow-ups (2)" in text
        assert "1 unresolved merge conflicts" in text
        assert "m Roster" in text
        assert "第二季度" not in text


async def test_home_at_80x24_wraps_and_scrolls(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert all(len(line) <= 80 for line in text.splitlines())
        # One column: the plan, then below it (not beside it) the rest.
        plan = next(line for line in text.splitlines() if "本季度计划" in line)
        assert "近 30 天" not in plan and "未办结" not in plan
        await pilot.press("end")
        await pilot.pause()
        assert "账册概况" in screen_text(app)


async def test_home_figures_follow_the_book(shell_book: Path) -> None:
    """Coming back to home recomputes: a plan item done elsewhere counts at once."""
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        item = next(p for p in app.book.plan.all() if p.title == "学习代表法")
        item.status = "done"
        app.book.plan.save(item)
        await pilot.press("escape")
        await pilot.pause()
        assert "已完成 2/4" in screen_text(app)


async def test_navigation_key_and_escape_back(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.destination_id == "roster"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.destination_id == "home"
        app.go("roster")
        await pilot.pause()
        app.go("home")
        await pilot.pause()
        assert app.screen.destination_id == "home"
        assert app.screen_stack == [app.screen]  # home alone: nothing left above it


async def _palette_options(pilot, query: str) -> list[str]:
    app = pilot.app
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    if query.isascii():
        await pilot.press(*query)
    else:  # what an input method delivers: the finished characters
        app.screen.query_one("CommandInput").insert_text_at_cursor(query)
    await pilot.pause(0.3)
    options = app.screen.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("query", ["名册", "roster", "代表"])
async def test_palette_finds_roster_by_name_in_both_languages(shell_book: Path, query: str) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        prompts = await _palette_options(pilot, query)
        assert any("代表名册" in p for p in prompts), prompts
        placeholder = app.screen.query_one("CommandInput").placeholder
        assert placeholder.startswith("输入要去的页面或命令")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.destination_id == "roster"


@pytest.mark.parametrize("query", ["速记", "quick"])
async def test_palette_finds_quick_notes_once_it_exists(
    shell_book: Path, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing 速记 or quick finds quick notes; while its screen is missing, nothing."""
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        prompts = await _palette_options(pilot, query)
        quick_exists = "quick" in {d.id for d in navigation.available()}
        assert any("视察速记" in p for p in prompts) == quick_exists
    monkeypatch.setattr(navigation, "available", lambda: navigation.DESTINATIONS)
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        prompts = await _palette_options(pilot, query)
        assert any("视察速记" in p for p in prompts), prompts


@pytest.mark.parametrize(("lang", "words"), [("zh", "没有找到"), ("en", "No matches found")])
async def test_palette_says_no_matches_in_the_users_language(
    shell_book: Path, lang: str, words: str
) -> None:
    app = app_on(shell_book, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one("CommandInput").insert_text_at_cursor("qzxqzx")
        options = app.screen.query_one(CommandList)

        def prompts() -> list[str]:
            return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]

        # the search runs in a worker: wait for its answer, not for a fixed time
        await until(pilot, lambda: any(words in p for p in prompts()))


async def test_palette_system_commands_are_translated(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: bool(app.screen.query(CommandList)))
        options = app.screen.query_one(CommandList)

        def shown() -> str:
            return " ".join(
                str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
            )

        await until(pilot, lambda: "退出" in shown())  # the commands come from a worker
        prompts = shown()
        for word in ("主题", "退出", "按键说明", "明暗切换", "切换语言"):
            assert word in prompts
        for word in ("Quit", "Keys", "Theme", "Screenshot"):
            assert word not in prompts


async def test_help_lists_the_keys_of_the_current_screen(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "本页按键" in text
        assert "代表名册" in text and "退出" in text and "^q" in text
        await pilot.press("escape")
        await pilot.press("m")
        await pilot.press("question_mark")
        await pilot.pause()
        keys = dict((d, k) for k, d in app.screen.keys)
        assert keys["添加"] == "a" and keys["修改"] == "e" and keys["帮助"] == "f1 / ?"
        assert "Scroll Up" not in screen_text(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.destination_id == "roster"


async def test_question_mark_in_a_text_field_is_typed_not_help(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "a")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.destination_id == "deputy_form"
        assert app.screen.query_one("#name-input").value == "?"
        await pilot.press("f1")
        await pilot.pause()
        assert "保存" in screen_text(app)


async def test_language_switch_from_the_palette(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "今天是" in screen_text(app)
        app.action_switch_language()
        await until(pilot, lambda: "Today is" in screen_text(app) and "Quit" in screen_text(app))
        text = screen_text(app)
        assert "Today is 2026-05-20, Q2" in text
        assert "Quit" in text and "退出" not in text
        assert app.sub_title.startswith("新河镇第一代表小组  2026")
        app.action_switch_language("zh")
        await pilot.pause()
        assert "今天是2026年5月20日" in screen_text(app)


async def test_theme_switch_is_remembered(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.current_theme.dark
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.theme == "textual-light"
    assert json.loads(config_path().read_text("utf-8"))["theme"] == "textual-light"
    again = app_on(shell_book)
    async with again.run_test(size=(120, 40)) as pilot:
        assert again.theme == "textual-light"
        await pilot.press("ctrl+t")
        await pilot.pause()
    assert load_config().theme == "textual-dark"


async def test_keys_remapped_by_binding_id_from_the_config(shell_book: Path) -> None:
    config = Config(keys={"go_roster": "f5", "help": "f2"})
    app = app_on(shell_book, config=config)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.destination_id == "home"
        await pilot.press("f2")
        await pilot.pause()
        keys = dict((d, k) for k, d in app.screen.keys)
        assert keys["代表名册"] == "f5" and keys["帮助"] == "f2"
        await pilot.press("escape", "f5")
        await pilot.pause()
        assert app.screen.destination_id == "roster"


async def test_read_only_when_another_grouptui_holds_the_book(shell_book: Path) -> None:
    from grouptui.store.book import Book
    from tests.support.shellkit import deputy_on_disk

    before = shell_book.read_bytes()
    with Book.open(shell_book, write=True):
        app = app_on(shell_book)
        assert app.read_only_reason
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            text = screen_text(app)
            assert "只读：账册正由另一个 grouptui 使用" in text
            assert "（只读）" in app.sub_title
            await pilot.press("m", "a")
            await pilot.pause()
            assert app.screen.destination_id == "roster"
            await pilot.press("r")
            await pilot.pause()
            assert app.screen.destination_id == "roster"
            assert deputy_on_disk(shell_book, "张三")["active"] is True
    assert shell_book.read_bytes() == before


async def test_write_lock_taken_right_after_the_first_paint(shell_book: Path) -> None:
    """The launcher's way: open read-only, paint home, then lock (and read again)."""
    from grouptui.store.book import Book
    from grouptui.store.errors import BookError

    app = app_on(shell_book, lock_after_paint=True)
    assert not app.book.writable and not app.read_only
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.book.writable and not app.read_only
        with pytest.raises(BookError) as caught:
            Book.open(shell_book, write=True)
        assert caught.value.key == "book_locked"
        assert "只读" not in screen_text(app)


@pytest.mark.slow
def test_home_counts_as_painted_only_once_the_group_name_is_on_the_terminal(
    shell_book: Path, tmp_path: Path, isolated_home: Path
) -> None:
    """The write lock and the rules section wait for the first frame: they once ran inside
    Textual's start-up batch, before any frame was written, and the app that exits on its
    first paint (GROUPTUI_PAINTED_FILE) left nothing on the terminal."""
    import sys

    from tests.support.terminal import ANSI, on_a_terminal, painting_env

    painted = tmp_path / "painted"
    script = Path(sys.executable).with_name("grouptui")
    code, out = on_a_terminal([str(script), "--book", str(shell_book)], painting_env(painted))
    assert code == 0 and painted.exists()
    full_screen = ANSI.sub("", out.split("\x1b[?1049l")[0])
    assert "新河镇第一代表小组" in full_screen


async def test_deferred_lock_held_elsewhere_turns_read_only(shell_book: Path) -> None:
    from grouptui.store.book import Book
    from tests.support.shellkit import deputy_on_disk

    before = shell_book.read_bytes()
    with Book.open(shell_book, write=True):
        app = app_on(shell_book, lock_after_paint=True)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert app.read_only
            assert "只读：账册正由另一个 grouptui 使用" in screen_text(app)
            assert "（只读）" in app.sub_title
            await pilot.press("m", "r")
            await pilot.pause()
            assert app.screen.destination_id == "roster"
            assert deputy_on_disk(shell_book, "张三")["active"] is True
    assert shell_book.read_bytes() == before


async def test_language_chosen_in_the_palette_is_remembered(shell_book: Path) -> None:
    """Issue 16: the language chosen in the palette was forgotten at the next start."""
    from grouptui.cli import run

    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_switch_language()
        await until(pilot, lambda: "Today is" in screen_text(app))
    assert json.loads(config_path().read_text("utf-8"))["language"] == "en"
    # the next start (no --lang, no GROUPTUI_LANG) speaks English
    assert run(["--book", str(shell_book), "--version"]) == 0
    from grouptui.i18n import get_language, set_language

    assert get_language() == "en"
    set_language("zh")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_rules_section_comes_whole_a_frame_after_the_figures(
    shell_book: Path, size: tuple[int, int]
) -> None:
    """The rules' section is drawn a frame after the rest; the board grows to hold it (it
    stayed at its first height when another widget's layout ran in between, and the
    section was cut off: at 80x24 even scrolling down did not show its last lines)."""
    app = app_on(shell_book)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: getattr(app.screen, "complete", False))
        await pilot.pause()
        app.screen.query_one("#home-body").scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "季度活动清单" in text and "有风险  每月接待选民日" in text, text


def test_the_board_halves_are_those_of_a_plain_ratio_grid() -> None:
    """The board's grid gives its ratio columns a width of 1 so that Rich skips measuring
    the panels; a Rich release that used that width otherwise would change the picture."""
    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.table import Table

    from grouptui.screens.home import Board

    def panel(title: str, rows: int) -> Panel:
        table = Table(box=None, show_header=False, expand=True)
        table.add_column(no_wrap=True)
        table.add_column(ratio=1, overflow="fold")
        for n in range(rows):
            table.add_row(
                f"2026年5月{n + 1}日", "视察基层信访工作，听取汇报并提出意见" * (n % 3 + 1)
            )
        return Panel(table, title=title)

    left = [panel("本季度计划", 4), panel("近 30 天要做的事", 2)]
    right = [panel("未办结的追踪事项", 5)]
    console = Console(width=200, force_terminal=True, color_system="truecolor")
    for width in range(Board.TWO_COLUMNS, 200, 9):
        options = console.options.update_width(width)
        plain = Table.grid(expand=True, padding=(0, 1, 0, 0))
        plain.add_column(ratio=1)
        plain.add_column(ratio=1)
        plain.add_row(Group(*left), Group(*right))
        ours = list(console.render(Board([], left, right), options))
        assert ours == list(console.render(plain, options)), width


async def test_home_names_the_records_whose_quick_notes_are_not_folded(
    cli, shell_book: Path
) -> None:
    """Notes taken while walking are not in the record book until folded (F9): home says
    which records still have some, below the rules, a frame after the figures; the export
    says it too (tests/export/test_unfolded_notes.py), but only once the officer exports."""
    from grouptui.store.book import Book

    with Book.open(shell_book) as book:
        record = min(book.records.all(), key=lambda r: r.date)
    for text in ("敬老院消防通道堵塞", "食堂卫生许可过期"):
        assert cli("--book", shell_book, "note", text, "--record", record.id).code == 0
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "complete", False))
        await pilot.pause()
        app.screen.query_one("#home-body").scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
    assert "未并入纪要的速记（2条）" in text, text
    line = next(line for line in text.splitlines() if record.theme[:6] in line and "2条" in line)
    assert f"{record.date.year}年{record.date.month}月{record.date.day}日" in line
    assert "按 F9 并入纪要" in text
    assert cli("--book", shell_book, "record", "fold", record.id).code == 0
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "complete", False))
        await pilot.pause()
        assert "未并入纪要的速记" not in screen_text(app)


def test_past_four_records_the_rest_are_counted(shell_book: Path) -> None:
    from datetime import date

    from grouptui.domain.models import ActivityRecord, Note
    from grouptui.i18n import set_language
    from grouptui.screens.home import unfolded_section
    from grouptui.store.book import Book

    set_language("zh")
    with Book.open(shell_book, write=True, device="dev-test") as book:
        for day in range(1, 7):
            record = book.records.save(
                ActivityRecord(date=date(2026, 3, day), form="inspection", theme=f"视察{day}")
            )
            book.notes.save(Note(record_id=record.id, at=f"2026-03-0{day}T10:00:00", text="记"))
        title, text = unfolded_section(book) or ("", "")
    assert title == "未并入纪要的速记（6条）"
    lines = text.splitlines()
    assert [line.split()[1] for line in lines[:4]] == ["视察1", "视察2", "视察3", "视察4"]
    assert lines[4] == "另有 2 项" and "F9" in lines[5]
