"""Data checks for the plan templates shipped in grouptui/templates/*.json.

Reads the files directly (json + pathlib); imports nothing from the project.
"""

import json
from pathlib import Path

import pytest

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "grouptui" / "templates"
TEMPLATE_FILES = sorted(TEMPLATES_DIR.glob("*.json"))

TOP_KEYS = {"name", "title_zh", "title_en", "source", "notes", "items", "rules"}
ITEM_KEYS = {"quarter", "month", "day", "form", "title", "content", "participants", "organiser"}
FORMS = {
    "study",
    "inspection",
    "research",
    "enforcement_check",
    "appraisal",
    "forum",
    "visit",
    "voter_reception",
    "voter_contact",
    "report_to_voters",
    "pre_session_inspection",
    "session",
    "department_visit",
    "satisfaction_rating",
    "other",
}
EXPECTED = {"town_a", "dashahe", "xiaocaoe", "training_town"}


def _load(path: Path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # must be valid UTF-8
    return json.loads(text)


def test_templates_dir_exists_with_package_marker():
    assert TEMPLATES_DIR.is_dir()
    assert (TEMPLATES_DIR / "__init__.py").is_file()


def test_expected_templates_present():
    stems = {p.stem for p in TEMPLATE_FILES}
    assert EXPECTED <= stems, EXPECTED - stems


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_schema(path: Path):
    doc = _load(path)
    assert isinstance(doc, dict)
    assert set(doc) == TOP_KEYS

    assert doc["name"] == path.stem
    assert doc["name"].isascii() and doc["name"].isidentifier()
    for key in ("title_zh", "title_en", "source", "notes"):
        assert isinstance(doc[key], str), key
    for key in ("title_zh", "title_en", "source"):
        assert doc[key].strip(), key
    assert isinstance(doc["rules"], dict)

    items = doc["items"]
    assert isinstance(items, list)
    assert len(items) >= 4

    quarters_seen = set()
    for i, item in enumerate(items):
        where = f"{path.name} item {i}"
        assert isinstance(item, dict), where
        assert set(item) == ITEM_KEYS, where

        q = item["quarter"]
        assert _is_int(q) and 1 <= q <= 4, where
        quarters_seen.add(q)

        m = item["month"]
        if m is not None:
            assert _is_int(m) and 1 <= m <= 12, where
            assert (m - 1) // 3 + 1 == q, f"{where}: month {m} not in quarter {q}"

        d = item["day"]
        if d is not None:
            assert _is_int(d) and 1 <= d <= 31, where
            assert m is not None, f"{where}: day without month"

        assert item["form"] in FORMS, where
        assert isinstance(item["title"], str) and item["title"].strip(), where
        assert len(item["title"]) <= 30, where
        assert isinstance(item["content"], str) and item["content"].strip(), where
        assert isinstance(item["participants"], str) and item["participants"].strip(), where
        assert isinstance(item["organiser"], str), where

    assert quarters_seen == {1, 2, 3, 4}, f"{path.name}: quarters {sorted(quarters_seen)}"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_file_format(path: Path):
    """UTF-8, indent 2, Chinese not \\u-escaped."""
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert text.rstrip("\n") == json.dumps(doc, ensure_ascii=False, indent=2)
