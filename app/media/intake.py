"""Reading a file someone chose to attach: once, whole, checked, and never twice in memory.

The file is opened without following a link and without blocking (a pipe would
otherwise wait for a writer forever), and judged by ``fstat`` before a byte is read,
so a 2 GB file is refused at once. The bytes come in one ``os.read`` into a single
buffer of the declared size (plus one byte, to notice a file that grew), so a 100 MB
file costs 100 MB, not 200.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.digests import sha256_hexdigest
from app.media import problems
from app.media.inspect import inspect_media
from app.media.strip import strip_metadata
from app.records.attachments import MAX_ATTACHMENT_BYTES, Incoming

_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_CONTROL = dict.fromkeys([*range(32), 127])  # removed from a name; str.translate table


def read_attachment(path: Path) -> Incoming:
    """The file at ``path``, read and checked, ready to store.

    Raises:
        BadAttachment: a link, a folder or other non-file, missing or not readable,
            over ``MAX_ATTACHMENT_BYTES``, changed while being read, or refused by
            ``inspect_media``.
    """
    name = _plain_name(path.name)
    data = read_regular_file(path)
    return Incoming(name, data, inspect_media(data), sha256_hexdigest(data))


def incoming_from_bytes(data: bytes, name: str) -> Incoming:
    """Bytes from somewhere other than a file (a pasted picture), checked like a file.

    Raises:
        BadAttachment: over ``MAX_ATTACHMENT_BYTES``, or refused by ``inspect_media``.
    """
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise problems.too_large(len(data))
    info = inspect_media(data)
    return Incoming(
        _plain_name(name) or f"attachment{info.kind.extension}", data, info, sha256_hexdigest(data)
    )


def without_metadata(incoming: Incoming) -> Incoming:
    """``incoming`` with the details an export leaves out removed already (a setting).

    The person chose to keep no original: the SHA-256 is then the cleaned file's.

    Raises:
        BadAttachment: a PDF that cannot be cleaned (locked with a password, say).
    """
    kind = incoming.info.kind
    if kind.is_image:
        data = strip_metadata(incoming.data, kind)
    else:
        from app.media.strip_pdf import strip_pdf_metadata  # noqa: PLC0415 - loads pypdf

        data = bytes(strip_pdf_metadata(incoming.data))
    if data == incoming.data:
        return incoming
    return Incoming(incoming.name, data, inspect_media(data), sha256_hexdigest(data))


def _plain_name(name: str) -> str:
    """The last part of ``name`` without control characters (a name is shown and listed)."""
    return name.replace("\\", "/").rpartition("/")[2].translate(_CONTROL).strip()


def read_regular_file(path: Path, limit: int = MAX_ATTACHMENT_BYTES) -> bytes:
    """The whole file, refused before reading when it is not a regular file within ``limit``.

    Also how an import reads a note, a journal or a picture beside a note: the same
    checks, the same words.

    Raises:
        BadAttachment: a link, a folder or other non-file, missing or not readable,
            over ``limit``, or changed while being read.
    """
    name = _plain_name(path.name)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _refusal(exc, name) from exc
    try:
        size = _regular_size(fd, name, limit)
        return _read_exactly(fd, size)
    except OSError as exc:
        raise _refusal(exc, name) from exc
    finally:
        os.close(fd)


def _regular_size(fd: int, name: str, limit: int) -> int:
    """The size ``fstat`` gives, once it is known to be a regular file within ``limit``."""
    status = os.fstat(fd)
    if stat.S_ISDIR(status.st_mode):
        raise problems.about_file(name, "folder")
    if not stat.S_ISREG(status.st_mode):
        raise problems.about_file(name, "special")
    if status.st_size > limit:
        raise problems.too_large(status.st_size)
    return status.st_size


def _read_exactly(fd: int, size: int) -> bytes:
    """``size`` bytes, in one buffer; asking for one more shows whether the file grew.

    A regular file on a local disk answers in one read; another read (a network
    file system) joins pieces, which is the one case that briefly holds two copies.
    """
    pieces = [os.read(fd, size + 1)]
    got = len(pieces[0])
    while got < size:
        piece = os.read(fd, size + 1 - got)
        if not piece:
            raise problems.changed_while_read()
        pieces.append(piece)
        got += len(piece)
    if got > size:
        raise problems.changed_while_read()
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def _refusal(exc: OSError, name: str) -> Exception:
    """The plain refusal for an error opening or reading the file."""
    if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link
        return problems.about_file(name, "link")
    if isinstance(exc, FileNotFoundError):
        return problems.about_file(name, "missing")
    if isinstance(exc, PermissionError):
        return problems.about_file(name, "forbidden")
    if isinstance(exc, IsADirectoryError):
        return problems.about_file(name, "folder")
    return problems.about_file(name, "unreadable")
