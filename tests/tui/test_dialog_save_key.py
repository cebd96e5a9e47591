"""Ctrl+S saves in every dialog and form that has a save button (issue 16): each class
with the save-button mixin binds Ctrl+S to its save action, as a priority key (an input
with the focus must not swallow it)."""

from __future__ import annotations

import importlib
import pkgutil

import grouptui.screens
import grouptui.widgets
from grouptui.widgets.book_screen import FormButtons


def _every_form_class() -> list[type]:
    for package in (grouptui.screens, grouptui.widgets):
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")
    found: list[type] = []
    todo = list(FormButtons.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def _instance(cls: type):
    """One of ``cls``, made with the least its constructor needs."""
    from grouptui.domain.models import Deputy, Note, Suggestion

    name = cls.__name__
    if name in ("FormScreen", "FormButtons"):
        return None  # bases: their subclasses are checked
    if issubclass(cls, grouptui.widgets.form_dialog.FormDialog):
        if name == "NoteDialog":
            return cls(Note(record_id="r", text="x", at="2026-05-20T09:30:00"), lambda v: v)
        return cls("title", [], lambda values: values)
    if name == "DeputyForm":
        return cls(Deputy(name="张三"))
    if name == "SuggestionForm":
        return cls(Suggestion(title="t"))
    return cls()


def test_every_form_with_a_save_button_saves_on_ctrl_s() -> None:
    classes = _every_form_class()
    names = {c.__name__ for c in classes}
    # the dialogs and forms the issue names are all found
    assert {"FormDialog", "ScoringDialog", "DeputyForm", "SuggestionForm"} <= names, names
    for cls in classes:
        form = _instance(cls)
        if form is None:
            continue
        saving = [b for _key, b in form._bindings if b.action == "save"]
        keys = {b.key for b in saving}
        assert "ctrl+s" in keys, cls
        assert all(b.priority for b in saving if b.key == "ctrl+s"), cls
