"""Choosing where a private file goes, without leaving traces of the choice.

Shared by every screen that saves or opens a file holding something private: a
recovery key, an export, a prompt pack.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings, Qt

# A field for a secret: no word suggestions, nothing learned by the input method.
SENSITIVE_INPUT = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
# Qt's own file dialog writes the folders it visited here when it closes.
FILE_DIALOG_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


@contextmanager
def file_dialog_forgets_folders() -> Iterator[None]:
    """Put back the file dialog's folder history after it closes.

    Qt's own (non-native) dialog records the last folder and a history in the
    shared "QtProject" settings; where a recovery key was saved must not be left
    behind, so the earlier values are restored.
    """
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    before = {key: settings.value(key) for key in FILE_DIALOG_KEYS}
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        settings.sync()
