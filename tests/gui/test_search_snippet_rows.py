"""Search rows show the matched word whole, in any width, and never a heavy entry's text.

Issue 15, finding 11: a narrow results list cut the snippet at its right end, so
a row read "…when my ph…" or lost the match entirely; and an entry marked heavy
showed its text in search although the timeline and "Remind me why" hide it.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, EntryFields, EntrySummary, SearchHit
from app.storage.search_snippets import make_snippet
from app.ui.journal.search_model import EntryRowDelegate, SearchResultsModel, SearchRole
from app.ui.journal.search_panel import SearchPanel
from tests.helpers.search import field_of, make_panel, results_of

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
LATE = (
    "It was late that evening, after the long drive home from the station, "
    "when my phone rang again and again and I let it ring."
)


def shown_text(panel: SearchPanel, row: int, width: int) -> str:
    """The detail line of a result row as it is painted in ``width`` pixels."""
    view = results_of(panel)
    delegate = view.itemDelegate()
    assert isinstance(delegate, EntryRowDelegate)
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.palette = view.palette()
    return delegate.detail_document(panel.model().index(row, 0), option, width).toPlainText()


def whole_words(text: str) -> list[str]:
    return text.replace("…", " ").split()


def test_a_narrow_row_shows_the_matched_word_whole(qtbot: QtBot, journal: Journal) -> None:
    journal.entries.add(EntryFields(title="Late", body=LATE))
    panel = make_panel(qtbot, journal.entries.search)
    qtbot.keyClicks(field_of(panel), "phone")
    qtbot.waitUntil(lambda: panel.model().rowCount() == 1)
    for width in (140, 200, 260, 320, 400):
        text = shown_text(panel, 0, width)
        words = whole_words(text)
        assert "phone" in words, (width, text)
        assert set(words) <= set(LATE.split()), (width, text)  # no word cut short
        if width >= 260:
            index = words.index("phone")
            assert 0 < index < len(words) - 1, (width, text)  # context on both sides


def test_a_heavy_entry_shows_a_neutral_line_not_its_text(qtbot: QtBot, journal: Journal) -> None:
    journal.entries.add(
        EntryFields(title="That night", body="the phone and the shouting", heavy=True)
    )
    journal.entries.add(EntryFields(title="Today", body="I left the phone in the drawer"))
    panel = make_panel(qtbot, journal.entries.search)
    qtbot.keyClicks(field_of(panel), "phone")
    qtbot.waitUntil(lambda: panel.model().rowCount() == 2)
    model = panel.model()
    rows = {model.index(row, 0).data(): model.index(row, 0) for row in range(2)}
    heavy = rows["That night"]
    assert heavy.data(SearchRole.HeavyRole) is True
    for role in (SearchRole.SnippetRole, SearchRole.MarkedSnippetRole, ACCESSIBLE):
        shown = str(heavy.data(role))
        assert "shouting" not in shown and "phone" not in shown
        assert "Marked heavy" in shown
    assert "shouting" not in shown_text(panel, heavy.row(), 300)
    assert "drawer" in shown_text(panel, rows["Today"].row(), 300)


WORD = st.text(alphabet="abcdefghilmnoprstuvwy'-,.", min_size=1, max_size=10)
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def one_hit(snippet: str) -> SearchResultsModel:
    summary = EntrySummary("id", NOW.date(), NOW, NOW, "A row", None, None, False, False, None)
    model = SearchResultsModel()
    model.set_hits([SearchHit(summary, snippet, 0.0)])
    return model


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(WORD, min_size=1, max_size=60), data=st.data(), width=st.integers(120, 520))
def test_any_snippet_in_any_width_keeps_its_match_whole(
    qtbot: QtBot, words: list[str], data: st.DataObject, width: int
) -> None:
    index = data.draw(st.integers(0, len(words) - 1))
    token = re.search(r"[^\W_]+", words[index])
    assume(token is not None)
    assert token is not None
    a, b = token.span()
    marked = list(words)
    marked[index] = (
        f"{words[index][:a]}{HIGHLIGHT_START}{token.group()}{HIGHLIGHT_END}{words[index][b:]}"
    )
    model = one_hit(make_snippet(" ".join(marked)))
    delegate = EntryRowDelegate(SearchRole.MarkedSnippetRole, snippet=True)
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    shown = delegate.detail_document(model.index(0, 0), option, width).toPlainText()
    if QFontMetricsF(option.font).horizontalAdvance(words[index]) * 1.3 < width - 8:
        assert words[index] in whole_words(shown), (shown, width)
        assert set(whole_words(shown)) <= set(words), (shown, width)
