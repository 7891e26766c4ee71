"""The export preview's pictures: decoded from memory once per width, never from a file.

The preview shows ``<img src="attachment:ID">`` through the kit's
``PreviewBrowser``, which asks a resolver for each picture at the column's width.
A picture is decoded as the PDF decodes it (``app.pdf_export.pictures``), from
the original in memory (the preview never leaves the app), and kept while the
dialog is open: the preview is rebuilt on every tick of a box.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.journal import Journal


class PreviewPictures:
    """Gives the preview its pictures, at most a given width, upright (an ``ImageResolver``).

    Args:
        journal: where the pictures are.
    """

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._decoded: dict[tuple[str, int], QImage | None] = {}

    def __call__(self, attachment_id: str, width: int) -> QImage | None:
        """The picture at most ``width`` pixels wide; None if it isn't there or can't be read."""
        key = (attachment_id, width)
        if key not in self._decoded:
            self._decoded[key] = self._decode(attachment_id, width)
        return self._decoded[key]

    def clear(self) -> None:
        """Let every decoded picture go (the dialog closes)."""
        self._decoded.clear()

    def _decode(self, attachment_id: str, width: int) -> QImage | None:
        from app.pdf_export.pictures import PREFIX, Pictures  # noqa: PLC0415 - with pictures only

        name = PREFIX + attachment_id
        read = partial(self._journal.attachments.read, attachment_id)
        pictures = Pictures({attachment_id: read})
        size = pictures.size(name)
        if size.isEmpty():
            return None
        if size.width() > width:
            size = size.scaled(width, size.height(), Qt.AspectRatioMode.KeepAspectRatio)
        image = pictures.image(name, size)
        return None if image.isNull() else image
