"""What benchmark modules use: timing helpers and the report."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


def median_time(
    fn: Callable[[], object], *, repeat: int = 9, setup: Callable[[], object] | None = None
) -> float:
    """The median wall time of ``fn()`` over ``repeat`` runs (``setup()`` untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(
    a: Callable[[], object], b: Callable[[], object], *, repeat: int = 9
) -> tuple[float, float]:
    """Medians of ``a`` and ``b`` timed alternately, so drifts in machine load hit both."""
    ta, tb = [], []
    for _ in range(repeat):
        for fn, out in ((a, ta), (b, tb)):
            gc.collect()
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


@dataclass
class Figure:
    """One measured figure and whether it met its target."""

    name: str
    text: str
    ok: bool


@dataclass
class Report:
    """Collects figures and prints them as they come."""

    figures: list[Figure] = field(default_factory=list)

    def ratio(
        self,
        name: str,
        value: float,
        baseline: float,
        *,
        max_ratio: float | None = None,
        max_abs: float | None = None,
        unit: str = "ms",
    ) -> None:
        """A time against its baseline; targets on the ratio and/or the absolute value (s)."""
        scale = 1000 if unit == "ms" else 1
        r = value / baseline if baseline > 0 else float("inf")
        ok = (max_ratio is None or r <= max_ratio) and (max_abs is None or value <= max_abs)
        target = []
        if max_ratio is not None:
            target.append(f"<= {max_ratio}x")
        if max_abs is not None:
            target.append(f"<= {max_abs * scale:g} {unit}")
        text = (
            f"{r:6.2f}x   {value * scale:9.2f} {unit} vs baseline {baseline * scale:9.2f} {unit}"
            f"   target {' and '.join(target) or '-'}"
        )
        self._add(name, text, ok)

    def absolute(self, name: str, value: float, unit: str, *, maximum: float | None = None) -> None:
        """A figure with no baseline (memory, sizes)."""
        ok = maximum is None or value <= maximum
        text = f"{value:9.2f} {unit}   target {'<= ' + format(maximum, 'g') + ' ' + unit if maximum is not None else '-'}"
        self._add(name, text, ok)

    def _add(self, name: str, text: str, ok: bool) -> None:
        self.figures.append(Figure(name, text, ok))
        print(f"{'ok  ' if ok else 'MISS'} {name:<58} {text}", flush=True)
