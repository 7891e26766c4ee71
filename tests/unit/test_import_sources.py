"""Which format a path is, by its shape: each kind found, the others refused by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.records.imports import SourceKind
from app.transfer.problems import ImportRefused
from app.transfer.sources import detect, open_source
from tests.helpers.paths import REPO

FIXTURES = REPO / "tests" / "fixtures" / "transfer"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (FIXTURES / "dayone-traps.zip", SourceKind.DAYONE),
        (FIXTURES / "dayone-traps.json", SourceKind.DAYONE),
        (FIXTURES / "jrnl" / "journal.json", SourceKind.JRNL),
        (FIXTURES / "jrnl" / "journal.txt", SourceKind.JRNL),
        (FIXTURES / "jrnl" / "journal-12h.txt", SourceKind.JRNL),
        (FIXTURES / "notes" / "vault", SourceKind.MARKDOWN),
    ],
)
def test_each_committed_fixture_is_known_by_its_shape(path: Path, kind: SourceKind) -> None:
    assert detect(path) is kind
    with open_source(path) as batch:
        assert batch.kind is kind
        assert batch.entries


def test_a_threshold_archive_is_known_by_its_manifest(tmp_path: Path) -> None:
    path = tmp_path / "mine.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("threshold-archive.json", "{}")
        out.writestr("journal.json", "{}")  # also looks like Day One: the manifest wins
    assert detect(path) is SourceKind.ARCHIVE


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.bin", b"\x89PNG\r\n\x1a\n not an export"),
        ("empty.txt", b""),
        ("list.json", b"[1, 2, 3]"),
        ("other.zip", None),
    ],
)
def test_an_unknown_format_is_refused_by_name(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as out:
            out.writestr("notes/readme.txt", "hello")
    else:
        path.write_bytes(content)
    assert detect(path) is None
    with (
        pytest.raises(ImportRefused, match=f"{name} is not a format Threshold can import"),
        open_source(path),
    ):
        pass


@pytest.mark.parametrize(
    ("path", "claimed", "seen"),
    [
        (FIXTURES / "dayone-traps.zip", SourceKind.JRNL, "Day One"),
        (FIXTURES / "jrnl" / "journal.json", SourceKind.DAYONE, "jrnl"),
        (FIXTURES / "notes" / "vault", SourceKind.ARCHIVE, "a Markdown folder"),
    ],
)
def test_a_file_that_is_not_what_from_says_is_refused(
    path: Path, claimed: SourceKind, seen: str
) -> None:
    with (
        pytest.raises(ImportRefused, match=f"looks like {seen}, not {claimed.label}"),
        open_source(path, claimed),
    ):
        pass


def test_nothing_there_is_said_plainly(tmp_path: Path) -> None:
    with (
        pytest.raises(ImportRefused, match="There is nothing at"),
        open_source(tmp_path / "gone.zip"),
    ):
        pass
