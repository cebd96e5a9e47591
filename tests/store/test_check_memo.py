"""Issue 15: a big book is parsed by msgspec and its bytes are checked once.

``grouptui.store.documents.read_checked`` takes the fast way for books of
``FAST_FROM_BYTES`` or more; these tests lower the bound to 0 (``fast``), so a small book
goes that way. What a user may notice: the same bytes open without a second check, any
other bytes (one changed byte, the same size and time kept) are checked and refused in the
usual words, a changed program checks again, and a damaged or unwritable memo changes
nothing but speed.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from grouptui.domain.validate import MAX_DEPTH, Problem
from grouptui.store import book as book_module
from grouptui.store import documents, memo, storage
from grouptui.store.book import Book
from grouptui.store.errors import BookError
from tests.support.bad_docs import CORPUS, spoiled
from tests.support.data import file_digest


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every book takes the fast way (the memo and msgspec), however small."""
    monkeypatch.setattr(documents, "FAST_FROM_BYTES", 0)


@pytest.fixture(params=["json", "msgspec"])
def either_way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A small book the plain way (json: its checks are remembered too), then the fast
    way (msgspec, as a big book goes)."""
    if request.param == "msgspec":
        monkeypatch.setattr(documents, "FAST_FROM_BYTES", 0)
    return str(request.param)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a whole book was checked (one item per check)."""
    real = documents.find_problem
    done: list[int] = []

    def counted(data: Any) -> Problem | None:
        done.append(1)
        return real(data)

    monkeypatch.setattr(documents, "find_problem", counted)
    return done


def plain_refusal(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: Any
) -> tuple[int, str]:
    """What grouptui says the plain way (no memo, json, every document checked)."""
    with monkeypatch.context() as m:
        m.setattr(documents, "FAST_FROM_BYTES", 2**62)
        m.setenv("GROUPTUI_DATA_DIR", str(tmp_path / "no-memo-here"))
        result = cli(*args)
    return result.code, result.err


