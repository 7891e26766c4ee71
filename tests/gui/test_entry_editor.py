"""The entry editor: fields round-trip, edits are signalled, the preview stays safe."""

from __future__ import annotations

import base64
import datetime as dt
import time
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.entries import Entry, EntryFields
from app.ui.journal import editor as entry_editor
from app.ui.journal.editor import EntryEditor
from app.ui.journal.markdown_highlighter import MarkdownHighlighter
from app.ui.widgets.colours import current_colours
from app.ui.widgets.text_surface import LINE_HEIGHT_PERCENT, search_words
from app.ui.widgets.theme import apply_theme

W = TypeVar("W", bound=QWidget)
ResourceType = QTextDocument.ResourceType
BODY = (
    "## Evening\n\nI said *no* to Sunday.\u00a0It was **hard**.\n\n"
    "> Acting in my own interest is allowed.\n\n- walk by the river 🌱\n- שלום\n"
)
HOSTILE = (
    "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
    "![pixel](http://tracker.example/p.gif) ![file](/etc/passwd)\n\n"
    "[click](javascript:alert(1)) <iframe src=http://evil.example></iframe>\n\n"
    "<svg onload=alert(1)></svg> <style>p{}</style> [f](file:///etc/passwd)"
)


@pytest.fixture
def entry(journal: Journal) -> Entry:
    return journal.entries.add(
        EntryFields(
            body=BODY,
            title="Saying no to Sunday",
            date=dt.date(2026, 3, 12),
            tags=("boundaries", "family"),
            mood=2,
            theme="boundaries",
            prompt="boundaries-1",
            marked=True,
            heavy=False,
        )
    )


def child(editor: EntryEditor, kind: type[W], name: str) -> W:
    found = editor.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def body(editor: EntryEditor) -> QTextEdit:
    return child(editor, QTextEdit, "entryBody")


def preview(editor: EntryEditor) -> QTextBrowser:
    return child(editor, QTextBrowser, "entryPreview")


def words_label(editor: EntryEditor) -> QLabel:
    return child(editor, QLabel, "entryWordCount")


# ------------------------------------------------------------------ fields


def test_load_then_fields_round_trips_every_field(editor: EntryEditor, entry: Entry) -> None:
    editor.load(entry)
    assert editor.fields() == entry.fields()
    assert editor.entry_id() == entry.id
    assert "\u00a0" in editor.fields().body  # a no-break space stays one


def test_tags_split_on_commas(editor: EntryEditor, qtbot: QtBot) -> None:
    tags = child(editor, QLineEdit, "entryTags")
    qtbot.keyClicks(tags, " family,  evening ,,boundaries ")
    assert editor.fields().tags == ("family", "evening", "boundaries")


def test_a_new_editor_is_empty_and_dated_today(editor: EntryEditor) -> None:
    assert editor.entry_id() is None
    assert editor.fields() == EntryFields(body="", date=dt.date.today())
    assert words_label(editor).text() == ""


def test_adopt_takes_the_id_and_leaves_the_text_alone(
    editor: EntryEditor, entry: Entry, qtbot: QtBot
) -> None:
    qtbot.keyClicks(body(editor), "A first line")
    editor.adopt(entry)
    assert editor.entry_id() == entry.id
    assert editor.fields().body == "A first line"
    assert body(editor).document().isUndoAvailable()


def test_reloading_the_same_entry_keeps_the_cursor(editor: EntryEditor, entry: Entry) -> None:
    editor.load(entry)
    cursor = body(editor).textCursor()
    cursor.setPosition(20)
    body(editor).setTextCursor(cursor)
    editor.load(entry)
    assert body(editor).textCursor().position() == 20


# ------------------------------------------------------------------ edited


