"""The error every export problem a user can fix is raised as."""

from __future__ import annotations

from grouptui.domain.errors import UserFacingError


class ExportError(UserFacingError):
    """Bad export input (folder, filters, format) or a file that could not be written."""
