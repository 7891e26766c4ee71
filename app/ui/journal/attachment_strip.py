"""The row of attachments under an entry's text: pictures as thumbnails, PDFs as tiles.

Every attachment of the open entry is listed, whether the text still refers to it
or not, so nothing kept is ever out of sight. Click, Return or Enter opens the
viewer; the strip is reached from the text with Ctrl+Tab. Thumbnails come from
the page's in-memory cache, decoded on a worker; a tile shows a quiet frame until
its picture is ready. Tooltips stay empty: a file's name is shown on screen only.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QLocale,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.records.attachments import Attachment
from app.ui.forgetting import ForgetsOnLock
from app.ui.widgets.colours import current_colours
from app.ui.widgets.lists import FIRST_ROLE, ListModel, ModelIndex, list_view

TILE = QSize(112, 112)
COMPACT_TILE = QSize(64, 64)
"""A short editor's tiles (a small window, a large font): the text keeps its room."""
PICTURE_SIDE = 96
Picture = Callable[[Attachment], QImage | None]


class AttachmentRole(IntEnum):
    """The strip model's named roles."""

    ATTACHMENT = FIRST_ROLE
    SIZE_TEXT = FIRST_ROLE + 1


class AttachmentModel(ListModel[Attachment]):
    """An entry's attachments; the picture of each comes from ``picture`` when it is ready.

    The thumbnail of each comes from ``picture`` (set by whoever decodes them):
    None while it is decoded, and for a PDF.
    """

    roles = AttachmentRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: Picture = lambda _attachment: None

    def item_data(self, item: Attachment, role: int) -> object:
        """Name, spoken description, thumbnail, size."""
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.picture(item) if item.kind.is_image else None
        if role == AttachmentRole.ATTACHMENT:
            return item
        if role == AttachmentRole.SIZE_TEXT:
            return self._size(item)
        return None

    def describe(self, item: Attachment) -> str:
        """What a screen reader says for a tile."""
        if item.kind.is_image:
            return self.tr("Picture: {name}").format(name=item.name)
        return self.tr("PDF document: {name}, {size}").format(name=item.name, size=self._size(item))

    def append(self, attachment: Attachment) -> None:
        """One more attachment at the end (just attached)."""
        if any(row.id == attachment.id for row in self._rows):
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(attachment)
        self.endInsertRows()

    def picture_ready(self, attachment_id: str) -> None:
        """Repaint the tile whose picture arrived."""
        for row, item in enumerate(self._rows):
            if item.id == attachment_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def ids(self) -> list[str]:
        """The attachments' ids, in order."""
        return [row.id for row in self._rows]

    def rows(self) -> list[Attachment]:
        """The attachments, in order."""
        return list(self._rows)

    def _size(self, item: Attachment) -> str:
        return QLocale().formattedDataSize(item.size)


class TileDelegate(QStyledItemDelegate):
    """Paints a tile: the picture fitted, or a page with the document's name and size."""

    tile = TILE

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Every tile is the same size."""
        return self.tile

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The tile's frame (accented when chosen or focused) and what it holds."""
        colours = current_colours()
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        state = option.state
        # The accent only where the keyboard is: a tile chosen in an unfocused row stays quiet.
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QPainterPath()
        frame.addRoundedRect(rect, 6, 6)
        painter.fillPath(frame, QColor(colours.base))
        image = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(image, QImage) and not image.isNull():
            _paint_picture(painter, image, rect, frame)
        elif index.data(AttachmentRole.ATTACHMENT).kind.is_image:
            painter.fillPath(frame, QColor(colours.alternate))  # its picture is on its way
        else:
            _paint_document(painter, index, rect)
        pen = QPen(QColor(colours.accent if focused else colours.border), 2 if focused else 1)
        painter.setPen(pen)
        painter.drawPath(frame)
        painter.restore()


def _paint_picture(painter: QPainter, image: QImage, rect: QRectF, frame: QPainterPath) -> None:
    size = image.size().scaled(
        rect.size().toSize().shrunkBy(QMargins(2, 2, 2, 2)), Qt.AspectRatioMode.KeepAspectRatio
    )
    target = QRect(0, 0, size.width(), size.height())
    target.moveCenter(rect.center().toPoint())
    painter.setClipPath(frame)
    painter.drawImage(target, image)
    painter.setClipping(False)


