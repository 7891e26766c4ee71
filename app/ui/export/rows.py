"""The export dialog's paragraph list: calm, readable rows with a real checkbox each.

Each paragraph is a row of up to four wrapped lines (then "…"), beside the
same checkbox as everywhere else: the indicator is drawn by the style for this
view, so the theme's ``QListView::indicator`` rule gives it its look. A heading
reads bold, a quote italic, code in a fixed-width font; an entry's own heading
row is bold with room above it. Rows never run past the right edge: the list
has no horizontal scroll bar and lays its rows out again when it is resized.

Space toggles the current row and the arrows move (``ParagraphList``); a click
anywhere on a paragraph's row toggles it, as a click on a checkbox's label does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.export.readable import BlockKind
from app.ui.export.model import ExportListModel, ExportRole

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_LINES = 4
PADDING = 8  # the 8-pixel grid: above, below and beside each row's text
HEADING_GAP = 8  # extra room above an entry's heading row
BATCH_ROWS = 100


class ParagraphList(QListView):
    """The list of paragraphs: rows that wrap, no horizontal scrolling, Space toggles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ParagraphDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(0)
        # A long export (a filter over years) lays its rows out a batch at a time, so
        # the dialog opens at once and stays responsive while the rest are measured.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH_ROWS)

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style sheet changes every row's height."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, ParagraphDelegate):
                delegate.forget_sizes()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space (or Select) ticks or unticks the current paragraph; the rest as usual."""
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            model = self.model()
            if isinstance(model, ExportListModel) and model.toggle(self.currentIndex()):
                event.accept()
                return
        super().keyPressEvent(event)


class ParagraphDelegate(QStyledItemDelegate):
    """Paints a paragraph row: checkbox, then up to ``MAX_LINES`` wrapped lines."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[int, int], int] = {}  # (row, width) -> height

    def forget_sizes(self) -> None:
        """Measure rows again (the font or the style changed)."""
        self._heights.clear()

    # ------------------------------------------------------------------ geometry

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """As tall as the row's lines (at most four), as wide as the list.

        Heights are kept per row and width: the view asks several times per row,
        and wrapping a paragraph is the costly part. Rows never change their words.
        """
        width = self._view.viewport().width()
        key = (index.row(), width)
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._measure(option, index, width)
        return QSize(width, height)

    def _measure(self, option: QStyleOptionViewItem, index: ModelIndex, width: int) -> int:
        opt = self._option(option, index)
        lines = self._lines(opt, index, self._text_width(opt, index, width))
        text_height = max(1, len(lines)) * QFontMetrics(opt.font).lineSpacing()
        height = max(text_height, self._check_size(opt).height()) + 2 * PADDING
        return height + (HEADING_GAP if self._is_heading(index) else 0)

    def _text_width(self, opt: QStyleOptionViewItem, index: ModelIndex, width: int) -> int:
        left = PADDING if self._is_heading(index) else 2 * PADDING + self._check_size(opt).width()
        return max(40, width - left - PADDING)

    def _check_size(self, opt: QStyleOptionViewItem) -> QSize:
        check = QStyleOptionViewItem(opt)
        check.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style = self._view.style()
        rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, check, self._view
        )
        return rect.size()

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The row's background (selection, focus), its checkbox and its lines."""
        opt = self._option(option, index)
        style = self._view.style()
        text = opt.text
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, self._view)
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        if self._is_heading(index):
            rect.setTop(rect.top() + HEADING_GAP)
        else:
            self._paint_check(painter, opt, rect, index)
            rect.setLeft(rect.left() + self._check_size(opt).width() + PADDING)
        opt.text = text
        self._paint_lines(painter, opt, rect, index)

    def _paint_check(
        self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, index: ModelIndex
    ) -> None:
        check = QStyleOptionViewItem(opt)
        size = self._check_size(opt)
        line = QFontMetrics(opt.font).lineSpacing()
        top = rect.top() + max(0, (line - size.height()) // 2)
        check.rect = QRect(rect.left(), top, size.width(), size.height())
        check.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        check.state &= ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off)
        check.state |= QStyle.StateFlag.State_On if ticked else QStyle.StateFlag.State_Off
        self._view.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, self._view
        )

    def _paint_lines(
        self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, index: ModelIndex
    ) -> None:
        painter.save()
        painter.setFont(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        step = QFontMetrics(opt.font).lineSpacing()
        for number, line in enumerate(self._lines(opt, index, rect.width())):
            line_rect = QRect(rect.left(), rect.top() + number * step, rect.width(), step)
            painter.drawText(
                line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )
        painter.restore()

    # ------------------------------------------------------------------ text

    def _option(self, option: QStyleOptionViewItem, index: ModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.font = self._font(opt.font, index)
        return opt

    def _font(self, base: QFont, index: ModelIndex) -> QFont:
        """Bold for headings, italic for quotes, fixed width for code."""
        kind = index.data(ExportRole.KindRole)
        if kind is BlockKind.CODE:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPointSizeF(base.pointSizeF())
            return font
        font = QFont(base)
        font.setBold(kind is BlockKind.HEADING or self._is_heading(index))
        font.setItalic(kind is BlockKind.QUOTE)
        return font

    def _lines(self, opt: QStyleOptionViewItem, index: ModelIndex, width: int) -> list[str]:
        """The row's text wrapped to ``width``: at most four lines, the last elided."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        limit = 1 if self._is_heading(index) else MAX_LINES
        return wrapped_lines(text, QFontMetrics(opt.font), width, limit)

    @staticmethod
    def _is_heading(index: ModelIndex) -> bool:
        return bool(index.data(ExportRole.ParagraphRole) == -1)

    # ------------------------------------------------------------------ input

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: ModelIndex
    ) -> bool:
        """A click anywhere on a paragraph's row toggles it, as on a checkbox's label."""
        if not isinstance(model, ExportListModel) or self._is_heading(index):
            return False
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonDblClick:
            return True  # two clicks: two toggles already; don't start anything else
        if event.type() != QEvent.Type.MouseButtonRelease:
            return False
        inside = option.rect.contains(event.position().toPoint())
        return bool(inside and model.toggle(index))


def wrapped_lines(text: str, metrics: QFontMetrics, width: int, limit: int) -> list[str]:
    """``text`` broken at spaces to fit ``width``; the last allowed line ends in "…" if cut.

    Line breaks in ``text`` (a list's items) are kept. A word longer than the
    whole width is cut where it must be, so nothing ever runs past the edge.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap(paragraph, metrics, width))
        if len(lines) > limit:
            break
    if len(lines) <= limit:
        return lines
    rest = " ".join(lines[limit - 1 :])  # fits only when short list items are joined
    return [*lines[: limit - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


def _wrap(paragraph: str, metrics: QFontMetrics, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        piece = word
        while metrics.horizontalAdvance(piece) > width and len(piece) > 1:
            cut = _longest_fitting(piece, metrics, width)
            lines.append(piece[:cut])
            piece = piece[cut:]
        line = piece
    lines.append(line)
    return lines


def _longest_fitting(word: str, metrics: QFontMetrics, width: int) -> int:
    """How many of ``word``'s first characters fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low