def test_load_and_clear_never_signal_an_edit(
    editor: EntryEditor, entry: Entry, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(editor.edited, wait=100):
        editor.load(entry)
        editor.clear()
        editor.load(entry)
        editor.set_save_state("saved")
        editor.toggle_preview()
        editor.highlight_matches("river")


def test_typing_in_the_body_signals_an_edit(editor: EntryEditor, qtbot: QtBot) -> None:
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.keyClicks(body(editor), "x")


@pytest.mark.parametrize("name", ["entryTitle", "entryTags"])
def test_typing_in_a_line_signals_an_edit(editor: EntryEditor, qtbot: QtBot, name: str) -> None:
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.keyClicks(child(editor, QLineEdit, name), "x")


def test_choosing_a_mood_signals_an_edit(editor: EntryEditor, qtbot: QtBot) -> None:
    mood = child(editor, QComboBox, "entryMood")
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.keyClick(mood, Qt.Key.Key_Down)
    assert editor.fields().mood == 1


def test_changing_the_date_signals_an_edit(editor: EntryEditor, qtbot: QtBot) -> None:
    date = child(editor, QDateEdit, "entryDate")
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.keyClick(date, Qt.Key.Key_Down)
    assert editor.fields().date != dt.date.today()


@pytest.mark.parametrize(("name", "field"), [("entryRemember", "marked"), ("entryHeavy", "heavy")])
def test_marks_signal_an_edit(editor: EntryEditor, qtbot: QtBot, name: str, field: str) -> None:
    box = child(editor, QCheckBox, name)
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert getattr(editor.fields(), field) is True


# ------------------------------------------------------------------ clear and undo


def test_clear_empties_every_field_and_the_undo_history(
    editor: EntryEditor, entry: Entry, qtbot: QtBot
) -> None:
    editor.load(entry)
    qtbot.keyClicks(body(editor), "more words")
    qtbot.keyClicks(child(editor, QLineEdit, "entryTitle"), " again")
    editor.toggle_preview()
    editor.clear()
    assert editor.entry_id() is None
    assert editor.fields() == EntryFields(body="", date=dt.date.today())
    document = body(editor).document()
    assert not document.isUndoAvailable() and not document.isRedoAvailable()
    assert not child(editor, QLineEdit, "entryTitle").isUndoAvailable()
    assert preview(editor).toPlainText() == ""
    assert body(editor).extraSelections() == []


def test_load_starts_a_fresh_undo_history(editor: EntryEditor, entry: Entry, qtbot: QtBot) -> None:
    qtbot.keyClicks(body(editor), "someone else's words")
    editor.load(entry)
    assert not body(editor).document().isUndoAvailable()
    body(editor).undo()
    assert editor.fields().body == entry.body


# ------------------------------------------------------------------ writing surface


def test_every_paragraph_has_a_generous_line_height(editor: EntryEditor, qtbot: QtBot) -> None:
    edit = body(editor)
    qtbot.keyClicks(edit, "first")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "second")
    pasted = QMimeData()
    pasted.setText("\npasted one\npasted two")
    edit.insertFromMimeData(pasted)
    document = edit.document()
    count = document.blockCount()
    heights = [document.findBlockByNumber(n).blockFormat().lineHeight() for n in range(count)]
    assert heights == [LINE_HEIGHT_PERCENT] * 4
    assert editor.fields().body == "first\nsecond\npasted one\npasted two"


def test_pasting_rich_text_keeps_only_the_words(editor: EntryEditor) -> None:
    pasted = QMimeData()
    pasted.setHtml('<b>bold</b><img src="http://tracker.example/p.gif">')
    pasted.setText("bold")
    body(editor).insertFromMimeData(pasted)
    assert editor.fields().body == "bold"


def test_the_text_sits_in_a_centred_readable_column(editor: EntryEditor) -> None:
    edit = body(editor)
    margins = edit.viewportMargins()
    assert margins.left() == margins.right() >= 32
    assert edit.viewport().width() < 820 - 64
    assert edit.font().pointSizeF() > editor.font().pointSizeF() * 1.1


