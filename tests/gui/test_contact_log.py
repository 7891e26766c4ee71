"""The contact log window, its model, form and month timeline, against a real journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import EntryNotFound
from app.journal import Journal
from app.records.entries import EntryFields
from app.storage.contacts import MAX_FIELD_CHARS, Channel, ContactFields
from app.ui.doubt.contact_form import ContactForm
from app.ui.doubt.contact_log import ContactLogDialog
from app.ui.doubt.contact_log_model import (
    TIMELINE_MONTHS,
    ContactListModel,
    ContactRole,
    channel_label,
    recent_months,
)
from tests.helpers.widgets import answer_with_default, confirm_destruction

NOW = dt.datetime.now().replace(second=0, microsecond=0)


# ---------------------------------------------------------------------- helpers


def make_log(qtbot: QtBot, journal: Journal, current: str | None = None) -> ContactLogDialog:
    dialog = ContactLogDialog(journal, current)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ids_in(model: ContactListModel) -> list[str]:
    return [model.index(row).data(ContactRole.ContactIdRole) for row in range(model.rowCount())]


def visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def days_ago(days: int, hour: int = 20) -> dt.datetime:
    return (NOW - dt.timedelta(days=days)).replace(hour=hour, minute=5)


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """Three records, newest first: a message, a call, a visit."""
    contacts = journal.contacts
    contacts.add(ContactFields(days_ago(40), Channel.VISIT, "Came by with a cake", "Unsteady"))
    contacts.add(ContactFields(days_ago(10), Channel.CALL, "Asked about the holidays", "Tired"))
    contacts.add(ContactFields(days_ago(1), Channel.MESSAGE, "Said they miss me", "Guilty"))
    return journal


def fill_form(qtbot: QtBot, form: ContactForm, said: str, felt: str = "") -> None:
    form.channel.setCurrentIndex(form.channel.findData(Channel.THROUGH_OTHERS.value))
    qtbot.keyClicks(form.said, said)
    if felt:
        qtbot.keyClicks(form.felt, felt)


# ---------------------------------------------------------------------- model


def test_the_model_passes_the_model_tester(qtmodeltester, filled: Journal) -> None:
    model = ContactListModel()
    qtmodeltester.check(model)
    model.set_contacts(filled.contacts.all())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.set_contacts(filled.contacts.search("holidays"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    row = model.index(0)
    assert row.data() == "A call"
    assert row.data(ContactRole.SaidRole) == "Asked about the holidays"
    assert row.data(ContactRole.ChannelRole) == "call"
    assert "What was said: Asked about the holidays" in row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert row.data(Qt.ItemDataRole.ToolTipRole) is None  # nothing private in tooltips


def test_the_list_is_newest_first_with_plain_channel_labels(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    assert ids_in(dialog.model) == [contact.id for contact in filled.contacts.all()]
    labels = [dialog.model.index(row).data() for row in range(3)]
    assert labels == ["A message", "A call", "A visit"]
    assert [channel_label(channel) for channel in Channel] == [
        "A call",
        "A message",
        "A visit",
        "Through someone else",
        "Something else",
    ]
    assert not dialog.grab().isNull()  # the delegate and the timeline paint


def test_an_empty_log_is_kind(qtbot: QtBot, journal: Journal) -> None:
    dialog = make_log(qtbot, journal)
    assert dialog.model.rowCount() == 0
    assert any(text.startswith("Nothing recorded yet.") for text in visible_texts(dialog))
    assert not dialog.edit.isEnabled() and not dialog.trash.isEnabled()
    assert dialog.windowTitle() == "Contact log"


# ---------------------------------------------------------------------- adding and searching


def test_adding_through_the_form_then_finding_it(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    form = dialog.open_form()
    assert abs(form.fields().happened - dt.datetime.now()) < dt.timedelta(minutes=2)
    fill_form(qtbot, form, "My cousin passed on a message", "Calm enough")
    with qtbot.waitSignal(form.accepted, timeout=1000):
        qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    saved = form.saved()
    assert saved is not None
    assert saved.fields.channel is Channel.THROUGH_OTHERS
    assert dialog.model.rowCount() == 4
    assert dialog.current_contact() == saved  # the new record is where the cursor is
    qtbot.keyClicks(dialog.search, "cousi")  # prefix search on the last word
    qtbot.waitUntil(lambda: ids_in(dialog.model) == [saved.id], timeout=2000)
    dialog.search.clear()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=2000)


def test_search_waits_for_a_pause_and_says_when_nothing_matches(
    qtbot: QtBot, filled: Journal
) -> None:
    dialog = make_log(qtbot, filled)
    qtbot.keyClicks(dialog.search, "zebra")
    assert dialog.model.rowCount() == 3  # nothing runs on each keystroke
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=2000)
    assert "Nothing in the log matches that yet." in visible_texts(dialog)


def test_editing_a_record(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    dialog.view.setCurrentIndex(dialog.model.index(1))
    target = dialog.current_contact()
    assert target is not None
    dialog.edit.click()
    form = dialog.findChild(ContactForm)
    assert isinstance(form, ContactForm)
    assert form.said.toPlainText() == "Asked about the holidays"
    assert form.channel.currentData() == Channel.CALL.value
    assert form.fields().happened == target.fields.happened
    assert form.reason.isVisibleTo(form)  # only an edit asks why
    form.did.setPlainText("Let it go to voicemail")
    form.reason.setText("I remembered it better the next day")
    form.accept()
    stored = filled.contacts.get(target.id)
    assert stored.fields.did == "Let it go to voicemail"
    assert stored.fields.said == "Asked about the holidays"
    assert dialog.current_contact() == stored
    assert dialog.model.rowCount() == 3
    record = filled.incidents.get(target.id)  # kept beneath what was first written
    assert record.fields.did == target.fields.did
    assert [a.reason for a in record.amendments] == ["I remembered it better the next day"]
    spoken = dialog.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "what was first written is kept" in spoken


def test_a_new_record_does_not_ask_why(qtbot: QtBot, journal: Journal) -> None:
    form = ContactForm(journal)
    qtbot.addWidget(form)
    assert not form.reason.isVisibleTo(form)


def test_enter_on_a_record_opens_it_for_editing(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    form = dialog.findChild(ContactForm)
    assert isinstance(form, ContactForm) and form.isVisible()
    assert form.said.toPlainText() == "Said they miss me"
    form.reject()


def test_a_too_long_part_keeps_the_form_open_with_the_text(qtbot: QtBot, journal: Journal) -> None:
    dialog = make_log(qtbot, journal)
    form = dialog.open_form()
    long_text = "a" * (MAX_FIELD_CHARS + 1)
    form.said.setPlainText(long_text)
    form.felt.setPlainText("Overwhelmed")
    form.accept()
    assert form.isVisible() and form.result() == 0
    assert form.said.toPlainText() == long_text
    assert form.felt.toPlainText() == "Overwhelmed"
    assert form.problem.isVisible()
    assert f"up to {MAX_FIELD_CHARS:,} characters" in form.problem.text()
    assert "Your words are still here." in form.problem.text()
    assert journal.contacts.count() == 0
    form.said.setPlainText("Shorter now")
    form.accept()
    assert not form.isVisible() and journal.contacts.count() == 1


# ---------------------------------------------------------------------- linking


def test_linking_to_the_open_entry_and_opening_it(qtbot: QtBot, journal: Journal) -> None:
    older = journal.entries.add(EntryFields(title="Earlier", body="An older entry."))
    current = journal.entries.add(EntryFields(title="Tonight", body="After the call."))
    dialog = make_log(qtbot, journal, current.id)
    form = dialog.open_form()
    assert form.link.currentData() is None  # no link unless chosen
    assert form.link.itemData(1) == current.id
    assert form.link.itemText(1).startswith("The entry you have open: Tonight")
    assert form.link.findData(older.id) > 1  # recent entries are offered too
    form.link.setCurrentIndex(1)
    fill_form(qtbot, form, "Called twice")
    form.accept()
    assert journal.contacts.for_entry(current.id)[0].fields.said == "Called twice"
    assert dialog.open_entry.isEnabled()
    with qtbot.waitSignal(dialog.openEntryRequested, timeout=1000) as opened:
        dialog.open_entry.click()
    assert opened.args == [current.id]
    assert not dialog.isVisible()


def test_a_record_without_a_link_cannot_open_one(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    assert dialog.current_contact() is not None
    assert not dialog.open_entry.isEnabled()


def test_a_link_to_a_trashed_entry_is_explained(qtbot: QtBot, journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="Written after the visit."))
    journal.contacts.add(ContactFields(days_ago(3), Channel.VISIT, entry=entry.id))
    journal.entries.trash(entry.id)
    dialog = make_log(qtbot, journal)
    with qtbot.assertNotEmitted(dialog.openEntryRequested):
        dialog.open_entry.click()
    assert dialog.isVisible()
    assert "in the journal's trash" in dialog.status.text()


def test_editing_keeps_a_link_to_an_older_entry(qtbot: QtBot, journal: Journal) -> None:
    old = journal.entries.add(EntryFields(title="Long ago", body="x", date=dt.date(2020, 1, 1)))
    for n in range(55):  # more recent entries than the form offers
        journal.entries.add(EntryFields(body=f"Entry {n}"))
    contact = journal.contacts.add(ContactFields(days_ago(5), Channel.CALL, entry=old.id))
    form = ContactForm(journal, contact)
    qtbot.addWidget(form)
    assert form.link.currentData() == old.id
    assert form.link.currentText().startswith("Long ago")


# ---------------------------------------------------------------------- trash


def test_trash_and_restore(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    dialog.view.setCurrentIndex(dialog.model.index(0))
    chosen = dialog.current_contact()
    assert chosen is not None
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)  # trashing asks nothing: it can be undone
    assert chosen.id not in ids_in(dialog.model)
    assert filled.contacts.count() == 2
    assert "trash" in dialog.status.text()
    dialog.show_trash.setChecked(True)
    assert ids_in(dialog.model) == [chosen.id]
    assert dialog.restore.isVisible() and not dialog.edit.isVisible()
    dialog.restore.click()
    assert dialog.model.rowCount() == 0
    assert "The trash is empty." in visible_texts(dialog)
    dialog.show_trash.setChecked(False)
    assert chosen.id in ids_in(dialog.model) and filled.contacts.count() == 3


def purge_setup(qtbot: QtBot, journal: Journal) -> tuple[ContactLogDialog, str]:
    dialog = make_log(qtbot, journal)
    contact = dialog.current_contact()
    assert contact is not None
    dialog.trash.click()
    dialog.show_trash.setChecked(True)
    return dialog, contact.id


def test_delete_for_good_after_confirming(
    qtbot: QtBot, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = confirm_destruction(monkeypatch)
    dialog, contact_id = purge_setup(qtbot, filled)
    dialog.purge.click()
    assert "can't be undone" in asked[0].informativeText()
    with pytest.raises(EntryNotFound):
        filled.contacts.get(contact_id)
    assert dialog.model.rowCount() == 0 and filled.contacts.count() == 2


def test_delete_for_good_cancelled_keeps_the_record(
    qtbot: QtBot, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_with_default(monkeypatch)  # Cancel is the default: Enter never deletes
    dialog, contact_id = purge_setup(qtbot, filled)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert filled.contacts.get(contact_id).trashed is not None
    assert ids_in(dialog.model) == [contact_id]


def test_the_confirmation_is_the_only_red_and_defaults_to_cancel(
    qtbot: QtBot, filled: Journal
) -> None:
    dialog = make_log(qtbot, filled)
    box, delete = dialog.confirmation_box()
    assert delete.property("danger") == "true"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert dialog.purge.property("danger") is None  # the window itself stays calm


# ---------------------------------------------------------------------- timeline


def test_the_timeline_counts_months(qtbot: QtBot, journal: Journal) -> None:
    this_month = NOW.date().replace(day=1)
    earlier = recent_months(this_month, 3)[0]  # two months back
    for happened in (
        dt.datetime.combine(this_month, dt.time(9, 0)),
        dt.datetime.combine(this_month, dt.time(10, 0)),
        dt.datetime.combine(earlier, dt.time(18, 30)),
        dt.datetime(2001, 5, 1, 12, 0),  # too long ago to be shown
    ):
        journal.contacts.add(ContactFields(happened, Channel.MESSAGE))
    dialog = make_log(qtbot, journal)
    months = dialog.timeline.months()
    assert len(months) == TIMELINE_MONTHS
    assert months[-1] == (this_month, 2)
    assert months[-3] == (earlier, 1)
    assert sum(count for _, count in months) == 3
    description = dialog.timeline.accessibleDescription()
    assert description.startswith("In the last 18 months: ")
    assert "1 in " in description and "2 in " in description
    assert dialog.timeline.accessibleName() == "Contacts per month"


def test_the_timeline_follows_trash_and_says_when_quiet(qtbot: QtBot, filled: Journal) -> None:
    dialog = make_log(qtbot, filled)
    for _ in range(3):
        dialog.trash.click()
    assert all(count == 0 for _, count in dialog.timeline.months())
    assert dialog.timeline.accessibleDescription() == "Nothing recorded in the last 18 months."


def test_recent_months_cross_the_year() -> None:
    months = recent_months(dt.date(2026, 2, 14), 4)
    assert months == [dt.date(2025, 11, 1), dt.date(2025, 12, 1), dt.date(2026, 1, 1),
                      dt.date(2026, 2, 1)]  # fmt: skip
