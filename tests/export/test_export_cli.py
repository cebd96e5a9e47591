"""``grouptui export`` on the command line: defaults, bad input, --force, PDF."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from grouptui.export import pdf as pdf_module
from tests.support.data import file_digest
from tests.support.exported import export

GROUP = "新河镇第一代表小组-2026"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_default_exports_every_book_in_its_usual_format(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    result = export(cli, nasty_book, export_dir)
    assert result.code == 0, result.err
    names = [Path(line).name for line in result.out.splitlines()]
    assert names == [
        f"{GROUP}-闭会期间代表活动记录本.docx",
        f"{GROUP}-代表履职记录本.docx",
        f"{GROUP}-代表履职情况登记表.xlsx",
        f"{GROUP}-分季活动计划及落实情况.docx",
        f"{GROUP}-建议批评和意见.xlsx",
        f"{GROUP}-年度工作总结.docx",
    ]
    assert _listing(export_dir) == sorted(names)  # no temp files left behind


def test_a_format_some_books_lack_is_said_on_stderr(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    result = export(cli, nasty_book, export_dir, "--format", "docx")
    assert result.code == 0
    assert len(result.out.splitlines()) == 4  # with the year summary
    assert "代表履职情况登记表、建议批评和意见没有 docx 格式" in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--quarter", "5"), "季度应为 1 到 4，而不是“5”。"),
        (("--quarter", "0"), "季度应为 1 到 4"),
        (("--quarter", "x"), "季度应为 1 到 4"),
        (("--deputy", "赵六"), "名册里没有代表“赵六”。"),
        (("--what", "minutes"), "没有“minutes”这种账册"),
        (("--format", "pptx"), "不支持“pptx”格式"),
        (
            ("--what", "register", "--format", "docx"),
            "代表履职情况登记表不能导出为 docx，可用格式：xlsx, md, html, json。",
        ),
        (("--what", "record-book", "--format", "xlsx"), "不能导出为 xlsx"),
        (("--what", "record-book", "--deputy", "张三"), "--deputy 只用于履职记录本和登记表"),
    ],
)
def test_bad_input_is_one_sentence_exit_2_nothing_written(
    cli, nasty_book: Path, export_dir: Path, args: tuple[str, ...], message: str
) -> None:
    before = file_digest(nasty_book)
    result = export(cli, nasty_book, export_dir, *args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert _listing(export_dir) == []
    assert file_digest(nasty_book) == before


def test_english_messages(cli, nasty_book: Path, export_dir: Path) -> None:
    result = cli(
        "--lang", "en", "--book", nasty_book, "export", "--out", export_dir, "--quarter", "7"
    )
    assert result.code == 2
    assert result.err.strip() == "The quarter must be 1 to 4, not '7'."


def test_out_folder_that_is_a_file(cli, nasty_book: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    for out in (a_file, a_file / "sub"):
        result = export(cli, nasty_book, out)
        assert result.code == 2
        assert f"{a_file} 是一个文件，不是文件夹" in result.err
    assert a_file.read_text() == "x"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_read_only_out_folder(cli, nasty_book: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = export(cli, nasty_book, folder)
        assert result.code == 2
        assert "无法写入文件夹" in result.err
    finally:
        folder.chmod(0o755)


def test_read_only_out_folder_simulated(
    cli, nasty_book: Path, export_dir: Path, monkeypatch
) -> None:
    """The same path as a real read-only folder, for runs as root (where chmod does not bite)."""
    import tempfile

    real = tempfile.mkstemp

    def refuse(*args, **kwargs):
        if kwargs.get("dir") is not None and Path(kwargs["dir"]) == export_dir:
            raise PermissionError(13, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = export(cli, nasty_book, export_dir)
    assert result.code == 2
    assert f"无法写入文件夹 {export_dir}（只读或没有权限）" in result.err
    assert _listing(export_dir) == []


def test_missing_out_folder_is_created(cli, nasty_book: Path, tmp_path: Path) -> None:
    out = tmp_path / "年终" / "上交"
    result = export(cli, nasty_book, out, "--what", "register")
    assert result.code == 0, result.err
    assert _listing(out) == [f"{GROUP}-代表履职情况登记表.xlsx"]


def test_existing_files_are_kept_without_force(cli, nasty_book: Path, export_dir: Path) -> None:
    assert export(cli, nasty_book, export_dir, "--what", "register").code == 0
    target = export_dir / f"{GROUP}-代表履职情况登记表.xlsx"
    target.write_bytes(b"mine")
    result = export(cli, nasty_book, export_dir, "--what", "register")
    assert result.code == 2
    assert result.err.strip() == f"{target} 已存在，未作改动；如要覆盖请加 --force。"
    assert target.read_bytes() == b"mine"
    # all: nothing is written when any one file exists
    result = export(cli, nasty_book, export_dir)
    assert result.code == 2
    assert _listing(export_dir) == [target.name]
    result = export(cli, nasty_book, export_dir, "--what", "register", "--force")
    assert result.code == 0
    assert target.read_bytes()[:2] == b"PK"


def test_unsafe_group_names_make_safe_file_names(cli, tmp_path: Path, export_dir: Path) -> None:
    from grouptui.store.book import Book

    path = tmp_path / "b.json"
    with Book.create(path, group='A<>:"|?*组', year=2026) as book:
        book.update_meta(group='..<>:"|?*组')
    result = export(cli, path, export_dir, "--what", "register")
    assert result.code == 0, result.err
    written = Path(result.out.strip())
    assert written.parent == export_dir
    assert not set('<>:"|?*') & set(written.name)
    assert ".." not in written.name


def test_pdf_without_libreoffice_says_how_to_get_it(
    cli, nasty_book: Path, export_dir: Path, monkeypatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    result = export(cli, nasty_book, export_dir, "--format", "pdf")
    assert result.code == 2
    assert (
        "导出 PDF 需要 LibreOffice" in result.err and "apt install libreoffice-writer" in result.err
    )
    assert _listing(export_dir) == []


SOFFICE = pdf_module.find_soffice()


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: PDF export cannot run"
)
def test_pdf_through_libreoffice_holds_the_chinese_text(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    result = export(
        cli, nasty_book, export_dir, "--what", "record-book", "--format", "pdf", "--quarter", "1"
    )
    assert result.code == 0, result.err
    pdf = Path(result.out.strip())
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert _listing(export_dir) == [pdf.name]  # the intermediate .docx is gone
    text = _pdf_text(pdf)
    squeezed = "".join(text.split())
    for expected in ("闭会期间代表活动记录本", "新河镇第一代表小组", "活动主题", "第1号主题"):
        assert expected in squeezed, expected


def _pdf_text(path: Path) -> str:
    """The PDF's text: pypdf when installed, else poppler's pdftotext."""
    try:
        from pypdf import PdfReader
    except ImportError:
        tool = shutil.which("pdftotext")
        if tool is None:
            pytest.skip("neither pypdf nor pdftotext is installed to read the PDF back")
        import subprocess

        return subprocess.run(
            [tool, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_deputy_names_only_the_files_it_narrows(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--deputy", "张三")
    assert result.code == 0, result.err
    names = [Path(line).name for line in result.out.splitlines()]
    assert f"{GROUP}-代表履职记录本-张三.docx" in names
    assert f"{GROUP}-代表履职情况登记表-张三.xlsx" in names
    assert f"{GROUP}-闭会期间代表活动记录本.docx" in names


def test_export_command_does_not_import_textual(nasty_book: Path, export_dir: Path) -> None:
    """The CLI export must stay light: the TUI framework is only for the TUI."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from grouptui.cli import run\n"
        f"rc = run(['--book', {str(nasty_book)!r}, 'export', '--out', {str(export_dir)!r}])\n"
        "assert rc == 0, rc\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(list(export_dir.iterdir())) == 6  # the five books and the year summary
