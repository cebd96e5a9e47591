"""Rules of voters received at a reception (接待选民): the contact's format, masking.

A voter's contact is personal data: lists show it masked, exports leave it out unless
asked. A phone in a wrong format is kept as typed (the officer may have written it down
wrongly on paper; the voter can still be found) and flagged so someone checks it.
"""

from __future__ import annotations

import re

from grouptui.domain.roster import mask_phone

# Mainland mobile (11 digits from 13x-19x), optionally +86; or a landline with area code
# (010-12345678, 0571 8765 4321), optionally with an extension.
_MOBILE = re.compile(r"(\+?86)?1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}\d{7,8}(\d{1,6})?")


def contact_ok(contact: str) -> bool:
    """Whether ``contact`` looks like a Chinese mobile or landline number (empty is fine)."""
    text = re.sub(r"[\s\-()（）转#]", "", contact or "")
    if not text:
        return True
    return bool(_MOBILE.fullmatch(text) or _LANDLINE.fullmatch(text))


def masked(contact: str) -> str:
    """The contact as lists show it: middle digits hidden."""
    return mask_phone(contact or "")
