"""The export screen: choose books and a format, export in a worker, open the folder.

Everything is checked and written by :mod:`grouptui.export.service` (the same code as
``grouptui export``) in a thread worker; the screen only collects the choices, shows the
progress, the files written or the one sentence that says what is wrong.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    ProgressBar,
    RadioButton,
    RadioSet,
    Select,
    SelectionList,
    Static,
)

from grouptui.domain.errors import UserFacingError
from grouptui.export.service import BOOKS, DOCUMENTS, FORMATS, ExportRequest, book_label
from grouptui.i18n import join_words, t
from grouptui.navigation import Key
from grouptui.store.config import export_folder, remember_export_folder
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar


def choice_label(name: str) -> str:
    """How the screen lists a drafted document: which briefings, whose report."""
    return t("export_choice_" + name.replace("-", "_"))


def opener_command(folder: Path) -> list[str] | None:
    """The platform's command that shows ``folder`` in its file manager, if there is one."""
    if sys.platform == "darwin":
        return ["open", str(folder)]
    for tool in ("xdg-open", "gio"):
        found = shutil.which(tool)
        if found:
            return [found, str(folder)] if tool == "xdg-open" else [found, "open", str(folder)]
    return None


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the platform's file manager; ``OSError`` when that is not possible."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        os.startfile(str(folder))
        return
    command = opener_command(folder)
    if command is None:
        raise FileNotFoundError(2, "xdg-open")
    subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


