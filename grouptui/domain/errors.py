"""The base of every error a user can cause: a catalog key and its parameters.

The CLI turns one into a single line on stderr and exit code 2; the TUI shows it under the
field or in a notification. Never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from grouptui.domain.lazy_dataclass import lazy_dataclass

#: Longest typed value a message repeats, in characters.
ECHO_LIMIT = 40


@lazy_dataclass(frozen=True)
class Message:
    """Words for the caller to say: a catalog key and its parameters.

    The domain and the store never choose words (the layer contracts of pyproject.toml
    forbid them ``grouptui.i18n``): they return or raise a Message, and the screen or
    command says it with :func:`grouptui.i18n.say`. A parameter may itself be a Message
    or :class:`Choices`; it is said first.
    """

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@lazy_dataclass(frozen=True)
class Choices:
    """The names of every key of a vocabulary (``{key: (zh, en)}``), listed as "A、B、C" in
    the user's language: what an error about a bad choice offers instead."""

    vocab: Mapping[str, tuple[str, str]]


@lazy_dataclass(frozen=True)
class Label:
    """The name of one key of a vocabulary, in the user's language."""

    vocab: Mapping[str, tuple[str, str]]
    key: str


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
        from grouptui.i18n import say

        params = dict(self.params)
        value = params.get("value")
        if isinstance(value, str) and len(value) > ECHO_LIMIT:
            params["value"] = value[: ECHO_LIMIT - 1] + "…"
        return say(Message(self.key, params))

    def __str__(self) -> str:
        return f"{self.key}: {self.params}"
