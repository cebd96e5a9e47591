"""Widgets and dialogs shared by several screens."""
