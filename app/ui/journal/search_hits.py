"""Where a search's words occur in an entry's text, tinted as the search found them.

A search opens an entry with its matches marked; the marks are extra selections
on the writing surface, so the text and its undo history stay untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QTextEdit

from app.ui.widgets.colours import current_colours
from app.ui.widgets.text_surface import search_words

MAX_HIGHLIGHTS = 500


def search_hits(document: QTextDocument, query: str) -> list[QTextEdit.ExtraSelection]:
    """Every start of a word of ``query`` in ``document`` (at most ``MAX_HIGHLIGHTS``)."""
    tint = QTextCharFormat()
    tint.setBackground(QColor(current_colours().highlight))
    selections: list[QTextEdit.ExtraSelection] = []
    options = (
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.UseUnicodePropertiesOption
    )
    for word in search_words(query):
        # A word start, as the search index matches; "#tags" and "(words" too.
        pattern = QRegularExpression(rf"(?<!\w){QRegularExpression.escape(word)}", options)
        cursor = document.find(pattern, 0)
        while not cursor.isNull() and len(selections) < MAX_HIGHLIGHTS:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = tint
            selections.append(selection)
            cursor = document.find(pattern, cursor)
    return selections
