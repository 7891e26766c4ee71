"""An attachment's reference in the writing surface: the description first, the target quiet.

The highlighter only formats: the text stays exactly as typed, in light and dark.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument, QTextLayout
from pytestqt.qtbot import QtBot

from app.ui.journal.markdown_highlighter import ATTACHMENT_TARGET_SCALE, MarkdownHighlighter
from app.ui.widgets.colours import DARK, LIGHT, Colours, force_dark

ID = "0123456789abcdef0123456789abcdef"
DESCRIPTION = "the message 🌱"
LINE = f"Before ![{DESCRIPTION}](attachment:{ID}) and [a link](https://example.org) after"


@pytest.fixture(params=[LIGHT, DARK], ids=["light", "dark"])
def colours(request: pytest.FixtureRequest) -> Iterator[Colours]:
    force_dark(request.param is DARK)
    yield request.param
    force_dark(None)


def format_at(ranges: list[QTextLayout.FormatRange], utf16: int) -> QTextCharFormat:
    """The format Qt applies at a UTF-16 position (a blank one where none is set)."""
    for found in ranges:
        if found.start <= utf16 < found.start + found.length:
            return found.format
    return QTextCharFormat()


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_the_target_is_small_and_muted_and_the_description_reads_first(
    qtbot: QtBot, colours: Colours
) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document, 12.0)
    document.setPlainText(LINE)
    highlighter.rehighlight()
    ranges = document.firstBlock().layout().formats()

    target_start = utf16(LINE[: LINE.index("(attachment:")])
    target_end = utf16(LINE[: LINE.index(")") + 1])
    for position in range(target_start, target_end):
        target = format_at(ranges, position)
        assert target.fontPointSize() == pytest.approx(12.0 * ATTACHMENT_TARGET_SCALE)
        assert target.foreground().color() == QColor(colours.muted_text)
    description = format_at(ranges, utf16(LINE[: LINE.index(DESCRIPTION)]))
    assert description.foreground().color() == QColor(colours.accent)
    assert not description.fontUnderline() and description.fontPointSize() in (0, 12.0)
    link = format_at(ranges, utf16(LINE[: LINE.index("[a link]") + 1]))
    assert link.fontUnderline()  # other links look as before
    assert format_at(ranges, target_end).fontPointSize() in (0, 12.0)  # nothing after shrinks
    assert document.toPlainText() == LINE  # every character as typed
