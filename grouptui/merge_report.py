"""The merge report in words and rows: shared by ``grouptui merge`` and the merge screen.

Inputs are called by number, group, the device of their last save and its time (two
laptops' files often have the same name); every record the merge deletes or replaces is
named with the inputs that brought the change and those that lose their version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grouptui.domain.merge import MergeResult
from grouptui.domain.merge_changes import Change, InputInfo, Namer
from grouptui.i18n import t


def _numbers(indices: list[int]) -> str:
    return "、".join(f"#{i + 1}" for i in indices)


def _when(saved: str) -> str:
    return saved[:16].replace("T", " ") or "?"


def input_line(n: int, info: InputInfo, path: Path) -> str:
    """How input ``n`` (0-based) is called: group, year, device and time of its last save."""
    return t(
        "merge_input_line",
        n=n + 1,
        group=info.group,
        year=info.year,
        device=info.device or "?",
        saved=_when(info.saved),
        path=path,
    )


def changes_of(result: MergeResult) -> list[Change]:
    """Every named deletion and replacement, table by table."""
    return [c for report in result.tables.values() for c in report.changes]


def named(namer: Namer, change: Change) -> tuple[str, str]:
    """The title and date of a changed record (a deleted one by the version it deletes)."""
    shown = change.before if change.kind == "deleted" else change.doc
    return namer.title(change.table, shown), namer.date(change.table, shown)


def change_rows(result: MergeResult) -> list[list[str]]:
    """Per change: what, kind of record, title, date, brought by, inputs that lose theirs."""
    namer = Namer(result.data)
    rows = []
    for change in changes_of(result):
        title, day = named(namer, change)
        rows.append(
            [
                t(f"merge_change_{change.kind}"),
                t(f"table_{change.table}"),
                title or t("conflict_untitled"),
                day,
                _numbers(change.by) or t("merge_change_by_merge"),
                _numbers(change.losing),
            ]
        )
    return rows


def change_columns() -> list[str]:
    """The columns of :func:`change_rows`."""
    return [
        t("merge_col_change"),
        t("merge_col_kind"),
        t("merge_col_title"),
        t("merge_col_date"),
        t("merge_col_by"),
        t("merge_col_losing"),
    ]


def change_lines(result: MergeResult) -> list[str]:
    """The named changes as sentences (the command line's form of :func:`change_rows`)."""
    rows = change_rows(result)
    if not rows:
        return [t("merge_changes_none")]
    lines = [t("merge_changes_title", count=len(rows))]
    for what, kind, title, day, by, losing in rows:
        lines.append(
            t(
                "merge_change_line",
                what=what,
                kind=kind,
                title=title,
                date=day,
                by=by,
                losing=losing,
            )
        )
    return lines


def report_json(result: MergeResult, inputs: list[Path], out: Path, written: bool) -> dict:
    """The merge report as one JSON document (English keys)."""
    namer = Namer(result.data)
    return {
        "inputs": [str(p) for p in inputs],
        "input_books": [
            {
                "path": str(path),
                "group": info.group,
                "year": info.year,
                "device": info.device,
                "saved": info.saved,
            }
            for path, info in zip(inputs, result.inputs, strict=True)
        ],
        "output": str(out),
        "written": written,
        "conflicts": result.conflicts,
        "changes": [
            {
                "table": c.table,
                "id": c.id,
                "kind": c.kind,
                **dict(zip(("title", "date"), named(namer, c), strict=True)),
                "by": [i + 1 for i in c.by],
                "losing": [i + 1 for i in c.losing],
            }
            for c in changes_of(result)
        ],
        "tables": {
            name: {
                "from_inputs": r.from_inputs,
                "added": r.added,
                "updated": r.updated,
                "deleted": r.deleted,
                "conflicts": r.conflicts,
                "total": r.total,
            }
            for name, r in result.tables.items()
        },
        "duplicates": [{"name": d.name, "ids": d.ids} for d in result.duplicates],
        "notes": [t(key, **params) for key, params in result.notes],
    }


#: up to this many inputs, their counts are columns of the per-table report.
INLINE_INPUTS = 4


def report_table(result: MergeResult) -> tuple[list[str], list[list[Any]]]:
    """The per-table report: table, per input (when few), merged, added, updated, deleted,
    conflicts."""
    count = len(next(iter(result.tables.values())).from_inputs) if result.tables else 0
    inline = count <= INLINE_INPUTS
    columns = [t("merge_col_table")]
    if inline:
        columns += [f"#{i + 1}" for i in range(count)]
    columns += [
        t("merge_col_total"),
        t("merge_col_added"),
        t("merge_col_updated"),
        t("merge_col_deleted"),
        t("merge_col_conflicts"),
    ]
    rows = []
    for name, r in result.tables.items():
        per_input = list(r.from_inputs) if inline else []
        rows.append(
            [t(f"table_{name}"), *per_input, r.total, r.added, r.updated, r.deleted, r.conflicts]
        )
    return columns, rows


def inputs_table(result: MergeResult, inputs: list[Path]) -> tuple[list[str], list[list[Any]]]:
    """Per input book and table: how many merged records' winning versions it held."""
    names = list(result.tables)
    columns = [t("merge_col_book"), *(t(f"table_{n}") for n in names)]
    rows = []
    for i in range(len(inputs)):
        rows.append([f"#{i + 1}", *(result.tables[n].from_inputs[i] for n in names)])
    return columns, rows


def report_lines(
    result: MergeResult, inputs: list[Path], out: Path, written: bool, *, changes: bool = True
) -> list[str]:
    """The lines printed under the tables: inputs, legend, notes, duplicates, the named
    changes (unless ``changes`` is false: the screen shows them as a table), outcome."""
    named_inputs = zip(inputs, result.inputs, strict=True)
    lines = [input_line(i, info, path) for i, (path, info) in enumerate(named_inputs)]
    lines.append(t("merge_from_legend"))
    lines.append(t("merge_counts_legend"))
    lines += [t(key, **params) for key, params in result.notes]
    for dup in result.duplicates:
        lines.append(
            t("merge_duplicate", name=dup.name, count=len(dup.ids), ids=", ".join(dup.ids))
        )
    if changes:
        lines += change_lines(result)
    lines.append(t("merge_written", path=out) if written else t("merge_dry_run"))
    if result.conflicts:
        lines.append(t("merge_conflicts_left", count=result.conflicts, path=out))
    else:
        lines.append(t("merge_no_conflicts"))
    return lines
