"""The plan templates drawn from the seed documents, shipped as JSON in grouptui/templates.

Each template is a plan for a year (items per quarter with month, day, form, title,
content, participants) and may override the default rules it states.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from grouptui.domain.errors import UserFacingError


class TemplateError(UserFacingError):
    """A template that is missing or malformed."""


@dataclass(frozen=True)
class Template:
    """A plan template: its name, titles in both languages, items and rule overrides."""

    name: str
    title_zh: str
    title_en: str
    source: str
    items: list[dict[str, Any]] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)

    def title(self, lang: str) -> str:
        """The template's title in ``lang``."""
        return self.title_zh if lang == "zh" else self.title_en

    def filled(self, *, township: str, year: int) -> Template:
        """The template with its items' text made the book's: :func:`fill_text`."""
        items = [
            {
                k: fill_text(v, township=township, year=year)
                if k in _TEXT_KEYS and isinstance(v, str)
                else v
                for k, v in item.items()
            }
            for item in self.items
        ]
        return replace(self, items=items)


#: The item fields that hold text for the user (and may hold the seed's placeholders).
_TEXT_KEYS = frozenset({"title", "content", "participants", "organiser"})
#: The year the seed plans were written for.
SEED_YEAR = "2024"
#: What the seeds' authors typed where a place's name goes: "***镇", "***区".
_BLANK = re.compile(r"\*{3}(镇|乡|街道|区|县)?")
#: What a plan says where the book cannot know the name: the words are the plan's own
#: (the templates are Chinese seed text, whatever the interface language).
TO_FILL = {
    "": "【待填】",
    "镇": "【待填：乡镇名称】",
    "乡": "【待填：乡镇名称】",
    "街道": "【待填：乡镇名称】",
    "区": "【待填：区县名称】",
    "县": "【待填：区县名称】",
}
_TOWNSHIP = re.compile(r"^(.+?(?:镇|乡|街道))")


def township_of(group: str, township: str = "") -> str:
    """The township's name: the book's, else the start of the group's name up to 镇, 乡
    or 街道 ("新河镇第一代表小组" -> "新河镇"), else ""."""
    if township.strip():
        return township.strip()
    found = _TOWNSHIP.match(group.strip())
    return found.group(1) if found else ""


def fill_text(text: str, *, township: str, year: int) -> str:
    """Seed text made a book's: 2024 becomes ``year``; "***镇" (乡, 街道) the township's
    name; every other "***" (the district, or a township not known) a mark saying what
    is left to fill, so that no "***" reaches a plan handed in."""

    def name(found: re.Match[str]) -> str:
        kind = found.group(1) or ""
        if township and kind in ("镇", "乡", "街道"):
            return township
        return TO_FILL[kind]

    return _BLANK.sub(name, text.replace(SEED_YEAR, str(year)))


def template_names() -> list[str]:
    """The names of the shipped templates, sorted."""
    folder = resources.files("grouptui.templates")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def load_template(name: str) -> Template:
    """The template called ``name``; :class:`TemplateError` if missing or malformed."""
    if name not in template_names():
        raise TemplateError("template_not_found", name=name, names=template_names())
    raw = resources.files("grouptui.templates").joinpath(f"{name}.json").read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
        items = data["items"]
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValueError("items")
        for item in items:
            if item["quarter"] not in (1, 2, 3, 4) or not str(item["title"]).strip():
                raise ValueError("item")
        return Template(
            name=data["name"],
            title_zh=data.get("title_zh", name),
            title_en=data.get("title_en", name),
            source=data.get("source", ""),
            items=items,
            rules=data.get("rules") or {},
        )
    except (ValueError, KeyError, TypeError):
        raise TemplateError("template_malformed", name=name) from None
