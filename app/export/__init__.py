"""Exporting entries: the only way words leave the encrypted journal.

Qt-free. ``prepare`` turns chosen entries and options into an ``ExportDocument``
(redacted, with excluded paragraphs gone), ``render`` turns that into Markdown,
HTML or plain text, and ``write`` puts the bytes on disk privately and atomically.
``pipeline.export_and_log`` is the one path the CLI and the dialog both take:
render, write, and before the file gets its name read it back and check that
every chosen entry is there (``complete``), then log it; a killed export leaves
nothing readable (``temp_files``, ``interrupted``). PDF writing needs QtGui and
lives at the edge, in ``app.pdf_export``, which the caller passes in and which
lays a long export out in bounded pieces (``pieces``).
"""
