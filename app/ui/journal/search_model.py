"""Search results: the list model, and entry rows as the row delegate paints them.

Search hits arrive ranked from the core; the model only holds them and names
their parts as roles, so the delegate, tests and screen readers read the same
values. Entry rows (headline, date and one detail line) are the kit's two-line
rows (``EntryRowDelegate``), so the trash and "Remind me why" show entries the
same way. Snippets are the user's own text, so they are HTML-escaped before the
core's highlight markers become ``<b>`` tags: an entry that contains
``<script>`` or ``<img>`` is shown as those characters, never interpreted.

A snippet is fitted to its row on word boundaries around its first match
(``narrow``), so the matched word always shows whole, with context on both
sides. An entry marked heavy shows a neutral line instead of its text, as the
timeline and "Remind me why" do.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from app.storage.search_snippets import narrow
from app.ui.widgets.lists import FIRST_ROLE, ListModel
from app.ui.widgets.rows import TwoLineRowDelegate

FIT_SLACK = 4  # pixels kept free: rich text lays out a little wider than measured
FIT_CACHE_SIZE = 512
_SPACES = re.compile(r"\s+")  # line breaks too: a snippet shows as one line

# Named roles for one search hit; MarkedSnippetRole holds the core's markers, not yet HTML.
SearchRole = IntEnum(
    "SearchRole",
    "EntryIdRole DateRole HeadlineRole SnippetRole ScoreRole MarkedSnippetRole HeavyRole",
    start=FIRST_ROLE,
)


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


class SearchResultsModel(ListModel[SearchHit]):
    """Ranked search hits, best first; one reset point (``set_hits``).

    At most a search's ``limit`` rows (50 by default) are ever held, so there is
    no lazy loading here.
    """

    roles = SearchRole

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show these hits instead of the current ones."""
        self.replace_rows(hits)

    def clear(self) -> None:
        """Forget every hit (for an empty query or a locked journal)."""
        self.replace_rows([])

    def hit(self, row: int) -> SearchHit:
        """The hit in one row."""
        return self._rows[row]

    def item_data(self, item: SearchHit, role: int) -> object:
        """The value of one role for one hit."""
        snippet = self._shown_snippet(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.entry.headline
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.entry.headline}, {item.entry.date.isoformat()}: {snippet_text(snippet)}"
        if role == SearchRole.SnippetRole:
            return snippet_html(snippet)
        if role == SearchRole.MarkedSnippetRole:
            return snippet
        return _hit_role(item, role)

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


class SnippetFitter:
    """Fits marked snippets to a row's width as safe HTML, remembering recent fits.

    A snippet is cut on word boundaries around its first match, which stays whole;
    painting asks again for every visible row on every frame, hence the cache.
    """

    def __init__(self) -> None:
        self._fitted: dict[tuple[str, int, str], str] = {}

    def __call__(self, snippet: str, font: QFont, width: int) -> str:
        """The snippet fitted to ``width`` pixels in ``font``, as one line of HTML."""
        key = (snippet, width, font.key())
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= FIT_CACHE_SIZE:
                self._fitted.clear()
            measure = _snippet_measure(font)
            fitted = narrow(snippet, lambda text: measure(text) <= width - FIT_SLACK)
            self._fitted[key] = fitted
        return snippet_html(fitted)


class EntryRowDelegate(TwoLineRowDelegate):
    """Two-line rows for entries: the headline and its date, then one quiet detail line.

    Args:
        detail_role: the role holding the second line.
        date_role: the role holding the entry's ``datetime.date``; None shows no date.
        snippet: the detail is a search snippet with the core's match markers: it
            is fitted to the row around its first match and shown highlighted.
        parent: the delegate's owner (usually its view).
    """

    def __init__(
        self,
        detail_role: int,
        date_role: int | None = SearchRole.DateRole,
        *,
        snippet: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            detail_role,
            date_role,
            untitled=QCoreApplication.translate("EntryRowDelegate", "Untitled entry"),
            rich_detail=SnippetFitter() if snippet else None,
            parent=parent,
        )
