"""Journal → Import…: choose a source, see what would come in, import it or not.

Four pages (``app.ui.transfer.import_pages``): choose a file or folder; the
preview (new entries, their dates, tags, pictures, what is already here); the
import under way; what happened. The source is read and planned on a worker
(``ImportSession``) and held open until Import or Cancel, so a ten-thousand-entry
Day One zip is read once and the window never waits for it. A refusal is said
calmly on the first page and changes nothing. Cancelling an import under way,
closing the dialog or locking stops it and waits for its roll-back: the journal
is then exactly as it was. The dialog holds figures and dates, never an entry's
words.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.imports import ImportOptions, SourceKind
from app.ui.journal.filter_bar import source_label
from app.ui.transfer.import_pages import (
    ChoosePage,
    DonePage,
    PreviewPage,
    ProgressPage,
)
from app.ui.transfer.import_work import ImportSession, Preview, asks_for_password
from app.ui.transfer.pieces import counted, grow_to_fit
from app.ui.transfer.work import Job, Stopped
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import SPACING, button
from app.ui.widgets.step_pages import Page

if TYPE_CHECKING:
    from app.journal import Journal

STOP_WAIT_MS = 15_000
"""How long closing waits for an import to roll back (it stops at the next entry)."""


class ImportDialog(QDialog):
    """The import, from choosing a source to seeing its entries.

    Args:
        journal: the open journal (read and written on the worker's own connection).

    Signals:
        busyChanged(bool): a source is being read or kept (True) or no longer (False).
        imported(object): an ``ImportResult``: entries were kept.
        showRequested(str): show the entries imported from this source.
    """

    busyChanged = Signal(bool)
    imported = Signal(object)
    showRequested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self._journal = journal
        self._job: Job | None = None
        self._session: ImportSession | None = None
        self._preview: Preview | None = None
        self._source: tuple[Path, ImportOptions] | None = None  # read again with new choices
        self._keeping = False
        self._imported_kind = ""
        self._build()
        self._connect()
        self._show_page(self.choose)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.choose, self.preview = ChoosePage(), PreviewPage()
        self.progress, self.done_page = ProgressPage(), DonePage()
        self.pages = QStackedWidget()
        for page in (self.choose, self.preview, self.progress, self.done_page):
            self.pages.addWidget(page)
        self.cancel = button(self.tr("Cancel"), self.tr("Cancel"))
        self.import_button = button(self.tr("&Import"), self.tr("Import"), primary=True)
        self.show_button = button(self.tr("&Show Them"), self.tr("Show the imported entries"))
        self.show_button.setProperty("primary", "true")
        self.close_button = button(self.tr("Close"), self.tr("Close"))
        row = QHBoxLayout()
        row.addStretch(1)
        for widget in (self.cancel, self.close_button, self.import_button, self.show_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height() + 80)

    def _connect(self) -> None:
        self.choose.choose_file.clicked.connect(self.choose_file)
        self.choose.choose_folder.clicked.connect(self.choose_folder)
        self.choose.open_archive.clicked.connect(self._read_again)
        self.preview.keep_location.toggled.connect(self._read_again)
        self.import_button.clicked.connect(self.start_import)
        self.cancel.clicked.connect(self._cancel_clicked)
        self.close_button.clicked.connect(self.reject)
        self.show_button.clicked.connect(self._show_imported)

    def _show_page(self, page: Page) -> None:
        """One page, its buttons, its default button and its focus.

        A preview with nothing new offers Close alone: Return closes it.
        """
        self.pages.setCurrentWidget(page)
        has_work = self._preview is not None and self._preview.has_work
        ends = page is self.done_page or (page is self.preview and not has_work)
        self.cancel.setVisible(not ends)
        self.import_button.setVisible(page is self.preview and has_work)
        self.close_button.setVisible(ends)
        self.show_button.setVisible(False)
        defaults = {
            self.choose: self.choose.default_button(),
            self.preview: self.import_button if has_work else self.close_button,
            self.done_page: self.close_button,
        }
        for candidate in (*self.choose.buttons(), self.import_button, self.close_button):
            candidate.setDefault(candidate is defaults.get(page))
        self.show_button.setDefault(False)
        target = page.focus_target()
        (defaults.get(page, self.cancel) if target is page else target).setFocus()
        grow_to_fit(self)

    # ------------------------------------------------------------------ choosing

    def choose_file(self) -> None:
        """A Day One zip, a jrnl journal or an archive, in Qt's own file dialog."""
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a file to import"),
                str(Path.home()),
                self.tr("Journals and archives (*.zip *.json *.txt *.md);;All files (*)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if name and self.isVisible():  # a lock meanwhile closed the dialog
            self.read(Path(name))

    def choose_folder(self) -> None:
        """A folder of Markdown notes."""
        with file_dialog_forgets_folders():
            name = QFileDialog.getExistingDirectory(
                self,
                self.tr("Choose a folder of notes"),
                str(Path.home()),
                QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
            )
        if name and self.isVisible():
            self.read(Path(name))

    def read(self, path: Path, options: ImportOptions | None = None) -> None:
        """Read and plan ``path`` on the worker; the preview follows, or a refusal."""
        self._drop_session()
        options = options or ImportOptions()
        self._source = (path, options)
        session = ImportSession(self._journal, path, options)
        job = Job(self)
        job.said.connect(lambda preview, job=job: self._previewed(job, preview))
        job.finished.connect(lambda result, job=job: self._finished(job, result))
        self._job, self._session = job, session
        if self.pages.currentWidget() is self.preview:
            self.preview.rereading.setVisible(True)
            self.import_button.setEnabled(False)
        else:
            self.choose.set_reading(True, path.name)
        self.busyChanged.emit(True)
        job.start(lambda report: session.run(report, job.say))

    def _read_again(self) -> None:
        """Read the same source with the choices now made (place kept, a password)."""
        if self._source is None or self._keeping:
            return
        path, options = self._source
        password = self.choose.password.text() or options.password
        keep = self.preview.keep_location.isChecked()
        self.read(path, ImportOptions(keep_location=keep, password=password))

    def _previewed(self, job: Job, preview: object) -> None:
        if job is not self._job or not isinstance(preview, Preview):
            return
        self._preview = preview
        self.choose.set_reading(False)
        self.choose.say("")
        self.choose.password.clear()
        self.preview.show_preview(preview)
        self.import_button.setEnabled(preview.has_work)
        self._show_page(self.preview)

    # ------------------------------------------------------------------ importing

    def start_import(self) -> None:
        """Import: keep what the preview said, in one transaction, on the worker."""
        if self._session is None or self._preview is None or not self._preview.has_work:
            return
        self._keeping = True
        self.progress.show_progress(0, self._preview.new)
        assert self._job is not None
        self._job.progressed.connect(self.progress.show_progress)
        self._show_page(self.progress)
        self._session.keep()

    def _finished(self, job: Job, result: object) -> None:
        if job is not self._job:
            return
        self._keeping = False
        self._job = self._session = None
        self.busyChanged.emit(False)
        if result is None:
            return  # dropped without keeping (another choice, Cancel, the lock)
        if isinstance(result, Stopped):
            self._say_done(
                self.tr("Nothing was imported"),
                self.tr("The import was cancelled. Nothing was added; your journal is as it was."),
            )
        elif isinstance(result, KnownError):
            self._refused(result)
        elif isinstance(result, BaseException):
            raise result  # a bug: let it be seen, not swallowed
        else:
            self._imported(result)

    def _refused(self, error: KnownError) -> None:
        """Back to the first page, with the refusal in plain words (and a password field)."""
        self.choose.set_reading(False)
        self.choose.say(error.message)
        if asks_for_password(error) and self._source is not None:
            path, options = self._source
            self.choose.say(self._password_wanted(path.name, options.password is not None))
        if self._source is not None:  # a wrong password is not kept, nor tried again
            path, options = self._source
            self._source = (path, replace(options, password=None))
        self.choose.password.clear()
        self.choose.ask_password(asks_for_password(error))
        self._show_page(self.choose)

    def _password_wanted(self, name: str, tried: bool) -> str:
        if tried:
            return self.tr("That password doesn't open {name}. Nothing was imported.").format(
                name=name
            )
        return self.tr(
            "{name} is protected by a password. Type it below to read what it holds."
        ).format(name=name)

    def _imported(self, result: object) -> None:
        from app.transfer.importing import ImportResult  # noqa: PLC0415 - first use

        assert isinstance(result, ImportResult)
        self.imported.emit(result)
        entries = counted(
            result.added, self.tr("1 entry imported."), self.tr("{count} entries imported.")
        )
        where = ""
        if result.added and result.kind is not SourceKind.ARCHIVE:
            where = " " + self.tr(
                "You can find them with the filter “Imported from {source}”."
            ).format(source=source_label(result.kind.value))
        self._say_done(self.tr("Imported"), entries + where)
        self._imported_kind = result.kind.value
        self.show_button.setVisible(bool(where))
        if where:
            self.close_button.setDefault(False)
            self.show_button.setDefault(True)
            self.show_button.setFocus()

    def _say_done(self, heading: str, text: str) -> None:
        self.done_page.say(heading, text)
        self._show_page(self.done_page)

    def _show_imported(self) -> None:
        self.showRequested.emit(self._imported_kind)
        self.accept()

    # ------------------------------------------------------------------ stopping

    def is_busy(self) -> bool:
        """Whether a source is being read, previewed or kept."""
        return self._job is not None

    def _cancel_clicked(self) -> None:
        """Cancel: during an import, stop it and say nothing changed; else close."""
        if self._keeping and self._job is not None:
            self.cancel.setEnabled(False)
            self._job.stop()
            return
        self.reject()

    def _drop_session(self) -> None:
        """End the session under way without keeping anything, and wait for it."""
        job, session = self._job, self._session
        self._job = self._session = None
        if session is not None:
            session.drop()
        if job is not None:
            job.stop()
            job.wait(STOP_WAIT_MS)
            self.busyChanged.emit(False)

    def done(self, result: int) -> None:
        """Closing (Close, Escape, Cancel or the lock): an import under way is undone first."""
        self._drop_session()
        self._preview = self._source = None
        self.choose.password.clear()
        super().done(result)
