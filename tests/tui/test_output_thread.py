"""A frame reaches the terminal as soon as it is made, even when work follows it.

Textual hands each frame to its output thread, which needs the interpreter's lock (the
GIL) to write it. With Python's default switch interval the main thread keeps that lock
for up to 5 ms while the output thread waits: the first frame, followed at once by the
work home puts off (the rules' section, the write lock), reached the terminal 5.4 ms
after it was made against 0.8 ms at half a millisecond (median of 10 starts on a pty;
``bench startup`` times it). The app runs with the shorter interval and gives the
default back when it ends.

The wait itself is timed by the benchmark, not here (no timed assertions in tests): this
test checks the interval the app runs with, on a real start on a pseudo-terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.app import OUTPUT_SWITCH_INTERVAL
from tests.support.terminal import start_wrapped

#: Runs grouptui's console entry, noting the switch interval at the first paint and after.
_WRAPPER = """
import json, sys
from grouptui.app import GroupApp

noted, painted = sys.argv[1], GroupApp.on_first_paint
seen = {"before": sys.getswitchinterval()}

def on_first_paint(self):
    seen["painted"] = sys.getswitchinterval()
    painted(self)

GroupApp.on_first_paint = on_first_paint
from grouptui.launch import run
sys.argv = ["grouptui", *sys.argv[2:]]
code = run()
seen["after"] = sys.getswitchinterval()
with open(noted, "w", encoding="utf-8") as out:
    json.dump(seen, out)
sys.exit(code)
"""


def test_the_interval_is_a_fraction_of_a_frame() -> None:
    # A frame at 60 per second lasts 16.7 ms: a wait of 5 ms was a third of it.
    assert 0 < OUTPUT_SWITCH_INTERVAL <= 0.001


@pytest.mark.slow
def test_the_app_runs_with_the_short_interval_and_gives_it_back(
    shell_book: Path, tmp_path: Path
) -> None:
    noted = start_wrapped(_WRAPPER, shell_book, tmp_path)
    seen = json.loads(noted.read_text("utf-8"))
    assert seen["painted"] == pytest.approx(OUTPUT_SWITCH_INTERVAL)
    assert seen["after"] == pytest.approx(seen["before"])  # Python's own, given back
    assert seen["before"] == pytest.approx(0.005)  # the default the wait came from
