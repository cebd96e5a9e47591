"""Widgets and dialogs shared by the screens of grouptui."""
