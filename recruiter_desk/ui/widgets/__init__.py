"""Widgets and helpers shared by every area: form dialogs, fields, layouts, icons."""
