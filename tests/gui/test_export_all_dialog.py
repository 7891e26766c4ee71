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
from PySide6.QtWidgets import QFileDialog
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


def test_two_different_passwords_write_nothing(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def chooser(*args: object, **_: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    type_passwords(qtbot, dialog, PASSWORD, PASSWORD + "x")
    dialog.export_button.click()
    assert "not the same" in dialog.status.text()
    assert asked == [] and list(tmp_path.iterdir()) == [tmp_path / "journal"]
    assert dialog.repeat.hasFocus()


def test_the_file_suggested_is_dated_in_documents(
    qtbot: QtBot, dialog: ExportAllDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []

    def chooser(*args: object, **_: object) -> tuple[str, str]:
        started.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    dialog.export_button.click()
    assert Path(started[0]).name == f"threshold-archive-{dt.date.today().isoformat()}.zip"
    assert not dialog.is_busy()


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
