"""The archive's layout, its front matter, and every refusal when reading one back."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import KnownError
from app.journal.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.entries import EntryFields
from app.records.imports import ImportOptions
from app.records.incidents import Incident
from app.storage.contacts import Channel, Contact, ContactFields
from app.transfer.archive_format import (
    FIELDS,
    dumps_line,
    entry_file,
    parse_entry_file,
    parse_manifest,
    safe_file_name,
)
from app.transfer.archive_write import write_archive
from app.transfer.problems import ImportRefused, PasswordNeeded
from app.transfer.sources import open_source
from tests.helpers.images import png_bytes

PASSWORD = "under the old bridge"  # test data only
FRONT: dict[str, object] = dict.fromkeys(FIELDS) | {
    "id": "0f0e0d0c-0b0a-4908-8706-050403020100",
    "title": "A «title» — with \u2028 and \x85 in it",
    "tags": ["a", "ü"],
    "marked": True,
    "attachments": [{"id": "ab" * 16, "name": "x.png"}],
}
BODIES = [
    "",
    "\n",
    "---\n",
    "\n\nblank lines first, and last\n\n",
    "a line\n---\nof dashes\n---\n",
    "CRLF\r\nline ends\r\n",
    "emoji 🌱 and right to left: שלום, and a zero-width joiner 👩\u200d👧",
]


@pytest.mark.parametrize("body", BODIES)
def test_a_body_comes_back_exactly(body: str) -> None:
    assert parse_entry_file(entry_file(FRONT, body)) == (FRONT, body)


def test_front_matter_is_one_json_value_a_line_in_a_fixed_order() -> None:
    lines = entry_file(FRONT, "text").decode().split("\n")
    assert lines[0] == lines[len(FIELDS) + 1] == "---"
    assert [line.split(":")[0] for line in lines[1 : len(FIELDS) + 1]] == list(FIELDS)
    values = (line.partition(": ") for line in lines[1 : len(FIELDS) + 1])
    assert {key: json.loads(value) for key, _, value in values} == FRONT


def test_front_matter_reads_the_same_in_a_yaml_reader() -> None:
    yaml = pytest.importorskip("yaml")
    data = entry_file(FRONT, "body").decode()
    assert yaml.safe_load(data.split("---\n")[1]) == FRONT


def test_characters_yaml_would_misread_are_escaped() -> None:
    line = dumps_line("a\u2028b\x85c\ufeffd\x7fe")
    assert line == '"a\\u2028b\\u0085c\\ufeffd\\u007fe"'
    assert json.loads(line) == "a\u2028b\x85c\ufeffd\x7fe"
    assert dumps_line("שלום 🌱") == '"שלום 🌱"'


def test_front_matter_may_end_its_lines_with_crlf() -> None:
    data = entry_file(FRONT, "text\r\n").replace(b"\n", b"\r\n", len(FIELDS) + 2)
    assert parse_entry_file(data) == (FRONT, "text\r\n")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"no front matter", "does not open with front matter"),
        (b'---\ntitle: "open"\n', "never closes"),
        (b"---\ntitle: open\n---\n", "'title' is not valid"),
        (b"---\nmood: NaN\n---\n", "'mood' is not valid"),
        (b'---\ntitle: "a"\ntitle: "b"\n---\n', "is not 'key: value'"),
        (b"---\njust words\n---\n", "is not 'key: value'"),
        (b"---\n\xff\n---\n", "utf-8"),
    ],
)
def test_front_matter_that_does_not_parse_is_refused(data: bytes, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_entry_file(data)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("photo.png", "photo.png"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("a\\b:c*?.pdf", "a_b_c_.pdf"),
        ("фото 📷.jpg", "фото _.jpg"),
        (".hidden", "hidden"),
        ("", "file"),
        ("x" * 200 + ".jpeg", "x" * 75 + ".jpeg"),
    ],
)
def test_attachment_names_are_made_safe(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_a_manifest_of_another_version_or_format_is_refused() -> None:
    manifest = {"format": "threshold-archive", "version": 2}
    with pytest.raises(ValueError, match="version 2; this Threshold reads version 1"):
        parse_manifest(json.dumps(manifest).encode())
    with pytest.raises(ValueError, match="not a Threshold archive"):
        parse_manifest(b'{"format": "something-else", "version": 1}')


# ---------------------------------------------------------------------- reading a zip back


@pytest.fixture
def archive(journal: Journal, tmp_path: Path) -> Path:
    entry = journal.entries.add(EntryFields(body="hello", date=dt.date(2025, 5, 5)))
    journal.attachments.add(entry.id, incoming_from_bytes(png_bytes(), "p.png"))
    path = tmp_path / "plain.zip"
    write_archive(path, journal)
    return path


def _rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of the archive with each member's bytes changed (None leaves it out)."""
    copy = path.with_name("changed.zip")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for name in source.namelist():
            data = change(name, source.read(name))
            if data is not None:
                target.writestr(name, data)
    return copy


