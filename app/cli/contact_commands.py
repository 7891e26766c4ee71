"""The contact log from a terminal: ``threshold contacts`` lists it, ``--json`` for scripts.

Read-only on purpose: records are written in the app, where the form says what
each part is for. JSON objects have the keys id, happened, channel, who (a list
of names, in order), said, felt, did, entry, created, updated and trashed.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CommandContext
from app.cli.output import SHORT_ID, write_json
from app.storage.contacts import Contact


def list_contacts(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Print the log (or its trash), newest first."""
    with ctx.journal() as journal:
        contacts = journal.contacts.all(trashed=args.trash, who=args.who)
    if args.json:
        write_json(ctx.stdout, [contact_json(contact) for contact in contacts])
    else:
        for contact in contacts:
            ctx.stdout.write(contact_text(contact))
    return 0


def contact_json(contact: Contact) -> dict[str, Any]:
    """The JSON object for one record, every field included."""
    trashed = None if contact.trashed is None else contact.trashed.isoformat()
    return {**contact.as_json(), "trashed": trashed}


def contact_text(contact: Contact) -> str:
    """A record for reading: a line with when, how and who, then the parts written."""
    fields = contact.fields
    when = fields.happened.isoformat(sep=" ", timespec="minutes")
    who = ", ".join(fields.who) or "(no one named)"
    lines = [f"{when}  {contact.id[:SHORT_ID]}  {fields.channel.value}  {who}"]
    for label, text in (("Said", fields.said), ("Felt", fields.felt), ("Did", fields.did)):
        if text:
            lines.append(f"      {label}: " + " ".join(text.split()))
    if fields.entry:
        lines.append(f"      Entry: {fields.entry}")
    return "\n".join(lines) + "\n"
