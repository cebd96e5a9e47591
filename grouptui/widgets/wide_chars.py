"""Chinese characters drawn whole over other widgets (a fix of Textual's compositor).

Textual paints a screen line by line in "chops": the line is cut at every widget's left
and right edge, and each piece is taken from the topmost widget there. A dropdown open
over a row of buttons is therefore cut where each button starts and ends, and a
double-width character lying across such a cut is split into two halves, which Rich
replaces by two spaces: "大沙河镇机关    代表之家代表活  计划" instead of the option's
full text (Textualize/textual#6357, open upstream for Textual 8).

:func:`install` replaces the compositor's chop rendering with one that does not cut a
widget's line where the same widget also fills the next piece and a wide character lies
across the cut: the two pieces are drawn as one, and the second keeps an empty placeholder
so that no widget below claims it. Everything else is drawn exactly as Textual draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from rich.cells import cell_len
from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip

_installed = False


def wide_starts(strip: Strip, among: Collection[int] | None = None) -> set[int]:
    """The cells of ``strip`` where a double-width character starts (only those of
    ``among``, if given: the segments that hold none of them are measured whole, which
    costs a cached lookup instead of one per character)."""
    starts: set[int] = set()
    x = 0
    for segment in strip:
        if segment.control:
            continue
        text = segment.text
        if among is not None or text.isascii():  # ASCII has no double-width character
            end = x + cell_len(text)
            if text.isascii() or not any(x <= cell < end for cell in among or ()):
                x = end
                continue
        for char in text:
            width = cell_len(char)
            if width == 2:
                starts.add(x)
            x += width
    return starts if among is None else starts & set(among)


def _render_chops(
    self: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> Sequence[Mapping[int, Strip]]:
    """Textual's ``Compositor._render_chops``, without splitting a wide character between
    two pieces that the same widget fills."""
    cuts = self.cuts
    chops: list[dict[int, Strip | None]] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    for region, clip, strips in self._get_renders(crop):
        render_region = region.intersection(clip)
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        for y, strip in zip(render_region.line_range, strips, strict=False):
            if not is_rendered_line(y):
                continue
            line = chops[y]
            final_cuts = [cut for cut in cuts[y] if last_cut >= cut >= first_cut]
            joined: set[int] = set()
            if len(final_cuts) > 2:
                # the inner cuts no widget above has filled on either side
                free = [
                    cut
                    for before, cut in zip(final_cuts, final_cuts[1:-1], strict=False)
                    if line.get(before) is None and line.get(cut) is None
                ]
                if free:
                    wide = wide_starts(strip, [cut - render_x - 1 for cut in free])
                    joined = {cut for cut in free if (cut - render_x - 1) in wide}
            kept = [cut for cut in final_cuts if cut not in joined]
            pieces = strip.divide([cut - render_x for cut in kept[1:]])
            for cut, piece in zip(kept, pieces, strict=False):
                if line.get(cut) is None:
                    line[cut] = piece
            for cut in joined:
                line[cut] = Strip([], 0)  # drawn by the piece before it
    return chops  # type: ignore[return-value]  # every chop is filled by now


def install() -> None:
    """Use the fixed chop rendering in every compositor of this process (idempotent)."""
    global _installed
    if _installed:
        return
    setattr(Compositor, "_render_chops", _render_chops)  # noqa: B010
    _installed = True


__all__: Any = ["install", "wide_starts"]
