"""The one exception type for everything a user can get wrong about a book file."""

from __future__ import annotations

from grouptui.domain.errors import UserFacingError


class BookError(UserFacingError):
    """A problem with a book the user can understand and act on."""
