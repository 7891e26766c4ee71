"""``threshold incidents``: the incident record's actions and their options.

Spelled beside the parser, which includes it as one command; the handlers are in
``incident_commands`` and load only when an action runs.
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.specs import Arg, Handler, Spec, arg, iso_date

INCIDENT_KINDS = (
    "contact",
    "through-someone",
    "verbal",
    "threat",
    "physical",
    "stalking",
    "financial",
    "children",
    "order-breach",
    "other",
)
"""``--kind`` choices: ``app.records.incidents.IncidentKind`` values (a test keeps them in step)."""


def local_minute(text: str) -> dt.datetime:
    """A time given as YYYY-MM-DD HH:MM (this computer's time unless --zone says)."""
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time; use YYYY-MM-DD HH:MM, for example 2026-05-03 21:10"
        ) from error
    if moment.tzinfo is not None:
        raise argparse.ArgumentTypeError("give the time without a zone; use --zone for one")
    return moment


FIELD_OPTIONS: tuple[Arg, ...] = (
    arg("--zone", metavar="ZONE", help="the time zone it happened in (e.g. Europe/Berlin)"),
    arg("--place", metavar="TEXT", help="where it happened"),
    arg("--who", action="append", metavar="NAME", help="a person involved (repeatable)"),
    arg("--witnesses", metavar="TEXT", help="who saw or heard it"),
    arg("--harm", metavar="TEXT", help="injuries or damage"),
    arg("--reports", metavar="TEXT", help="reports made: police reference, doctor, advocate"),
    arg("--to-gather", metavar="TEXT", help="evidence still to gather"),
    arg("--felt", metavar="TEXT", help="how I felt"),
    arg("--did", metavar="TEXT", help="what I did"),
)
ATTACH = arg(
    "--attach",
    action="append",
    metavar="FILE",
    help="an evidence file, kept unaltered with its SHA-256 (repeatable)",
)
KIND = arg("--kind", action="append", choices=INCIDENT_KINDS, help="what kind (repeatable)")
ID = arg("id", help="the record's id (its first 8 characters are enough)")
JSON = arg("--json", action="store_true")


def _action(function: str, text: str, *args: Arg) -> Spec:
    return Spec(text, Handler("incident_commands", function), args)


REPORT = Spec(
    "a report for a lawyer or an advocate, oldest first: a PDF, or a CSV for a spreadsheet",
    Handler("incident_report_commands", "report"),
    (
        arg("-o", "--output", required=True, metavar="FILE", help="the report file to write"),
        arg("--format", choices=("pdf", "csv"), default="pdf"),
        arg("--since", type=iso_date, metavar="YYYY-MM-DD", help="from this day (it happened)"),
        arg("--until", type=iso_date, metavar="YYYY-MM-DD", help="up to this day, inclusive"),
        KIND,
        arg("--who", metavar="NAME", help="only records naming this person"),
        arg("--pseudonyms", action="store_true", help="show the people named by initials"),
        arg(
            "--redact",
            action="append",
            metavar="NAME=PSEUDONYM",
            help="show NAME as PSEUDONYM (NAME= for initials); repeatable",
        ),
        arg(
            "--images",
            choices=("include", "list"),
            help="draw evidence pictures in the PDF, or only list them (default: include)",
        ),
        arg("--force", action="store_true", help="replace a file already there"),
    ),
)
"""``incidents report``: its handler loads the report's modules only when it runs."""


INCIDENTS = Spec(
    "the incident record: what happened, written close to the time, never changed in place",
    actions={
        "add": _action(
            "add",
            "record what happened; the account in your own words from stdin",
            arg("--happened", required=True, type=local_minute, metavar="TIME"),
            arg("--about", action="store_true", help="the time is remembered roughly"),
            arg(
                "--kind",
                action="append",
                required=True,
                choices=INCIDENT_KINDS,
                help="what kind (repeatable)",
            ),
            *FIELD_OPTIONS,
            ATTACH,
        ),
        "list": _action(
            "list_incidents",
            "list the records, by when they happened, newest first",
            arg("--trash", action="store_true", help="the records in the trash"),
            arg("--who", metavar="NAME", help="only records naming this person"),
            JSON,
        ),
        "show": _action("show", "one record as first written, its amendments beneath", ID, JSON),
        "amend": _action(
            "amend",
            "correct a record: the change and its reason are kept beneath the original",
            ID,
            arg("--reason", required=True, metavar="TEXT", help="why, in a few words"),
            arg("--happened", type=local_minute, metavar="TIME"),
            arg("--about", action=argparse.BooleanOptionalAction, default=None),
            KIND,
            arg("--account", action="store_true", help="a new account, read from stdin"),
            *FIELD_OPTIONS,
            ATTACH,
        ),
        "delete": _action(
            "delete",
            "move a record to the trash; with --for-good, delete one in the trash",
            ID,
            arg("--for-good", action="store_true", help="the chain keeps a line saying so"),
        ),
        "restore": _action("restore", "bring a record back from the trash", ID),
        "verify": _action(
            "verify",
            "check that nothing in the record was changed, added or taken out unseen",
            arg("--receipt", metavar="DIGEST", help="and that it still reaches a receipt's digest"),
        ),
        "receipt": _action(
            "receipt", "the chain's newest digest, to note down or give to someone you trust"
        ),
        "report": REPORT,
    },
)
