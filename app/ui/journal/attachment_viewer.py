"""An attachment shown large: a picture to look at closely, or a PDF's facts and a copy.

A picture is decoded from memory on a worker, at about the screen's size (never
a file, never a cache on disk), and shown fitted to the window; Ctrl++ and Ctrl+-
zoom, Ctrl+0 fits again. Left and Right (or Page Up and Page Down) go to the
entry's other attachments; Escape closes. A PDF shows its name, size and SHA-256
(the evidence that it is the file as it arrived) and "Save a copy…", which writes
the original byte for byte, privately, where the person chose. Locking drops the
pixels and closes the viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.files import write_pieces_privately
from app.records.attachments import Attachment
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.thumbnails import Background, read_and_decode
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import button, text_label

if TYPE_CHECKING:
    from app.journal import Journal

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.05, 8.0)
SMALLEST_DECODE = 1024


class AttachmentViewer(QDialog, ForgetsOnLock):
    """One of an entry's attachments at a time, large.

    Args:
        journal: the open journal (bytes are read on a worker, through its own connection).
        attachments: the entry's attachments, in the strip's order.
        index: which one to show first.
    """

    def __init__(
        self,
        journal: Journal,
        attachments: list[Attachment],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal: Journal | None = journal
        self._attachments = list(attachments)
        self._index = index
        self._image = QImage()
        self._zoom: float | None = None  # None: fitted to the window
        self._work = Background(self)
        self.setWindowTitle(self.tr("Attachment"))  # the name shows inside, not in the title
        self.setObjectName("attachmentViewer")
        self.heading = text_label("", "heading")
        self.place = text_label("", "muted")
        self.picture = QLabel()
        self.scroller = QScrollArea()
        self.document = QWidget()
        self.facts = text_label()
        self.save_copy = button(self.tr("Save a Copy…"), self.tr("Save a copy"), primary=True)
        self.message = text_label("", "muted")
        self._pages = QStackedWidget()
        self._build()
        self._keys()
        self.resize(self._first_size())
        self._show_current()

    # ------------------------------------------------------------------ public

    def current(self) -> Attachment | None:
        """The attachment on screen."""
        return self._attachments[self._index] if self._attachments else None

    def zoom(self) -> float:
        """How large the picture is shown (1.0: a decoded pixel on each pixel of the screen)."""
        return self._zoom if self._zoom is not None else self._fit_zoom()

    def zoom_in(self) -> None:
        """Larger by a step."""
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Smaller by a step."""
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit(self) -> None:
        """Fit the picture to the window again."""
        self._zoom = None
        self._render()

    def step(self, offset: int) -> None:
        """The next (1) or previous (-1) attachment; it stops at either end."""
        wanted = self._index + offset
        if 0 <= wanted < len(self._attachments) and wanted != self._index:
            self._index = wanted
            self._show_current()

    def forget(self) -> None:
        """Drop the pixels, the names and the journal, and close (the journal locks)."""
        self._work.forget()
        self._image = QImage()
        self.picture.clear()
        self._attachments = []
        self._journal = None
        for label in (self.heading, self.place, self.facts, self.message):
            label.clear()
        self.reject()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows step, not scroll
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self.document)
        column.setContentsMargins(32, 32, 32, 32)
        column.setSpacing(16)
        column.addWidget(self.facts)
        column.addWidget(self.save_copy, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message)
        column.addStretch(1)
        self._pages.addWidget(self.scroller)
        self._pages.addWidget(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        layout.addWidget(self._pages, 1)
        self.save_copy.clicked.connect(self._save_copy)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.place)
        row.addLayout(titles, 1)
        self._tools: list[QPushButton] = []
        for text, name, slot in (
            ("−", self.tr("Zoom out"), self.zoom_out),  # noqa: RUF001 - a minus sign
            (self.tr("Fit"), self.tr("Fit to the window"), self.fit),
            ("+", self.tr("Zoom in"), self.zoom_in),
            (self.tr("Previous"), self.tr("Previous attachment"), lambda: self.step(-1)),
            (self.tr("Next"), self.tr("Next attachment"), lambda: self.step(1)),
            (self.tr("Close"), self.tr("Close the viewer"), self.reject),
        ):
            tool = button(text, name)
            tool.setAutoDefault(False)
            tool.clicked.connect(slot)
            row.addWidget(tool, 0, Qt.AlignmentFlag.AlignTop)
            self._tools.append(tool)
        return row

    def _keys(self) -> None:
        keys: dict[Callable[[], None], list[QKeySequence | QKeySequence.StandardKey]] = {
            self.zoom_in: [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
            self.zoom_out: [QKeySequence.StandardKey.ZoomOut],
            self.fit: [QKeySequence("Ctrl+0")],
            lambda: self.step(1): [QKeySequence("Right"), QKeySequence("PgDown")],
            lambda: self.step(-1): [QKeySequence("Left"), QKeySequence("PgUp")],
        }
        for slot, sequences in keys.items():
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.activated.connect(slot)

    def _first_size(self) -> QSize:
        screen = self.screen().availableGeometry().size()
        return QSize(min(1100, screen.width() * 4 // 5), min(800, screen.height() * 4 // 5))

    # ------------------------------------------------------------------ showing

    def _show_current(self) -> None:
        item = self.current()
        if item is None:
            return
        self.heading.setText(item.name)
        self.place.setText(
            self.tr("{number} of {count}").format(
                number=self._index + 1, count=len(self._attachments)
            )
        )
        self.message.clear()
        is_picture = item.kind.is_image
        for tool in self._tools[:3]:
            tool.setEnabled(is_picture)
        if is_picture:
            self._pages.setCurrentWidget(self.scroller)
            self._decode(item)
        else:
            self._image = QImage()
            self.picture.clear()
            self._pages.setCurrentWidget(self.document)
            self.facts.setText(self._facts(item))
            self.save_copy.setFocus()

    def _facts(self, item: Attachment) -> str:
        size = QLocale().formattedDataSize(item.size)
        return self.tr("{name}\n{size}\nSHA-256: {digest}").format(
            name=item.name, size=size, digest=item.sha256
        )

    def _decode(self, item: Attachment) -> None:
        """The picture at about the screen's size, decoded on the worker."""
        self._image = QImage()
        self.picture.clear()
        self.picture.setText(self.tr("Opening the picture…"))
        journal = self._journal
        if journal is None:
            return
        screen = self.screen().size() * self.devicePixelRatioF()
        longest = max(SMALLEST_DECODE, screen.width(), screen.height())
        wanted = item.id
        self._work.run(
            lambda: read_and_decode(journal, wanted, longest),
            lambda result: self._decoded(wanted, result),
        )

    def _decoded(self, attachment_id: str, result: object) -> None:
        item = self.current()
        if item is None or item.id != attachment_id:
            return  # the person moved on meanwhile
        if isinstance(result, QImage) and not result.isNull():
            self._image = result
            self._render()
            return
        if isinstance(result, BaseException) and not isinstance(result, KnownError):
            raise result
        message = result.message if isinstance(result, KnownError) else ""
        self.picture.setText(message or self.tr("Threshold can't show this picture."))

    def _fit_zoom(self) -> float:
        if self._image.isNull():
            return 1.0
        ratio = self.devicePixelRatioF()
        room = self.scroller.viewport().size() * ratio
        scale = min(room.width() / self._image.width(), room.height() / self._image.height(), 1.0)
        return max(ZOOM_RANGE[0], float(scale))

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self._render()

    def _render(self) -> None:
        if self._image.isNull():
            return
        zoom, ratio = self.zoom(), self.devicePixelRatioF()
        size = QSize(
            max(1, round(self._image.width() * zoom)), max(1, round(self._image.height() * zoom))
        )
        pixmap = QPixmap.fromImage(
            self._image.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fitted picture follows the window's size."""
        super().resizeEvent(event)
        if self._zoom is None:
            self._render()

    # ------------------------------------------------------------------ saving

    def _save_copy(self) -> None:
        """The original, byte for byte, written privately where the person chooses."""
        item, journal = self.current(), self._journal
        if item is None or journal is None:
            return
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy"),
                item.name,
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if not name:
            return
        self.message.setText(self.tr("Saving a copy…"))
        target = Path(name)
        self._work.run(lambda: _write_copy(journal, item.id, target), self._saved)

    def _saved(self, result: object) -> None:
        if isinstance(result, OSError):
            reason = result.strerror or str(result)
            self.message.setText(
                self.tr("Threshold couldn't save the copy there: {reason}.").format(reason=reason)
            )
        elif isinstance(result, KnownError):
            self.message.setText(result.message)
        elif isinstance(result, BaseException):
            raise result
        else:
            self.message.setText(self.tr("Saved a copy. The journal keeps its own."))


def _write_copy(journal: Journal, attachment_id: str, target: Path) -> None:
    """On the worker: the stored chunks, streamed into a private file (0600, atomic)."""
    with journal.attachment_writer() as store:
        write_pieces_privately(target, store.chunks(attachment_id))
