"""An older book is migrated after a backup; Windows' briefly-held files are retried."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from grouptui.store import atomic
from grouptui.store import book as book_module
from grouptui.store.backups import list_backups
from grouptui.store.book import Book


def test_older_schema_is_migrated_after_a_backup(book_path: Path, monkeypatch) -> None:
    original = book_path.read_bytes()

    def v1_to_v2(data: dict) -> None:
        for doc in data["deputies"].values():
            doc["remarks"] = doc.get("remarks") or "迁移"

    monkeypatch.setattr(book_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(book_module, "MIGRATIONS", {1: v1_to_v2})
    # Reading migrates in memory only.
    with Book.open(book_path) as book:
        assert book.meta.schema == 2
        assert {d.remarks for d in book.deputies.all()} == {"迁移"}
    assert book_path.read_bytes() == original
    # Writing keeps the old file as a backup first.
    with Book.open(book_path, write=True, device="d") as book:
        assert book.meta.schema == 2
    data = json.loads(book_path.read_text("utf-8"))
    assert data["meta"]["1"]["schema"] == 2
    assert any(b.path.read_bytes() == original for b in list_backups(book_path))


class _Busy(PermissionError):
    winerror = 32


def test_windows_sharing_violation_is_retried(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "b.json"
    calls = {"n": 0}
    real_replace = os.replace

    def flaky(src, dst):
        calls["n"] += 1
        if calls["n"] < 3:
            raise _Busy(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.sys, "platform", "win32")
    monkeypatch.setattr(atomic.os, "replace", flaky)
    atomic.atomic_write(target, b'{"a": 1}')
    assert target.read_bytes() == b'{"a": 1}' and calls["n"] == 3


def test_permission_error_elsewhere_is_not_retried(tmp_path: Path, monkeypatch) -> None:
    def denied(src, dst):
        raise PermissionError(13, "denied")

    monkeypatch.setattr(atomic.os, "replace", denied)
    with pytest.raises(PermissionError):
        atomic.atomic_write(tmp_path / "b.json", b"{}")
    assert list(tmp_path.iterdir()) == []
