"""An attachment shown large: a picture to look at closely, or a PDF's facts and a copy.

A picture is decoded from memory on a worker, at about the screen's size (never
a file, never a cache on disk): a large one is fitted to the window, a small one
shown pixel for pixel; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits again, and the scale
beside the zoom buttons says how large, against the original's pixels. Left and Right
(or Page Up and Page Down) go to the entry's other attachments; Escape closes.
Under the name, quietly, its type, size and SHA-256: the evidence that it is the
file as it arrived, on the window's whole width so the digest stays on one line.
"Save a Copy…" (Alt+S) writes that original byte for byte, streamed
from the journal, privately, where the person chose. Locking drops the pixels
and closes the viewer.
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
from app.ui.widgets.colours import current_colours
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
        self.facts = text_label("", "muted")
        self.message = text_label("", "muted")
        self.scale = QLabel()
        self.picture = QLabel()
        self.scroller = QScrollArea()
        self.document = QWidget()
        self.save_copy = button(self.tr("&Save a Copy…"), self.tr("Save a copy of the original"))
        self.previous = button(self.tr("Previous"), self.tr("Previous attachment"))
        self.next = button(self.tr("Next"), self.tr("Next attachment"))
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
        if self._can_step(offset):
            self._index += offset
            self._show_current()

    def forget(self) -> None:
        """Drop the pixels, the names and the journal, and close (the journal locks)."""
        self._work.forget()
        self._image = QImage()
        self.picture.clear()
        self._attachments = []
        self._journal = None
        for label in (self.heading, self.place, self.facts, self.message, self.scale):
            label.clear()
        self.reject()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setObjectName("attachmentPicture")
        self.scroller.setAccessibleName(self.tr("Picture"))
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Focusable, so the keyboard starts on the picture; the arrows still step
        # (the dialog's shortcuts come before a scroll area's keys).
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self.document)
        column.setContentsMargins(32, 32, 32, 32)
        column.addWidget(
            text_label(
                self.tr(
                    "Threshold keeps this document as it arrived. You can save a copy "
                    "of the original and open it in another program."
                )
            )
        )
        column.addStretch(1)
        self._pages.addWidget(self.scroller)
        self._pages.addWidget(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        layout.addWidget(self.facts)
        layout.addWidget(self.message)
        layout.addWidget(self._pages, 1)
        self.setStyleSheet(_picture_style())

    def _header(self) -> QVBoxLayout:
        """The name on a line of its own, then the place among the entry's and the tools.

        A long name on the tools' row was squeezed into a narrow column, a word a line.
        """
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.heading)
        row = QHBoxLayout()
        self.place.setWordWrap(False)  # "1 of 2" is one thing
        row.addWidget(self.place, 1)
        row.addWidget(self._scale_label())
        self._zooms: list[QPushButton] = []
        for text, name, slot in (
            ("−", self.tr("Zoom out"), self.zoom_out),  # noqa: RUF001 - a minus sign
            (self.tr("Fit"), self.tr("Fit to the window"), self.fit),
            ("+", self.tr("Zoom in"), self.zoom_in),
        ):
            self._zooms.append(self._tool(row, button(text, name), slot))
        self._tool(row, self.previous, lambda: self.step(-1))
        self._tool(row, self.next, lambda: self.step(1))
        self._tool(row, self.save_copy, self._save_copy)
        self._tool(row, button(self.tr("Close"), self.tr("Close the viewer")), self.reject)
        header.addLayout(row)
        return header

    def _scale_label(self) -> QLabel:
        """The scale, right-aligned with room for "800%" to spare, so the buttons never shift."""
        self.scale.setProperty("role", "muted")
        self.scale.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.scale.setMinimumWidth(self.scale.fontMetrics().horizontalAdvance("8000%"))
        self.scale.setMinimumHeight(self.save_copy.sizeHint().height())
        return self.scale

    @staticmethod
    def _tool(row: QHBoxLayout, tool: QPushButton, slot: Callable[[], None]) -> QPushButton:
        tool.setAutoDefault(False)
        tool.clicked.connect(slot)
        row.addWidget(tool, 0, Qt.AlignmentFlag.AlignTop)
        return tool

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
        self.facts.setText(self._facts(item))
        self.message.clear()
        self.message.hide()
        self.previous.setEnabled(self._can_step(-1))
        self.next.setEnabled(self._can_step(1))
        is_picture = item.kind.is_image
        for tool in self._zooms:
            tool.setEnabled(is_picture)
        if is_picture:
            self._zoom = None
            self._pages.setCurrentWidget(self.scroller)
            self.scroller.setFocus()
            self._decode(item)
        else:
            self._image = QImage()
            self.picture.clear()
            self.scale.clear()
            self._pages.setCurrentWidget(self.document)
            self.save_copy.setFocus()

    def _can_step(self, offset: int) -> bool:
        return 0 <= self._index + offset < len(self._attachments)

    def _facts(self, item: Attachment) -> str:
        """Its type, size and SHA-256, the details that make the original evidence."""
        return self.tr("{kind}, {size}\nSHA-256: {digest}").format(
            kind=item.kind.name, size=QLocale().formattedDataSize(item.size), digest=item.sha256
        )

    def _decode(self, item: Attachment) -> None:
        """The picture at about the screen's size, decoded on the worker."""
        self._image = QImage()
        self.picture.clear()
        self.scale.clear()
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
        # The room without scroll bars: a zoomed picture's bars must not shrink the next fit.
        room = self.scroller.maximumViewportSize() * ratio
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
        self.scale.setText(self.tr("{percent}%").format(percent=round(self.scale_shown() * 100)))

    def scale_shown(self) -> float:
        """The picture's shown size against the original's (1.0: a pixel on a pixel).

        It is decoded at about the screen's size, so the zoom alone would call a photo
        shown at half its pixels 100%; longest sides compare, whichever way up it is.
        """
        item = self.current()
        original = max(item.width or 0, item.height or 0) if item is not None else 0
        shown = max(self._image.width(), self._image.height()) * self.zoom()
        return shown / original if original else self.zoom()

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
        caption = self.tr("Save a copy of the original ({kind}, {size}, byte for byte)").format(
            kind=item.kind.name, size=QLocale().formattedDataSize(item.size)
        )
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getSaveFileName(
                self, caption, item.name, options=QFileDialog.Option.DontUseNativeDialog
            )
        if not name:
            return
        self._say(self.tr("Saving a copy of the original…"))
        target = Path(name)
        self._work.run(lambda: _write_copy(journal, item.id, target), self._saved)

    def _saved(self, result: object) -> None:
        if isinstance(result, OSError):
            reason = result.strerror or str(result)
            self._say(
                self.tr("Threshold couldn't save the copy there: {reason}.").format(reason=reason)
            )
        elif isinstance(result, KnownError):
            self._say(result.message)
        elif isinstance(result, BaseException):
            raise result
        else:
            self._say(
                self.tr("Saved a copy of the original, byte for byte. The journal keeps its own.")
            )

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))


def _picture_style() -> str:
    """The picture's area: the fields' rounded frame, accented while the keyboard is on it."""
    colours = current_colours()
    return (
        f"QScrollArea#attachmentPicture {{ border: 1px solid {colours.border};"
        " border-radius: 6px; }"
        f"QScrollArea#attachmentPicture:focus {{ border: 1px solid {colours.accent}; }}"
    )


def _write_copy(journal: Journal, attachment_id: str, target: Path) -> None:
    """On the worker: the stored chunks, streamed into a private file (0600, atomic)."""
    with journal.attachment_writer() as store:
        write_pieces_privately(target, store.chunks(attachment_id))
