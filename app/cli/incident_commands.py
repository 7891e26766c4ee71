"""``threshold incidents``: add, list, show, amend, delete, verify the incident record.

A record is never changed in place: ``amend`` keeps the change and its reason
beneath the original, and every record and amendment is a link of the chain that
``verify`` checks. JSON objects carry the record as first written (``fields``),
as it reads now (``now``), its amendments and both times.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli.context import CommandContext
from app.cli.output import SHORT_ID, write_json
from app.errors import BadAttachment
from app.records.attachments import Incoming
from app.records.incidents import (
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
    to_plain,
)
from app.storage.incident_times import when_happened

RECEIPT_NOTE = (
    "Keep this line somewhere apart from this computer, or give it to someone you trust. "
    "Later, `threshold incidents verify --receipt DIGEST` says whether the record still "
    "reaches it: if anything recorded up to today were rewritten or cut away, it would not. "
    "It cannot show that the words are true, or that this computer's clock was right."
)
HOLDS_NOTE = (
    "The newest records could still be cut away together with their links; a receipt "
    "kept elsewhere shows that (`threshold incidents verify --receipt DIGEST`)."
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
        happened=when_happened(args.happened, args.zone, about=args.about),
        kinds=tuple(IncidentKind(kind) for kind in args.kind),
        account=account,
        who=tuple(args.who or ()),
    )
    fields = replace(fields, **_texts(args))
    files = _evidence_files(args.attach)
    with ctx.journal() as journal:
        incident = journal.incidents.add(fields, files)
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
    files = _evidence_files(args.attach)
    with ctx.journal() as journal:
        current = journal.incidents.get(args.id)
        now = amended(current.fields, current.amendments)
        changed = _changed(now, args, new_account)
        journal.incidents.amend(current.id, args.reason, changed, files)
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


def verify(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Check the chain and every row against it (and a receipt); exit 1 when one fails."""
    with ctx.journal() as journal:
        broken = journal.incidents.verify()
        receipt = journal.incidents.receipt()
        noted = None if args.receipt is None else journal.incidents.find_link(args.receipt)
    if broken is not None:
        ctx.print(f"The record does not hold: {broken.describe()}.")
        return 1
    links = 0 if receipt is None else receipt.links
    ctx.print(f"The record holds: {links:,} links; nothing in it was changed, added, trashed")
    ctx.print("or deleted for good without its link.")
    if args.receipt is None:
        ctx.print(HOLDS_NOTE)
        return 0
    if noted is None:
        ctx.print("The receipt's digest is not in the record: since it was noted, something")
        ctx.print("recorded up to then was rewritten or cut away.")
        return 1
    removed = noted.removals_after
    ctx.print(f"The receipt is link {noted.link.seq:,} of {noted.links:,}, as of {noted.link.at}:")
    ctx.print(f"all recorded up to then is there, or its deletion is a link ({removed:,} since).")
    return 0


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
    """A record for reading: as it reads now, as first written, then each amendment."""
    fields = incident.fields
    lines = [
        _line(incident),
        f"      Recorded: {_moment(incident.recorded)}",
        "",
        "As first written:",
    ]
    lines += _field_lines(to_plain(fields), skip_account=True)
    lines += ["", *fields.account.splitlines(), ""]
    for number, amendment in enumerate(incident.amendments, 1):
        lines.append(
            f"Amendment {number}, recorded {_moment(amendment.recorded)}: {amendment.reason}"
        )
        lines += _field_lines(amendment.changes, skip_account=False)
    return "\n".join(lines) + "\n"


def _field_lines(plain: dict[str, object], *, skip_account: bool) -> list[str]:
    """Each field given, labelled, in words (an account on its own lines)."""
    labels = {
        "happened": "When",
        "kinds": "Kinds",
        "who": "Who",
        "channel": "How they reached out",
        "entry": "Journal entry",
        **dict(_LABELS),
    }
    lines = []
    for name, value in plain.items():
        if name == "account":
            if not skip_account:
                lines += [
                    "      Account:",
                    *(f"        {line}" for line in str(value).splitlines()),
                ]
        elif name == "evidence" and isinstance(value, list):
            lines += [f"      Evidence: {_evidence_words(item)}" for item in value]
        elif value not in ("", [], None) and name in labels:
            lines.append(f"      {labels[name]}: {_words(name, value)}")
    return lines


def _evidence_words(item: object) -> str:
    """An evidence file as the record names it: name, type, size and SHA-256."""
    if not isinstance(item, dict):
        return str(item)
    size = int(item.get("size", 0))
    return f"{item.get('name')} ({item.get('mime')}, {size:,} bytes) SHA-256 {item.get('sha256')}"


def _words(name: str, value: object) -> str:
    if name == "happened" and isinstance(value, dict):
        moment = dt.datetime.fromisoformat(str(value["moment"]))
        return _when_words(When(moment, str(value["zone"]), bool(value["about"])))
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _line(incident: Incident) -> str:
    """One line per record, as it reads now (a mark says it was amended)."""
    now = amended(incident.fields, incident.amendments)
    kinds = ", ".join(kind.value for kind in now.kinds)
    who = ", ".join(now.who) or "(no one named)"
    amended_mark = f"  [amended {len(incident.amendments)}x]" if incident.amendments else ""
    return f"{_when_words(now.happened)}  {incident.id[:SHORT_ID]}  {kinds}  {who}{amended_mark}"


def _when_words(happened: When) -> str:
    zone = f" {happened.zone}" if happened.zone else ""
    about = " (about)" if happened.about else ""
    return happened.moment.strftime("%Y-%m-%d %H:%M") + zone + about


def _moment(moment: dt.datetime) -> str:
    """A stored UTC time, shown in this computer's time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------------- writing


def _texts(args: argparse.Namespace) -> dict[str, Any]:
    names = ("place", "witnesses", "harm", "reports", "to_gather", "felt", "did")
    return {name: getattr(args, name) or "" for name in names}


def _evidence_files(paths: list[str] | None) -> list[Incoming]:
    """Each evidence file read and checked, never altered (no metadata is stripped).

    Raises:
        BadAttachment: a file was refused (its message says which and why).
    """
    if not paths:
        return []
    from app.media.intake import read_attachment  # noqa: PLC0415 - only when attaching

    files = []
    for name in paths:
        path = Path(name)
        try:
            files.append(read_attachment(path))
        except BadAttachment as error:
            if path.name in error.message:
                raise
            raise BadAttachment(f"{path.name}: {error.message}") from error
    return files


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
    about = now.happened.about if args.about is None else args.about
    if args.happened is not None or args.zone is not None:
        moment = args.happened or now.happened.moment.replace(tzinfo=None)
        zone = args.zone or now.happened.zone
        changed = replace(changed, happened=when_happened(moment, zone, about=about))
    elif about != now.happened.about:  # the same moment, only more or less sure of it
        changed = replace(changed, happened=replace(now.happened, about=about))
    return changed
