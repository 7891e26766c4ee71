"""Journal → Import…: the preview first, one transaction, refusals and stops change nothing.

The dialog reads and plans on a worker and holds the source open until Import or
Cancel; these tests drive it through its pages with a jrnl journal made here,
stop an import half-way (the button, and the lock), and check the journal from
its own connection afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, keyring_secret, open_journal
from app.records.entries import EntryFields, EntryFilter
from app.transfer.archive_write import write_archive
from app.ui.journal.filter_bar import FilterBar
from app.ui.main_window import MainWindow
from app.ui.transfer.import_dialog import ImportDialog
from tests.helpers.held_jobs import Hold, hold_at_second_item
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.search import field_of
from tests.helpers.transfer_fixtures import dayone_with_traps
from tests.helpers.windows import keyring_window

JRNL_TEXT = (
    "[2024-03-01 09:00] A quiet morning.\nTea by the window. @calm\n\n"
    "[2024-03-01 21:15] Evening.\nShe called; I let it ring. @calls\n\n"
    "[2024-04-12 08:30] Spring.\nA walk by the river.\n"
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "journal.txt"
    path.write_text(JRNL_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> Iterator[ImportDialog]:
    widget = ImportDialog(journal)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.reject()  # ends a session still open on the worker


def previewed(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.read(path)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.preview, timeout=10_000)


def imported(journal: Journal, source: str = "jrnl") -> int:
    return journal.entries.count(EntryFilter(source=source))


def test_the_first_page_offers_a_file_or_a_folder(dialog: ImportDialog) -> None:
    page = dialog.choose
    assert dialog.pages.currentWidget() is page
    assert "Day One" in page.guidance.text() and "Markdown" in page.guidance.text()
    assert page.choose_file.hasFocus()
    assert page.choose_file.accessibleName() == "Choose a File…"
    assert not dialog.import_button.isVisible() and not page.password_box.isVisible()


def test_the_preview_says_what_would_come_in_then_import_keeps_it(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, source: Path
) -> None:
    previewed(qtbot, dialog, source)
    figures = dialog.preview.figures.text()
    assert "3 new entries, from " in figures and "2024" in figures, figures
    assert figures.endswith("\nWith 2 tags."), figures  # no "0 pictures and documents"
    assert dialog.preview.guidance.text() == "From jrnl: journal.txt"
    assert not dialog.preview.keep_location.isVisible()  # Day One only
    assert imported(journal) == 0  # nothing before Import
    assert dialog.import_button.isDefault() and dialog.import_button.hasFocus()

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page)
    assert dialog.done_page.summary.text() == (
        "3 entries imported. You can find them with the filter “Imported from jrnl”."
    )
    assert dialog.show_button.isVisible() and dialog.show_button.isDefault()
    assert imported(journal) == 3


def test_importing_the_same_file_again_offers_nothing(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, source: Path
) -> None:
    previewed(qtbot, dialog, source)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    previewed(qtbot, dialog, source)
    assert dialog.preview.figures.text() == (
        "All 3 entries here are in your journal already, so there is nothing new to import."
    )
    assert not dialog.import_button.isVisible() and not dialog.cancel.isVisible()
    assert dialog.close_button.isDefault() and dialog.close_button.hasFocus()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)  # Return closes; it did nothing
    assert not dialog.isVisible()
    assert imported(journal) == 3


def test_a_day_one_export_read_again_says_only_that_nothing_is_new(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    export = dayone_with_traps(tmp_path / "Day One.zip").path
    previewed(qtbot, dialog, export)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    previewed(qtbot, dialog, export)
    page = dialog.preview
    assert page.figures.text().startswith("All 6 entries here are in your journal already")
    # what would be left out, and the place, no longer matter: nothing comes in
    assert not page.notices.isVisible() and not page.keep_location.isVisible()
    assert not page.location_note.isVisible()


def test_a_source_it_cannot_read_is_said_calmly_and_changes_nothing(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    junk = tmp_path / "photo.bin"
    junk.write_bytes(b"\x00\x01 not a journal")
    dialog.read(junk)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    said = dialog.choose.status.text()
    assert "photo.bin is not a format Threshold can import" in said
    assert said.endswith("Nothing was imported.")
    assert dialog.pages.currentWidget() is dialog.choose
    assert dialog.choose.choose_file.isEnabled()
    assert journal.entries.count() == 0


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    hold = hold_at_second_item(monkeypatch)
    yield hold
    hold.release.set()


def test_cancel_during_the_import_undoes_everything(
    qtbot: QtBot,
    dialog: ImportDialog,
    journal: Journal,
    source: Path,
    held: Hold,
) -> None:
    previewed(qtbot, dialog, source)
    dialog.import_button.click()
    assert held.reached.wait(10)
    assert dialog.pages.currentWidget() is dialog.progress
    dialog.cancel.click()
    held.release.set()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page, timeout=10_000)
    assert dialog.done_page.heading.text() == "Nothing was imported"
    assert "your journal is as it was" in dialog.done_page.summary.text()
    assert journal.entries.count() == 0


def test_escape_closes_the_dialog(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ---------------------------------------------------------------------- in the window


@pytest.fixture
def in_window(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, MemoryKeystore]:
    monkeypatch.setattr(QDialog, "exec", QDialog.show)  # shown and left open, as a person would
    return keyring_window(qtbot, files, tmp_path)


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    window.commands.import_entries.trigger()
    found = window.findChild(ImportDialog)
    assert found is not None
    qtbot.waitExposed(found)
    return found


def test_show_them_lists_the_imported_entries_in_the_timeline(
    qtbot: QtBot, in_window: tuple[MainWindow, MemoryKeystore], source: Path
) -> None:
    window, _ = in_window
    timeline = window.journal_page.timeline
    dialog = open_import(qtbot, window)
    previewed(qtbot, dialog, source)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert timeline.model.total_entries == 3  # listed at once, without waiting for a poll
    qtbot.waitUntil(dialog.show_button.isVisible)
    dialog.show_button.click()
    assert not dialog.isVisible()
    assert timeline.filter_bar.isVisible() and timeline.filter_bar.source_combo.isVisible()
    assert timeline.filter_bar.chosen_source() == "jrnl"
    assert timeline.model.entry_filter.source == "jrnl"
    assert timeline.filter_bar.source_combo.currentText() == "Imported from jrnl"
    search = window.journal_page.search
    search.focus_search()
    qtbot.keyClicks(field_of(search), "river")
    qtbot.waitUntil(lambda: search.model().rowCount() == 1)  # searched at once, too


def test_locking_during_an_import_rolls_it_back(
    qtbot: QtBot,
    in_window: tuple[MainWindow, MemoryKeystore],
    source: Path,
    files: JournalFiles,
    held: Hold,
) -> None:
    window, keystore = in_window
    dialog = open_import(qtbot, window)
    previewed(qtbot, dialog, source)
    dialog.import_button.click()
    assert held.reached.wait(10)
    held.release_soon()  # the lock waits for it

    window.lock()
    qtbot.wait(1)

    assert not window.controller.is_open()
    assert window.findChild(ImportDialog) is None or not dialog.isVisible()
    with open_journal(files, keyring_secret(files, keystore)) as reopened:
        assert reopened.entries.count() == 0


def test_the_filter_offers_only_sources_the_journal_holds(
    qtbot: QtBot, in_window: tuple[MainWindow, MemoryKeystore], source: Path
) -> None:
    window, _ = in_window
    timeline = window.journal_page.timeline
    timeline.filter_button.setChecked(True)
    assert not timeline.filter_bar.source_combo.isVisible()  # nothing imported yet
    timeline.filter_button.setChecked(False)
    dialog = open_import(qtbot, window)
    previewed(qtbot, dialog, source)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    dialog.reject()
    timeline.filter_button.setChecked(True)
    assert timeline.filter_bar.offered_sources() == ["jrnl"]


# ---------------------------------------------------------------------- Day One, archives


def test_day_one_offers_to_keep_the_place_off_by_default_and_reads_again(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    export = dayone_with_traps(tmp_path / "Day One.zip").path
    previewed(qtbot, dialog, export)
    page = dialog.preview
    assert page.keep_location.isVisible() and not page.keep_location.isChecked()
    assert "may not be safe to keep" in page.location_note.text()
    assert page.keep_location.hasFocus()  # Return still imports: Import is the default
    assert page.notices.isVisible() and page.notices.text().startswith("• ")
    dropped = page.notices.text()

    page.keep_location.click()
    assert dialog.is_busy() and not dialog.import_button.isEnabled()  # read again
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert page.notices.text() != dropped  # no longer says a place was left out
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    bodies = [journal.entries.get(s.id).body for s in journal.entries.summaries()]
    assert any("Café Luna" in body for body in bodies)


def test_a_protected_archive_asks_for_its_password(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    journal.entries.add(EntryFields(body="Kept safe.", date=dt.date(2026, 2, 1)))
    archive = tmp_path / "everything.zip"
    write_archive(archive, journal, password="river stones")

    dialog.read(archive)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "everything.zip is protected by a password. Type it below" in dialog.choose.status.text()
    assert dialog.choose.password_box.isVisible() and dialog.choose.password.hasFocus()

    qtbot.keyClicks(dialog.choose.password, "river pebbles")
    qtbot.keyClick(dialog.choose.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.choose.status.text().startswith("That password doesn't open everything.zip.")
    assert dialog.choose.password.hasFocus() and dialog.choose.password.text() == ""
    assert dialog.choose.open_archive.property("primary") == "true"  # the green one is Return's
    assert dialog.choose.choose_file.property("primary") == "false"

    qtbot.keyClick(dialog.choose.password, Qt.Key.Key_Return)  # nothing typed: not the old one
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "everything.zip is protected by a password. Type it below" in dialog.choose.status.text()

    qtbot.keyClicks(dialog.choose.password, "river stones")
    qtbot.keyClick(dialog.choose.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.preview, timeout=10_000)
    assert dialog.choose.password.text() == ""  # used once, not kept
    assert dialog.preview.guidance.text() == "From a Threshold archive: everything.zip"
    assert dialog.preview.figures.text().startswith("This entry is in your journal already")


def test_the_filter_bar_offers_sources_in_order_and_forgets_one_gone(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    assert bar.source_combo.isHidden()
    bar.set_sources(["markdown", "dayone", "markdown"])
    assert bar.offered_sources() == ["dayone", "markdown"] and not bar.source_combo.isHidden()
    with qtbot.waitSignal(bar.filterChanged) as changed:
        bar.show_source("jrnl")
    assert changed.args == [EntryFilter(source="jrnl")]
    assert bar.offered_sources() == ["dayone", "jrnl", "markdown"]
    assert bar.source_combo.currentText() == "Imported from jrnl"
    with qtbot.waitSignal(bar.filterChanged) as changed:
        bar.set_sources(["dayone"])  # jrnl's entries went: no longer a filter
    assert changed.args == [EntryFilter()] and bar.chosen_source() is None
    bar.show_source("dayone")
    bar.clear()
    assert bar.entry_filter() == EntryFilter()


def test_choose_a_folder_reads_markdown_notes_in_qts_own_dialog(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2025-06-01.md").write_text("A long evening walk. #walks\n", encoding="utf-8")
    (notes / "2025-06-09.md").write_text("Slept well for once.\n", encoding="utf-8")
    asked: list[object] = []

    def chooser(*args: object) -> str:
        asked.extend(args[2:4])
        return str(notes)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", chooser)
    dialog.choose.choose_folder.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.preview, timeout=10_000)
    assert asked[0] == str(Path.home())  # not wherever the app was started from
    assert QFileDialog.Option.DontUseNativeDialog in asked[1]  # type: ignore[operator]
    assert dialog.preview.guidance.text() == "From a Markdown folder: notes"
    assert dialog.preview.figures.text().startswith("2 new entries, from ")


def test_choose_a_file_starts_in_the_home_folder(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def chooser(*args: object, **_: object) -> tuple[str, str]:
        asked.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    dialog.choose.choose_file.click()
    assert asked == [str(Path.home())]  # not the folder the app happened to start in
    assert dialog.pages.currentWidget() is dialog.choose and not dialog.is_busy()
