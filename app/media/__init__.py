"""Attached files, checked and cleaned without Qt.

What a file is, whether it is whole, and its bytes without metadata for export.
Nothing here trusts a file's name or extension; everything reads the bytes. Nothing
here writes to a disk.
"""
