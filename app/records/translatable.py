"""A marker for the words the core names and the window says in the user's language.

The core never imports Qt; ``pyside6-lupdate`` finds these strings by the marker's
name (the core marks them from anywhere: records sit below every layer), and
the window translates them with ``app.ui.widgets.translate.tr`` when shown.
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged: it is marked, not translated, here."""
    return text
