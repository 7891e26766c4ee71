"""The incident report leaves no readable word anywhere but in the file asked for.

The real ``threshold`` runs in separate processes with a private temp folder and
HOME (as in ``test_no_plaintext``). Records carry random markers in every field
and an amendment's reason; a PDF and a CSV report are written into a folder of
their own. Then every file of the test's folders but the two reports, and every
new entry of the system temp folders, is searched for each marker (inflating
compressed streams too): the report's temporary files leave nothing. The report
folder holds the two reports alone, each 0600, and they do hold the markers, so
the scan could have found them. A report with ``--pseudonyms`` holds no name.
"""

from __future__ import annotations

import stat
import subprocess
import uuid
from pathlib import Path

from app.files import JournalFiles
from app.journal import open_journal
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import run_threshold
from tests.leak_scan import (
    SYSTEM_TEMP_DIRS,
    needles_for,
    private_env,
    scan,
    top_level_entries,
)

FIELDS = ("account", "place", "witnesses", "harm", "reports", "felt", "did", "reason")


def test_a_report_leaves_nothing_readable_but_itself(tmp_path: Path) -> None:
    markers = {name: f"{name.upper()}MARK{uuid.uuid4().hex}" for name in FIELDS}
    person = f"Zed{uuid.uuid4().hex[:12]}"
    passphrase = f"report leak scan {uuid.uuid4().hex}"
    data_dir, private_tmp, home, out = (tmp_path / name for name in ("j", "tmp", "home", "out"))
    for folder in (private_tmp, home, out):
        folder.mkdir(mode=0o700)
    env = private_env(private_tmp, home, passphrase)
    before = top_level_entries(SYSTEM_TEMP_DIRS)

    def threshold(*argv: str, stdin: str = "") -> str:
        result = run_threshold(*argv, data_dir=data_dir, stdin=stdin.encode(), env=env)
        assert result.returncode == 0, (argv, result.stderr.decode(errors="replace"))
        return result.stdout.decode()

    threshold("init", "--json")
    texts = [f"--{name.replace('_', '-')}" for name in FIELDS[1:-1]]
    options = [part for name, option in zip(FIELDS[1:-1], texts, strict=True)
               for part in (option, markers[name])]  # fmt: skip
    account = f"{person} came to the door. {markers['account']}\n\n> Open up.\n"
    record = threshold(
        "incidents", "add", "--happened", "2026-05-03 21:10", "--zone", "Europe/Berlin",
        "--kind", "threat", "--who", person, *options, stdin=account,
    ).strip()  # fmt: skip
    threshold("incidents", "amend", record[:8], "--reason", markers["reason"], "--place", "home")
    # Another connection keeps the journal open, so its -wal and -shm are scanned too.
    holder = open_journal(JournalFiles(data_dir), SlotSecret.passphrase(passphrase))
    try:
        threshold("incidents", "report", "-o", str(out / "report.pdf"))
        threshold("incidents", "report", "-o", str(out / "report.csv"), "--format", "csv")
        threshold("incidents", "report", "-o", str(out / "hidden.pdf"), "--pseudonyms")
    finally:
        holder.close()

    reports = sorted(path.name for path in out.iterdir())
    assert reports == ["hidden.pdf", "report.csv", "report.pdf"]  # no temporary file stayed
    assert all(stat.S_IMODE((out / name).stat().st_mode) == 0o600 for name in reports)
    pdf_text = _pdftotext(out / "report.pdf")
    csv_text = (out / "report.csv").read_text(encoding="utf-8-sig")
    for name in ("account", "witnesses", "reason"):  # the scan could have found them
        assert markers[name] in pdf_text and markers[name] in csv_text
    hidden = _pdftotext(out / "hidden.pdf")
    assert person not in hidden and person.upper() not in hidden and "Z. came" in hidden

    needles = {
        **{
            key: value
            for name, marker in markers.items()
            for key, value in needles_for(name, marker, marker[-32:]).items()
        },
        **needles_for("person", person),
    }
    (out / "report.pdf").unlink()
    (out / "report.csv").unlink()
    (out / "hidden.pdf").unlink()
    hits = scan([tmp_path], needles, inflate=True)
    assert hits == [], "plaintext left by a report:\n" + "\n".join(hits)
    new_in_system_temp = top_level_entries(SYSTEM_TEMP_DIRS) - before
    hits = scan(sorted(new_in_system_temp), needles, strict=False)
    assert hits == [], "plaintext in the system temp folder:\n" + "\n".join(hits)


def _pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())
