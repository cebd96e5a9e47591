"""What ``atomic_write`` asks the disk to make durable, and when.

A power cut must leave the old book or the new one: the new file's bytes are fsynced before
the rename puts it in place, and the folder after it so the rename itself survives. Each
``os.fsync`` call is recorded with what the disk held at that moment.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from grouptui.store.atomic import atomic_write

pytestmark = pytest.mark.skipif(os.name != "posix", reason="folders are fsynced on POSIX only")

OLD = "旧账册".encode()
NEW = "新账册：张三、李四".encode() * 100


@dataclass(frozen=True)
class Sync:
    """One ``os.fsync`` call: what was synced and what the target held at that moment."""

    is_folder: bool
    #: the synced object is the target's folder.
    same_folder: bool
    size: int
    target_holds: bytes


class Recorder:
    """Records every ``os.fsync`` call (each one still performed) while writing ``target``."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.calls: list[Sync] = []
        self._real = os.fsync

    def fsync(self, fd: int) -> None:
        """``os.fsync``, noting what ``fd`` is and what the target holds right now."""
        info = os.fstat(fd)
        folder = os.stat(self.target.parent)
        self.calls.append(
            Sync(
                is_folder=stat.S_ISDIR(info.st_mode),
                same_folder=(info.st_dev, info.st_ino) == (folder.st_dev, folder.st_ino),
                size=info.st_size,
                target_holds=self.target.read_bytes(),
            )
        )
        self._real(fd)


@pytest.fixture
def recorder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """A book file holding OLD, with every ``os.fsync`` call recorded."""
    target = tmp_path / "book.json"
    target.write_bytes(OLD)
    recorder = Recorder(target)
    monkeypatch.setattr(os, "fsync", recorder.fsync)
    return recorder


@pytest.mark.parametrize("chunked", [False, True], ids=["bytes", "chunks"])
def test_durable_write_syncs_the_file_before_the_rename_and_the_folder_after(
    recorder: Recorder, chunked: bool
) -> None:
    atomic_write(recorder.target, [NEW[:100], NEW[100:]] if chunked else NEW)
    assert recorder.target.read_bytes() == NEW
    syncs = recorder.calls
    files = [s for s in syncs if not s.is_folder]
    folders = [s for s in syncs if s.is_folder]
    # the new bytes reached the disk while the target still held the old book
    assert files and all(s.size == len(NEW) and s.target_holds == OLD for s in files)
    # the folder was synced once the target held the new book, and that was the last word
    assert folders and all(s.same_folder and s.target_holds == NEW for s in folders)
    assert syncs[-1].is_folder


def test_not_durable_write_syncs_nothing(recorder: Recorder) -> None:
    atomic_write(recorder.target, NEW, durable=False)
    assert recorder.target.read_bytes() == NEW
    assert recorder.calls == []
