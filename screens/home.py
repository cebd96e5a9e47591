"""The home screen: the group and the year at a glance, one key to every other screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from grouptui.i18n import fmt_date, t
from grouptui.navigation import available


class HomeScreen(Screen[None]):
    """Where the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self._bindings_from_destinations()

    def _bindings_from_destinations(self) -> None:
        for dest in available():
            if dest.id == "home":
                continue
            self._bindings.bind(dest.key, f"app.go('{dest.id}')", t(dest.title))

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(self._summary(), id="summary", markup=False)
        yield Footer()

    def on_screen_resume(self) -> None:
        # Coming back from another screen (a conflict resolved, a record added): refresh.
        self.query_one("#summary", Static).update(self._summary())

    def _summary(self) -> str:
        app = self.app
        book = app.book  # type: ignore[attr-defined]
        if book is None:
            return t("book_no_default")
        meta = book.meta
        today = app.clock().date()  # type: ignore[attr-defined]
        summary = f"{meta.group}  {meta.year}\n{fmt_date(today)}"
        from grouptui.store.conflicts import count_open

        conflicts = count_open(book)
        if conflicts:
            summary += "\n" + t("home_conflicts", count=conflicts)
        return summary
