"""The conflicts screen: each conflict left by a merge, field by field, side by side.

Left, the records in conflict; right, which laptop saved each version and when, the fields
the versions disagree on (one column per version and a column saying which one will be
used) and, under them, the highlighted field's values in full with the parts that differ
highlighted (two long minutes differing in their last sentence look the same in a cell).
Keep one side whole (w / o; with several other versions, ``o`` asks which), or switch the
side of a field (Enter), type a value (e; a long text in a multi-line editor), and save the
combination (s). Every resolution is a new revision descending from every side, written at
once; what is derived from the record (its automatic duty entries) follows it.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from grouptui.domain.conflicts import (
    Conflict,
    field_rows,
    parse_value,
)
from grouptui.domain.errors import UserFacingError
from grouptui.i18n import t
from grouptui.navigation import Key
from grouptui.screens.conflict_dialogs import origin_of
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.form_dialog import Field, FormDialog
from grouptui.widgets.title_bar import TitleBar
from grouptui.words import field_label, show_value

#: characters of a value shown in a cell (minutes run to thousands).
CELL = 28


#: how the parts of a value that differ from the other side are shown.
CHANGED = "bold reverse"


def _cell(value: Any) -> Text:
    text = " ".join(show_value(value).split())
    if len(text) > CELL:
        text = text[: CELL - 3] + "..."
    return Text(text)


def is_long(values: list[Any]) -> bool:
    """Whether a field holds text too long for one line on some side (edited in a
    multi-line editor)."""
    return any(isinstance(v, str) and ("\n" in v or len(v) > CELL) for v in values)


def side_name(side: int) -> str:
    """The column name of side ``side`` (0: the version shown)."""
    return t("conflict_col_winner") if side == 0 else t("conflict_col_other", n=side)


def origins_text(conflict: Conflict) -> Text:
    """Which laptop saved each side, and when."""
    parts = [
        t("conflicts_side_origin", side=side_name(n), **origin_of(doc))
        for n, doc in enumerate(conflict.sides)
    ]
    return Text("  ".join(parts))


def diff_text(conflict: Conflict, name: str) -> Text:
    """Every side's value of field ``name`` in full, the parts differing from the shown
    version highlighted (the shown one against the first other), plain text throughout."""
    from grouptui.domain.text_diff import diff_pair

    values = [show_value(side.get(name)) for side in conflict.sides]
    out = Text()
    for n, value in enumerate(values):
        against = values[1] if n == 0 else values[0]
        segments, _ = diff_pair(value, against)
        if n:
            out.append("\n\n")
        origin = origin_of(conflict.sides[n])
        out.append(t("conflicts_side_origin", side=side_name(n), **origin) + "\n", "bold")
        for text, differs in segments:
            out.append(text, style=CHANGED if differs else "")
    return out


class ConflictsScreen(BookScreen[None]):
    """Review and resolve the book's open conflicts."""

    destination_id = "conflicts"

    CSS_PATH = "conflicts.tcss"

    KEYS = (
        Key("back", "escape", "back", "nav_home"),
        Key("conflicts_keep_winner", "w", "keep(0)", "conflicts_keep_winner"),
        Key("conflicts_keep_other", "o", "keep_other", "conflicts_keep_other"),
        Key("conflicts_edit", "e", "edit", "conflicts_edit"),
        Key("conflicts_save", "s", "save", "conflicts_save"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.conflicts: list[Conflict] = []
        self.current: Conflict | None = None
        #: per field, the side whose value the resolution takes (0 = shown version).
        self.picks: dict[str, int] = {}
        self.edits: dict[str, Any] = {}

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static("", id="conflicts-count", markup=False)
        with Horizontal(id="conflicts-main"):
            yield FitTable(id="conflicts-list", cursor_type="row")
            with Vertical(id="conflicts-detail"):
                yield Static("", id="conflicts-heading", markup=False)
                yield Static("", id="conflicts-origins", markup=False)
                yield FitTable(id="conflicts-fields", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="conflicts-diff-box"):
                    yield Static("", id="conflicts-diff", markup=False)
        yield Static(t("conflicts_help"), id="conflicts-help", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t("conflicts_screen_title")
        listing = self.query_one("#conflicts-list", DataTable)
        listing.add_columns(Text(t("merge_col_table")), Text(t("conflicts_col_record")))
        self.reload()

    # data -----------------------------------------------------------------------------

    def reload(self, keep_row: int = 0) -> None:
        """Read the open conflicts again (after a resolution) and show them."""
        from grouptui.store.conflicts import open_conflicts

        self.conflicts = open_conflicts(self.book)
        count = len(self.conflicts)
        self.query_one("#conflicts-count", Static).update(
            t("conflicts_count", count=count) if count else t("conflicts_none")
        )
        listing = self.query_one("#conflicts-list", DataTable)
        listing.clear()
        for conflict in self.conflicts:
            title = conflict.title or t("conflict_untitled")
            listing.add_row(Text(t(f"table_{conflict.table}")), _cell(title), key=conflict.id)
        if self.conflicts:
            row = min(keep_row, count - 1)
            listing.move_cursor(row=row)
            self.show(self.conflicts[row])
        else:
            self.show(None)

    def show(self, conflict: Conflict | None) -> None:
        """Show ``conflict``'s differing fields side by side."""
        if conflict is not self.current:
            self.picks, self.edits = {}, {}
        self.current = conflict
        heading = self.query_one("#conflicts-heading", Static)
        table = self.query_one("#conflicts-fields", DataTable)
        table.clear(columns=True)
        origins = self.query_one("#conflicts-origins", Static)
        if conflict is None:
            heading.update("")
            origins.update("")
            self.query_one("#conflicts-diff", Static).update("")
            return
        origins.update(origins_text(conflict))
        heading.update(
            t(
                "conflict_heading",
                table=t(f"table_{conflict.table}"),
                title=conflict.title or t("conflict_untitled"),
                id=conflict.id[:8],
            )
        )
        columns = [t("conflict_col_field"), t("conflict_col_chosen"), t("conflict_col_winner")]
        columns += [t("conflict_col_other", n=n) for n in range(1, len(conflict.others) + 1)]
        table.add_columns(*(Text(c) for c in columns))
        for row in self._rows():
            if row.name in self.edits:
                used = self.edits[row.name]
            else:
                used = row.values[self.picks.get(row.name, 0)]
            table.add_row(
                Text(field_label(row.name)),
                _cell(used),
                *(_cell(v) for v in row.values),
                key=row.name,
            )
        self._show_diff()

    def _show_diff(self) -> None:
        """Show the highlighted field's values in full, where they differ highlighted."""
        name = self._selected_field()
        diff = self.query_one("#conflicts-diff", Static)
        if self.current is None or name is None:
            diff.update("")
            return
        diff.update(diff_text(self.current, name))

    @on(DataTable.RowHighlighted, "#conflicts-fields")
    def _field_highlighted(self) -> None:
        self._show_diff()

    def _rows(self):
        assert self.current is not None
        return [r for r in field_rows(self.current) if r.differs or r.name in self.edits]

    # events and actions ----------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#conflicts-list")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.conflicts):
            conflict = self.conflicts[event.cursor_row]
            if conflict is not self.current:
                self.show(conflict)

    @on(DataTable.RowSelected, "#conflicts-fields")
    def _switch_side(self, event: DataTable.RowSelected) -> None:
        if self.current is None:
            return
        name = str(event.row_key.value)
        self.edits.pop(name, None)
        self.picks[name] = (self.picks.get(name, 0) + 1) % len(self.current.sides)
        row = event.cursor_row
        self.show(self.current)
        self.query_one("#conflicts-fields", DataTable).move_cursor(row=row)

    def _selected_field(self) -> str | None:
        table = self.query_one("#conflicts-fields", DataTable)
        rows = self._rows() if self.current is not None else []
        if not rows:
            return None
        return rows[min(table.cursor_row, len(rows) - 1)].name

    def action_edit(self) -> None:
        conflict = self.current
        name = self._selected_field()
        if conflict is None or name is None:
            return
        side = conflict.sides[self.picks.get(name, 0)]
        current = self.edits.get(name, side.get(name))
        row = self.query_one("#conflicts-fields", DataTable).cursor_row

        def submit(values: dict[str, Any]) -> tuple[Any]:
            # a bad value is said under the field, the dialog stays open with it
            return (parse_value(conflict.table, name, values["value"], current),)

        def done(parsed: tuple[Any] | None) -> None:
            if parsed is None:
                return
            self.edits[name] = parsed[0]
            self.show(conflict)
            self.query_one("#conflicts-fields", DataTable).move_cursor(row=row)

        title = t("conflicts_edit_title", field=field_label(name))
        values = [*(s.get(name) for s in conflict.sides), current]
        kind = "text" if is_long(values) else "input"
        fields = [Field("value", field_label(name), kind=kind, value=show_value(current))]
        self.app.push_screen(FormDialog(title, fields, submit), done)

    def action_keep(self, side: int) -> None:
        """Resolve the conflict shown by keeping version ``side`` whole (0 = shown)."""
        if self.current is None or side >= len(self.current.sides):
            return
        self._resolve({"*": side}, {})

    def action_keep_other(self) -> None:
        """Keep the other version whole; with several, ask which one first."""
        conflict = self.current
        if conflict is None:
            return
        if len(conflict.others) == 1:
            self.action_keep(1)
            return
        from grouptui.screens.conflict_dialogs import ChooseVersion

        def chosen(side: int | None) -> None:
            # The list may have been reloaded meanwhile: resolve only what was asked about.
            if side is not None and self.current is conflict:
                self.action_keep(side)

        self.app.push_screen(ChooseVersion(conflict), chosen)

    def action_save(self) -> None:
        if self.current is not None:
            self._resolve(dict(self.picks), dict(self.edits))

    def _resolve(self, picks: dict[str, int], edits: dict[str, Any]) -> None:
        from grouptui.store.conflicts import resolve

        conflict = self.current
        assert conflict is not None
        if not self.ensure_writable():
            return  # another grouptui holds the book: it says so
        row = self.conflicts.index(conflict)
        try:
            resolve(self.book, conflict, picks, edits)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.current = None
        self.reload(keep_row=row)
        self.notify(
            t(
                "conflict_resolved",
                title=conflict.title or t("conflict_untitled"),
                id=conflict.id[:8],
                count=len(self.conflicts),
            ),
            markup=False,
        )

    def action_back(self) -> None:
        self.app.pop_screen()
