"""The base of every error a user can cause: a catalog key and its parameters.

The CLI turns one into a single line on stderr and exit code 2; the TUI shows it under the
field or in a notification. Never a traceback.
"""

from __future__ import annotations

#: Longest typed value a message repeats, in characters.
ECHO_LIMIT = 40


class UserFacingError(Exception):
    """Something the user got wrong, said in the user's language by :meth:`message`."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self) -> str:
        """The sentence to show, in the current language.

        A typed ``value`` is echoed shortened: a 5000-digit number or a pasted page
        would otherwise turn the one line into a screenful.
        """
        from grouptui.domain.vocab import Labels
        from grouptui.i18n import get_language, join_words, t

        params = dict(self.params)
        for name, param in params.items():
            if isinstance(param, Labels):
                params[name] = join_words(param.names(get_language()))
            elif isinstance(param, list | tuple):
                params[name] = join_words(param)
        value = params.get("value")
        if isinstance(value, str) and len(value) > ECHO_LIMIT:
            params["value"] = value[: ECHO_LIMIT - 1] + "…"
        return t(self.key, **params)

    def __str__(self) -> str:
        return f"{self.key}: {self.params}"
