"""Two-line rows: a headline with quiet notes and a corner text, then one quiet line.

Search hits, the trash, earlier versions, "Remind me why" and the contact log
all show a record as the same two lines: the headline in a slightly heavier
font (with quiet notes after it, and a date or time on the right), then one
quiet line of detail. ``TwoLineRowDelegate`` paints them from roles the caller
names, so a screen chooses what goes where and the look stays one look. Text is
painted rather than put in widgets (no per-row widgets), and every row has the
same height, so views can use uniform item sizes.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.widgets.colours import current_colours
from app.ui.widgets.translate import tr

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 8  # the spacing grid
GAP = 4  # between a row's two lines
ELLIPSIS = "…"
NOTE_SEPARATOR = "  ·  "
# Makes one line of HTML for the detail, fitted to a width in a font (search snippets).
RichDetail = Callable[[str, QFont, int], str]


def format_day(day: dt.date | None) -> str:
    """A day the way rows show it, with the locale's month names ("4 Mar 2025").

    The month in words keeps the day unambiguous in every language; the pattern is
    translated (German writes "4. März 2025"), the names come from ``QLocale``.
    """
    if day is None:
        return ""
    #: A Qt date format: d = day, MMM = short month name, yyyy = year.
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("d MMM yyyy"))


def format_moment(moment: dt.datetime) -> str:
    """A date and time the way rows show them ("4 Mar 2025, 19:40"), as given."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return tr("{day}, {time}").format(day=format_day(moment.date()), time=time)


def strong_font(font: QFont) -> QFont:
    """The row's font, a little heavier, for a headline."""
    strong = QFont(font)
    strong.setWeight(QFont.Weight.DemiBold)
    return strong


def elide_document(document: QTextDocument, width: float) -> None:
    """Cut a one-line rich-text document to ``width``, ending it with an ellipsis.

    Cutting the document rather than its HTML keeps the highlighting intact and
    never splits a tag or an escaped character.
    """
    document.documentLayout().documentSize()  # lays the text out
    if document.idealWidth() <= width:
        return
    block = document.firstBlock()
    line = block.layout().lineAt(0)
    limit = width - QFontMetricsF(document.defaultFont()).horizontalAdvance(ELLIPSIS)
    position = line.xToCursor(max(limit, 0), QTextLine.CursorPosition.CursorBetweenCharacters)
    while position > 0 and _x_of(line, position) > limit:
        position -= 1
    cursor = QTextCursor(document)
    cursor.setPosition(block.position() + position)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.insertText(ELLIPSIS)


def _x_of(line: QTextLine, position: int) -> float:
    """Where a cursor position sits on a line (PySide returns ``(x, position)``)."""
    x, _ = cast(tuple[float, int], line.cursorToX(position))
    return x


def paint_row_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: ModelIndex,
) -> tuple[QStyleOptionViewItem, tuple[QColor, QColor], QRect]:
    """Let the style paint a row's background and focus; what the text is drawn with.

    Returns the row's option, the text and quiet colours (the quiet one becomes the
    text colour on a selected row, for AA contrast on the highlight), and the area
    inside the grid's padding.
    """
    view_option = QStyleOptionViewItem(option)
    delegate.initStyleOption(view_option, index)
    view_option.text = ""  # the style paints the background and focus only
    widget = view_option.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
    text = view_option.palette.color(QPalette.ColorRole.Text)
    selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
    quiet = text if selected else QColor(current_colours().muted_text)
    area = view_option.rect.adjusted(2 * PAD, PAD, -2 * PAD, -PAD)
    return view_option, (text, quiet), area


