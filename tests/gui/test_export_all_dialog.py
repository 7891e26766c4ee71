"""Journal → Export Everything…: the password typed twice, the archive 0600, read back whole.

The archive is written on a worker by the core's writer; these tests check what
the dialog says, that two different passwords write nothing, that a protected
archive opens with its password (and only with it), that the suggested file is
dated and in Documents, and that closing during a write leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from app.errors import KnownError
from app.journal import Journal
from app.records.entries import EntryFields
from app.records.imports import ImportOptions
from app.transfer.sources import open_source
from app.ui.transfer.export_all_dialog import ExportAllDialog
from tests.helpers.held_jobs import hold_at_second_item

PASSWORD = "a long walk by the river"


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> Iterator[ExportAllDialog]:
    for day in (1, 2, 3):
        journal.entries.add(EntryFields(body=f"Day {day}.", date=dt.date(2026, 3, day)))
    widget = ExportAllDialog(journal)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.reject()


def type_passwords(qtbot: QtBot, dialog: ExportAllDialog, first: str, second: str) -> None:
    qtbot.keyClicks(dialog.password, first)
    qtbot.keyClicks(dialog.repeat, second)


def written(qtbot: QtBot, dialog: ExportAllDialog, target: Path) -> str:
    dialog.export_to(target)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    return dialog.status.text()


def test_it_says_what_goes_in_and_what_a_password_changes(dialog: ExportAllDialog) -> None:
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    assert "The trash is not included." in words
    assert "as they were (with their details)" in words
    assert "Without a password, anyone who has this file can read every entry." in words
    assert "AES-256" in words
    assert dialog.password.hasFocus() and dialog.export_button.isDefault()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


@pytest.fixture
def choosers(monkeypatch: pytest.MonkeyPatch) -> list[QFileDialog]:
    """The file dialogs opened, each closed at once as if cancelled."""
    opened: list[QFileDialog] = []

    def cancelled(chooser: QFileDialog) -> int:
        opened.append(chooser)
        return QFileDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "exec", cancelled)
    return opened


def test_two_different_passwords_write_nothing(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path, choosers: list[QFileDialog]
) -> None:
    type_passwords(qtbot, dialog, PASSWORD, PASSWORD + "x")
    dialog.export_button.click()
    assert "not the same" in dialog.status.text()
    assert choosers == [] and list(tmp_path.iterdir()) == [tmp_path / "journal"]
    assert dialog.repeat.hasFocus() and dialog.repeat.text() == ""  # typed again afresh
    assert dialog.password.text() == PASSWORD


def test_the_file_suggested_is_dated_in_documents_and_a_zip_is_never_replaced_unasked(
    qtbot: QtBot, dialog: ExportAllDialog, choosers: list[QFileDialog]
) -> None:
    dialog.export_button.click()
    chooser = choosers[0]
    name = f"threshold-archive-{dt.date.today().isoformat()}.zip"
    assert Path(chooser.selectedFiles()[0]).name == name
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert not chooser.testOption(QFileDialog.Option.DontConfirmOverwrite)
    chooser.selectFile("everything")  # typed without .zip: the dialog asks about everything.zip
    assert Path(chooser.selectedFiles()[0]).name == "everything.zip"
    assert not dialog.is_busy()


def test_a_zip_added_to_a_name_never_replaces_a_file(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path
) -> None:
    kept = tmp_path / "notes.txt.zip"
    kept.write_bytes(b"an older archive")
    dialog.export_to(tmp_path / "notes.txt")
    assert not dialog.is_busy() and kept.read_bytes() == b"an older archive"
    assert "There is a file called notes.txt.zip there already." in dialog.status.text()


def test_a_folder_that_is_not_there_is_said_and_the_password_kept_for_another_try(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path
) -> None:
    type_passwords(qtbot, dialog, PASSWORD, PASSWORD)
    dialog.export_to(tmp_path / "moved away" / "everything.zip")
    assert not dialog.is_busy()
    assert dialog.status.text().startswith(f"The folder {tmp_path / 'moved away'} isn't there")
    assert dialog.password.text() == PASSWORD and dialog.repeat.text() == PASSWORD
    assert dialog.export_button.hasFocus()  # Return tries again, not Cancel


def test_a_failed_write_keeps_the_password_so_the_next_try_is_protected_too(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.zip"
    taken.mkdir()  # a folder where the file would go: the write fails on the worker
    type_passwords(qtbot, dialog, PASSWORD, PASSWORD)
    said = written(qtbot, dialog, taken)
    assert "Nothing was" in said, said
    assert dialog.password.text() == PASSWORD and dialog.password.isEnabled()
    assert dialog.export_button.hasFocus()
    target = tmp_path / "everything.zip"
    assert "encrypted with your password" in written(qtbot, dialog, target)
    with pytest.raises(KnownError, match="password"), open_source(target):
        pass


def test_each_field_is_read_aloud_by_the_words_beside_it(dialog: ExportAllDialog) -> None:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        assert label_item is not None and field_item is not None
        label, field = label_item.widget(), field_item.widget()
        assert isinstance(label, QLabel) and field is not None
        assert field.accessibleName() == label.text().replace("&", "")


def test_a_protected_archive_is_written_0600_and_opens_only_with_its_password(
    qtbot: QtBot, dialog: ExportAllDialog, journal: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "everything.zip"
    type_passwords(qtbot, dialog, PASSWORD, PASSWORD)
    said = written(qtbot, dialog, target)
    assert said.startswith(f"3 entries and 0 pictures and documents were exported to:\n{target}\n")
    assert "encrypted with your password" in said
    layout = dialog.layout()
    assert layout is not None  # the dialog grew to show the message whole
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog.password.text() == "" and dialog.repeat.text() == ""  # never kept
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    with open_source(target, options=ImportOptions(password=PASSWORD)) as batch:
        assert sorted(e.fields.body for e in batch.entries) == ["Day 1.", "Day 2.", "Day 3."]
    with pytest.raises(KnownError, match="password"), open_source(target):
        pass
    assert [record.format for record in journal.exports.recent()] == ["archive"]


def test_without_a_password_it_says_the_file_is_not_encrypted(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path
) -> None:
    target = tmp_path / "everything"  # the suffix is added
    said = written(qtbot, dialog, target)
    assert "It is not encrypted; keep it somewhere safe." in said
    assert (tmp_path / "everything.zip").is_file()


def test_closing_while_writing_stops_it_and_leaves_nothing(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold = hold_at_second_item(monkeypatch)
    target = tmp_path / "everything.zip"
    dialog.export_to(target)
    assert hold.reached.wait(10)
    hold.release_soon()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # as the lock does: reject, after the stop
    assert not dialog.isVisible() and not dialog.is_busy()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["journal"]
