"""``threshold incidents``: add, list, show, amend, delete, verify the incident record.

A record is never changed in place: ``amend`` keeps the change and its reason
beneath the original, and every record and amendment is a link of the chain that
``verify`` checks. JSON objects carry the record as first written (``fields``),
as it reads now (``now``), its amendments and both times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.cli.context import CommandContext
from app.cli.output import SHORT_ID, write_json
from app.errors import InvalidInput
from app.records.incidents import (
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
    to_plain,
)

RECEIPT_NOTE = (
    "Keep this line somewhere apart from this computer, or give it to someone you trust. "
    "If an earlier record were ever rewritten, `threshold incidents verify` would no longer "
    "reach this digest. It shows the record only grew since today; it cannot show that the "
    "words are true, or that this computer's clock was right."
)
_LABELS = (
    ("place", "Where"),
    ("witnesses", "Witnesses"),
    ("harm", "Injuries or damage"),
    ("reports", "Reports made"),
    ("to_gather", "Evidence to gather"),
    ("felt", "How I felt"),
    ("did", "What I did"),
)


def add(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Keep a new record (the account from standard input); print its id."""
    account = ctx.read_body()
    fields = IncidentFields(
        happened=_when(args.happened, args.zone, about=args.about),
        kinds=tuple(IncidentKind(kind) for kind in args.kind),
        account=account,
        who=tuple(args.who or ()),
        **_texts(args),
    )
    with ctx.journal() as journal:
        incident = journal.incidents.add(fields)
    ctx.print(incident.id)
    return 0


