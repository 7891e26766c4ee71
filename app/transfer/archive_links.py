"""An archive's links ("what happened next"): written to ``links.json``, read and kept back.

Each link is one JSON object naming two entries by their ids and when they were
linked; no words. The reader checks every object strictly; ``keep_links`` keeps
them in the import's transaction, after the entries, so a link may name an entry
of the archive or one already in the journal. One that names neither refuses
the whole import. A link already here is skipped: importing twice adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from typing import TYPE_CHECKING

from app.errors import EntryNotFound, InvalidInput
from app.records.imports import ImportedLink
from app.records.links import LinkedPair
from app.transfer.archive_format import LINKS, aware_time, mapping, text, time_text
from app.transfer.problems import refused, without_promise
from app.words import QT_TR_NOOP, Said

if TYPE_CHECKING:
    from app.journal.worker_stores import WorkerStores

_KEYS = ("entry", "next", "linked")
_ENTRY_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def link_row(pair: LinkedPair) -> dict[str, object]:
    """A link as ``links.json`` keeps it: the two entries' ids and when they were linked."""
    return {"entry": pair.earlier, "next": pair.later, "linked": time_text(pair.linked)}


def link_from_row(value: object) -> ImportedLink:
    """A link back from its JSON object, checked strictly.

    Raises:
        ValueError: a key missing or not Threshold's, an id not as Threshold
            writes one, one entry twice, or a time without its offset.
    """
    row = mapping(value)
    missing = [key for key in _KEYS if key not in row]
    if missing:
        raise ValueError(Said(QT_TR_NOOP("it has no {key}"), {"key": repr(missing[0])}))
    unknown = sorted(key for key in row if key not in _KEYS)
    if unknown:
        raise ValueError(
            Said(
                QT_TR_NOOP("{key} is not something Threshold writes"),
                {"key": repr(unknown[0][:40])},
            )
        )
    earlier, later = _entry_id(row["entry"]), _entry_id(row["next"])
    if earlier == later:
        raise ValueError(Said(QT_TR_NOOP("it links the entry {id} to itself"), {"id": earlier}))
    return ImportedLink(earlier, later, aware_time(row["linked"]))


def links_from_rows(rows: Iterable[object]) -> tuple[ImportedLink, ...]:
    """Every link of ``links.json``, checked (the message names the one that is not).

    Raises:
        ValueError: naming the link by its place in the list.
    """
    found = []
    for number, row in enumerate(rows, 1):
        try:
            found.append(link_from_row(row))
        except ValueError as error:
            raise ValueError(
                Said(QT_TR_NOOP("link {number}: {reason}"), {"number": number, "reason": error})
            ) from None
    return tuple(found)


def keep_links(
    stores: WorkerStores, links: Iterable[ImportedLink], skipped: Set[str] = frozenset()
) -> int:
    """Keep the links not here yet; how many. Inside the import's transaction.

    A link to an entry ``skipped`` as already here (under another id: the same
    Day One entry imported twice, say) is left out; the entry itself is here.

    Raises:
        ImportRefused: a link names an entry in neither the archive nor this
            journal.
    """
    kept = 0
    for link in links:
        try:
            kept += stores.links.keep(link.earlier, link.later, link.linked)
        except EntryNotFound:
            if skipped & {link.earlier, link.later}:
                continue
            raise refused(
                QT_TR_NOOP(
                    "A link in {name} names an entry that is in neither the archive nor this "
                    "journal ({earlier} to {later}), so the archive isn't whole."
                ),
                name=LINKS,
                earlier=link.earlier[:8],
                later=link.later[:8],
            ) from None
        except InvalidInput as error:
            raise refused(
                QT_TR_NOOP(
                    "A link in {name} between {earlier} and {later} could not be kept: {reason}"
                ),
                name=LINKS,
                earlier=link.earlier[:8],
                later=link.later[:8],
                reason=without_promise(error),
            ) from error
    return kept


def _entry_id(value: object) -> str:
    found = text(value)
    if not _ENTRY_ID.match(found):
        raise ValueError(
            Said(
                QT_TR_NOOP("{value} is not an entry's id as Threshold writes it"),
                {"value": repr(found[:40])},
            )
        )
    return found
