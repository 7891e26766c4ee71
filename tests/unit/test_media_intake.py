"""read_attachment: a chosen file is read once, whole and checked, or refused plainly.

Links, folders, pipes, files over the limit (judged before a byte is read), files
that vanish, shrink or grow while read: each is a BadAttachment, never a hang.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from app.errors import BadAttachment
from app.media import intake
from app.media.intake import incoming_from_bytes, read_attachment
from app.records.attachments import MAX_ATTACHMENT_BYTES, MediaInfo, MediaKind
from tests.helpers.images import MARKER, jpeg_bytes, pdf_bytes, png_bytes


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_picture_is_read_whole_with_its_name_kind_and_hash(tmp_path: Path) -> None:
    data = jpeg_bytes(30, 20, marker=MARKER)
    incoming = read_attachment(_file(tmp_path, "the message.jpg", data))
    assert incoming.name == "the message.jpg"
    assert incoming.data == data
    assert incoming.info == MediaInfo(MediaKind.JPEG, 30, 20)
    assert incoming.sha256 == hashlib.sha256(data).hexdigest()
    assert incoming.size == len(data)


def test_the_name_never_decides_the_kind(tmp_path: Path) -> None:
    assert read_attachment(_file(tmp_path, "scan.png", pdf_bytes())).info.kind is MediaKind.PDF
    with pytest.raises(BadAttachment, match="isn't a picture or a PDF"):
        read_attachment(_file(tmp_path, "photo.png", b"just some words\n"))


def test_an_empty_file(tmp_path: Path) -> None:
    with pytest.raises(BadAttachment, match="empty"):
        read_attachment(_file(tmp_path, "nothing.png", b""))


def test_a_2_gb_file_is_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as sparse:
        sparse.truncate(2 * 1024**3)

    def no_reading(*_args: object) -> bytes:
        raise AssertionError("read")

    monkeypatch.setattr(os, "read", no_reading)
    start = time.perf_counter()
    with pytest.raises(BadAttachment) as refused:
        read_attachment(path)
    assert time.perf_counter() - start < 0.5
    assert refused.value.message == (
        "This file is 2,048 MB; Threshold keeps files up to 100 MB. Nothing was attached."
    )


def test_just_over_the_limit_never_reads_as_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    with path.open("wb") as sparse:
        sparse.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(BadAttachment, match="This file is 101 MB"):
        read_attachment(path)


def test_a_link_is_refused(tmp_path: Path) -> None:
    target = _file(tmp_path, "real.png", png_bytes())
    link = tmp_path / "shortcut.png"
    link.symlink_to(target)
    with pytest.raises(BadAttachment) as refused:
        read_attachment(link)
    assert refused.value.message == (
        "“shortcut.png” is a link to another file; attach the file itself."
    )


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BadAttachment, match="is a folder"):
        read_attachment(tmp_path)


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(BadAttachment, match="isn't an ordinary file"):
        read_attachment(fifo)
    assert time.perf_counter() - start < 0.5


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadAttachment, match="isn't there any more"):
        read_attachment(tmp_path / "gone.png")


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        ("open", PermissionError(13, "Permission denied"), "isn't allowed to read"),  # even root
        ("read", FileNotFoundError(2, "gone"), "isn't there any more"),
        ("read", OSError(5, "Input/output error"), "couldn't be read from the disk"),
    ],
)
def test_a_file_refused_or_lost_mid_read(
    tmp_path: Path, monkeypatch, call: str, error: OSError, words: str
) -> None:
    path = _file(tmp_path, "theirs.png", png_bytes())

    def fails(*_args: object) -> object:
        raise error

    monkeypatch.setattr(os, call, fails)
    with pytest.raises(BadAttachment) as refused:
        read_attachment(path)
    assert words in refused.value.message
    assert "“theirs.png”" in refused.value.message


def test_a_file_that_shrinks_or_grows_while_read(tmp_path: Path, monkeypatch) -> None:
    data = png_bytes()
    path = _file(tmp_path, "a.png", data)
    answers = {"shrank": [data[:50], b""], "grew": [data + b"more"]}
    for answer in answers.values():
        monkeypatch.setattr(os, "read", lambda _fd, _n, a=answer: a.pop(0))
        with pytest.raises(BadAttachment) as refused:
            read_attachment(path)
        assert refused.value.message == (
            "The file changed while it was being read. Nothing was attached."
        )


def test_a_read_in_pieces_is_joined(tmp_path: Path, monkeypatch) -> None:
    data = png_bytes(marker=MARKER)
    path = _file(tmp_path, "a.png", data)
    pieces = [data[:100], data[100:], b""]
    monkeypatch.setattr(os, "read", lambda _fd, _n: pieces.pop(0))
    assert read_attachment(path).data == data


def test_a_damaged_picture_changes_nothing(tmp_path: Path) -> None:
    with pytest.raises(BadAttachment, match="seems damaged"):
        read_attachment(_file(tmp_path, "cut.jpg", jpeg_bytes()[:-10]))


def test_pasted_bytes_are_checked_like_a_file() -> None:
    data = png_bytes(12, 8)
    incoming = incoming_from_bytes(data, "Pasted picture.png")
    assert (incoming.name, incoming.info.width) == ("Pasted picture.png", 12)
    assert incoming.sha256 == hashlib.sha256(data).hexdigest()
    with pytest.raises(BadAttachment, match="isn't a picture"):
        incoming_from_bytes(b"<html>", "clip.png")


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("/home/me/photo.jpg", "photo.jpg"),
        ("C:\\Users\\me\\photo.jpg", "photo.jpg"),
        ("line\nbreak\t.jpg", "linebreak.jpg"),
        ("", "attachment.png"),
    ],
)
def test_a_pasted_name_loses_folders_and_control_characters(given: str, kept: str) -> None:
    assert incoming_from_bytes(png_bytes(), given).name == kept


def test_pasted_bytes_over_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(BadAttachment, match="Threshold keeps files up to 100 MB"):
        incoming_from_bytes(png_bytes(), "big.png")
