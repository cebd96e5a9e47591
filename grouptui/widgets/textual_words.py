"""Textual's own footer words in the user's language.

Textual's widgets carry English descriptions in their ``BINDINGS`` (the open dropdown's
"esc Dismiss menu", the palette's "Exit the command palette"), and the footer shows them.
Each widget class keeps its bindings in a class-level map that every instance copies when
it is made, so :func:`translate_textual_bindings` rewrites those descriptions in every
widget class once the language is set (and again when it changes): widgets made afterwards
show our words. ``tests/tui/test_screen_languages.py`` reads the footer of an open dropdown
and of the palette, so a Textual release that renames a description is noticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from grouptui.i18n import lookup, t

#: Textual's description (as Textual writes it) -> our catalog key.
TEXTUAL_DESCRIPTIONS = {
    "Dismiss menu": "textual_dismiss_menu",
    "Exit the command palette": "textual_exit_palette",
    "Open the command palette": "textual_open_palette",
}


def _node_classes(cls: type[DOMNode] = DOMNode) -> Iterator[type[DOMNode]]:
    """``cls`` and every class below it."""
    yield cls
    for sub in cls.__subclasses__():
        yield from _node_classes(sub)


def _known_descriptions() -> dict[str, str]:
    """Each description we translate, as Textual or either of our languages writes it,
    to its catalog key."""
    known = {}
    for english, key in TEXTUAL_DESCRIPTIONS.items():
        known[english] = key
        for text in lookup(key) or ():
            known[text] = key
    return known


def _translated(binding: Binding, known: dict[str, str]) -> Binding:
    """``binding`` with its description and tooltip in the current language."""
    description = known.get(binding.description)
    tooltip = known.get(binding.tooltip)
    if description is None and tooltip is None:
        return binding
    return replace(
        binding,
        description=binding.description if description is None else t(description),
        tooltip=binding.tooltip if tooltip is None else t(tooltip),
    )


def translate_textual_bindings() -> None:
    """Rewrite Textual's binding descriptions in every widget class, in the current language."""
    # Some 250 bindings at start-up: each description is looked up, not searched for.
    known = _known_descriptions()
    for cls in set(_node_classes()):
        merged = cls.__dict__.get("_merged_bindings")
        if merged is None:
            continue
        for key, bindings in merged.key_to_bindings.items():
            merged.key_to_bindings[key] = [_translated(b, known) for b in bindings]
