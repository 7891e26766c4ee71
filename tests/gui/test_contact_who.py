"""Who reached out: typed in the form, offered again, shown in rows, filtered in the log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.storage.contacts import Channel, ContactFields
from app.ui.doubt.contact_form import ContactForm
from app.ui.doubt.contact_log import ContactLogDialog
from app.ui.doubt.contact_log_model import ContactRole

NOW = dt.datetime.now().replace(second=0, microsecond=0)


def make_log(qtbot: QtBot, journal: Journal) -> ContactLogDialog:
    dialog = ContactLogDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_names_typed_key_by_key_are_saved_in_order(qtbot: QtBot, journal: Journal) -> None:
    dialog = make_log(qtbot, journal)
    form = dialog.open_form()
    qtbot.keyClicks(form.who.entry, "My sister")
    qtbot.keyClick(form.who.entry, Qt.Key.Key_Return)  # adds the name; doesn't save the form
    assert form.isVisible() and journal.contacts.count() == 0
    qtbot.keyClicks(form.who.entry, "Dad,")  # a comma adds too
    qtbot.keyClicks(form.who.entry, "Aunt Rosa")  # still in the field when saving: kept
    assert form.who.entry.text() == "Aunt Rosa"
    form.accept()
    (saved,) = journal.contacts.all()
    assert saved.fields.who == ("My sister", "Dad", "Aunt Rosa")
    assert dialog.model.index(0).data(ContactRole.WhoTextRole) == "My sister, Dad, Aunt Rosa"
    spoken = dialog.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "From My sister, Dad, Aunt Rosa" in spoken


def test_known_names_are_offered_again_as_chips(qtbot: QtBot, journal: Journal) -> None:
    journal.contacts.add(ContactFields(NOW, Channel.CALL, who=("Mum", "Dad")))
    dialog = make_log(qtbot, journal)
    form = dialog.open_form()
    assert list(form.who.chips()) == ["Dad", "Mum"]  # equally used: alphabetical
    assert form.who.names() == ()
    chip = form.who.chips()["Mum"]
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    qtbot.keyClicks(form.who.entry, "mum")  # the same person, typed again
    qtbot.keyClick(form.who.entry, Qt.Key.Key_Return)
    assert form.who.names() == ("Mum",)
    form.accept()
    assert journal.contacts.all()[0].fields.who == ("Mum",)


def test_editing_shows_the_names_and_can_remove_one(qtbot: QtBot, journal: Journal) -> None:
    journal.contacts.add(ContactFields(NOW, Channel.CALL, said="hello", who=("Mum", "Dad")))
    dialog = make_log(qtbot, journal)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    form = dialog.findChild(ContactForm)
    assert isinstance(form, ContactForm)
    assert form.who.names() == ("Mum", "Dad")
    form.who.chips()["Mum"].click()
    form.accept()
    assert journal.contacts.all()[0].fields.who == ("Dad",)
    assert journal.contacts.people() == ["Dad"]


def test_the_log_filters_by_who(qtbot: QtBot, journal: Journal) -> None:
    mum = journal.contacts.add(ContactFields(NOW, Channel.CALL, said="cake", who=("Mum",)))
    journal.contacts.add(ContactFields(NOW, Channel.MESSAGE, said="cake too", who=("Dad",)))
    dialog = make_log(qtbot, journal)
    assert dialog.who.isVisibleTo(dialog) and dialog.model.rowCount() == 2
    dialog.who.setCurrentIndex(dialog.who.findData("Mum"))
    assert [c.id for c in (dialog.model.contact(r) for r in range(2)) if c] == [mum.id]
    qtbot.keyClicks(dialog.search, "cake")
    dialog.reload()
    assert dialog.model.rowCount() == 1  # the search keeps to the chosen person
    dialog.who.setCurrentIndex(0)
    assert dialog.model.rowCount() == 2


def test_no_names_means_no_filter(qtbot: QtBot, journal: Journal) -> None:
    journal.contacts.add(ContactFields(NOW, Channel.CALL, said="hello"))
    dialog = make_log(qtbot, journal)
    assert not dialog.who.isVisibleTo(dialog)
    assert dialog.model.index(0).data(ContactRole.WhoTextRole) == ""


def test_a_draft_fills_a_new_record_and_cancel_leaves_nothing(
    qtbot: QtBot, journal: Journal
) -> None:
    draft = ContactFields(NOW, Channel.OTHER, did="I reached out")
    dialog = make_log(qtbot, journal)
    form = dialog.open_form(draft=draft)
    assert form.did.toPlainText() == "I reached out"
    assert form.channel.currentData() == Channel.OTHER.value
    form.reject()
    assert journal.contacts.count() == 0


def test_the_who_label_mnemonic_goes_to_the_name_field(qtbot: QtBot, journal: Journal) -> None:
    dialog = make_log(qtbot, journal)
    form = dialog.open_form()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.when)
    qtbot.keyClick(form.when, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert form.focusWidget() is form.who.entry
    form.reject()
