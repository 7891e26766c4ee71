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
    KIND_WORDS,
    PICTURE_TYPES,
    channel_words,
    kind_words,
    kinds_words,
    label_words,
    mime_words,
    moment_words,
    when_words,
)
from app.records.incidents import Evidence
from app.render.markdown_html import render_html
from app.words import QT_TR_NOOP, counted, day_words, number_words, say

REPORT_TITLE = QT_TR_NOOP("Incident report")
NOTE = QT_TR_NOOP(
    "Threshold cannot promise how a court, the police or anyone else will treat this "
    "report. It shows what was written down, when Threshold kept it, and every change "
    "made since, with its reason. It cannot show that the words are true, or that this "
    "computer's clock was right. A lawyer or an advocate can tell you how it may be used "
    "where you are."
)
CHAIN_NOTE = QT_TR_NOOP(
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
    made = say(QT_TR_NOOP("Made {when}."), when=moment_words(report.made, report.zone))
    parts = [
        f"<h1>{_e(say(REPORT_TITLE))}</h1>",
        _tag("p", QT_TR_NOOP("<b>Period:</b> {period}"), period=_period(report)),
        *(f"<p>{_e(line)}</p>" for line in _chosen_lines(report)),
        f'<p class="meta">{_e(made)}</p>',
        _tag("h2", QT_TR_NOOP("Records")),
        _counts(report),
        _tag("h2", QT_TR_NOOP("How to read it")),
        *(f"<p>{_e(line)}</p>" for line in _reading_lines(report)),
        _tag("h2", QT_TR_NOOP("The record's chain")),
        *_chain(report),
        _tag("h2", QT_TR_NOOP("What this report can and cannot show")),
        f'<p class="note">{_e(say(NOTE))}</p>',
    ]
    return '<section class="cover">\n' + "\n".join(parts) + "\n</section>"


def _period(report: Report) -> str:
    first, last = report.first_day, report.last_day
    if first is None and last is None:
        return say(QT_TR_NOOP("everything recorded"))
    if first is None:
        return say(QT_TR_NOOP("up to {last}"), last=day_words(last)) if last else ""
    if last is None:
        return say(QT_TR_NOOP("from {first}"), first=day_words(first))
    return say(QT_TR_NOOP("from {first} to {last}"), first=day_words(first), last=day_words(last))


def _chosen_lines(report: Report) -> list[str]:
    options = report.options
    lines = []
    if options.kinds:
        chosen = tuple(kind for kind in KIND_WORDS if kind in options.kinds)
        lines.append(
            say(QT_TR_NOOP("Only records of these kinds: {kinds}."), kinds=kinds_words(chosen))
        )
    if report.who is not None:
        named = say(QT_TR_NOOP("Only records naming {who}"), who=report.who)
        lines.append(named if named.endswith(".") else f"{named}.")  # "M. S." ends one already
    if report.names_hidden:
        lines.append(
            say(
                QT_TR_NOOP(
                    "Names are replaced: the people these records name appear by their "
                    "initials, or by the pseudonym chosen."
                )
            )
        )
    return lines


def _counts(report: Report) -> str:
    if not report.records:
        return _tag("p", QT_TR_NOOP("No records match this period and these choices."))
    rows = "".join(
        f"<tr><td>{_e(kind_words(kind))}</td><td>{_e(number_words(count))}</td></tr>"
        for kind, count in report.counts
    )
    total = counted(
        len(report.records),
        QT_TR_NOOP(
            "{count} record, oldest first, each on a page of its own. A record of several "
            "kinds counts under each."
        ),
        QT_TR_NOOP(
            "{count} records, oldest first, each on a page of its own. A record of several "
            "kinds counts under each."
        ),
    )
    head = _tag("th", QT_TR_NOOP("Kind")) + _tag("th", QT_TR_NOOP("Records"))
    return f'<p>{_e(total)}</p>\n<table cellspacing="0"><tr>{head}</tr>{rows}</table>'


def _reading_lines(report: Report) -> list[str]:
    pictures = (
        QT_TR_NOOP(
            "Pictures among the evidence are shown after each record's list, with their "
            "metadata (such as the camera and the place) left out of this copy."
        )
        if report.options.images is ImagesShown.INCLUDE
        else QT_TR_NOOP("Evidence files are listed, not shown.")
    )
    lines = (
        QT_TR_NOOP(
            "Each record gives two times: when it happened, as remembered, in the time zone "
            "where it happened (marked \u201cabout\u201d when only roughly known), and when "
            "it was recorded, set by Threshold at the moment it was written down and never "
            "changed since."
        ),
        QT_TR_NOOP(
            "A record reads as it does now. A record is never changed in place: each "
            "correction is an amendment, shown beneath it with when it was made, its reason, "
            "and what the field said before and after."
        ),
        QT_TR_NOOP(
            "Words quoted exactly as they were said or written are set apart, indented and "
            "in italics."
        ),
    )
    digests = QT_TR_NOOP(
        "Each evidence file is listed with its SHA-256 digest, taken when Threshold kept "
        "it: the same file, unaltered, gives the same digest."
    )
    return [*(say(line) for line in lines), f"{say(digests)} {say(pictures)}"]


def _chain(report: Report) -> list[str]:
    chain = report.chain
    if chain.digest is None:
        return [_tag("p", QT_TR_NOOP("Nothing is recorded yet, so the chain has no links."))]
    holds = (
        say(
            QT_TR_NOOP(
                "Checked when this report was made: it holds; nothing in the record was "
                "changed, added, trashed or deleted for good without its link."
            )
        )
        if chain.holds
        else say(
            QT_TR_NOOP("Checked when this report was made: it does not hold: {problem}."),
            problem=chain.problem,
        )
    )
    newest = counted(
        chain.links,
        QT_TR_NOOP("Newest digest, as of {when}, {count} link:"),
        QT_TR_NOOP("Newest digest, as of {when}, {count} links:"),
        when=_chain_time(chain.at, report),
    )
    return [
        f"<p>{_e(newest)}</p>",
        f'<p class="digest">{_e(chain.digest)}</p>',
        f"<p>{_e(holds)}</p>",
        f'<p class="muted">{_unbroken(_e(say(CHAIN_NOTE)), VERIFY_COMMAND)}</p>',
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
    heading = say(
        QT_TR_NOOP("Record {number} of {total}: {kinds}"),
        number=record.number,
        total=len(report.records),
        kinds=kinds_words(now.kinds),
    )
    parts = [
        f'<h2 style="page-break-before: always">{_e(heading)}</h2>',
        _facts(report, record),
        f"<h3>{_e(label_words('account'))}</h3>",
        _account(now.account),
        *_amendments(report, record.amendments),
        *_evidence(report, now.evidence),
        _tag("p", QT_TR_NOOP("Record id {id}"), "muted", id=record.id),
    ]
    return '<section class="record">\n' + "\n".join(parts) + "\n</section>"


def _facts(report: Report, record: ReportRecord) -> str:
    now = record.now
    rows = [
        (say(QT_TR_NOOP("Happened")), when_words(now.happened)),
        (say(QT_TR_NOOP("Recorded")), moment_words(record.recorded, report.zone)),
    ]
    for name in _FIELDS:
        said = _field_words(record, name)
        if said:
            rows.append((label_words(name), said))
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
        return "" if now.channel is None else channel_words(now.channel)
    return str(getattr(now, name)).strip()


def _account(account: str) -> str:
    """The account, Markdown made safe; ``> `` lines become quotes set apart."""
    blocks = [shift_headings(neutralise(block), 3) for block in split_paragraphs(account)]
    if not any(block.strip() for block in blocks):
        return _tag("p", QT_TR_NOOP("(No account was written.)"), "muted")
    rendered = render_html("\n\n".join(blocks))
    return HtmlResolver({}, Shown.REFERENCED).resolve(rendered)


def _amendments(report: Report, amendments: tuple[ReportAmendment, ...]) -> list[str]:
    if not amendments:
        return []
    title = say(QT_TR_NOOP("Amendments ({count})"), count=len(amendments))
    parts = [f"<h3>{_e(title)}</h3>"]
    empty = _e(say(QT_TR_NOOP("(empty)")))
    for number, amendment in enumerate(amendments, 1):
        when = moment_words(amendment.recorded, report.zone)
        heading = QT_TR_NOOP("<b>Amendment {number}</b>, recorded {when}.")
        parts.append(_tag("p", heading, number=number, when=when))
        reason = _e(say(QT_TR_NOOP("Reason:")))
        parts.append(f"<p>{reason} {_lines(amendment.reason)}</p>")
        for change in amendment.changes:
            was = _e(say(QT_TR_NOOP("{label} was:"), label=change.label))
            now = _e(say(QT_TR_NOOP("{label} now:"), label=change.label))
            parts.append(
                f"<p>{was} {_lines(change.before) or empty}<br>"
                f"{now} {_lines(change.after) or empty}</p>"
            )
    return parts


def _evidence(report: Report, evidence: tuple[Evidence, ...]) -> list[str]:
    heading = f"<h3>{_e(label_words('evidence'))}</h3>"
    if not evidence:
        return [heading, _tag("p", QT_TR_NOOP("No evidence files."), "muted")]
    parts = [heading]
    for number, item in enumerate(evidence, 1):
        listed = say(
            QT_TR_NOOP("{number}. {name}: {kind}, {size} bytes"),
            number=number,
            name=item.name,
            kind=mime_words(item.mime),
            size=item.size,
        )
        parts.append(
            f'<p>{_e(listed)}<br>SHA-256 <span class="digest">{_e(item.sha256)}</span></p>'
        )
    if report.options.images is ImagesShown.INCLUDE:
        parts += _pictures(evidence)
    return parts


def _pictures(evidence: tuple[Evidence, ...]) -> list[str]:
    parts = []
    for number, item in enumerate(evidence, 1):
        if _drawable(item):
            parts.append(f'<p><img alt="" src="attachment:{item.attachment}"></p>')
            caption = say(
                QT_TR_NOOP("Evidence file {number}: {name}"), number=number, name=item.name
            )
            parts.append(f'<p class="muted">{_e(caption)}</p>')
    return parts


def _drawable(item: Evidence) -> bool:
    return item.mime in PICTURE_TYPES and bool(_PICTURE_ID.fullmatch(item.attachment))


def _tag(tag: str, template: str, css_class: str = "", **details: object) -> str:
    """A template said in the reader's language, escaped, in one HTML element.

    Only the template's own markup (``<b>`` in "<b>Period:</b>") stays markup; every
    detail is escaped before it is put in.
    """
    if "<" in template:
        escaped = {key: _e(v) if isinstance(v, str) else v for key, v in details.items()}
        words = say(template, escaped)
    else:
        words = _e(say(template, details))
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<{tag}{attribute}>{words}</{tag}>"


VERIFY_COMMAND = "threshold incidents verify --receipt DIGEST"


def _unbroken(words: str, command: str) -> str:
    """``command`` inside ``words`` kept on one line (a line break at "--" misleads)."""
    return words.replace(command, f'<span style="white-space: nowrap">{command}</span>')


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    """Escaped text whose line breaks stay line breaks."""
    return "<br>".join(_e(line) for line in text.strip().splitlines())
