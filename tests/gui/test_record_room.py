"""The incident record's room: its list model, the form, amending, the trash, the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import JournalBusy
from app.incidents.report_model import ReportFormat, ReportOptions
from app.journal import Journal
from app.records.incidents import IncidentFields, IncidentKind, When, amended
from app.storage.incident_chain import ChainBreak
from app.storage.incidents import IncidentStore
from app.ui.record.details import RecordDetails, record_html
from app.ui.record.form import RecordForm
from app.ui.record.labels import kind_label
from app.ui.record.model import RecordListModel, RecordRole
from app.ui.record.page import RecordPage
from app.ui.record.receipt import CheckDialog, ReceiptDialog, check_message
from app.ui.record.report_dialog import ReportDialog
from app.words import Said
from tests.helpers.images import png_bytes
from tests.helpers.widgets import confirm_destruction

BERLIN = ZoneInfo("Europe/Berlin")


def fields(
    day: int, account: str, *kinds: IncidentKind, who: tuple[str, ...] = ()
) -> IncidentFields:
    moment = dt.datetime(2026, 3, day, 20, 15, tzinfo=BERLIN)
    return IncidentFields(
        When(moment, "Europe/Berlin"), kinds or (IncidentKind.VERBAL,), account, who=who
    )


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """Three records: a threat from Dad, a call from Mum, a verbal one from both."""
    store = journal.incidents
    store.add(fields(1, "He said I'd regret it.", IncidentKind.THREAT, who=("Dad",)))
    store.add(fields(5, "Called four times.", IncidentKind.CONTACT, who=("Mum",)))
    store.add(fields(9, "Shouted at the door.\n> You'll come back.", who=("Mum", "Dad")))
    return journal


def make_page(qtbot: QtBot, journal: Journal) -> tuple[RecordPage, list[QDialog]]:
    page = RecordPage()
    qtbot.addWidget(page)
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        shown.append(dialog)
        return 0

    page.run = run
    page.open(journal)
    page.show()
    return page, shown


def headlines(model: RecordListModel) -> list[str]:
    return [model.index(row).data(RecordRole.DetailRole) for row in range(model.rowCount())]


# ---------------------------------------------------------------------- the list


def test_the_model_lists_records_newest_first_with_their_parts(
    qtmodeltester, filled: Journal
) -> None:
    model = RecordListModel()
    model.set_records(filled.incidents.all())
    qtmodeltester.check(model)
    assert headlines(model) == [
        "Shouted at the door.",
        "Called four times.",
        "He said I'd regret it.",
    ]
    first = model.index(0)
    assert first.data(RecordRole.NotesRole) == ["Verbal", "Mum, Dad"]
    assert "9 Mar 2026" in first.data(RecordRole.HeadlineRole)
    assert first.data(RecordRole.CornerRole) == ""
    assert first.data(Qt.ItemDataRole.ToolTipRole) is None  # the words are private


def test_the_filter_picks_by_person_and_kind(filled: Journal) -> None:
    model = RecordListModel()
    model.set_records(filled.incidents.all())
    assert model.people() == ["Dad", "Mum"]
    model.set_filter("dad", None)
    assert headlines(model) == ["Shouted at the door.", "He said I'd regret it."]
    model.set_filter("Dad", IncidentKind.THREAT)
    assert headlines(model) == ["He said I'd regret it."]
    model.set_filter(None, IncidentKind.PHYSICAL)
    assert model.rowCount() == 0 and model.total() == 3


def test_an_amended_record_is_marked_and_reads_as_amended(filled: Journal) -> None:
    first = filled.incidents.all()[-1]
    now = filled.incidents.get(first.id).fields
    filled.incidents.amend(
        first.id, "I remembered the words", _with(now, "He said I'd pay for it.")
    )
    model = RecordListModel()
    model.set_records(filled.incidents.all())
    row = model.row_of(first.id)
    assert model.index(row).data(RecordRole.CornerRole) == "amended"
    assert model.index(row).data(RecordRole.DetailRole) == "He said I'd pay for it."


def _with(base: IncidentFields, account: str) -> IncidentFields:
    from dataclasses import replace

    return replace(base, account=account)


def test_the_page_filters_through_its_boxes(qtbot: QtBot, filled: Journal) -> None:
    page, _ = make_page(qtbot, filled)
    page.who.setCurrentIndex(page.who.findData("Mum"))
    assert headlines(page.model) == ["Shouted at the door.", "Called four times."]
    page.kind.setCurrentIndex(page.kind.findData(IncidentKind.CONTACT.value))
    assert headlines(page.model) == ["Called four times."]
    page.kind.setCurrentIndex(page.kind.findData(IncidentKind.PHYSICAL.value))
    assert page.model.rowCount() == 0 and page.pages.currentWidget() is not page.list
    assert "No record matches" in page.empty.text()


def test_an_empty_record_invites_without_pressure(qtbot: QtBot, journal: Journal) -> None:
    page, _ = make_page(qtbot, journal)
    assert "Nothing recorded yet" in page.empty.text()
    assert page.pages.currentWidget() is not page.list  # the invitation, not an empty box
    assert page.open_record.isHidden() and page.amend.isHidden() and page.trash.isHidden()
    page.focus()
    assert page.focusWidget() is page.add


# ---------------------------------------------------------------------- the form


def test_the_form_adds_a_record_with_every_field(qtbot: QtBot, journal: Journal) -> None:
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.when.zone.setCurrentText("Europe/Berlin")
    form.when.about.setChecked(True)
    form.kinds.chips[IncidentKind.THREAT].setChecked(True)
    form.kinds.chips[IncidentKind.STALKING].setChecked(True)
    form.who.choose("Dad")
    texts = {
        "place": "Outside work",
        "account": "He waited by the car.\n> I know where you are.",
        "witnesses": "Sam from the desk",
        "harm": "None",
        "reports": "Police ref 2026/123",
        "to_gather": "CCTV from the car park",
        "felt": "Frozen",
        "did": "Went back inside",
    }
    for name, text in texts.items():
        qtbot.keyClicks(getattr(form, name), text.replace("\n", " "))
        form._set_text(name, text)
    form.accept()
    saved = form.saved()
    assert saved is not None and form.result() == QDialog.DialogCode.Accepted
    kept = journal.incidents.get(saved.id).fields
    assert kept.happened == When(
        dt.datetime(2026, 3, 2, 21, 40, tzinfo=BERLIN), "Europe/Berlin", True
    )
    assert kept.kinds == (IncidentKind.THREAT, IncidentKind.STALKING) and kept.who == ("Dad",)
    assert {name: getattr(kept, name) for name in texts} == texts


def test_the_form_defaults_to_this_computers_zone(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    form = RecordForm(journal)
    qtbot.addWidget(form)
    assert form.when.zone.currentText() == "America/Chicago"


@pytest.mark.parametrize(
    ("moment", "words"),
    [
        (dt.datetime(2026, 3, 29, 2, 30), "the clocks went forward"),
        (dt.datetime(2026, 10, 25, 2, 30), "the clocks went back"),
        (dt.datetime(2099, 1, 1, 9, 0), "hasn't come yet"),
    ],
)
def test_the_form_refuses_a_time_that_never_was_came_twice_or_is_to_come(
    qtbot: QtBot, journal: Journal, moment: dt.datetime, words: str
) -> None:
    form = RecordForm(journal, now=moment)
    qtbot.addWidget(form)
    form.when.zone.setCurrentText("Europe/Berlin")
    form.kinds.chips[IncidentKind.VERBAL].setChecked(True)
    qtbot.keyClicks(form.account, "Kept words")
    form.accept()
    assert form.saved() is None and journal.incidents.all() == []
    assert words in form.problem.text() and "Your words are still here." in form.problem.text()
    assert form.account.toPlainText() == "Kept words"


def test_the_form_asks_for_a_kind(qtbot: QtBot, journal: Journal) -> None:
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.accept()
    assert form.saved() is None and "at least one kind" in form.problem.text()


def test_cancel_asks_before_dropping_typed_words(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.show()
    asked: list[str] = []

    def stay(box: QMessageBox) -> int:
        asked.append(box.text())
        box.defaultButton().click()  # "Go back to it"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", stay)
    qtbot.keyClicks(form.account, "Half a sentence")
    form.reject()
    assert asked and form.isVisible() and form.account.toPlainText() == "Half a sentence"
    confirm_destruction(monkeypatch)
    form.reject()
    assert not form.isVisible() and journal.incidents.all() == []


def test_cancel_with_nothing_typed_asks_nothing(qtbot: QtBot, journal: Journal) -> None:
    form = RecordForm(journal)
    qtbot.addWidget(form)
    form.show()
    form.reject()
    assert not form.isVisible()


def test_locking_keeps_what_was_typed_by_saving_it(qtbot: QtBot, journal: Journal) -> None:
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.show()
    form.kinds.chips[IncidentKind.VERBAL].setChecked(True)
    qtbot.keyClicks(form.account, "Typed just before the lock")
    assert form.keep_before_lock()
    (kept,) = journal.incidents.all()
    assert kept.fields.account == "Typed just before the lock"
    form.forget()
    assert form.account.toPlainText() == "" and not form.isVisible()


# ---------------------------------------------------------------------- amending and showing


def test_amending_keeps_the_original_beneath(qtbot: QtBot, filled: Journal) -> None:
    page, _ = make_page(qtbot, filled)
    page.list.setCurrentIndex(page.model.index(2))  # "He said I'd regret it."
    record_id = page.current_id()
    assert record_id is not None
    page.run = lambda dialog: _amend(qtbot, dialog)
    page.amend_record()
    incident = filled.incidents.get(record_id)
    assert incident.fields.account == "He said I'd regret it."  # nothing changed in place
    (amendment,) = incident.amendments
    assert amendment.reason == "I found the message" and amendment.changes == {
        "account": "He said I'd regret it, twice."
    }
    assert page.current_id() == record_id
    assert page.model.index(page.list.currentIndex().row()).data(RecordRole.CornerRole) == "amended"
    details = RecordDetails(incident)
    qtbot.addWidget(details)
    text = details.text.toPlainText()
    assert text.index("He said I'd regret it, twice.") < text.index("Amendments, oldest first")
    assert text.index("I found the message") < text.index("As first written")
    assert text.rindex("He said I'd regret it.") > text.index("As first written")
    assert "Recorded" in text and "Happened" in text and "Europe/Berlin" in text


def _amend(qtbot: QtBot, dialog: QDialog) -> int:
    assert isinstance(dialog, RecordForm)
    assert dialog.account.toPlainText() == "He said I'd regret it."  # prefilled as it reads now
    dialog.accept()
    assert dialog.saved() is None and "reason" in dialog.problem.text()
    qtbot.keyClicks(dialog.reason, "I found the message")
    dialog.account.setPlainText("He said I'd regret it, twice.")
    dialog.accept()
    assert dialog.saved() is not None
    return 1


def test_a_record_shown_quotes_its_quotes_and_lists_evidence(filled: Journal) -> None:
    (newest, *_) = filled.incidents.all()
    html = record_html(newest)
    assert "<i>You&#x27;ll come back.</i>" in html and "&gt;" not in html


# ---------------------------------------------------------------------- the trash


def test_trash_restore_and_delete_for_good(
    qtbot: QtBot, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, _ = make_page(qtbot, filled)
    page.list.setCurrentIndex(page.model.index(0))
    page.trash_record()
    assert headlines(page.model) == ["Called four times.", "He said I'd regret it."]
    page.in_trash.setChecked(True)
    assert headlines(page.model) == ["Shouted at the door."]
    assert page.restore.isVisible() and not page.amend.isVisible()
    page.restore_record()
    assert page.model.rowCount() == 0 and page.empty.text() == "The trash is empty."
    page.in_trash.setChecked(False)
    page.list.setCurrentIndex(page.model.index(2))
    page.trash_record()
    page.in_trash.setChecked(True)
    asked = confirm_destruction(monkeypatch)
    page.run = lambda dialog: dialog.exec()
    page.purge_record()
    (box,) = asked
    assert "a record was removed, and when" in box.informativeText()
    assert page.model.rowCount() == 0
    assert len(filled.incidents.all()) == 2 and filled.incidents.verify() is None


def test_delete_for_good_cancelled_keeps_the_record(
    qtbot: QtBot, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, _ = make_page(qtbot, filled)
    page.trash_record()
    page.in_trash.setChecked(True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.defaultButton().click() or 0)
    page.run = lambda dialog: dialog.exec()
    page.purge_record()
    assert page.model.rowCount() == 1


# ---------------------------------------------------------------------- the receipt and the check


def test_the_receipt_shows_the_newest_digest_and_copies_it(qtbot: QtBot, filled: Journal) -> None:
    page, shown = make_page(qtbot, filled)
    page.print_receipt()
    (dialog,) = shown
    assert isinstance(dialog, ReceiptDialog)
    qtbot.addWidget(dialog)
    receipt = filled.incidents.receipt()
    assert receipt is not None and dialog.digest.text() == receipt.digest
    assert dialog.digest.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.digest)))
    assert "3 links" in words and "can't show that the words are true" in words
    dialog.copy_receipt()
    assert receipt.digest in QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()


def test_the_check_says_plainly_whether_the_record_holds(qtbot: QtBot, filled: Journal) -> None:
    page, shown = make_page(qtbot, filled)
    page.check_record()
    (dialog,) = shown
    assert isinstance(dialog, CheckDialog)
    qtbot.addWidget(dialog)
    assert dialog.message.text().startswith("The record holds: 3 links")


def test_the_check_names_the_first_break(
    qtbot: QtBot, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = ChainBreak(None, "0123456789abcdef", Said("is not sealed by any link"))
    monkeypatch.setattr(IncidentStore, "verify", lambda _store: broken)
    page, shown = make_page(qtbot, filled)
    page.check_record()
    (dialog,) = shown
    assert isinstance(dialog, CheckDialog)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == check_message(broken, 3)
    assert "does not hold: record 01234567 is not sealed by any link" in dialog.message.text()


# ---------------------------------------------------------------------- evidence files


def test_evidence_files_are_kept_unaltered_with_their_sha256(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    photo = tmp_path / "door.png"
    photo.write_bytes(png_bytes(marker="kept-as-it-was"))
    (tmp_path / "notes.txt").write_text("not a picture")
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.kinds.chips[IncidentKind.STALKING].setChecked(True)
    form.evidence.add_files([photo, tmp_path / "notes.txt"])
    assert "notes.txt wasn't added" in form.problem.text()
    assert form.evidence.list.count() == 1 and "door.png" in form.evidence.list.item(0).text()
    form.accept()
    saved = form.saved()
    assert saved is not None
    (evidence,) = saved.fields.evidence
    assert evidence.name == "door.png"
    assert evidence.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert journal.attachments.read(evidence.attachment) == photo.read_bytes()  # no stripping
    html = record_html(journal.incidents.get(saved.id))
    assert evidence.sha256 in html and "door.png" in html


def test_an_amendment_adds_evidence_beneath_and_keeps_the_first(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    first.write_bytes(png_bytes(8, 8))
    second.write_bytes(png_bytes(9, 9))
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.kinds.chips[IncidentKind.OTHER].setChecked(True)
    form.evidence.add_files([first])
    form.accept()
    saved = form.saved()
    assert saved is not None
    amend = RecordForm(journal, saved)
    qtbot.addWidget(amend)
    assert amend.evidence.list.count() == 1 and amend.evidence.incoming() == []
    amend.evidence.add_files([second])
    qtbot.keyClicks(amend.reason, "The second photo came later")
    amend.accept()
    now = amend.saved()
    assert now is not None
    assert [item.name for item in amended(now.fields, now.amendments).evidence] == [
        "first.png",
        "second.png",
    ]


# ---------------------------------------------------------------------- the report


def test_report_choices_become_the_reports_options(qtbot: QtBot, filled: Journal) -> None:
    dialog = ReportDialog(filled, ["Dad", "Mum"], today=dt.date(2026, 4, 1))
    qtbot.addWidget(dialog)
    assert dialog.options() == ReportOptions()  # PDF, every record, pictures drawn
    dialog.csv.setChecked(True)
    assert not dialog.pictures.isEnabled()
    dialog.period.setChecked(True)
    dialog.kinds.chips[IncidentKind.THREAT].setChecked(True)
    dialog.who.setCurrentIndex(dialog.who.findData("Dad"))
    dialog.initials.setChecked(True)
    options = dialog.options()
    assert options.format is ReportFormat.CSV and options.who == "Dad" and options.pseudonyms
    assert options.since == dt.date(2025, 4, 1) and options.until == dt.date(2026, 4, 1)
    assert options.kinds == frozenset({IncidentKind.THREAT})


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_the_report_is_saved_and_said_plainly(
    qtbot: QtBot, filled: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    said: list[str] = []

    def note(box: QMessageBox) -> int:
        said.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", note)
    page, shown = make_page(qtbot, filled)
    page.write_report()
    (dialog,) = shown
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    dialog.csv.setChecked(fmt == "csv")
    target = tmp_path / f"report.{fmt}"
    assert dialog.save_to(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF" if fmt == "pdf" else b"\xef\xbb\xbf")
    text = (
        data.decode("utf-8-sig")
        if fmt == "csv"
        else subprocess.run(
            ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
        ).stdout
    )
    assert "Called four times." in text
    assert target.stat().st_mode & 0o777 == 0o600
    (words,) = said
    assert "3 records" in words and "not encrypted" in words


def test_tab_follows_the_form_from_top_to_bottom(qtbot: QtBot, journal: Journal) -> None:
    form = RecordForm(journal, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    stops: list[str] = []
    widget: QWidget = form.when.date
    for _ in range(26):
        stops.append(widget.accessibleName())
        widget = _next_stop(widget)
    kinds = [kind_label(kind) for kind in IncidentKind]
    assert stops == [
        *("The day it happened", "The time it happened", "The time is remembered roughly"),
        "Time zone",
        *kinds,
        *("Where", "Add a name", "What happened", "Witnesses", "Injuries or damage"),
        *("Reports made", "Attach evidence files", "Evidence still to gather"),
        *("How I felt", "What I did", "Save the record", "Cancel"),
    ]


def _next_stop(widget: QWidget) -> QWidget:
    """The next widget Tab would reach (visible, taking Tab, not handing focus on)."""
    while True:
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.focusProxy() is None:
            return widget


def test_the_form_offers_the_names_already_kept(qtbot: QtBot, filled: Journal) -> None:
    form = RecordForm(filled, now=dt.datetime(2026, 3, 2, 21, 40))
    qtbot.addWidget(form)
    assert {"Mum", "Dad"} <= set(form.who.chips())
    assert form.who.names() == ()  # offered, not chosen


def test_a_refusal_is_said_on_the_page(
    qtbot: QtBot, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(_store: IncidentStore, _record_id: str) -> None:
        raise JournalBusy("The journal is busy just now. Nothing was changed; try again.")

    monkeypatch.setattr(IncidentStore, "trash", busy)
    page, _ = make_page(qtbot, filled)
    page.trash_record()
    assert page.notice.text().startswith("The journal is busy") and not page.notice.isHidden()
    assert page.model.rowCount() == 3
    monkeypatch.undo()
    page.trash_record()
    assert page.notice.isHidden() and page.model.rowCount() == 2


def test_an_amendment_leaves_the_time_and_kinds_as_they_were(
    qtbot: QtBot, journal: Journal
) -> None:
    moment = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    kinds = (IncidentKind.THREAT, IncidentKind.CONTACT)  # not in the list's order
    record = journal.incidents.add(IncidentFields(When(moment, ""), kinds, "A call"))
    form = RecordForm(journal, record)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.reason, "Added what was said")
    form.account.setPlainText("A call. He asked where I live now.")
    form.accept()
    saved = form.saved()
    assert saved is not None
    (amendment,) = saved.amendments
    assert set(amendment.changes) == {"account"}  # the time and kinds were not touched
