"""grouptui: the books of a township People's Congress deputy group, kept in the terminal.

Importing this package is cheap on purpose: the CLI's non-TUI commands must never pull in
Textual, so nothing heavy happens here.
"""

__version__ = "0.1.0"
