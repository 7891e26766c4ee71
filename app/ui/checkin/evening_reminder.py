"""An optional evening reminder while the app runs; off by default.

It shows only the words the user chose (neutral by default) in the system tray,
never anything from the journal. A minute timer checks whether the time has come,
so a computer that slept through the moment still reminds once when it wakes,
and never more than once an evening.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.prompts.checkin import next_reminder
from app.storage.preferences import DEFAULT_REMINDER_TEXT, Preferences
from app.ui.presentation import display_name
from app.ui.widgets.translate import tr

CHECK_INTERVAL_MS = 60_000
Clock = Callable[[], dt.datetime]


def plain_icon() -> QIcon:
    """A calm, neutral mark (an open doorway) until the app's own icon is installed."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#4a7355"), 3))
    painter.drawLine(9, 28, 9, 6)
    painter.drawLine(9, 6, 23, 6)
    painter.drawLine(23, 6, 23, 28)
    painter.drawLine(4, 28, 28, 28)
    painter.end()
    return QIcon(pixmap)


class EveningReminder(QObject):
    """Reminds at the chosen time.

    Signals:
        due(str): the reminder's words, when its time has come.
        openRequested(): the user clicked the tray icon or its message.
        remindRequested(): "Remind me why" was chosen in the tray's menu.
    """

    due = Signal(str)
    openRequested = Signal()
    remindRequested = Signal()

    def __init__(self, icon: QIcon, clock: Clock = dt.datetime.now) -> None:
        super().__init__()
        self._icon = icon if not icon.isNull() else plain_icon()
        self._clock = clock
        self._preferences = Preferences()
        self._next: dt.datetime | None = None
        self._tray: QSystemTrayIcon | None = None
        self._neutral = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    @property
    def next_due(self) -> dt.datetime | None:
        """When the reminder shows next (None while it is off)."""
        return self._next

    def apply(self, preferences: Preferences) -> None:
        """Follow the user's settings: start, move or stop the reminder."""
        self._preferences = preferences
        if not preferences.reminder_on:
            self._next = None
            self._timer.stop()
            self._hide_tray()
            return
        self._next = next_reminder(self._clock(), preferences.reminder_time)
        self._timer.start()
        self._show_tray()

    def stop(self) -> None:
        """Stop reminding (the journal was locked or the app is closing)."""
        self.apply(Preferences())

    def check(self) -> None:
        """Remind if the time has come, then plan the next evening."""
        now = self._clock()
        if self._next is None or now < self._next:
            return
        self._next = next_reminder(now, self._preferences.reminder_time)
        text = self._preferences.reminder_text
        if text == DEFAULT_REMINDER_TEXT:
            text = tr(text)  # the default, in the reader's language; their own words as typed
        if self._tray is not None:
            self._tray.showMessage(display_name(), text, self._icon)
        self.due.emit(text)

    def set_presentation(self, icon: QIcon, neutral: bool) -> None:
        """Use the window's chosen icon and name; a neutral one keeps the menu plain too."""
        self._icon = icon if not icon.isNull() else plain_icon()
        self._neutral = neutral
        if self._tray is not None:  # rebuilt with the new name, icon and menu
            self._hide_tray()
            self._show_tray()

    # ------------------------------------------------------------------ tray

    def _show_tray(self) -> None:
        if self._tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        name = display_name()
        self._tray = QSystemTrayIcon(self._icon, self)
        self._tray.setToolTip(name)  # never anything from the journal
        menu = QMenu()
        menu.addAction(self.tr("Open {name}").format(name=name), self.openRequested.emit)
        if not self._neutral:  # "Remind me why" would say what the app is for
            menu.addAction(self.tr("Remind me why"), self.remindRequested.emit)
        self._tray.setContextMenu(menu)
        self._menu = menu
        self._tray.activated.connect(lambda _reason: self.openRequested.emit())
        self._tray.messageClicked.connect(self.openRequested)
        self._tray.show()

    def _hide_tray(self) -> None:
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
