"""The report as HTML for the PDF renderer: a cover, then each record on a page of its own.

The cover gives the period, the records per kind, how to read the report, the
chain's newest digest and whether it holds, and a plain note of what Threshold
can and cannot promise. Each record then starts a new page (so it can be handed
over on its own, and the written PDF can be checked record by record): both
times, the record as it reads now, its account with exact quotes set apart as
quotes, its amendments beneath with what each changed, and its evidence index,
with the pictures drawn from memory when the person chose to include them.

Every word the person typed is escaped, or, for the account (Markdown), goes
through the export's neutraliser and sanitising renderer: nothing in a record
can add markup, load a file or reach the network.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from app.export.attachment_refs import HtmlResolver, Shown
from app.export.markdown_safety import neutralise, shift_headings
from app.export.paragraphs import split_paragraphs
from app.export.pieces import SEAM
from app.incidents.report_model import (
    ImagesShown,
    Report,
    ReportAmendment,
    ReportRecord,
)
from app.incidents.report_words import (
    CHANNEL_WORDS,
    KIND_WORDS,
    LABELS,
    PICTURE_TYPES,
    count_words,
    day_words,
    kinds_words,
    mime_words,
    moment_words,
    when_words,
)
from app.records.incidents import Evidence
from app.render.markdown_html import render_html

REPORT_TITLE = "Incident report"
NOTE = (
    "Threshold cannot promise how a court, the police or anyone else will treat this "
    "report. It shows what was written down, when Threshold kept it, and every change "
    "made since, with its reason. It cannot show that the words are true, or that this "
    "computer's clock was right. A lawyer or an advocate can tell you how it may be used "
    "where you are."
)
CHAIN_NOTE = (
    "Every record and amendment is sealed by a link of a hash chain. If anything recorded "
    "up to the digest above were rewritten or cut away, the chain would no longer reach "
    "it: a copy of this digest kept apart from the computer lets anyone check that later "
    "(threshold incidents verify --receipt DIGEST)."
)
_PICTURE_ID = re.compile(r"[0-9a-f]{32}")
_CSS = """
h1 { font-size: 20pt; }
.meta, .muted { color: #555555; }
.note { color: #333333; }
blockquote { font-style: italic; color: #222222; }
.digest { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 8.5pt; }
td.label { font-weight: 600; }
"""
_FIELDS = ("who", "place", "channel", "witnesses", "harm", "reports", "to_gather", "felt", "did")


def report_sections(report: Report) -> list[str]:
    """The cover, then one section per record, in the file's order."""
    return [_cover(report), *(_record(report, record) for record in report.records)]


def report_page(sections: list[str]) -> str:
    """The HTML page of ``report_sections``, with a seam between sections for the layout."""
    body = f"\n{SEAM}\n".join(sections)
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{REPORT_TITLE}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def pictures_of(report: Report) -> dict[str, Evidence]:
    """The evidence pictures the PDF draws, by attachment id (none when only listed)."""
    if report.options.images is not ImagesShown.INCLUDE:
        return {}
    return {
        item.attachment: item
        for record in report.records
        for item in record.now.evidence
        if _drawable(item)
    }


# ---------------------------------------------------------------------- the cover


def _cover(report: Report) -> str:
    parts = [
        f"<h1>{REPORT_TITLE}</h1>",
        f"<p><b>Period:</b> {_e(_period(report))}</p>",
        *(f"<p>{_e(line)}</p>" for line in _chosen_lines(report)),
        f'<p class="meta">Made {_e(moment_words(report.made, report.zone))}.</p>',
        "<h2>Records</h2>",
        _counts(report),
        "<h2>How to read it</h2>",
        *(f"<p>{_e(line)}</p>" for line in _reading_lines(report)),
        "<h2>The record's chain</h2>",
        *_chain(report),
        "<h2>What this report can and cannot show</h2>",
        f'<p class="note">{_e(NOTE)}</p>',
    ]
    return '<section class="cover">\n' + "\n".join(parts) + "\n</section>"


def _period(report: Report) -> str:
    first, last = report.first_day, report.last_day
    if first is None and last is None:
        return "everything recorded"
    if first is None:
        return f"up to {day_words(last)}" if last else ""
    if last is None:
        return f"from {day_words(first)}"
    return f"from {day_words(first)} to {day_words(last)}"


def _chosen_lines(report: Report) -> list[str]:
    options = report.options
    lines = []
    if options.kinds:
        chosen = tuple(kind for kind in KIND_WORDS if kind in options.kinds)
        lines.append(f"Only records of these kinds: {kinds_words(chosen)}.")
    if report.who is not None:
        lines.append(f"Only records naming {report.who}.")
    if report.names_hidden:
        lines.append(
            "Names are replaced: the people these records name appear by their initials, "
            "or by the pseudonym chosen."
        )
    return lines


def _counts(report: Report) -> str:
    if not report.records:
        return "<p>No records match this period and these choices.</p>"
    rows = "".join(
        f"<tr><td>{_e(KIND_WORDS[kind])}</td><td>{count:,}</td></tr>"
        for kind, count in report.counts
    )
    total = count_words(len(report.records), "record")
    return (
        f"<p>{_e(total)}, oldest first, each on a page of its own. A record of several "
        "kinds counts under each.</p>\n"
        f'<table cellspacing="0"><tr><th>Kind</th><th>Records</th></tr>{rows}</table>'
    )


def _reading_lines(report: Report) -> list[str]:
    pictures = (
        "Pictures among the evidence are shown after each record's list, with their "
        "metadata (such as the camera and the place) left out of this copy."
        if report.options.images is ImagesShown.INCLUDE
        else "Evidence files are listed, not shown."
    )
    return [
        "Each record gives two times: when it happened, as remembered, in the time zone "
        "where it happened (marked \u201cabout\u201d when only roughly known), and when it "
        "was recorded, set by Threshold at the moment it was written down and never "
        "changed since.",
        "A record reads as it does now. A record is never changed in place: each "
        "correction is an amendment, shown beneath it with when it was made, its reason, "
        "and what the field said before and after.",
        "Words quoted exactly as they were said or written are set apart, indented and in italics.",
        "Each evidence file is listed with its SHA-256 digest, taken when Threshold kept "
        "it: the same file, unaltered, gives the same digest. " + pictures,
    ]


def _chain(report: Report) -> list[str]:
    chain = report.chain
    if chain.digest is None:
        return ["<p>Nothing is recorded yet, so the chain has no links.</p>"]
    holds = (
        "Checked when this report was made: it holds; nothing in the record was changed, "
        "added, trashed or deleted for good without its link."
        if chain.holds
        else f"Checked when this report was made: it does not hold. {chain.problem}."
    )
    return [
        f"<p>Newest digest, as of {_e(_chain_time(chain.at, report))}, "
        f"{count_words(chain.links, 'link')}:</p>",
        f'<p class="digest">{_e(chain.digest)}</p>',
        f"<p>{_e(holds)}</p>",
        f'<p class="muted">{_e(CHAIN_NOTE)}</p>',
    ]


def _chain_time(at: str | None, report: Report) -> str:
    """The newest link's time (stored as ISO text, UTC) in the report's zone."""
    try:
        return moment_words(dt.datetime.fromisoformat(at or ""), report.zone)
    except ValueError:
        return at or ""


# ---------------------------------------------------------------------- a record


def _record(report: Report, record: ReportRecord) -> str:
    now = record.now
    heading = f"Record {record.number:,} of {len(report.records):,}: {kinds_words(now.kinds)}"
    parts = [
        f'<h2 style="page-break-before: always">{_e(heading)}</h2>',
        _facts(report, record),
        f"<h3>{LABELS['account']}</h3>",
        _account(now.account),
        *_amendments(report, record.amendments),
        *_evidence(report, now.evidence),
        f'<p class="muted">Record id {_e(record.id)}</p>',
    ]
    return '<section class="record">\n' + "\n".join(parts) + "\n</section>"


def _facts(report: Report, record: ReportRecord) -> str:
    now = record.now
    rows = [
        ("Happened", when_words(now.happened)),
        ("Recorded", moment_words(record.recorded, report.zone)),
    ]
    for name in _FIELDS:
        said = _field_words(record, name)
        if said:
            rows.append((LABELS[name], said))
    cells = "".join(
        f'<tr><td class="label">{_e(label)}</td><td>{_lines(said)}</td></tr>'
        for label, said in rows
    )
    return f'<table cellspacing="0" width="100%">{cells}</table>'


def _field_words(record: ReportRecord, name: str) -> str:
    now = record.now
    if name == "who":
        return ", ".join(now.who)
    if name == "channel":
        return "" if now.channel is None else CHANNEL_WORDS[now.channel]
    return str(getattr(now, name)).strip()


def _account(account: str) -> str:
    """The account, Markdown made safe; ``> `` lines become quotes set apart."""
    blocks = [shift_headings(neutralise(block), 3) for block in split_paragraphs(account)]
    if not any(block.strip() for block in blocks):
        return '<p class="muted">(No account was written.)</p>'
    rendered = render_html("\n\n".join(blocks))
    return HtmlResolver({}, Shown.REFERENCED).resolve(rendered)


def _amendments(report: Report, amendments: tuple[ReportAmendment, ...]) -> list[str]:
    if not amendments:
        return []
    parts = [f"<h3>Amendments ({len(amendments):,})</h3>"]
    for number, amendment in enumerate(amendments, 1):
        when = moment_words(amendment.recorded, report.zone)
        parts.append(f"<p><b>Amendment {number:,}</b>, recorded {_e(when)}.</p>")
        parts.append(f"<p>Reason: {_lines(amendment.reason)}</p>")
        for change in amendment.changes:
            parts.append(
                f"<p>{_e(change.label)} was: {_lines(change.before) or '(empty)'}<br>"
                f"{_e(change.label)} now: {_lines(change.after) or '(empty)'}</p>"
            )
    return parts


def _evidence(report: Report, evidence: tuple[Evidence, ...]) -> list[str]:
    heading = f"<h3>{LABELS['evidence']}</h3>"
    if not evidence:
        return [heading, '<p class="muted">No evidence files.</p>']
    parts = [heading]
    for number, item in enumerate(evidence, 1):
        parts.append(
            f"<p>{number:,}. {_e(item.name)}: {_e(mime_words(item.mime))}, "
            f'{item.size:,} bytes<br>SHA-256 <span class="digest">{_e(item.sha256)}</span></p>'
        )
    if report.options.images is ImagesShown.INCLUDE:
        parts += _pictures(evidence)
    return parts


def _pictures(evidence: tuple[Evidence, ...]) -> list[str]:
    parts = []
    for number, item in enumerate(evidence, 1):
        if _drawable(item):
            parts.append(f'<p><img alt="" src="attachment:{item.attachment}"></p>')
            parts.append(f'<p class="muted">Evidence file {number:,}: {_e(item.name)}</p>')
    return parts


def _drawable(item: Evidence) -> bool:
    return item.mime in PICTURE_TYPES and bool(_PICTURE_ID.fullmatch(item.attachment))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    """Escaped text whose line breaks stay line breaks."""
    return "<br>".join(_e(line) for line in text.strip().splitlines())
