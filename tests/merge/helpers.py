"""Laptop copies of a real book on disk, for end-to-end merge tests."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from grouptui.store.book import Book

NOW = datetime(2026, 5, 20, 9, 30, 0)


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
