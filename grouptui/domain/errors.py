"""The base of every error a user can cause: a catalog key and its parameters.

The CLI turns one into a single line on stderr and exit code 2; the TUI shows it under the
field or in a notification. Never a traceback.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """Something the user got wrong, said in the user's language by :meth:`message`."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self) -> str:
        """The sentence to show, in the current language."""
        from grouptui.i18n import t

        return t(self.key, **self.params)

    def __str__(self) -> str:
        return f"{self.key}: {self.params}"
