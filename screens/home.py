"""The home screen: the group and the year at a glance, what is due, one key to every screen.

Its figures come from :mod:`grouptui.domain.dashboard` (pure, shared with the CLI). It
lists every destination's key, and the rules' standing (:func:`rules_summary`, the
store's :func:`~grouptui.store.checks.check_book` in words) gets a section of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from grouptui.domain.dashboard import Dashboard, DueItem, build_dashboard, plan_date
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import fmt_date, get_language, t
from grouptui.navigation import Key, available, destination, destination_keys, install_keys
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.measured import MeasuredStatic
from grouptui.widgets.rich_rows import Box, Halves, KeyColumns, Rows
from grouptui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from grouptui.store.book import Book

#: The key that lists the book's backups to restore one (as ``grouptui restore``).
RESTORE_KEY = Key("restore_backup", "b", "app.restore_backup", "key_restore_backup", show=False)

#: Longest text of one line shown on home (titles are summaries here; screens show all).
MAX_SHOWN = 60
#: Follow-ups listed by name (the rest are counted).
MAX_FOLLOWUPS = 5
#: Below this height (rows) home is compact, so that an 80x24 terminal shows the open plan
#: items, the follow-ups, what is due and the conflicts without scrolling: the heading is
#: today's date (the header names the group), the key list loses its hint, the plan lists
#: only what is still to do, fewer follow-ups are named, and conflicts come first.
COMPACT_BELOW = 32
#: Follow-ups listed by name on a compact home.
COMPACT_FOLLOWUPS = 3
#: Records with quick notes not folded yet listed by name (the rest are counted).
MAX_UNFOLDED = 4


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ASCII ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


class HomeScreen(BookScreen[None]):
    """Where the app opens: the book at a glance and the way to every other screen."""

    #: the navigation destination this screen is.
    destination_id = "home"

    def __init__(self) -> None:
        super().__init__()
        #: the feature sections (rules ...) last computed; drawn again on a theme change.
        self._extra_sections: list[tuple[str, str]] = []
        #: every section is drawn (the feature sections come a frame after the rest).
        self.complete = False
        #: the theme the board was last drawn in (its borders take the theme's colour).
        self._drawn_theme: str | None = None
        keys = [k._replace(show=False) for k in destination_keys()]
        install_keys(self, [*keys, RESTORE_KEY])

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="home-body"):
            if self.shell.read_only:
                yield Static(self._read_only_text(), id="read-only-banner", markup=False)
            # drawn as it is built, the group's name in the first frame
            yield MeasuredStatic(self._board() or "", id="board", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        # The section borders take the theme's colour: redraw when the theme changes.
        self.app.theme_changed_signal.subscribe(self, self._on_theme)

    def _on_theme(self, _theme: object) -> None:
        if self.app.theme != self._drawn_theme:
            self.refresh_dashboard(extras=False)

    def on_resize(self) -> None:
        if self.is_mounted and self._compact() != getattr(self, "_drawn_compact", None):
            self.refresh_dashboard(extras=False)

    def _compact(self) -> bool:
        return self.app.size.height < COMPACT_BELOW

    def on_screen_resume(self) -> None:
        # Shown first, or back from another screen whose saves may change the figures.
        # The feature sections (the rules read the whole year) follow one frame later,
        # so the board is on the screen at once (at the start, once the app's first
        # frame is on the terminal).
        if self.complete:
            self.refresh_dashboard()  # back: one update (see compose)
            return
        self.shell.screen_painted(self, then=self.refresh_dashboard)

    # Figures ----------------------------------------------------------------------------

    def dashboard(self) -> Dashboard | None:
        """The figures of the open book today (None before a book exists)."""
        if not self.has_book:
            return None
        book = self.book
        return build_dashboard(
            book.meta,
            plan=book.plan.all(),
            records=book.records.all(),
            followups=book.followups.all(),
            suggestions=book.suggestions.all(),
            conflicts=self.shell.conflict_count(),
            today=self.today(),
        )

    def refresh_dashboard(self, extras: bool = True) -> None:
        """Recompute the sections from the book and redraw the board.

        ``extras=False`` keeps the feature sections as last computed (none at first).
        """
        shown = self.query("#board").results(Static)
        target = next(shown, None)
        if not self.is_attached or target is None:
            # Replaced right after it resumed (the app switched books): a refresh it had
            # queued runs while its widgets are already gone.
            return
        content = self._board(extras)
        if content is not None:
            self._show_read_only()
            target.update(content)

    def _board(self, extras: bool = False) -> Board | None:
        """What the board shows: the sections, computed from the book now (the feature
        sections too if ``extras``, else as last computed)."""
        board = self.dashboard()
        if board is None:
            return None
        self._drawn_theme = self.app.theme
        compact = self._drawn_compact = self._compact()
        if extras:
            self._extra_sections = self._extras(board.today)
            self.complete = True
        plan_title = t("home_plan_title", quarter=t(f"quarter_{board.quarter}"))
        if board.plan.total:
            plan_title += "  " + t("home_plan_done", done=board.plan.done, total=board.plan.total)
        followups_title = t("home_followups_title", count=len(board.open_followups))
        if compact and board.overdue_followups:
            followups_title += "  " + t("home_overdue", count=board.overdue_followups)
        plan = self._panel(plan_title, self._plan(board, open_only=compact))
        due = self._panel(t("home_due_title"), self._due(board))
        followups = self._panel(followups_title, self._followups(board, compact))
        status = self._panel(t("home_status_title"), self._status(board))
        extra = [self._panel(title, Text(body)) for title, body in self._extra_sections]
        top: list[RenderableType] = [self._heading(board, compact)]
        top.append(self._panel(t("home_goto_title"), self._goto(hint=not compact)))
        if compact:
            # one column, what needs doing first; the figures and rules below the fold
            return Board(top, [plan, followups, due, status, *extra], [])
        return Board(top, [plan, due], [followups, status, *extra])

    def _panel(self, title: str, body: RenderableType) -> Box:
        # Rich's Panel (rounded, title on the left, a cell of space each side), drawn
        # by our own code: see grouptui/widgets/rich_rows.py.
        return Box(body, Text(title, style="bold"), Style(color=self.app.current_theme.primary))

    def _show_read_only(self) -> None:
        """Add the read-only banner if the app went read-only after home was built."""
        if self.shell.read_only and not self.query("#read-only-banner"):
            banner = Static(self._read_only_text(), id="read-only-banner", markup=False)
            self.query_one("#home-body").mount(banner, before=0)

    def _read_only_text(self) -> str:
        reason = self.shell.read_only_reason or t("read_only_blocked")
        return t("read_only_banner", reason=reason)

    def _heading(self, board: Dashboard, compact: bool = False) -> Text:
        text = Text()
        if not compact:
            text.append(board.group, style="bold")
            if board.township:
                text.append("  " + board.township)
            text.append("  " + t("home_year", year=board.year))
            text.append("\n")
        text.append(
            t(
                "home_today",
                date=fmt_date(board.today),
                quarter=t(f"quarter_{board.quarter}"),
            )
        )
        if compact and board.conflicts:
            text.append("\n")
            text.append(self._conflicts_line(board), style="bold red")
        elif not compact:
            text.append("\n")
        return text

    def _goto(self, hint: bool = True) -> RenderableType:
        # One cell per screen, laid out in columns: a key and its name never wrap apart.
        entries = []
        for dest in available():
            if dest.id == "home":
                continue
            entry = Text(no_wrap=True)
            entry.append(dest.key, style="bold reverse")
            entry.append(" " + t(dest.title))
            entries.append(entry)
        if not hint:
            return KeyColumns(entries)
        return Group(
            KeyColumns(entries),
            Text(t("home_goto_hint"), style="dim"),
        )

    def _plan(self, board: Dashboard, open_only: bool = False) -> Text | Rows:
        progress = board.plan
        if not progress.lines:
            return Text(t("home_plan_empty"))
        lines = [line for line in progress.lines if not (open_only and line.done)]
        if not lines:
            return Text(t("home_plan_all_done"))
        lang = get_language()
        table = _table(4)
        for line in lines:
            item = line.item
            table.add_row(
                Text("✓" if line.done else "-", style="green" if line.done else ""),
                Text(_plan_when(item, board.year)),
                Text(label(FORMS, item.form, lang)),
                Text(shorten(item.title)),
            )
        return table

    def _due(self, board: Dashboard) -> Text | Rows:
        if not board.due:
            return Text(t("home_due_empty"))
        table = _table(3)
        for due in board.due:
            days = (due.when - board.today).days
            table.add_row(
                Text(fmt_date(due.when)),
                Text(t("home_due_today") if days == 0 else t("home_due_in", days=days)),
                Text(_due_what(due)),
            )
        return table

    def _followups(self, board: Dashboard, compact: bool = False) -> Text | Rows:
        if not board.open_followups:
            return Text(t("home_followups_empty"))
        table = _table(3, flexible=1)
        shown = COMPACT_FOLLOWUPS if compact else MAX_FOLLOWUPS
        for item in board.open_followups[:shown]:
            overdue = item.due is not None and item.due < board.today
            when = fmt_date(item.due) if item.due else t("home_no_due")
            table.add_row(
                Text(when, style="bold red" if overdue else ""),
                Text(shorten(item.what)),
                Text(shorten(item.responsible, 12)),
            )
        rest = len(board.open_followups) - shown
        if rest > 0:
            table.add_row(Text(""), Text(t("home_more", count=rest), style="dim"), Text(""))
        if board.overdue_followups and not compact:  # compact: said in the title
            table.add_row(
                Text(""),
                Text(t("home_overdue", count=board.overdue_followups), style="red"),
                Text(""),
            )
        return table

    def _status(self, board: Dashboard) -> Text:
        lines = [
            t("home_records", total=board.records_total, quarter=board.records_quarter),
            t("home_suggestions_waiting", count=board.waiting_suggestions),
        ]
        text = Text("\n".join(lines))
        text.append("\n")
        if board.conflicts:
            text.append(self._conflicts_line(board), style="bold red")
        else:
            text.append(t("home_conflicts_none"))
        return text

    @staticmethod
    def _conflicts_line(board: Dashboard) -> str:
        ids = {d.id for d in available()}
        key = destination("conflicts").key if "conflicts" in ids else ""
        if key:
            return t("home_conflicts_key", count=board.conflicts, keys=key)
        return t("home_conflicts_cli", count=board.conflicts)

    def _extras(self, today: date) -> list[tuple[str, str]]:
        """(title, text) of the sections below the figures: the rules' standing, and the
        records whose quick notes are not folded into their minutes yet (if any)."""
        book = self.shell.book
        if book is None:
            return []
        sections = [(t(destination("checklist").title), "\n".join(rules_summary(book, today)))]
        unfolded = unfolded_section(book)
        if unfolded is not None:
            sections.append(unfolded)
        return sections


class Board:
    """The home board: heading and key list on top, then the sections in two columns
    when the screen is wide enough, else one under the other (a Rich renderable, so one
    widget draws it all: home is the first screen and must paint fast)."""

    #: Width from which the sections stand in two columns.
    TWO_COLUMNS = 100

    def __init__(
        self,
        top: list[RenderableType],
        left: list[RenderableType],
        right: list[RenderableType],
    ) -> None:
        self.top = top
        self.left = left
        self.right = right
        #: (what the output depends on, the segments): see __rich_console__.
        self._drawn: tuple[tuple[object, ...], list[Segment]] | None = None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # Textual renders a widget's content twice per frame (once to count its lines,
        # once to draw them), and the board's nested tables are the costliest part of
        # home's first frame: the second render reuses the segments of the first. They
        # are laid out at the width alone (no height: the board scrolls, it is never cut
        # to fit), so the cache key is what a render at a width depends on.
        options = options.update(height=None)
        key = (
            id(console),
            options.min_width,
            options.max_width,
            options.is_terminal,
            options.encoding,
            options.legacy_windows,
            options.justify,
            options.overflow,
            options.no_wrap,
            options.highlight,
            options.markup,
        )
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, list(console.render(Group(*self._parts(options)), options)))
        yield from self._drawn[1]

    def _parts(self, options: ConsoleOptions) -> Iterator[RenderableType]:
        yield from self.top
        if options.max_width >= self.TWO_COLUMNS:
            yield Halves(self.left, self.right)
        else:
            yield from self.left
            yield from self.right


def _table(columns: int, flexible: int = -1) -> Rows:
    """A borderless table: column ``flexible`` takes the rest of the width and wraps (a
    Rich ``Table`` drawn by our own code, see ``grouptui/widgets/rich_rows.py``)."""
    return Rows(columns, flexible)


def _plan_when(item, year: int) -> str:
    dated = plan_date(item, year)
    if dated is None:
        return ""
    when, month_only = dated
    if month_only:
        return t("home_month", year=when.year, month=when.month)
    return fmt_date(when)


def _due_what(due: DueItem) -> str:
    if due.kind == "plan" and due.item is not None:
        text = f"{label(FORMS, due.item.form, get_language())}  {shorten(due.item.title)}"
        return text + ("  " + t("home_due_month_only") if due.month_only else "")
    return t(f"home_due_{due.kind}")


def unfolded_section(book: Book) -> tuple[str, str] | None:
    """(title, text) naming the records, oldest first, whose quick notes are not folded
    into the minutes yet: the record book and briefings have none of those notes until
    they are (the export says so too); None when every note is folded."""
    from grouptui.store.notes import unfolded_records

    counts = unfolded_records(book)
    if not counts:
        return None
    lines = [
        t("home_unfolded_record", date=fmt_date(r.date), theme=shorten(r.theme), n=n)
        for r, n in counts[:MAX_UNFOLDED]
    ]
    if len(counts) > MAX_UNFOLDED:
        lines.append(t("home_more", count=len(counts) - MAX_UNFOLDED))
    lines.append(t("home_unfolded_hint"))
    title = t("home_unfolded_title", n=sum(n for _, n in counts))
    return title, "\n".join(lines)


def rules_summary(book: Book, today: date) -> list[str]:
    """The home screen's lines for the rules: the counts, then each rule missed or at risk."""
    from grouptui.store.checks import check_book
    from grouptui.words import reason_text

    report = check_book(book, today)
    lines = [t("home_rules_summary", date=fmt_date(today), **report.counts())]
    for result in report.rules:
        if result.status in ("missed", "at_risk"):
            word = t(f"check_status_{result.status}")
            lines.append(f"{word}  {t(f'rule_name_{result.rule}')}: {reason_text(result)}")
    return lines
