"""Exporting entries: the only way words leave the encrypted journal.

Qt-free. ``prepare`` turns chosen entries and options into an ``ExportDocument``
(redacted, with excluded paragraphs gone), ``render`` turns that into Markdown,
HTML or plain text, and ``write`` puts the bytes on disk privately and atomically.
``pipeline.export_document`` does all of it and, before the file gets its name,
reads it back and checks that every chosen entry is there (``complete``); a
killed export leaves nothing readable (``temp_files``, ``interrupted``). PDF
writing needs QtGui and lives at the edge, in ``app.pdf_export``, which lays a
long export out in bounded pieces (``pieces``).
"""
