"""Everything that touches a file: the book's storage, lock, backups, repositories.

Never imports Textual. Errors a user can cause are raised as :class:`BookError` carrying a
message key of the i18n catalog, so the CLI and the TUI say them in the user's language.
"""

from grouptui.store.errors import BookError

__all__ = ["BookError"]
