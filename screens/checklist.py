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
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from grouptui.domain.checklist import MUSTS, ItemStanding, item_date
from grouptui.domain.quarters import quarter_of
from grouptui.domain.vocab import FORMS, PLAN_STATUS, label
from grouptui.i18n import fmt_date, get_language, join_words, t
from grouptui.navigation import Key
from grouptui.screens.checklist_items import ItemActions
from grouptui.screens.checklist_rules import RULE_ACTIONS, RULE_KEYS, RulesTab, rules_table
from grouptui.widgets.fit_table import FitTable, elide
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar


class ChecklistScreen(ItemActions, RulesTab):
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
        Key("checklist_postpone", "p", "postpone", "checklist_key_postpone"),
        Key("checklist_cancel", "x", "status('cancelled')", "checklist_key_cancel", show=False),
        Key("checklist_planned", "u", "status('planned')", "checklist_key_planned", show=False),
        Key("checklist_open_record", "o", "open_record", "checklist_key_open"),
        Key("checklist_new_record", "n", "new_record", "checklist_key_new"),
        *RULE_KEYS,
    )

    # The tab keys have no words to translate and are not listed in help.
    BINDINGS = [
        Binding("1", "tab('q1')", show=False),
        Binding("2", "tab('q2')", show=False),
        Binding("3", "tab('q3')", show=False),
        Binding("4", "tab('q4')", show=False),
        Binding("5", "tab('rules')", show=False),
    ]

    #: the current quarter's table, focused as the screen is built (focusing another
    #: widget first restyles the screen twice)
    AUTO_FOCUS = "DataTable.start"

    def __init__(self) -> None:
        super().__init__()
        #: the plan items of each quarter as shown, row by row.
        self.rows: dict[int, list[ItemStanding]] = {q: [] for q in range(1, 5)}
        self._others: tuple[dict[str, float], tuple[int, ...]] | None = None
        #: the rules' results as shown in the rules tab.
        self.results: list[tuple[str, Any]] = []

    # Building -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static("", id="rules-summary", markup=False)
        year = self.book.meta.year
        today = self.today()
        current = quarter_of(today) if today.year == year else 1
        with TabbedContent(initial=f"q{current}", id="quarters"):
            for q in range(1, 5):
                with TabPane(t("checklist_tab_quarter", quarter=q), id=f"q{q}"):
                    yield FitTable(
                        id=f"table-q{q}",
                        classes="start" if q == current else "",
                        cursor_type="row",
                        zebra_stripes=True,
                        shrink=("title", "form"),
                        minimum={"title": 12, "form": 6},
                    )
            with TabPane(t("checklist_tab_rules"), id="rules"):
                yield rules_table()
        yield Static("", id="detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.refresh_all()

    def refresh_book(self) -> None:
        """Back from a record or a dialog: the plan and the musts as the book holds them."""
        self.refresh_all()

    def refresh_all(self, keep: str | None = None) -> None:
        """Re-read the plan and the rules from the book and redraw everything."""
        from grouptui.store.plan import read_view

        view = read_view(self.book)
        self.fill_quarters(keep, view)
        self.fill_rules(view)

    def fill_quarters(self, keep: str | None = None, view=None) -> None:
        """Fill the four quarter tables; keep the cursor on item ``keep`` if given."""
        from grouptui.store.plan import plan_standings

        year = self.book.meta.year
        standings = plan_standings(self.book, self.today(), view)
        for q in range(1, 5):
            self.rows[q] = [s for s in standings if s.item.quarter == q]
            table = self.query_one(f"#table-q{q}", DataTable)
            previous = self._current_id(q)
            table.clear(columns=True)
            table.add_column(t("col_when"), key="when")
            table.add_column(t("col_form"), key="form")
            table.add_column(t("col_title"), key="title")
            table.add_column(t("col_status"), key="status")
            for must in MUSTS:
                table.add_column(t(f"checklist_must_{must}"), key=must)
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
                standing.status, ""
            )
            status = Text(label(PLAN_STATUS, standing.status, lang), style=style)
        cells = [
            Text(when),
            Text(label(FORMS, item.form, lang)),
            Text(item.title),
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
            detail.update(t("checklist_empty_quarter") if quarter else self.rule_detail())
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
        detail.update("\n".join(elide(line, width) for line in lines))

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    #: the actions on a plan item: no use on the rules tab (hidden there, and from F1).
    ITEM_ACTIONS = frozenset(
        {"add", "edit", "move", "postpone", "status", "open_record", "new_record"}
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # each tab's keys only where they work: the footer and F1 show no others
        if not self.is_mounted:
            # being built: the quarter tab it opens on (the footer's first keys are
            # drawn from this, in the same frame as the screen)
            on_rules = False
        else:
            on_rules = self._quarter() is None
        if action in self.ITEM_ACTIONS:
            return not on_rules
        if action in RULE_ACTIONS:
            return on_rules
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
