"""The writing surface: the body editor, the preview, and the typography they share.

A serif about 1.15 times the UI font, line height 1.5, in a centred column of
about 70 characters. The body is a QTextEdit kept to plain text, because only
QTextEdit's layout honours line height; files dropped on it and pictures pasted
into it are offered to whoever attaches them (the kit knows nothing of a journal).
The preview loads no resources, except ``attachment:ID`` pictures that a resolver
set by the editor hands over from memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QPoint,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.colours import current_colours

EDITOR_FONT_SCALE = 1.15
EDITOR_FAMILIES = ["Noto Serif", "Source Serif 4", "Georgia", "DejaVu Serif"]
LINE_HEIGHT_PERCENT = 150
COLUMN_CHARS = 70
MIN_SIDE_MARGIN = 32
DOCUMENT_MARGIN = 16
# Whole tokens of marks only ("##", "-", ">", "---"): Markdown, not words.
MARKUP_ONLY = re.compile(r"(?<!\S)[^\s\w]+(?!\S)")
_QUERY_SYNTAX = {"AND", "OR", "NOT", "NEAR"}
ATTACHMENT_SCHEME = "attachment"
ImageResolver = Callable[[str, int], QImage | QPixmap | None]
"""Gives the picture of ``attachment:ID`` at most ``width`` pixels wide, or None."""


def editor_font() -> QFont:
    """A readable serif about 1.15 times the UI font (it follows the system size)."""
    font = QFont(QGuiApplication.font())
    font.setFamilies(EDITOR_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(font.pointSizeF() * EDITOR_FONT_SCALE)
    return font


def column_width(font: QFont) -> int:
    """Pixels for about ``COLUMN_CHARS`` characters of ``font`` plus the page margin."""
    return round(QFontMetricsF(font).averageCharWidth() * COLUMN_CHARS) + 2 * DOCUMENT_MARGIN


def _spacing() -> QTextBlockFormat:
    """The one block format the writing surface uses: a 1.5 line height."""
    spacing = QTextBlockFormat()
    spacing.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    return spacing


def has_line_height(block_format: QTextBlockFormat) -> bool:
    """Whether a paragraph carries the writing surface's 1.5 line height."""
    return (
        block_format.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        and block_format.lineHeight() == LINE_HEIGHT_PERCENT
    )


def set_line_height(document: QTextDocument) -> None:
    """Give every paragraph a 1.5 line height, outside the undo history."""
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(_spacing())
    document.setUndoRedoEnabled(undo)  # re-enabling starts a fresh, empty history


def search_words(query: str) -> list[str]:
    """The words of a search query, without quotes, prefixes' stars or operators."""
    words = (word.strip("\"'()*^:") for word in query.split())
    return [word for word in words if word and word not in _QUERY_SYNTAX]


def _set_up_surface(edit: QTextEdit) -> None:
    """The editor's font and page margin, without a frame: the page is the panel."""
    edit.setFont(editor_font())
    edit.document().setDocumentMargin(DOCUMENT_MARGIN)
    edit.setFrameShape(QTextEdit.Shape.NoFrame)


