"""The recovery key file the app saves is the one ``--recovery-key-file`` reads.

Found by the recovery-key journey: "Save as file…" writes a line of explanation
above the key, and ``threshold … --recovery-key-file FILE`` (the README's way to
restore on a new computer) refuses that very file: "A recovery key has 8 groups
of 5 characters; this one has 96 characters". In process and offscreen, the same
file the app writes, checked by the real CLI.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.ui.setup.recovery import RecoveryStep
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.journeys.journals import opens_with_recovery_key


def test_the_saved_recovery_key_file_opens_the_journal(qtbot: QtBot, tmp_path: Path) -> None:
    files = JournalFiles(tmp_path / "journal")
    journal, recovery = create_journal(files, keystore=MemoryKeystore(), argon2=FAST_ARGON2)
    journal.close()
    step = RecoveryStep()
    qtbot.addWidget(step)
    step.show_key(str(recovery))
    saved = tmp_path / "recovery-key.txt"
    step._write(saved)  # what "Save as file…" does with the path chosen
    assert str(recovery) in saved.read_text()

    assert opens_with_recovery_key(files.folder, saved)
