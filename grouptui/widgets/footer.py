"""The footer of every screen: the keys of Textual's :class:`~textual.widgets.Footer`, drawn
by one widget.

Textual's footer is a scrolling container of keys, one widget each (``FooterKey``), and it
rebuilds them all (mounted, styled) whenever the screen says its bindings may have
changed: on every change of focus, on every push and pop. That was 5-6 ms of the app's
first frame for home's three keys, and more on every screen opening (issue 15).
:class:`KeyFooter` draws the same cells from one widget: when the bindings change it
only repaints, and only if the keys it shows changed.

The same cells: each key's colours are Textual's own, computed by the stylesheet for
nodes that stand where ``FooterKey`` and its two parts stood (as Textual computes a
widget's component styles, with virtual nodes), from rules that repeat ``FooterKey``'s.
``tests/tui/test_footer.py`` compares the footer cell by cell with Textual's in every
theme, plain, hovered, with a disabled key and compact.

Kept from Textual's footer: a click on a key presses it (a disabled key rings the bell),
the hovered key is highlighted and shows its tooltip, the command palette's key sits on
the right behind its bar, the mouse wheel scrolls keys that do not fit, ``compact``.
As Textual's, an action bound to two keys shows once, with the first (F1, not ?, for
help). Not kept: binding groups (``Binding.Group``), which grouptui does not use (a
group's keys are drawn one by one); and a stray cell of Textual's compact footer, whose
keys cut short show a character through the palette key's right margin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual._border import get_box
from textual.color import Color
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

if TYPE_CHECKING:
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


class _Key(NamedTuple):
    """One key as drawn: what it presses, its words, and where it is on the line."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str
    palette: bool


class _Look(NamedTuple):
    """How one kind of key is drawn (Textual's FooterKey: its style, its parts')."""

    base: RichStyle
    key: RichStyle
    description: RichStyle
    key_padding: tuple[int, int]
    description_padding: tuple[int, int]
    border: list[Segment]
    padding_right: int
    inner: RichStyle


