"""The registration form (代表履职情况登记表) carries the paper form's profile: 性别, 出生年月,
民族, 政治面貌, 单位及职务, and the term, in ``register``, ``register --json`` and the
exported spreadsheet (issue 13 case 1)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

PROFILE = ["性别", "出生年月", "民族", "政治面貌", "单位及职务", "任职时间"]


def profiled(cli, book_path: Path) -> Path:
    args = ["--gender", "女", "--born", "1972-03", "--ethnicity", "壮族", "--party", "中共党员"]
    args += ["--unit", "镇卫生院", "--post", "院长", "--joined", "2026-04-01"]
    assert cli("--book", book_path, "roster", "add", "赵六", *args).code == 0
    return book_path


def test_register_json_and_text_carry_the_profile(cli, book_path: Path) -> None:
    profiled(cli, book_path)
    doc = json.loads(cli("--book", book_path, "register", "--json").out)
    zhao = next(r for r in doc["rows"] if r["name"] == "赵六")
    assert (zhao["gender"], zhao["born"], zhao["ethnicity"], zhao["party"]) == (
        "female",
        "1972-03",
        "壮族",
        "中共党员",
    )
    assert (zhao["unit"], zhao["post"], zhao["joined_on"]) == ("镇卫生院", "院长", "2026-04-01")
    text = cli("--book", book_path, "register").out
    assert "女，1972年3月生，壮族，中共党员，镇卫生院 院长；2026年4月1日起任职" in text


def test_register_spreadsheet_has_the_profile_columns(cli, book_path: Path, tmp_path) -> None:
    profiled(cli, book_path)
    out = tmp_path / "out"
    out.mkdir()
    result = cli("--book", book_path, "export", "--out", out, "--what", "register")
    assert result.code == 0, result.err
    ws = openpyxl.load_workbook(Path(result.out.strip())).active
    # a column outside a group is named in the first header row, merged down
    header = [
        ws.cell(row=4, column=c).value or ws.cell(row=3, column=c).value
        for c in range(1, ws.max_column + 1)
    ]
    assert header[2:8] == PROFILE
    rows = {
        ws.cell(row=r, column=2).value: [ws.cell(row=r, column=c).value for c in range(3, 9)]
        for r in range(5, 5 + 4)
    }
    assert rows["赵六"] == [
        "女",
        "1972年3月",
        "壮族",
        "中共党员",
        "镇卫生院 院长",
        "2026年4月1日起",
    ]
    assert rows["张三"][-1] == "2026年1月1日起"
