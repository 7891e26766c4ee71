"""The one way Threshold asks before something can't be undone.

A plain box without a warning icon (the words and one red button are enough),
Cancel as the default and the Escape button, and room for about fifty
characters a line so the question reads calmly.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from app.ui.widgets.translate import tr

LINE_CHARS = 50


def destructive_question(
    parent: QWidget, title: str, question: str, detail: str, action: str
) -> tuple[QMessageBox, QPushButton]:
    """The box and its red ``action`` button; the caller runs it and checks the click."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(detail)
    delete = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    delete.setProperty("danger", "true")
    delete.style().unpolish(delete)  # the property is new: let the style sheet see it
    delete.style().polish(delete)
    delete.setAccessibleName(action)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(tr("Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    _widen(box)
    return box, delete


def _widen(box: QMessageBox) -> None:
    """Room for about fifty characters a line instead of Qt's narrow default."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        width = box.fontMetrics().averageCharWidth() * LINE_CHARS
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
