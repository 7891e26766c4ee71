"""Sharing one entry: the export dialog, its paragraph model and name replacements."""