def _paint_document(painter: QPainter, index: ModelIndex, rect: QRectF) -> None:
    """A folded page, the name (two lines at most) and the size, in the theme's colours."""
    colours = current_colours()
    page = QRectF(rect.center().x() - 14, rect.top() + 10, 28, 34)
    fold = QPainterPath()
    fold.moveTo(page.topLeft())
    fold.lineTo(page.right() - 8, page.top())
    fold.lineTo(page.right(), page.top() + 8)
    fold.lineTo(page.bottomRight())
    fold.lineTo(page.bottomLeft())
    fold.closeSubpath()
    painter.setPen(QPen(QColor(colours.muted_text), 1.5))
    painter.drawPath(fold)
    painter.drawText(page, Qt.AlignmentFlag.AlignCenter, "PDF")
    text = QRectF(
        rect.left() + 6, page.bottom() + 6, rect.width() - 12, rect.bottom() - page.bottom() - 8
    )
    metrics = painter.fontMetrics()
    name = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideMiddle, int(text.width()))
    painter.setPen(QColor(colours.text))
    painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
    painter.setPen(QColor(colours.muted_text))
    size = str(index.data(AttachmentRole.SIZE_TEXT))
    painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, size)


class AttachmentStrip(QWidget, ForgetsOnLock):
    """The attachments row under the text, and a quiet line for "Attaching…" or a refusal.

    Signals:
        openRequested(str): open the viewer on this attachment id.
    """

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttachmentModel(self)
        self.view = list_view(QListView(self), self.model, TileDelegate(), self.tr("Attachments"))
        self.note = QLabel(self)
        self._build()
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.model.rowsInserted.connect(self._update)
        self.model.modelReset.connect(self._update)
        self._update()

    def show_attachments(self, attachments: list[Attachment]) -> None:
        """List these (the open entry's); an empty list hides the row."""
        self.model.replace_rows(attachments)
        self.note.clear()

    def add(self, attachment: Attachment) -> None:
        """Show one just attached, and choose it."""
        self.model.append(attachment)
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
        self.view.scrollToBottom()

    def set_busy(self, busy: bool) -> None:
        """Say "Attaching…" quietly while an attach runs."""
        attaching = self.tr("Attaching…")
        if busy:
            self.note.setText(attaching)
        elif self.note.text() == attaching:
            self.note.clear()  # a refusal said meanwhile stays
        self._update()

    def say(self, message: str) -> None:
        """A plain message under the row (a refused file); it stays until the next attach."""
        self.note.setText(message)
        self._update()

    def forget(self) -> None:
        """No attachment stays listed (the journal locks)."""
        self.show_attachments([])

    def _build(self) -> None:
        self.setObjectName("attachmentStrip")
        view = self.view
        view.setObjectName("attachmentTiles")
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QListView.Shape.NoFrame)
        self._fit_height()
        view.viewport().setAutoFillBackground(False)
        view.setStyleSheet("QListView { background: transparent; border: none; }")
        self.note.setObjectName("attachmentNote")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(view)
        column.addLayout(row)
        column.addWidget(self.note)

    def set_compact(self, compact: bool) -> None:
        """Smaller tiles while the editor is short; the usual ones when there is room."""
        tile = COMPACT_TILE if compact else TILE
        delegate = self.view.itemDelegate()
        if not isinstance(delegate, TileDelegate) or delegate.tile == tile:
            return
        delegate.tile = tile
        self._fit_height()
        self.view.scheduleDelayedItemsLayout()

    def is_compact(self) -> bool:
        """Whether the tiles are the small ones."""
        delegate = self.view.itemDelegate()
        return isinstance(delegate, TileDelegate) and delegate.tile == COMPACT_TILE

    def _fit_height(self) -> None:
        delegate = self.view.itemDelegate()
        tile = delegate.tile if isinstance(delegate, TileDelegate) else TILE
        bar = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(tile.height() + bar + 4)

    def _update(self, *_: object) -> None:
        self.view.setVisible(self.model.rowCount() > 0)
        self.note.setVisible(bool(self.note.text()))
        self.setVisible(self.model.rowCount() > 0 or bool(self.note.text()))

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.openRequested.emit(item.id)
