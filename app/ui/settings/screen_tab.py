"""Settings → On screen: the window's name and icon, quick hide, and the clipboard.

Every change is saved and applied at once, so the user sees the window's new name
while still in the dialog. The page says plainly that these few choices are kept
unencrypted (they must show before the journal is unlocked).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.errors import KnownError
from app.language import LANGUAGES
from app.presentation import (
    CLIPBOARD_CHOICES,
    HideMode,
    Presentation,
    WindowIcon,
    save_presentation,
)
from app.ui.presentation import window_icon
from app.ui.translation import system_language
from app.ui.widgets.colours import choose_high_contrast
from app.ui.widgets.icons import with_kit_clear_button
from app.ui.widgets.kit import text_label
from app.ui.widgets.theme import apply_theme


class ScreenSettings(QWidget):
    """The "On screen" tab.

    Signals:
        presentationChanged(object): the stored ``Presentation`` after a change.
    """

    presentationChanged = Signal(object)

    def __init__(
        self, path: Path, presentation: Presentation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._presentation = presentation
        self.title = self._title_box()
        self.icon = self._icon_box()
        self.hide_window = QRadioButton(self.tr("Hide the window"))
        self.show_cover = QRadioButton(self.tr("Show a plain, empty page instead"))
        self.shortcut = QKeySequenceEdit(QKeySequence(presentation.hide_shortcut), self)
        self.shortcut.setAccessibleName(self.tr("Shortcut for quick hide"))
        with_kit_clear_button(self.shortcut)
        self.clipboard = self._clipboard_box()
        self.language = self._language_box()
        self.high_contrast = QCheckBox(self.tr("Use &high contrast"), self)
        self.high_contrast.setChecked(presentation.high_contrast)
        self._build()
        self._connect()

    # ------------------------------------------------------------------ build

    def _title_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setAccessibleName(self.tr("Window name"))
        for name in (APP_NAME, self.tr("Notes"), self.tr("Documents")):
            box.addItem(name)
        box.setCurrentText(self._presentation.title)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = box.lineEdit()
        if line is not None:
            line.setAccessibleName(box.accessibleName())
        return box

    def _icon_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(self.tr("Window icon"))
        names = {
            WindowIcon.THRESHOLD: self.tr("Threshold's own"),
            WindowIcon.NOTES: self.tr("A notepad"),
            WindowIcon.DOCUMENT: self.tr("A document"),
            WindowIcon.CIRCLE: self.tr("A plain circle"),
        }
        for icon, name in names.items():
            box.addItem(window_icon(icon), name, icon.value)
        box.setCurrentIndex(box.findData(self._presentation.icon.value))
        return box

    def _clipboard_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(self.tr("Clear copied text"))
        for seconds in CLIPBOARD_CHOICES:
            box.addItem(self._clipboard_label(seconds), seconds)
        box.setCurrentIndex(box.findData(self._presentation.clear_clipboard_seconds))
        return box

    def _language_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(self.tr("Language"))  # a list's name, not its current item
        system = LANGUAGES[system_language()]
        box.addItem(self.tr("The system's language ({name})").format(name=system), "")
        for code, name in LANGUAGES.items():
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(self._presentation.language)))
        return box

    def _clipboard_label(self, seconds: int) -> str:
        if seconds == 0:
            return self.tr("only when the journal locks or closes")
        if seconds < 60:
            return self.tr("after {n} seconds").format(n=seconds)
        if seconds == 60:
            return self.tr("after 1 minute")
        return self.tr("after {n} minutes").format(n=seconds // 60)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("How the window looks"), "heading"))
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Name"), self.title), self.title)
        form.addRow(self._label(self.tr("&Icon"), self.icon), self.icon)
        layout.addLayout(form)
        layout.addWidget(
            text_label(
                self.tr(
                    "The name and icon show in the taskbar, on dialogs and on reminders, "
                    "even before you unlock, so they are kept unencrypted on this computer. "
                    "Choose something ordinary, and nothing private."
                ),
                "muted",
            )
        )
        layout.addWidget(self.high_contrast)
        layout.addWidget(
            text_label(
                self.tr(
                    "Black and white text and clear edges. Threshold also follows your "
                    "system's high-contrast setting."
                ),
                "muted",
            )
        )
        layout.addSpacing(16)
        layout.addWidget(text_label(self.tr("Language"), "heading"))
        language_form = QFormLayout()
        language_form.addRow(self._label(self.tr("&Language"), self.language), self.language)
        layout.addLayout(language_form)
        layout.addWidget(
            text_label(
                self.tr("Threshold speaks the language you choose from the next time it opens."),
                "muted",
            )
        )
        layout.addSpacing(16)
        layout.addWidget(text_label(self.tr("Quick hide"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Shift pressed three times, or the shortcut below, saves, locks and "
                    "gets your journal out of sight at once."
                ),
                "muted",
            )
        )
        group = QButtonGroup(self)
        for radio in (self.hide_window, self.show_cover):
            group.addButton(radio)
            layout.addWidget(radio)
        cover = self._presentation.hide_mode is HideMode.COVER
        (self.show_cover if cover else self.hide_window).setChecked(True)
        shortcut_form = QFormLayout()
        shortcut_form.addRow(self._label(self.tr("&Shortcut"), self.shortcut), self.shortcut)
        layout.addLayout(shortcut_form)
        layout.addSpacing(16)
        layout.addWidget(text_label(self.tr("Copied text"), "heading"))
        clipboard_form = QFormLayout()
        clipboard_form.addRow(
            self._label(self.tr("Clear text copied from the &journal"), self.clipboard),
            self.clipboard,
        )
        layout.addLayout(clipboard_form)
        layout.addWidget(
            text_label(
                self.tr("Only if nothing else was copied since. Locking always clears it."),
                "muted",
            )
        )
        layout.addStretch(1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        line = self.title.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._save)
        self.title.activated.connect(lambda _index: self._save())
        self.icon.activated.connect(lambda _index: self._save())
        self.hide_window.toggled.connect(lambda _on: self._save())
        self.shortcut.editingFinished.connect(self._save)
        self.clipboard.activated.connect(lambda _index: self._save())
        self.language.activated.connect(lambda _index: self._save())
        self.high_contrast.toggled.connect(self._contrast_toggled)

    # ------------------------------------------------------------------ save

    def chosen(self) -> Presentation:
        """What the controls show now."""
        return replace(
            self._presentation,
            title=self.title.currentText(),
            icon=WindowIcon(self.icon.currentData()),
            hide_mode=HideMode.HIDE if self.hide_window.isChecked() else HideMode.COVER,
            hide_shortcut=self.shortcut.keySequence().toString(
                QKeySequence.SequenceFormat.PortableText
            ),
            clear_clipboard_seconds=int(self.clipboard.currentData()),
            language=str(self.language.currentData()),
            high_contrast=self.high_contrast.isChecked(),
        )

    def _contrast_toggled(self, high: bool) -> None:
        """Kept, and shown at once: every window takes the new colours."""
        self._save()
        kept = self._presentation.high_contrast  # as stored: a refused save changes nothing
        if kept != high:
            self.high_contrast.setChecked(kept)
            return
        choose_high_contrast(high)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            apply_theme(application)

    def _save(self) -> None:
        chosen = self.chosen()
        if chosen == self._presentation:
            return
        try:
            stored = save_presentation(self._path, chosen)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Settings"), error.message)
            self.title.setCurrentText(self._presentation.title)
            return
        self._presentation = stored
        self.title.setCurrentText(stored.title)
        self.presentationChanged.emit(stored)
