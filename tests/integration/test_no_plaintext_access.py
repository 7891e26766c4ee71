"""The access history never holds a readable byte: no event kind, time or way in.

The real ``threshold`` command runs in separate processes with private temp
folders and HOME (as ``test_no_plaintext`` does): a journal is made, tried with
a wrong passphrase and a wrong recovery key file, then opened rightly, and the
history is read back with ``access-history --json`` so the test knows every time
that was sealed. Then every file in the test's
folders and every new entry in the system temp folders is searched for each
event kind, each time (as sealed, as shown) and where it was tried; the history
file itself is searched for the slot names too (the key file names them by
design), and each of its lines must be one sealed event of one size.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import stat
from pathlib import Path

from app.vault.access_history import HISTORY_NAME
from app.vault.access_seal import SEALED_BYTES
from app.vault.recovery_key import RecoveryKey
from tests.helpers.cli import run_threshold
from tests.leak_scan import (
    SYSTEM_TEMP_DIRS,
    check_private_modes,
    needles_for,
    private_env,
    scan,
    top_level_entries,
)

PASSPHRASE = "a passphrase for the access leak scan"
KINDS = ("unlocked", "refused", "created", "earlier")
PLACES = ("window", "command")
SLOT_NAMES = ("passphrase", "recovery", "keyring")


def test_the_access_history_holds_no_readable_byte(tmp_path: Path) -> None:
    data_dir, private_tmp, home = tmp_path / "Threshold", tmp_path / "tmp", tmp_path / "home"
    for folder in (private_tmp, home):
        folder.mkdir(mode=0o700)
    env = private_env(private_tmp, home, PASSPHRASE)
    before = top_level_entries(SYSTEM_TEMP_DIRS)

    def threshold(*argv: str, status: int = 0, **extra: str) -> str:
        result = run_threshold(*argv, data_dir=data_dir, env={**env, **extra})
        assert result.returncode == status, (argv, result.stderr.decode(errors="replace"))
        return result.stdout.decode()

    threshold("init", "--json")
    wrong_key = tmp_path / "wrong-key.txt"
    wrong_key.write_text(str(RecoveryKey.generate()) + "\n", encoding="utf-8")
    threshold("list", status=3, THRESHOLD_PASSPHRASE="not the passphrase")
    threshold("--recovery-key-file", str(wrong_key), "list", status=3)
    threshold("list")
    history = json.loads(threshold("access-history", "--json"))
    events = history["events"]
    assert [event["what"] for event in events] == [
        "unlocked",
        "unlocked",
        "refused",
        "refused",
        "created",
    ]

    check_private_modes(data_dir)
    history_file = data_dir / HISTORY_NAME
    assert stat.S_IMODE(history_file.stat().st_mode) == 0o600
    for line in history_file.read_bytes().splitlines():
        assert len(base64.b64decode(line, validate=True)) == SEALED_BYTES

    needles = _event_needles(events)
    roots = [data_dir, private_tmp, home]
    hits = scan(roots, needles)
    hits += scan(sorted(top_level_entries(SYSTEM_TEMP_DIRS) - before), needles, strict=False)
    assert hits == [], "an access event in the clear:\n" + "\n".join(hits)
    slot_needles = {f"slot {name}": name.encode() for name in SLOT_NAMES}
    assert scan([history_file], {**needles, **slot_needles}) == []


def _event_needles(events: list[dict[str, str]]) -> dict[str, bytes]:
    """Each kind and place, and each event's time as sealed, as --json and as shown."""
    needles: dict[str, bytes] = {}
    for word in (*KINDS, *PLACES):
        needles |= needles_for(word, word)
    for event in events:
        at = dt.datetime.fromisoformat(event["at"])
        for text in (
            at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            event["at"],
            at.astimezone().strftime("%Y-%m-%d %H:%M"),
            at.strftime("%H:%M:%S"),
        ):
            needles |= needles_for(f"time {text}", text)
    return needles


def test_the_scan_finds_an_event_written_in_the_clear(tmp_path: Path) -> None:
    """The scan can fail: a plain event beside the journal is found."""
    at = dt.datetime(2026, 12, 7, 15, 4, 5, tzinfo=dt.UTC)
    plain = json.dumps({"at": at.isoformat(), "what": "refused", "way": "passphrase"})
    (tmp_path / HISTORY_NAME).write_text(plain, encoding="utf-8")
    needles = _event_needles([{"at": at.isoformat()}])
    assert len(scan([tmp_path], needles)) >= 2
