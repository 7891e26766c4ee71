"""The summary page as HTML, for the export dialog's preview.

The PDF draws the summary's charts; the preview shows the same words and the
text tables behind every chart, so what the person sees before sharing is what
the page says. Everything is escaped: theme and pull names can be typed by hand.
"""

from __future__ import annotations

import html

from app.export.summary import CountedSection, Summary, Table
from app.words import QT_TR_NOOP, say

CHARTS_NOTE = QT_TR_NOOP("In the PDF, the weeks and the words counted are also drawn as charts.")


def summary_html(summary: Summary) -> str:
    """The summary's words and tables as one HTML section (the PDF's order)."""
    parts = [
        f"<h1>{_text(summary.heading)}</h1>",
        f'<p class="meta">{_text(summary.period)}</p>',
        f"<p>{_text(summary.entries)} {_text(summary.note)}</p>",
        f'<p class="meta">{_text(say(CHARTS_NOTE))}</p>',
        f"<h2>{_text(summary.weeks_title)}</h2>",
        f'<p class="meta">{_text(summary.scale)}</p>',
        _table(summary.weeks_table),
        *_titled(summary.records_title, summary.records),
        *_titled(summary.after_title, summary.after_contact),
        *(_counted(section) for section in (summary.themes, summary.pulls, summary.feelings)),
    ]
    return '<section class="summary">\n' + "\n".join(parts) + "\n</section>\n"


def _titled(title: str, words: str) -> list[str]:
    return [f"<h2>{_text(title)}</h2>", f"<p>{_text(words)}</p>"]


def _counted(section: CountedSection) -> str:
    return "\n".join(_titled(section.title, section.line))


def _table(table: Table) -> str:
    head = "".join(f'<th style="white-space: nowrap">{_text(cell)}</th>' for cell in table.header)
    rows = "".join(  # the week's day on one line: "14 Sep 2026", never "202 / 6"
        f'<tr><td style="white-space: nowrap">{_text(row[0])}</td>'
        + "".join(f"<td>{_text(cell)}</td>" for cell in row[1:])
        + "</tr>"
        for row in table.rows
    )
    return f"<table><tr>{head}</tr>{rows}</table>"


def _text(words: str) -> str:
    return html.escape(words, quote=True)
