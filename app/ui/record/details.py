"""One incident record shown whole: as it reads now, each amendment beneath, the original kept.

Both times are shown (when it happened, when it was written down), every
amendment with its time, its reason and what it changed (from what, to what),
and the evidence files with their SHA-256. The text is built as escaped HTML
from the record and read-only; lines of the account that begin with "> " show
as quotes, as they will in a report.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.records.incidents import Evidence, Incident, IncidentFields, amended
from app.ui.forgetting import ForgetsOnLock
from app.ui.record.labels import (
    field_name,
    format_recorded,
    format_when_in_full,
    kinds_line,
)
from app.ui.widgets.kit import SPACING
from app.ui.widgets.translate import tr

ORDER = (
    "happened",
    "kinds",
    "place",
    "who",
    "account",
    "witnesses",
    "harm",
    "reports",
    "to_gather",
    "felt",
    "did",
    "channel",
    "evidence",
)


def _value(fields: IncidentFields, name: str) -> str:
    """A field's value as HTML."""
    value = getattr(fields, name)
    shown: Callable[[], str] = {
        "happened": lambda: html.escape(format_when_in_full(fields.happened)),
        "kinds": lambda: html.escape(kinds_line(fields.kinds)),
        "who": lambda: html.escape(", ".join(fields.who)),
        "channel": lambda: html.escape(fields.channel.value if fields.channel else ""),
        "evidence": lambda: _evidence(fields.evidence),
        "account": lambda: account_html(fields.account),
    }.get(name, lambda: _paragraphs(str(value or "")))
    return shown()


def _paragraphs(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def account_html(text: str) -> str:
    """The account with lines beginning "> " as quotes (kept exactly)."""
    parts: list[str] = []
    for line in text.splitlines():
        if line.startswith(">"):
            quoted = html.escape(line[1:].removeprefix(" "))
            parts.append(f'<p style="margin:2px 0 2px 24px"><i>{quoted}</i></p>')
        else:
            parts.append(f'<p style="margin:2px 0">{html.escape(line)}</p>')
    return "".join(parts)


def _evidence(items: tuple[Evidence, ...]) -> str:
    rows = [
        tr("{name} ({mime}, {size} bytes)").format(
            name=html.escape(item.name),
            mime=html.escape(item.mime),
            size=QLocale().toString(item.size),
        )
        + f"<br><code>SHA-256 {html.escape(item.sha256)}</code>"
        for item in items
    ]
    return "<br>".join(rows)


def _field_rows(fields: IncidentFields, names: tuple[str, ...] | list[str]) -> str:
    rows = []
    for name in names:
        value = _value(fields, name)
        if value:
            label = html.escape(field_name(name))
            rows.append(f'<p style="margin:10px 0 2px 0"><b>{label}</b></p><div>{value}</div>')
    return "".join(rows)


def _times(incident: Incident, happened: str) -> str:
    """Both times, in a small table: when it happened, when it was written down."""
    cells = (
        (tr("Happened"), happened),
        (tr("Recorded"), format_recorded(incident.recorded)),
    )
    rows = "".join(
        f'<tr><td style="padding-right:16px">{html.escape(label)}</td>'
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in cells
    )
    return f"<table>{rows}</table>"


def _heading(text: str) -> str:
    return f'<h3 style="margin:18px 0 4px 0">{html.escape(text)}</h3>'


def record_html(incident: Incident) -> str:
    """The whole record as HTML: now, both times, amendments beneath, the original."""
    now = amended(incident.fields, incident.amendments)
    parts = [
        _times(incident, format_when_in_full(now.happened)),
        _heading(tr("As it reads now") if incident.amendments else tr("The record")),
        _field_rows(now, [name for name in ORDER if name != "happened"]),
    ]
    if incident.amendments:
        parts.append(_heading(tr("Amendments, oldest first")))
        parts += [_amendment_html(incident, n) for n in range(len(incident.amendments))]
        parts.append(_heading(tr("As first written")))
        parts.append(_field_rows(incident.fields, ORDER))
    return "".join(parts)


def _amendment_html(incident: Incident, number: int) -> str:
    amendment = incident.amendments[number]
    before = amended(incident.fields, incident.amendments[:number])
    after = amended(incident.fields, incident.amendments[: number + 1])
    head = tr("Amended {when}").format(when=format_recorded(amendment.recorded))
    changed = [name for name in ORDER if name in amendment.changes]
    rows = "".join(
        f'<p style="margin:8px 0 2px 0"><b>{html.escape(field_name(name))}</b></p>'
        f'<p style="margin:0"><i>{html.escape(tr("Was"))}</i></p>'
        f'<div style="margin-left:16px">{_value(before, name) or "—"}</div>'
        f'<p style="margin:4px 0 0 0"><i>{html.escape(tr("Now"))}</i></p>'
        f'<div style="margin-left:16px">{_value(after, name) or "—"}</div>'
        for name in changed
    )
    reason = html.escape(tr("Reason: {reason}").format(reason=amendment.reason))
    return (
        f'<p style="margin:10px 0 2px 0"><b>{html.escape(head)}</b></p>'
        f'<p style="margin:0">{reason}</p><div style="margin-left:16px">{rows}</div>'
    )


class RecordDetails(QDialog, ForgetsOnLock):
    """A record shown whole, with Amend… to add a correction beneath it.

    Signals:
        amendRequested(str): the person wants to amend the record shown (its id).
    """

    amendRequested = Signal(str)

    def __init__(self, incident: Incident, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("A record"))  # never the record's words
        self._id = incident.id
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(tr("The record"))
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(SPACING // 2 + 4)
        self.text.setHtml(record_html(incident))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.amend = QPushButton(tr("&Amend…"), self)
        self.amend.setAccessibleName(tr("Amend this record"))
        self.amend.setEnabled(incident.trashed is None)
        buttons.addButton(self.amend, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.amend.clicked.connect(self._amend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def _amend(self) -> None:
        self.accept()
        self.amendRequested.emit(self._id)

    def forget(self) -> None:
        """The journal is locking: the text goes with the dialog."""
        self.text.clear()
        QDialog.reject(self)
