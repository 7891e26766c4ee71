"""Pictures in a PDF or on paper: decoded from memory, fitted to the page, never from a file.

The export's HTML keeps ``<img src="attachment:ID">`` for the pictures that come
along; everything else that looks like an image was removed before layout
(``document``). Qt's own image handler would read a file or a ``data:`` URL named
there, so it is replaced by ``PictureHandler``: it knows only the pictures it is
given (the stripped bytes, in memory, one at a time), sizes each to fit the
text block, and decodes it when it is painted, at about ``PRINT_DPI`` for its
size on paper, so a 12-megapixel photo costs a few megabytes while it is drawn,
and only then. Qt re-encodes what is drawn, so the PDF holds pixels, never the
file's own bytes or anything its metadata said.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QImage,
    QImageIOHandler,
    QImageReader,
    QPainter,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from app.errors import KnownError
from app.pdf_export.geometry import CSS_DPI

Loader = Callable[[], bytes | bytearray]
PRINT_DPI = 200
"""Pixels per inch a picture is decoded at for paper: a photo prints well at 200, and
the PDF (which the export holds a few times over while checking it) stays small: 20
noisy 12-megapixel photos made a 32 MB PDF at 200, 87 MB at 300."""
PAGE_SHARE = 0.92
"""How much of the text block's height one picture may take, so it never needs two pages."""
PREFIX = "attachment:"

_SWAPS = QImageIOHandler.Transformation.TransformationRotate90


class Pictures:
    """The pictures one export draws, by attachment id, one in memory at a time.

    A picture's bytes are loaded to learn its size (kept) and again to draw it
    (then let go): twenty photos never sit in memory together.

    Args:
        loaders: give each picture's stripped bytes.
    """

    def __init__(self, loaders: Mapping[str, Loader]) -> None:
        self._loaders = loaders
        self._sizes: dict[str, QSize] = {}
        self._refused: set[str] = set()
        self._last: tuple[str, QSize, QImage] | None = None

    def known(self, name: str) -> bool:
        """Whether ``name`` (``attachment:ID``) is one of these pictures."""
        return name.startswith(PREFIX) and name[len(PREFIX) :] in self._loaders

    def size(self, name: str) -> QSize:
        """The picture's size in pixels, the right way up; empty if it can't be read."""
        if name not in self._sizes:
            opened = self._open(name)
            if opened is None:
                return QSize()
            reader, _ = opened
            size = reader.size()
            self._sizes[name] = size.transposed() if _turned(reader) else size
        return self._sizes[name]

    def image(self, name: str, size: QSize) -> QImage:
        """The picture decoded at ``size`` (at most its own), the right way up."""
        if self._last is not None and self._last[:2] == (name, size):
            return self._last[2]
        opened = self._open(name)
        if opened is None:
            return QImage()
        reader, _ = opened  # the buffer stays alive while the reader reads
        own = reader.size()
        wanted = size.transposed() if _turned(reader) else size
        if wanted.width() < own.width() and wanted.height() < own.height():
            reader.setScaledSize(wanted)
        image = reader.read()
        self._last = (name, size, image)
        return image

    def _open(self, name: str) -> tuple[QImageReader, QBuffer] | None:
        """A reader over the picture's bytes in memory, and the buffer it reads."""
        data = self._bytes(name)
        if data is None:
            return None
        buffer = QBuffer()
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        return (reader, buffer) if reader.canRead() else None

    def _bytes(self, name: str) -> QByteArray | None:
        key = name[len(PREFIX) :]
        if key in self._refused:
            return None
        try:
            return QByteArray(self._loaders[key]())
        except KnownError:  # a picture that can't be cleaned is left out
            self._refused.add(key)
            return None


def _turned(reader: QImageReader) -> bool:
    """Whether the picture's orientation turns it a quarter (width and height swap)."""
    return bool(reader.transformation() & _SWAPS)


class PictureHandler(QPyTextObject):
    """Draws ``<img src="attachment:ID">`` from ``Pictures``, fitted to ``room``.

    Args:
        pictures: the export's pictures.
        room: the text block's width and the most height a picture may take, in
            device pixels.
        dpi: the device's resolution.
    """

    def __init__(self, pictures: Pictures, room: QSizeF, dpi: float, parent: QObject) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._room = room
        self._dpi = dpi

    def intrinsicSize(self, doc: QTextDocument, position: int, text_format: QTextFormat) -> QSizeF:  # noqa: N802 - Qt's names
        """The picture's size on the page: its own at 96 per inch, shrunk to fit."""
        pixels = self._pictures.size(text_format.toImageFormat().name())
        if pixels.isEmpty():
            return QSizeF(0, 0)
        scale = self._dpi / CSS_DPI
        width, height = pixels.width() * scale, pixels.height() * scale
        fit = min(1.0, self._room.width() / width, self._room.height() * PAGE_SHARE / height)
        return QSizeF(width * fit, height * fit)

    def drawObject(  # noqa: N802 - Qt's name
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        text_format: QTextFormat,
    ) -> None:
        """Decode the picture for its size on paper and draw it."""
        share = PRINT_DPI / self._dpi
        wanted = QSize(max(1, round(rect.width() * share)), max(1, round(rect.height() * share)))
        image = self._pictures.image(text_format.toImageFormat().name(), wanted)
        if not image.isNull():
            painter.drawImage(rect, image)
