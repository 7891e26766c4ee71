"""The report as a spreadsheet: one row per record, safe to open in any spreadsheet.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be run as a formula by Excel, LibreOffice or Sheets (formula injection),
so such a cell is given a leading apostrophe: it then reads as the text it is.
The file is UTF-8 with a byte-order mark (so Excel reads accents and scripts
right) and CRLF line ends, as RFC 4180 has them. Times are ISO 8601 with their
offset; the account is exactly as typed, its exact quotes still ``> `` lines.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from app.incidents.report_model import Report, ReportRecord, evidence_line
from app.incidents.report_words import CHANNEL_WORDS, kinds_words

HEADER = (
    "Record",
    "Happened",
    "Happened (time zone)",
    "Happened (time is approximate)",
    "Recorded (UTC)",
    "Kinds",
    "How they reached out",
    "Who",
    "Where",
    "What happened",
    "Witnesses",
    "Injuries or damage",
    "Reports made",
    "Evidence still to gather",
    "How I felt",
    "What I did",
    "Amendments",
    "Amendments (when, reason, what changed)",
    "Evidence files (name, SHA-256)",
    "Record id",
)
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def report_csv(report: Report) -> bytes:
    """The whole CSV file's bytes: a header row, then a row per record, oldest first."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for record in report.records:
        writer.writerow([safe_cell(cell) for cell in record_row(record)])
    return (BOM + out.getvalue()).encode("utf-8")


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never run as a formula."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def record_row(record: ReportRecord) -> list[str]:
    """One record's cells, in ``HEADER``'s order (before making them safe)."""
    now = record.now
    happened = now.happened
    return [
        str(record.number),
        happened.moment.isoformat(),
        happened.zone,
        "about" if happened.about else "",
        record.recorded.astimezone(dt.UTC).isoformat(),
        kinds_words(now.kinds),
        "" if now.channel is None else CHANNEL_WORDS[now.channel],
        "; ".join(now.who),
        now.place,
        now.account,
        now.witnesses,
        now.harm,
        now.reports,
        now.to_gather,
        now.felt,
        now.did,
        str(len(record.amendments)),
        amendments_text(record),
        "\n".join(evidence_line(item) for item in now.evidence),
        record.id,
    ]


def amendments_text(record: ReportRecord) -> str:
    """Every amendment in a cell: its time and reason, then each field before and after."""
    lines = []
    for number, amendment in enumerate(record.amendments, 1):
        when = amendment.recorded.astimezone(dt.UTC).isoformat()
        lines.append(f"{number}. {when}: {amendment.reason}")
        lines += [
            f"   {change.label} was: {change.before or '(empty)'}; now: {change.after or '(empty)'}"
            for change in amendment.changes
        ]
    return "\n".join(lines)