def list_incidents(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Every record (or the trash's), newest first: a line each, or JSON."""
    with ctx.journal() as journal:
        incidents = journal.incidents.all(trashed=args.trash, who=args.who)
    if args.json:
        write_json(ctx.stdout, [incident_json(incident) for incident in incidents])
    else:
        for incident in incidents:
            ctx.print(_line(incident))
    return 0


def show(ctx: CommandContext, args: argparse.Namespace) -> int:
    """One record as first written, then each amendment with its reason and time."""
    with ctx.journal() as journal:
        incident = journal.incidents.get(args.id)
    if args.json:
        write_json(ctx.stdout, incident_json(incident))
    else:
        ctx.stdout.write(incident_text(incident))
    return 0


def amend(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Keep a correction beneath a record: the options given change, the rest stays."""
    new_account = ctx.read_body() if args.account else None
    with ctx.journal() as journal:
        current = journal.incidents.get(args.id)
        now = amended(current.fields, current.amendments)
        changed = _changed(now, args, new_account)
        journal.incidents.amend(current.id, args.reason, changed)
    ctx.print(f"Amended {current.id[:SHORT_ID]}; the original is kept above the change.")
    return 0


def delete(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Move a record to the trash, or delete one in the trash for good."""
    with ctx.journal() as journal:
        incident = journal.incidents.get(args.id)
        if args.for_good:
            journal.incidents.purge(incident.id)
            ctx.print("Deleted for good. The chain keeps a line saying a record was removed.")
        else:
            journal.incidents.trash(incident.id)
            ctx.print("Moved to the trash; `threshold incidents restore` brings it back.")
    return 0


def restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Bring a record back from the trash."""
    with ctx.journal() as journal:
        journal.incidents.restore(args.id)
    ctx.print("Restored.")
    return 0


def verify(ctx: CommandContext, _args: argparse.Namespace) -> int:
    """Check the chain; exit 1 and name the first link that does not hold."""
    with ctx.journal() as journal:
        found = journal.incidents.verify()
        receipt = journal.incidents.receipt()
    if found is None:
        links = 0 if receipt is None else receipt.links
        ctx.print(f"The record holds: {links:,} links, none changed or taken out unseen.")
        return 0
    ctx.print(f"The record does not hold: {found.describe()}.")
    return 1


def receipt(ctx: CommandContext, _args: argparse.Namespace) -> int:
    """The chain's newest digest, its time and its length, with what it proves."""
    with ctx.journal() as journal:
        kept = journal.incidents.receipt()
    if kept is None:
        ctx.print("Nothing is recorded yet, so there is no receipt to give.")
        return 0
    ctx.print(f"Threshold incident record, {kept.links:,} links, as of {kept.at}:")
    ctx.print(kept.digest)
    ctx.print()
    ctx.print(RECEIPT_NOTE)
    return 0


# ---------------------------------------------------------------------- reading


def incident_json(incident: Incident) -> dict[str, Any]:
    """The JSON object for one record: as first written, as it reads now, and why."""
    trashed = None if incident.trashed is None else incident.trashed.isoformat()
    return {
        "id": incident.id,
        "recorded": incident.recorded.isoformat(),
        "fields": to_plain(incident.fields),
        "amendments": [
            {"recorded": a.recorded.isoformat(), "reason": a.reason, "changes": a.changes}
            for a in incident.amendments
        ],
        "now": to_plain(amended(incident.fields, incident.amendments)),
        "trashed": trashed,
    }


def incident_text(incident: Incident) -> str:
    """A record for reading: both times, the kinds and people, the account, the rest."""
    fields = incident.fields
    lines = [_line(incident), f"      Recorded: {incident.recorded.isoformat(timespec='minutes')}"]
    lines += [
        f"      {label}: {getattr(fields, name)}"
        for name, label in _LABELS
        if getattr(fields, name)
    ]
    lines += ["", *fields.account.splitlines(), ""]
    for number, amendment in enumerate(incident.amendments, 1):
        when = amendment.recorded.isoformat(timespec="minutes")
        lines.append(f"  Amendment {number}, recorded {when}: {amendment.reason}")
        lines += [f"      {name}: {value}" for name, value in amendment.changes.items()]
    return "\n".join(lines) + "\n"


def _line(incident: Incident) -> str:
    fields = incident.fields
    happened = fields.happened
    when = happened.moment.strftime("%Y-%m-%d %H:%M") + (
        f" {happened.zone}" if happened.zone else ""
    )
    about = " (about)" if happened.about else ""
    kinds = ", ".join(kind.value for kind in fields.kinds)
    who = ", ".join(fields.who) or "(no one named)"
    amended_mark = f"  [{len(incident.amendments)} amended]" if incident.amendments else ""
    return f"{when}{about}  {incident.id[:SHORT_ID]}  {kinds}  {who}{amended_mark}"


# ---------------------------------------------------------------------- writing


def _texts(args: argparse.Namespace) -> dict[str, str]:
    names = ("place", "witnesses", "harm", "reports", "to_gather", "felt", "did")
    return {name: getattr(args, name) or "" for name in names}


def _changed(now: IncidentFields, args: argparse.Namespace, account: str | None) -> IncidentFields:
    """The record as it reads now, with the options given applied."""
    texts = {
        name: value
        for name, value in vars(args).items()
        if name in _texts(args) and value is not None
    }
    changed = replace(now, **texts)
    if account is not None:
        changed = replace(changed, account=account)
    if args.kind:
        changed = replace(changed, kinds=tuple(IncidentKind(kind) for kind in args.kind))
    if args.who:
        changed = replace(changed, who=tuple(args.who))
    if args.happened is not None or args.zone is not None or args.about is not None:
        moment = args.happened or now.happened.moment.replace(tzinfo=None)
        about = now.happened.about if args.about is None else args.about
        changed = replace(
            changed, happened=_when(moment, args.zone or now.happened.zone, about=about)
        )
    return changed


def _when(moment: dt.datetime, zone_name: str | None, *, about: bool) -> When:
    """When it happened: in ``zone_name``, else this computer's zone."""
    if zone_name:
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise InvalidInput(
                f"{zone_name!r} isn't a time zone Threshold knows. Nothing was saved."
            ) from error
        return When(moment.replace(tzinfo=zone), zone_name, about)
    return When(moment.astimezone(), _local_zone_name(), about)


def _local_zone_name() -> str:
    """This computer's zone name (Europe/Berlin), or "" when it can't be told."""
    named = os.environ.get("TZ", "").lstrip(":")
    if named and "/" in named and not named.startswith("/"):
        return named
    try:
        target = Path("/etc/localtime").resolve().as_posix()
    except OSError:
        return ""
    marker = "/zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else ""
