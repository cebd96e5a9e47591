"""Indexes: the record book's contents page (a TOC field with PAGEREFs to each entry) and
each duty log's 分类记录 index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support.data import NASTY
from tests.support.exported import NS, RECORD_DATES, docx_parts, export, kept


def _record_book(cli, book: Path, out: Path, *args: str) -> Path:
    result = export(cli, book, out, "--what", "record-book", *args)
    assert result.code == 0, result.err
    return Path(result.out.strip())


def _contents(body) -> tuple[str, list[tuple[str, str, str]]]:
    """The TOC instruction, then (text, bookmark, page) of each line of its result."""
    paragraphs = body.findall(".//w:body/w:p", NS)
    start = next(i for i, p in enumerate(paragraphs) if "TOC" in "".join(p.itertext()))
    instr = "".join(paragraphs[start].xpath(".//w:instrText/text()", namespaces=NS))
    lines = []
    for p in paragraphs[start:]:
        refs = p.xpath(".//w:instrText[contains(., 'PAGEREF')]/text()", namespaces=NS)
        if refs:
            texts = p.xpath(".//w:t/text()", namespaces=NS)
            lines.append(("".join(texts[:-1]).rstrip("\t"), refs[0].split()[1], texts[-1]))
        ends = p.xpath(".//w:fldChar/@w:fldCharType", namespaces=NS)
        if ends.count("end") > ends.count("begin") or (not refs and lines):
            break
    return instr, lines


def test_contents_lists_every_activity_in_date_order_with_a_page(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    path = _record_book(cli, nasty_book, export_dir)
    body = docx_parts(path)["word/document.xml"]
    instr, lines = _contents(body)
    assert instr.strip().startswith("TOC")
    themes = {d: f"第{n}号主题{NASTY[n % len(NASTY)]}" for n, d in enumerate(RECORD_DATES)}
    expected = [
        # (w:t texts only: a tab in a theme is a w:tab of its own)
        f"第{n}次　{d.year}年{d.month}月{d.day}日　{kept(themes[d])}".replace("\t", "")
        for n, d in enumerate(sorted(RECORD_DATES), 1)
    ]
    assert [text for text, _, _ in lines] == expected
    pages = [int(page) for _, _, page in lines]
    assert pages == sorted(pages) and pages[0] >= 3  # after the cover and the contents
    assert len(set(pages)) == len(pages)  # each entry starts a page
    marks = {b.get(f"{{{NS['w']}}}name") for b in body.iterfind(".//w:bookmarkStart", NS)}
    assert {bookmark for _, bookmark, _ in lines} <= marks
    settings = docx_parts(path)["word/settings.xml"]
    assert settings.find("w:updateFields", NS) is not None  # Word/WPS refresh it on opening


def test_contents_of_the_demo_year_match_record_list(
    cli, demo_book: Path, export_dir: Path
) -> None:
    path = _record_book(cli, demo_book, export_dir)
    _, lines = _contents(docx_parts(path)["word/document.xml"])
    records = json.loads(cli("--book", demo_book, "record", "list", "--json").out)
    assert len(lines) == len(records)
    listed = sorted(f"{r['date']} {r['theme']}" for r in records)
    shown = []
    for text, _, _ in lines:
        _, day, theme = text.split("　", 2)
        y, rest = day.split("年")
        m, d = rest.rstrip("日").split("月")
        shown.append(f"{int(y):04d}-{int(m):02d}-{int(d):02d} {theme}")
    assert shown == sorted(shown)  # in date order
    assert sorted(shown) == listed  # every activity, none twice


def test_contents_in_md_and_html(cli, nasty_book: Path, export_dir: Path) -> None:
    md = _record_book(cli, nasty_book, export_dir, "--format", "md").read_text(encoding="utf-8")
    assert "## 目　录" in md and md.count("\n- 第") == len(RECORD_DATES)
    html = _record_book(cli, nasty_book, export_dir, "--format", "html")
    text = html.read_text(encoding="utf-8")
    assert text.count('<li><a href="#_TocEntry') == len(RECORD_DATES)
    assert 'id="_TocEntry1"' in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pdf_contents_pages(cli, nasty_book: Path, export_dir: Path) -> None:
    """The contents page of the PDF shows the page each entry really starts on (the
    printed page number, which counts the cover as page 1)."""
    import re

    pypdf = pytest.importorskip("pypdf")
    path = _record_book(cli, nasty_book, export_dir, "--format", "pdf")
    reader = pypdf.PdfReader(str(path))
    flat = [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]
    start = next(i for i, text in enumerate(flat) if "目录" in text)
    first = next(i for i, text in enumerate(flat) if "第1次活动" in text)
    listed = re.sub(r"—\d+—", "", "".join(flat[start:first]))  # without the page footers
    parts = re.split(r"第(\d+)次(?!活动)", listed)[1:]
    shown = {
        int(n): int(re.search(r"(\d+)$", seg).group(1))
        for n, seg in zip(parts[::2], parts[1::2], strict=True)
    }
    assert sorted(shown) == list(range(1, len(RECORD_DATES) + 1))
    for n, page in shown.items():
        starts = next(i for i, text in enumerate(flat[first:], first + 1) if f"第{n}次活动" in text)
        assert page == starts, (n, page, starts)
