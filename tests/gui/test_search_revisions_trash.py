"""Search-as-you-type, the revisions dialog and the trash dialog, against a real journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.errors import EntryNotFound, KnownError
from app.journal import Journal
from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, EntryFields, EntryFilter, SearchHit
from app.storage.entries import RevisionPolicy
from app.ui.journal.revision_diff import changed_spans
from app.ui.journal.revisions_dialog import RevisionListModel, RevisionRole, RevisionsDialog
from app.ui.journal.search_model import SearchResultsModel, SearchRole, snippet_html
from app.ui.journal.search_panel import SearchPanel
from app.ui.journal.trash_dialog import TrashDialog, TrashModel, TrashRole
from app.ui.widgets.rows import elide_document
from tests.helpers.search import field_of, make_panel, results_of
from tests.helpers.widgets import answer_with_default, confirm_destruction

# ---------------------------------------------------------------------- helpers


def status_of(panel: SearchPanel) -> QLabel:
    label = panel.findChild(QLabel)
    assert label is not None
    return label


def button(widget: QWidget, text: str) -> QPushButton:
    for candidate in widget.findChildren(QPushButton):
        if candidate.text().replace("&", "") == text:
            return candidate
    raise AssertionError(f"no button {text!r}")


def ids_in(model: SearchResultsModel | TrashModel, role: int) -> list[str]:
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


@pytest.fixture
def guilt_journal(journal: Journal) -> Journal:
    journal.entries.add(EntryFields(body="The holiday dinner was hard, some guilt, mostly noise."))
    journal.entries.add(
        EntryFields(title="Guilt", body="guilt again: whose guilt is it?", tags=("guilt",))
    )
    journal.entries.add(EntryFields(body="A calm walk by the river."))
    return journal


# ---------------------------------------------------------------------- search


def test_typing_searches_once_after_the_pause_with_ranked_highlights(
    qtbot: QtBot, guilt_journal: Journal
) -> None:
    calls: list[str] = []

    def search(query: str) -> list[SearchHit]:
        calls.append(query)
        return guilt_journal.entries.search(query)

    panel = make_panel(qtbot, search)
    assert status_of(panel).text() == "Results appear as you type."
    qtbot.keyClicks(field_of(panel), "guilt")
    assert calls == []  # nothing runs on each keystroke
    qtbot.waitUntil(lambda: panel.model().rowCount() == 2)
    assert calls == ["guilt"]
    expected = [hit.entry.id for hit in guilt_journal.entries.search("guilt")]
    assert ids_in(panel.model(), SearchRole.EntryIdRole) == expected
    top = panel.model().index(0, 0)
    assert top.data(SearchRole.HeadlineRole) == "Guilt"
    assert "<b>guilt</b>" in top.data(SearchRole.SnippetRole).lower()
    assert status_of(panel).text() == "2 entries"
    assert not panel.grab().isNull()  # the delegate paints without complaint


def test_no_match_and_known_errors_are_said_quietly(qtbot: QtBot, guilt_journal: Journal) -> None:
    panel = make_panel(qtbot, guilt_journal.entries.search)
    qtbot.keyClicks(field_of(panel), "zebra")
    status = status_of(panel)
    qtbot.waitUntil(lambda: status.text() == "No entries match yet.")

    def busy(query: str) -> list[SearchHit]:
        raise KnownError("The journal is busy for a moment. Please try again.")

    panel.set_search(busy)
    assert status.text() == "The journal is busy for a moment. Please try again."
    assert panel.model().rowCount() == 0


def test_html_in_an_entry_is_escaped_in_the_snippet(qtbot: QtBot, journal: Journal) -> None:
    journal.entries.add(EntryFields(body="<b>x</b><script>alert(1)</script> & hope <img src=y>"))
    panel = make_panel(qtbot, journal.entries.search)
    qtbot.keyClicks(field_of(panel), "hope")
    qtbot.waitUntil(lambda: panel.model().rowCount() == 1)
    snippet = panel.model().index(0, 0).data(SearchRole.SnippetRole)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;script&gt;" in snippet
    assert "&amp;" in snippet and "&lt;img" in snippet
    assert "<script>" not in snippet and "<img" not in snippet
    assert "<b>hope</b>" in snippet


def test_snippet_markers_always_pair_up() -> None:
    assert snippet_html(f"a{HIGHLIGHT_END}b{HIGHLIGHT_START}c") == "ab<b>c</b>"
    assert snippet_html(f"{HIGHLIGHT_START}{HIGHLIGHT_START}x") == "<b>x</b>"
    assert snippet_html(f"one\n\ntwo {HIGHLIGHT_START}<i>{HIGHLIGHT_END}") == (
        "one two <b>&lt;i&gt;</b>"
    )


def test_enter_before_the_pause_opens_the_top_hit_with_the_query(
    qtbot: QtBot, guilt_journal: Journal
) -> None:
    panel = make_panel(qtbot, guilt_journal.entries.search)
    qtbot.keyClicks(field_of(panel), "guilt")
    with qtbot.waitSignal(panel.entryChosen, timeout=1000) as chosen:
        qtbot.keyClick(field_of(panel), Qt.Key.Key_Return)
    assert chosen.args == [guilt_journal.entries.search("guilt")[0].entry.id, "guilt"]


def test_down_moves_into_the_results_and_enter_opens_the_current_one(
    qtbot: QtBot, guilt_journal: Journal
) -> None:
    panel = make_panel(qtbot, guilt_journal.entries.search)
    qtbot.keyClicks(field_of(panel), "guilt")
    qtbot.keyClick(field_of(panel), Qt.Key.Key_Down)
    results = results_of(panel)
    assert panel.focusWidget() is results
    qtbot.keyClick(results, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.entryChosen, timeout=1000) as chosen:
        qtbot.keyClick(results, Qt.Key.Key_Return)
    assert chosen.args == [guilt_journal.entries.search("guilt")[1].entry.id, "guilt"]
    qtbot.keyClick(results, Qt.Key.Key_Up)
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert panel.focusWidget() is field_of(panel)


def test_locking_clears_the_query_its_undo_and_the_results(
    qtbot: QtBot, guilt_journal: Journal
) -> None:
    panel = make_panel(qtbot, guilt_journal.entries.search)
    qtbot.keyClicks(field_of(panel), "guilt")
    qtbot.waitUntil(lambda: panel.model().rowCount() == 2)
    panel.set_search(None)
    field = field_of(panel)
    assert panel.query() == "" and field.text() == ""
    assert not field.isUndoAvailable()
    assert not field.isEnabled()
    assert panel.model().rowCount() == 0
    assert status_of(panel).text() == ""
    assert field.toolTip() == "" and panel.windowTitle() == ""


def test_search_model_passes_the_model_tester(qtmodeltester, guilt_journal: Journal) -> None:
    model = SearchResultsModel()
    model.set_hits(guilt_journal.entries.search("guilt"))
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_eliding_keeps_highlights_and_fits(qtbot: QtBot) -> None:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml("a long line " * 10 + "<b>match</b>")
    elide_document(document, 120)
    assert document.idealWidth() <= 120
    assert document.toPlainText().endswith("…")
    short = QTextDocument()
    short.setHtml("<b>hope</b> stays")
    elide_document(short, 400)
    assert short.toPlainText() == "hope stays"


# ---------------------------------------------------------------------- revisions


@pytest.fixture
def versions(journal: Journal) -> tuple[str, list[str]]:
    """An entry saved four times; its three earlier texts, oldest first."""
    texts = ["First, I wrote this.", "Then I added a line.\n\nA second one.", "A third try."]
    entry = journal.entries.add(EntryFields(body=texts[0]))
    for body in [*texts[1:], "What it says now."]:
        journal.entries.save(entry.id, EntryFields(body=body), RevisionPolicy.ALWAYS)
    return entry.id, texts


def test_revisions_newest_first_and_selecting_shows_the_text(
    qtbot: QtBot, journal: Journal, versions: tuple[str, list[str]]
) -> None:
    entry_id, texts = versions
    revisions = journal.entries.revisions(entry_id)
    dialog = RevisionsDialog(journal.entries.get(entry_id), revisions)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.revision_list().model()
    shown = [model.index(row, 0).data(RevisionRole.TextRole) for row in range(model.rowCount())]
    assert shown == texts[::-1]
    saved = [model.index(row, 0).data(RevisionRole.SavedRole) for row in range(3)]
    assert saved == sorted(saved, reverse=True)
    assert dialog.shown_texts() == (texts[2], "What it says now.")
    dialog.revision_list().setCurrentIndex(model.index(2, 0))
    assert dialog.shown_texts() == (texts[0], "What it says now.")
    assert dialog.windowTitle() == "Earlier versions"


def test_restore_returns_the_id_and_the_store_brings_the_text_back(
    qtbot: QtBot, journal: Journal, versions: tuple[str, list[str]]
) -> None:
    entry_id, texts = versions
    revisions = journal.entries.revisions(entry_id)
    dialog = RevisionsDialog(journal.entries.get(entry_id), revisions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.revision_list().setCurrentIndex(dialog.revision_list().model().index(1, 0))
    with qtbot.waitSignal(dialog.revisionChosen, timeout=1000) as chosen:
        qtbot.mouseClick(button(dialog, "Restore this version"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    revision_id = dialog.chosen_revision_id()
    assert revision_id is not None
    assert revision_id == revisions[1].id == chosen.args[0]
    restored = journal.entries.restore_revision(entry_id, revision_id)
    assert restored.body == texts[1]
    kept = [revision.body for revision in journal.entries.revisions(entry_id)]
    assert kept[0] == "What it says now."  # restoring kept the text it replaced


def test_closing_chooses_nothing(
    qtbot: QtBot, journal: Journal, versions: tuple[str, list[str]]
) -> None:
    entry_id, _ = versions
    dialog = RevisionsDialog(journal.entries.get(entry_id), journal.entries.revisions(entry_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_revision_id() is None


def test_no_revisions_shows_a_kind_empty_state(qtbot: QtBot, journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="Only once."))
    dialog = RevisionsDialog(entry, [])
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any(
        text.startswith("There are no earlier versions of this entry yet.") for text in texts
    )
    assert not button(dialog, "Restore this version").isVisible()


def test_changed_spans_mark_changed_words_only() -> None:
    old = "I can already feel the pull.\n\nSame paragraph."
    new = "I can feel the pull, gently.\n\nSame paragraph.\n\nA new one."
    left, right = changed_spans(old, new)
    assert [old[start:end] for start, end in left] == ["already"]
    assert [new[start:end] for start, end in right] == [", gently", "A new one."]


def test_revision_model_passes_the_model_tester(
    qtmodeltester, journal: Journal, versions: tuple[str, list[str]]
) -> None:
    qtmodeltester.check(RevisionListModel(journal.entries.revisions(versions[0])))


# ---------------------------------------------------------------------- trash


@pytest.fixture
def trashed(journal: Journal) -> list[str]:
    ids = [journal.entries.add(EntryFields(body=f"Entry number {n}.")).id for n in range(4)]
    for entry_id in ids[:3]:
        journal.entries.trash(entry_id)
    return ids[:3]


def make_trash(qtbot: QtBot, journal: Journal) -> TrashDialog:
    dialog = TrashDialog(journal.entries)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_restore_puts_the_entry_back(qtbot: QtBot, journal: Journal, trashed: list[str]) -> None:
    dialog = make_trash(qtbot, journal)
    assert sorted(ids_in(dialog.model(), TrashRole.EntryIdRole)) == sorted(trashed)
    chosen = dialog.model().index(1, 0).data(TrashRole.EntryIdRole)
    dialog.entry_list().setCurrentIndex(dialog.model().index(1, 0))
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(button(dialog, "Restore"), Qt.MouseButton.LeftButton)
    assert chosen in [summary.id for summary in journal.entries.summaries()]
    assert chosen not in ids_in(dialog.model(), TrashRole.EntryIdRole)
    assert dialog.model().rowCount() == 2


def test_empty_trash_confirmed_deletes_for_good(
    qtbot: QtBot, journal: Journal, trashed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = confirm_destruction(monkeypatch)
    dialog = make_trash(qtbot, journal)
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(button(dialog, "Empty trash…"), Qt.MouseButton.LeftButton)
    assert "3 entries" in asked[0].text() and "can't be undone" in asked[0].informativeText()
    assert journal.entries.count(EntryFilter(trashed=True)) == 0
    for entry_id in trashed:
        with pytest.raises(EntryNotFound):
            journal.entries.get(entry_id)
    assert journal.entries.count() == 1
    visible = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "The trash is empty." in visible


def test_empty_trash_cancelled_changes_nothing(
    qtbot: QtBot, journal: Journal, trashed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_with_default(monkeypatch)  # Cancel is the default: Enter never deletes
    dialog = make_trash(qtbot, journal)
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.mouseClick(button(dialog, "Empty trash…"), Qt.MouseButton.LeftButton)
    assert journal.entries.count(EntryFilter(trashed=True)) == 3
    assert dialog.model().rowCount() == 3


def test_confirmation_defaults_to_cancel_and_marks_the_danger(
    qtbot: QtBot, journal: Journal, trashed: list[str]
) -> None:
    dialog = make_trash(qtbot, journal)
    box, delete = dialog.confirmation_box(1)
    assert box.text() == "Delete 1 entry forever?"
    assert delete.text() == "Delete forever" and delete.property("danger") == "true"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_empty_trash_shows_a_kind_empty_state(qtbot: QtBot, journal: Journal) -> None:
    dialog = make_trash(qtbot, journal)
    assert dialog.model().rowCount() == 0
    visible = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "The trash is empty." in visible
    assert not button(dialog, "Empty trash…").isVisible()


def test_trash_model_passes_the_model_tester(
    qtmodeltester, journal: Journal, trashed: list[str]
) -> None:
    model = TrashModel()
    model.set_summaries(journal.entries.summaries(EntryFilter(trashed=True)))
    qtmodeltester.check(model)
    first = model.index(0, 0).data(TrashRole.TrashedRole)
    last = model.index(2, 0).data(TrashRole.TrashedRole)
    assert first >= last  # most recently trashed first
