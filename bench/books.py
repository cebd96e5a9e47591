"""Synthetic books for the benchmarks, built once and cached under bench/results/."""

from __future__ import annotations

from pathlib import Path

CACHE = Path(__file__).parent / "results" / "books"

# records -> roughly: 60 = one realistic year (~0.8 MB), 600 = ten years (~8 MB).
SIZES = {"1y": 60, "5mb": 300, "10mb": 580}


def synthetic_book(size: str) -> Path:
    """A cached synthetic book of ``size`` (a key of SIZES); copy it before writing to it."""
    from grouptui.demo import build_demo

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"book-{size}.json"
    if not path.exists():
        build_demo(path, year=2026, records=SIZES[size])
    return path


def copy_of(size: str, folder: Path) -> Path:
    """A private copy of a synthetic book in ``folder``."""
    src = synthetic_book(size)
    dst = folder / src.name
    dst.write_bytes(src.read_bytes())
    return dst
