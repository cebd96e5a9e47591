"""Opening the TUI from the command line (the only place the CLI imports Textual)."""

from __future__ import annotations

from grouptui.cli.state import State, UserError, clock


def open_tui(state: State, *, start: str = "home", quick_record: str | None = None) -> None:
    """Run the app on the state's book (or the first-run screen when there is none)."""
    from grouptui.app import make_app
    from grouptui.i18n import get_language
    from grouptui.store.config import device_id, remember_book

    try:
        path = state.book_path()
    except UserError:
        path = None
    if path is not None and path.is_dir():
        raise UserError("book_is_dir", path=path)
    if path is not None and not path.exists() and state.book is not None:
        raise UserError("book_not_found", path=path)
    app = make_app(
        path,
        lang=get_language(),
        clock=clock(),
        device=device_id(),
        start=start,
        quick_record=quick_record,
    )
    if app.book is not None:
        remember_book(app.book.path)
    app.run()
