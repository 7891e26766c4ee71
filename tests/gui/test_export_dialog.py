"""The export dialog: what leaves is exactly what was chosen, shown first, written 0600."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.export.model import ExportFormat
from app.journal import Journal
from app.storage.models import EntryFields
from app.ui.export_dialog import ExportDialog
from app.ui.export_model import ExportListModel, ExportRole

BODY = (
    "Margaret called about Sunday.\n\n"
    "I said no, kindly, and did not explain it three times.\n\n"
    "A private thought I keep for myself."
)


@pytest.fixture
def entry_id(journal: Journal) -> str:
    return journal.entries.add(
        EntryFields(body=BODY, title="A small no with Margaret", date=dt.date(2026, 11, 2))
    ).id


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal, entry_id: str) -> ExportDialog:
    widget = ExportDialog(journal, [entry_id], "current entry")
    qtbot.addWidget(widget)
    return widget


def paragraph_row(model: ExportListModel, index: int) -> int:
    return next(
        row
        for row in range(model.rowCount())
        if model.index(row).data(ExportRole.ParagraphRole) == index
    )


def test_the_list_passes_the_model_tester(qtmodeltester, dialog: ExportDialog) -> None:
    qtmodeltester.check(dialog.paragraphs)


def test_unticked_paragraphs_and_names_never_reach_the_file(
    dialog: ExportDialog, journal: Journal, tmp_path: Path
) -> None:
    model = dialog.paragraphs
    model.setData(
        model.index(paragraph_row(model, 2)),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    dialog.names.setPlainText("Margaret = M.")
    dialog.refresh_preview()
    shown = dialog.preview.toPlainText()
    assert "private thought" not in shown and "Margaret" not in shown and "M." in shown
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.MARKDOWN))
    target = tmp_path / "for-my-therapist.md"
    assert dialog.export_to(target)
    text = target.read_text()
    assert "I said no, kindly" in text
    assert "private thought" not in text and "Margaret" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    (record,) = journal.exports.recent()
    assert (record.format, record.entries, record.selection) == ("md", 1, "current entry")


def test_a_protected_pdf_needs_a_password(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert dialog.chosen_format() is ExportFormat.PDF  # the default
    dialog.protect.setChecked(True)
    assert not dialog.export_to(tmp_path / "out.pdf")
    assert told and not (tmp_path / "out.pdf").exists()


def test_a_pdf_is_written_with_its_password_and_the_password_is_forgotten(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    pytest.importorskip("app.pdf_export")
    dialog.protect.setChecked(True)
    dialog.password.setText("a shared secret")
    target = tmp_path / "out.pdf"
    assert dialog.export_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.password.text() == ""
    assert b"I said no" not in target.read_bytes()  # encrypted: no plain text inside


def test_a_bad_names_line_says_so(dialog: ExportDialog) -> None:
    dialog.names.setPlainText("= nobody")
    dialog.refresh_preview()
    assert dialog.preview.toPlainText()  # a plain message instead of a preview


def test_every_control_has_an_accessible_name(dialog: ExportDialog) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for widget in dialog.findChildren(kind):
            if widget.isVisibleTo(dialog) and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName(), widget


def test_the_window_exports_the_open_selected_or_listed_entries(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from app.files import JournalFiles
    from app.journal import create_journal
    from app.storage.models import EntryFilter
    from tests.conftest import FAST_ARGON2, MemoryKeystore
    from tests.gui.test_main_window import make_window

    files = JournalFiles(tmp_path / "journal")
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        older = journal.entries.add(
            EntryFields(body="older", date=dt.date(2026, 1, 1), marked=True)
        )
        newer = journal.entries.add(EntryFields(body="newer", date=dt.date(2026, 2, 1)))
    opened: list[tuple[list[str], str]] = []

    def capture(self: ExportDialog) -> int:
        opened.append((self._ids, self._selection))
        return 0

    monkeypatch.setattr(ExportDialog, "exec", capture)
    window = make_window(qtbot, files, keystore, tmp_path / "state")
    window.commands.export.trigger()
    assert opened[-1] == ([newer.id], "current entry")
    timeline = window.journal_page.timeline
    selection = timeline.list_view.selectionModel()
    for entry_id in (older.id, newer.id):
        row = timeline.model.row_for_entry(entry_id)
        assert row is not None
        selection.select(timeline.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    window.commands.export.trigger()
    assert opened[-1] == ([older.id, newer.id], "several entries")  # oldest first
    timeline.model.set_filter(EntryFilter(marked=True))
    window.commands.export_filtered.trigger()
    assert opened[-1] == ([older.id], "filter")
