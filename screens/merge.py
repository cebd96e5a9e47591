"""The year-end merge screen: pick the books, preview the report, confirm, write.

The books to choose from are the open book and the other ``.json`` files in its folder
(listed once when the screen opens); any other file is added by typing its path. Paths
typed without a folder are taken relative to the open book's folder. Reading and merging
run in a worker thread with a progress bar; the UI thread does no file I/O per keystroke.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    ProgressBar,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from grouptui.domain.errors import UserFacingError
from grouptui.i18n import t


def localize_bindings(screen) -> None:
    """Footer words in the current language: BINDINGS name catalog keys, read when the
    screen is built (a class attribute is evaluated once, at import, in whatever language)."""
    for key, bindings in screen._bindings.key_to_bindings.items():
        screen._bindings.key_to_bindings[key] = [
            replace(b, description=t(b.description)) if b.description else b for b in bindings
        ]


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


class ConfirmMerge(ModalScreen[bool]):
    """Asks before the merged book is written."""

    BINDINGS = [Binding("escape", "cancel", "merge_confirm_no", show=False)]

    def __init__(self, message: str) -> None:
        super().__init__()
        localize_bindings(self)
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(self.message, id="confirm-text", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(t("merge_confirm_yes"), id="confirm-yes", variant="primary")
                yield Button(t("merge_confirm_no"), id="confirm-no")

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_cancel(self) -> None:
        self.dismiss(False)


class MergeScreen(Screen[None]):
    """Merge laptop copies of the book into one new book."""

    CSS_PATH = "merge.tcss"
    BINDINGS = [
        Binding("escape", "back", "nav_home", id="merge.back"),
        Binding("f5", "preview", "merge_preview", id="merge.preview"),
    ]

    def __init__(self) -> None:
        super().__init__()
        localize_bindings(self)
        self.previewed: tuple[tuple[str, ...], str] | None = None

    @property
    def folder(self) -> Path:
        """Where relative paths point: the open book's folder."""
        return self.app.book.path.parent  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        book_path: Path = self.app.book.path  # type: ignore[attr-defined]
        yield Header()
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
            yield DataTable(id="merge-report", cursor_type="none", zebra_stripes=True)
            yield Static("", id="merge-notes", markup=False)
        yield Footer()

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
        books, out = self._chosen()
        if len(books) < 2:
            self.notify(t("merge_need_two"), severity="warning", markup=False)
            return
        self._run(books, out, dry_run=True)

    @on(Button.Pressed, "#merge-write")
    def _write(self) -> None:
        books, out = self._chosen()
        if self.previewed != (tuple(map(str, books)), str(out)):
            self.notify(t("merge_preview_first"), severity="warning", markup=False)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._run(books, out, dry_run=False)

        message = t("merge_confirm", count=len(books), path=out.name)
        self.app.push_screen(ConfirmMerge(message), confirmed)

    def action_back(self) -> None:
        self.app.pop_screen()

    @work(thread=True, exclusive=True, group="merge")
    def _run(self, books: list[Path], out: Path, dry_run: bool) -> None:
        from grouptui.store.merge import merge_files

        self.app.call_from_thread(self._started, len(books) + (0 if dry_run else 1))

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done)

        try:
            outcome = merge_files(books, out, dry_run=dry_run, progress=progress)
        except UserFacingError as exc:
            self.app.call_from_thread(self._failed, exc.message())
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

    def _failed(self, message: str) -> None:
        self.query_one("#merge-progress", ProgressBar).display = False
        self.query_one("#merge-preview", Button).disabled = False
        self.notify(message, severity="error", markup=False, timeout=10)

    def _show(self, outcome) -> None:
        from grouptui.domain.merge_report import report_lines, report_table

        self.query_one("#merge-progress", ProgressBar).display = False
        self.query_one("#merge-preview", Button).disabled = False
        table = self.query_one("#merge-report", DataTable)
        table.clear(columns=True)
        columns, rows = report_table(outcome.result)
        table.add_columns(*(Text(c) for c in columns))
        for row in rows:
            table.add_row(*(Text(str(cell)) for cell in row))
        names = [Path(p.name) for p in outcome.inputs]
        lines = report_lines(outcome.result, names, Path(outcome.out.name), outcome.written)
        self.query_one("#merge-notes", Static).update(Text("\n".join(lines)))
        if outcome.written:
            self.previewed = None
            self.notify(t("merge_written", path=outcome.out), markup=False, timeout=8)
        else:
            self.previewed = (tuple(map(str, outcome.inputs)), str(outcome.out))
            self.query_one("#merge-write", Button).disabled = False
