"""Text helpers of the duty, suggestion and record screens' tables.

(The modal form these screens used to share is now the dialog kit's
:class:`grouptui.widgets.form_dialog.FormDialog`.)
"""

from __future__ import annotations


def fit(text: str, cells: int) -> str:
    """``text`` on one line, cut to ``cells`` terminal cells (a CJK character takes two)."""
    from rich.cells import cell_len

    flat = " ".join((text or "").split())
    if cell_len(flat) <= cells:
        return flat
    out, used = [], 0
    for char in flat:
        width = cell_len(char)
        if used + width > cells - 3:
            break
        out.append(char)
        used += width
    return "".join(out) + "..."
