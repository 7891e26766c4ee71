"""Pieces of the incident record's page: its rows of controls and the one confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.ui.widgets.confirm import destructive_question
from app.ui.widgets.kit import SPACING
from app.ui.widgets.translate import tr


def purge_question(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question before deleting a record for good: the box and its red button."""
    return destructive_question(
        parent,
        tr("Delete for good"),
        tr("Delete this record for good?"),
        tr(
            "This can't be undone. Its words, amendments and files go; one line stays "
            "in the record's chain saying that a record was removed, and when. If you "
            "might want it later, it can stay in the trash."
        ),
        tr("Delete for good"),
    )


def offer_people(combo: QComboBox, names: list[str]) -> None:
    """Everyone, then each name, keeping the choice when it is still there (no signal)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(tr("Everyone"), None)
    for name in names:
        combo.addItem(name, name)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
    combo.blockSignals(False)


def filter_row(parent: QWidget, who: QComboBox, kind: QComboBox, trash: QCheckBox) -> QHBoxLayout:
    """Who and Kind, labelled with their keys, and the trash at the far end."""
    row = QHBoxLayout()
    row.setSpacing(SPACING // 2)
    for text, combo in ((tr("&Who"), who), (tr("&Kind"), kind)):
        label = QLabel(text, parent)
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        row.addSpacing(SPACING)
    row.addStretch(1)
    row.addWidget(trash)
    return row


def button_row(*widgets: QWidget | None) -> QHBoxLayout:
    """Buttons in a row; None pushes the ones after it to the right."""
    row = QHBoxLayout()
    row.setSpacing(SPACING // 2)
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget)
    return row
