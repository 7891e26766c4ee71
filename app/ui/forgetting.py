"""How locking reaches every view that shows journal text, without a list of them.

A view that holds journal text (an entry, a search result, a reason, a contact
note, tonight's answers) inherits ``ForgetsOnLock``. Locking and quick hide find
those views among the window's descendants at the moment they run, ask each to
keep what was typed, and then to forget what it shows. A view added next year is
covered by being built inside the window and inheriting the mixin; the lock test
(tests/gui/test_lock_forgets_everything.py) fails for a class that takes a journal
and does not.

Dialogs are closed and dropped whatever they are: a closed dialog is only hidden,
its lists still full.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class ForgetsOnLock:
    """A view of journal text: it saves typed words on request and can forget all it shows."""

    def keep_before_lock(self) -> bool:
        """Save words typed here (before locking or leaving the page); False if that failed."""
        return True

    def forget(self) -> None:
        """Drop every word of the journal this view shows or holds (without saving)."""
        raise NotImplementedError


def views_under(root: QObject) -> list[ForgetsOnLock]:
    """Every view of journal text inside ``root`` and among the top-level windows."""
    found: list[ForgetsOnLock] = [
        child for child in root.findChildren(QObject) if isinstance(child, ForgetsOnLock)
    ]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ForgetsOnLock) and not any(widget is view for view in found):
            found.append(widget)
    return found


def keep_typed_everywhere(root: QObject) -> bool:
    """Ask every view to save what was typed (all of them, even after a failure)."""
    saved = True
    for view in views_under(root):
        saved = view.keep_before_lock() and saved
    return saved


def forget_everywhere(root: QWidget) -> None:
    """Every view forgets; every dialog closes and goes (once back in the event loop)."""
    dialogs = root.findChildren(QDialog)
    for view in views_under(root):
        view.forget()
    for dialog in dialogs:
        if dialog.isVisible():
            dialog.reject()
        dialog.deleteLater()
