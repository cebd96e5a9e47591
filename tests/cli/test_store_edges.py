"""The store's promises at the edges, as a user meets them on the command line (issue 12).

Cases 5, 6, 7, 10, 11 and ``grouptui restore``; cases 1, 2, 4 and the property are in
``tests/store/test_backup_promises.py``.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from grouptui.store import backups

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX files and modes")


def one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


# Case 5: a read-only book --------------------------------------------------------------------


@POSIX
def test_a_read_only_book_is_refused_and_left_alone(cli, book_path: Path) -> None:
    book_path.chmod(0o400)
    before = book_path.read_bytes()
    result = cli("--book", book_path, "roster", "add", "新人")
    assert result.code == 2 and one_line(result.err) and "只读" in result.err
    assert book_path.read_bytes() == before
    assert stat.S_IMODE(book_path.stat().st_mode) == 0o400


# Case 6: FIFOs and devices are refused at once --------------------------------------------------


def run_grouptui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``grouptui ARGS`` in a child, killed after 20 s: a hang fails instead of blocking."""
    env = {**os.environ, "GROUPTUI_CONFIG_DIR": str(tmp_path / "config")}
    return subprocess.run(
        [sys.executable, "-m", "grouptui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=20,
    )


@POSIX
@pytest.mark.parametrize(
    "args",
    [
        ("--book", "{fifo}", "info"),
        ("--book", "{fifo}", "note", "问题"),
        ("--book", "/dev/zero", "info"),
        ("--book", "{book}", "record", "add", "--date", "2026-05-10", "--form", "视察",
         "--theme", "t", "--minutes-file", "{fifo}"),
        ("--book", "{book}", "record", "add", "--date", "2026-05-10", "--form", "视察",
         "--theme", "t", "--minutes-file", "/dev/zero"),
        ("--book", "{book}", "roster", "import", "{fifo}"),
    ],
    ids=["info-fifo", "note-fifo", "info-dev-zero", "minutes-fifo", "minutes-dev-zero",
         "import-fifo"],
)  # fmt: skip
def test_fifos_and_devices_are_refused_at_once(
    tmp_path: Path, book_path: Path, args: tuple[str, ...]
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    before = book_path.read_bytes()
    argv = [a.format(fifo=fifo, book=book_path) for a in args]
    try:
        result = run_grouptui(tmp_path, *argv)
    except subprocess.TimeoutExpired:
        pytest.fail(f"grouptui {' '.join(argv)} hung")
    assert result.returncode == 2 and one_line(result.stderr), result.stderr
    assert "普通文件" in result.stderr
    assert book_path.read_bytes() == before


# Case 7: new-year and init --template write once ------------------------------------------------


class Killed(BaseException):
    """The process died here."""


def kill_at_second_replace(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """``os.replace`` onto ``target`` dies the second time (the first is let through)."""
    real = os.replace
    seen = []

    def replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(dst) == target:
            seen.append(dst)
            if len(seen) == 2:
                raise Killed
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


def test_new_year_is_one_write(cli, book_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = book_path.parent / "新河镇第一代表小组-2027.json"
    kill_at_second_replace(monkeypatch, target)
    result = cli("--book", book_path, "new-year")
    assert result.code == 0
    deputies = json.loads(target.read_text("utf-8"))["deputies"]
    assert sorted(d["name"] for d in deputies.values()) == ["张三", "李四", "王五"]


def test_init_with_a_template_is_one_write(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grouptui.domain.plan_templates import template_names

    target = tmp_path / "new.json"
    kill_at_second_replace(monkeypatch, target)
    args = ("--book", target, "init", "--group", "组", "--year", "2026")
    result = cli(*args, "--template", template_names()[0])
    assert result.code == 0
    assert json.loads(target.read_text("utf-8"))["plan"]


def test_new_year_on_a_full_disk_leaves_no_book(
    cli, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = book_path.parent / "新河镇第一代表小组-2027.json"
    real = os.replace

    def replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(dst) == target:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result = cli("--book", book_path, "new-year")
    assert result.code == 2 and "磁盘已满" in result.err
    assert not target.exists()
    monkeypatch.setattr(os, "replace", real)
    assert cli("--book", book_path, "new-year").code == 0  # and a rerun needs no --force


# Case 10: debris -------------------------------------------------------------------------------


def test_temp_files_of_the_lock_note_and_backups_are_removed(cli, book_path: Path) -> None:
    lock_tmp = book_path.parent / f"..{book_path.name}.lock.json.x1y2.tmp"
    lock_tmp.write_text("{}")
    backups.backup_dir(book_path).mkdir(exist_ok=True)
    copy_tmp = backups.backup_dir(book_path) / ".000009-20260520-093000.json.abc.tmp"
    copy_tmp.write_text("{}")
    assert cli("--book", book_path, "roster", "add", "新人").code == 0
    assert not lock_tmp.exists() and not copy_tmp.exists()


def test_export_temp_files_are_removed_by_the_next_export(cli, demo_book: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    args = ("--book", demo_book, "export", "--what", "record-book", "--format", "docx")
    first = cli(*args, "--out", out)
    assert first.code == 0
    written = next(out.glob("*.docx"))
    orphan = out / f".{written.name}.k1ll.tmp"
    orphan.write_bytes(written.read_bytes())
    assert cli(*args, "--out", out, "--force").code == 0
    assert not orphan.exists()


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_full_disk_export_says_one_line_and_leaves_no_folder(
    cli, demo_book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    real_write = os.write

    def write(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        if len(data) > 1000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    out = tmp_path / "new-folder"
    what = "record-book" if fmt == "docx" else "register"
    result = cli("--book", demo_book, "export", "--what", what, "--format", fmt, "--out", out)
    assert result.code == 2 and one_line(result.err) and "磁盘" in result.err
    assert not out.exists()


# Case 11: privacy ------------------------------------------------------------------------------


@POSIX
def test_exports_with_contacts_are_private(cli, book_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for fmt in ("xlsx", "json"):
        args = ("--book", book_path, "export", "--what", "register", "--format", fmt)
        assert cli(*args, "--out", out / "with", "--include-contacts").code == 0
        assert cli(*args, "--out", out / "without").code == 0
    for path in (out / "with").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in (out / "without").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


def test_roster_json_masks_phones_unless_asked(cli, book_path: Path) -> None:
    masked = json.loads(cli("--book", book_path, "roster", "list", "--json").out)
    assert "13800001111" not in json.dumps(masked)
    assert any(d["phone"].startswith("138") for d in masked)
    args = ("--book", book_path, "roster", "list", "--json", "--include-contacts")
    full = json.loads(cli(*args).out)
    assert any(d["phone"] == "13800001111" for d in full)


@POSIX
def test_crash_log_is_private_and_holds_no_values(isolated_home: Path) -> None:
    from grouptui.console import log_crash

    typed = "张三 " + "138" + "00001111"  # what a user typed, never in the source
    try:
        raise ValueError(typed)
    except ValueError as exc:
        log_crash(exc)
    log = isolated_home / "config" / "crash.log"
    text = log.read_text("utf-8")
    assert "ValueError" in text and "13800001111" not in text and "张三" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


# grouptui restore ------------------------------------------------------------------------------


def saved_versions(cli, book_path: Path, names: list[str]) -> None:
    for name in names:
        assert cli("--book", book_path, "roster", "add", name).code == 0


def test_restore_lists_backups_with_time_and_counts(cli, book_path: Path) -> None:
    saved_versions(cli, book_path, ["甲", "乙"])
    listed = cli("--book", book_path, "restore", "--json")
    assert listed.code == 0
    found = json.loads(listed.out)
    assert [b["number"] for b in found] == list(range(1, len(found) + 1))
    assert found[0]["counts"]["deputies"] == 5 and found[1]["counts"]["deputies"] == 4
    assert all(b["taken"] for b in found)
    table = cli("--book", book_path, "restore")
    assert "代表5" in table.out and "代表4" in table.out


def test_restore_puts_a_version_back_and_keeps_the_current_one(cli, book_path: Path) -> None:
    saved_versions(cli, book_path, ["甲", "乙"])
    current = book_path.read_bytes()
    result = cli("--book", book_path, "restore", "2")
    assert result.code == 0 and one_line(result.out)
    roster = json.loads(cli("--book", book_path, "roster", "list", "--json").out)
    assert sorted(d["name"] for d in roster) == ["张三", "李四", "王五", "甲"]
    backups.settle()
    assert any(b.path.read_bytes() == current for b in backups.list_backups(book_path))
    # and the restore itself can be undone
    assert cli("--book", book_path, "restore", "2").code == 0
    roster = json.loads(cli("--book", book_path, "roster", "list", "--json").out)
    assert "乙" in {d["name"] for d in roster}


@pytest.mark.parametrize(
    "number", ["0", "99", "x", "-1", "1" * 5000], ids=["0", "99", "x", "-1", "huge"]
)
def test_restore_refuses_a_bad_number_in_one_line(cli, book_path: Path, number: str) -> None:
    saved_versions(cli, book_path, ["甲"])
    before = book_path.read_bytes()
    result = cli("--book", book_path, "restore", number)
    assert result.code == 2 and one_line(result.err)
    assert book_path.read_bytes() == before


def test_restore_a_broken_backup_is_refused(cli, book_path: Path) -> None:
    saved_versions(cli, book_path, ["甲"])
    backups.settle()
    newest = backups.list_backups(book_path)[0].path
    newest.write_bytes(b'{"half": ')
    before = book_path.read_bytes()
    result = cli("--book", book_path, "--lang", "en", "restore", "1")
    assert result.code == 2 and one_line(result.err) and "JSON" in result.err
    assert book_path.read_bytes() == before


def test_restore_works_when_the_book_itself_is_broken(cli, book_path: Path) -> None:
    saved_versions(cli, book_path, ["甲"])
    book_path.write_bytes(b'{"meta": {"1": {')
    assert cli("--book", book_path, "info").code == 2
    assert cli("--book", book_path, "restore", "1").code == 0
    assert cli("--book", book_path, "info").code == 0
    backups.settle()
    kept = [b.path.read_bytes() for b in backups.list_backups(book_path)]
    assert b'{"meta": {"1": {' in kept  # even a broken book is kept before a restore


def test_restore_of_a_zip_named_json_is_refused(cli, book_path: Path, tmp_path: Path) -> None:
    saved_versions(cli, book_path, ["甲"])
    backups.settle()
    newest = backups.list_backups(book_path)[0].path
    with zipfile.ZipFile(newest, "w") as z:
        z.writestr("x", "y")
    assert cli("--book", book_path, "restore", "1").code == 2


@POSIX
def test_a_fifo_among_the_books_of_the_folder_does_not_hang(tmp_path: Path, book_path: Path):
    # The registration form peeks at every *.json beside the book for earlier years.
    os.mkfifo(book_path.parent / "2025.json")
    try:
        result = run_grouptui(tmp_path, "--book", str(book_path), "register", "--json")
    except subprocess.TimeoutExpired:
        pytest.fail("register hung on a FIFO beside the book")
    assert result.returncode == 0
