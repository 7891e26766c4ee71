"""Exports carry the pictures and documents the kept words refer to, stripped, and nothing else."""

from __future__ import annotations

import base64
import datetime as dt
import re
import stat
from pathlib import Path

import pytest

from app.export.attachments import gather, safe_stem, size_in_words
from app.export.complete import ExportIncomplete, check_self_contained
from app.export.files_folder import files_folder
from app.export.model import ExportFormat, ExportOptions, Redaction
from app.export.pipeline import export_document
from app.export.prepare import prepare
from app.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.attachments import Attachment, reference
from app.records.entries import EntryFields
from tests.helpers.cli import Cli
from tests.helpers.images import MARKER, pdf_bytes, png_bytes

MISSING = "f" * 32


def _entry(journal: Journal, body: str = "") -> str:
    fields = EntryFields(body=body or "Before.", date=dt.date(2026, 12, 7))
    return journal.entries.add(fields).id


def _attach(journal: Journal, entry_id: str, data: bytes, name: str) -> Attachment:
    return journal.attachments.add(entry_id, incoming_from_bytes(data, name))


def _set_body(journal: Journal, entry_id: str, body: str) -> None:
    journal.entries.save(entry_id, EntryFields(body=body, date=dt.date(2026, 12, 7)))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into (the journal has its own beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def pictured(journal: Journal) -> tuple[str, Attachment, Attachment]:
    """An entry with a picture on its own paragraph and a PDF linked in the next."""
    entry_id = _entry(journal)
    photo = _attach(journal, entry_id, png_bytes(marker=MARKER), "IMG_0001.png")
    deed = _attach(journal, entry_id, pdf_bytes(marker=MARKER), "deed.pdf")
    body = (
        f"Before.\n\n{reference(photo, 'the message')}\n\n"
        f"The {reference(deed)} they made me sign.\n\n![gone]({'attachment:' + MISSING})"
    )
    _set_body(journal, entry_id, body)
    return entry_id, photo, deed


def _exported(journal: Journal, pictured, path: Path, fmt: ExportFormat) -> str:
    """Export the pictured entry to ``path``; the file's text."""
    _export(journal, pictured[0], path, fmt)
    return path.read_text()


def _export(journal: Journal, entry_id: str, path: Path, fmt: ExportFormat, **options: object):
    doc = prepare(journal, [entry_id], ExportOptions(**options))  # type: ignore[arg-type]
    return export_document(path, doc, fmt, journal=journal)


def test_only_pictures_in_kept_paragraphs_leave(journal: Journal, pictured) -> None:
    entry_id, photo, deed = pictured
    doc = prepare(journal, [entry_id], ExportOptions())
    assert [item.id for item in doc.attachments] == [photo.id, deed.id]
    assert [item.file_name for item in doc.attachments] == ["the-message.png", "deed.pdf"]
    left_out = prepare(journal, [entry_id], ExportOptions(excluded=frozenset({(entry_id, 1)})))
    assert [item.id for item in left_out.attachments] == [deed.id]


def test_names_are_safe_unique_and_never_the_hidden_name(journal: Journal) -> None:
    entry_id = _entry(journal)
    first = _attach(journal, entry_id, png_bytes(), "a.png")
    second = _attach(journal, entry_id, png_bytes(), "b.png")
    hidden = _attach(journal, entry_id, pdf_bytes(), "Margaret Smith.pdf")
    blocks = [
        f"![../../etc/passwd]({'attachment:' + first.id})",
        f"![..\\etc/PASSWD]({'attachment:' + second.id})",
        f"[]({'attachment:' + hidden.id})",
    ]
    names = [Redaction("Margaret Smith", "my mother")]
    from app.export import redaction

    gathered = gather(journal, blocks, lambda text: redaction.apply(text, tuple(names)))
    assert [item.file_name for item in gathered] == [
        "etc-passwd.png",
        "etc-passwd-2.png",
        "my-mother.pdf",
    ]
    assert safe_stem('/\\:*?"<>|') == "" and safe_stem("Ünïcode wörds") == "ünïcode-wörds"
    assert size_in_words(240_400) == "240 KB" and size_in_words(1_234_567) == "1.2 MB"


def test_html_carries_the_stripped_picture_inline_and_names_the_document(
    journal: Journal, pictured, out: Path
) -> None:
    page = _exported(journal, pictured, out / "out.html", ExportFormat.HTML)
    photo = pictured[1]
    sources = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(sources) == 1
    picture = base64.b64decode(sources[0])
    assert picture.startswith(b"\x89PNG") and MARKER.encode() not in picture
    assert MARKER not in page
    assert "img-src data:" in page and "max-width: 100%" in page
    assert re.search(r"Attached document: deed\.pdf, \d+ (KB|bytes)", page)
    assert "gone" in page and MISSING not in page
    check_self_contained(page)
    assert journal.attachments.get(photo.id).sha256 == photo.sha256


def test_a_page_that_refers_outside_itself_is_refused() -> None:
    check_self_contained('<img alt="" src="data:image/jpeg;base64,AAAA">')
    for page in (
        '<img src="http://evil.example/p.png">',
        '<img src="data:text/html;base64,AAAA">',
        '<img src="data:image/svg+xml;base64,AAAA">',
        '<a href="file:///etc/passwd">x</a>',
        '<p style="background:url(x.png)">x</p>',
    ):
        with pytest.raises(ExportIncomplete):
            check_self_contained(page)


def test_markdown_writes_a_private_folder_it_refers_to(
    journal: Journal, pictured, out: Path
) -> None:
    path = out / "Threshold export 2026-12-07.md"
    text = _exported(journal, pictured, path, ExportFormat.MARKDOWN)
    folder = out / "Threshold export 2026-12-07 files"
    assert files_folder(path) == folder
    assert "![the message](Threshold%20export%202026-12-07%20files/the-message.png)" in text
    assert "[deed](Threshold%20export%202026-12-07%20files/deed.pdf)" in text
    assert "attachment:" not in text and "gone" in text
    assert sorted(p.name for p in folder.iterdir()) == ["deed.pdf", "the-message.png"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert MARKER.encode() not in file.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == [folder.name, path.name]
    assert journal.exports.writing() == {}


def test_text_names_the_files_in_the_folder(journal: Journal, pictured, out: Path) -> None:
    text = _exported(journal, pictured, out / "out.txt", ExportFormat.TEXT)
    assert "[Picture: the-message.png]" in text
    assert "Attached document: deed.pdf" in text
    assert (out / "out files" / "the-message.png").is_file()


def test_a_reference_in_code_stays_as_typed(journal: Journal, out: Path) -> None:
    entry_id = _entry(journal)
    photo = _attach(journal, entry_id, png_bytes(), "a.png")
    _set_body(journal, entry_id, f"`{reference(photo, 'x')}`")
    path = out / "code.md"
    _export(journal, entry_id, path, ExportFormat.MARKDOWN)
    assert f"`![x](attachment:{photo.id})`" in path.read_text()


def test_an_existing_folder_is_refused_and_nothing_written(
    journal: Journal, pictured, out: Path
) -> None:
    entry_id, _, _ = pictured
    path = out / "out.md"
    (out / "out files").mkdir()
    with pytest.raises(Exception, match="already a folder"):
        _export(journal, entry_id, path, ExportFormat.MARKDOWN)
    assert sorted(p.name for p in out.iterdir()) == ["out files"]
    assert list((out / "out files").iterdir()) == []


def test_a_full_disk_midway_leaves_nothing(
    journal: Journal, pictured, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import DiskFull
    from app.files import write_private_file_atomically as real

    written: list[Path] = []

    def fill_up(path: Path, data: bytes) -> None:
        if written:
            raise OSError(28, "No space left on device")
        written.append(path)
        real(path, data)

    monkeypatch.setattr("app.export.files_folder.write_private_file_atomically", fill_up)
    entry_id, _, _ = pictured
    with pytest.raises(DiskFull):
        _export(journal, entry_id, out / "out.md", ExportFormat.MARKDOWN)
    assert written and list(out.iterdir()) == []
    assert journal.exports.writing() == {}


def test_a_failed_file_takes_its_folder_with_it(
    journal: Journal, pictured, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.export import pipeline

    def refuse(read_back: bytes, rendered: object) -> None:
        raise ExportIncomplete("checked and refused")

    monkeypatch.setattr(pipeline, "check_export", refuse)
    entry_id, _, _ = pictured
    with pytest.raises(ExportIncomplete):
        _export(journal, entry_id, out / "out.md", ExportFormat.MARKDOWN)
    assert list(out.iterdir()) == []


def test_pdf_names_documents_and_keeps_pictures_for_the_renderer(
    journal: Journal, pictured
) -> None:
    from app.export.render import html_sections

    entry_id, photo, _ = pictured
    doc = prepare(journal, [entry_id], ExportOptions())
    page = "".join(html_sections(doc, for_pdf=True))
    assert f'src="attachment:{photo.id}"' in page
    assert "Attached document: deed.pdf" in page and "data:" not in page


def _our_folder(path: Path, files: int = 2) -> Path:
    path.mkdir(mode=0o700)
    path.chmod(0o700)
    for number in range(files):
        file = path / f"picture-{number}.png"
        file.write_bytes(b"stripped picture")
        file.chmod(0o600)
    return path


def test_the_next_start_removes_what_a_killed_export_left(journal: Journal, out: Path) -> None:
    from app.export.interrupted import folder_note, sweep_interrupted_exports

    staging = _our_folder(out / ".out files.0123456789ab.tmp")
    unfinished = _our_folder(out / "out files")
    finished = _our_folder(out / "done files")
    (out / "done.md").write_text("written after its folder")
    foreign = _our_folder(out / "mine files")
    (foreign / "my own notes.txt").write_text("not ours")
    journal.exports.note_writing(str(out))
    for folder in (unfinished, finished, foreign):  # a crash: never cleared
        journal.exports.note_writing(folder_note(folder, out / f"{folder.name[:-6]}.md"))
    removed = sweep_interrupted_exports(journal)
    assert not staging.exists(), "staging"
    assert not unfinished.exists(), "unfinished"
    assert removed == 4
    assert finished.is_dir() and (foreign / "my own notes.txt").exists()
    assert journal.exports.writing() == {}


def test_the_command_says_where_the_pictures_went(
    cli: Cli, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    (out / "photo.png").write_bytes(png_bytes())
    added = cli("add", "--attach", str(out / "photo.png"), stdin=b"Kept.")
    assert added.status == 0, added.stderr
    done = cli("export", added.stdout.strip(), "--format", "md", "-o", str(out / "e.md"))
    assert done.status == 0, done.stderr
    assert f"are in {out / 'e files'}." in done.stdout
    assert [path.name for path in (out / "e files").iterdir()] == ["photo.png"]
