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
from app.records.entries import EntryFields
from app.ui.export.dialog import ExportDialog
from app.ui.export.model import ExportListModel, ExportRole

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
    assert dialog.names.model.add("Margaret", "M.") is None
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
    from app.records.entries import EntryFilter
    from tests.helpers.journals import FAST_ARGON2
    from tests.helpers.keystores import MemoryKeystore
    from tests.helpers.windows import make_window

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


# ---------------------------------------------------------------- issue 15, finding 6

MARKDOWN_BODY = (
    "Margaret called on **Sunday**, and I let it _ring_.\n\n"
    "## What helped\n\n"
    "- tea\n- the long way home\n\n"
    "> Acting in my own interest is allowed.\n\n" + "A long paragraph that goes on. " * 40
)


@pytest.fixture
def markdown_dialog(qtbot: QtBot, journal: Journal) -> ExportDialog:
    entry = journal.entries.add(
        EntryFields(body=MARKDOWN_BODY, title="Sunday", date=dt.date(2026, 3, 12))
    )
    widget = ExportDialog(journal, [entry.id], "current entry")
    qtbot.addWidget(widget)
    return widget


def shown_rows(model: ExportListModel) -> list[str]:
    return [str(model.index(row).data()) for row in range(1, model.rowCount())]


def test_paragraphs_read_as_the_reader_will_see_them(markdown_dialog: ExportDialog) -> None:
    from app.export.readable import BlockKind

    model = markdown_dialog.paragraphs
    rows = shown_rows(model)
    assert rows[:4] == [
        "Margaret called on Sunday, and I let it ring.",
        "What helped",
        "\u2022 tea\n\u2022 the long way home",
        "Acting in my own interest is allowed.",
    ]
    kinds = [model.index(row).data(ExportRole.KindRole) for row in range(1, 5)]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST, BlockKind.QUOTE]
    assert not any(mark in "".join(rows) for mark in ("**", "_ring_", "## ", "- tea", "> "))


def test_rows_wrap_to_at_most_four_lines_and_never_pass_the_right_edge(
    qtbot: QtBot, markdown_dialog: ExportDialog
) -> None:
    from PySide6.QtGui import QFontMetrics

    from app.ui.export.rows import MAX_LINES, wrapped_lines

    markdown_dialog.show()
    qtbot.waitExposed(markdown_dialog)
    view = markdown_dialog.list
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    line = QFontMetrics(view.font()).lineSpacing()
    model = markdown_dialog.paragraphs
    heights = [view.visualRect(model.index(row)).height() for row in (1, 5)]
    assert heights[0] >= line + 16  # one line, with room around it
    assert MAX_LINES * line + 16 <= heights[1] < (MAX_LINES + 1) * line + 16  # long: four lines
    for row in range(model.rowCount()):
        assert view.visualRect(model.index(row)).right() <= view.viewport().width()
    metrics = QFontMetrics(view.font())
    lines = wrapped_lines("word " * 200 + "x" * 500, metrics, 200, MAX_LINES)
    assert len(lines) == MAX_LINES and lines[-1].endswith("\u2026")
    assert all(metrics.horizontalAdvance(text) <= 200 for text in lines)


def test_space_toggles_the_current_paragraph_and_arrows_move(
    qtbot: QtBot, markdown_dialog: ExportDialog
) -> None:
    from PySide6.QtTest import QTest

    markdown_dialog.show()
    qtbot.waitExposed(markdown_dialog)
    view, model = markdown_dialog.list, markdown_dialog.paragraphs
    view.setFocus()
    view.setCurrentIndex(model.index(1))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    QTest.keyClick(view, Qt.Key.Key_Space)
    entry_id = model.index(2).data(ExportRole.EntryIdRole)
    assert model.excluded() == {(entry_id, 1)}
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.excluded() == frozenset()


