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
from app.incidents.report_words import channel_words, kinds_words
from app.words import QT_TR_NOOP, number_words, say

HEADER = (  # said in the reader's language when the file is written
    QT_TR_NOOP("Record"),
    QT_TR_NOOP("Happened"),
    QT_TR_NOOP("Happened (time zone)"),
    QT_TR_NOOP("Happened (time is approximate)"),
    QT_TR_NOOP("Recorded (UTC)"),
    QT_TR_NOOP("Kinds"),
    QT_TR_NOOP("How they reached out"),
    QT_TR_NOOP("Who"),
    QT_TR_NOOP("Where"),
    QT_TR_NOOP("What happened"),
    QT_TR_NOOP("Witnesses"),
    QT_TR_NOOP("Injuries or damage"),
    QT_TR_NOOP("Reports made"),
    QT_TR_NOOP("Evidence still to gather"),
    QT_TR_NOOP("How I felt"),
    QT_TR_NOOP("What I did"),
    QT_TR_NOOP("Amendments"),
    QT_TR_NOOP("Amendments (when, reason, what changed)"),
    QT_TR_NOOP("Evidence files (name, SHA-256)"),
    QT_TR_NOOP("Record id"),
)
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def report_csv(report: Report) -> bytes:
    """The whole CSV file's bytes: a header row, then a row per record, oldest first."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([say(column) for column in HEADER])
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
        number_words(record.number),
        happened.moment.isoformat(),
        happened.zone,
        say(QT_TR_NOOP("about")) if happened.about else "",
        record.recorded.astimezone(dt.UTC).isoformat(),
        kinds_words(now.kinds),
        "" if now.channel is None else channel_words(now.channel),
        "; ".join(now.who),
        now.place,
        now.account,
        now.witnesses,
        now.harm,
        now.reports,
        now.to_gather,
        now.felt,
        now.did,
        number_words(len(record.amendments)),
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
        empty = say(QT_TR_NOOP("(empty)"))
        lines += [
            "   "
            + say(
                QT_TR_NOOP("{label} was: {before}; now: {after}"),
                label=change.label,
                before=change.before or empty,
                after=change.after or empty,
            )
            for change in amendment.changes
        ]
    return "\n".join(lines)
