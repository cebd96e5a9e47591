"""Opening the TUI from the command line (the only place the CLI imports Textual)."""

from __future__ import annotations

from grouptui.cli.state import State, UserError, clock


def open_tui(state: State, *, start: str = "home", quick_record: str | None = None) -> None:
    """Run the app on the state's book (or the first-run screen when there is none)."""
    from grouptui.launch import open_app

    try:
        path = state.book_path()
    except UserError:
        path = None
    open_app(
        path,
        explicit=state.book is not None,
        clock=clock(),
        start=start,
        quick_record=quick_record,
    )
