"""The entry editor: the writing surface, an entry's details, and a safe preview.

The body is the largest thing on screen: a serif about 1.15 times the UI font,
line height 1.5, in a centred column of about 70 characters. It is a QTextEdit
kept to plain text, because only QTextEdit's layout honours line height.

Typing stays cheap: the word count and the preview wait for a pause in typing,
and the preview renders only while it is shown. The preview shows sanitised HTML
from :func:`app.render.markdown_html.render_html` and loads no resources but the
entry's own attachments (from memory, through a resolver the page sets), so
nothing in an entry can fetch a URL or read a file. The entry's attachments are
listed in a strip under the text. Nothing from an entry goes
into tooltips; :meth:`EntryEditor.clear` drops the text and its undo history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QImage, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.records.entries import Entry, EntryFields
from app.ui.journal.content_note import ContentNote
from app.ui.journal.entry_details import EntryDetails
from app.ui.journal.entry_footer import EntryFooter
from app.ui.journal.markdown_highlighter import MarkdownHighlighter
from app.ui.journal.search_hits import search_hits
from app.ui.widgets.text_surface import (
    LINE_HEIGHT_PERCENT,
    BodyEdit,
    ImageResolver,
    PreviewBrowser,
    centred_row,
    preview_style,
    set_line_height,
)

if TYPE_CHECKING:  # made when first needed, after the first paint
    from app.ui.journal.attachment_strip import AttachmentStrip

TILE_HEIGHT = 112
"""The strip's usual tiles (``attachment_strip.TILE``), known here without loading it."""

LARGE_TEXT_CHARS = 500_000
PREVIEW_DELAY_MS = 200
PREVIEW_LIMIT_CHARS = 200_000
HIGHLIGHT_LIMIT_CHARS = 300_000


