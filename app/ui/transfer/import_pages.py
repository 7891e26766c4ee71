"""The import dialog's four pages: choose, preview, importing, done.

Each page is a heading, a line of guidance and its own few controls, built
from the kit (``app.ui.widgets.step_pages.Page``); the dialog moves between them
and fills them in. They show figures and dates only, never an entry's words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.journal.filter_bar import source_label
from app.ui.transfer.import_work import Preview
from app.ui.transfer.pieces import busy_bar, counted, long_date, set_primary
from app.ui.widgets.kit import button, secret_field, text_label
from app.ui.widgets.step_pages import Page, navigation_button


class ChoosePage(Page):
    """What can come in, two ways to choose it, and what went wrong last time."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Bring in entries from elsewhere"),
            self.tr(
                "Threshold can import a Day One export (a .zip file), a jrnl journal (JSON or "
                "text), a folder of Markdown notes, or a Threshold archive. Nothing is added "
                "until you have seen what would come in and chosen Import."
            ),
        )
        self.choose_file = navigation_button(self.tr("Choose a &File…"), primary=True)
        self.choose_folder = navigation_button(self.tr("Choose a F&older…"))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.choose_file)
        row.addWidget(self.choose_folder)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.status = text_label()
        self.status.setVisible(False)
        self.layout_.addWidget(self.status)
        self.reading = busy_bar(self.tr("Reading"))
        self.layout_.addWidget(self.reading)
        self._password_row()
        self.layout_.addStretch(1)

    def _password_row(self) -> None:
        self.password_label = QLabel(self.tr("Archive &password"))
        self.password = secret_field(self.tr("Archive password"))
        self.password_label.setBuddy(self.password)
        self.open_archive = button(self.tr("&Read It"), self.tr("Read the archive"))
        self.password_box = QWidget()
        row = QHBoxLayout(self.password_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.password_label)
        row.addWidget(self.password, 1)
        row.addWidget(self.open_archive)
        self.password_box.setVisible(False)
        self.layout_.addWidget(self.password_box)

    def say(self, text: str) -> None:
        """Show a calm sentence under the buttons (empty hides it)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_reading(self, reading: bool, name: str = "") -> None:
        """While a source is read: a quiet busy bar, the choices held still."""
        self.reading.setVisible(reading)
        for widget in (self.choose_file, self.choose_folder, self.open_archive, self.password):
            widget.setEnabled(not reading)
        if reading:
            self.say(self.tr("Reading {name}…").format(name=name))

    def buttons(self) -> tuple[QPushButton, ...]:
        """The page's own buttons (the dialog sets which one is the default)."""
        return (self.choose_file, self.choose_folder, self.open_archive)

    def ask_password(self, asked: bool) -> None:
        """Show the password row (Read It then looks primary) or hide it."""
        self.password_box.setVisible(asked)
        set_primary({self.open_archive: asked, self.choose_file: not asked})

    def default_button(self) -> QPushButton:
        """Read It when a password is asked for, else Choose a File."""
        return self.open_archive if not self.password_box.isHidden() else self.choose_file

    def focus_target(self) -> QWidget:
        """The password when one is asked for, else Choose a File."""
        return self.password if not self.password_box.isHidden() else self.choose_file


