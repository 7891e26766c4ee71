"""Flat lists: the one list-model base and the one way a painted list view is set up.

Every list in Threshold is a flat list of rows held in memory (search hits,
contact records, versions, the trash, the timeline's pages). ``ListModel`` holds
them, counts them and checks indexes once; a model only says what each role of
one row is (``item_data``), names its roles for ``roleNames`` and, where it is
reset whole, replaces its rows through the one reset point (``replace_rows``).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QListView

ModelIndex = QModelIndex | QPersistentModelIndex
FIRST_ROLE = Qt.ItemDataRole.UserRole + 1  # a model's named roles are numbered from here
T = TypeVar("T")
View = TypeVar("View", bound=QListView)


class ListModel(QAbstractListModel, Generic[T]):
    """Rows held in a list; a subclass says what each role of a row is.

    Attributes:
        roles: the model's named roles (an IntEnum numbered from ``FIRST_ROLE``),
            for ``roleNames``; None when it has none.
    """

    roles: ClassVar[type[IntEnum] | None] = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def replace_rows(self, rows: Iterable[T]) -> None:
        """Show these rows instead of the current ones (the one reset point)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        """What a row shows, or None outside the list."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def item_at(self, index: ModelIndex) -> T | None:
        """What an index of this model shows, or None for an invalid or foreign index."""
        valid = index.isValid() and index.model() is self and index.column() == 0
        return self.item(index.row()) if valid else None

    def item_data(self, item: T, role: int) -> object:
        """The value of one role for one row (None where the role does not apply)."""
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Number of rows (a flat list: rows have no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The value of one role for one row, from ``item_data``."""
        item = self.item_at(index)
        return None if item is None else self.item_data(item, role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML and debugging tools."""
        names = dict(super().roleNames())
        for role in self.roles or ():
            names[int(role)] = QByteArray(role.name.encode())
        return names


def list_view(
    view: View,
    model: QAbstractItemModel,
    delegate: QAbstractItemDelegate | None,
    name: str,
    *,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    smooth: bool = False,
) -> View:
    """Set up a list of painted rows: read-only, every row the same height, never scrolled sideways.

    Args:
        view: the list (a QListView or a screen's own subclass of it).
        model: what it shows.
        delegate: what paints its rows (None: Qt's own); the view becomes its parent.
        name: its accessible name.
        selection: how many rows can be chosen at once.
        smooth: scroll by pixels rather than by whole rows (for tall rows).
    """
    view.setModel(model)
    if delegate is not None:
        delegate.setParent(view)
        view.setItemDelegate(delegate)
    view.setUniformItemSizes(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(selection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if smooth:
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAccessibleName(name)
    return view