class EntryEditor(QWidget):
    """Writes and shows one entry: title, date, mood, tags, marks and the body.

    The editor holds text only on screen: saving is someone else's job (it asks
    through ``edited`` and reads ``fields()``), and ``clear()`` leaves no trace.
    The details above the text and the line below it are widgets of their own
    (:mod:`entry_details`, :mod:`entry_footer`); the body, its preview and a
    heavy entry's notice share one stack here.

    Signals:
        edited(): the user changed a field or the body (never emitted by ``load``).
        previewToggled(bool): the preview was shown (True) or hidden (False).
        contentDeferred(): "not now" on a heavy entry's notice.
        shownEntryChanged(): another entry (or a new one) is shown (not when a new one is stored).
        filesOffered(list): files (``Path``) dropped or pasted on the text.
        pictureOffered(QImage): a picture pasted into the text.
    """

    edited = Signal()
    previewToggled = Signal(bool)
    contentDeferred = Signal()
    shownEntryChanged = Signal()
    filesOffered = Signal(list)
    pictureOffered = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self._quiet = False
        self._details = EntryDetails(self)
        self._body = BodyEdit(self)
        self._preview = PreviewBrowser(self)
        self._pages = QStackedWidget(self)
        self._note = ContentNote(self._pages)
        self._revealed: set[str] = set()  # heavy entries shown this session
        self._footer = EntryFooter(self.body_text, self)
        self._strip: AttachmentStrip | None = None  # made when first needed: start-up time
        self._strip_place = QWidget(self)
        # Tests and benchmarks type into these, as a person would.
        self._title, self._tags = self._details.title, self._details.tags
        self._checkin, self._save_state = self._details.checkin, self._footer.save_state
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._highlighter = MarkdownHighlighter(
            self._body.document(), self._body.font().pointSizeF()
        )
        self._body.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self._name_controls()
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
        if not same:
            self.shownEntryChanged.emit()

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

    def insert_reference(self, markdown: str) -> None:
        """Put an attachment's reference at the cursor, on a line of its own (an edit)."""
        if self.is_note_shown():
            self.reveal()
        cursor = self._body.textCursor()
        cursor.clearSelection()
        before = "" if cursor.atBlockStart() else "\n"
        after = "" if cursor.atBlockEnd() and cursor.block().next().isValid() else "\n"
        cursor.insertText(f"{before}{markdown}{after}")
        self._body.setTextCursor(cursor)

    def set_image_resolver(self, resolver: ImageResolver | None) -> None:
        """Who gives the preview the entry's pictures (the page, from memory)."""
        self._preview.set_resolver(resolver)

    def refresh_preview(self) -> None:
        """Render the preview again (a picture it shows became ready), keeping the place."""
        if self.is_preview_visible():
            bar = self._preview.verticalScrollBar()
            place = bar.value()
            self._render_preview()
            bar.setValue(place)

    def replace_preview_picture(self, attachment_id: str) -> bool:
        """Put a picture that became ready in the preview; False if it needs a new layout."""
        return not self.is_preview_visible() or self._preview.replace_picture(attachment_id)

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
        self.shownEntryChanged.emit()

    def fields(self) -> EntryFields:
        """What the editor shows now, ready to save."""
        return self._details.fields(self.body_text(), self._entry)

    def set_marked(self, marked: bool) -> None:
        """Tick or clear "remember this" as the user would (autosave follows)."""
        self._details.remember.setChecked(marked)

    def is_marked(self) -> bool:
        """Whether "remember this" is ticked."""
        return self._details.remember.isChecked()

    def body_text(self) -> str:
        """The body exactly as typed (no-break spaces stay no-break spaces)."""
        return self._body.document().toRawText().replace("\u2029", "\n")

    def entry_id(self) -> str | None:
        """The shown entry's id, or None for a new, not yet saved entry."""
        return self._entry.id if self._entry else None

    def set_save_state(self, state: str, message: str = "") -> None:
        """Show quietly whether the text is safe: "saved", "saving", "failed" or "idle"."""
        self._footer.set_save_state(state, message)

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
        selections = search_hits(self._body.document(), query)
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

    def _name_controls(self) -> None:
        """The text's object names (the theme's) and accessible names (a reader's).

        The details and the footer name their own controls.
        """
        for widget, object_name, accessible in (
            (self._body, "entryBody", self.tr("Entry text")),
            (self._preview, "entryPreview", self.tr("Preview of the entry")),
        ):
            widget.setObjectName(object_name)
            widget.setAccessibleName(accessible)

    def _build(self) -> None:
        self._pages.addWidget(self._body)
        self._pages.addWidget(self._preview)
        self._pages.addWidget(self._note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(centred_row(self, self._details, self._body.font()))
        layout.addWidget(self._pages, 1)
        self._strip_layout = QVBoxLayout(self._strip_place)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred_row(self, self._strip_place, self._body.font()))
        layout.addWidget(centred_row(self, self._footer, self._body.font()))
        order = [*self._details.tab_order(), self._body, self._preview]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    @property
    def strip(self) -> AttachmentStrip:
        """The row of the entry's attachments under its text (made when first needed)."""
        if self._strip is None:
            from app.ui.journal.attachment_strip import AttachmentStrip  # noqa: PLC0415

            self._strip = AttachmentStrip(self._strip_place)
            self._strip_layout.addWidget(self._strip)
            QWidget.setTabOrder(self._preview, self._strip.view)
            self._strip.set_compact(self._is_short())
        return self._strip

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A short editor (a small window, a large font) gets the strip's small tiles."""
        super().resizeEvent(event)
        if self._strip is not None and self._strip.is_compact() != self._is_short():
            self._strip.set_compact(self._is_short())

    def _is_short(self) -> bool:
        """Whether the usual tiles would leave the text fewer than about eight lines."""
        lines = 8 * self._body.fontMetrics().lineSpacing() * LINE_HEIGHT_PERCENT / 100
        around = self._details.sizeHint().height() + self._footer.sizeHint().height()
        return self.height() - around - TILE_HEIGHT < lines

    def _connect(self) -> None:
        self._note.showRequested.connect(self.reveal)
        self._note.notNowRequested.connect(self.contentDeferred)
        self._details.edited.connect(self.edited)
        self._body.document().contentsChange.connect(self._body_changed)
        self._body.filesOffered.connect(self.filesOffered)
        self._body.pictureOffered.connect(self.pictureOffered)
        self._preview_timer.timeout.connect(self._render_if_shown)

    # ------------------------------------------------------------------ reacting

    def _body_changed(self, _position: int, removed: int, added: int) -> None:
        self._footer.count_soon(self._body.document().characterCount() > LARGE_TEXT_CHARS)
        if self.is_preview_visible():
            self._preview_timer.start()
        if not self._quiet and (removed or added):
            self.edited.emit()

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
        self._details.show_fields(fields)
        self._set_body(fields.body.replace("\r\n", "\n"))
        self._footer.count_words()
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

    def _show_preview(self, showing: bool) -> None:
        if showing:
            self._render_preview()
        surface = self._preview if showing else self._body
        self._pages.setCurrentWidget(surface)
        self._footer.show_mode(showing)
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
            self._footer.restyle()
            if self.is_preview_visible():
                self._render_preview()
