"""The plan templates drawn from the seed documents, shipped as JSON in grouptui/templates.

Each template is a plan for a year (items per quarter with month, day, form, title,
content, participants) and may override the default rules it states.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
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
