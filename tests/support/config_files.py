"""Config files as a user might break them by hand."""

from __future__ import annotations

from pathlib import Path

from grouptui.store.config import config_path

#: Malformed config files and a word the message must contain about each problem.
MALFORMED = {
    "keys_not_a_map": ('{"keys": "f5"}', "keys"),
    "unknown_key_id": ('{"keys": {"go_nowhere": "f5", "help": "f12"}}', "go_nowhere"),
    "key_not_text": ('{"keys": {"help": 12}}', "help"),
    "wrong_types": ('{"last_book": 5, "theme": ["dark"], "device_id": 7}', "last_book"),
    "invalid_json": ('{"keys": {"help": "f12",}', "JSON"),
    "not_an_object": ('["keys"]', "JSON"),
}


def write_config(text: str) -> Path:
    """Put ``text`` in the config file (as a user editing it by hand); its path."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path
