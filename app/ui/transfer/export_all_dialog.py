"""Journal → Export Everything…: the whole journal as one open archive, by choice protected.

What goes in is said plainly (every entry as Markdown, the pictures and
documents as they were, reasons, the incident record and its evidence, own
prompts, earlier versions; not the trash), and so is what a password changes. The password is
typed twice, used once and never kept. The file is chosen in Qt's own file
dialog (which forgets the folder), written on a worker by the core's one writer
(0600, whole or not at all), and where it went is said at the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.ui.transfer.export_all_work import ARCHIVE_SUFFIX, suggested_name, write_everything
from app.ui.transfer.pieces import busy_bar, counted, grow_to_fit
from app.ui.transfer.work import Job, Stopped
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import SPACING, button, secret_field, text_label

if TYPE_CHECKING:
    from app.journal import Journal
    from app.transfer.archive_write import ArchiveWritten

STOP_WAIT_MS = 30_000
"""How long closing waits for an archive under way (10,000 entries take a few seconds)."""


class ExportAllDialog(QDialog):
    """Export everything: an optional password, a file, progress, where it went.

    Args:
        journal: the open journal (read on the worker's own connection).
    """

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Everything"))
        self._journal = journal
        self._job: Job | None = None
        self._noting = contextlib.ExitStack()
        self._build()
        self._connect()
        self.password.setFocus()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(text_label(self.tr("Export everything"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "One .zip file with every entry as a Markdown file, your pictures and "
                    "documents as they were (with their details), your reasons, the incident "
                    "record (the contact log is part of it) with its evidence files, your own "
                    "prompts and earlier versions. The trash is not included."
                )
            )
        )
        layout.addLayout(self._password_form())
        layout.addWidget(
            text_label(
                self.tr(
                    "Without a password, anyone who has this file can read every entry. With "
                    "one, the archive is encrypted with AES-256; 7-Zip and similar programs "
                    "open it with the password. Threshold doesn't keep the password anywhere."
                ),
                "muted",
            )
        )
        self.bar = busy_bar(self.tr("Exporting"))
        layout.addWidget(self.bar)
        self.status = text_label()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)  # where the archive went can be copied from it
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(self._buttons())
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        grow_to_fit(self)  # the wrapped paragraphs need more height at this width

    def _password_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setSpacing(8)
        self.password = secret_field(self.tr("Password (optional)"))
        self.repeat = secret_field(self.tr("Repeat the password"))  # the words on screen
        form.addRow(self.tr("&Password (optional)"), self.password)
        form.addRow(self.tr("&Repeat the password"), self.repeat)
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = button(self.tr("Cancel"), self.tr("Cancel"))
        self.export_button = button(self.tr("&Export…"), self.tr("Export"), primary=True)
        self.export_button.setDefault(True)
        self.close_button = button(self.tr("Close"), self.tr("Close"))
        self.close_button.setVisible(False)
        for widget in (self.cancel, self.export_button, self.close_button):
            row.addWidget(widget)
        return row

    def _connect(self) -> None:
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.export_button.clicked.connect(self.choose_file)

    # ------------------------------------------------------------------ exporting

    def chosen_password(self) -> str | None:
        """The password typed twice, or None without one.

        Raises:
            KnownError: the two fields differ.
        """
        if self.password.text() != self.repeat.text():
            raise KnownError(
                self.tr("The two passwords are not the same. Please type the same one twice.")
            )
        return self.password.text() or None

    def choose_file(self) -> None:
        """Ask where the archive goes (suggested in Documents), then write it."""
        try:
            self.chosen_password()
        except KnownError as error:
            self._say(error.message)
            self.repeat.clear()  # typed again from the start, not mended blind
            self.repeat.setFocus()
            return
        chooser = self.save_chooser(_documents() / suggested_name(dt.date.today()))
        with file_dialog_forgets_folders():
            chosen = chooser.exec() == QFileDialog.DialogCode.Accepted
        if chosen and chooser.selectedFiles() and self.isVisible():  # not closed by a lock
            self.export_to(Path(chooser.selectedFiles()[0]))

    def save_chooser(self, start: Path) -> QFileDialog:
        """Qt's own save dialog for the archive, starting at ``start``.

        It adds ".zip" to a name typed without it before it looks for a file
        already there, so replacing one is always asked first.
        """
        chooser = QFileDialog(self, self.tr("Export everything"))
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("Zip archives (*.zip)"))
        chooser.setDefaultSuffix(ARCHIVE_SUFFIX.lstrip("."))
        chooser.setDirectory(str(start.parent))
        chooser.selectFile(start.name)
        return chooser

    def export_to(self, target: Path) -> None:
        """Write the archive to ``target`` on the worker (the password stays until it is)."""
        from app.export.interrupted import exporting_to  # noqa: PLC0415 - first use

        problem = self._unusable(target)
        if target.suffix.lower() != ARCHIVE_SUFFIX:
            target = target.with_name(target.name + ARCHIVE_SUFFIX)
            if target.exists():  # the file dialog asked about another name: never replace
                problem = self.tr(
                    "There is a file called {name} there already. Nothing was written; "
                    "please choose another name."
                ).format(name=target.name)
        if problem:
            self._say(problem)
            self.export_button.setFocus()
            return
        password = self.chosen_password()
        self._noting.enter_context(exporting_to(self._journal, target.parent))
        job = Job(self)
        job.progressed.connect(self._progressed)
        job.finished.connect(lambda result, job=job: self._finished(job, target, result))
        self._job = job
        self._working(True)
        self._say(self.tr("Exporting to {path}…").format(path=target))
        journal = self._journal
        job.start(lambda report: write_everything(journal, target, password, report))

    def _unusable(self, target: Path) -> str:
        """Why ``target``'s folder can't take the archive, or "" when it can."""
        if target.parent.is_dir():
            return ""
        return self.tr(
            "The folder {folder} isn't there (it may have been moved or renamed). "
            "Nothing was written; please choose another folder."
        ).format(folder=target.parent)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _working(self, working: bool) -> None:
        self.bar.setRange(0, 0)  # until the first entry is written
        self.bar.setVisible(working)
        for widget in (self.password, self.repeat, self.export_button):
            widget.setEnabled(not working)

    def _finished(self, job: Job, target: Path, result: object) -> None:
        if job is not self._job:
            return  # closed meanwhile: done() waited for it already
        self._job = None
        self._noting.close()
        self._working(False)
        if isinstance(result, Stopped):
            self._say(self.tr("The export was stopped; nothing was written."))
        elif isinstance(result, KnownError):
            self._say(result.message)  # the password is still typed: Return tries again
            self.export_button.setFocus()
        elif isinstance(result, BaseException):
            raise result  # a bug: let it be seen, not swallowed
        else:
            self._written(target, result)  # type: ignore[arg-type]

    def _written(self, target: Path, written: ArchiveWritten) -> None:
        with contextlib.suppress(KnownError):  # the log is a courtesy; the file is written
            self._journal.exports.record("archive", written.entries, "everything")
        entries = counted(written.entries, self.tr("1 entry"), self.tr("{count} entries"))
        files = counted(
            written.attachments,
            self.tr("1 picture or document"),
            self.tr("{count} pictures and documents"),
        )
        keep = (
            self.tr("It is encrypted with your password; keep both somewhere safe.")
            if written.protected
            else self.tr("It is not encrypted; keep it somewhere safe.")
        )
        self._say(
            self.tr("{entries} and {files} were exported to:\n{path}\n{keep}").format(
                entries=entries, files=files, path=target, keep=keep
            )
        )
        for field in (self.password, self.repeat):
            field.clear()  # used once, never kept
            field.setEnabled(False)  # nothing more to type
        self.cancel.setVisible(False)
        self.export_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        grow_to_fit(self)

    def is_busy(self) -> bool:
        """Whether an archive is being written."""
        return self._job is not None

    def done(self, result: int) -> None:
        """Closing (Cancel, Escape or the lock): an archive under way is stopped or finished."""
        job, self._job = self._job, None
        if job is not None:
            job.stop()
            job.wait(STOP_WAIT_MS)
        self._noting.close()
        self.password.clear()
        self.repeat.clear()
        super().done(result)


def _documents() -> Path:
    """The person's Documents folder, or their home when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()