class TwoLineRowDelegate(QStyledItemDelegate):
    """Paints a row as a headline line and one quiet detail line.

    Args:
        detail_role: the role holding the second line.
        corner_role: the role holding the quiet text at the right of the first
            line (a ``datetime.date`` is shown as rows show days); None for none.
        title_role: the role holding the headline.
        notes_role: the role holding quiet notes (a list of strings) shown after
            the headline; None for none.
        untitled: what a row with an empty headline shows.
        rich_detail: turns the detail into one line of HTML fitted to a width,
            matches in ``<b>`` (shown in the full text colour); None shows it as
            plain text.
    """

    def __init__(
        self,
        detail_role: int,
        corner_role: int | None = None,
        *,
        title_role: int = Qt.ItemDataRole.DisplayRole,
        notes_role: int | None = None,
        untitled: str = "",
        rich_detail: RichDetail | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._roles = (title_role, notes_role, corner_role, detail_role)
        self._untitled = untitled
        self._rich_detail = rich_detail

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Two lines of text inside the grid's padding."""
        first = QFontMetrics(strong_font(option.font)).height()
        second = option.fontMetrics.lineSpacing()
        return QSize(option.fontMetrics.averageCharWidth() * 24, 2 * PAD + first + GAP + second)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The style's background and focus, then the two lines of text."""
        view_option, (text, quiet), area = paint_row_background(self, painter, option, index)
        painter.save()
        used = self._paint_first_line(painter, view_option, index, area, (text, quiet))
        self._paint_detail(painter, view_option, index, area.adjusted(0, used, 0, 0), quiet)
        painter.restore()

    def corner_text(self, index: ModelIndex) -> str:
        """The quiet text at the right of the first line."""
        role = self._roles[2]
        value = None if role is None else index.data(role)
        return format_day(value) if isinstance(value, dt.date) else str(value or "")

    def _paint_first_line(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        area: QRect,
        colours: tuple[QColor, QColor],
    ) -> int:
        """The headline on the left, then quiet notes; the corner text on the right."""
        strong = QFontMetrics(strong_font(option.font))
        height = strong.height()
        corner = self.corner_text(index)
        corner_width = option.fontMetrics.horizontalAdvance(corner)
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.setFont(option.font)
        painter.setPen(colours[1])
        painter.drawText(
            QRect(area.right() - corner_width, area.top(), corner_width, height),
            flags | Qt.AlignmentFlag.AlignRight,
            corner,
        )
        room = max(area.width() - corner_width - 2 * PAD, 0)
        title = str(index.data(self._roles[0]) or "") or self._untitled
        title = strong.elidedText(title, Qt.TextElideMode.ElideRight, room)
        title_width = min(strong.horizontalAdvance(title), room)
        painter.setFont(strong_font(option.font))
        painter.setPen(colours[0])
        painter.drawText(QRect(area.left(), area.top(), title_width, height), flags, title)
        notes = [] if self._roles[1] is None else index.data(self._roles[1]) or []
        if notes:
            rest = max(room - title_width, 0)
            note = option.fontMetrics.elidedText(
                NOTE_SEPARATOR + NOTE_SEPARATOR.join(notes), Qt.TextElideMode.ElideRight, rest
            )
            painter.setFont(option.font)
            painter.setPen(colours[1])
            painter.drawText(
                QRect(area.left() + title_width, area.top(), rest, height), flags, note
            )
        return height + GAP

    def _paint_detail(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        area: QRect,
        colour: QColor,
    ) -> None:
        """The detail line in the quiet colour, highlighted matches in the full text colour."""
        document = self.detail_document(index, option, area.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Text, colour)
        context.palette = palette
        painter.translate(area.topLeft())
        painter.setClipRect(QRect(0, 0, area.width(), area.height()))
        document.documentLayout().draw(painter, context)

    def detail_document(
        self, index: ModelIndex, option: QStyleOptionViewItem, width: int
    ) -> QTextDocument:
        """The detail line as painted in ``width`` pixels (also for tests)."""
        value = str(index.data(self._roles[3]) or "")
        if self._rich_detail is not None:
            shown = self._rich_detail(value, option.font, width)
        else:
            shown = html.escape(" ".join(value.split()))
        document = QTextDocument()  # no parent: freed after painting
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(text_option)
        strong = option.palette.color(QPalette.ColorRole.Text).name()
        document.setDefaultStyleSheet(f"b {{ color: {strong}; font-weight: 600; }}")
        document.setHtml(shown)
        elide_document(document, width)  # only a match wider than the row is still cut
        return document
