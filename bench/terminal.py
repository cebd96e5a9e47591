"""A program on a pseudo-terminal, read the way a user reads it: the text on the screen.

The benchmarks that time what a user waits for (a screen after a key, the group name after
``grouptui`` is started) drive the real program on a pty sized like a laptop's terminal and
feed everything it writes into a terminal emulator (pyte). A key's time ends at the last
change of the *text* on screen followed by a quiet spell: a blinking cursor or a colour
change rewrites the terminal without changing what a user reads, so only the characters
count. The quiet spell itself is not counted.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time
from types import TracebackType

import pyte

#: The bytes a terminal sends for the keys the benchmarks press.
KEYS = {"enter": b"\r", "escape": b"\x1b", "f2": b"\x1bOQ", "tab": b"\t"}


class Terminal:
    """One program on a pty of ``columns`` x ``rows``, with the screen it has drawn."""

    def __init__(self, argv: list[str], env: dict[str, str], columns: int, rows: int) -> None:
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
            start_new_session=True,
        )
        os.close(slave)
        self._text = self.text()

    def __enter__(self) -> Terminal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def text(self) -> str:
        """What a user reads on the screen now.

        Read from the cells rather than ``Screen.display``, which fails on the empty cell
        pyte leaves after some wide (CJK) characters.
        """
        columns = range(self.screen.columns)
        buffer = self.screen.buffer
        return "\n".join(
            "".join(buffer[y][x].data for x in columns) for y in range(self.screen.lines)
        )

    def _read(self, timeout: float) -> float | None:
        """Read what arrives within ``timeout`` s; the time the text changed, if it did."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return None
        try:
            chunk = os.read(self.master, 1 << 16)
        except OSError:
            chunk = b""
        if not chunk:
            raise RuntimeError(f"the program ended (exit {self.proc.poll()})")
        self.stream.feed(chunk)
        text = self.text()
        if text == self._text:
            return None
        self._text = text
        return time.perf_counter()

    def wait_for(self, words: str, timeout: float = 60.0) -> float:
        """Seconds from the start of the program until ``words`` are on the screen."""
        deadline = time.perf_counter() + timeout
        while words not in self._text:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{words!r} never appeared on the screen")
            self._read(0.05)
        return time.perf_counter() - self.started

    def settle(self, since: float, quiet: float = 0.6, timeout: float = 60.0) -> float:
        """Seconds from ``since`` to the last change of the text, once ``quiet`` s pass unchanged."""
        last = None
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            changed = self._read(0.02)
            if changed is not None:
                last = changed
            elif last is not None and time.perf_counter() - last >= quiet:
                return last - since
        raise RuntimeError("the screen never settled" if last else "the key changed nothing")

    def press(self, key: str, quiet: float = 0.6) -> float:
        """Press ``key`` and wait for the screen to settle: the seconds a user waited."""
        self.settle_idle()
        start = time.perf_counter()
        os.write(self.master, KEYS.get(key, key.encode()))
        return self.settle(start, quiet)

    def settle_idle(self, quiet: float = 0.3) -> None:
        """Swallow what is still arriving until the text has been unchanged for ``quiet`` s."""
        last = time.perf_counter()
        while time.perf_counter() - last < quiet:
            if self._read(0.02) is not None:
                last = time.perf_counter()

    def close(self) -> None:
        """End the program (it is a benchmark's: no data to keep) and free the pty."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        os.close(self.master)
