"""Pictures in a PDF or on paper: from memory, fitted to the page, never from a file.

The export's HTML keeps ``<img src="attachment:ID">`` for the pictures that come
along; everything else that looks like an image was removed before layout
(``document``). Qt's own image handler would read a file or a ``data:`` URL named
there, so it is replaced by ``PictureHandler``: it knows only the pictures it is
given (the stripped bytes, in memory) and sizes each to fit the text block.

In a PDF (``render_pdf``), a JPEG that every reader decodes alike goes in as its
own stripped bytes (``jpeg_frames``): Qt draws a tiny stand-in in its place,
turned as its EXIF says, and ``jpeg_swap`` puts the JPEG there once Qt has
written the file. Nothing is decoded or encoded again, so the photo keeps every
pixel it had, and still nothing its metadata said.

Any other picture (PNG, GIF, WebP, BMP, an unusual JPEG such as CMYK), and every
picture printed on paper (``print_html``), is decoded when it is painted, at
about ``PRINT_DPI`` for its size on paper, so a 12-megapixel photo costs a few
megabytes while it is drawn, and only then; Qt encodes what is drawn again, so
the PDF holds pixels, never the file's own bytes.
"""

from __future__ import annotations

import secrets
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
    QTransform,
)

from app.errors import KnownError
from app.pdf_export.geometry import CSS_DPI
from app.pdf_export.jpeg_frames import JpegFrame, pdf_frame
from app.pdf_export.jpeg_swap import TOKEN_BYTES, TOKEN_SIZE

Loader = Callable[[], bytes | bytearray]
PRINT_DPI = 200
"""Pixels per inch a picture Qt draws is decoded at: every picture printed on paper
and, in a PDF, every picture but a JPEG that goes in as it is (a PNG, GIF, WebP or
BMP, an unusual JPEG such as CMYK, or one far larger than the page shows). A photo
prints well at 200 and the PDF stays small: 20 noisy 12-megapixel JPEGs make a
32 MB PDF at 200, 87 MB at 300; put in whole they made 160 MB and doubled the
export's peak memory, hence ``AS_IS_SHARE``."""
AS_IS_SHARE = 2 / 3
"""A JPEG goes into a PDF as it is when the page shows at least this share of its
width and height at ``PRINT_DPI`` (a 1600-pixel photo across a page: yes; a
12-megapixel one: no, it is drawn at about a third of its size instead)."""
PAGE_SHARE = 0.92
"""How much of the text block's height one picture may take, so it never needs two pages."""
PREFIX = "attachment:"

_SWAPS = QImageIOHandler.Transformation.TransformationRotate90
_TURNS = {
    1: QTransform(),
    2: QTransform(-1, 0, 0, 1, 0, 0),  # mirrored
    3: QTransform(-1, 0, 0, -1, 0, 0),  # upside down
    4: QTransform(1, 0, 0, -1, 0, 0),  # flipped
    5: QTransform(0, 1, 1, 0, 0, 0),  # mirrored, then a quarter anticlockwise
    6: QTransform(0, 1, -1, 0, 0, 0),  # a quarter clockwise
    7: QTransform(0, -1, -1, 0, 0, 0),  # mirrored, then a quarter clockwise
    8: QTransform(0, -1, 1, 0, 0, 0),  # a quarter anticlockwise
}
"""For each EXIF orientation, what turns the stored picture (centred on the origin,
y down) the right way up: ``QTransform(m11, m12, m21, m22, dx, dy)`` maps (x, y) to
(m11 x + m21 y, m12 x + m22 y)."""
_MARK = bytes((0x5A, 0xA5, 0x3C))
"""A stand-in's first pixel: never grey, so Qt keeps it in colour."""