def _read(path: Path, password: str | None = None) -> int:
    with open_source(path, None, ImportOptions(password=password)) as batch:
        for entry in batch.entries:
            for file in entry.files:
                file.read()
        return len(batch.entries)


def test_an_archive_reads_back(archive: Path) -> None:
    assert _read(archive) == 1


def test_an_unknown_manifest_version_is_refused(archive: Path) -> None:
    def newer(name: str, data: bytes) -> bytes:
        return data.replace(b'"version": 1', b'"version": 7') if name.endswith("e.json") else data

    with pytest.raises(ImportRefused, match="archive version 7; this Threshold reads version 1"):
        _read(_rewrite(archive, newer))


def test_front_matter_that_does_not_parse_names_the_entry(archive: Path) -> None:
    def broken(name: str, data: bytes) -> bytes:
        return data.replace(b"marked: false", b"marked: nope") if name.endswith(".md") else data

    with pytest.raises(ImportRefused, match=r"entries/2025/2025-05-05-\w{8}\.md .*'marked'"):
        _read(_rewrite(archive, broken))


def test_a_missing_attachment_file_is_refused(archive: Path) -> None:
    def without(name: str, data: bytes) -> bytes | None:
        return None if name.startswith("attachments/") else data

    with pytest.raises(ImportRefused, match=r"its attachment 'attachments/.*' is not in the"):
        _read(_rewrite(archive, without))


def test_an_attachment_that_changed_is_refused_as_damaged(archive: Path) -> None:
    def changed(name: str, data: bytes) -> bytes:
        return data + b"\x00" if name.startswith("attachments/") else data

    with pytest.raises(ImportRefused, match=r"attachments/\w+-p\.png in changed.zip is damaged"):
        _read(_rewrite(archive, changed))


def test_an_entry_missing_from_the_zip_is_noticed(archive: Path) -> None:
    def fewer(name: str, data: bytes) -> bytes | None:
        return None if name.startswith("entries/") else data

    with pytest.raises(ImportRefused, match="holds 0 entries but its manifest says 1"):
        _read(_rewrite(archive, fewer))


def test_a_protected_archive_needs_its_password(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(EntryFields(body="hello", date=dt.date(2025, 5, 5)))
    path = tmp_path / "protected.zip"
    write_archive(path, journal, password=PASSWORD)
    with pytest.raises(PasswordNeeded, match="protected by a password"):
        _read(path)
    with pytest.raises(PasswordNeeded, match="needs the right password"):
        _read(path, "not the password")
    assert _read(path, PASSWORD) == 1


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.entries.add(EntryFields(body="hello", date=dt.date(2025, 5, 5)))
    path = tmp_path / "out.zip"
    path.write_bytes(b"the old file")

    def fails(*_: object, **__: object) -> list[Incident]:
        raise KnownError("the journal stopped answering")

    monkeypatch.setattr(journal.incidents, "all", fails)
    with pytest.raises(KnownError, match="stopped answering"):
        write_archive(path, journal)
    assert path.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "out.zip"]


def test_a_contact_keeps_its_id_and_times_once(journal: Journal) -> None:
    contact = journal.contacts.add(ContactFields(dt.datetime(2024, 1, 2, 8, 0), Channel.CALL))
    moved = Contact(
        "1d2c3b4a-0000-4000-8000-000000000001",
        contact.fields,
        dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2020, 1, 2, tzinfo=dt.UTC),
        None,
    )
    assert journal.contacts.keep(moved) is True
    assert journal.contacts.keep(moved) is False
    assert journal.contacts.get(moved.id) == moved


def test_an_own_prompt_can_keep_its_id(journal: Journal) -> None:
    kept = journal.prompts.add_own("guilt", "What was mine?", prompt_id="own-0123456789ab")
    assert kept.id == "own-0123456789ab"
    assert journal.prompts.find("own-0123456789ab", "guilt") == kept


def test_progress_is_heard_and_can_stop_the_export(journal: Journal, tmp_path: Path) -> None:
    for day in (1, 2, 3):
        journal.entries.add(EntryFields(body="words", date=dt.date(2025, 5, day)))
    heard: list[tuple[int, int]] = []
    write_archive(
        tmp_path / "a.zip", journal, progress=lambda done, total: heard.append((done, total))
    )
    assert heard == [(0, 3), (1, 3), (2, 3), (3, 3)]

    def stop(done: int, _total: int) -> None:
        if done == 2:
            raise KnownError("stopped by the lock")

    with pytest.raises(KnownError, match="stopped by the lock"):
        write_archive(tmp_path / "b.zip", journal, progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip", "journal"]
