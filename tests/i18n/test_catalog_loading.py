"""The catalog's modules load as their words are first needed (issue 15: a start loads the
three modules the app's and home's words are in, not nineteen), and give the same words as
the whole."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest

import grouptui.i18n as i18n

#: Looks up one key in a fresh interpreter: the pair, and the catalog modules then loaded.
_LOOKUP = """
import json, sys
import grouptui.i18n as i18n
pair = i18n.lookup(sys.argv[1])
loaded = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("grouptui.i18n."))
print(json.dumps([pair, loaded, i18n.t(sys.argv[1])]))
"""


def _fresh_lookup(key: str) -> tuple[list[str] | None, list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", _LOOKUP, key], capture_output=True, text=True, check=True
    )
    pair, loaded, said = json.loads(done.stdout)
    return pair, loaded, said


def _module_names() -> list[str]:
    import pkgutil

    return sorted(info.name for info in pkgutil.iter_modules(i18n.__path__))


def _load_order() -> list[str]:
    """The order the modules load in: the start's first, then the others by name."""
    names = _module_names()
    return [*i18n._FIRST, *(name for name in names if name not in i18n._FIRST)]


def test_every_module_is_listed_and_the_starts_come_first() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import grouptui.i18n as i; print(i._pending())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == str(_load_order())
    assert set(i18n._FIRST) <= set(_module_names())


def test_a_key_loads_the_modules_up_to_its_own_and_no_further() -> None:
    order = _load_order()
    whole = i18n.catalog()
    import importlib

    for home in ("core", "app", "backups", "bad_books", order[-1]):
        key = next(iter(importlib.import_module(f"grouptui.i18n.{home}").MESSAGES))
        pair, loaded, said = _fresh_lookup(key)
        assert pair == list(whole[key]) and said == whole[key][0]
        assert loaded == sorted(order[: order.index(home) + 1])


def test_an_unknown_key_loads_everything_and_is_said_as_itself() -> None:
    pair, loaded, said = _fresh_lookup("no_such_key_anywhere")
    assert pair is None and said == "no_such_key_anywhere"
    assert loaded == _module_names()


def test_every_key_looked_up_one_by_one_gives_the_catalogs_words() -> None:
    whole = dict(i18n.catalog())
    assert len(whole) > 1000
    assert all(i18n.lookup(key) == pair for key, pair in whole.items())


def test_a_key_defined_in_two_modules_is_refused_when_the_second_loads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.catalog()  # every real module loaded: the fake one is next
    twice = types.ModuleType("grouptui.i18n.zz_twice")
    twice.MESSAGES = {"app_name": ("又一个", "again")}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "grouptui.i18n.zz_twice", twice)
    monkeypatch.setattr(i18n, "_unloaded", ["zz_twice"])
    with pytest.raises(RuntimeError, match="'app_name' defined twice"):
        i18n.lookup("no_such_key_anywhere")
    with pytest.raises(RuntimeError):  # and again: it is never taken in
        i18n.catalog()
    assert i18n.t("app_name") != "又一个"


def test_threads_looking_up_at_once_all_get_their_words() -> None:
    code = """
import sys, threading
import grouptui.i18n as i18n
keys = sys.argv[1:]
said = {}
start = threading.Barrier(len(keys))
def look(key):
    start.wait()
    said[key] = i18n.lookup(key)
threads = [threading.Thread(target=look, args=(k,)) for k in keys]
for th in threads: th.start()
for th in threads: th.join()
whole = i18n.catalog()
assert all(said[k] == whole[k] for k in keys), said
print(len(whole))
"""
    keys = [k for k in i18n.catalog() if k.startswith(("merge_", "export_", "record_", "quit"))]
    done = subprocess.run(
        [sys.executable, "-c", code, *keys[::7][:16]], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(i18n.catalog())