def test_a_click_anywhere_on_a_row_toggles_it(qtbot: QtBot, markdown_dialog: ExportDialog) -> None:
    markdown_dialog.show()
    qtbot.waitExposed(markdown_dialog)
    view, model = markdown_dialog.list, markdown_dialog.paragraphs
    centre = view.visualRect(model.index(1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert len(model.excluded()) == 1


def type_name(qtbot: QtBot, dialog: ExportDialog, name: str, shown: str) -> None:
    from PySide6.QtTest import QTest

    qtbot.keyClicks(dialog.names.name_field, name)
    qtbot.keyClicks(dialog.names.shown_field, shown)
    QTest.keyClick(dialog.names.shown_field, Qt.Key.Key_Return)


def test_names_are_added_in_two_labelled_fields_and_keep_a_sentence_capital(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    asked: list[object] = []

    def ask(*args: object, **_kw: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog.show()
    qtbot.waitExposed(dialog)

    names = dialog.names
    buddies = {label.buddy(): label.text() for label in names.findChildren(QLabel) if label.buddy()}
    assert buddies[names.name_field] == "&Name" and buddies[names.shown_field] == "&Shown as"
    assert names.name_field.accessibleName() and names.shown_field.accessibleName()
    type_name(qtbot, dialog, "Margaret", "my mother")
    assert [(r.name, r.replacement) for r in names.redactions()] == [("Margaret", "my mother")]
    assert names.name_field.text() == "" and names.shown_field.text() == ""
    assert not asked  # Return in the fields added the name; it did not start the export
    dialog.refresh_preview()
    shown = dialog.preview.toPlainText()
    assert "My mother called about Sunday." in shown and "Margaret" not in shown


def test_an_empty_or_repeated_name_is_explained_and_changes_nothing(
    qtbot: QtBot, dialog: ExportDialog
) -> None:
    names = dialog.names
    type_name(qtbot, dialog, "", "someone")
    assert names.message.text() and names.model.rowCount() == 0
    assert names.shown_field.text() == "someone"  # kept, to be corrected
    names.shown_field.clear()
    type_name(qtbot, dialog, "Margaret", "M.")
    assert names.message.text() == ""
    type_name(qtbot, dialog, "  margaret ", "Aunt B")
    assert "already on the list" in names.message.text()
    assert [(r.name, r.replacement) for r in names.redactions()] == [("Margaret", "M.")]
    assert names.shown_field.text() == "Aunt B"


def test_delete_or_remove_takes_a_name_off_the_list(qtbot: QtBot, dialog: ExportDialog) -> None:
    from PySide6.QtTest import QTest

    names = dialog.names
    names.model.add("Margaret", "")
    names.model.add("Tom", "Alex")
    assert names.model.index(0).data() == "Margaret  \u2192  M. (initials)"
    names.list.setCurrentIndex(names.model.index(0))
    QTest.keyClick(names.list, Qt.Key.Key_Delete)
    assert [r.name for r in names.redactions()] == ["Tom"]
    names.list.setCurrentIndex(names.model.index(0))
    names.remove_button.click()
    assert names.redactions() == () and not names.remove_button.isEnabled()


def test_the_names_list_passes_the_model_tester(qtmodeltester, dialog: ExportDialog) -> None:
    dialog.names.model.add("Margaret", "M.")
    qtmodeltester.check(dialog.names.model)


def test_the_dialog_has_a_heading_a_line_and_one_primary_action(dialog: ExportDialog) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    headings = [
        label.text() for label in dialog.findChildren(QLabel) if label.property("role") == "heading"
    ]
    assert headings == ["Choose what to share"]
    primary = [
        b for b in dialog.findChildren(QPushButton) if b.property("primary") in (True, "true")
    ]
    assert primary == [dialog.export_button]


def test_the_suggested_file_name_is_only_the_date(
    dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def ask(_parent: object, _title: str, start: str, *_a: object, **_k: object) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog.choose_file()
    assert Path(asked[0]).name == "Entry 2026-11-02.pdf"


def test_the_preview_follows_dark_mode(qtbot: QtBot, journal: Journal, entry_id: str) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.widgets import colours, theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colours.force_dark(True)
    theme.apply_theme(app)
    try:
        widget = ExportDialog(journal, [entry_id], "current entry")
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        image = widget.preview.viewport().grab().toImage()
        corner = image.pixelColor(image.width() - 4, image.height() - 4)
        assert corner.lightnessF() < 0.3, corner.name()
    finally:
        colours.force_dark(None)
        theme.apply_theme(app)
