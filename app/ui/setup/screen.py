"""The setup step for a screen someone else might see: the window's name, and quick hide.

Why in setup and not only in Settings: the window's name shows in the taskbar and
on every dialog from the very first start, and quick hide (F12, or Shift three
times) makes the window vanish at once; someone who was never told could take
that for a crash. So the first run offers an ordinary name on the spot, applied
at once as Settings does, and says in two calm sentences what quick hide does and
how to come back.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence

from app import APP_NAME
from app.errors import KnownError
from app.presentation import Presentation, WindowIcon, save_presentation
from app.ui.setup.pages import StepPage, show_text


class ScreenStep(StepPage):
    """Keep the name "Threshold" or choose a plain one; what quick hide does.

    Args:
        presentation: where the window's name is kept and what it is now, as
            Settings gets them; without them the name can't be stored here, so the
            page says where to change it instead of offering a choice it can't keep.

    Signals:
        presentationChanged(object): the stored ``Presentation`` after the name changed.
    """

    presentationChanged = Signal(object)

    def __init__(self, presentation: tuple[Path, Presentation] | None = None) -> None:
        super().__init__()
        self._path: Path | None = presentation[0] if presentation else None
        self._presentation = presentation[1] if presentation else Presentation()
        self._plain = self._plain_choice(self._presentation)
        self.add_text(self.tr("If someone might see your screen"), "heading")
        self.add_text(
            self.tr(
                "The window's name shows in the taskbar and on dialogs, even before your "
                "journal is unlocked."
            )
        )
        self.own_name = self.add_option(self.tr("Keep the name “&Threshold”"))
        self.plain_name = self.add_option(
            self.tr("Call it “{name}”, with a &plain icon").format(name=self._plain[0])
        )
        self.name_note = self.add_text(role="muted")
        self.add_text(self.tr("Quick hide"), "subheading")
        self.add_text(self._hide_text())
        self.finish(self.tr("&Continue"), self.tr("&Back"))
        self._show_choice()
        self.own_name.toggled.connect(self._choose)

    @property
    def can_choose(self) -> bool:
        """Whether the name can be stored from here (the window passed where it is kept)."""
        return self._path is not None

    def focus(self) -> None:
        """Start on the name chosen now."""
        if self.can_choose:
            (self.plain_name if self.plain_name.isChecked() else self.own_name).setFocus()
        else:
            super().focus()

    def _plain_choice(self, now: Presentation) -> tuple[str, WindowIcon]:
        """The plain name on offer: the one already chosen, or "Notes" with a notepad."""
        if now.is_neutral:
            return now.title, now.icon
        return self.tr("Notes"), WindowIcon.NOTES

    def _show_choice(self) -> None:
        for radio in (self.own_name, self.plain_name):
            radio.setVisible(self.can_choose)
        (self.plain_name if self._presentation.is_neutral else self.own_name).setChecked(True)
        if self.can_choose:
            note = self.tr("You can change it at any time in Settings, under On screen.")
        else:
            note = self.tr(
                "You can give it an ordinary name and a plain icon in Settings, under On screen."
            )
        show_text(self.name_note, note)

    def _hide_text(self) -> str:
        shortcut = QKeySequence.fromString(
            self._presentation.hide_shortcut, QKeySequence.SequenceFormat.PortableText
        ).toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            keys = self.tr("press {key} or Shift three times").format(key=shortcut)
        else:
            keys = self.tr("press Shift three times")
        return self.tr(
            "If you need Threshold out of sight at once, {keys}. It saves what you wrote, "
            "locks the journal and hides the window; nothing is lost. To come back, open "
            "Threshold again."
        ).format(keys=keys)

    def _choose(self) -> None:
        """Store the name chosen and apply it at once, as Settings does."""
        if self._path is None:
            return
        title, icon = (
            self._plain if self.plain_name.isChecked() else (APP_NAME, WindowIcon.THRESHOLD)
        )
        chosen = replace(self._presentation, title=title, icon=icon)
        if chosen == self._presentation:
            return
        try:
            stored = save_presentation(self._path, chosen)
        except KnownError as error:
            self.own_name.blockSignals(True)
            self._show_choice()
            self.own_name.blockSignals(False)
            show_text(self.name_note, error.message)
            return
        self._presentation = stored
        self.presentationChanged.emit(stored)