def _centre_column(edit: QTextEdit) -> None:
    """Centre a column of about 70 characters; a narrow window keeps a margin.

    Viewport margins make the column, so the document is never touched (no undo
    steps, no edits).
    """
    spare = edit.contentsRect().width() - column_width(edit.font())
    side = max(MIN_SIDE_MARGIN, spare // 2)
    edit.setViewportMargins(side, 0, side, 0)


def _margin_event(edit: QTextEdit, event: QEvent) -> bool:
    """Let the side margins scroll and take clicks like the text does.

    Returns:
        Whether the event was handled here.
    """
    if event.type() == QEvent.Type.Wheel:
        edit.wheelEvent(event)  # type: ignore[arg-type]
        return True
    if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
        return False
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    if not edit.isReadOnly():
        inside = edit.viewport().mapFrom(edit, event.position().toPoint())
        width = edit.viewport().width()
        clamped = QPoint(min(max(inside.x(), 0), width - 1), inside.y())
        edit.setTextCursor(edit.cursorForPosition(clamped))
    return True


_NEW_LINE_KEYS = (
    QKeySequence.StandardKey.InsertParagraphSeparator,
    QKeySequence.StandardKey.InsertLineSeparator,
)


class BodyEdit(QTextEdit):
    """The writing surface: plain text only, every paragraph at the same line height.

    Qt treats Return in an empty paragraph that carries a block format as "reset
    the format" rather than "new paragraph", so ``aaa⏎⏎bbb`` would be kept as
    ``aaa⏎bbb``. Return and Shift+Return therefore always start a paragraph here
    (plain text has no other kind of line break), and any edit that leaves a
    paragraph without the line height gives it back in the same undo step.

    Text pastes as text. Files dropped (or pasted without text) and a pasted
    picture are not inserted: they are offered through the signals below.

    Signals:
        filesOffered(list): local files (``Path``) dropped or pasted here.
        pictureOffered(QImage): a picture pasted here (the clipboard held no text).
    """

    filesOffered = Signal(list)
    pictureOffered = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_up_surface(self)
        self.setAcceptRichText(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return starts a paragraph; Ctrl+Tab leaves the text; the rest is Qt's, format kept.

        Tab types a tab here, so Ctrl+Tab (Ctrl+Shift+Tab back) is the keyboard's
        way on to what follows the text, such as its attachments.
        """
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            QWidget.focusNextPrevChild(
                self, event.key() == Qt.Key.Key_Tab
            )  # not the text's refusal
            event.accept()
            return
        if not self.isReadOnly() and any(event.matches(key) for key in _NEW_LINE_KEYS):
            self._new_paragraph()
            event.accept()
            return
        super().keyPressEvent(event)
        self._keep_line_height()

    def cut(self) -> None:
        """Cut, and keep the line height of the paragraph that is left."""
        super().cut()
        self._keep_line_height()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Text, local files and pictures are welcome; nothing else."""
        return bool(source.hasText() or _local_files(source) or source.hasImage())

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste or drop plain text; new paragraphs take the current paragraph's format.

        Files (dropped, or copied in a file manager) are offered, even though their
        names come along as text (Qt reads a list of files as text too); a picture
        is offered only when there is no text (text copied from a document may
        bring a picture of itself along).
        """
        files = _local_files(source)
        if files:
            self.filesOffered.emit(files)
        elif source.hasText():
            self.textCursor().insertText(source.text())
            self._keep_line_height()
            self.ensureCursorVisible()
        elif source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.pictureOffered.emit(image)

    def _new_paragraph(self) -> None:
        """Replace the selection (if any) with a paragraph break in the same format."""
        cursor = self.textCursor()
        cursor.insertBlock(_spacing(), cursor.charFormat())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _keep_line_height(self) -> None:
        """Give the current paragraph its line height back, as part of the last edit.

        Only after an edit can a paragraph have lost it (undo restores states that
        all had it), so joining the previous edit block never merges unrelated steps.
        """
        cursor = self.textCursor()
        if has_line_height(cursor.blockFormat()):
            return
        cursor.joinPreviousEditBlock()
        cursor.mergeBlockFormat(_spacing())
        cursor.endEditBlock()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the column centred as the window changes size.

        Margins first: the text is laid out again for the new width inside
        ``resizeEvent``.
        """
        _centre_column(self)
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """Events on the side margins, as if on the text."""
        return _margin_event(self, event) or super().event(event)


class PreviewBrowser(QTextBrowser):
    """The rendered entry; follows no links, fetches nothing, reads no file.

    The one resource it shows is an ``attachment:ID`` picture, which the resolver
    (set by the editor) gives from memory, fitted to the reading column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_up_surface(self)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._resolver: ImageResolver | None = None

    def set_resolver(self, resolver: ImageResolver | None) -> None:
        """Who gives ``attachment:ID`` pictures (None: no picture at all)."""
        self._resolver = resolver

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Only an ``attachment:`` picture the resolver knows; everything else stays empty.

        An empty, non-null answer on purpose: when this returns nothing at all,
        QTextDocument falls back to reading local files and ``data:`` URLs itself.
        """
        url = name if isinstance(name, QUrl) else QUrl(name)
        if (
            self._resolver is not None
            and kind == QTextDocument.ResourceType.ImageResource.value
            and url.scheme() == ATTACHMENT_SCHEME
        ):
            image = self._resolver(url.path(), self._picture_width())
            if image is not None and not image.isNull():
                return image
        return QByteArray()

    def replace_picture(self, attachment_id: str) -> bool:
        """Ask the resolver again for a picture shown; False if it must be laid out anew.

        A picture that arrives at the size of what stood in for it takes its
        place without a new layout, so the reader's place stays where it is.
        """
        if self._resolver is None:
            return True
        document = self.document()
        kind = QTextDocument.ResourceType.ImageResource.value
        url = QUrl(f"{ATTACHMENT_SCHEME}:{attachment_id}")
        shown = document.resource(kind, url)
        if not isinstance(shown, QImage | QPixmap):
            return True  # not in this preview
        image = self._resolver(attachment_id, self._picture_width())
        if image is None or image.size() != shown.size():
            return False
        document.addResource(kind, url, image)
        self.viewport().update()
        return True

    def _picture_width(self) -> int:
        """The column's width, less a scroll bar's when none shows yet (a picture may bring it)."""
        width = self.document().textWidth() - 2 * self.document().documentMargin()
        if not self.verticalScrollBar().isVisible():
            width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(1, int(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the reading column centred, as the writing one is."""
        _centre_column(self)
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """Events on the side margins, as if on the text."""
        return _margin_event(self, event) or super().event(event)


def _local_files(source: QMimeData) -> list[Path]:
    """The local files a drop or paste carries (none when any of its links is not one)."""
    urls = source.urls() if source.hasUrls() else []
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


def centred_row(parent: QWidget, inner: QWidget, font: QFont) -> QWidget:
    """``inner`` in a row as wide as the text column in ``font``, centred like it."""
    holder = QWidget(parent)
    column = QWidget(holder)
    inner.setParent(column)
    margins = QVBoxLayout(column)
    margins.setContentsMargins(DOCUMENT_MARGIN, 0, DOCUMENT_MARGIN, 0)
    margins.addWidget(inner)
    column.setMaximumWidth(column_width(font))
    row = QHBoxLayout(holder)
    row.setContentsMargins(MIN_SIDE_MARGIN, 0, MIN_SIDE_MARGIN, 0)
    row.addWidget(column)
    return holder


def preview_style() -> str:
    """The preview's CSS: the editor's rhythm and the theme's quiet colours."""
    colours = current_colours()
    return f"""
    p, li, dd, dt, blockquote {{ line-height: {LINE_HEIGHT_PERCENT}%; }}
    h1 {{ font-size: 1.5em; font-weight: 600; }}
    h2 {{ font-size: 1.3em; font-weight: 600; }}
    h3, h4, h5, h6 {{ font-size: 1.1em; font-weight: 600; }}
    blockquote {{ color: {colours.muted_text}; margin-left: 16px; }}
    code, pre {{ font-family: monospace; color: {colours.muted_text}; }}
    a {{ color: {colours.accent}; }}
    table {{ border-style: solid; border-width: 1px; border-color: {colours.border}; }}
    th, td {{ padding: 4px 8px; }}
    """
