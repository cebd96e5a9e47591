"""Issue 12, case 8: a book whose values have the wrong types is refused where it is read.

Every crafted book of :mod:`tests.support.bad_docs` goes through ``info``, ``record list``,
``export``, ``check``, ``merge`` (as a laptop copy) and the TUI's start: one sentence
naming the file, the table, the record and the field; exit 2; every file byte-identical
and nothing new in the folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from grouptui.i18n import catalog
from tests.support.bad_docs import CORPUS, Bad, record_id, spoiled
from tests.support.data import file_digest

COMMANDS = {
    "info": ("zh", ["info"]),
    "record-list": ("en", ["record", "list"]),
    "export": ("zh", ["export", "--what", "record-book", "--format", "md", "--out", "{out}"]),
    "check": ("en", ["check"]),
}


def _table_word(table: str, lang: str) -> str:
    key = "bad_doc_table_meta" if table == "meta" else f"table_{table}"
    return catalog()[key][0 if lang == "zh" else 1]


def _snapshot(folder: Path, *, locks: bool = True) -> dict[str, str]:
    """Every file of ``folder`` and its digest (without the empty OS lock files if not
    ``locks``: opening a book for writing takes its lock before reading it)."""
    return {
        p.name: file_digest(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and (locks or not p.name.endswith(".lock"))
    }


def assert_refused(err: str, path: Path, bad: Bad, rid: str, lang: str) -> None:
    """One sentence that names the file, the table, the record and the field."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "意外错误" not in err and "unexpected" not in err
    assert str(path) in err
    assert _table_word(bad.table, lang) in err
    if bad.field:
        assert f"“{bad.field}”" in err
    if rid:
        assert rid in err


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "books"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("bad", CORPUS, ids=[b.id for b in CORPUS])
def test_every_command_refuses_a_bad_book(
    cli, demo_book: Path, corpus_dir: Path, tmp_path: Path, bad: Bad, command: str
) -> None:
    path = spoiled(demo_book, bad, corpus_dir)
    before = _snapshot(corpus_dir)
    lang, args = COMMANDS[command]
    out = tmp_path / "exports"
    result = cli("--lang", lang, "--book", path, *(a.format(out=out) for a in args))
    assert result.code == 2, result.err
    assert result.out == ""
    assert_refused(result.err, path, bad, record_id(demo_book, bad), lang)
    assert _snapshot(corpus_dir) == before
    assert not out.exists()


@pytest.mark.parametrize("bad", CORPUS, ids=[b.id for b in CORPUS])
def test_merge_refuses_a_bad_laptop_copy(
    cli, demo_book: Path, corpus_dir: Path, tmp_path: Path, bad: Bad
) -> None:
    path = spoiled(demo_book, bad, corpus_dir)
    good = corpus_dir / "good.json"
    good.write_bytes(demo_book.read_bytes())
    before = _snapshot(corpus_dir)
    out = tmp_path / "merged.json"
    result = cli("--lang", "en", "merge", good, path, "-o", out)
    assert result.code == 2, result.err
    assert_refused(result.err, path, bad, record_id(demo_book, bad), "en")
    assert not out.exists()
    assert _snapshot(corpus_dir) == before


@pytest.mark.parametrize("bad", CORPUS, ids=[b.id for b in CORPUS])
def test_the_app_does_not_start_on_a_bad_book(demo_book: Path, corpus_dir: Path, bad: Bad) -> None:
    from grouptui.app import make_app
    from grouptui.store.errors import BookError

    path = spoiled(demo_book, bad, corpus_dir)
    before = _snapshot(corpus_dir)
    for launcher in (True, False):
        with pytest.raises(BookError) as caught:
            make_app(path, lang="zh", lock_after_paint=launcher)
        assert_refused(caught.value.message(), path, bad, record_id(demo_book, bad), "zh")
        assert _snapshot(corpus_dir, locks=launcher) == before


@pytest.mark.parametrize("bad", CORPUS[:7], ids=[b.id for b in CORPUS[:7]])
def test_grouptui_says_one_sentence_and_leaves_the_terminal_clean(
    demo_book: Path, corpus_dir: Path, bad: Bad
) -> None:
    """``grouptui --book BAD`` as typed in a shell: no screen is drawn, exit 2."""
    path = spoiled(demo_book, bad, corpus_dir)
    before = _snapshot(corpus_dir)
    env = {**os.environ, "GROUPTUI_LANG": "en", "TERM": "xterm-256color"}
    done = subprocess.run(
        [sys.executable, "-c", "from grouptui.launch import main; main()", "--book", str(path)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""  # no escape sequences: the app never took the terminal
    assert "\x1b" not in done.stderr
    assert_refused(done.stderr, path, bad, record_id(demo_book, bad), "en")
    assert _snapshot(corpus_dir) == before


def test_a_good_book_still_opens(cli, demo_book: Path) -> None:
    result = cli("--book", demo_book, "info")
    assert result.code == 0, result.err


@pytest.mark.parametrize("bad", CORPUS[:7], ids=[b.id for b in CORPUS[:7]])
def test_a_bad_copy_put_in_before_the_deferred_lock_is_refused(
    demo_book: Path, corpus_dir: Path, bad: Bad
) -> None:
    """The app opens a good book read-only and takes the lock after its first paint
    (Book.for_writing): a bad copy put in meanwhile is checked and refused, the same
    sentence, and the lock is let go."""
    from grouptui.store.book import Book
    from grouptui.store.errors import BookError

    path = corpus_dir / "book.json"
    path.write_bytes(demo_book.read_bytes())
    book = Book.open(path)
    path.write_bytes(spoiled(demo_book, bad, corpus_dir).read_bytes())
    with pytest.raises(BookError) as caught:
        book.for_writing()
    assert_refused(caught.value.message(), path, bad, record_id(demo_book, bad), "zh")
    assert not book.writable
    with pytest.raises(BookError) as again:
        Book.open(path, write=True)  # not "book_locked": the lock was let go
    assert again.value.message() == caught.value.message()
