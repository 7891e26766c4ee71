"""Search results: the list model and the delegate that paints entry rows.

Search hits arrive ranked from the core; the model only holds them and names
their parts as roles, so the delegate, tests and screen readers read the same
values. The delegate paints any entry row (headline, date and one detail line),
so the trash dialog uses it too. Snippets are the user's own text, so they are HTML-escaped before
the core's highlight markers become ``<b>`` tags: an entry that contains
``<script>`` or ``<img>`` is shown as those characters, never interpreted.

A snippet is fitted to its row on word boundaries around its first match
(``narrow``), so the matched word always shows whole, with context on both
sides. An entry marked heavy shows a neutral line instead of its text, as the
timeline and "Remind me why" do.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from enum import IntEnum
from typing import cast

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
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

from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from app.storage.search_snippets import narrow
from app.ui.widgets.theme import current_colours

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 8  # the spacing grid
GAP = 4  # between a row's two lines
ELLIPSIS = "…"
FIT_SLACK = 4  # pixels kept free: rich text lays out a little wider than measured
FIT_CACHE_SIZE = 512
_SPACES = re.compile(r"\s+")  # line breaks too: a snippet shows as one line


class SearchRole(IntEnum):
    """Named roles for one search hit."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    DateRole = Qt.ItemDataRole.UserRole + 2
    HeadlineRole = Qt.ItemDataRole.UserRole + 3
    SnippetRole = Qt.ItemDataRole.UserRole + 4
    ScoreRole = Qt.ItemDataRole.UserRole + 5
    MarkedSnippetRole = Qt.ItemDataRole.UserRole + 6  # the core's markers, not yet HTML
    HeavyRole = Qt.ItemDataRole.UserRole + 7


def snippet_html(snippet: str) -> str:
    """Safe HTML for a marked snippet: escaped text, matches in ``<b>``.

    Markers are paired defensively (an entry may itself contain the marker
    characters), so the result never holds an unclosed or stray tag.
    """
    parts: list[str] = []
    bold = False
    for piece in _split_markers(snippet):
        if piece in (HIGHLIGHT_START, HIGHLIGHT_END):
            wanted = piece == HIGHLIGHT_START
            if wanted != bold:
                parts.append("<b>" if wanted else "</b>")
                bold = wanted
            continue
        parts.append(html.escape(_SPACES.sub(" ", piece), quote=False))
    if bold:
        parts.append("</b>")
    return "".join(parts)


def snippet_text(snippet: str) -> str:
    """The snippet as plain text on one line (for screen readers)."""
    unmarked = snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    return _SPACES.sub(" ", unmarked).strip()


def _split_markers(snippet: str) -> list[str]:
    """The snippet cut into text pieces and single marker characters."""
    pieces: list[str] = []
    current: list[str] = []
    for char in snippet:
        if char in (HIGHLIGHT_START, HIGHLIGHT_END):
            pieces.extend(["".join(current), char])
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return [piece for piece in pieces if piece]


