"""A :class:`~textual.widgets.Static` whose height follows its content however soon it
changes (a fix of a Textual 8 cache).

Textual keeps a widget's measured size (its box model) until the widget's count of
layout requests changes, and counts a request only when none is pending. A widget whose
content changes while the layout it asked for when it was built (or last changed) is
still pending therefore keeps the height measured in between by another widget's layout:
the home board, given the rules' section a frame after its figures, stayed eight rows too
short and the section was cut off. :class:`MeasuredStatic` counts every layout request.
It relies on two private attributes of ``Widget``; ``tests/tui/test_screen_opening_work``
fails if a Textual release changes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

if TYPE_CHECKING:  # annotations only: typing_extensions is not one of our dependencies
    from textual.geometry import Region
    from typing_extensions import Self


class MeasuredStatic(Static):
    """A Static that is measured again after every change of its content."""

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if layout and self._layout_required:
            self._layout_updates += 1  # what Textual does when no layout is pending
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
