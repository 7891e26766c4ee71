"""Pictures of attachments, decoded in memory on a worker thread and kept only in memory.

A picture is decoded straight from the bytes the journal holds, already scaled
(``QImageReader.setScaledSize``, so a 12-megapixel JPEG costs a thumbnail's memory
and a fraction of a full decode), turned the way its EXIF says. Nothing is written
anywhere: no ``QPixmapCache`` on disk, no temporary file. The cache lives as long as
the journal is open; locking drops it (``clear``).

``Background`` is the one way this room runs work off the GUI thread: a worker
puts its result in an inbox that the GUI thread empties, so waiting for the work
(before the journal locks) never needs the event loop.
"""

from __future__ import annotations

import collections
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDeadlineTimer,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPixmap

from app.errors import KnownError
from app.ui.widgets.colours import current_colours

if TYPE_CHECKING:
    from app.journal import Journal
    from app.records.attachments import Attachment

THUMBNAIL_SIDE = 192
"""Pixels on a thumbnail's longer side: a 96-pixel tile on a display at twice the density."""

Delivery = Callable[[object], None]


def decode_scaled(data: bytes, longest: int) -> QImage:
    """``data`` decoded in memory, turned upright, its longer side at most ``longest`` pixels.

    Returns a null image when Qt cannot decode it (the caller says so plainly).
    Safe on any thread: a ``QImage`` is not a ``QPixmap``.
    """
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


class Background(QObject):
    """Runs one function at a time on a worker; its result is delivered on the GUI thread.

    Results arrive in order through an inbox the GUI thread empties when the
    worker's signal reaches it, or at once in ``finish``. A result that arrives
    after ``forget`` is dropped, so nothing decoded before a lock is shown after it.

    Signals:
        busyChanged(bool): work started (True) or everything asked for is done (False).
    """

    busyChanged = Signal(bool)
    _arrived = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer; pictures in the order they were asked
        self._inbox: collections.deque[tuple[int, Delivery, object]] = collections.deque()
        self._generation = 0
        self._running = 0
        self._arrived.connect(self.drain)

    def run(self, work: Callable[[], object], deliver: Delivery) -> None:
        """Run ``work`` on the worker and hand what it returns (or raises) to ``deliver``."""
        generation = self._generation
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit(True)

        def job() -> None:
            try:
                result: object = work()
            except Exception as error:  # handed to the GUI thread, which decides
                result = error
            self._inbox.append((generation, deliver, result))
            self._arrived.emit()  # queued: this object lives on the GUI thread

        self._pool.start(job)

    def is_busy(self) -> bool:
        """Whether work was asked for and its result not yet delivered."""
        return self._running > 0

    def finish(self, timeout_ms: int) -> bool:
        """Wait up to ``timeout_ms`` for the worker and deliver what it made; True if all done.

        A delivery may ask for more work (an attach checks, then stores): that is
        waited for too, within the same time.
        """
        deadline = QDeadlineTimer(timeout_ms)
        while self._pool.waitForDone(deadline):
            self.drain()
            if not self.is_busy():
                return True
        self.drain()
        return not self.is_busy()

    def forget(self) -> None:
        """Results still to come are dropped (the journal is locking)."""
        self._generation += 1
        self.drain()  # what already arrived is dropped now, the rest as it comes

    def drain(self) -> None:
        """Deliver every result that has arrived, in order (on the GUI thread)."""
        while self._inbox:
            generation, deliver, result = self._inbox.popleft()
            self._running = max(0, self._running - 1)
            if generation == self._generation:
                deliver(result)
            if self._running == 0:
                self.busyChanged.emit(False)


class ThumbnailCache(QObject):
    """Decoded pictures of the open journal's attachments, by attachment id and size.

    Asking for a picture that is not ready returns None and starts decoding it on
    a worker (reading the bytes through a connection of its own); ``ready`` says
    when it is there. Documents and pictures Qt cannot decode stay None.

    Signals:
        ready(str): the attachment's picture at some size is now in the cache.
    """

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, dict[int, QImage]] = {}
        self._asked: set[tuple[str, int]] = set()
        self._work = Background(self)

    def image(
        self, journal: Journal | None, attachment: Attachment, longest: int = THUMBNAIL_SIDE
    ) -> QImage | None:
        """The picture at ``longest`` pixels, or None while it is decoded (or cannot be)."""
        found = self._images.get(attachment.id, {}).get(longest)
        if found is not None or journal is None or not attachment.kind.is_image:
            return found
        key = (attachment.id, longest)
        if key not in self._asked:
            self._asked.add(key)
            self._work.run(
                lambda: read_and_decode(journal, attachment.id, longest),
                lambda result: self._arrived(attachment.id, longest, result),
            )
        return None

    def put(self, attachment_id: str, image: QImage, longest: int = THUMBNAIL_SIDE) -> None:
        """Keep a picture decoded elsewhere (an attach decodes its thumbnail as it checks)."""
        if not image.isNull():
            self._images.setdefault(attachment_id, {})[longest] = image
            self.ready.emit(attachment_id)

    def is_busy(self) -> bool:
        """Whether pictures asked for are still being decoded."""
        return self._work.is_busy()

    def finish(self, timeout_ms: int) -> bool:
        """Wait for decoding under way (the journal is about to close)."""
        return self._work.finish(timeout_ms)

    def clear(self) -> None:
        """Drop every picture, and any still being decoded (the journal locks)."""
        self._work.forget()
        self._images.clear()
        self._asked.clear()

    def _arrived(self, attachment_id: str, longest: int, result: object) -> None:
        if isinstance(result, QImage):
            self.put(attachment_id, result, longest)
        elif isinstance(result, BaseException) and not isinstance(result, KnownError):
            raise result  # a bug: let it be seen, not swallowed


def read_and_decode(journal: Journal, attachment_id: str, longest: int) -> QImage:
    """On the worker: the bytes through a connection of its own, decoded and scaled."""
    with journal.attachment_writer() as store:
        data = store.read(attachment_id)
    with contextlib.suppress(MemoryError):
        return decode_scaled(data, longest)
    return QImage()


class PreviewPixmaps:
    """The preview's pictures as pixmaps, made once each, and quiet frames for those on their way.

    Drawing a ``QImage`` in a document converts it to a pixmap on every paint;
    a pixmap made once keeps scrolling to drawing alone. One is kept for each
    decoded picture, as long as the journal is open.
    """

    def __init__(self) -> None:
        self._pixmaps: dict[int, QPixmap] = {}
        self._frames: dict[tuple[int, int, float, str], QPixmap] = {}

    def get(self, image: QImage | None, pixels: QSize, ratio: float) -> QPixmap:
        """``image`` as a pixmap for a display of ``ratio``; a frame of ``pixels`` while None."""
        if image is None:
            return self._frame(pixels, ratio)
        key = image.cacheKey()
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(image)
            self._pixmaps[key] = pixmap
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def clear(self) -> None:
        """Drop every pixmap (the journal locks)."""
        self._pixmaps.clear()
        self._frames.clear()

    def _frame(self, pixels: QSize, ratio: float) -> QPixmap:
        colour = current_colours().alternate
        key = (pixels.width(), pixels.height(), ratio, colour)
        frame = self._frames.get(key)
        if frame is None:
            frame = QPixmap(pixels)
            frame.fill(QColor(colour))
            frame.setDevicePixelRatio(ratio)
            self._frames[key] = frame
        return frame
