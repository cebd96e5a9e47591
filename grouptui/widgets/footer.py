"""The footer of every screen: Textual's :class:`~textual.widgets.Footer`, rebuilt only when
the keys it shows change.

Textual's footer rebuilds all its keys (one widget each, restyled as it mounts) every time
the screen says its bindings may have changed: on every change of focus, on every push and
pop, on every ``refresh_bindings``. Opening a screen announces that five to ten times, and
each announcement schedules a rebuild of its own, so a screen of 100 widgets spent about a
sixth of its opening rebuilding the same seven keys (issue 15). :class:`KeyFooter` compares
what the keys would be with what it shows and rebuilds only when they differ, once per
frame however many announcements came. It also draws its first keys in the screen's first
frame, not a frame after it (they used to be the last thing to appear on a form).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen

#: What the footer shows of one binding: key, words, whether it works, its tooltip.
Shown = tuple[tuple[str, str, bool, str], ...]


def shown_keys(screen: Screen) -> Shown:
    """The keys ``screen``'s footer shows now, in order (what Textual's footer composes)."""
    return tuple(
        (binding.key, binding.description, enabled, tooltip)
        for (_node, binding, enabled, tooltip) in screen.active_bindings.values()
        if binding.show
    )


class KeyFooter(Footer):
    """A footer that rebuilds its keys only when the keys shown change."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Footer's own options
        #: the keys the last build showed (None: not built with keys yet).
        self._shown: Shown | None = None
        #: a rebuild is scheduled; it reads the bindings as they are then.
        self._pending = False

    def compose(self) -> ComposeResult:
        composed = list(super().compose())
        for widget in composed:
            if isinstance(widget, FooterKey):
                # A key is built compact (FooterKey.compact starts True) and bound to the
                # footer's own value once mounted, and its -compact class follows only
                # then: each key was restyled twice or three times in every footer build.
                # It starts with both right. The command palette's key is not bound to
                # the footer and stays compact, as Textual has it (True, not read: reading
                # widget.compact here would run its watcher, restyling it).
                compact = True if widget.has_class("-command-palette") else self.compact
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
        if composed:
            self._shown = shown_keys(self.screen)
        return composed

    async def recompose(self) -> None:
        self._pending = False
        if not self.is_attached:
            return  # the screen was closed before its turn came
        if self._shown is not None and shown_keys(self.screen) == self._shown:
            return  # announced, but nothing the footer shows changed
        await super().recompose()

    def bindings_changed(self, screen: Screen) -> None:
        mine = screen.app.app_focus and self.is_attached and screen is self.screen
        if self._pending and mine:
            return  # the rebuild already scheduled will read the newest bindings
        if mine:
            self._pending = True
        # Textual's footer draws its first keys a frame after this first announcement
        # (which comes once the screen's focus is set); they arrived 100-150 ms after the
        # rest of a form. The first keys are drawn in the same frame as the screen.
        super().bindings_changed(screen)
        if mine and self._shown is None:
            self.call_later(self.recompose)  # the first keys: not after the next frame