class SearchResultsModel(QAbstractListModel):
    """Ranked search hits, best first; one reset point (``set_hits``).

    At most a search's ``limit`` rows (50 by default) are ever held, so there is
    no lazy loading here.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show these hits instead of the current ones."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every hit (for an empty query or a locked journal)."""
        self.set_hits([])

    def hit(self, row: int) -> SearchHit:
        """The hit in one row."""
        return self._hits[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of hits (a flat list: children of a row have none)."""
        return 0 if parent.isValid() else len(self._hits)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML and debugging."""
        names = super().roleNames()
        names.update({int(role): QByteArray(role.name.encode()) for role in SearchRole})
        return names

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The value of one role for one hit."""
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        hit = self._hits[index.row()]
        snippet = self._shown_snippet(hit)
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.entry.headline
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.entry.headline}, {hit.entry.date.isoformat()}: {snippet_text(snippet)}"
        if role == SearchRole.SnippetRole:
            return snippet_html(snippet)
        if role == SearchRole.MarkedSnippetRole:
            return snippet
        return _hit_role(hit, role)

    def _shown_snippet(self, hit: SearchHit) -> str:
        """The hit's snippet, or for an entry marked heavy a neutral line without its text."""
        if hit.entry.heavy:
            return self.tr("Marked heavy: open it when you choose to.")
        return hit.snippet


def _hit_role(hit: SearchHit, role: int) -> object:
    """The custom roles of one hit that do not show its text (None for any other role)."""
    match role:
        case SearchRole.EntryIdRole:
            return hit.entry.id
        case SearchRole.DateRole:
            return hit.entry.date
        case SearchRole.HeadlineRole:
            return hit.entry.headline
        case SearchRole.ScoreRole:
            return hit.score
        case SearchRole.HeavyRole:
            return hit.entry.heavy
    return None


def format_day(day: dt.date | None) -> str:
    """A day the way rows show it, with the locale's month names ("4 Mar 2025")."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


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


class EntryRowDelegate(QStyledItemDelegate):
    """Paints an entry row: the headline and its date, then one quiet detail line.

    The headline is the model's display text. Text is painted rather than put in
    widgets (no per-row widgets), and every row has the same height, so views can
    use uniform item sizes.

    Args:
        detail_role: the role holding the second line.
        date_role: the role holding the entry's ``datetime.date``; None shows no date.
        snippet: the detail is a search snippet with the core's match markers: it
            is fitted to the row around its first match and shown highlighted.
    """

    def __init__(
        self,
        detail_role: int,
        date_role: int | None = SearchRole.DateRole,
        *,
        snippet: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail_role = detail_role
        self._date_role = date_role
        self._snippet = snippet
        self._fitted: dict[tuple[str, int, str], str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Two lines of text inside the grid's padding."""
        first = QFontMetrics(_headline_font(option.font)).height()
        second = option.fontMetrics.lineSpacing()
        return QSize(option.fontMetrics.averageCharWidth() * 24, 2 * PAD + first + GAP + second)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The selection background, then the two lines of text."""
        view_option, (text, quiet), area = paint_row_background(self, painter, option, index)
        painter.save()
        used = self._paint_first_line(painter, view_option, index, area, (text, quiet))
        self._paint_detail(painter, view_option, index, area.adjusted(0, used, 0, 0), quiet)
        painter.restore()

    def _paint_first_line(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        area: QRect,
        colours: tuple[QColor, QColor],
    ) -> int:
        """Headline on the left, date on the right; returns the height used."""
        headline_font = _headline_font(option.font)
        height = QFontMetrics(headline_font).height()
        day = "" if self._date_role is None else format_day(index.data(self._date_role))
        day_width = option.fontMetrics.horizontalAdvance(day)
        painter.setFont(option.font)
        painter.setPen(colours[1])
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRect(area.right() - day_width, area.top(), day_width, height),
            flags | Qt.AlignmentFlag.AlignRight,
            day,
        )
        room = max(area.width() - day_width - 2 * PAD, 0)
        headline = index.data() or self.tr("Untitled entry")
        painter.setFont(headline_font)
        painter.setPen(colours[0])
        shown = QFontMetrics(headline_font).elidedText(headline, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(area.left(), area.top(), room, height), flags, shown)
        return height + GAP

    def _paint_detail(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        area: QRect,
        colour: QColor,
    ) -> None:
        """The detail line, highlighted matches in the full text colour."""
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
        value = str(index.data(self._detail_role) or "")
        if self._snippet:
            value = snippet_html(self._fit(value, option.font, width))
        document = self._one_line_document(value, option)
        elide_document(document, width)  # only a match wider than the row is still cut
        return document

    def _fit(self, snippet: str, font: QFont, width: int) -> str:
        """The snippet cut on word boundaries to fit ``width``, its first match kept whole."""
        key = (snippet, width, font.key())
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= FIT_CACHE_SIZE:
                self._fitted.clear()
            measure = _snippet_measure(font)
            fitted = narrow(snippet, lambda text: measure(text) <= width - FIT_SLACK)
            self._fitted[key] = fitted
        return fitted

    def _one_line_document(self, value: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()  # no parent: freed after painting
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(text_option)
        strong = option.palette.color(QPalette.ColorRole.Text).name()
        document.setDefaultStyleSheet(f"b {{ color: {strong}; font-weight: 600; }}")
        document.setHtml(value if self._snippet else html.escape(" ".join(value.split())))
        return document


def _snippet_measure(font: QFont) -> Callable[[str], float]:
    """How wide a marked snippet is on one line: matches in the bold that ``<b>`` gets."""
    regular = QFontMetricsF(font)
    bold_font = QFont(font)
    bold_font.setWeight(QFont.Weight.DemiBold)  # the style sheet's font-weight: 600
    bold = QFontMetricsF(bold_font)

    def measure(snippet: str) -> float:
        width, inside = 0.0, False
        for piece in _split_markers(snippet):
            if piece in (HIGHLIGHT_START, HIGHLIGHT_END):
                inside = piece == HIGHLIGHT_START
                continue
            width += (bold if inside else regular).horizontalAdvance(_SPACES.sub(" ", piece))
        return width

    return measure


def _headline_font(font: QFont) -> QFont:
    """The row's font, a little heavier, for the headline."""
    headline = QFont(font)
    headline.setWeight(QFont.Weight.DemiBold)
    return headline
