"""Reading a zip file someone was given, without trusting a byte of it.

A zip's directory can lie: names that climb out (``../../x``) or are absolute,
entries that are symbolic links, two entries of one name, sizes far smaller than
what inflates (a bomb). A name is tidied (``./x`` and ``x//y`` read as ``x`` and
``x/y``) but the member is always opened by its own directory entry.
Nothing here writes a member to disk; every name is checked when the file is
opened, members are read into memory through a cap that counts what really
came out (never the header's figure), and the whole file's inflated total is
capped too. Each refusal names the member and says nothing was imported.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.transfer.problems import password_needed, refused
from app.words import QT_TR_NOOP

MAX_MEMBERS = 200_000
MAX_TOTAL_BYTES = 16 * 1024**3  # everything a zip may inflate to, over all reads
MAX_RATIO = 200  # inflated / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_READ_PIECE = 1024 * 1024


@dataclass(frozen=True)
class Member:
    """One file in the zip: its checked name and what its header claims."""

    name: str
    size: int
    compressed: int
    encrypted: bool


class SafeZip:
    """A zip opened for reading, every member's name already checked.

    Args:
        path: the zip file.
        password: for members encrypted with one (Threshold's protected archive).

    Raises:
        ImportRefused: not a zip, damaged, too many members, a member whose name
            climbs out, is absolute, or which is a link, or two members of one name.
    """

    def __init__(self, path: Path, password: str | None = None) -> None:
        self.path = path
        self._zip = _open(path, password)
        self._read_total = 0
        try:
            self._infos = _checked_infos(path, self._zip.infolist())
        except BaseException:
            self._zip.close()
            raise
        self.members = {
            name: Member(name, info.file_size, info.compress_size, bool(info.flag_bits & 0x1))
            for name, info in self._infos.items()
        }

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._zip.close()

    def names(self) -> Iterator[str]:
        """Every file's name, as checked (folders left out)."""
        return iter(self.members)

    def read(self, name: str, limit: int) -> bytes:
        """The member ``name``, whole, refused when it inflates past ``limit`` bytes.

        Raises:
            ImportRefused: no such member, over ``limit`` (whatever its header said),
                a bomb, damaged (CRC or inflate error), or needs a password not given.
        """
        member = self.members.get(name)
        if member is None:
            raise refused(
                QT_TR_NOOP("{archive} has no file called {name}."),
                archive=self.path.name,
                name=name,
            )
        if member.size > limit:
            raise refused(
                QT_TR_NOOP("{name} in {archive} is {size}, too large to import."),
                name=name,
                archive=self.path.name,
                size=_mib(member.size),
            )
        if member.size > RATIO_FLOOR and member.size > member.compressed * MAX_RATIO:
            raise refused(
                QT_TR_NOOP("{name} in {archive} inflates far beyond its size (a zip bomb)."),
                name=name,
                archive=self.path.name,
            )
        pieces: list[bytes] = []
        got = 0
        try:
            with self._zip.open(self._infos[name]) as stream:
                while piece := stream.read(_READ_PIECE):
                    got += len(piece)
                    self._read_total += len(piece)
                    if got > limit or got > member.size:
                        raise refused(
                            QT_TR_NOOP(
                                "{name} in {archive} inflates to more than its header "
                                "says (a zip bomb, or a damaged file)."
                            ),
                            name=name,
                            archive=self.path.name,
                        )
                    if self._read_total > MAX_TOTAL_BYTES:
                        raise refused(
                            QT_TR_NOOP("{archive} inflates to more than {size}."),
                            archive=self.path.name,
                            size=_mib(MAX_TOTAL_BYTES),
                        )
                    pieces.append(piece)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            raise refused(
                QT_TR_NOOP("{name} in {archive} is damaged ({reason})."),
                name=name,
                archive=self.path.name,
                reason=_reason(error),
            ) from error
        except RuntimeError as error:  # zipfile: a password is needed or was wrong
            raise password_needed(
                QT_TR_NOOP("{name} in {archive} needs the right password."),
                name=name,
                archive=self.path.name,
            ) from error
        return b"".join(pieces)


def _checked_infos(path: Path, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Each file's entry by its checked name; reads open the entry, never the cleaned name.

    A cleaned name (``./x`` is ``x``) is not what the zip's directory says, so asking
    zipfile for it would miss; and two entries that clean to one name (or a name
    given twice) leave no way to tell which one the export meant.

    Raises:
        ImportRefused: too many members, an unsafe name, or two files of one name.
    """
    if len(infos) > MAX_MEMBERS:
        raise refused(
            QT_TR_NOOP("{archive} holds {count} files, more than an export has."),
            archive=path.name,
            count=len(infos),
        )
    found: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.is_dir():
            continue
        name = checked_name(info)
        if name in found:
            raise refused(
                QT_TR_NOOP(
                    "{archive} holds two files that both read as {name}, so which one "
                    "to import is unclear."
                ),
                archive=path.name,
                name=repr(name),
            )
        found[name] = info
    return found


def checked_name(info: zipfile.ZipInfo) -> str:
    """A member's name, refused when it could land outside the place it is read into.

    Raises:
        ImportRefused: absolute, climbing (``..``), a drive or backslashes, a NUL, or
            a symbolic link (by its Unix mode bits).
    """
    raw = info.filename
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise refused(
            QT_TR_NOOP("The file {name} in the zip is a link to somewhere else."), name=repr(raw)
        )
    if "\x00" in raw or "\\" in raw or raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        raise refused(
            QT_TR_NOOP("The zip names a file {name} with an absolute or unsafe path."),
            name=repr(raw),
        )
    parts = PurePosixPath(raw).parts
    if not parts or any(part in ("..", "") for part in parts):
        raise refused(
            QT_TR_NOOP("The zip names a file {name} that climbs out of its folder."),
            name=repr(raw),
        )
    return "/".join(parts)


def _open(path: Path, password: str | None) -> zipfile.ZipFile:
    try:
        if password is not None:
            import pyzipper  # noqa: PLC0415 - only for a protected archive

            opened: zipfile.ZipFile = pyzipper.AESZipFile(path)
            opened.setpassword(password.encode("utf-8"))
            return opened
        return zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise refused(QT_TR_NOOP("There is no file at {path}."), path=path) from error
    except IsADirectoryError as error:
        raise refused(QT_TR_NOOP("{path} is a folder, not a zip file."), path=path) from error
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise refused(
            QT_TR_NOOP("{name} is not a zip file, or it is damaged."), name=path.name
        ) from error


def _mib(size: int) -> str:
    return f"{size / 1024**2:,.0f} MB"


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text[:120] if text else type(error).__name__
