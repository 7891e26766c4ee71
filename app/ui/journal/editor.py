"""The entry editor: the writing surface, an entry's details, and a safe preview.

The body is the largest thing on screen: a serif about 1.15 times the UI font,
line height 1.5, in a centred column of about 70 characters. It is a QTextEdit
kept to plain text, because only QTextEdit's layout honours line height.

Typing stays cheap: the word count and the preview wait for a pause in typing,
and the preview renders only while it is shown. The preview shows sanitised HTML
from :func:`app.render.markdown_html.render_html` and loads no resources, so
nothing in an entry can fetch a URL or read a file. Nothing from an entry goes
into tooltips; :meth:`EntryEditor.clear` drops the text and its undo history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

from PySide6.QtCore import (
    QDate,
    QEvent,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.records.entries import Entry, EntryFields
from app.ui.first_paint import after_first_paint
from app.ui.journal.content_note import ContentNote
from app.ui.journal.markdown_highlighter import MarkdownHighlighter
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.text_surface import (
    DOCUMENT_MARGIN,
    MARKUP_ONLY,
    MIN_SIDE_MARGIN,
    BodyEdit,
    PreviewBrowser,
    column_width,
    editor_font,
    preview_style,
    search_words,
    set_line_height,
)
from app.ui.widgets.theme import current_colours

TITLE_FONT_SCALE = 1.3
WORD_COUNT_DELAY_MS = 300
LARGE_TEXT_CHARS = 500_000
LARGE_TEXT_DELAY_MS = 1500
PREVIEW_DELAY_MS = 200
PREVIEW_LIMIT_CHARS = 200_000
HIGHLIGHT_LIMIT_CHARS = 300_000
MAX_HIGHLIGHTS = 500
DATE_FORMAT = "d MMM yyyy"  # month names follow the locale; never ambiguous
SAVE_STATES = ("saved", "saving", "failed", "idle")


class EntryEditor(QWidget):
    """Writes and shows one entry: title, date, mood, tags, marks and the body.

    The editor holds text only on screen: saving is someone else's job (it asks
    through ``edited`` and reads ``fields()``), and ``clear()`` leaves no trace.

    Signals:
        edited(): the user changed a field or the body (never emitted by ``load``).
        previewToggled(bool): the preview was shown (True) or hidden (False).
    """

    edited = Signal()
    previewToggled = Signal(bool)
    contentDeferred = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self._quiet = False
        self._title = QLineEdit(self)
        self._date = QDateEdit(self)
        self._mood = QComboBox(self)
        self._tags = QLineEdit(self)
        self._remember = QCheckBox(self.tr("Remember this"), self)
        self._heavy = QCheckBox(self.tr("Heavy"), self)
        self._body = BodyEdit(self)
        self._preview = PreviewBrowser(self)
        self._pages = QStackedWidget(self)
        self._note = ContentNote(self._pages)
        self._revealed: set[str] = set()  # heavy entries shown this session
        self._words = QLabel(self)
        self._save_state = QLabel(self)
        self._mode = QLabel(self.tr("Preview"), self)
        self._checkin = QLabel(self)  # the check-in's feeling and pulls, quietly
        self._checkin_fields = EntryFields(body="")
        self._pull_labels = QTimer(self, singleShot=True, interval=0)
        self._word_timer = QTimer(self, singleShot=True)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._highlighter = MarkdownHighlighter(
            self._body.document(), self._body.font().pointSizeF()
        )
        self._set_up_fields()
        self._build()
        self._connect()
        self.clear()

    # ------------------------------------------------------------------ public

    def load(self, entry: Entry) -> None:
        """Show ``entry``, with a fresh undo history (reloading it keeps the cursor)."""
        same = self._entry is not None and self._entry.id == entry.id
        if same and self.fields() == entry.fields():
            self._entry = entry
            return
        position = self._body.textCursor().position() if same else 0
        scroll = self._body.verticalScrollBar().value() if same else 0
        with self._quietly():
            self._entry = entry
            self._show_fields(entry.fields())
        self._apply_content_note(entry)
        self._restore_view(position, scroll)

    def is_note_shown(self) -> bool:
        """Whether a heavy entry's notice stands in for its text."""
        return self._pages.currentWidget() is self._note

    def reveal(self) -> None:
        """Show a heavy entry's text (it stays shown until the journal locks)."""
        if self._entry is not None:
            self._revealed.add(self._entry.id)
        if self.is_note_shown():
            self._pages.setCurrentWidget(self._body)
            self._body.setFocus()

    def forget_revealed(self) -> None:
        """Heavy entries get their notice again (the journal locked)."""
        self._revealed.clear()

    def adopt(self, entry: Entry) -> None:
        """Take the id of what was just saved, leaving everything on screen alone."""
        self._entry = entry

    def clear(self) -> None:
        """Empty every field, the undo history and the preview (used on lock).

        A fresh page is for writing, so the preview closes too.
        """
        if self.is_preview_visible():
            self._show_preview(False)
        if self.is_note_shown():
            self._pages.setCurrentWidget(self._body)
        with self._quietly():
            self._entry = None
            self._show_fields(EntryFields(body="", date=dt.date.today()))
            self._preview.clear()
            self._body.setExtraSelections([])
        self.set_save_state("idle")

    def fields(self) -> EntryFields:
        """What the editor shows now, ready to save."""
        tags = tuple(tag.strip() for tag in self._tags.text().split(",") if tag.strip())
        return EntryFields(
            body=self.body_text(),
            title=self._title.text(),
            date=self._date.date().toPython(),  # type: ignore[arg-type]
            tags=tags,
            mood=self._mood.currentData(),
            theme=self._entry.theme if self._entry else None,
            prompt=self._entry.prompt if self._entry else None,
            marked=self._remember.isChecked(),
            heavy=self._heavy.isChecked(),
            # The check-in's answers are not edited here; they travel unchanged.
            energy=self._entry.energy if self._entry else None,
            feeling=self._entry.feeling if self._entry else None,
            pulls=self._entry.pulls if self._entry else (),
        )

    def set_marked(self, marked: bool) -> None:
        """Tick or clear "remember this" as the user would (autosave follows)."""
        self._remember.setChecked(marked)

    def is_marked(self) -> bool:
        """Whether "remember this" is ticked."""
        return self._remember.isChecked()

    def body_text(self) -> str:
        """The body exactly as typed (no-break spaces stay no-break spaces)."""
        return self._body.document().toRawText().replace("\u2029", "\n")

    def entry_id(self) -> str | None:
        """The shown entry's id, or None for a new, not yet saved entry."""
        return self._entry.id if self._entry else None

    def set_save_state(self, state: str, message: str = "") -> None:
        """Show quietly whether the text is safe: "saved", "saving", "failed" or "idle"."""
        if state not in SAVE_STATES:
            raise ValueError(f"unknown save state {state!r}")
        texts = {
            "saved": self.tr("Saved"),
            "saving": self.tr("Saving…"),
            "failed": message
            or self.tr("Not saved yet — your text is still here. Threshold will try again."),
            "idle": "",
        }
        self._save_state.setText(texts[state])
        self._save_state.setProperty("state", state)
        self._style_save_state()

    def toggle_preview(self) -> None:
        """Switch between writing and reading the rendered entry (not past a notice)."""
        if not self.is_note_shown():
            self._show_preview(not self.is_preview_visible())

    def is_preview_visible(self) -> bool:
        """Whether the preview is shown instead of the writing surface."""
        return self._pages.currentWidget() is self._preview

    def highlight_matches(self, query: str) -> None:
        """Mark where the query's words occur in the body and show the first one."""
        if self.is_preview_visible():
            self._show_preview(False)
        selections = self._find_words(search_words(query))
        self._body.setExtraSelections(selections)
        if selections:
            first = min(selections, key=lambda selection: selection.cursor.position())
            self._body.setTextCursor(first.cursor)
            self._body.ensureCursorVisible()

    def focus_body(self) -> None:
        """Put the keyboard focus on the text (the preview or the notice, when shown)."""
        if self.is_note_shown():
            self._note.show_it.setFocus()
            return
        (self._preview if self.is_preview_visible() else self._body).setFocus()

    # ------------------------------------------------------------------ building

    def _set_up_fields(self) -> None:
        self._title.setPlaceholderText(self.tr("Title (optional)"))
        title_font = editor_font()
        title_font.setPointSizeF(QGuiApplication.font().pointSizeF() * TITLE_FONT_SCALE)
        self._title.setFont(title_font)
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat(DATE_FORMAT)
        moods = [
            self.tr("No mood"),
            self.tr("1 · Very low"),
            self.tr("2 · Low"),
            self.tr("3 · In between"),
            self.tr("4 · Steady"),
            self.tr("5 · Bright"),
        ]
        for value, text in enumerate(moods):
            self._mood.addItem(text, value or None)
        self._tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self._body.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self._remember.setToolTip(
            self.tr(
                "Keep this entry close: marked entries are easy to find again "
                "when you want to reread your own reasons."
            )
        )
        self._heavy.setToolTip(
            self.tr("Mark this entry as heavy, so you can choose when you want to read it again.")
        )
        self._name_controls()

    def _name_controls(self) -> None:
        names = {
            self._title: ("entryTitle", self.tr("Title")),
            self._date: ("entryDate", self.tr("Date of the entry")),
            self._mood: ("entryMood", self.tr("Mood")),
            self._tags: ("entryTags", self.tr("Tags")),
            self._remember: ("entryRemember", self.tr("Remember this")),
            self._heavy: ("entryHeavy", self.tr("Heavy")),
            self._body: ("entryBody", self.tr("Entry text")),
            self._preview: ("entryPreview", self.tr("Preview of the entry")),
            self._words: ("entryWordCount", self.tr("Word count")),
            self._checkin: ("entryCheckin", self.tr("From the check-in")),
            self._save_state: ("entrySaveState", self.tr("Save status")),
            self._mode: ("entryMode", self.tr("Showing the preview")),
        }
        for widget, (object_name, accessible) in names.items():
            widget.setObjectName(object_name)
            widget.setAccessibleName(accessible)

    def _build(self) -> None:
        details = QWidget(self)
        row = FlowLayout(details)  # wraps at large fonts instead of cutting words
        for widget in (self._date, self._mood, self._remember, self._heavy):
            row.addWidget(widget)
        header = QVBoxLayout()
        header.setSpacing(8)
        header.addWidget(self._title)
        header.addWidget(details)
        header.addWidget(self._tags)
        header.addWidget(self._checkin)
        self._checkin.setProperty("role", "muted")
        self._checkin.setWordWrap(True)
        self._checkin.setTextFormat(Qt.TextFormat.PlainText)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self._save_state, 1)
        footer.addWidget(self._mode, 0, Qt.AlignmentFlag.AlignTop)
        footer.addWidget(self._words, 0, Qt.AlignmentFlag.AlignTop)
        for label in (self._words, self._mode):
            label.setProperty("role", "muted")
        self._mode.hide()
        self._save_state.setWordWrap(True)
        self._pages.addWidget(self._body)
        self._pages.addWidget(self._preview)
        self._pages.addWidget(self._note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(self._centred(header))
        layout.addWidget(self._pages, 1)
        layout.addWidget(self._centred(footer))
        order = [self._title, self._date, self._mood, self._remember, self._heavy, self._tags]
        for first, second in pairwise([*order, self._body, self._preview]):
            QWidget.setTabOrder(first, second)

    def _centred(self, inner: QHBoxLayout | QVBoxLayout) -> QWidget:
        """A row as wide as the text column, centred like it."""
        holder = QWidget(self)
        column = QWidget(holder)
        inner.setContentsMargins(DOCUMENT_MARGIN, 0, DOCUMENT_MARGIN, 0)
        column.setLayout(inner)
        column.setMaximumWidth(column_width(self._body.font()))
        row = QHBoxLayout(holder)
        row.setContentsMargins(MIN_SIDE_MARGIN, 0, MIN_SIDE_MARGIN, 0)
        row.addWidget(column)
        return holder

    def _connect(self) -> None:
        self._pull_labels.timeout.connect(self._show_pull_labels)
        self._note.showRequested.connect(self.reveal)
        self._note.notNowRequested.connect(self.contentDeferred)
        self._title.textEdited.connect(self._user_edit)
        self._tags.textEdited.connect(self._user_edit)
        self._date.dateChanged.connect(self._field_changed)
        self._mood.currentIndexChanged.connect(self._field_changed)
        self._remember.toggled.connect(self._field_changed)
        self._heavy.toggled.connect(self._field_changed)
        self._body.document().contentsChange.connect(self._body_changed)
        self._word_timer.timeout.connect(self._count_words)
        self._preview_timer.timeout.connect(self._render_if_shown)

    # ------------------------------------------------------------------ reacting

    def _user_edit(self) -> None:
        self.edited.emit()

    def _field_changed(self) -> None:
        if not self._quiet:
            self.edited.emit()

    def _body_changed(self, _position: int, removed: int, added: int) -> None:
        large = self._body.document().characterCount() > LARGE_TEXT_CHARS
        self._word_timer.start(LARGE_TEXT_DELAY_MS if large else WORD_COUNT_DELAY_MS)
        if self.is_preview_visible():
            self._preview_timer.start()
        if not self._quiet and (removed or added):
            self.edited.emit()

    def _count_words(self) -> None:
        text = self.body_text()
        count = len(text.split()) - len(MARKUP_ONLY.findall(text))
        if count == 0:
            self._words.setText("")  # an empty page does not count at anyone
            return
        words = self.tr("1 word") if count == 1 else self.tr("{count} words")
        self._words.setText(words.format(count=self.locale().toString(count)))

    def _render_if_shown(self) -> None:
        if self.is_preview_visible():
            self._render_preview()

    def _render_preview(self) -> None:
        self._preview_timer.stop()
        text = self.body_text()
        # Imported on first use: Markdown costs ~18 ms of start-up otherwise.
        from app.render.markdown_html import render_html  # noqa: PLC0415

        html = render_html(text[:PREVIEW_LIMIT_CHARS])
        if len(text) > PREVIEW_LIMIT_CHARS:
            note = self.tr(
                "The preview shows the first part of this long entry. "
                "All of it is still in the editor."
            )
            html += f"<hr><p><em>{note}</em></p>"
        self._preview.document().setDefaultStyleSheet(preview_style())
        self._preview.setHtml(html)

    # ------------------------------------------------------------------ helpers

    def _show_fields(self, fields: EntryFields) -> None:
        self._title.setText(fields.title)
        day = fields.date or dt.date.today()
        self._date.setDate(QDate(day.year, day.month, day.day))
        self._mood.setCurrentIndex(self._mood.findData(fields.mood) if fields.mood else 0)
        self._tags.setText(", ".join(fields.tags))
        self._remember.setChecked(fields.marked)
        self._heavy.setChecked(fields.heavy)
        self._show_checkin(fields)
        self._set_body(fields.body.replace("\r\n", "\n"))
        self._count_words()
        if self.is_preview_visible():
            self._render_preview()  # at once: never a moment of the previous entry

    def _apply_content_note(self, entry: Entry) -> None:
        """A heavy entry opens on its notice, unless it was shown this session."""
        if entry.heavy and entry.id not in self._revealed:
            if self.is_preview_visible():
                self._show_preview(False)
            self._pages.setCurrentWidget(self._note)
        elif self.is_note_shown():
            self._pages.setCurrentWidget(self._body)

    def _show_checkin(self, fields: EntryFields) -> None:
        """One quiet line with the check-in's answers.

        The labels of what pulled come from the check-in data file; reading it
        (~10 ms) waits until after the window has painted, so the line fills in a
        moment after the entry appears at start-up.
        """
        self._checkin_fields = fields
        self._checkin.setVisible(bool(fields.feeling or fields.pulls))
        if fields.pulls:
            self._checkin.setText(self._feeling_text(fields))
            after_first_paint(self, self._pull_labels.start)
        else:
            self._checkin.setText(self._feeling_text(fields))

    def _feeling_text(self, fields: EntryFields) -> str:
        return self.tr("Feeling: {word}").format(word=fields.feeling) if fields.feeling else ""

    def _show_pull_labels(self) -> None:
        if not self._checkin_fields.pulls:
            return  # another entry (or none) is shown by now
        from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - start-up time

        fields = self._checkin_fields
        labels = ", ".join(checkin_data().pull_label(p) for p in fields.pulls)
        parts = [self._feeling_text(fields)] if fields.feeling else []
        parts.append(self.tr("What pulled: {labels}").format(labels=labels))
        self._checkin.setText("  ·  ".join(parts))

    def _show_preview(self, showing: bool) -> None:
        if showing:
            self._render_preview()
        surface = self._preview if showing else self._body
        self._pages.setCurrentWidget(surface)
        self._mode.setVisible(showing)
        surface.setFocus()
        self.previewToggled.emit(showing)

    def _set_body(self, text: str) -> None:
        """New text with a fresh undo history, formatted as it goes in.

        The line height is set on the empty page first, so the text flows into
        formatted paragraphs in one pass; very long texts are left uncoloured, so
        opening them stays quick.
        """
        document = self._body.document()
        wanted = document if len(text) <= HIGHLIGHT_LIMIT_CHARS else None
        if self._highlighter.document() is not wanted:
            self._highlighter.setDocument(wanted)
        self._body.setPlainText("")
        self._body.setExtraSelections([])
        document.setUndoRedoEnabled(False)
        set_line_height(document)
        QTextCursor(document).insertText(text)
        document.setUndoRedoEnabled(True)  # a fresh, empty history

    def _restore_view(self, position: int, scroll: int) -> None:
        cursor = self._body.textCursor()
        cursor.setPosition(min(position, self._body.document().characterCount() - 1))
        self._body.setTextCursor(cursor)
        self._body.verticalScrollBar().setValue(scroll)

    def _find_words(self, words: list[str]) -> list[QTextEdit.ExtraSelection]:
        document = self._body.document()
        tint = QTextCharFormat()
        tint.setBackground(QColor(current_colours().highlight))
        selections: list[QTextEdit.ExtraSelection] = []
        options = (
            QRegularExpression.PatternOption.CaseInsensitiveOption
            | QRegularExpression.PatternOption.UseUnicodePropertiesOption
        )
        for word in words:
            # A word start, as the search index matches; "#tags" and "(words" too.
            pattern = QRegularExpression(rf"(?<!\w){QRegularExpression.escape(word)}", options)
            cursor = document.find(pattern, 0)
            while not cursor.isNull() and len(selections) < MAX_HIGHLIGHTS:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = tint
                selections.append(selection)
                cursor = document.find(pattern, cursor)
        return selections

    def _style_save_state(self) -> None:
        """Restyle the save line for its new state (the theme reads ``state``).

        A failed save shows in the plain text colour, not red and not the accent
        (too faint for small text on the window colour): it stands out from
        "Saved" without alarm.
        """
        style = self._save_state.style()
        style.unpolish(self._save_state)
        style.polish(self._save_state)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Within it, programmatic changes do not count as the user's edits."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def changeEvent(self, event: QEvent) -> None:
        """Follow the light or dark palette when the system switches."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlighter.refresh_colours()
            self._style_save_state()
            if self.is_preview_visible():
                self._render_preview()
