"""The access history as a list: one row per unlock or attempt, and the words for them.

The words live here, once, for the list in Settings and for the note the window
shows after unlocking: when, what happened, and which way in was tried. Nothing
here is the user's writing; still, it is only read while the journal is open.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QLocale, QObject, Qt

from app.ui.widgets.lists import FIRST_ROLE, ListModel
from app.ui.widgets.rows import TwoLineRowDelegate, format_moment
from app.ui.widgets.translate import QT_TR_NOOP, tr
from app.vault.access_events import AccessEvent, AccessKind, Place
from app.vault.slots import SlotKind

AccessRole = IntEnum(
    "AccessRole", "HeadlineRole DetailRole WhenTextRole FailedRole", start=FIRST_ROLE
)


def way_label(way: SlotKind) -> str:
    """Which way in, as the user knows it."""
    labels = {
        SlotKind.KEYRING: QT_TR_NOOP("The computer login (system keyring)"),
        SlotKind.PASSPHRASE: QT_TR_NOOP("Passphrase"),
        SlotKind.RECOVERY: QT_TR_NOOP("Recovery key"),
    }
    return tr(labels[way])


def place_label(place: Place) -> str:
    """Where the attempt was made."""
    return tr("In this window") if place == Place.WINDOW else tr("From the command line")


def headline(event: AccessEvent) -> str:
    """What happened, in a few calm words."""
    if event.kind == AccessKind.UNLOCKED:
        return tr("Opened")
    if event.kind == AccessKind.CREATED:
        return tr("Journal made")
    if event.kind == AccessKind.REFUSED:
        assert event.way is not None
        if event.way == SlotKind.PASSPHRASE:
            return tr("Wrong passphrase")
        if event.way == SlotKind.RECOVERY:
            return tr("Wrong recovery key")
        return tr("The keyring's secret did not fit")
    return tr("Earlier events, kept as a count")


def detail(event: AccessEvent) -> str:
    """The second line: which way in and where, or a summary's counts."""
    if event.kind == AccessKind.CREATED:
        return tr("The history starts here")
    if event.kind == AccessKind.EARLIER:
        since = format_when(event.since or event.at)
        return tr("{unlocks} opened, {refused} tried and stayed locked, since {since}").format(
            unlocks=event.unlocks, refused=event.refusals, since=since
        )
    assert event.way is not None
    assert event.place is not None
    return tr("{way} · {place}").format(way=way_label(event.way), place=place_label(event.place))


def format_when(at: dt.datetime) -> str:
    """An event's local day and time, as rows show them ("7 Dec 2026, 16:04")."""
    return format_moment(at.astimezone())


MISSING_NOTICE = QT_TR_NOOP(
    "The record of who opened your journal was emptied or removed since you last opened "
    "it, so Threshold can't say whether anyone tried. It starts again from now."
)


def missing_notice() -> str:
    """The note after unlocking when the history was there before and is gone now."""
    return tr(MISSING_NOTICE)


def failed_notice(failed: list[AccessEvent]) -> str:
    """The note after unlocking: how many tries were refused, and with what."""
    count = sum(event.refusals if event.kind == AccessKind.EARLIER else 1 for event in failed)
    # Not "someone tried": the refused try may well have been the person's own typo.
    if count == 1:
        opening = tr(
            "Since you last opened your journal, one try to open it was refused. "
            "If that wasn't you, someone else tried."
        )
    elif count == 2:  # "two" reads better than "2"
        opening = tr(
            "Since you last opened your journal, two tries to open it were refused. "
            "If that wasn't you, someone else tried."
        )
    else:
        opening = tr(
            "Since you last opened your journal, {count} tries to open it were refused. "
            "If that wasn't you, someone else tried."
        ).format(count=QLocale().toString(count))
    lines = [f"{format_when(event.at)}: {headline(event)}." for event in failed[:5]]
    return "\n".join([opening, *lines])


class AccessHistoryModel(ListModel[AccessEvent]):
    """The history's events, newest first (a few hundred at most, so no lazy loading)."""

    roles = AccessRole

    def item_data(self, item: AccessEvent, role: int) -> object:
        """What happened, which way and where, and when, for one row."""
        if role in (Qt.ItemDataRole.DisplayRole, AccessRole.HeadlineRole):
            return headline(item)
        if role == AccessRole.DetailRole:
            return detail(item)
        if role == AccessRole.WhenTextRole:
            return format_when(item.at)
        if role == AccessRole.FailedRole:
            return item.failed or bool(item.refusals)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_when(item.at)}: {headline(item)}. {detail(item)}"
        return None


def access_row_delegate(parent: QObject | None = None) -> TwoLineRowDelegate:
    """Rows: what happened and when on the first line; which way in and where beneath."""
    return TwoLineRowDelegate(
        AccessRole.DetailRole,
        AccessRole.WhenTextRole,
        title_role=AccessRole.HeadlineRole,
        parent=parent,
    )
