"""Render a :class:`~grouptui.export.model.Sheet` to an .xlsx workbook ready to print.

A township office prints these forms: landscape A4, the header rows repeated at the top of
every page, the whole width on one page (as many pages down as needed), a merged title row
and a frozen header. Column widths are computed here because spreadsheet autofit sizes a
column by character count and a Chinese character is two columns wide: a width counts 2
for every East Asian wide or fullwidth character (``unicodedata.east_asian_width``).

User text is always stored as text: a cell starting with ``=`` stays a string (never a
formula), control characters that the format cannot carry are dropped, and a text longer
than Excel's 32,767-character cell limit is cut with a visible marker.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from grouptui.export.docx_layout import sanitize_text
from grouptui.export.files import atomic_write
from grouptui.export.model import Sheet
from grouptui.i18n import t

#: Excel refuses a cell with more characters than this.
EXCEL_CELL_MAX = 32767
#: Column widths (in Excel's character units) are kept between these; longer text wraps.
MIN_WIDTH, MAX_WIDTH = 4.0, 50.0
#: Room for the cell padding and the borders.
PADDING = 2.0

HEADER_FONT = "黑体"
BODY_FONT = "宋体"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def display_width(text: str) -> int:
    """Columns ``text`` takes on screen: 2 for wide/fullwidth characters, else 1.

    For text of several lines, the widest line.
    """
    widest = 0
    for line in text.split("\n"):
        width = 0
        for char in line:
            if unicodedata.combining(char):
                continue
            width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        widest = max(widest, width)
    return widest


def column_widths(header: list[str], rows: list[list]) -> list[float]:
    """Excel widths for each column: the widest cell (header included), padded, clamped."""
    widths = []
    for col, head in enumerate(header):
        widest = max(
            [display_width(head)]
            + [display_width(_text(row[col])) for row in rows if col < len(row)]
        )
        widths.append(min(MAX_WIDTH, max(MIN_WIDTH, widest + PADDING)))
    return widths


def _text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def cell_text(value: str) -> str:
    """``value`` as a cell can hold it: sanitized, and cut at Excel's limit with a marker."""
    clean = sanitize_text(value)
    if len(clean) <= EXCEL_CELL_MAX:
        return clean
    marker = t("export_truncated", n=len(clean))
    return clean[: EXCEL_CELL_MAX - len(marker)] + marker


def _put(ws: Worksheet, row: int, col: int, value: object, *, numeric: bool = False):
    cell = ws.cell(row=row, column=col)
    if numeric and isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
        cell.alignment = Alignment(horizontal="center", vertical="center")
    else:
        cell.value = cell_text(_text(value))
        cell.data_type = "s"  # never a formula, whatever the text starts with
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.font = Font(name=BODY_FONT, size=11)
    cell.border = _BORDER
    return cell


def _header_cell(ws: Worksheet, row: int, col: int, text: str) -> None:
    cell = ws.cell(row=row, column=col, value=cell_text(text))
    cell.data_type = "s"
    cell.font = Font(name=HEADER_FONT, size=11, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.border = _BORDER


def fill_sheet(ws: Worksheet, sheet: Sheet) -> None:
    """Lay ``sheet`` out on ``ws`` with its print setup."""
    ncols = len(sheet.header)
    last = get_column_letter(ncols)
    ws.title = sheet.name[:31] or "Sheet1"

    ws.cell(row=1, column=1, value=cell_text(sheet.title)).data_type = "s"
    ws["A1"].font = Font(name=HEADER_FONT, size=18, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 32
    ws.cell(row=2, column=1, value=cell_text(sheet.subtitle)).data_type = "s"
    ws["A2"].font = Font(name=BODY_FONT, size=11)
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(f"A2:{last}2")

    first_header = 3
    if sheet.groups:
        col = 1
        for label, span in sheet.groups:
            if label == "" and span == 1:
                # A column without a group: its name spans both header rows.
                _header_cell(ws, first_header, col, sheet.header[col - 1])
                _header_cell(ws, first_header + 1, col, "")
                ws.merge_cells(
                    start_row=first_header,
                    start_column=col,
                    end_row=first_header + 1,
                    end_column=col,
                )
            else:
                _header_cell(ws, first_header, col, label)
                for c in range(col + 1, col + span):
                    _header_cell(ws, first_header, c, "")
                if span > 1:
                    ws.merge_cells(
                        start_row=first_header,
                        start_column=col,
                        end_row=first_header,
                        end_column=col + span - 1,
                    )
                for c in range(col, col + span):
                    _header_cell(ws, first_header + 1, c, sheet.header[c - 1])
            col += span
        last_header = first_header + 1
    else:
        for col, text in enumerate(sheet.header, 1):
            _header_cell(ws, first_header, col, text)
        last_header = first_header

    row = last_header
    for row, values in enumerate(sheet.rows, last_header + 1):
        for col in range(1, ncols + 1):
            value = values[col - 1] if col - 1 < len(values) else ""
            _put(ws, row, col, value, numeric=(col - 1) in sheet.numeric)
    if sheet.note:
        row += 1
        ws.cell(row=row, column=1, value=cell_text(sheet.note)).data_type = "s"
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)

    for col, width in enumerate(column_widths(sheet.header, sheet.rows), 1):
        ws.column_dimensions[get_column_letter(col)].width = width

    ws.freeze_panes = f"{get_column_letter(1 + sheet.frozen_cols)}{last_header + 1}"
    ws.print_title_rows = f"{first_header}:{last_header}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit, footer = ws.sheet_properties.pageSetUpPr, ws.oddFooter
    assert fit is not None and footer is not None  # openpyxl makes both with every sheet
    fit.fitToPage = True
    ws.print_options.horizontalCentered = True
    footer.center.text = "&P / &N"


def write_xlsx(sheets: Sheet | list[Sheet], path: Path) -> Path:
    """Write ``sheets`` (one or several, each its own tab, in order) at ``path`` atomically."""
    if isinstance(sheets, Sheet):
        sheets = [sheets]
    wb = Workbook()
    for n, sheet in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet()
        assert isinstance(ws, Worksheet)  # a new workbook's sheets are worksheets
        fill_sheet(ws, sheet)
    return atomic_write(path, wb.save)