def change_one_byte(path: Path, old: bytes, new: bytes) -> None:
    """Replace ``old`` by ``new`` (as long) once, keeping the file's size and times."""
    assert len(old) == len(new)
    before = os.stat(path)
    raw = path.read_bytes()
    assert raw.count(old) >= 1
    path.write_bytes(raw.replace(old, new, 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


# Checked once --------------------------------------------------------------------------


def test_a_book_opened_twice_is_checked_once(
    cli, book_path: Path, either_way, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cli("--book", book_path, "info")
    assert first.code == 0, first.err
    assert len(checks) == 1
    # From now on any check would refuse the book: it opens, so none is made.
    refuse = Problem("meta", "1", field="group", kind="text")
    monkeypatch.setattr(documents, "find_problem", lambda data: refuse)
    again = cli("--book", book_path, "info")
    assert (again.code, again.out, again.err) == (0, first.out, "")
    assert memo.memo_path().read_bytes().startswith(memo.HEADER)


def test_the_memo_holds_books_that_passed_only(
    cli, demo_book: Path, tmp_path: Path, either_way, checks: list[int]
) -> None:
    bad = spoiled(demo_book, CORPUS[0], tmp_path)
    assert cli("--book", bad, "info").code == 2
    first = len(checks)
    assert cli("--book", bad, "info").code == 2
    assert len(checks) == 2 * first  # refused with a check each time
    assert not memo.memo_path().exists()


def test_a_changed_byte_is_checked_again_even_with_size_and_time_kept(
    cli, book_path: Path, either_way, checks: list[int], monkeypatch, tmp_path: Path
) -> None:
    assert cli("--book", book_path, "info").code == 0
    change_one_byte(book_path, "张三".encode(), "张四".encode())  # still a good book
    opened = cli("--book", book_path, "roster", "list")
    assert opened.code == 0 and "张四" in opened.out
    assert len(checks) == 2
    change_one_byte(book_path, b'"year":2026', b'"year":1026')  # out of range: refused
    before = file_digest(book_path)
    refused = cli("--lang", "en", "--book", book_path, "info")
    assert len(checks) > 2
    assert refused.code == 2 and refused.out == ""
    assert [line for line in refused.err.splitlines() if line] == [refused.err.strip()]
    assert "1949" in refused.err and str(book_path) in refused.err
    assert (refused.code, refused.err) == plain_refusal(
        cli, monkeypatch, tmp_path, "--lang", "en", "--book", book_path, "info"
    )
    assert file_digest(book_path) == before


def test_a_changed_program_checks_again(
    book_path: Path, fast, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    Book.open(book_path).close()
    Book.open(book_path).close()
    assert len(checks) == 1
    monkeypatch.setattr(memo, "_fingerprints", {"msgspec": b"another release" * 2})
    Book.open(book_path).close()
    Book.open(book_path).close()
    assert len(checks) == 2
    assert len(memo._entries(memo.memo_path())) == 2


def test_the_fingerprint_follows_every_module_s_size_and_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = types.SimpleNamespace(__name__="checks", __path__=[str(tmp_path)])
    monkeypatch.setattr(memo, "_CHECKING_PACKAGES", (package,))
    module = tmp_path / "validate.py"
    module.write_text("LIMIT = 16\n")
    (tmp_path / "notes.txt").write_text("not a module")
    os.utime(module, ns=(10**18, 10**18))
    first = memo._module_stamps()
    module.write_text("LIMIT = 17\n")  # an edit: same size, a new time
    assert memo._module_stamps() != first
    module.write_text("LIMIT = 160\n")
    os.utime(module, ns=(10**18, 10**18))  # a new size, the old time
    assert memo._module_stamps() != first
    (tmp_path / "validate.py").unlink()
    assert memo._module_stamps() is None  # nothing to fingerprint: nothing remembered


def test_the_fingerprint_names_the_release_python_and_msgspec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import grouptui

    monkeypatch.setattr(memo, "_fingerprints", {})
    ours = memo.fingerprint()
    plain = memo.fingerprint("json")
    assert plain not in (None, ours)  # json and msgspec parse: two programs
    monkeypatch.setattr(memo, "_fingerprints", {})
    monkeypatch.setattr(grouptui, "__version__", "99.0")
    assert memo.fingerprint() not in (None, ours)
    assert memo.fingerprint("json") not in (None, plain)


def test_a_small_book_is_read_by_json_and_opened_again_without_the_validator(
    book_path: Path, tmp_path: Path
) -> None:
    """A one-year book opens the plain way, checked once too: msgspec (~4 ms to import)
    would cost what it saves there. Opened again, its bytes known, the validator's
    modules are not even imported."""
    script = (
        "import sys; from pathlib import Path; from grouptui.store.book import Book\n"
        f"Book.open(Path({str(book_path)!r})).close()\n"
        "print(sorted(m for m in sys.modules if m in ('msgspec', 'grouptui.domain.validate')))\n"
    )
    env = {**os.environ, "GROUPTUI_DATA_DIR": str(tmp_path / "data")}

    def modules() -> str:
        return subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()

    assert modules() == "['grouptui.domain.validate']"  # checked, then remembered
    assert len(memo._entries(tmp_path / "data" / memo.FILE_NAME)) == 1
    assert modules() == "[]"


def test_every_module_that_reads_a_book_is_fingerprinted() -> None:
    """What opening a book imports of grouptui lives in the fingerprinted packages: a
    module the check comes to use elsewhere must be added to memo._CHECKING_PACKAGES."""
    code = (
        "import sys, grouptui.store.book, grouptui.store.memo as memo\n"
        "print([m.__file__ for n, m in sorted(sys.modules.items()) if n.startswith('grouptui')])\n"
        "print([f for p in memo._CHECKING_PACKAGES for f in p.__path__])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    files, folders = (ast.literal_eval(line) for line in out)
    loose = [
        f
        for f in files
        if os.path.dirname(f) not in folders
        and not f.endswith(os.path.join("grouptui", "__init__.py"))
    ]
    assert loose == []


def test_the_memo_keeps_the_last_books_only(
    tmp_path: Path, book_path: Path, fast, checks: list[int]
) -> None:
    books = []
    for n in range(memo.MAX_ENTRIES + 2):
        path = tmp_path / f"copy-{n}.json"
        path.write_bytes(
            book_path.read_bytes().replace(b"\xe5\xbc\xa0\xe4\xb8\x89", f"张{n:02d}".encode(), 1)
        )
        Book.open(path).close()
        books.append(path)
    assert len(memo._entries(memo.memo_path())) == memo.MAX_ENTRIES
    Book.open(books[-1]).close()  # the newest is known
    assert len(checks) == memo.MAX_ENTRIES + 2
    Book.open(books[0]).close()  # the oldest was let go
    assert len(checks) == memo.MAX_ENTRIES + 3


# A memo that cannot be used changes nothing but speed ----------------------------------


def _spoil_memo(kind: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "garbage":
        path.write_bytes(os.urandom(3000))
    elif kind == "other-header":
        path.write_bytes(b"grouptui memo 2\n" + b"a" * 64 + b"\n")
    elif kind == "torn":
        path.write_bytes(memo.HEADER + b"\n" + b"0123456789abcdef" * 2)
    elif kind == "huge":
        path.write_bytes(memo.HEADER + b"\n" + b"f" * 64 * 2000)
    elif kind == "folder":
        path.mkdir()
        (path / "x").write_text("x")
    elif kind == "fifo":
        os.mkfifo(path)


@pytest.mark.parametrize("kind", ["garbage", "other-header", "torn", "huge", "folder", "fifo"])
def test_a_damaged_memo_is_ignored(
    cli, book_path: Path, fast, checks: list[int], kind: str
) -> None:
    _spoil_memo(kind, memo.memo_path())
    for _ in range(2):
        result = cli("--book", book_path, "info")
        assert (result.code, result.err) == (0, ""), result.err
        assert "新河镇第一代表小组" in result.out
    # Replaced by a good memo at the first open, except a folder, which stays unused.
    assert len(checks) == (2 if kind == "folder" else 1)


def test_a_memo_of_another_format_is_not_trusted(book_path: Path, fast, checks: list[int]) -> None:
    Book.open(book_path).close()
    path = memo.memo_path()
    keys = path.read_bytes().split(b"\n", 1)[1]
    path.write_bytes(b"grouptui: books found valid, format 2\n" + keys)
    Book.open(book_path).close()
    assert len(checks) == 2


def test_a_data_folder_that_cannot_be_made_never_stops_a_book(
    cli, book_path: Path, fast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("GROUPTUI_DATA_DIR", str(blocker / "data"))
    result = cli("--book", book_path, "info")
    assert (result.code, result.err) == (0, "")


def test_a_read_only_data_folder_never_stops_a_book(
    cli, book_path: Path, fast, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(memo, "atomic_write", read_only)
    for _ in range(2):
        result = cli("--book", book_path, "record", "list")
        assert (result.code, result.err) == (0, "")
    assert len(checks) == 2
    monkeypatch.setattr(memo, "read_regular", read_only)
    assert cli("--book", book_path, "info").code == 0


# Merge, refusals, depth ------------------------------------------------------------------


def test_merge_refuses_a_bad_copy_of_a_book_once_found_good(
    cli, book_path: Path, fast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "laptop.json"
    laptop.write_bytes(book_path.read_bytes())
    out = tmp_path / "merged.json"
    assert cli("merge", book_path, laptop, "-o", out).code == 0
    out.unlink()
    change_one_byte(laptop, b'"year":2026', b'"year":1026')
    result = cli("--lang", "en", "merge", book_path, laptop, "-o", out)
    assert result.code == 2 and str(laptop) in result.err
    assert not out.exists()
    assert (result.code, result.err) == plain_refusal(
        cli, monkeypatch, tmp_path, "--lang", "en", "merge", book_path, laptop, "-o", out
    )


@pytest.mark.parametrize("bad", CORPUS, ids=[b.id for b in CORPUS])
def test_every_bad_book_is_refused_in_the_plain_words(
    demo_book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad
) -> None:
    path = spoiled(demo_book, bad, tmp_path)
    said = []
    for fast_from in (2**62, 0, 0):  # the plain way, then the fast way twice
        monkeypatch.setattr(documents, "FAST_FROM_BYTES", fast_from)
        with pytest.raises(BookError) as caught:
            Book.open(path)
        said.append((caught.value.key, caught.value.params, caught.value.message()))
    assert said[0] == said[1] == said[2]


def _stack_limited_json(limit: int) -> types.SimpleNamespace:
    """``json`` as a Python whose stack holds ``limit`` levels would be: it refuses a text
    nesting deeper (msgspec, on its own stack, still parses it)."""

    def loads(text: str, **kwargs: Any) -> Any:
        data = json.loads(text, **kwargs)
        stack = [(data, 1)]
        while stack:
            item, depth = stack.pop()
            if depth > limit:
                raise RecursionError("maximum recursion depth exceeded while decoding")
            if isinstance(item, dict | list):
                stack.extend(
                    (v, depth + 1) for v in (item.values() if isinstance(item, dict) else item)
                )
        return data

    return types.SimpleNamespace(
        loads=loads, dumps=json.dumps, JSONDecodeError=json.JSONDecodeError
    )


def _with(path: Path, table: str, key: str, value: Any) -> None:
    data = json.loads(path.read_text("utf-8"))
    data.setdefault(table, {}).setdefault("1", {})[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _nested(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels - 1):
        value = [value]
    return value


def test_what_json_cannot_nest_is_refused_though_msgspec_parses_it(
    cli, book_path: Path, fast, monkeypatch: pytest.MonkeyPatch
) -> None:
    """msgspec takes a few levels more than json before its stack runs out: a book in
    between, in a table the check does not look into, is refused as json refuses it."""
    _with(book_path, "_default", "later", _nested(60))
    assert cli("--book", book_path, "info").code == 0  # both take 60 levels
    monkeypatch.setattr(storage, "json", _stack_limited_json(50))
    monkeypatch.setattr(memo, "_fingerprints", {"msgspec": b"a json with a shorter stack" * 2})
    result = cli("--lang", "en", "--book", book_path, "info")
    assert result.code == 2
    assert "nested too deep or a number" in result.err and str(book_path) in result.err


def test_what_a_migration_drops_is_still_parsed_as_json_parses_it(
    book_path: Path, fast, monkeypatch: pytest.MonkeyPatch
) -> None:
    def v1_to_v2(data: dict[str, Any]) -> None:
        for doc in data["deputies"].values():
            doc.pop("old_field", None)

    _with(book_path, "deputies", "old_field", _nested(60))
    monkeypatch.setattr(book_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(book_module, "MIGRATIONS", {1: v1_to_v2})
    with Book.open(book_path) as book:  # json and msgspec both take 60 levels
        assert book.meta.schema == 2
    monkeypatch.setattr(storage, "json", _stack_limited_json(50))
    monkeypatch.setattr(memo, "_fingerprints", {"msgspec": b"a json with a shorter stack" * 2})
    with pytest.raises(BookError) as caught:
        Book.open(book_path)
    assert caught.value.key == "book_too_complex"


def test_a_valid_book_nests_within_what_the_fast_parse_takes() -> None:
    # The book, a table, then a document of at most MAX_DEPTH levels.
    assert 2 + MAX_DEPTH <= storage.FAST_PARSE_DEPTH
