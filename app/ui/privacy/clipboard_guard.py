"""Text copied from the journal does not stay on the clipboard for good.

Why: a clipboard outlives the app. A line copied from an entry could be pasted
by whoever uses the computer next, or kept by a clipboard manager. The guard
notes a fingerprint (never the text) of what was copied while the app was in
front, and clears the clipboard after the chosen time if it still holds exactly
that, and always when the journal locks or the app closes. Something copied in
another app since is left alone. The X11 selection, filled by merely selecting
text, is cleared on locking when the app still owns it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from app.digests import blake2b_digest


class ClipboardGuard(QObject):
    """Clears the app's own clipboard contents after a delay and on demand."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._clear_if_unchanged)
        self._seconds = 0
        self._fingerprint: bytes | None = None
        _clipboard().dataChanged.connect(self._on_changed)

    def set_seconds(self, seconds: int) -> None:
        """Clear this long after a copy (0: only when locking or closing)."""
        self._seconds = seconds
        if seconds <= 0:
            self._timer.stop()
        elif self._fingerprint is not None:
            self._timer.start(seconds * 1000)

    def holds_copy(self) -> bool:
        """Whether something copied from the app may still be on the clipboard."""
        return self._fingerprint is not None

    def clear_now(self) -> None:
        """Clear what the app copied, if unchanged (the journal locks or the app closes)."""
        self._clear_if_unchanged()
        clipboard = _clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _on_changed(self) -> None:
        clipboard = _clipboard()
        copied_here = clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        text = clipboard.text()
        if not copied_here or not text:
            self._forget()
            return
        self._fingerprint = _fingerprint(text)
        if self._seconds > 0:
            self._timer.start(self._seconds * 1000)

    def _clear_if_unchanged(self) -> None:
        clipboard = _clipboard()
        if self._fingerprint is not None and _fingerprint(clipboard.text()) == self._fingerprint:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._forget()

    def _forget(self) -> None:
        self._timer.stop()
        self._fingerprint = None


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def _fingerprint(text: str) -> bytes:
    """A digest kept in memory only: enough to see "the same text", not to read it back."""
    return blake2b_digest(text.encode("utf-8", "surrogatepass"), digest_size=16)
