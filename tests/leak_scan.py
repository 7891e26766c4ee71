"""Scan files for plaintext markers: shared by the CLI and GUI leak tests.

Every file under the given folders is searched for each marker in UTF-8, UTF-16-LE
and UTF-16-BE, in upper, lower and folded case and both Unicode normal forms.
With ``inflate``, every zlib stream inside a file is unpacked and searched too: a
picture's metadata can hide compressed (a PNG's zTXt, iCCP or iTXt chunk, a PDF's
Flate streams), where plain bytes never show it.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
MAX_SCANNED_BYTES = 256 * 1024 * 1024
SYSTEM_TEMP_DIRS = (Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"))
MAX_INFLATED_BYTES = 64 * 1024 * 1024
ZLIB_HEADER = re.compile(rb"\x78[\x01\x5e\x9c\xda]")


def needles_for(label: str, text: str, core: str | None = None) -> dict[str, bytes]:
    """``text`` in every case and normal form, and its random ``core``, in each encoding."""
    variants = {text, text.lower(), text.upper(), text.casefold()}
    variants |= {unicodedata.normalize(form, v) for v in list(variants) for form in ("NFC", "NFD")}
    if core:
        variants |= {core.lower(), core.upper()}
    return {
        f"{label} {variant!r} ({encoding})": variant.encode(encoding)
        for variant in sorted(variants)
        for encoding in ENCODINGS
    }


def files_under(root: Path) -> Iterator[Path]:
    """Every regular file under ``root`` (or ``root`` itself), never following links."""
    if root.is_symlink():
        return
    if root.is_file():
        yield root
        return
    for folder, _, names in os.walk(root, followlinks=False):
        for name in names:
            path = Path(folder, name)
            try:
                if stat.S_ISREG(path.lstat().st_mode):
                    yield path
            except FileNotFoundError:
                continue


def inflated(data: bytes) -> Iterator[bytes]:
    """Every zlib stream that starts somewhere in ``data``, unpacked (at most a cap each)."""
    view = memoryview(data)
    for found in ZLIB_HEADER.finditer(data):
        unpacker = zlib.decompressobj()
        try:
            unpacked = unpacker.decompress(view[found.start() :], MAX_INFLATED_BYTES)
        except zlib.error:
            continue
        if unpacked:
            yield unpacked


def scan(
    roots: Iterable[Path], needles: dict[str, bytes], *, strict: bool = True, inflate: bool = False
) -> list[str]:
    """Where any needle occurs in any file under ``roots``.

    ``strict``: a file that cannot be read is an error (our own folders); otherwise
    it is skipped (other users' files in a shared temp folder). ``inflate``: search
    inside the file's zlib streams as well.
    """
    hits: list[str] = []
    for root in roots:
        for path in files_under(root):
            try:
                if path.stat().st_size > MAX_SCANNED_BYTES:
                    assert not strict, f"{path} is too large to scan"
                    continue
                data = path.read_bytes()
            except OSError:
                if strict:
                    raise
                continue
            pieces = [data, *(inflated(data) if inflate else ())]
            hits += [
                f"{label} in {path}"
                for label, needle in needles.items()
                if any(needle in piece for piece in pieces)
            ]
    return hits


def top_level_entries(folders: Iterable[Path]) -> set[Path]:
    """What is directly inside the system temp folders now."""
    entries: set[Path] = set()
    for folder in {f.resolve() for f in folders if f.is_dir()}:
        try:
            entries |= {Path(entry.path) for entry in os.scandir(folder)}
        except OSError:
            continue
    return entries


def check_private_modes(data_dir: Path) -> list[Path]:
    """Assert the folder tree is 0700 and every file 0600; return the files."""
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700, oct(data_dir.stat().st_mode)
    found = []
    for folder, subfolders, names in os.walk(data_dir):
        for name in subfolders:
            mode = stat.S_IMODE(Path(folder, name).lstat().st_mode)
            assert mode == 0o700, f"{folder}/{name} is a folder with mode {oct(mode)}"
        for name in names:
            path = Path(folder, name)
            mode = stat.S_IMODE(path.lstat().st_mode)
            assert mode == 0o600, f"{path} has mode {oct(mode)}"
            found.append(path)
    return found


def private_env(private_tmp: Path, home: Path, passphrase: str) -> dict[str, str]:
    """Temp folders, HOME and the XDG tree inside the test's folders, and the passphrase."""
    return {
        "TMPDIR": str(private_tmp),
        "TEMP": str(private_tmp),
        "TMP": str(private_tmp),
        "SQLITE_TMPDIR": str(private_tmp),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "THRESHOLD_PASSPHRASE": passphrase,
    }