class ExportScreen(BookScreen[None]):
    """Export the books to hand in (导出账册)."""

    destination_id = "export"

    CSS_PATH = "export.tcss"

    #: the footer keys as data (ids remappable in the config file's "keys"), bound when the
    #: screen is made so the footer speaks the language chosen at that time.
    KEYS = (
        Key("export_run", "ctrl+e", "export", "export_screen_run"),
        Key("export_open_folder", "ctrl+o", "open_folder", "export_screen_open"),
        Key("back", "escape", "back", "export_screen_back"),
    )

    def __init__(self) -> None:
        super().__init__()
        #: the files of the last export, in order.
        self.written: list[Path] = []
        #: the folder of the last export.
        self.folder: Path | None = None

    # Layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        book = self.book
        names = [d.name for d in book.deputies.all()] if book is not None else []
        default_folder = str(export_folder(self.shell.config))
        yield TitleBar()
        with VerticalScroll(id="export-form"):
            with Horizontal(id="export-choices"):
                with Vertical(id="export-books-box"):
                    yield Label(t("export_screen_books"))
                    yield SelectionList[str](
                        *((Text(book_label(b)), b, True) for b in BOOKS),
                        # as --what all: briefings and summary too; a report is one deputy's
                        *((Text(choice_label(d)), d, d != "duty-report") for d in DOCUMENTS),
                        id="export-books",
                    )
                with Vertical(id="export-format-box"):
                    yield Label(t("export_screen_format"))
                    with RadioSet(id="export-format"):
                        yield RadioButton(t("export_screen_natural"), value=True, id="fmt-natural")
                        for fmt in FORMATS:
                            yield RadioButton(fmt, id=f"fmt-{fmt}")
            with Horizontal(id="export-filters"):
                quarters = [(t("export_screen_whole_year"), 0)] + [
                    (t(f"quarter_{q}"), q) for q in range(1, 5)
                ]
                yield Select(
                    quarters, value=0, allow_blank=False, id="export-quarter", compact=True
                )
                deputies = [(Text(t("export_screen_all_deputies")), "")] + [
                    (Text(n), n) for n in names
                ]
                yield Select(
                    deputies, value="", allow_blank=False, id="export-deputy", compact=True
                )
            with Horizontal(id="export-options"):
                yield Checkbox(t("export_screen_contacts"), id="export-contacts", compact=True)
                yield Checkbox(t("export_screen_force"), id="export-force", compact=True)
            with Horizontal(id="export-folder-row"):
                yield Label(t("export_screen_folder"), id="export-folder-label")
                yield Input(default_folder, id="export-folder", compact=True)
                yield Button(
                    t("export_screen_run"), id="export-run", variant="primary", compact=True
                )
            yield ProgressBar(total=1, show_eta=False, id="export-progress")
            yield Static(t("export_screen_ready"), id="export-status", markup=False)
            yield Static("", id="export-files", markup=False)
        yield KeyFooter()

    # Collecting the choices ---------------------------------------------------------------

    def _format(self) -> str | None:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        if pressed is None or pressed.id in (None, "fmt-natural"):
            return None
        return pressed.id.removeprefix("fmt-")

    def request(self) -> tuple[ExportRequest, tuple[str, ...]]:
        """The request the form describes, and the books chosen."""
        books = tuple(self.query_one("#export-books", SelectionList).selected)
        quarter = self.query_one("#export-quarter", Select).value
        deputy = self.query_one("#export-deputy", Select).value
        folder = self.query_one("#export-folder", Input).value.strip() or "."
        request = ExportRequest(
            what="all",
            format=self._format(),
            out=Path(folder),
            quarter=quarter if isinstance(quarter, int) and quarter else None,
            deputy=deputy if isinstance(deputy, str) and deputy else None,
            include_contacts=self.query_one("#export-contacts", Checkbox).value,
            force=self.query_one("#export-force", Checkbox).value,
        )
        return request, books

    # Running ----------------------------------------------------------------------------

    @on(Button.Pressed, "#export-run")
    def _pressed(self) -> None:
        self.action_export()

    def action_export(self) -> None:
        """Start the export in a worker (one at a time)."""
        if not self.has_book:
            self._say(t("book_no_default"))
            return
        request, books = self.request()
        self.query_one("#export-run", Button).disabled = True
        self.query_one("#export-progress", ProgressBar).update(total=1, progress=0)
        self._say(t("export_screen_running"))
        self.query_one("#export-files", Static).update("")
        self._export(request, books)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, request: ExportRequest, books: tuple[str, ...]) -> None:
        from grouptui.export.service import plan_export, run_export

        book = self.book
        try:
            plan = plan_export(book, request, books)
            self.app.call_from_thread(self._started, len(plan.jobs))
            written = run_export(
                book,
                request,
                lambda n, total, path: self.app.call_from_thread(self._advanced, n),
                plan=plan,
            )
        except UserFacingError as exc:
            self.app.call_from_thread(self._failed, exc.message())
            return
        except Exception as exc:  # a bug: say so in one line, keep the app alive
            self.app.call_from_thread(self._failed, t("internal_error", kind=type(exc).__name__))
            return
        skipped = join_words(book_label(b) for b in plan.skipped)
        notes = [*plan.notes]  # what the command line says too (unfolded notes, briefings)
        if skipped:
            notes.append(t("export_skipped", books=skipped, format=request.format))
        self.app.call_from_thread(self._finished, written, request.out, "\n".join(notes))

    def _started(self, total: int) -> None:
        self.query_one("#export-progress", ProgressBar).update(total=max(total, 1), progress=0)

    def _advanced(self, done: int) -> None:
        self.query_one("#export-progress", ProgressBar).update(progress=done)

    def _finished(self, written: list[Path], folder: Path, note: str) -> None:
        self.written = list(written)
        self.folder = folder.expanduser().resolve()
        self.query_one("#export-run", Button).disabled = False
        self._say("\n".join(p for p in (t("export_screen_done", n=len(written)), note) if p))
        if note:  # what is missing from the files, or was left out: not only in the status
            self.notify(note, severity="warning", timeout=15, markup=False)
        # the full path of every file, to find them again; the folder is remembered
        lines = [t("export_screen_folder_was", path=self.folder)]
        lines += [str(p.expanduser().resolve()) for p in written]
        lines.append(t("export_screen_open_hint"))
        self.query_one("#export-files", Static).update("\n".join(lines))
        self.shell.config.export_folder = str(self.folder)
        remember_export_folder(self.folder)
        self.query_one("#export-form", VerticalScroll).scroll_end(animate=False)

    def _failed(self, message: str) -> None:
        self.query_one("#export-run", Button).disabled = False
        self.query_one("#export-progress", ProgressBar).update(total=1, progress=0)
        self._say(message)
        self.notify(message, severity="error", markup=False)

    def _say(self, text: str) -> None:
        self.query_one("#export-status", Static).update(text)

    # Other keys ---------------------------------------------------------------------------

    def action_open_folder(self) -> None:
        """Open the folder of the last export, if there was one."""
        if not self.written or self.folder is None:
            self.notify(t("export_screen_no_files"), severity="warning", markup=False)
            return
        try:
            open_folder(self.folder)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.notify(
                t("export_screen_no_opener", path=self.folder, reason=reason),
                severity="error",
                markup=False,
            )
            return
        self.notify(t("export_screen_opened", path=self.folder), markup=False)

    def action_back(self) -> None:
        """Back to where the user came from."""
        self.app.pop_screen()
