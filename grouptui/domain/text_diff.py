"""Where two versions of a text differ: segments of each side, the differing ones marked.

Two long minutes that differ in their last sentence look the same in a table cell; the
conflicts screen shows these segments instead, with the differing parts highlighted and
long runs the two share cut to their ends. Pure (difflib); the screen renders the
segments as plain ``rich.text.Text``, never as markup.
"""

from __future__ import annotations

import difflib

#: characters of a shared run kept on each side of a difference.
CONTEXT = 30
#: what stands for the shared characters left out.
ELLIPSIS = "…"
#: beyond this many characters per side, the texts are compared whole (difflib is
#: quadratic in the worst case), the one segment marked as differing.
LIMIT = 20000

#: one piece of a side's text and whether it differs from the other side.
Segment = tuple[str, bool]


def _shared(text: str, first: bool, last: bool, context: int) -> str:
    """A run both sides share, cut to ``context`` characters next to each difference."""
    if first and last:
        return text
    if first:
        return text if len(text) <= context else ELLIPSIS + text[-context:]
    if last:
        return text if len(text) <= context else text[:context] + ELLIPSIS
    if len(text) <= 2 * context + len(ELLIPSIS):
        return text
    return text[:context] + ELLIPSIS + text[-context:]


def diff_pair(a: str, b: str, context: int = CONTEXT) -> tuple[list[Segment], list[Segment]]:
    """The segments of ``a`` and of ``b``: shared runs (cut) and differing parts (marked)."""
    if a == b:
        return [(a, False)], [(b, False)]
    if len(a) > LIMIT or len(b) > LIMIT:
        return [(a, True)], [(b, True)]
    left: list[Segment] = []
    right: list[Segment] = []
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            run = _shared(a[i1:i2], n == 0, n == len(ops) - 1, context)
            left.append((run, False))
            right.append((run, False))
            continue
        if i2 > i1:
            left.append((a[i1:i2], True))
        if j2 > j1:
            right.append((b[j1:j2], True))
    return left, right
