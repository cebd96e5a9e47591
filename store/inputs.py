"""Reading a file the user names (minutes, a roster to import): bounded, never blocking.

A FIFO, ``/dev/zero`` or a terminal given where a file is expected would hang the command
or read forever; each is refused at once with one sentence, as is a file larger than
anything grouptui expects for that purpose.
"""

from __future__ import annotations

from pathlib import Path

from grouptui.store.atomic import FileTooLarge, NotRegularFile, read_regular
from grouptui.store.errors import BookError

#: minutes of one meeting: some thousand pages of text is more than any meeting has.
MAX_MINUTES_BYTES = 4 * 2**20
#: a roster table to import (CSV or XLSX).
MAX_IMPORT_BYTES = 32 * 2**20


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; :class:`BookError` naming what is wrong."""
    try:
        return read_regular(path, limit)
    except NotRegularFile:
        raise BookError("input_not_regular", path=path) from None
    except FileTooLarge:
        raise BookError("input_too_large", path=path, limit=limit // 2**20) from None
    except IsADirectoryError:
        raise BookError("book_is_dir", path=path) from None
    except OSError as exc:
        raise BookError("import_bad_file", path=path, reason=exc.strerror or exc) from None