def test_word_count_waits_for_a_pause(editor: EntryEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(body(editor), "one two three")
    qtbot.waitUntil(lambda: words_label(editor).text() == "3 words", timeout=2000)
    qtbot.keyClicks(body(editor), " four")
    assert words_label(editor).text() == "3 words"  # not recounted on the keystroke
    qtbot.waitUntil(lambda: words_label(editor).text() == "4 words", timeout=2000)


def test_word_count_after_load_says_one_word_in_the_singular(
    editor: EntryEditor, entry: Entry
) -> None:
    editor.load(entry)
    assert words_label(editor).text() == "21 words"  # not "##", "-", ">" or 🌱
    editor.load(_with_body(entry, "alone"))
    assert words_label(editor).text() == "1 word"
    editor.load(_with_body(entry, "## Evening\n\n- *no*, well-being\n> ---\n"))
    assert words_label(editor).text() == "3 words"  # marks alone are not words


# ------------------------------------------------------------------ preview


def test_the_preview_renders_only_when_shown(editor: EntryEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(body(editor), "*gentle* words")
    qtbot.wait(300)
    assert preview(editor).toPlainText() == ""
    with qtbot.waitSignal(editor.previewToggled) as shown:
        editor.toggle_preview()
    assert shown.args == [True]
    assert editor.is_preview_visible()
    assert preview(editor).toPlainText().strip() == "gentle words"
    editor.toggle_preview()
    assert not editor.is_preview_visible()


def test_loading_while_previewing_shows_the_new_entry_at_once(
    editor: EntryEditor, entry: Entry
) -> None:
    editor.load(entry)
    editor.toggle_preview()
    editor.load(_with_body(entry, "Another evening"))
    assert editor.is_preview_visible()
    assert preview(editor).toPlainText().strip() == "Another evening"


def test_clear_goes_back_to_writing(editor: EntryEditor, entry: Entry, qtbot: QtBot) -> None:
    editor.load(entry)
    editor.toggle_preview()
    with qtbot.waitSignal(editor.previewToggled) as hidden:
        editor.clear()
    assert hidden.args == [False]
    assert not editor.is_preview_visible()


def test_the_preview_of_hostile_text_has_no_tags_images_or_handlers(
    editor: EntryEditor, entry: Entry
) -> None:
    editor.load(_with_body(entry, HOSTILE))
    editor.toggle_preview()
    html = preview(editor).toHtml()
    for forbidden in ("<script", "<img", "<iframe", "<svg", "<style>p", "javascript:", "file:"):
        assert forbidden not in html.lower()
    assert "onerror=" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "<img src=x onerror=alert(1)>" in preview(editor).toPlainText()  # shown as text
    assert not _image_formats(preview(editor).document())


def test_the_preview_loads_no_resources(editor: EntryEditor, tmp_path: Path) -> None:
    picture = tmp_path / "private.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(picture))
    view = preview(editor)
    local = QUrl.fromLocalFile(str(picture))
    data = QUrl("data:image/png;base64," + base64.b64encode(picture.read_bytes()).decode())
    for url in (local, QUrl("http://tracker.example/p.gif"), data):
        for kind in (ResourceType.ImageResource, ResourceType.StyleSheetResource):
            assert _empty(view.loadResource(kind.value, url))
    # Even past the sanitiser, QTextDocument must not fall back to reading the file.
    view.setHtml(f'<p>x</p><img src="{local.toString()}"><img src="{data.toString()}">')
    for url in (local, data):
        assert _empty(view.document().resource(ResourceType.ImageResource.value, url))


def test_the_preview_follows_no_links(editor: EntryEditor) -> None:
    view = preview(editor)
    assert not view.openLinks() and not view.openExternalLinks()


# ------------------------------------------------------------------ matches


def test_highlight_matches_marks_every_word_and_selects_the_first(
    editor: EntryEditor, entry: Entry
) -> None:
    editor.load(entry)
    editor.toggle_preview()
    editor.highlight_matches('River AND "walk*"')
    assert not editor.is_preview_visible()
    selections = body(editor).extraSelections()
    assert sorted(s.cursor.selectedText() for s in selections) == ["river", "walk"]
    assert body(editor).textCursor().selectedText() == "walk"
    tint = current_colours().highlight
    assert all(s.format.background().color().name() == tint for s in selections)
    editor.highlight_matches("")
    assert body(editor).extraSelections() == []


def test_matches_are_found_at_word_starts_only(editor: EntryEditor, entry: Entry) -> None:
    editor.load(_with_body(entry, "#walk, walked; a Walk. Sidewalk"))
    editor.highlight_matches("walk")
    starts = sorted(s.cursor.selectionStart() for s in body(editor).extraSelections())
    assert starts == [1, 7, 17]  # "#walk", "walked", "Walk"; not inside "Sidewalk"


def test_search_words_drop_query_syntax() -> None:
    assert search_words('"no contact" OR guilt* NOT (hope)') == ["no", "contact", "guilt", "hope"]


# ------------------------------------------------------------------ save state


def test_save_states_are_quiet_words(editor: EntryEditor) -> None:
    label = child(editor, QLabel, "entrySaveState")
    editor.set_save_state("saving")
    assert label.text() == "Saving…"
    editor.set_save_state("saved")
    assert label.text() == "Saved"
    apply_theme(QApplication.instance())  # type: ignore[arg-type]
    editor.set_save_state("saved")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(
        current_colours().muted_text
    )
    editor.set_save_state("failed")
    assert label.text().startswith("Not saved yet — your text is still here.")
    # Plain text colour: it stands out from "Saved" without alarm (never red).
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(current_colours().text)
    editor.set_save_state("failed", "The disk is full. Your text is still here.")
    assert label.text() == "The disk is full. Your text is still here."
    editor.set_save_state("idle")
    assert label.text() == ""
    with pytest.raises(ValueError):
        editor.set_save_state("exploded")


# ------------------------------------------------------------------ privacy and access


def test_controls_are_named_and_tooltips_hold_no_entry_text(
    editor: EntryEditor, entry: Entry
) -> None:
    editor.load(entry)
    for widget in editor.findChildren(QWidget):
        tip = widget.toolTip()
        for private in ("Sunday", "river", "boundaries", "family", "Evening"):
            assert private not in tip
    for kind in (QLineEdit, QComboBox, QDateEdit, QCheckBox, QTextEdit):
        for widget in editor.findChildren(kind):
            if widget.objectName().startswith("entry"):
                assert widget.accessibleName(), widget.objectName()
    assert child(editor, QCheckBox, "entryRemember").toolTip()
    assert child(editor, QCheckBox, "entryHeavy").toolTip()


def test_tab_order_follows_the_layout(editor: EntryEditor) -> None:
    names = ["entryTitle", "entryDate", "entryMood", "entryRemember", "entryHeavy", "entryTags"]
    widget: QWidget | None = child(editor, QLineEdit, "entryTitle")
    seen: list[str] = []
    while widget is not None and widget is not body(editor):
        name = widget.objectName()
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if name.startswith("entry") and takes_tab and name not in seen:
            seen.append(name)
        widget = widget.nextInFocusChain()
    assert seen == names


# ------------------------------------------------------------------ highlighter


def test_very_long_entries_open_without_colouring(
    editor: EntryEditor, entry: Entry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entry_editor, "HIGHLIGHT_LIMIT_CHARS", 100)
    highlighter = editor.findChild(MarkdownHighlighter)
    assert highlighter is not None
    editor.load(_with_body(entry, "**long** " * 50))
    assert highlighter.document() is None
    assert editor.fields().body == "**long** " * 50
    editor.load(_with_body(entry, "**short**"))
    assert highlighter.document() is body(editor).document()


def test_highlighter_marks_headings_and_counts_utf16_positions(qtbot: QtBot) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document, 12.0)
    document.setPlainText("# Big\n🌱🌱 **bold**\n```\n# not a heading\n```")
    highlighter.rehighlight()
    heading = document.findBlockByNumber(0).layout().formats()
    assert any(r.format.fontPointSize() > 12.0 for r in heading)
    emoji_line = document.findBlockByNumber(1).layout().formats()
    bold = [r for r in emoji_line if r.format.fontWeight() > 500]
    # "🌱🌱 " is 5 UTF-16 units: the bold run starts there, markers and all.
    assert min(r.start for r in bold) == 5
    assert max(r.start + r.length for r in bold) == 5 + len("**bold**")
    fenced = document.findBlockByNumber(3).layout().formats()
    assert all(r.format.fontPointSize() <= 12.0 for r in fenced)


@pytest.mark.parametrize("line", ["*a " * 1650, "[a](" * 1250, "**a " * 1250, "_a " * 1650])
def test_highlighting_a_line_of_unclosed_marks_stays_quick(qtbot: QtBot, line: str) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document, 12.0)
    document.setPlainText(line)
    started = time.perf_counter()
    highlighter.rehighlight()
    assert time.perf_counter() - started < 0.25