class Pictures:
    """The pictures one export draws, by attachment id, decoded one at a time.

    A picture's bytes are loaded to learn its size (kept) and again to draw it
    (then let go): twenty decoded photos never sit in memory together. A JPEG
    that goes into a PDF as it is keeps its bytes from the first load: the PDF
    will hold them anyway.

    Args:
        loaders: give each picture's stripped bytes.
        jpegs_as_they_are: for a PDF, draw a stand-in for each JPEG that can go
            in as its own bytes (``stand_ins`` says which to put where).
    """

    def __init__(self, loaders: Mapping[str, Loader], *, jpegs_as_they_are: bool = False) -> None:
        self._loaders = loaders
        self._sizes: dict[str, QSize] = {}
        self._refused: set[str] = set()
        self._last: tuple[str, QSize, QImage] | None = None
        self._as_they_are = jpegs_as_they_are
        self._print_room: QSizeF | None = None
        self._frames: dict[str, JpegFrame] = {}
        self._stand_ins: dict[str, QImage] = {}
        self._kept: dict[str, bytes | bytearray] = {}
        self._drawn: dict[bytes, str] = {}
        self._nonce = secrets.token_bytes(TOKEN_BYTES - len(_MARK) - 3)

    def known(self, name: str) -> bool:
        """Whether ``name`` (``attachment:ID``) is one of these pictures."""
        return name.startswith(PREFIX) and name[len(PREFIX) :] in self._loaders

    def size(self, name: str) -> QSize:
        """The picture's size in pixels, the right way up; empty if it can't be read."""
        if name not in self._sizes:
            data = self._bytes(name)
            if data is None:
                return QSize()
            frame = pdf_frame(data) if self._as_they_are else None
            if frame is not None and self._fits_as_it_is(frame):  # goes in as it is
                self._frames[name] = frame
                self._kept[name] = data
                self._sizes[name] = QSize(*frame.upright)
                return self._sizes[name]
            opened = _reader(data)
            if opened is None:
                return QSize()
            reader, _ = opened
            size = reader.size()
            self._sizes[name] = size.transposed() if _turned(reader) else size
        return self._sizes[name]

    def print_in(self, room: QSizeF) -> None:
        """The most a picture may take on the page, in pixels at ``PRINT_DPI``.

        A JPEG far larger than that is decoded smaller and drawn by Qt instead of
        going in whole: a PDF of twenty 12-megapixel photos would otherwise hold
        them all, and the export holds the PDF a few times over while checking it.
        """
        self._print_room = room

    def _fits_as_it_is(self, frame: JpegFrame) -> bool:
        """Whether the page needs most of the JPEG's pixels (``AS_IS_SHARE`` of each side)."""
        room = self._print_room
        if room is None:
            return True
        width, height = frame.upright
        fit = min(1.0, room.width() / width, room.height() * PAGE_SHARE / height)
        return fit >= AS_IS_SHARE

    def frame(self, name: str) -> JpegFrame | None:
        """The JPEG's frame when the picture goes in as its own bytes (after ``size``)."""
        return self._frames.get(name)

    def stand_in(self, name: str) -> QImage:
        """The tiny image drawn in the JPEG's place; its pixels say which picture it is."""
        if name not in self._stand_ins:
            token = _MARK + self._nonce + len(self._stand_ins).to_bytes(3, "big")
            self._stand_ins[name] = _token_image(token)
            self._drawn[token] = name
        return self._stand_ins[name]

    def take_stand_ins(self) -> dict[bytes, bytes | bytearray]:
        """Each JPEG drawn as a stand-in, by the stand-in's pixels; let go of here."""
        drawn = {token: self._kept[name] for token, name in self._drawn.items()}
        self._kept.clear()
        self._drawn.clear()
        return drawn

    def image(self, name: str, size: QSize) -> QImage:
        """The picture decoded at ``size`` (at most its own), the right way up."""
        if self._last is not None and self._last[:2] == (name, size):
            return self._last[2]
        data = self._bytes(name)
        opened = None if data is None else _reader(data)
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

    def _bytes(self, name: str) -> bytes | bytearray | None:
        key = name[len(PREFIX) :]
        if key in self._refused:
            return None
        try:
            return self._loaders[key]()
        except KnownError:  # a picture that can't be cleaned is left out
            self._refused.add(key)
            return None


def _reader(data: bytes | bytearray) -> tuple[QImageReader, QBuffer] | None:
    """A reader over the picture's bytes in memory, and the buffer it reads."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return (reader, buffer) if reader.canRead() else None


def _token_image(token: bytes) -> QImage:
    """A ``TOKEN_SIZE`` image whose RGB pixels are ``token``'s bytes, in order."""
    width, height = TOKEN_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for x in range(width):
        red, green, blue = token[3 * x : 3 * x + 3]
        image.setPixel(x, 0, 0xFF000000 | red << 16 | green << 8 | blue)
    return image


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
        pictures.print_in(room * (PRINT_DPI / dpi))

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
        """Draw a JPEG's stand-in, or decode the picture for its size on paper and draw it."""
        name = text_format.toImageFormat().name()
        frame = self._pictures.frame(name)
        if frame is not None:
            _draw_stand_in(painter, QRectF(rect), self._pictures.stand_in(name), frame)
            return
        share = PRINT_DPI / self._dpi
        wanted = QSize(max(1, round(rect.width() * share)), max(1, round(rect.height() * share)))
        image = self._pictures.image(name, wanted)
        if not image.isNull():
            painter.drawImage(rect, image)


def _draw_stand_in(painter: QPainter, rect: QRectF, stand_in: QImage, frame: JpegFrame) -> None:
    """Draw ``stand_in`` where the stored (unturned) JPEG goes so it stands upright in ``rect``.

    A PDF image fills its unit square whatever its pixels, so the JPEG that
    replaces the stand-in lands in the same place, turned the same way. Kept
    lossless, Qt stores the stand-in's pixels as they are, for ``jpeg_swap`` to find.
    """
    width, height = rect.width(), rect.height()
    if frame.turned:
        width, height = height, width
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    painter.translate(rect.center())
    painter.setTransform(_TURNS[frame.orientation], combine=True)
    painter.drawImage(QRectF(-width / 2, -height / 2, width, height), stand_in)
    painter.restore()
