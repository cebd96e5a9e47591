"""What every entry point shares: the clock, UTF-8 output, one-line messages, the crash log.

The console script has three doors (:mod:`grouptui.launch` for the TUI, :mod:`grouptui.fastnote`
for ``note``, :mod:`grouptui.cli` for everything else); they behave alike because they use
these functions. Importing this module is cheap: it must not pull in Typer or Textual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime

from grouptui.domain.errors import UserFacingError


def fixed_clock() -> Callable[[], datetime]:
    """Real time, or the fixed ``GROUPTUI_NOW`` (tests, demos, reproducible runs)."""
    fixed = os.environ.get("GROUPTUI_NOW")
    if not fixed:
        return datetime.now
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError:
        raise UserFacingError("bad_date", value=fixed) from None
    return lambda: moment


def use_utf8_streams() -> None:
    """Write stdout and stderr as UTF-8 even where the locale says otherwise (GBK, C)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def say(message: str) -> None:
    """``message`` as one line on stderr."""
    sys.stderr.write(message.replace("\n", " ").strip() + "\n")
    sys.stderr.flush()


def log_crash() -> None:
    """Append the current exception's traceback to ``crash.log`` in the config folder.

    The log is private (0600) and holds where the program was, never what was typed: the
    frames and the exception types, without the exceptions' messages (a ``ValueError``
    may quote a name or a phone number).
    """
    import os

    from grouptui.store.config import config_dir

    try:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / "crash.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a log made by an older grouptui was 0644
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(_frames_only(sys.exc_info()[1]))
    except OSError:
        pass


def _frames_only(exc: BaseException | None) -> str:
    """The traceback of ``exc`` and of its causes, with the types but not the messages."""
    import traceback

    parts: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        kind = type(exc)
        parts.append(
            "Traceback (most recent call last):\n"
            + "".join(traceback.format_tb(exc.__traceback__))
            + f"{kind.__module__}.{kind.__qualname__}\n"
        )
        exc = exc.__cause__ or exc.__context__
    return "".join(reversed(parts))


def report_bug(exc: BaseException) -> int:
    """A bug: the traceback to the log, one line for the user; the exit code (3)."""
    from grouptui.i18n import t

    log_crash()
    say(t("internal_error", kind=type(exc).__name__))
    return 3
