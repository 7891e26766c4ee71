"""An archive's reasons, contact log and own prompts: written as JSON, read and kept back.

Each contact and prompt becomes one JSON object with every field it has; the
reader checks each object by turning it back into its record here, and
``keep_extras`` keeps them in the import's transaction. Nothing is replaced: a
reason already in the list (by its words), or a contact or prompt whose id is
taken, is skipped, so importing the same archive twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.records.imports import ImportedExtras
from app.records.prompts import Intensity, Phase, Prompt, PromptSource
from app.storage.contacts import Channel, Contact, ContactFields
from app.storage.prompt_store import CUSTOM_PACK
from app.transfer.archive_format import (
    aware_time,
    mapping,
    optional_text,
    text,
    texts,
)

if TYPE_CHECKING:
    from app.journal.worker_stores import WorkerStores
    from app.storage.prompt_store import PromptStore


def contact_from_row(value: object) -> Contact:
    """A contact back from its JSON object.

    Raises:
        ValueError: a field is missing or of the wrong kind.
    """
    row = mapping(value)
    happened = dt.datetime.fromisoformat(text(row.get("happened")))
    fields = ContactFields(
        happened=happened.replace(tzinfo=None),
        channel=Channel(text(row.get("channel"))),
        said=text(row.get("said")),
        felt=text(row.get("felt")),
        did=text(row.get("did")),
        entry=optional_text(row.get("entry")),
        who=texts(row.get("who")),
    )
    return Contact(
        id=text(row.get("id")),
        fields=fields,
        created=aware_time(row.get("created")),
        updated=aware_time(row.get("updated")),
        trashed=None,
    )


def own_prompts(store: PromptStore) -> list[Prompt]:
    """The prompts the person wrote, in their order."""
    return [p for pack in store.packs() if pack.id == CUSTOM_PACK for p in pack.prompts]


def prompt_row(prompt: Prompt) -> dict[str, object]:
    """Every field of one's own prompt, as JSON values."""
    return {
        "id": prompt.id,
        "theme": prompt.theme,
        "text": prompt.text,
        "follow_ups": list(prompt.follow_ups),
        "phases": sorted(phase.value for phase in prompt.phases),
        "intensity": prompt.intensity.value,
    }


def prompt_from_row(value: object) -> Prompt:
    """One's own prompt back from its JSON object.

    Raises:
        ValueError: a field is missing or of the wrong kind.
    """
    row = mapping(value)
    return Prompt(
        id=text(row.get("id")),
        theme=text(row.get("theme")),
        phases=frozenset(Phase(phase) for phase in texts(row.get("phases"))),
        intensity=Intensity(text(row.get("intensity"))),
        text=text(row.get("text")),
        follow_ups=texts(row.get("follow_ups")),
        source=PromptSource.CUSTOM,
        pack=CUSTOM_PACK,
    )


def keep_extras(stores: WorkerStores, extras: ImportedExtras) -> int:
    """Keep what is new of an archive's reasons, contacts and prompts; how many were kept.

    Called inside the import's transaction: a refusal undoes the whole import.

    Raises:
        InvalidInput: a record cannot be stored (the list of reasons is full, say).
    """
    return (
        _keep_reasons(stores, extras.reasons)
        + sum(stores.contacts.keep(contact_from_row(row)) for row in extras.contacts)
        + _keep_prompts(stores, (prompt_from_row(row) for row in extras.prompts))
    )


def _keep_reasons(stores: WorkerStores, reasons: Iterable[str]) -> int:
    known = {reason.text for reason in stores.reasons.all()}
    kept = 0
    for reason in reasons:
        if reason.strip() not in known:
            known.add(stores.reasons.add(reason).text)
            kept += 1
    return kept


def _keep_prompts(stores: WorkerStores, prompts: Iterable[Prompt]) -> int:
    taken = {p.id for pack in stores.prompts.packs() for p in pack.prompts}
    kept = 0
    for prompt in prompts:
        if prompt.id in taken:
            continue
        stores.prompts.add_own(
            prompt.theme,
            prompt.text,
            prompt.follow_ups,
            prompt.phases,
            prompt.intensity,
            prompt_id=prompt.id,
        )
        taken.add(prompt.id)
        kept += 1
    return kept
