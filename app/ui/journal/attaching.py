"""Attaching pictures and PDFs to the open entry without holding up the window.

A file (dropped, chosen with "Attach…") or a pasted picture is read, checked,
decoded into a thumbnail and stored on a worker thread, through a connection of
its own (``app.ui.journal.attach_work``). Back on the GUI thread the entry's text gets the
Markdown reference on a line of its own and is saved at once; a refusal is said
in plain words and changes nothing. A new entry with nothing written yet is
stored only once a file has passed its checks, so a refused file leaves no
empty entry behind.

Locking or quitting waits (a few seconds at most) for an attach under way, so
its reference is in the saved text; the strip lists every attachment of the entry
anyway, referenced or not.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog

from app.errors import KnownError
from app.records.attachments import Attachment, reference
from app.records.entries import EntryFields
from app.ui.journal.attach_work import (
    Attached,
    Checked,
    Source,
    check_all,
    pasted_picture,
    store_all,
    store_checked,
)
from app.ui.journal.thumbnails import Background, PreviewPixmaps, ThumbnailCache
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders

if TYPE_CHECKING:
    from app.journal import Journal
    from app.ui.journal.attachment_viewer import AttachmentViewer
    from app.ui.journal.page import JournalPage

FINISH_BEFORE_LOCK_MS = 10_000
"""How long locking or quitting waits for an attach under way (a 100 MB file takes ~1 s)."""


class AttachFlow(QObject):
    """The page's attaching: paste, drop and "Attach…" in, references and thumbnails out.

    Args:
        page: the journal page (its editor, autosave, upkeep and open journal).

    Signals:
        attached(object): an ``Attachment`` was stored with the open entry.
    """

    attached = Signal(object)

    def __init__(self, page: JournalPage) -> None:
        super().__init__(page)
        self._page = page
        self.thumbnails = ThumbnailCache(self)
        self._work = Background(self)
        self._work.busyChanged.connect(self._busy)
        self._repaint = QTimer(self, singleShot=True, interval=50)  # pictures arrive in bursts
        editor = page.editor
        editor.strip.model.picture = lambda item: self.thumbnails.image(page.journal(), item)
        editor.set_image_resolver(self.preview_picture)
        editor.filesOffered.connect(self.attach_files)
        editor.pictureOffered.connect(lambda image: self.attach([pasted_picture(image)]))
        editor.shownEntryChanged.connect(self._another_entry_shown)
        editor.strip.openRequested.connect(self.open_viewer)
        self.thumbnails.ready.connect(self._picture_ready)
        self._repaint.timeout.connect(editor.refresh_preview)
        self._viewer: AttachmentViewer | None = None
        self._pixmaps = PreviewPixmaps()
        self._shown = 0  # counts entries shown, so a check that ends later knows its entry

    # ------------------------------------------------------------------ showing

    def show_entry_attachments(self) -> None:
        """List the open entry's attachments under its text (none for a new entry)."""
        journal, entry_id = self._page.journal(), self._page.editor.entry_id()
        found: list[Attachment] = []
        if journal is not None and entry_id is not None:
            try:
                found = journal.attachments.for_entry(entry_id)
            except KnownError as error:
                self._page.problem.emit(error.message)
        self._page.editor.strip.show_attachments(found)

    def preview_picture(self, attachment_id: str, width: int) -> QPixmap | None:
        """The preview's picture of one of the open entry's attachments, fitted to ``width``.

        It is decoded on the worker at exactly the size it is shown (never full
        size, never scaled here), and kept as a pixmap, so scrolling only draws.
        A quiet frame of the same size stands in meanwhile; when the picture is
        ready it takes the frame's place. An id that is not one of this entry's
        attachments gives nothing.
        """
        attachment = next(
            (item for item in self._page.editor.strip.model.rows() if item.id == attachment_id),
            None,
        )
        if attachment is None or not attachment.kind.is_image:
            return None
        ratio = self._page.devicePixelRatioF()
        natural = QSize(attachment.width or width, attachment.height or width)
        if natural.width() > width or natural.height() > width:
            natural = natural.scaled(QSize(width, width), Qt.AspectRatioMode.KeepAspectRatio)
        pixels = QSize(
            max(1, round(natural.width() * ratio)), max(1, round(natural.height() * ratio))
        )
        longest = max(pixels.width(), pixels.height())
        image = self.thumbnails.image(self._page.journal(), attachment, longest)
        return self._pixmaps.get(image, pixels, ratio)

    def open_viewer(self, attachment_id: str) -> None:
        """Show the attachment large, with the entry's others a key away."""
        journal = self._page.journal()
        rows = self._page.editor.strip.model.rows()
        ids = [item.id for item in rows]
        if journal is None or attachment_id not in ids:
            return
        if self._viewer is not None and self._viewer.isVisible():
            return
        from app.ui.journal.attachment_viewer import AttachmentViewer  # noqa: PLC0415 - first use

        viewer = AttachmentViewer(journal, rows, ids.index(attachment_id), self._page.window())
        self._viewer = viewer
        viewer.open()

    def _picture_ready(self, attachment_id: str) -> None:
        """A tile's picture, or the preview's, is ready: put it in place without a re-render."""
        editor = self._page.editor
        editor.strip.model.picture_ready(attachment_id)
        if attachment_id in editor.strip.model.ids() and not editor.replace_preview_picture(
            attachment_id
        ):
            self._repaint.start()  # its size differs from the frame's: lay out again

    # ------------------------------------------------------------------ attaching

    def choose_files(self) -> None:
        """Attach…: pictures and PDFs chosen in a file dialog."""
        if self._page.journal() is None:
            return
        with file_dialog_forgets_folders():
            names, _ = QFileDialog.getOpenFileNames(
                self._page,
                self.tr("Attach pictures or PDFs"),
                "",
                self.tr("Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> None:
        """Attach each file to the open entry (dropped, chosen or pasted)."""
        self.attach([Source(path=path) for path in paths])

    def attach(self, sources: list[Source]) -> None:
        """Store ``sources`` with the open entry on the worker (the entry is saved first).

        A new entry with nothing in it yet is stored only once a file passes its
        checks (typing is saved by then, so an entry without an id is an empty one).
        """
        journal = self._page.journal()
        if not sources or journal is None or not self._page.save_now():
            return  # saving failed: the page already says so, the text is still there
        self._page.upkeep.hold_news(True)  # our own write is not news from elsewhere
        strip = self._strips_on_attaching(journal)
        entry_id = self._page.editor.entry_id()
        if entry_id is not None:
            self._work.run(
                lambda: store_all(journal, entry_id, sources, strip=strip),
                lambda result: self._arrived(entry_id, result),
            )
            return
        shown, fields = self._shown, self._page.editor.fields()
        self._work.run(
            lambda: check_all(sources, strip=strip),
            lambda result: self._checked(shown, fields, result),
        )

    @staticmethod
    def _strips_on_attaching(journal: Journal) -> bool:
        """Settings → Pictures: keep files without their metadata (read here, on this thread)."""
        try:
            return journal.preferences.load().strip_on_import
        except KnownError:
            return False

    def is_busy(self) -> bool:
        """Whether an attach is under way."""
        return self._work.is_busy()

    def finish(self) -> bool:
        """Wait (bounded) for an attach under way and put its references in the text."""
        done = self._work.finish(FINISH_BEFORE_LOCK_MS)
        self.thumbnails.finish(FINISH_BEFORE_LOCK_MS)
        return done

    def forget(self) -> None:
        """Drop every picture and any result still to come (the journal is closing)."""
        self._work.forget()
        self.thumbnails.clear()
        self._pixmaps.clear()
        self._repaint.stop()
        self._viewer = None

    def _busy(self, busy: bool) -> None:
        self._page.editor.strip.set_busy(busy)
        if not busy:
            self._page.upkeep.hold_news(False)

    def _another_entry_shown(self) -> None:
        self._shown += 1
        self.show_entry_attachments()

    def _checked(self, shown: int, fields: EntryFields, result: object) -> None:
        """Files for a new, empty entry were checked: store the entry only if one passed."""
        if not isinstance(result, list):
            self._arrived("", result)
            return
        checked = [item for item in result if isinstance(item, Checked)]
        journal = self._page.journal()
        if checked and journal is not None:
            entry_id = self._entry_for_checked(journal, shown, fields)
            if entry_id is not None:
                self._work.run(
                    lambda: store_checked(journal, entry_id, checked),
                    lambda stored: self._arrived(entry_id, stored),
                )
        for item in result:  # said after storing starts, which says "Attaching…"
            if isinstance(item, KnownError):
                self._refused(item.message)

    def _entry_for_checked(self, journal: Journal, shown: int, fields: EntryFields) -> str | None:
        """The new entry, stored now; one of their own if another entry was opened meanwhile."""
        if shown == self._shown:
            return self._page.saved_entry_id()
        try:
            entry = journal.entries.add(fields)
        except KnownError as error:
            self._refused(error.message)
            return None
        self._page.timeline.reload()
        return entry.id

    def _arrived(self, entry_id: str, result: object) -> None:
        if isinstance(result, KnownError):
            self._refused(result.message)
            return
        if isinstance(result, BaseException):
            raise result  # a bug: let it be seen, not swallowed
        assert isinstance(result, list)
        kept = [item for item in result if isinstance(item, Attached)]
        for item in result:
            if isinstance(item, KnownError):
                self._refused(item.message)
        if kept:
            self._add_references(entry_id, kept)

    def _add_references(self, entry_id: str, kept: list[Attached]) -> None:
        text = "\n\n".join(reference(item.attachment) for item in kept)
        for item in kept:
            self.thumbnails.put(item.attachment.id, item.thumbnail)
        editor = self._page.editor
        if editor.entry_id() == entry_id:
            editor.insert_reference(text)
            self._page.save_now()
            for item in kept:
                editor.strip.add(item.attachment)
                self.attached.emit(item.attachment)
        else:
            self._append_to_stored(entry_id, kept)

    def _append_to_stored(self, entry_id: str, kept: list[Attached]) -> None:
        """Another entry was opened meanwhile: the references go into the one they joined."""
        journal = self._page.journal()
        if journal is None:
            return
        from app.journal.attaching import with_references  # noqa: PLC0415 - start-up time

        try:
            fields = journal.entries.get(entry_id).fields()
            body = with_references(fields.body, [item.attachment for item in kept])
            journal.entries.save(entry_id, dataclasses.replace(fields, body=body))
        except KnownError as error:
            self._refused(error.message)
        self._page.upkeep.saved()

    def _refused(self, message: str) -> None:
        self._page.editor.strip.say(message)
        self._page.problem.emit(message)
