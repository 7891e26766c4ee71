"""The zip reader every import uses: names, links, bombs and lies in headers refused."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest

from app.transfer.problems import ImportRefused
from app.transfer.zipsafe import MAX_RATIO, SafeZip


def _zip(path: Path, members: dict[str, bytes], *, link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.writestr(info, "/etc/passwd")
    return path


def test_plain_members_are_read_whole(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.zip", {"journal.json": b"{}", "photos/x.jpeg": b"\xff\xd8"})
    with SafeZip(path) as opened:
        assert sorted(opened.names()) == ["journal.json", "photos/x.jpeg"]
        assert opened.read("journal.json", 10) == b"{}"


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("../../evil.txt", "climbs out"),
        ("photos/../../evil.txt", "climbs out"),
        ("/etc/evil.txt", "absolute"),
        ("C:/evil.txt", "absolute"),
        ("photos\\..\\evil.txt", "absolute or unsafe"),
    ],
)
def test_a_name_that_could_land_elsewhere_is_refused(tmp_path: Path, name: str, says: str) -> None:
    path = _zip(tmp_path / "a.zip", {"ok.json": b"{}", name: b"x"})
    with pytest.raises(ImportRefused, match=says) as refused:
        SafeZip(path)
    assert "Nothing was imported." in str(refused.value)


def test_a_symbolic_link_inside_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.zip", {"ok.json": b"{}"}, link="photos/link.jpeg")
    with pytest.raises(ImportRefused, match="link"):
        SafeZip(path)


def test_a_bomb_is_refused_by_its_ratio_before_inflating(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"journal.json": b"\x00" * (64 * 1024 * 1024)})
    with SafeZip(path) as opened:
        member = opened.members["journal.json"]
        assert member.size > member.compressed * MAX_RATIO
        with pytest.raises(ImportRefused, match="zip bomb"):
            opened.read("journal.json", 1024**3)


def test_a_header_that_understates_the_size_is_caught_while_reading(tmp_path: Path) -> None:
    """The headers say 10 bytes; the member inflates to a megabyte: never more is taken."""
    path = _zip(tmp_path / "liar.zip", {"journal.json": b"{" + b" " * (1024 * 1024) + b"}"})
    data = bytearray(path.read_bytes())
    real = struct.pack("<I", 1024 * 1024 + 2)
    for at in _all(data, real):  # the local header and the central directory
        data[at : at + 4] = struct.pack("<I", 10)
    path.write_bytes(bytes(data))
    with SafeZip(path) as opened, pytest.raises(ImportRefused, match=r"damaged|more than its"):
        opened.read("journal.json", 1024**3)


def test_a_member_over_the_limit_is_refused_by_its_header(tmp_path: Path) -> None:
    path = _zip(tmp_path / "big.zip", {"journal.json": b"x" * 5000})
    with SafeZip(path) as opened, pytest.raises(ImportRefused, match="too large"):
        opened.read("journal.json", 4096)


def test_a_two_gigabyte_claim_is_refused_before_a_byte_is_inflated(tmp_path: Path) -> None:
    path = _zip(tmp_path / "huge.zip", {"journal.json": b"{}"})
    data = bytearray(path.read_bytes())
    for at in _all(data, struct.pack("<I", 2)):
        data[at : at + 4] = struct.pack("<I", 2 * 1024**3)
    path.write_bytes(bytes(data))
    with SafeZip(path) as opened, pytest.raises(ImportRefused, match="too large"):
        opened.read("journal.json", 256 * 1024**2)


def test_damage_inside_a_member_is_named(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bad.zip", {"journal.json": b"hello world " * 100})
    data = bytearray(path.read_bytes())
    data[40] ^= 0xFF  # inside the deflated bytes
    path.write_bytes(bytes(data))
    with SafeZip(path) as opened, pytest.raises(ImportRefused, match="damaged"):
        opened.read("journal.json", 10_000)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_something_that_is_not_a_zip_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match="not a zip file"):
        SafeZip(path)


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="no file"):
        SafeZip(tmp_path / "absent.zip")
    with pytest.raises(ImportRefused, match="folder"):
        SafeZip(tmp_path)


def test_a_protected_member_needs_its_password(tmp_path: Path) -> None:
    import pyzipper

    path = tmp_path / "protected.zip"
    with pyzipper.AESZipFile(path, "w", encryption=pyzipper.WZ_AES) as out:
        out.setpassword(b"right horse")
        out.writestr("journal.json", b"{}")
    with SafeZip(path, password="right horse") as opened:
        assert opened.read("journal.json", 10) == b"{}"
    with SafeZip(path, password="wrong") as opened, pytest.raises(ImportRefused, match="password"):
        opened.read("journal.json", 10)
    with SafeZip(path) as opened, pytest.raises(ImportRefused, match="password"):
        opened.read("journal.json", 10)


def _all(data: bytearray, needle: bytes) -> list[int]:
    found, start = [], 0
    while (at := data.find(needle, start)) != -1:
        found.append(at)
        start = at + 1
    return found
