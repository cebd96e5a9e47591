"""Reading a roster from a .csv or .xlsx file that an office already keeps.

Header names may be Chinese or English (姓名/name, 层级/levels, 选区/constituency,
电话/phone, 单位/unit, 新任/new, 任职日期/joined, 性别/gender, 出生年月/born,
民族/ethnicity, 政治面貌/party, 职务/post). CSV files may be UTF-8 (with or without BOM) or
GBK, as Excel on a Chinese Windows writes them. A row that cannot be used is skipped and
reported with its row number and the reason, as data: the caller words it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from grouptui.domain.models import Deputy
from grouptui.store.book import Book
from grouptui.store.errors import BookError
from grouptui.store.inputs import MAX_IMPORT_BYTES, read_input
from grouptui.store.roster import FieldError, checked_deputy, with_term

HEADERS = {
    "name": ("姓名", "name", "代表姓名"),
    "levels": ("层级", "级别", "levels", "level", "代表层级"),
    "constituency": ("选区", "constituency"),
    "phone": ("电话", "联系电话", "手机", "phone"),
    "unit": ("单位", "工作单位", "单位及职务", "unit"),
    "is_new": ("新任", "new", "is_new"),
    "joined_on": ("任职日期", "任职时间", "joined", "joined_on"),
    "gender": ("性别", "gender", "sex"),
    "born": ("出生年月", "出生日期", "born", "birth"),
    "ethnicity": ("民族", "ethnicity"),
    "party": ("政治面貌", "party"),
    "post": ("职务", "post", "position"),
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


@dataclass(frozen=True)
class SkippedRow:
    """A row of the file that was not imported, and why (a catalog key and its words)."""

    #: the row's number as the spreadsheet shows it (the header is row 1).
    row: int
    key: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class RosterFile:
    """What a roster file holds: the deputies by row number, and the rows skipped."""

    deputies: list[tuple[int, Deputy]] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)


def _columns(header: list[str]) -> dict[str, int]:
    """Field -> column index, from the header's names (Chinese or English)."""
    cells = [c.strip().lower() for c in header]
    columns: dict[str, int] = {}
    for key, names in HEADERS.items():
        for i, cell in enumerate(cells):
            if cell in names:
                columns[key] = i
                break
    return columns


def _deputy(values: dict[str, str], year: int) -> Deputy:
    """The deputy a row describes; :class:`FieldError` if a cell cannot be used."""
    phone = values.pop("phone", "")
    is_new = values.pop("is_new", "").lower() in _TRUE
    deputy = checked_deputy(Deputy(name=""), year=year, **values)
    # A phone is kept as the office wrote it: ``roster list`` flags an odd one.
    return with_term(replace(deputy, phone=phone, is_new=is_new), year)


def read_roster_file(path: Path, *, year: int) -> RosterFile:
    """The deputies a roster file lists for a book of ``year``, and the rows it skips.

    A deputy whose row gives no 任职日期 joined at the start of ``year``.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BookError("import_bad_type")
    if not path.exists():
        raise BookError("book_not_found", path=path)
    try:
        rows = _rows_csv(path) if suffix == ".csv" else _rows_xlsx(path)
    except OSError as exc:
        raise BookError("import_bad_file", path=path, reason=exc.strerror or exc) from None
    numbered = [(n, r) for n, r in enumerate(rows, 1) if any(c.strip() for c in r)]
    if not numbered:
        raise BookError("import_no_name_column", path=path)
    columns = _columns(numbered[0][1])
    if "name" not in columns:
        raise BookError("import_no_name_column", path=path)
    found = RosterFile()
    seen: set[str] = set()
    for number, row in numbered[1:]:
        values = {key: row[i].strip() if i < len(row) else "" for key, i in columns.items()}
        if not values["name"]:
            found.skipped.append(SkippedRow(number, "import_skip_no_name"))
            continue
        try:
            deputy = _deputy(values, year)
        except FieldError as exc:
            found.skipped.append(SkippedRow(number, exc.key, dict(exc.params)))
            continue
        if deputy.name in seen:
            found.skipped.append(SkippedRow(number, "import_skip_twice", {"name": deputy.name}))
            continue
        seen.add(deputy.name)
        found.deputies.append((number, deputy))
    return found


def add_imported(book: Book, found: RosterFile) -> tuple[list[Deputy], list[SkippedRow]]:
    """Save the file's deputies who are not on the roster yet; every skipped row, in order."""
    existing = {d.name for d in book.deputies.all() if d.active}
    fresh = [d for _, d in found.deputies if d.name not in existing]
    skipped = list(found.skipped) + [
        SkippedRow(n, "import_skip_exists", {"name": d.name})
        for n, d in found.deputies
        if d.name in existing
    ]
    book.deputies.save_many(fresh)
    return fresh, sorted(skipped, key=lambda s: s.row)
