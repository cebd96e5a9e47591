"""Laptop copies of a real book on disk, for end-to-end merge tests."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from grouptui.domain.models import Deputy
from grouptui.store.book import Book
from tests.support.data import NOW


def copies(base: Path, *names: str) -> list[Path]:
    """Copies of ``base`` beside it, as each laptop would hold one."""
    out = []
    for name in names:
        target = base.parent / f"{name}.json"
        shutil.copyfile(base, target)
        out.append(target)
    return out


def open_laptop(path: Path, device: str, *, ahead_years: int = 0) -> Book:
    """The book at ``path`` opened for writing as laptop ``device``."""
    moment = NOW + timedelta(days=365 * ahead_years)
    return Book.open(path, write=True, device=device, clock=lambda: moment)


def edit_deputy(path: Path, name: str, device: str, ahead_years: int = 0, **changes) -> None:
    """Change fields of the deputy called ``name`` on the laptop book at ``path``."""
    with open_laptop(path, device, ahead_years=ahead_years) as book:
        (dep,) = [d for d in book.deputies.all() if d.name == name]
        book.deputies.save(replace(dep, **changes))


def deputy_id(path: Path, name: str) -> str:
    """The id of the deputy called ``name`` in the book at ``path``."""
    with Book.open(path) as book:
        return next(d.id for d in book.deputies.all() if d.name == name)


def load(path: Path) -> dict:
    """The book's documents, read with plain json."""
    return json.loads(path.read_text("utf-8"))


IDS = {
    "张三": "00000000-0000-4000-8000-000000000001",
    "李四": "00000000-0000-4000-8000-000000000002",
    "王五": "00000000-0000-4000-8000-000000000003",
}


def laptops(folder: Path) -> tuple[Path, Path]:
    """The leader's and the recorder's copies of one book, each with its own edits."""
    leader = folder / "leader.json"
    with Book.create(
        leader, group="新河镇第一代表小组", year=2026, device="leader", clock=lambda: NOW
    ) as book:
        book.deputies.save_many(
            [Deputy(id=i, name=n, phone="13800000000", unit="镇政府") for n, i in IDS.items()]
        )
    recorder = folder / "recorder.json"
    shutil.copyfile(leader, recorder)
    for path, device, phone, unit in (
        (leader, "leader", "13911110000", "镇政府"),
        (recorder, "recorder", "13922220000", "镇卫生院"),
    ):
        with Book.open(path, write=True, device=device, clock=lambda: NOW) as book:
            for name in ("张三", "李四"):
                dep = book.deputies.get(IDS[name])
                book.deputies.save(replace(dep, phone=phone, unit=unit))
    return leader, recorder