class PreviewPage(Page):
    """How many entries, over which dates, with what, and what is already here."""

    def __init__(self) -> None:
        super().__init__(self.tr("What would come in"))
        self.figures = text_label()
        self.layout_.addWidget(self.figures)
        self.notices = text_label("", "muted")
        self.layout_.addWidget(self.notices)
        self.keep_location = QCheckBox(self.tr("Keep &place and weather as a line in each entry"))
        self.keep_location.setAccessibleName(
            self.tr("Keep place and weather as a line in each entry")
        )
        self.location_note = text_label(
            self.tr(
                "Off unless you choose it: a place can show where you were, and that may "
                "not be safe to keep."
            ),
            "muted",
        )
        self.layout_.addWidget(self.keep_location)
        self.layout_.addWidget(self.location_note)
        self.rereading = busy_bar(self.tr("Reading again"))
        self.layout_.addWidget(self.rereading)
        self.layout_.addStretch(1)

    def show_preview(self, preview: Preview) -> None:
        """Fill the page in from ``preview`` (the place choice only for Day One)."""
        self.guidance.setText(
            self.tr("From {source}: {name}").format(
                source=source_label(preview.kind.value), name=preview.name
            )
        )
        self.guidance.setVisible(True)
        self.figures.setText("\n".join(self._lines(preview)))
        # What would be left out, and the place, matter only when something comes in.
        self.notices.setText("\n".join(f"• {said!s}" for said in preview.notices))
        self.notices.setVisible(bool(preview.notices) and preview.has_work)
        day_one = preview.kind.value == "dayone" and preview.has_work
        self.keep_location.setVisible(day_one)
        self.location_note.setVisible(day_one)
        self.rereading.setVisible(False)

    def _lines(self, preview: Preview) -> list[str]:
        if not preview.has_work:
            return [self._nothing_new(preview.skipped)]
        lines = []
        if preview.new:
            lines.append(self._span(preview))
            lines.extend(self._with(preview))
        else:
            lines.append(
                self.tr("No new entries; the archive's reasons, incident records and prompts.")
            )
        if preview.records:
            lines.append(
                counted(
                    preview.records,
                    self.tr("1 new incident record, with its amendments and evidence files."),
                    self.tr(
                        "{count} new incident records, with their amendments and evidence files."
                    ),
                )
            )
        if preview.skipped:
            lines.append(
                counted(
                    preview.skipped,
                    self.tr("1 entry is in your journal already and will be skipped."),
                    self.tr("{count} entries are in your journal already and will be skipped."),
                )
            )
        return lines

    def _with(self, preview: Preview) -> list[str]:
        """The tags and files, in words; what there is none of is left out."""
        tags = counted(preview.tags, self.tr("1 tag"), self.tr("{count} tags"))
        files = counted(
            preview.attachments,
            self.tr("1 picture or document"),
            self.tr("{count} pictures and documents"),
        )
        if preview.tags and preview.attachments:
            return [self.tr("With {tags} and {files}.").format(tags=tags, files=files)]
        if preview.tags or preview.attachments:
            return [self.tr("With {things}.").format(things=tags if preview.tags else files)]
        return []

    def _nothing_new(self, skipped: int) -> str:
        if not skipped:
            return self.tr("There are no entries here to import.")
        return counted(
            skipped,
            self.tr("This entry is in your journal already, so there is nothing new to import."),
            self.tr(
                "All {count} entries here are in your journal already, "
                "so there is nothing new to import."
            ),
        )

    def _span(self, preview: Preview) -> str:
        new = counted(preview.new, self.tr("1 new entry"), self.tr("{count} new entries"))
        if preview.first is None or preview.last is None:
            return self.tr("{new}.").format(new=new)
        if preview.first == preview.last:
            return self.tr("{new}, on {day}.").format(new=new, day=long_date(preview.first))
        return self.tr("{new}, from {first} to {last}.").format(
            new=new, first=long_date(preview.first), last=long_date(preview.last)
        )

    def focus_target(self) -> QWidget:
        """The checkbox for Day One; the dialog's buttons otherwise."""
        return self.keep_location if not self.keep_location.isHidden() else self


class ProgressPage(Page):
    """The import under way, and the promise that cancelling changes nothing."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Importing"),
            self.tr("If you cancel, nothing is added and your journal stays as it was."),
        )
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Entries imported so far"))
        self.layout_.addWidget(self.bar)
        self.layout_.addStretch(1)

    def show_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` entries kept (so far, inside one transaction)."""
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)


class DonePage(Page):
    """What happened: entries imported and where to find them, or nothing changed."""

    def __init__(self) -> None:
        super().__init__(self.tr("Imported"))
        self.summary = text_label()
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch(1)

    def say(self, heading: str, text: str) -> None:
        """Show the outcome."""
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.summary.setText(text)
