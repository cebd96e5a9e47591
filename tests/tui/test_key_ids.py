"""The key ids the config file may remap: the list the config check uses
(``navigation.KEY_IDS``) agrees with the ``Key`` data of the code and with the README."""

from __future__ import annotations

import re
from pathlib import Path

from grouptui.navigation import KEY_IDS, known_key_ids
from grouptui.screens.quick_list import TAG_KEYS

ROOT = Path(__file__).resolve().parents[2]

#: ``Key("id", ...)`` and ``Binding(..., id="id")`` in the source.
_KEY = re.compile(r'\bKey\(\s*(f?)"([a-z_{}]+)"')
_BINDING_ID = re.compile(r'\bBinding\(.*\bid="([a-z_]+)"')


def _ids_in_code() -> set[str]:
    found: set[str] = set()
    for folder in ("grouptui", "screens"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text("utf-8")
            for is_f, name in _KEY.findall(text):
                if is_f and name in ("note_retag_{tag}", "quick_tag_{tag}"):
                    prefix = name.removesuffix("{tag}")
                    found |= {f"{prefix}{tag}" for tag in TAG_KEYS.values()}
                elif is_f and name == "go_{dest.id}":
                    continue  # the destinations' keys: known_key_ids() derives them
                else:
                    assert "{" not in name, f"{path.name}: work out the ids of Key(f{name!r})"
                    found.add(name)
            found |= set(_BINDING_ID.findall(text))
    return found


def test_every_key_of_the_code_is_known_and_every_known_id_is_used() -> None:
    in_code = _ids_in_code()
    assert in_code - known_key_ids() == set(), "add these ids to navigation.KEY_IDS"
    assert set(KEY_IDS) - in_code == set(), "these ids of navigation.KEY_IDS are no key"


def test_the_readme_lists_every_key_id() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    missing = set()
    for key_id in KEY_IDS:
        tag = key_id.removeprefix("note_retag_").removeprefix("quick_tag_")
        listed = f"`{key_id}`" in readme or (tag != key_id and f"`_{tag}`" in readme)
        if not listed:
            missing.add(key_id)
    assert missing == set(), "list these key ids in the README"
