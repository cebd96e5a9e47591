"""The quarterly checklist: the annual plan by quarter, each item's five musts, the rules.

Four tabs, one per quarter (the current one opens first), and a fifth with the rules as of
today. Each plan item shows its status and the five musts as 有/缺 (yes/no), computed
from the records linked to it. Keys add, edit, move, mark done, postponed or cancelled,
open the linked record and create a new record from the item. Every write goes through
:mod:`grouptui.store.plan`.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from grouptui.domain.checklist import MUSTS, ItemStanding, item_date, record_draft
from grouptui.domain.errors import UserFacingError
from grouptui.domain.quarters import quarter_of
from grouptui.domain.vocab import FORMS, PLAN_STATUS, label
from grouptui.i18n import fmt_date, get_language, join_words, t
from grouptui.navigation import Key
from grouptui.screens.checklist_dialogs import (
    ItemValues,
    QuarterDialog,
    parse_dialog_values,
    plan_item_dialog,
)
from grouptui.widgets.book_screen import BookScreen

# Column widths (cells) of the narrow columns; the title takes what is left.
_WHEN, _MUST = 8, 4


def fit(text: str, width: int) -> str:
    """``text`` on one line cut to ``width`` cells, marked with ".." when cut.

    ASCII dots, not "…": the ellipsis is ambiguous-width and a CJK terminal may draw it
    two cells wide, which would shift every column after it.
    """
    from rich.cells import cell_len, set_cell_size

    line = " ".join(text.split())
    if cell_len(line) <= width:
        return line
    return set_cell_size(line, max(0, width - 2)).rstrip() + ".."


_STATUS_STYLE = {"met": "green", "at_risk": "yellow", "missed": "bold red", "not_yet_due": ""}


class ChecklistScreen(BookScreen[None]):
    """The plan by quarter with the five musts, and the rules' status."""

    destination_id = "checklist"

    CSS_PATH = "checklist.tcss"

    #: the footer keys as data (ids remappable in the config file's "keys"), bound when the
    #: screen is made so the footer speaks the language of that moment.
    KEYS = (
        Key("back", "escape", "app.go('home')", "checklist_back", show=False),
        Key("checklist_add", "a", "add", "checklist_key_add"),
        Key("checklist_edit", "e", "edit", "checklist_key_edit"),
        Key("checklist_move", "m", "move", "checklist_key_move"),
        Key("checklist_done", "d", "status('done')", "checklist_key_done"),
        Key("checklist_postpone", "p", "status('postponed')", "checklist_key_postpone"),
        Key("checklist_cancel", "x", "status('cancelled')", "checklist_key_cancel", show=False),
        Key("checklist_planned", "u", "status('planned')", "checklist_key_planned", show=False),
        Key("checklist_open_record", "o", "open_record", "checklist_key_open"),
        Key("checklist_new_record", "n", "new_record", "checklist_key_new"),
    )

    # The tab keys have no words to translate and are not listed in help.
    BINDINGS = [
        Binding("1", "tab('q1')", show=False),
        Binding("2", "tab('q2')", show=False),
        Binding("3", "tab('q3')", show=False),
        Binding("4", "tab('q4')", show=False),
        Binding("5", "tab('rules')", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        #: the plan items of each quarter as shown, row by row.
        self.rows: dict[int, list[ItemStanding]] = {q: [] for q in range(1, 5)}
        self._others: tuple[dict[str, float], tuple[int, ...]] | None = None
        #: the rules' results as shown in the rules tab.
        self.results: list = []
        #: the width of the title column the quarter tables were filled for.
        self._filled_width = 0

    # Building -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="rules-summary", markup=False)
        year = self.book.meta.year
        today = self.today()
        current = quarter_of(today) if today.year == year else 1
        with TabbedContent(initial=f"q{current}", id="quarters"):
            for q in range(1, 5):
                with TabPane(t("checklist_tab_quarter", quarter=q), id=f"q{q}"):
                    yield DataTable(id=f"table-q{q}", cursor_type="row", zebra_stripes=True)
            with TabPane(t("checklist_tab_rules"), id="rules"):
                yield DataTable(id="table-rules", cursor_type="row")
        yield Static("", id="detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_all()
        active = self.query_one("#quarters", TabbedContent).active
        self.query_one(f"#table-{active}", DataTable).focus()

    def on_resize(self) -> None:
        # The first resize comes with mounting: refill only if the title column changed.
        if self.is_mounted and self._title_width() != self._filled_width:
            self.fill_quarters()

    def refresh_book(self) -> None:
        """Back from a record or a dialog: the plan and the musts as the book holds them."""
        self.refresh_all()

    def refresh_all(self, keep: str | None = None) -> None:
        """Re-read the plan and the rules from the book and redraw everything."""
        from grouptui.store.plan import read_view

        view = read_view(self.book)
        self.fill_quarters(keep, view)
        self.fill_rules(view)

    @staticmethod
    def _form_width() -> int:
        # Chinese form names are 2-5 characters; English ones are cut at 10 cells
        return 8 if get_language() == "zh" else 10

    @staticmethod
    def _status_width() -> int:
        from rich.cells import cell_len

        words = [t(f"checklist_{k}") for k in ("overdue",)]
        words += [label(PLAN_STATUS, k, get_language()) for k in PLAN_STATUS]
        return max(cell_len(w) for w in words)

    def _title_width(self) -> int:
        fixed = _WHEN + self._form_width() + self._status_width() + 5 * _MUST
        fixed += 2 * 9 + 2  # cell padding, scrollbar
        return max(10, self.app.size.width - fixed)

    def fill_quarters(self, keep: str | None = None, view=None) -> None:
        """Fill the four quarter tables; keep the cursor on item ``keep`` if given."""
        from grouptui.store.plan import plan_standings

        year = self.book.meta.year
        self._filled_width = self._title_width()
        standings = plan_standings(self.book, self.today(), view)
        for q in range(1, 5):
            self.rows[q] = [s for s in standings if s.item.quarter == q]
            table = self.query_one(f"#table-q{q}", DataTable)
            previous = self._current_id(q)
            table.clear(columns=True)
            table.add_column(t("col_when"), width=_WHEN, key="when")
            table.add_column(t("col_form"), width=self._form_width(), key="form")
            table.add_column(t("col_title"), width=self._title_width(), key="title")
            table.add_column(t("col_status"), width=self._status_width(), key="status")
            for must in MUSTS:
                table.add_column(t(f"checklist_must_{must}"), width=_MUST, key=must)
            for standing in self.rows[q]:
                table.add_row(*self._cells(standing, year), key=standing.item.id)
            wanted = keep if keep is not None else previous
            for n, standing in enumerate(self.rows[q]):
                if standing.item.id == wanted:
                    table.move_cursor(row=n)
        self.show_detail()

    def _cells(self, standing: ItemStanding, year: int) -> list[Text]:
        item = standing.item
        lang = get_language()
        exact = item_date(item, year)
        if exact is not None:
            when = t("month_day", month=exact.month, day=exact.day)
        elif item.month:
            when = t("month_only", month=item.month)
        else:
            when = ""
        if standing.overdue:
            status = Text(t("checklist_overdue"), style="bold red")
        else:
            style = {"done": "green", "postponed": "yellow", "cancelled": "dim"}.get(
                item.status, ""
            )
            status = Text(label(PLAN_STATUS, item.status, lang), style=style)
        cells = [
            Text(when),
            Text(fit(label(FORMS, item.form, lang), self._form_width())),
            Text(fit(item.title, self._title_width())),
            status,
        ]
        for must in MUSTS:
            done = getattr(standing.musts, must)
            cells.append(
                Text(t("checklist_yes"), style="green")
                if done
                else Text(t("checklist_no"), style="bold red")
            )
        return cells

    def fill_rules(self, view=None) -> None:
        """The rules as of today in the rules tab, and their count above the tabs."""
        from grouptui.store.plan import other_years_training, rule_results

        if self._others is None:
            # the other years' books are read once per visit, not after every save
            self._others = other_years_training(self.book)
        results = rule_results(self.book, self.today(), others=self._others, view=view)
        self.results = results
        table = self.query_one("#table-rules", DataTable)
        table.clear(columns=True)
        table.add_column(t("col_rule"), key="rule")
        table.add_column(t("col_rule_status"), key="status")
        table.add_column(t("col_reason"), key="reason")
        names = [t(f"rule_name_{r.rule}") for r in results]
        from rich.cells import cell_len

        name_width = max((cell_len(n) for n in names), default=10)
        status_width = max(cell_len(t(f"check_status_{s}")) for s in _STATUS_STYLE)
        # the full reason of the highlighted rule is shown below the table
        reason_width = max(10, self.app.size.width - name_width - status_width - 8)
        for name, result in zip(names, results, strict=True):
            table.add_row(
                Text(name),
                Text(t(f"check_status_{result.status}"), style=_STATUS_STYLE[result.status]),
                Text(fit(result.reason(), reason_width)),
                key=result.rule,
            )
        counts = {"met": 0, "at_risk": 0, "missed": 0, "not_yet_due": 0}
        for result in results:
            counts[result.status] += 1
        summary = t("checklist_summary", date=fmt_date(self.today()), **counts)
        self.query_one("#rules-summary", Static).update(summary)

    # The selected item ----------------------------------------------------------------

    def _quarter(self) -> int | None:
        active = self.query_one("#quarters", TabbedContent).active
        return int(active[1]) if active.startswith("q") else None

    def _current_id(self, quarter: int) -> str | None:
        table = self.query_one(f"#table-q{quarter}", DataTable)
        rows = self.rows.get(quarter, [])
        if not rows or table.row_count == 0 or not 0 <= table.cursor_row < len(rows):
            return None
        return rows[table.cursor_row].item.id

    def selected(self) -> ItemStanding | None:
        """The item under the cursor of the active quarter, if any."""
        quarter = self._quarter()
        if quarter is None:
            return None
        table = self.query_one(f"#table-q{quarter}", DataTable)
        rows = self.rows[quarter]
        if not rows or not 0 <= table.cursor_row < len(rows):
            return None
        return rows[table.cursor_row]

    def show_detail(self) -> None:
        """The selected item's content, participants and records below the table."""
        standing = self.selected()
        detail = self.query_one("#detail", Static)
        if standing is None:
            quarter = self._quarter()
            detail.update(t("checklist_empty_quarter") if quarter else self._rule_detail())
            return
        item = standing.item
        lines = [item.title]
        if item.content:
            lines.append(" ".join(item.content.split()))
        if standing.records:
            dates = join_words(fmt_date(r.date) for r in standing.records)
            lines.append(t("checklist_records", count=len(standing.records), dates=dates))
        elif standing.deleted_records:
            lines.append(t("checklist_record_deleted"))
        else:
            lines.append(t("checklist_no_record"))
        missing = standing.musts.missing()
        if missing:
            lines.append(t("checklist_missing", musts=join_words(t(f"must_{m}") for m in missing)))
        # one line each: the records line must stay in sight at 80x24
        width = max(10, self.app.size.width - 2)
        detail.update("\n".join(fit(line, width) for line in lines))

    def _rule_detail(self) -> str:
        """The highlighted rule's reason in full (the table cuts it at 80 columns)."""
        table = self.query_one("#table-rules", DataTable)
        if not self.results or not 0 <= table.cursor_row < len(self.results):
            return t("checklist_rules_hint")
        result = self.results[table.cursor_row]
        return t(
            "checklist_rule_detail", name=t(f"rule_name_{result.rule}"), reason=result.reason()
        )

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    #: the actions on a plan item: no use on the rules tab (hidden there, and from F1).
    ITEM_ACTIONS = frozenset({"add", "edit", "move", "status", "open_record", "new_record"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.ITEM_ACTIONS and self.is_mounted and self._quarter() is None:
            return False
        return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()
        self.show_detail()
        pane = event.pane.id
        if pane:
            self.query_one(f"#table-{pane}", DataTable).focus()

    def action_tab(self, tab_id: str) -> None:
        """Show a quarter (1-4) or the rules (5)."""
        self.query_one("#quarters", TabbedContent).active = tab_id
        table_id = f"#table-{tab_id}"
        self.query_one(table_id, DataTable).focus()

    # Actions --------------------------------------------------------------------------

    def _writable(self) -> bool:
        return self.ensure_writable()

    def _need_item(self) -> ItemStanding | None:
        standing = self.selected()
        if standing is None:
            self.notify(t("checklist_no_item"), severity="warning", markup=False)
        return standing

    def action_add(self) -> None:
        """A new item in the active quarter."""
        if not self._writable():
            return
        from grouptui.store.plan import add_item

        created: list[str] = []

        def save(values: ItemValues) -> None:
            args = parse_dialog_values(values)
            item = add_item(
                self.book,
                quarter=args["quarter"],
                form=args["form"],
                title=args["title"],
                month=args["month"],
                day=args["date"],
                content=args["content"],
                organiser=args["organiser"],
            )
            created.append(item.id)

        def done(saved: bool | None) -> None:
            if saved and created:
                self._after_write(created[-1], t("checklist_added"))

        year = self.book.meta.year
        dialog = plan_item_dialog(year=year, save=save, quarter=self._quarter() or 1)
        self.app.push_screen(dialog, done)

    def action_edit(self) -> None:
        """Edit the selected item."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.store.plan import edit_item

        item = standing.item

        def save(values: ItemValues) -> None:
            args = parse_dialog_values(values)
            changes: dict[str, Any] = {
                "quarter": args["quarter"],
                "form": args["form"],
                "title": args["title"],
                "content": args["content"],
                "organiser": args["organiser"],
            }
            if args["date"] is not None:
                changes["date"] = args["date"]
                if args["month"] is not None:
                    changes["month"] = args["month"]
            elif args["month"] is not None:
                changes["month"] = args["month"]
            else:
                changes["date"] = None
                changes["month"] = None
            edit_item(self.book, item.id, **changes)

        def done(saved: bool | None) -> None:
            if saved:
                self._after_write(item.id, t("checklist_saved"))

        year = self.book.meta.year
        self.app.push_screen(plan_item_dialog(year=year, save=save, item=item), done)

    def action_move(self) -> None:
        """Move the selected item to another quarter."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.store.plan import move_item

        item = standing.item

        def done(quarter: int | None) -> None:
            if not quarter or quarter == item.quarter:
                return
            if self._try(lambda: move_item(self.book, item.id, quarter)):
                self.query_one("#quarters", TabbedContent).active = f"q{quarter}"
                self._after_write(item.id, t("checklist_moved", quarter=quarter))

        self.app.push_screen(QuarterDialog(item.title, item.quarter), done)

    def action_status(self, status: str) -> None:
        """Mark the selected item done, postponed, cancelled or planned again."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.store.plan import set_status

        item = standing.item
        if self._try(lambda: set_status(self.book, item.id, status)):
            word = label(PLAN_STATUS, status, get_language())
            self._after_write(item.id, t("checklist_status_set", status=word))

    def action_open_record(self) -> None:
        """Open the record that carries out the selected item (the latest if several)."""
        standing = self._need_item()
        if standing is None:
            return
        if not standing.records:
            key = "checklist_record_deleted" if standing.deleted_records else "checklist_no_record"
            self.notify(t(key), severity="warning", markup=False)
            return
        self.open_record(standing.records[-1].id)

    def open_record(self, record_id: str) -> None:
        """Show a record in the record screen."""
        from grouptui.screens.record import RecordScreen

        self.app.push_screen(RecordScreen(record_id))

    def action_new_record(self) -> None:
        """Open a new activity record for the selected item (form, theme, date and link
        filled in); it is written by its first save, so a stray key leaves nothing."""
        standing = self._need_item()
        if standing is None or not self._writable():
            return
        from grouptui.screens.record import RecordScreen

        item = standing.item
        today = self.today()
        on = None
        if (
            today.year == self.book.meta.year
            and quarter_of(today) == item.quarter
            and item.month in (None, today.month)
            and item_date(item, today.year) is None
        ):
            on = today  # an undated item done today is recorded today
        self.app.push_screen(RecordScreen(draft=record_draft(item, self.book.meta.year, on)))

    def _try(self, write) -> bool:
        try:
            write()
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return False
        return True

    def _after_write(self, item_id: str, message: str) -> None:
        self.refresh_all(keep=item_id)
        self.notify(message, markup=False)
