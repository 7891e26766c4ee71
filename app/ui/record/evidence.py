"""Evidence files in the incident form: chosen, checked, and kept exactly as they are.

A file is read and checked the way every attachment is (``app.media``: its bytes,
never its name, decide what it is) but never cleaned: evidence is kept unaltered,
named by its SHA-256 so anyone can check later that it was not changed. The files
wait in the form until the record (or the amendment) is saved with them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.attachments import Incoming
from app.records.incidents import Evidence
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import SPACING, text_label
from app.ui.widgets.translate import tr

SHORT_DIGEST = 16  # characters of a SHA-256 shown in the list (all of it when shown whole)


def evidence_line(name: str, mime: str, size: int, sha256: str) -> str:
    """One file as the list shows it: its name, type, size and the start of its SHA-256."""
    return tr("{name} ({mime}, {size} bytes), SHA-256 {digest}…").format(
        name=name, mime=mime, size=QLocale().toString(size), digest=sha256[:SHORT_DIGEST]
    )


class EvidenceField(QWidget):
    """The record's evidence files: those it has, and new ones chosen with Attach files….

    Signals:
        changed(): a file was added or taken off before saving.
        refused(str): a file could not be taken; the words say which and why.
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(self, kept: tuple[Evidence, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new: list[Incoming] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Evidence files"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        for item in kept:
            self.list.addItem(evidence_line(item.name, item.mime, item.size, item.sha256))
        self._kept = len(kept)
        self.attach = QPushButton(tr("Attach f&iles…"), self)
        self.attach.setAccessibleName(tr("Attach evidence files"))
        self.attach.setAutoDefault(False)
        self.remove = QPushButton(tr("Re&move"), self)
        self.remove.setAccessibleName(tr("Take the chosen new file off"))
        self.remove.setAutoDefault(False)
        self.attach.clicked.connect(self.choose_files)
        self.remove.clicked.connect(self._remove_current)
        self._lay_out()
        self._update()

    def incoming(self) -> list[Incoming]:
        """The new files, checked, in the order chosen."""
        return list(self._new)

    def add_files(self, paths: list[Path]) -> None:
        """Read and check each file (its bytes decide what it is); a refusal is said."""
        from app.media.intake import read_attachment  # noqa: PLC0415 - only when attaching

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    incoming = read_attachment(path)
                except KnownError as error:
                    self.refused.emit(
                        tr("{name} wasn't added: {reason}").format(
                            name=path.name, reason=error.message
                        )
                    )
                    continue
                self._new.append(incoming)
                self.list.addItem(self._line(incoming))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._update()
        self.changed.emit()

    def choose_files(self) -> None:
        """Attach files…: pictures and PDFs chosen in a file dialog."""
        with file_dialog_forgets_folders():
            names, _ = QFileDialog.getOpenFileNames(
                self,
                tr("Attach evidence files"),
                "",
                tr("Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        self.add_files([Path(name) for name in names])

    def clear(self) -> None:
        """Hold nothing (the journal locked)."""
        self._new.clear()
        self.list.clear()
        self._kept = 0
        self._update()

    def _line(self, incoming: Incoming) -> str:
        line = evidence_line(
            incoming.name, incoming.info.kind.value, incoming.size, incoming.sha256
        )
        return tr("{line} (added when you save)").format(line=line)

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= self._kept:
            del self._new[row - self._kept]
            self.list.takeItem(row)
            self._update()
            self.changed.emit()

    def _update(self) -> None:
        self.list.setVisible(self.list.count() > 0)
        self.remove.setVisible(bool(self._new))

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.attach)
        row.addWidget(self.remove)
        row.addWidget(
            text_label(
                tr("Kept exactly as they are, each with its SHA-256, so a change would show."),
                "muted",
            ),
            1,
        )
        layout.addLayout(row)