# ------------------------------------------------------------------ helpers


def _with_body(entry: Entry, text: str) -> Entry:
    from dataclasses import replace

    return replace(entry, body=text)


def _empty(resource: object) -> bool:
    """Nothing usable: no picture, no bytes."""
    if isinstance(resource, QImage | QPixmap):
        return resource.isNull()
    if isinstance(resource, QByteArray):
        return resource.isEmpty()
    if isinstance(resource, bytes):
        return resource == b""
    return resource is None


def _image_formats(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                found.append(fragment.charFormat().toImageFormat().name())
            iterator += 1
        block = block.next()
    return found


# ------------------------------------------------------------------ content notes


def test_a_heavy_entry_opens_on_a_kind_notice(
    editor: EntryEditor, entry: Entry, qtbot: QtBot
) -> None:
    heavy = replace(entry, heavy=True)
    editor.load(heavy)
    assert editor.is_note_shown()
    assert not body(editor).isVisible()
    editor.toggle_preview()  # the preview would show the text: not past the notice
    assert not editor.is_preview_visible()
    assert editor.fields() == heavy.fields()  # autosave sees the entry unchanged
    with qtbot.waitSignal(editor.contentDeferred):
        editor._note.not_now.click()
    assert editor.is_note_shown()
    editor._note.show_it.click()
    assert not editor.is_note_shown()
    editor.clear()
    editor.load(heavy)
    assert not editor.is_note_shown()  # shown once: not asked again this session
    editor.forget_revealed()
    editor.clear()
    editor.load(heavy)
    assert editor.is_note_shown()
    editor.load(entry)  # an entry that isn't heavy shows its text at once
    assert not editor.is_note_shown()
