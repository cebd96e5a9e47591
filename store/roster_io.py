"""Reading a roster from a .csv or .xlsx file that an office already keeps.

Header names may be Chinese or English (姓名/name, 层级/levels, 选区/constituency,
电话/phone, 单位/unit, 新任/new). CSV files may be UTF-8 (with or without BOM) or GBK, as
Excel on a Chinese Windows writes them.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from grouptui.domain.models import Deputy
from grouptui.domain.roster import RosterError, clean_name, parse_levels
from grouptui.store.errors import BookError
from grouptui.store.inputs import MAX_IMPORT_BYTES, read_input

HEADERS = {
    "name": ("姓名", "name", "代表姓名"),
    "levels": ("层级", "级别", "levels", "level", "代表层级"),
    "constituency": ("选区", "constituency"),
    "phone": ("电话", "联系电话", "手机", "phone"),
    "unit": ("单位", "工作单位", "unit"),
    "is_new": ("新任", "new", "is_new"),
}
_TRUE = {"是", "新任", "yes", "y", "true", "1", "√", "✓"}


def _rows_csv(path: Path) -> list[list[str]]:
    raw = read_input(path, MAX_IMPORT_BYTES)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise BookError("import_bad_file", path=path, reason="encoding")
    reader = csv.reader(io.StringIO(text))
    try:
        return list(reader)
    except csv.Error:
        # A field over the csv module's 131,072 characters, a NUL byte: no roster has one.
        raise BookError("import_bad_csv", path=path, line=reader.line_num) from None


def _rows_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.chartsheet import Chartsheet

    read_input(path, MAX_IMPORT_BYTES)  # refuses a FIFO or a device before openpyxl reads
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise BookError("import_bad_file", path=path, reason=type(exc).__name__) from None
    try:
        sheet = workbook.active
        if sheet is None or isinstance(sheet, Chartsheet):  # no rows to read
            return []
        return [
            ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
        ]
    except Exception as exc:  # a damaged sheet fails only when its rows are read
        raise BookError("import_bad_file", path=path, reason=type(exc).__name__) from None
    finally:
        workbook.close()


def read_roster_file(path: Path, *, today: date) -> tuple[list[Deputy], int]:
    """The deputies a roster file lists and how many rows were skipped."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BookError("import_bad_type")
    if not path.exists():
        raise BookError("book_not_found", path=path)
    try:
        rows = _rows_csv(path) if suffix == ".csv" else _rows_xlsx(path)
    except OSError as exc:
        raise BookError("import_bad_file", path=path, reason=exc.strerror or exc) from None
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise BookError("import_no_name_column", path=path)
    header = [c.strip().lower() for c in rows[0]]
    columns: dict[str, int] = {}
    for key, names in HEADERS.items():
        for i, title in enumerate(header):
            if title in names:
                columns[key] = i
                break
    if "name" not in columns:
        raise BookError("import_no_name_column", path=path)
    deputies: list[Deputy] = []
    skipped = 0
    seen: set[str] = set()

    def cell(row: list[str], key: str) -> str:
        i = columns.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    for row in rows[1:]:
        try:
            name = clean_name(cell(row, "name"))
            levels = parse_levels([cell(row, "levels")]) if cell(row, "levels") else []
        except RosterError:
            skipped += 1
            continue
        if name in seen:
            skipped += 1
            continue
        seen.add(name)
        deputies.append(
            Deputy(
                name=name,
                levels=levels,
                constituency=cell(row, "constituency"),
                phone=cell(row, "phone"),
                unit=cell(row, "unit"),
                is_new=cell(row, "is_new").lower() in _TRUE,
                joined_on=today,
            )
        )
    return deputies, skipped
