"""Where grouptui keeps things: the config file, the default book folder, the device id.

``GROUPTUI_CONFIG_DIR`` and ``GROUPTUI_DATA_DIR`` override the platform's folders (tests
and portable installs use them).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from grouptui.store.atomic import atomic_write


def config_dir() -> Path:
    """The folder of ``config.json``."""
    env = os.environ.get("GROUPTUI_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_config_path("grouptui", appauthor=False)


def data_dir() -> Path:
    """The default folder of the books."""
    env = os.environ.get("GROUPTUI_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_data_path("grouptui", appauthor=False)


@dataclass
class Config:
    """The user's settings that are not part of any book."""

    #: the book last opened or created.
    last_book: str = ""
    #: this laptop's id, written into every record it saves.
    device_id: str = ""
    #: "textual-dark", "textual-light" or another Textual theme name.
    theme: str = ""
    #: binding id -> key, to remap keys.
    keys: dict[str, str] = field(default_factory=dict)


def config_path() -> Path:
    """The config file."""
    return config_dir() / "config.json"


def load_config() -> Config:
    """The saved config; defaults where the file is missing or damaged."""
    try:
        raw = json.loads(config_path().read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return Config()
    if not isinstance(raw, dict):
        return Config()
    from grouptui.domain.validate import fits

    # A value of the wrong type (a number as device id) would end up in every book saved.
    known = {
        k: v for k, v in raw.items() if k in Config.__dataclass_fields__ and fits(Config, k, v)
    }
    try:
        return Config(**known)
    except TypeError:
        return Config()


def save_config(config: Config) -> None:
    """Write the config atomically (errors are ignored: it is a convenience)."""
    with contextlib.suppress(OSError):
        path = config_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(config), ensure_ascii=False, indent=2).encode("utf-8")
        atomic_write(path, data)


def device_id() -> str:
    """This laptop's id, created and saved on first use."""
    config = load_config()
    if not config.device_id:
        config.device_id = uuid.uuid4().hex[:12]
        save_config(config)
    return config.device_id


def remember_book(path: Path) -> None:
    """Make ``path`` the default book of later commands."""
    config = load_config()
    resolved = str(path.resolve())
    if config.last_book == resolved:
        return  # every start of the app remembers its book: no write when nothing changed
    config.last_book = resolved
    save_config(config)