class KeyFooter(Widget, can_focus=False):
    """The keys of the screen's bindings, on one line, drawn by one widget."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyFooter {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        width: 1fr;
        .footer-key {
            background: $footer-item-background;
            &.-hover {
                color: $footer-key-foreground;
                background: $block-hover-background;
            }
            &.-disabled {
                text-style: dim;
            }
            &.-command-palette {
                padding-right: 1;
                border-left: vkey $foreground 20%;
            }
            .footer-key--key {
                color: $footer-key-foreground;
                background: $footer-key-background;
                text-style: bold;
                padding: 0 1;
            }
            .footer-key--description {
                padding: 0 1 0 0;
                color: $footer-description-foreground;
                background: $footer-description-background;
            }
            &.-compact {
                .footer-key--key {
                    padding: 0;
                }
                .footer-key--description {
                    padding: 0 0 0 1;
                }
            }
        }
        &.-compact .footer-key.-command-palette {
            padding-right: 0;
        }
    }
    """

    compact = reactive(False, toggle_class="-compact")
    """Display in compact style (keys closer together)."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        show_command_palette: bool = True,
        compact: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.show_command_palette = show_command_palette
        self.set_reactive(KeyFooter.compact, compact)
        self.set_class(compact, "-compact", update=False)
        #: the keys drawn, as the screen's bindings gave them (None: not read yet).
        self._shown: Shown | None = None
        self._keys: list[_Key] = []
        #: each key's cells on the line, for the mouse: (start, end, key).
        self._spans: list[tuple[int, int, _Key]] = []
        self._hovered: _Key | None = None
        self._looks: dict[tuple[bool, bool, bool], _Look] = {}
        #: how far the keys are scrolled left by the mouse wheel.
        self._scrolled = 0

    # The keys -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        """The screen's bindings may have changed: repaint if the keys shown did."""
        if not screen.app.app_focus or screen is not self.screen or not self.is_attached:
            return  # as Textual's footer: keys stay as they are while the app is away
        if self._read_keys():
            self.refresh()

    def _read_keys(self) -> bool:
        """Read the keys from the screen's bindings; whether they changed."""
        shown = shown_keys(self.screen)
        if shown == self._shown:
            return False
        self._shown = shown
        app = self.app
        bindings = self.screen.active_bindings
        # One key per action, the first bound to it (two keys for one action, F1 and ?
        # for help, show as the first), in the order the actions first appear: Textual's.
        first: dict[str, _Key] = {}
        for _node, binding, enabled, tooltip in bindings.values():
            if binding.show and binding.action not in first:
                first[binding.action] = _Key(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    enabled,
                    tooltip,
                    palette=False,
                )
        keys = list(first.values())
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = bindings.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, _tooltip = found
                keys.append(
                    _Key(
                        binding.key,
                        app.get_key_display(binding),
                        binding.description,
                        enabled,
                        binding.tooltip or binding.description,
                        palette=True,
                    )
                )
        self._keys = keys
        if self._hovered is not None and self._hovered not in keys:
            self._hovered = None
        return True

    @property
    def shown(self) -> list[str]:
        """The words of the keys on the line, in order (the palette's last)."""
        if self._shown is None and self.is_attached:
            self._read_keys()
        return [key.description for key in self._keys]

    # Drawing ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._looks.clear()  # a theme, a class: the keys' colours are computed again
        super().notify_style_update()

    def _watch_compact(self, _compact: bool) -> None:
        self._looks.clear()
        self.refresh()

    def _look(self, hover: bool, disabled: bool, palette: bool) -> _Look:
        """How a key is drawn, computed by the stylesheet as for Textual's FooterKey."""
        kind = (hover, disabled, palette)
        if kind in self._looks:
            return self._looks[kind]
        classes = ["footer-key"]
        if hover:
            classes.append("-hover")
        if disabled:
            classes.append("-disabled")
        if palette:
            classes.append("-command-palette")
        if palette or self.compact:  # the palette's key is compact whatever the footer is
            classes.append("-compact")
        node = self._virtual(" ".join(classes), self)
        key = self._virtual("footer-key--key", node)
        description = self._virtual("footer-key--description", node)
        styles = node.styles
        base_background, _background = node.background_colors
        inner = _inner(node)
        border_type, border_color = styles.border_left
        border: list[Segment] = []
        if border_type:
            outer = Style(background=base_background)
            edge = Style(foreground=base_background + border_color.multiply_alpha(styles.opacity))
            border = [get_box(border_type, inner, outer, edge)[1][0]]
        look = _Look(
            node.rich_style,
            _part_style(key),
            _part_style(description),
            (key.styles.padding.left, key.styles.padding.right),
            (description.styles.padding.left, description.styles.padding.right),
            border,
            styles.padding.right,
            inner.rich_style,
        )
        self._looks[kind] = look
        return look

    def _virtual(self, classes: str, parent: DOMNode) -> DOMNode:
        """A node styled where a FooterKey (or one of its parts) would stand."""
        node = DOMNode(classes=classes)
        node._attach(parent)
        self.app.stylesheet.apply(node, animate=False)
        return node

    def _key_segments(self, key: _Key) -> list[Segment]:
        """One key's cells, as Textual's FooterKey draws them."""
        look = self._look(key is self._hovered, not key.enabled, key.palette)
        left, right = look.key_padding
        segments: list[Segment] = list(look.border)
        if key.description:
            d_left, d_right = look.description_padding
            parts = [
                (" " * left + key.display + " " * right, look.key),
                (" " * d_left + key.description + " " * d_right, look.description),
            ]
        else:  # as Textual's: the key alone, unpadded
            parts = [(key.display, look.key)]
        for text, style in parts:
            segments.append(Segment(text, look.base + style))
        if look.padding_right:
            segments.append(Segment(" " * look.padding_right, look.inner))
        return segments

    def render_line(self, y: int) -> Strip:
        if self._shown is None:
            self._read_keys()
        width = self.size.width
        blank = _inner(self).rich_style
        palette = next((key for key in self._keys if key.palette), None)
        right: list[Segment] = []
        right_width = 0
        gap = 1 if self.compact else 0  # a compact footer's keys have a margin on the right
        if palette is not None:
            right = self._key_segments(palette)
            if gap:
                right.append(Segment(" " * gap, blank))
            right_width = Segment.get_line_length(right)
        room = max(0, width - right_width)
        spans: list[tuple[int, int, _Key]] = []
        line: list[Segment] = []
        x = 0
        for key in self._keys:
            if key.palette:
                continue
            segments = self._key_segments(key)
            length = Segment.get_line_length(segments)
            spans.append((x, x + length, key))
            line.extend(segments)
            x += length
            if gap:
                line.append(Segment(" " * gap, blank))
                x += gap
        self._scrolled = max(0, min(self._scrolled, x - room))
        keys_strip = Strip(line).crop(self._scrolled, self._scrolled + room)
        keys_strip = keys_strip.adjust_cell_length(room, blank)
        self._spans = [
            (start - self._scrolled, min(end - self._scrolled, room), key)
            for start, end, key in spans
            if start - self._scrolled < room and end - self._scrolled > 0
        ]
        if palette is not None:
            self._spans.append((room, width - gap, palette))
        return Strip.join([keys_strip, Strip(right)]).crop(0, width)

    # The mouse -------------------------------------------------------------------------

    def _key_at(self, x: int) -> _Key | None:
        for start, end, key in self._spans:
            if start <= x < end:
                return key
        return None

    def _hover(self, key: _Key | None) -> None:
        if key is self._hovered:
            return
        self._hovered = key
        self.tooltip = key.tooltip or None if key is not None else None
        self.styles.pointer = "pointer" if key is not None else "default"
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._key_at(event.x))

    def on_leave(self, _event: events.Leave) -> None:
        self._hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll(2, event)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll(-2, event)

    def _scroll(self, cells: int, event: events.MouseEvent) -> None:
        before = self._scrolled
        self._scrolled = max(0, self._scrolled + cells)
        self.refresh()
        if self._scrolled != before:
            event.stop()
            event.prevent_default()


def _inner(node: DOMNode) -> Style:
    """The background inside ``node`` (its padding, its blank cells), as Textual fills it."""
    base_background, background = node.background_colors
    return Style(background=base_background + background)


def _part_style(node: DOMNode) -> RichStyle:
    """A key part's style, as ``Widget.get_component_rich_style`` gives a component's."""
    style = node.rich_style
    styles = node.styles
    text_opacity = styles.text_opacity
    if text_opacity < 1 and style.bgcolor is not None:
        style += RichStyle.from_color(
            (
                Color.from_rich_color(style.bgcolor) + styles.color.multiply_alpha(text_opacity)
            ).rich_color
        )
    return style
