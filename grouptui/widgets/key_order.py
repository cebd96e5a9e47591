"""Keys typed into a text field take effect in the order they were typed (a fix of Textual).

Textual's ``Input`` and ``TextArea`` insert a typed character as soon as its key reaches
them, but a key they bind (Backspace, Delete, the arrows, Home, End, Ctrl+W ...) bubbles up
to the app first, through the message queue of every widget above, and the app then runs
the field's action. Keys that arrive together (a fast typist while the app is saving or
drawing, an input method, a macro) are read in one go: the field inserts the characters
that follow a Backspace before the Backspace comes back to it, so "abc", Backspace, "d"
leaves "abc" instead of "abd", and "x", Left, "y" gives "xy" instead of "yx"
(Textualize/textual#6605, open upstream for Textual 8; #6631 proposes this same fix).

:func:`install` (done by :class:`TypingOrder`) makes a text field run its own bindings as the key reaches it, the way the
app would have run them: the same bindings (the user's keymap applied), tried in the same
order, only those that are not priority bindings (the app runs those before the key
reaches any widget, as before). A key the field does not bind bubbles up as before. A
text field is a widget that takes typed characters for itself (it answers
``check_consume_key``), so every ``Input`` and ``TextArea`` of the app and their
subclasses are covered without loading ``TextArea`` at start-up.

The app's priority keys had the opposite fault: the app runs them as the key comes in,
before the field has taken the characters typed just before, so "abc" and Ctrl+S sent
together saved the form without "bc". :class:`TypingOrder` (a base of the app) first lets
the focused field take what was sent to it, then runs the priority key.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import events
from textual.keys import key_to_character
from textual.widget import Widget

_installed = False


def _takes_typing(widget: Widget) -> bool:
    """Whether ``widget`` keeps typed characters for itself (a text field)."""
    return type(widget).check_consume_key is not Widget.check_consume_key


async def _run_own_binding(widget: Widget, key: str) -> bool:
    """Run the focused ``widget``'s own binding of ``key`` now, as the app would have on
    the key's return; whether one ran."""
    screen = widget.screen
    if screen.focused is not widget or widget.loading:
        return False
    chain = screen._modal_binding_chain
    if not chain or chain[0][0] is not widget:
        return False
    for binding in chain[0][1].key_to_bindings.get(key, ()):
        if not binding.priority and await widget.app.run_action(binding.action, widget):
            return True
    return False


async def _on_key(self: Widget, event: events.Key) -> None:
    """Textual's ``Widget._on_key`` (a ``key_<name>`` method first), then, in a text field,
    the field's own binding of the key at once rather than after it bubbled up."""
    if await self.handle_key(event):
        return
    if _takes_typing(self) and await _run_own_binding(self, event.key):
        event.stop()
        event.prevent_default()


#: How long a priority key waits for the field to take what was typed before it (a field
#: whose messages are stuck that long is not waited for: the key runs as it did).
SETTLE_TIMEOUT = 1.0


async def _settle(widget: Widget) -> None:
    """Return once ``widget`` (a text field) has handled the messages sent to it so far."""
    taken = asyncio.Event()
    if widget.call_later(taken.set):
        try:
            await asyncio.wait_for(taken.wait(), SETTLE_TIMEOUT)
        except asyncio.TimeoutError:
            pass


def _types_a_character(key: str) -> bool:
    """Whether ``key`` types a character into a field (not Escape, Backspace, Ctrl+S)."""
    character = key_to_character(key)
    return character is not None and character.isprintable()


class TypingOrder:
    """A base of an app (before ``App``) in whose text fields keys take effect in typing
    order: it installs the fields' half (:func:`install`) and makes the app's priority
    keys wait for the keys typed before them. A plain class: an ``App`` subclass costs
    ~4 ms to define (Textual's class set-up walks all of ``App``), at every start."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        install()
        super().__init__(*args, **kwargs)

    async def _check_bindings(self: Any, key: str, priority: bool = False) -> bool:
        # Every key comes here first (priority=True): a character typed into a field is
        # not held up, nor is any key when no field has the focus.
        focused = self.focused
        if (
            priority
            and focused is not None
            and _takes_typing(focused)
            and not _types_a_character(key)
            and any(
                binding.priority
                for _node, bindings in self.screen._binding_chain
                for binding in bindings.key_to_bindings.get(key, ())
            )
        ):
            await _settle(focused)
        checked: bool = await super()._check_bindings(key, priority)  # type: ignore[misc]
        return checked


def install() -> None:
    """Let every text field of this process run its bindings in typing order (idempotent)."""
    global _installed
    if _installed:
        return
    setattr(Widget, "_on_key", _on_key)  # noqa: B010
    _installed = True


__all__: Any = ["TypingOrder", "install"]
