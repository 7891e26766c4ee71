"""Turning entries into something to read: Markdown to safe HTML.

Qt-free, so the preview, export and the command line share one renderer and one
allow-list, and it can be tested without a display.
"""
