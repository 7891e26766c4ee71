"""The worker's half of attaching: read, check and decode a file, then store it.

Everything here runs on a worker thread (it touches no widget): a file or a
pasted picture is read and checked by ``app.media``, a picture Qt cannot decode
is refused before anything is kept, and what passed is stored through the
worker's own connection. Checking and storing are separate steps, so a new
entry needs to exist only once something passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from app.errors import BadAttachment, KnownError
from app.records.attachments import Attachment, Incoming
from app.ui.journal.thumbnails import THUMBNAIL_SIDE, decode_scaled

if TYPE_CHECKING:
    from app.journal import Journal
    from app.storage.attachments import AttachmentStore


@dataclass(frozen=True)
class Source:
    """One thing to attach: a file, or bytes with a name (a pasted picture)."""

    path: Path | None = None
    data: bytes = b""
    name: str = ""


@dataclass(frozen=True)
class Checked:
    """A file read and checked, with its thumbnail (null for a PDF), not yet stored."""

    incoming: Incoming
    thumbnail: QImage


@dataclass(frozen=True)
class Attached:
    """An attachment stored, with the thumbnail decoded while checking it (null for a PDF)."""

    attachment: Attachment
    thumbnail: QImage


def pasted_picture(image: QImage, now: dt.datetime | None = None) -> Source:
    """A picture from the clipboard as PNG bytes in memory, named for when it was pasted."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H.%M")
    name = QCoreApplication.translate("Attaching", "Pasted picture {stamp}.png")
    return Source(data=bytes(array.data()), name=name.format(stamp=stamp))


def store_all(
    journal: Journal, entry_id: str, sources: list[Source], *, strip: bool = False
) -> list[Attached | KnownError]:
    """On the worker: each source checked, decoded and stored, or refused with plain words."""
    return store_checked(journal, entry_id, check_all(sources, strip=strip))


def check_all(sources: list[Source], *, strip: bool = False) -> list[Checked | KnownError]:
    """On the worker: each source read, checked and its thumbnail decoded, or refused.

    With ``strip`` (Settings → Pictures), what is kept is the file without its metadata.
    """
    results: list[Checked | KnownError] = []
    for source in sources:
        try:
            results.append(_check_one(source, strip))
        except KnownError as error:
            results.append(error)
    return results


def store_checked(
    journal: Journal, entry_id: str, checked: Sequence[Checked | KnownError]
) -> list[Attached | KnownError]:
    """On the worker: the checked files stored with the entry; refusals passed along."""
    results: list[Attached | KnownError] = []
    with journal.attachment_writer() as store:
        for item in checked:
            try:
                results.append(_store_one(store, entry_id, item))
            except KnownError as error:
                results.append(error)
    return results


def _store_one(store: AttachmentStore, entry_id: str, item: Checked | KnownError) -> Attached:
    if isinstance(item, KnownError):
        raise item
    return Attached(store.add(entry_id, item.incoming), item.thumbnail)


def _check_one(source: Source, strip: bool) -> Checked:
    from app.media.intake import (  # noqa: PLC0415 - start-up time
        incoming_from_bytes,
        read_attachment,
        without_metadata,
    )

    if source.path is not None:
        incoming = read_attachment(source.path)
    else:
        incoming = incoming_from_bytes(source.data, source.name)
    if strip:
        incoming = without_metadata(incoming)
    thumbnail = QImage()
    if incoming.info.kind.is_image:
        thumbnail = decode_scaled(incoming.data, THUMBNAIL_SIDE)
        if thumbnail.isNull():  # checked before anything is kept
            raise BadAttachment(
                QCoreApplication.translate(
                    "Attaching",
                    "Threshold can't show the picture in “{name}”, so it wasn't attached.",
                ).format(name=incoming.name)
            )
    return Checked(incoming, thumbnail)
