"""Bringing entries in from elsewhere (Day One, jrnl, Markdown, an archive); taking all out.

Readers turn a source into ``app.records.imports`` values without touching the
journal; ``app.transfer.importing`` previews and keeps them in one transaction;
``app.transfer.archive_write`` writes the open archive of everything.
"""
