"""The form for one incident record: every field, for a new record or an amendment.

A record is never changed in place, so there are no drafts to keep: the form
saves through the store itself (``add``, or ``amend`` with a reason), shows a
refusal right here with every word still in its field, and asks before Cancel
drops typed words. When the journal locks with the form open, what was typed is
kept the one way an append-only record can keep it: saved (a new record, or an
amendment whose reason says it was kept on locking), so nothing typed is lost
and nothing private stays in memory behind the lock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.incidents import MAX_LINE_CHARS, Incident, IncidentFields, amended
from app.ui.forgetting import ForgetsOnLock
from app.ui.record.evidence import EvidenceField
from app.ui.record.form_parts import KindChips, WhenField
from app.ui.record.labels import format_recorded
from app.ui.widgets.kit import SPACING, text_box, text_label
from app.ui.widgets.people_field import PeopleField
from app.ui.widgets.scrolling import scrolled
from app.ui.widgets.translate import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from app.journal import Journal

KEPT_ON_LOCK = QT_TR_NOOP("Kept as it stood when the journal locked; no reason had been typed yet.")
TEXTS = ("account", "place", "witnesses", "harm", "reports", "to_gather", "felt", "did")


class RecordForm(QDialog, ForgetsOnLock):
    """Writes a new incident record, or an amendment beneath one.

    Args:
        journal: the open journal (records are written to ``journal.incidents``).
        incident: the record to amend, or None for a new one.
        now: the local time a new record starts at.
    """

    def __init__(
        self,
        journal: Journal,
        incident: Incident | None = None,
        *,
        now: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._incident = incident
        self._saved: Incident | None = None
        self.setWindowTitle(tr("Amend a record") if incident else tr("Add a record"))
        self._build(now or dt.datetime.now())
        self._start = self._typed_state()
        self.resize(640, 720)
        (self.reason if incident else self.when.date).setFocus()

    def saved(self) -> Incident | None:
        """The record as stored (with the new amendment), once saving worked."""
        return self._saved

    def fields(self) -> IncidentFields:
        """What the form holds, as the store takes it.

        Raises:
            InvalidInput: the time is refused (never was, came twice, still to come).
        """
        base = self._now_reading()
        fields = IncidentFields(
            happened=self.when.when(),
            kinds=self.kinds.kinds(),
            who=self.who.names(),
            **{name: self._text(name) for name in TEXTS},  # type: ignore[arg-type]
        )
        if base is None:
            return fields
        return replace(fields, channel=base.channel, entry=base.entry, evidence=base.evidence)

    # ------------------------------------------------------------------ saving

    def accept(self) -> None:
        """Save through the store; on a refusal, say why and keep everything as typed."""
        self._save(self.reason.text() if self._incident else "")

    def _save(self, reason: str) -> bool:
        if not self.kinds.kinds():
            self._say(tr("Choose at least one kind of thing it was. Nothing was saved."))
            return False
        try:
            store = self._journal.incidents
            if self._incident is None:
                self._saved = store.add(self.fields(), self.evidence.incoming())
            else:
                self._saved = store.amend(
                    self._incident.id, reason, self.fields(), self.evidence.incoming()
                )
        except KnownError as error:
            self._say(error.message)
            return False
        super().accept()
        return True

    def _refused(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def _say(self, message: str) -> None:
        self.problem.setText(tr("{reason} Your words are still here.").format(reason=message))
        self.problem.show()

    # ------------------------------------------------------------------ leaving

    def reject(self) -> None:
        """Cancel: ask first when words were typed, since nothing is kept unsaved."""
        if self.isVisible() and self._typed_state() != self._start and not self._drop_typed():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is Cancel."""
        event.ignore()
        self.reject()

    def _drop_typed(self) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle(tr("Leave without saving?"))
        box.setText(
            tr(
                "What you typed here isn't saved yet. If you leave now, it won't be kept. "
                "Would you like to go back to it?"
            )
        )
        back = box.addButton(tr("Go &back to it"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(tr("&Leave without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is leave

    def keep_before_lock(self) -> bool:
        """The journal is locking: save what was typed rather than drop it.

        False (the lock waits, the words stay) when it can't be saved, for example
        a time still to come: the person sees why when they look.
        """
        if not self.isVisible() or self._typed_state() == self._start:
            return True
        reason = self.reason.text().strip() or tr(KEPT_ON_LOCK)
        return self._save(reason)

    def forget(self) -> None:
        """The journal is locking: every field is emptied and the form goes, unsaved."""
        for name in TEXTS:
            getattr(self, name).clear()
        self.reason.clear()
        self.who.set_names(())
        self.who.entry.clear()
        self.evidence.clear()
        self._incident = None
        self._start = self._typed_state()
        QDialog.reject(self)

    # ------------------------------------------------------------------ building

    def _build(self, now: dt.datetime) -> None:
        """The fields, made in the order they are shown (the order Tab follows)."""
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_LINE_CHARS)
        self.reason.setAccessibleName(tr("Why you are amending it"))
        if self._incident is None:
            self.reason.hide()  # a new record has no reason
        self.when = WhenField(now, self)
        self.kinds = KindChips(self)
        self.place = QLineEdit(self)
        self.place.setMaxLength(MAX_LINE_CHARS)
        self.place.setAccessibleName(tr("Where"))
        self.who = PeopleField(self._known_people(), self)
        self._build_texts()
        self.problem = text_label()
        self.problem.setAccessibleName(tr("Why it wasn't saved"))
        self.problem.hide()
        self.buttons = self._make_buttons()
        self._lay_out()
        if self._incident is not None:
            self._fill(self._now_reading_or_fail())

    def _build_texts(self) -> None:
        self.account = text_box(self, tr("What happened"), tr("In your own words"), lines=6)
        self.witnesses = text_box(self, tr("Witnesses"), tr("Who saw or heard it"), 2)
        self.harm = text_box(self, tr("Injuries or damage"), tr("Anything hurt or broken"), 2)
        self.reports = text_box(
            self, tr("Reports made"), tr("A police reference, a doctor, an advocate"), 2
        )
        base = self._now_reading()
        self.evidence = EvidenceField(base.evidence if base else (), self)
        self.evidence.refused.connect(self._refused)
        self.to_gather = text_box(
            self, tr("Evidence still to gather"), tr("Messages to save, photos to take"), 2
        )
        self.felt = text_box(self, tr("How I felt"), tr("Whatever was there"), 2)
        self.did = text_box(self, tr("What I did"), tr("All of it counts"), 2)

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("Save the amendment") if self._incident else tr("Save the record"))
        save.setProperty("primary", "true")
        save.style().unpolish(save)
        save.style().polish(save)
        save.setAccessibleName(save.text())
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)  # Enter adds a line in the boxes
        shortcut.activated.connect(self.accept)
        return buttons

    def _rows(self) -> list[tuple[str, QWidget]]:
        rows = [
            (tr("&When it happened"), self.when),
            (tr("What &kind (one or more)"), self.kinds),
            (tr("Wh&ere"), self.place),
            (tr("Wh&o"), self.who),
            (tr("What &happened"), self.account),
            (tr("Wi&tnesses"), self.witnesses),
            (tr("In&juries or damage"), self.harm),
            (tr("Re&ports made"), self.reports),
            (tr("Evidence files"), self.evidence),
            (tr("E&vidence still to gather"), self.to_gather),
            (tr("How I &felt"), self.felt),
            (tr("What I &did"), self.did),
        ]
        if self._incident is not None:
            rows.insert(0, (tr("&Reason for the amendment"), self.reason))
        return rows

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(SPACING // 2)
        form.setContentsMargins(0, 0, SPACING, 0)  # clear of the scroll bar
        form.addRow(text_label(self._recorded_line(), "muted"))
        for text, field in self._rows():
            label = QLabel(text, self)
            label.setBuddy(self._buddy(field))
            form.addRow(label, field)
            if field is self.account:
                note = tr('Lines you start with "> " are kept as exact quotes.')
                form.addRow(text_label(note, "muted"))
        inner = QWidget(self)
        inner.setLayout(form)
        area = scrolled(inner)
        area.viewport().setAutoFillBackground(False)  # the dialog's own paper behind the form
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field, never to the frame
        inner.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(area, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _buddy(self, field: QWidget) -> QWidget:
        if field is self.who:
            return self.who.entry
        if field is self.when:
            return self.when.date
        return field  # the kinds: their first chip, by focus proxy (a button buddy is clicked)

    def _recorded_line(self) -> str:
        if self._incident is None:
            return tr(
                "When you save, Threshold notes the time it was recorded; it can't be changed."
            )
        recorded = format_recorded(self._incident.recorded)
        return tr(
            "Recorded {when}. Nothing is changed in place: your amendment is kept beneath "
            "the original, with its reason and its time."
        ).format(when=recorded)

    # ------------------------------------------------------------------ filling

    def _fill(self, fields: IncidentFields) -> None:
        self.when.set_when(fields.happened)
        self.kinds.set_kinds(fields.kinds)
        self.who.set_names(fields.who)
        for name in TEXTS:
            self._set_text(name, str(getattr(fields, name)))

    def _now_reading(self) -> IncidentFields | None:
        if self._incident is None:
            return None
        return amended(self._incident.fields, self._incident.amendments)

    def _now_reading_or_fail(self) -> IncidentFields:
        reading = self._now_reading()
        assert reading is not None
        return reading

    def _text(self, name: str) -> str:
        widget = getattr(self, name)
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def _set_text(self, name: str, text: str) -> None:
        widget = getattr(self, name)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)

    def _typed_state(self) -> tuple[object, ...]:
        """Everything typed or chosen, to tell whether anything changed."""
        texts = tuple(self._text(name) for name in TEXTS)
        chosen = (self.who.names(), self.kinds.kinds(), len(self.evidence.incoming()))
        return (*texts, *chosen, self.reason.text(), self.when.naive())

    def _known_people(self) -> list[str]:
        try:
            return self._journal.contacts.people()
        except KnownError:
            return []  # names can still be typed; they are kept with the record
