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
from pathlib import Path
from typing import TYPE_CHECKING

from grouptui.domain.errors import UserFacingError

if TYPE_CHECKING:
    from grouptui.store.config import ConfigProblem


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


def warn_config() -> None:
    """Say in one line what is wrong with the config file, if anything (the command then
    goes on with the default settings)."""
    from grouptui.navigation import known_key_ids
    from grouptui.store.config import read_config

    problem = read_config(known_key_ids())[1]
    if problem is not None:
        say(config_problem_text(problem))


def config_problem_text(problem: ConfigProblem) -> str:
    """What is wrong with the config file, in one line of the current language."""
    from grouptui.i18n import say as words
    from grouptui.i18n import t

    faults = t("config_fault_sep").join(words(fault) for fault in problem.messages())
    return t("config_problem", path=problem.path, faults=faults)


class AppCrashed(Exception):
    """The TUI stopped on an unexpected error; it is already in the crash log."""

    def __init__(self, log: Path | None) -> None:
        super().__init__("the app crashed")
        #: the crash log written, or None if it could not be written.
        self.log = log


def crash_log_path() -> Path:
    """The crash log: ``crash.log`` in the config folder."""
    from grouptui.store.config import config_dir

    return config_dir() / "crash.log"


def crash_report(exc: BaseException) -> str:
    """What the crash log keeps of ``exc``: exception types and frames (file:line in
    function), the causes too, but never a message or a local variable, which may hold a
    value of the book (a voter's name, a phone number)."""
    import traceback

    lines = [f"{datetime.now().isoformat(timespec='seconds')} grouptui {_version()}"]
    seen: set[int] = set()
    current: BaseException | None = exc
    prefix = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{prefix}{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        prefix = "caused by "
    return "\n".join(lines) + "\n\n"


def log_crash(exc: BaseException) -> Path | None:
    """Append ``exc`` (see :func:`crash_report`) to the crash log, readable by the user only;
    the log's path, or None if it could not be written."""
    try:
        path = crash_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.fchmod(fd, 0o600)  # a log from an older version may be readable by others
            os.write(fd, crash_report(exc).encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        return None
    return path


def crash_message(log: Path | None) -> str:
    """The one sentence a user reads after an unexpected error."""
    from grouptui.i18n import t

    if log is None:
        return t("app_crashed_no_log")
    return t("app_crashed", path=log)


def report_bug(exc: BaseException) -> int:
    """A bug: the crash log (no values) and one line for the user; the exit code (3)."""
    log = exc.log if isinstance(exc, AppCrashed) else log_crash(exc)
    say(crash_message(log))
    return 3


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("grouptui")
    except Exception:  # not installed (a checkout on sys.path): the log is still useful
        return "?"
