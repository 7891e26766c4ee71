"""Words said outside a QObject, in one translation context.

``pyside6-lupdate`` files a bare ``tr("…")`` and ``QT_TR_NOOP("…")`` under the empty
context wherever they stand, and cannot follow a context held in a variable; so the
window's free functions and module constants say their words through these two, and
``self.tr`` stays for what a widget says itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; ``n`` picks a plural form for ``%n``."""
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:
    """Mark ``text`` for translation where it is defined; ``tr`` says it where it is shown."""
    return text
