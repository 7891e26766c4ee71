"""The key file on a disk that refuses it: a calm, known error, and the old file kept."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.errors import DiskError, DiskFull
from app.files import JournalFiles
from app.journal import create_journal
from app.vault import slots
from tests.helpers.journals import FAST_ARGON2


@pytest.mark.parametrize(
    ("code", "raised"), [(errno.ENOSPC, DiskFull), (errno.EDQUOT, DiskFull), (errno.EIO, DiskError)]
)
def test_a_refused_key_file_is_a_known_error_and_the_old_one_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, raised: type[Exception]
) -> None:
    files = JournalFiles(tmp_path / "journal")
    create_journal(files, passphrase="late light", argon2=FAST_ARGON2)[0].close()
    path = files.key_slots
    before = path.read_bytes()

    def refuse(_path: Path, _data: bytes) -> None:
        raise OSError(code, "refused")

    monkeypatch.setattr(slots, "write_private_file_atomically", refuse)
    with pytest.raises(raised, match="Nothing was changed"):
        slots.change_slot_file(path, lambda current: current)
    assert path.read_bytes() == before
