"""The documents Threshold writes speak the window's language, every word of them.

Under the pseudo-locale (``tests/helpers/pseudo_locale.py``) every string that went
through a catalogue sits between ⟦ and ⟧; once those, the data's words and what the
person wrote are taken out, no English word may be left in an export (Markdown,
text, HTML, the summary page) or an incident report (its pages and its CSV). Then
the same documents are made in German, and German's own days and digits appear.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from app.export.model import ExportFormat, ExportOptions
from app.export.prepare import prepare
from app.export.render import to_html, to_markdown, to_text
from app.export.summary_html import summary_html
from app.export.write import default_name
from app.incidents.report_csv import report_csv
from app.incidents.report_html import report_page, report_sections
from app.incidents.report_model import ReportOptions, gather_report
from app.journal import Journal
from app.records.entries import EntryFields
from app.records.incidents import Channel, IncidentFields, IncidentKind, When
from app.ui.translation import install_language, uninstall_language
from tests.gui.untranslated_check import english_words
from tests.helpers.pseudo_locale import pseudo_installed
from tests.helpers.summary_journal import PERIOD, known_journal

ZONE = "Europe/Berlin"
ACCOUNT = "He waited by the gate.\n\n> You'll regret this."
WRITTEN = (
    "Tea with Ana, and a walk the long way home.",
    "A quieter day.",
    "HEAVYSECRET the night on the stairs",
    "Sunlight, finally.",
    "After the period.",
    "A walk",
    "He waited by the gate.",
    "You'll regret this.",
    "the gate",
    "a neighbour",
    "I called my sister",
    "the date was wrong",
    "Ana",
    ZONE,
)


@pytest.fixture
def documents_journal(journal: Journal) -> tuple[Journal, str]:
    """The summary's known journal, a titled and tagged entry, and an amended record."""
    shared = known_journal(journal)
    journal.entries.add(
        EntryFields(body="A walk", title="A walk", tags=("Ana",), date=dt.date(2026, 9, 10))
    )
    moment = dt.datetime(2026, 9, 14, 20, 5, tzinfo=ZoneInfo(ZONE))
    fields = IncidentFields(
        When(moment, ZONE, about=True),
        (IncidentKind.CONTACT, IncidentKind.THREAT),
        account=ACCOUNT,
        place="the gate",
        witnesses="a neighbour",
        did="I called my sister",
        channel=Channel.VISIT,
    )
    record = journal.incidents.add(fields)
    later = When(moment.replace(hour=21), ZONE, about=True)
    journal.incidents.amend(record.id, "the date was wrong", replace_when(fields, later))
    return journal, shared


def replace_when(fields: IncidentFields, when: When) -> IncidentFields:
    return IncidentFields(**{**fields.__dict__, "happened": when})


def documents(journal: Journal) -> dict[str, str]:
    """Every kind of document, as the words a reader sees in it."""
    ids = [row.id for row in journal.entries.summaries()]
    options = ExportOptions(include_mood=True, include_tags=True, summary=PERIOD)
    doc = prepare(journal, ids, options)
    assert doc.summary is not None
    report = gather_report(journal, ReportOptions(), zone=ZoneInfo(ZONE))
    csv_text = report_csv(report).decode("utf-8-sig")
    return {
        "markdown": to_markdown(doc),
        "text": to_text(doc),
        "html": visible(to_html(doc)),
        "summary": visible(summary_html(doc.summary)),
        "report": visible(report_page(report_sections(report))),
        "csv": csv_text,
        "file names": default_name(doc, ExportFormat.PDF),
    }


def visible(page: str) -> str:
    """An HTML page's words: no style sheet, no tags, entities read."""
    page = re.sub(r"<(style|head)>.*?</\1>", " ", page, flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", "\n", page))


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    with pseudo_installed(qapp, tmp_path):
        yield


@pytest.mark.usefixtures("pseudo")
def test_every_word_of_every_document_went_through_a_catalogue(
    documents_journal: tuple[Journal, str],
) -> None:
    journal, _shared = documents_journal
    left = {
        name: [(line[:70], words[:3]) for line in text.splitlines() if (words := leftover(line))]
        for name, text in documents(journal).items()
    }
    assert not {name: lines for name, lines in left.items() if lines}


def leftover(line: str) -> list[str]:
    """English words on ``line`` that no catalogue said (Markdown's marks taken out first)."""
    plain = HEX.sub(" ", re.sub(r"[*#_>\\]", " ", line)).replace(".pdf", " ")
    return [word for word in english_words(plain, WRITTEN) if word not in ALLOWED]


# ids and digests, not words
HEX = re.compile(r"\b(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{32,})\b")
# The digest's check command, and a time zone name: the same in every language.
ALLOWED = frozenset(["threshold incidents verify", "receipt DIGEST"])


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    uninstall_language(qapp)


@pytest.mark.usefixtures("german")
def test_german_documents_write_german_days_and_digits(
    documents_journal: tuple[Journal, str],
) -> None:
    said = documents(documents_journal[0])
    assert "Montag, 14. September 2026" in said["report"]  # the record's day, in full
    assert "Vorfallbericht" in said["report"] or "Bericht" in said["report"]
    assert "7. Sept. 2026" in said["summary"] or "7. Sep. 2026" in said["summary"]
    assert re.search(r"\b\d,\d \(\d+\)", said["summary"])  # an average with a decimal comma
    assert "Tags:" not in said["markdown"]
    assert not said["file names"].startswith("Entries")
