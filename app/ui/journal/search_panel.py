"""Search-as-you-type: a field, ranked results and a quiet count.

Searching takes a few milliseconds, so it runs on the UI thread a moment after
typing pauses (a single-shot timer), never on every keystroke. The query lives
only in the field: it is not logged, kept in settings or shown in a tooltip, and
locking clears it together with its undo history. The field also asks input
methods not to learn what is typed into it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.errors import KnownError
from app.records.entries import SearchHit
from app.ui.widgets.icons import with_kit_clear_button
from app.ui.widgets.lists import list_view

if TYPE_CHECKING:
    from app.ui.journal.search_model import SearchResultsModel

Search = Callable[[str], list[SearchHit]]
DEBOUNCE_MS = 150


class SearchPanel(QWidget):
    """A search field over a ranked, highlighted list of matching entries.

    Args:
        search: runs one search (usually ``journal.entries.search``); None while the
            journal is locked.

    Signals:
        entryChosen(str, str): the user opened a result: its entry id and the
            query, so the editor can show where the words are.
        activeChanged(bool): the field went from empty to holding a query (True)
            or back (False); the results list shows only while it holds one.
    """

    entryChosen = Signal(str, str)
    activeChanged = Signal(bool)

    def __init__(self, search: Search | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search: Search | None = None
        # The results list is made the first time a search shows (see _list).
        self._model: SearchResultsModel | None = None
        self._results: QListView | None = None
        self._field = self._make_field()
        self._status = QLabel(self)
        self._status.setProperty("role", "muted")
        self._status.setAccessibleName(self.tr("Search status"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self._lay_out()
        self.set_search(search)

    # ------------------------------------------------------------------ public

    def set_search(self, search: Search | None) -> None:
        """Search with this callable from now on; None locks and clears everything."""
        self._search = search
        self._field.setEnabled(search is not None)
        if search is None:
            self.clear()
        else:
            self._run_search()  # the query still in the field, or the quiet hint

    def focus_search(self) -> None:
        """Put the cursor in the field with its text selected, ready to type over."""
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()

    def clear(self) -> None:
        """Empty the field (and its undo history) and the results."""
        self._timer.stop()
        self._field.setText("")  # unlike clear(), setText also drops the undo history
        self._show([])

    def query(self) -> str:
        """What is in the search field now."""
        return self._field.text()

    def model(self) -> SearchResultsModel:
        """The results model (for the window and tests)."""
        return self._list()[0]

    # ------------------------------------------------------------------ building

    def _make_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(self.tr("Search your journal"))
        field.setAccessibleName(self.tr("Search your journal"))
        with_kit_clear_button(field)
        field.setTextMargins(4, 4, 4, 4)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        field.textChanged.connect(self._on_text_changed)
        field.returnPressed.connect(self._choose_from_field)
        field.installEventFilter(self)
        return field

    def _list(self) -> tuple[SearchResultsModel, QListView]:
        """The results model and list, made when first needed: most evenings never search.

        Building them (and loading their painting code) cost ~6 ms of start-up.
        """
        if self._model is None or self._results is None:
            from app.ui.journal.search_model import SearchResultsModel  # noqa: PLC0415 - start-up time

            self._model = SearchResultsModel(self)
            self._results = self._make_results(self._model)
            self._results.setVisible(False)
            self._layout.addWidget(self._results, 1)
            self.setTabOrder(self._field, self._results)
        return self._model, self._results

    def _make_results(self, model: SearchResultsModel) -> QListView:
        from app.ui.journal.search_model import EntryRowDelegate, SearchRole  # noqa: PLC0415

        delegate = EntryRowDelegate(SearchRole.MarkedSnippetRole, snippet=True)
        results = list_view(
            QListView(self), model, delegate, self.tr("Search results"), smooth=True
        )
        results.activated.connect(self._choose)
        results.installEventFilter(self)
        return results

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._field)
        layout.addWidget(self._status)
        self._layout = layout  # the results list joins it once made (see _list)
        self._set_active(False)
        self.setFocusProxy(self._field)

    # ------------------------------------------------------------------ searching

    def is_active(self) -> bool:
        """Whether a query is in the field (and results are shown)."""
        return self._results is not None and self._results.isVisibleTo(self)

    def _set_active(self, active: bool) -> None:
        changed = active != self.is_active()
        if active or self._results is not None:
            self._list()[1].setVisible(active)
        self._status.setVisible(active)
        if changed:
            self.activeChanged.emit(active)

    def _on_text_changed(self, text: str) -> None:
        self._set_active(bool(text.strip()))
        if text.strip():
            self._timer.start()  # restarts: the search runs once typing pauses
        else:
            self._timer.stop()
            self._show([])

    def _run_search(self) -> None:
        self._timer.stop()
        query = self.query()
        if self._search is None or not query.strip():
            self._show([])
            return
        try:
            hits = self._search(query)
        except KnownError as error:
            self.model().clear()
            self._status.setText(error.message)
            return
        self._show(hits)

    def _show(self, hits: list[SearchHit]) -> None:
        if hits or self._model is not None:
            model, results = self._list()
            model.set_hits(hits)
            if hits:
                results.setCurrentIndex(model.index(0))
        self._status.setText(self._status_text(len(hits)))

    def _status_text(self, count: int) -> str:
        if self._search is None:
            return ""
        if not self.query().strip():
            return self.tr("Results appear as you type.")
        if count == 0:
            return self.tr("No entries match yet.")
        if count == 1:
            return self.tr("1 entry")
        return self.tr("{count} entries").format(count=count)

    # ------------------------------------------------------------------ choosing

    def _choose_from_field(self) -> None:
        if self._timer.isActive():
            self._run_search()  # Enter before the pause: search now, then open
        model, results = self._list()
        index = results.currentIndex()
        self._choose(index if index.isValid() else model.index(0))

    def _choose(self, index: QModelIndex) -> None:
        from app.ui.journal.search_model import SearchRole  # noqa: PLC0415 - loaded with the list

        if index.isValid():
            self.entryChosen.emit(index.data(SearchRole.EntryIdRole), self.query())

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move between the field and the results; Escape clears."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self._field:
            return self._field_key(event)
        if watched is self._results and self._results is not None:
            return self._results_key(self._results, event)
        return super().eventFilter(watched, event)

    def _field_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Down and self._timer.isActive():
            self._run_search()  # arrowing down before the pause: search now
        if (
            event.key() == Qt.Key.Key_Down
            and self._model is not None
            and self._model.rowCount() > 0
        ):
            model, results = self._list()
            if not results.currentIndex().isValid():
                results.setCurrentIndex(model.index(0))
            results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() == Qt.Key.Key_Escape and self.query():
            self.clear()
            return True
        return False

    def _results_key(self, results: QListView, event: QKeyEvent) -> bool:
        at_top = results.currentIndex().row() <= 0
        if event.key() == Qt.Key.Key_Up and at_top:
            self._field.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.text().isprintable() and event.text().strip():
            self._field.setFocus(Qt.FocusReason.OtherFocusReason)
            self._field.insert(event.text())  # typing in the list keeps refining the query
            return True
        return False
