"""Shared fixtures: an isolated home for config and books, small and demo books, the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.support.data import NOW, CliResult


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Config and default books live in a temp folder; no test sees the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GROUPTUI_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("GROUPTUI_DATA_DIR", str(home / "data"))
    for var in ("GROUPTUI_BOOK", "GROUPTUI_LANG", "GROUPTUI_NOW", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture(autouse=True)
def steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors do not blink in tests.

    A cursor blinks every half second; on a loaded machine a snapshot could catch it
    either way, and a picture must not depend on how busy the machine is.
    """
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``grouptui ARGS`` in-process; returns exit code, stdout, stderr."""
    from grouptui.cli import run

    def invoke(*args: str) -> CliResult:
        capsys.readouterr()
        code = run([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    """A small book: group 新河镇第一代表小组, year 2026, three deputies, no records."""
    from grouptui.domain.models import Deputy
    from grouptui.store.book import Book

    path = tmp_path / "book.json"
    with Book.create(
        path,
        group="新河镇第一代表小组",
        year=2026,
        township="新河镇",
        device="dev-test",
        clock=lambda: NOW,
    ) as book:
        book.deputies.save_many(
            [
                Deputy(
                    name="张三", levels=["town"], phone="13800001111", joined_on=date(2026, 1, 1)
                ),
                Deputy(name="李四", levels=["town", "county"], joined_on=date(2026, 1, 1)),
                Deputy(name="王五", levels=["town"], is_new=True, joined_on=date(2026, 1, 1)),
            ]
        )
    return path


@pytest.fixture
def duty_ids(book_path: Path) -> dict[str, str]:
    """The ``book_path`` book filled with known duties (:mod:`tests.support.duty_seed`):
    a study, a reception and a report with attendance, typed duty entries and suggestions.
    Returns the deputies' ids by name (and the records' ids by kind)."""
    from tests.support.duty_seed import seed

    return seed(book_path)


@pytest.fixture
def shell_book(tmp_path: Path) -> Path:
    """The app-shell tests' small book (:func:`tests.support.shellkit.build_shell_book`)."""
    from tests.support.shellkit import build_shell_book

    return build_shell_book(tmp_path / "book.json")


@pytest.fixture
def study_record_id(
    cli: Callable[..., CliResult], book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """A study record attended by 张三 (test paper, handed in, 合格) and 李四 (reflections,
    not handed in), 1.5 days of 履职学习; returns its id."""
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")
    import json

    added = cli(
        "--book", book_path, "record", "add", "--date", "2026-05-10", "--form", "学习培训",
        "--theme", "代表履职专题培训", "--present", "张三,李四", "--leave", "王五", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    rid = json.loads(added.out)["id"]
    for args in (
        ("training", "set", rid, "--kind", "履职", "--days", "1.5"),
        ("training", "assess", rid, "--deputy", "张三", "--by", "试卷", "--done"),
        ("training", "assess", rid, "--deputy", "张三", "--result", "合格"),
        ("training", "assess", rid, "--deputy", "李四", "--by", "心得", "--not-done"),
    ):
        done = cli("--book", book_path, *args)
        assert done.code == 0, done.err
    return rid


@pytest.fixture
def planned_today(book_path: Path) -> Path:
    """视察防汛准备 planned for today (20 May), and a forum the same day."""
    from grouptui.domain.models import PlanItem
    from grouptui.store.book import Book

    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        book.plan.save_many(
            [
                PlanItem(quarter=2, month=5, day=20, form="forum", title="座谈会"),
                PlanItem(quarter=2, month=5, day=20, form="inspection", title="视察防汛准备"),
            ]
        )
    return book_path


@pytest.fixture
def status_book(book_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Four Q2 items as of NOW (2026-05-20):

    - 述职 (5月5日), carried out by a record of 5月5日: done, though never marked so;
    - 视察 (6月), a record already written for 6月2日: not held yet, still planned;
    - 座谈 (4月), postponed by hand, no record: postponed;
    - 走访 (5月), cancelled, though a record points at it: cancelled.
    """
    from grouptui.domain.models import ActivityRecord, PlanItem
    from grouptui.store.book import Book

    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())
    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        report = book.plan.save(
            PlanItem(quarter=2, month=5, day=5, form="report_to_voters", title="代表向选民述职")
        )
        later = book.plan.save(PlanItem(quarter=2, month=6, form="inspection", title="视察河道"))
        book.plan.save(
            PlanItem(quarter=2, month=4, form="forum", title="座谈会", status="postponed")
        )
        gone = book.plan.save(
            PlanItem(quarter=2, month=5, form="visit", title="走访选民", status="cancelled")
        )
        for day, item in ((date(2026, 5, 5), report), (date(2026, 6, 2), later)):
            book.records.save(
                ActivityRecord(date=day, form=item.form, theme=item.title, plan_id=item.id)
            )
        book.records.save(
            ActivityRecord(date=date(2026, 5, 6), form="visit", theme="走访", plan_id=gone.id)
        )
    return book_path


@pytest.fixture(scope="session")
def demo_book_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A realistic demo year (built once per session; copy it before writing)."""
    from grouptui.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo-2026.json"
    build_demo(path, year=2026, records=60)
    return path


@pytest.fixture
def demo_book(demo_book_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo book."""
    target = tmp_path / demo_book_master.name
    target.write_bytes(demo_book_master.read_bytes())
    return target
