"""The merge report in words and rows: shared by ``grouptui merge`` and the merge screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grouptui.domain.merge import MergeResult
from grouptui.i18n import t


def report_json(result: MergeResult, inputs: list[Path], out: Path, written: bool) -> dict:
    """The merge report as one JSON document (English keys)."""
    return {
        "inputs": [str(p) for p in inputs],
        "output": str(out),
        "written": written,
        "conflicts": result.conflicts,
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


def report_lines(result: MergeResult, inputs: list[Path], out: Path, written: bool) -> list[str]:
    """The lines printed under the tables: legend, notes, duplicates, outcome."""
    lines = [f"#{i + 1}  {path}" for i, path in enumerate(inputs)]
    lines.append(t("merge_from_legend"))
    lines.append(t("merge_compared", path=inputs[0]))
    lines += [t(key, **params) for key, params in result.notes]
    for dup in result.duplicates:
        lines.append(
            t("merge_duplicate", name=dup.name, count=len(dup.ids), ids=", ".join(dup.ids))
        )
    lines.append(t("merge_written", path=out) if written else t("merge_dry_run"))
    if result.conflicts:
        lines.append(t("merge_conflicts_left", count=result.conflicts, path=out))
    else:
        lines.append(t("merge_no_conflicts"))
    return lines
