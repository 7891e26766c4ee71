"""Exporting entries: the only way words leave the encrypted journal.

Qt-free. ``prepare`` turns chosen entries and options into an ``ExportDocument``
(redacted, with excluded paragraphs gone), ``render`` turns that into Markdown,
HTML or plain text, and ``write`` puts the bytes on disk privately and atomically.
PDF writing needs QtGui and lives at the edge, in ``app.pdf_export``.
"""
