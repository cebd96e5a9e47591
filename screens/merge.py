"""The year-end merge screen: pick the books, preview the report, confirm, write.

The books to choose from are the open book and the other ``.json`` files in its folder
(listed once when the screen opens); any other file is added by typing its path. Paths
typed without a folder are taken relative to the open book's folder. Reading and merging
run in a worker thread with a progress bar; the UI thread does no file I/O per keystroke.

What the CLI's ``--force`` allows is asked for here, each on its own and only when it
matters: books of different groups or years are merged once the user has read why they
were refused and said "merge anyway"; an existing output file is replaced once the user
has said "replace" (it is kept among its backups). After writing, the screen offers to
open the merged book in the app.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import (
    Button,
    DataTable,
    Input,
    Label,
    ProgressBar,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from grouptui.domain.errors import UserFacingError
from grouptui.i18n import t
from grouptui.navigation import Key
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar

#: what a refused merge needs to go on anyway: the error's key -> the ``merge_files`` flag.
FORCEABLE = {"merge_mismatch": "mixed", "merge_out_exists": "overwrite"}


def sibling_books(book_path: Path) -> list[Path]:
    """The open book and the visible ``.json`` files beside it, by name."""
    folder = book_path.parent
    try:
        found = [
            p
            for p in folder.iterdir()
            if p.suffix.lower() == ".json" and not p.name.startswith(".") and p.is_file()
        ]
    except OSError:
        found = []
    if book_path not in found:
        found.append(book_path)
    return sorted(found, key=lambda p: p.name)


def _names(params: dict[str, Any]) -> dict[str, Any]:
    """An error's parameters with its book paths shortened to file names (the dialog is
    narrow, and the books were picked from a list of names)."""
    return {k: Path(str(v)).name if k in ("path", "first") else v for k, v in params.items()}


class MergeScreen(BookScreen[None]):
    """Merge laptop copies of the book into one new book."""

    destination_id = "merge"

    CSS_PATH = "merge.tcss"

    KEYS = (
        Key("back", "escape", "back", "nav_home"),
        Key("merge_preview", "f5", "preview", "merge_preview"),
    )

    def __init__(self) -> None:
        super().__init__()
        #: the (books, output) of the last preview, while the choice has not changed.
        self.previewed: tuple[tuple[str, ...], str] | None = None
        #: the books the user said "merge anyway" to (of other groups or years).
        self._mixed_ok: tuple[str, ...] | None = None

    @property
    def folder(self) -> Path:
        """Where relative paths point: the open book's folder."""
        return self.book.path.parent

    def compose(self) -> ComposeResult:
        book_path: Path = self.book.path
        yield TitleBar()
        with VerticalScroll(id="merge-body"):
            yield Label(t("merge_choices_label"), markup=False)
            yield SelectionList[str](
                *(
                    Selection(Text(p.name), str(p), p == book_path)
                    for p in sibling_books(book_path)
                ),
                id="merge-books",
            )
            yield Input(placeholder=t("merge_path_placeholder"), id="merge-path")
            yield Label(t("merge_out_label"), markup=False)
            yield Input(f"{book_path.stem}-merged.json", id="merge-out")
            with Horizontal(id="merge-buttons"):
                yield Button(t("merge_preview"), id="merge-preview", variant="primary")
                yield Button(t("merge_write"), id="merge-write", disabled=True)
            yield ProgressBar(total=1, show_eta=False, id="merge-progress")
            yield FitTable(id="merge-report", cursor_type="none", zebra_stripes=True)
            yield Static("", id="merge-changes-title", markup=False)
            yield FitTable(id="merge-changes", cursor_type="row", zebra_stripes=True)
            yield Static("", id="merge-notes", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t("merge_screen_title")
        self.query_one("#merge-progress", ProgressBar).display = False

    def _resolve_path(self, text: str) -> Path:
        path = Path(text.strip()).expanduser()
        return path if path.is_absolute() else self.folder / path

    def _chosen(self) -> tuple[list[Path], Path]:
        books = [Path(v) for v in self.query_one("#merge-books", SelectionList).selected]
        out = self._resolve_path(self.query_one("#merge-out", Input).value)
        return books, out

    @property
    def mixed(self) -> bool:
        """Whether the user said "merge anyway" to exactly the books ticked now (agreeing
        for some books never covers a book ticked later)."""
        return self._mixed_ok is not None and self._mixed_ok == tuple(map(str, self._chosen()[0]))

    @on(Input.Submitted, "#merge-path")
    def _add_path(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        path = self._resolve_path(event.value)
        if not path.is_file():
            self.notify(t("merge_path_missing", path=path), severity="error", markup=False)
            return
        selection = self.query_one("#merge-books", SelectionList)
        if str(path) not in [
            selection.get_option_at_index(i).value for i in range(selection.option_count)
        ]:
            selection.add_option(Selection(Text(str(path)), str(path), True))
        else:
            selection.select(str(path))
        event.input.value = ""
        self.notify(t("merge_added_path", path=path.name), markup=False)

    @on(SelectionList.SelectedChanged)
    @on(Input.Changed, "#merge-out")
    def _choice_changed(self) -> None:
        self.previewed = None
        self.query_one("#merge-write", Button).disabled = True

    @on(Button.Pressed, "#merge-preview")
    def action_preview(self) -> None:
        """Read the chosen books and show what merging them would do (writes nothing)."""
        books, out = self._chosen()
        if len(books) < 2:
            self.notify(t("merge_need_two"), severity="warning", markup=False)
            return
        self._run(books, out, dry_run=True, mixed=self.mixed)

    @on(Button.Pressed, "#merge-write")
    def _write(self) -> None:
        books, out = self._chosen()
        if self.previewed != (tuple(map(str, books)), str(out)):
            self.notify(t("merge_preview_first"), severity="warning", markup=False)
            return
        go = partial(self._run, books, out, dry_run=False, mixed=self.mixed)
        if out.exists():
            # Asked here rather than refused after the user already said "write".
            self._ask_force("merge_out_exists", {"path": out}, lambda: go(overwrite=True))
            return
        from grouptui.widgets.dialogs import ConfirmDialog

        # A new file, the inputs untouched: nothing is lost, so Enter writes.
        dialog = ConfirmDialog(
            t("merge_confirm", count=len(books), path=out.name),
            yes=t("merge_confirm_yes"),
            no=t("merge_confirm_no"),
            default_yes=True,
        )

        def confirmed(ok: bool | None) -> None:
            if ok:
                go()

        self.app.push_screen(dialog, confirmed)

    def action_back(self) -> None:
        """Back to the screen below (home)."""
        self.app.pop_screen()

    # The merge, in a worker -----------------------------------------------------------

    @work(thread=True, exclusive=True, group="merge")
    def _run(
        self,
        books: list[Path],
        out: Path,
        dry_run: bool,
        mixed: bool = False,
        overwrite: bool = False,
    ) -> None:
        from grouptui.store.merge import merge_files

        self.app.call_from_thread(self._started, len(books) + (0 if dry_run else 1))

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done)

        try:
            outcome = merge_files(
                books, out, dry_run=dry_run, progress=progress, mixed=mixed, overwrite=overwrite
            )
        except UserFacingError as exc:
            flags = {"mixed": mixed, "overwrite": overwrite}
            self.app.call_from_thread(self._failed, exc, books, out, dry_run, flags)
            return
        self.app.call_from_thread(self._show, outcome)

    def _started(self, total: int) -> None:
        bar = self.query_one("#merge-progress", ProgressBar)
        bar.update(total=total, progress=0)
        bar.display = True
        self.query_one("#merge-preview", Button).disabled = True
        self.query_one("#merge-write", Button).disabled = True

    def _progress(self, done: int) -> None:
        self.query_one("#merge-progress", ProgressBar).update(progress=done)

    def _failed(
        self,
        exc: UserFacingError,
        books: list[Path],
        out: Path,
        dry_run: bool,
        flags: dict[str, bool],
    ) -> None:
        self.query_one("#merge-progress", ProgressBar).display = False
        self.query_one("#merge-preview", Button).disabled = False
        flag = FORCEABLE.get(exc.key)
        if flag is None or flags[flag]:
            self.notify(exc.message(), severity="error", markup=False, timeout=10)
            return

        def go_on() -> None:
            if flag == "mixed":
                self._mixed_ok = tuple(map(str, books))
            self._run(books, out, dry_run, **{**flags, flag: True})

        self._ask_force(exc.key, exc.params, go_on)

    def _ask_force(self, key: str, params: dict[str, Any], then: Any) -> None:
        """Say why the merge stops at ``key`` and run ``then`` if the user goes on anyway.

        The "no" button has the focus, so a stray Enter never forces anything.
        """
        from grouptui.widgets.dialogs import ConfirmDialog

        dialog = ConfirmDialog(
            t(f"{key}_ask", **_names(params)),
            title=t(f"{key}_ask_title"),
            yes=t(f"{key}_ask_yes"),
            no=t("merge_confirm_no"),
        )
        self.app.push_screen(dialog, lambda yes: then() if yes else None)

    def _fill(self, selector: str, columns: list[str], rows: list[list[Any]]) -> None:
        table = self.query_one(selector, DataTable)
        table.clear(columns=True)
        table.add_columns(*(Text(c) for c in columns))
        for row in rows:
            table.add_row(*(Text(str(cell)) for cell in row))

    def _show(self, outcome: Any) -> None:
        from dataclasses import replace

        from grouptui.merge_report import (
            change_columns,
            change_rows,
            report_lines,
            report_table,
        )

        self.query_one("#merge-progress", ProgressBar).display = False
        self.query_one("#merge-preview", Button).disabled = False
        self._fill("#merge-report", *report_table(outcome.result))
        # Every deletion and replacement by name, before the user says "write".
        changes = change_rows(outcome.result)
        self._fill("#merge-changes", change_columns(), changes)
        self.query_one("#merge-changes", DataTable).display = bool(changes)
        self.query_one("#merge-changes-title", Static).update(
            t("merge_changes_title", count=len(changes)) if changes else t("merge_changes_none")
        )
        # The domain's note names --force; here the user said "merge anyway" instead.
        notes = [
            ("merge_note_mismatch_tui", _names(p)) if k == "merge_note_mismatch" else (k, p)
            for k, p in outcome.result.notes
        ]
        result = replace(outcome.result, notes=notes)
        names = [Path(p.name) for p in outcome.inputs]
        lines = report_lines(result, names, Path(outcome.out.name), outcome.written, changes=False)
        if not outcome.written and outcome.out.exists():
            lines.append(t("merge_out_exists_note", path=outcome.out.name))
        self.query_one("#merge-notes", Static).update(Text("\n".join(lines)))
        if outcome.written:
            self.previewed = None
            self.notify(t("merge_written", path=outcome.out), markup=False, timeout=8)
            self._offer_to_open(outcome.out, outcome.result.conflicts)
        else:
            self.previewed = (tuple(map(str, outcome.inputs)), str(outcome.out))
            self.query_one("#merge-write", Button).disabled = False

    # Opening the merged book ------------------------------------------------------------

    def _offer_to_open(self, out: Path, conflicts: int) -> None:
        """Ask whether to switch the app to the merged book (its conflicts are resolved
        there); yes closes the open book and goes home on the merged one."""
        from grouptui.widgets.dialogs import ConfirmDialog

        current = self.book.path.name
        key = "merge_open_ask_conflicts" if conflicts else "merge_open_ask"
        dialog = ConfirmDialog(
            t(key, path=out.name, current=current, count=conflicts),
            yes=t("merge_open_yes"),
            no=t("merge_open_no"),
            default_yes=True,
        )
        self.app.push_screen(dialog, lambda yes: self._open(out) if yes else None)

    def _open(self, out: Path) -> None:
        app: Any = self.app
        app.confirm_discard(lambda: app.switch_book(out))
