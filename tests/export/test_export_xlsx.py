"""The spreadsheets read back with openpyxl: values, merged headers, print setup, widths."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from grouptui.export.render_xlsx import EXCEL_CELL_MAX, column_widths, display_width
from tests.support.data import NASTY
from tests.support.exported import export, kept


@pytest.fixture
def register(cli, nasty_book: Path, export_dir: Path):
    result = export(cli, nasty_book, export_dir, "--what", "register")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name == "新河镇第一代表小组-2026-代表履职情况登记表.xlsx"
    return openpyxl.load_workbook(path).active


def _header(ws, row: int) -> list:
    return [ws.cell(row=row, column=c).value for c in range(1, ws.max_column + 1)]


def test_register_title_and_two_header_rows_are_merged(register) -> None:
    ws = register
    assert ws["A1"].value == "代表履职情况登记表"
    merged = {str(r) for r in ws.merged_cells.ranges}
    last = openpyxl.utils.get_column_letter(ws.max_column)
    assert f"A1:{last}1" in merged
    assert f"A2:{last}2" in merged
    assert "A3:A4" in merged and "B3:B4" in merged  # 序号, 姓名 span both header rows
    assert "C3:C4" in merged  # 任职时间 (the roster has no profile to show)
    assert "D3:N3" in merged  # 履职记录（条） over the eleven duty categories
    assert ws["C3"].value == "任职时间" and ws["D3"].value == "履职记录（条）"
    assert _header(ws, 4)[3:14] == [
        "人代会",
        "学习",
        "视察",
        "调研",
        "执法检查",
        "评议",
        "接待",
        "联系选民",
        "提建议",
        "述职次数",
        "其他",
    ]
    assert _header(ws, 3)[14:] == [
        "参加接待日",
        "建议数",
        "办理情况",
        "培训天数",
        "届内培训",
        "述职",
        "满意度",
        "备注",
    ]
    assert "新河镇第一代表小组" in ws["A2"].value and "2026" in ws["A2"].value


def _value(ws, name: str, column: str):
    rows = {ws.cell(row=r, column=2).value: r for r in range(5, ws.max_row + 1)}
    header = _header(ws, 4)
    col = header.index(column) + 1 if column in header else _header(ws, 3).index(column) + 1
    return ws.cell(row=rows[name], column=col).value


def test_register_counts_of_the_nasty_book(register) -> None:
    ws = register
    names = [ws.cell(row=r, column=2).value for r in range(5, 8)]
    assert names == ["张三", "李四", "王五"]
    assert [ws.cell(row=r, column=1).value for r in range(5, 8)] == [1, 2, 3]
    assert _value(ws, "张三", "视察") == 4
    assert _value(ws, "张三", "接待") == 1  # the duty entry of the reception
    assert _value(ws, "张三", "参加接待日") == 1  # present at the reception
    assert _value(ws, "张三", "建议数") == len(NASTY) + 3
    assert _value(ws, "张三", "满意度") == f"满意{len(NASTY) + 3}"
    assert _value(ws, "李四", "学习") == 1
    assert _value(ws, "李四", "参加接待日") == 0  # on leave from the reception
    assert _value(ws, "李四", "培训天数") == 0  # 8 hours typed, no study record attended
    assert _value(ws, "李四", "提建议") == 1
    assert _value(ws, "王五", "视察") == 0 and _value(ws, "王五", "备注") is None
    assert ws.cell(row=8, column=1).value.startswith("同一文件夹里没有往年的账册")


def test_register_print_setup(register) -> None:
    ws = register
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.print_title_rows == "$3:$4"
    assert int(ws.page_setup.fitToWidth) == 1
    assert int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.freeze_panes == "C5"


def test_register_widths_count_chinese_characters_twice(register) -> None:
    ws = register
    width_b = ws.column_dimensions["B"].width  # 姓名: two-character names, header 姓名
    assert width_b == pytest.approx(max(display_width("姓名"), display_width("张三")) + 2)
    satisfaction = _header(ws, 3).index("满意度") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(satisfaction)].width
    assert width == pytest.approx(display_width(f"满意{len(NASTY) + 3}") + 2)


def test_register_for_one_deputy_and_one_quarter(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(
        cli, nasty_book, export_dir, "--what", "register", "--deputy", "张三", "--quarter", "2"
    )
    assert result.code == 0, result.err
    ws = openpyxl.load_workbook(Path(result.out.strip())).active
    assert [ws.cell(row=r, column=2).value for r in range(5, ws.max_row)] == ["张三"]
    assert _value(ws, "张三", "视察") == 2  # April and May
    assert _value(ws, "张三", "建议数") == 3  # dated April, May, June
    assert "第二季度" in ws["A2"].value


def test_display_width() -> None:
    assert display_width("abc") == 3
    assert display_width("代表") == 4
    assert display_width("ＡＢ") == 4  # fullwidth
    assert display_width("😀") == 2
    assert display_width("第一行\nab") == 6
    assert display_width("e\u0301") == 1  # a combining accent takes no column
    assert column_widths(["姓名"], [["欧阳修文"]]) == [10.0]
    assert column_widths(["x"], [["长" * 100]]) == [50.0]  # longer text wraps


def test_suggestions_keep_every_nasty_string_as_text(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "suggestions")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name == "新河镇第一代表小组-2026-建议批评和意见.xlsx"
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "代表建议、批评和意见办理情况"
    assert _header(ws, 3)[:6] == ["序号", "标题", "内容", "提出人", "附议人", "日期"]
    titles = [ws.cell(row=r, column=2).value for r in range(4, ws.max_row + 1)]
    contents = {
        ws.cell(row=r, column=2).value: ws.cell(row=r, column=3) for r in range(4, ws.max_row + 1)
    }
    for n, nasty in enumerate(NASTY):
        title = kept(f"建议{n}{nasty}")
        assert title in titles
        assert contents[title].value == kept(nasty)
    formula = contents[f"建议{len(NASTY)}=1+1"]
    assert formula.value == "=1+1" and formula.data_type == "s"  # text, never a formula
    assert ws.cell(row=4, column=4).value == "张三"
    assert ws.cell(row=4, column=5).value == "李四"
    assert ws.freeze_panes == "C4"
    assert ws.print_title_rows == "$3:$3"


def test_overlong_cells_are_cut_at_excels_limit_with_a_marker(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "suggestions")
    ws = openpyxl.load_workbook(Path(result.out.strip())).active
    cells = [ws.cell(row=r, column=3).value or "" for r in range(4, ws.max_row + 1)]
    longest = max(cells, key=len)
    assert len(longest) == EXCEL_CELL_MAX
    assert longest.startswith("测" * 1000)
    assert "40000" in longest[-80:]


def test_plan_as_xlsx(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "plan", "--format", "xlsx")
    assert result.code == 0, result.err
    ws = openpyxl.load_workbook(Path(result.out.strip())).active
    # each heading says one thing (issue 16): the activity, then its details
    assert _header(ws, 3) == [
        "季度",
        "时间",
        "形式",
        "活动内容",
        "具体内容",
        "组织者",
        "状态",
        "落实情况",
        "“五个有”",
        None,
        None,
        None,
        None,
    ]
    assert _header(ws, 4)[8:] == ["计划", "内容", "记录", "小结", "追踪"]
    assert ws.print_title_rows == "$3:$4"
    assert [ws.cell(row=5, column=c).value for c in (1, 2, 3, 7)] == [
        "第二季度",
        "5月",
        "视察",
        "已完成",  # carried out by a record dated today (issue 13)
    ]
    assert ws.cell(row=5, column=8).value.startswith("2026年5月20日")
    assert _header(ws, 5)[8:] == ["有"] * 5


def test_empty_book_register_says_so(cli, tmp_path: Path, export_dir: Path) -> None:
    from grouptui.store.book import Book

    empty = tmp_path / "empty.json"
    Book.create(empty, group="空小组", year=2026).close()
    result = export(cli, empty, export_dir, "--what", "register")
    assert result.code == 0, result.err
    ws = openpyxl.load_workbook(Path(result.out.strip())).active
    assert ws["A5"].value == "名册里还没有代表。"
