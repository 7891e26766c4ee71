"""Prompts: browse every prompt, add my own, import a pack a therapist gave me.

Imported and own prompts are stored in the encrypted journal. An import is
checked first and stored whole or not at all; a broken file gets a message that
names the file and the line. The list is a model/view list, like the timeline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.journal import Journal
from app.prompts.library import PromptLibrary
from app.records.prompts import Intensity, Prompt, PromptPack, PromptSource
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.lists import FIRST_ROLE, ListModel

PromptRole = FIRST_ROLE


class PromptListModel(ListModel[Prompt]):
    """The library's prompts, optionally of one theme; each row says where it came from."""

    def __init__(self, library: PromptLibrary) -> None:
        super().__init__()
        self._library = library
        self._theme: str | None = None
        self._rows = self._filtered()

    def set_library(self, library: PromptLibrary) -> None:
        """Show a changed library (after an import, an addition or a removal)."""
        self._library = library
        self.replace_rows(self._filtered())

    def set_theme(self, theme: str | None) -> None:
        """Show one theme's prompts (None: all)."""
        self._theme = theme
        self.replace_rows(self._filtered())

    def prompt(self, row: int) -> Prompt | None:
        """The prompt on a row."""
        return self.item(row)

    def item_data(self, item: Prompt, role: int) -> object:
        """Text, tooltip-free accessible text, and the prompt itself."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._library.theme_name(item.theme)} · {item.text}{self._origin(item)}"
        return item if role == PromptRole else None

    def _origin(self, prompt: Prompt) -> str:
        if prompt.source is PromptSource.CUSTOM:
            return self.tr("  (yours)")
        if prompt.source is PromptSource.IMPORTED:
            return self.tr("  (from {pack})").format(pack=prompt.pack)
        return ""

    def _filtered(self) -> list[Prompt]:
        """In theme order (as the themes are listed), then in pack order."""
        order = {theme.id: n for n, theme in enumerate(self._library.themes)}
        chosen = [p for p in self._library.prompts if self._theme in (None, p.theme)]
        return sorted(chosen, key=lambda p: order.get(p.theme, len(order)))


class OwnPromptDialog(QDialog):
    """Write a prompt of one's own: theme, question, up to three follow-ups."""

    def __init__(self, library: PromptLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own prompt"))
        form = QFormLayout()
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for theme in library.themes:
            self.theme.addItem(theme.name, theme.id)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Prompt"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("A question you'd like to be asked some evening"))
        self.follow_ups = [QLineEdit() for _ in range(3)]
        for number, field in enumerate(self.follow_ups, 1):
            field.setAccessibleName(self.tr("Follow-up question {n}").format(n=number))
            field.setPlaceholderText(self.tr("Optional"))
        self.deep = QCheckBox(self.tr("This one goes deeper (say so before asking)"))
        self.deep.setAccessibleName(self.deep.text())
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Prompt"), self.text)
        for number, field in enumerate(self.follow_ups, 1):
            form.addRow(self.tr("Follow-up {n}").format(n=number), field)
        form.addRow("", self.deep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def values(self) -> tuple[str, str, tuple[str, ...], Intensity]:
        """Theme id, prompt text, follow-ups (empty ones left out), intensity."""
        follow_ups = tuple(f.text().strip() for f in self.follow_ups if f.text().strip())
        intensity = Intensity.DEEP if self.deep.isChecked() else Intensity.GENTLE
        return self.theme.currentData(), self.text.toPlainText(), follow_ups, intensity


class PromptsDialog(QDialog):
    """Every prompt, and the ways to add more."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prompts"))
        self._journal = journal
        library = journal.prompts.library()
        self.model = PromptListModel(library)
        self._build(library)
        self._connect()
        self._selection_changed()

    def _build(self, library: PromptLibrary) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            text_label(
                self.tr(
                    "Your own prompts and imported packs are kept in your encrypted journal. "
                    "Tonight's prompt is chosen from all of them."
                ),
                "muted",
            )
        )
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Show prompts of a theme"))
        self.theme.addItem(self.tr("All themes"), None)
        for theme in library.themes:
            self.theme.addItem(theme.name, theme.id)
        layout.addWidget(self.theme)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Prompts"))
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSpacing(3)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.add = button(self.tr("&Add my own…"), self.tr("Add my own prompt"))
        self.import_pack = button(self.tr("&Import a pack…"), self.tr("Import a prompt pack"))
        self.remove = button(self.tr("&Remove"), self.tr("Remove the selected prompt"))
        for widget in (self.add, self.import_pack):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 520)

    def _connect(self) -> None:
        self.theme.currentIndexChanged.connect(
            lambda _index: self.model.set_theme(self.theme.currentData())
        )
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.add.clicked.connect(self.add_own)
        self.import_pack.clicked.connect(self.choose_pack_file)
        self.remove.clicked.connect(self.remove_selected)

    # ------------------------------------------------------------------ actions

    def add_own(self) -> None:
        """Ask for a prompt and store it."""
        dialog = OwnPromptDialog(self._journal.prompts.library(), self)
        if not dialog.exec():
            return
        theme, text, follow_ups, intensity = dialog.values()
        store = self._journal.prompts
        self._run(lambda: store.add_own(theme, text, follow_ups, intensity=intensity))

    def choose_pack_file(self) -> None:
        """Pick a pack file without the dialog remembering the folder."""
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a prompt pack"),
                str(Path.home()),
                self.tr("Prompt packs (*.toml)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Import a pack file, saying how many prompts came in or what is wrong."""
        pack = self._run(lambda: self._journal.prompts.import_file(path))
        if isinstance(pack, PromptPack):
            QMessageBox.information(
                self,
                self.tr("Prompts"),
                self.tr("Imported %n prompts from “{name}”.", "", len(pack.prompts)).format(
                    name=pack.name
                ),
            )

    def remove_selected(self) -> None:
        """Remove one's own prompt, or a whole imported pack (after asking)."""
        prompt = self.model.prompt(self.view.currentIndex().row())
        if prompt is None or prompt.source is PromptSource.SHIPPED:
            return
        if prompt.source is PromptSource.CUSTOM:
            self._run(lambda: self._journal.prompts.remove_own(prompt.id))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Prompts"),
            self.tr(
                "Remove the whole pack “{pack}”? Entries that answered its prompts keep their text."
            ).format(pack=prompt.pack),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._journal.prompts.remove_pack(prompt.pack))

    # ------------------------------------------------------------------ helpers

    def _run(self, change: object) -> object:
        try:
            result = change()  # type: ignore[operator]
        except KnownError as error:
            QMessageBox.information(self, self.tr("Prompts"), error.message)
            return None
        self.model.set_library(self._journal.prompts.library())
        return result

    def _selection_changed(self) -> None:
        prompt = self.model.prompt(self.view.currentIndex().row())
        self.remove.setEnabled(prompt is not None and prompt.source is not PromptSource.SHIPPED)
