"""Pick any number of choices from a short closed list, in a compact grid of check boxes."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid
from textual.message import Message
from textual.widgets import Checkbox


class ChoiceGroup(Grid):
    """Check boxes for the choices of a closed vocabulary (levels, tags ...).

    Args:
        choices: (label, key) pairs, in the order shown; labels are plain text.
        selected: the keys ticked at first.
        columns: check boxes per row.
        id: the widget's id.

    ``value`` is the list of ticked keys, in ``choices`` order; every change posts
    :class:`ChoiceGroup.Changed`.
    """

    DEFAULT_CSS = """
    ChoiceGroup {
        height: auto;
        grid-gutter: 0 2;
        border: tall $border-blurred;
        padding: 0 1;
    }
    ChoiceGroup:focus-within {
        border: tall $border;
    }
    ChoiceGroup > Checkbox {
        width: auto;
    }
    """

    class Changed(Message):
        """The ticked keys changed."""

        def __init__(self, group: ChoiceGroup, value: list[str]) -> None:
            super().__init__()
            #: the group that changed.
            self.group = group
            #: the keys now ticked.
            self.value = value

        @property
        def control(self) -> ChoiceGroup:
            """The group that changed."""
            return self.group

    def __init__(
        self,
        choices: Iterable[tuple[str, str]],
        selected: Iterable[str] = (),
        *,
        columns: int = 4,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._choices = list(choices)
        self._selected = set(selected)
        self.styles.grid_size_columns = columns

    def compose(self) -> ComposeResult:
        from textual.content import Content

        for text, key in self._choices:
            # a str is plain text (a deputy's name may hold brackets), never markup
            label = Content(text) if isinstance(text, str) else text
            box = Checkbox(label, key in self._selected, name=key, compact=True)
            yield box

    @property
    def value(self) -> list[str]:
        """The ticked keys, in the order of the choices."""
        ticked = {box.name for box in self.query(Checkbox) if box.value}
        return [key for _text, key in self._choices if key in ticked]

    @on(Checkbox.Changed)
    def _changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, self.value))
