"""A PDF with a summary page leaves no readable word anywhere but in the file asked for.

The real ``threshold`` runs in separate processes with a private temp folder and
HOME (as in ``test_no_plaintext``). A theme and a pull in the person's own words
carry random markers, and so does a heavy entry. ``export --summary`` writes the
PDF: the summary counts the theme and the pull as "in my own words", never printing
them, and never quotes the heavy entry. Then every file of the test's folders but the PDF,
and every new entry of the system temp folders, is searched for each marker
(inflating compressed streams too): the summary's making leaves nothing behind.
"""

from __future__ import annotations

import stat
import subprocess
import uuid
from pathlib import Path

from tests.helpers.cli import run_threshold
from tests.leak_scan import SYSTEM_TEMP_DIRS, needles_for, private_env, scan, top_level_entries


def test_a_summary_page_leaves_nothing_readable_but_the_pdf(tmp_path: Path) -> None:
    theme, pull, heavy = (f"{name}MARK{uuid.uuid4().hex}" for name in ("THEME", "PULL", "HEAVY"))
    passphrase = f"summary leak scan {uuid.uuid4().hex}"
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
    day = ("--date", "2026-09-08", "--mood", "3")
    shared = threshold("add", *day, "--theme", theme, "--pull", pull, stdin="Shared words.")
    threshold("add", *day, "--heavy", stdin=f"{heavy} the night on the stairs")
    target = out / "summary.pdf"
    days = ("--summary", "--since", "2026-09-07", "--until", "2026-09-13")
    threshold("export", shared.strip(), "-o", str(target), *days[:1])
    threshold("export", "--since", "2026-09-08", "--until", "2026-09-08", "--theme", theme,
              "-o", str(out / "days.pdf"), *days)  # fmt: skip

    assert sorted(path.name for path in out.iterdir()) == ["days.pdf", "summary.pdf"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(_pdftotext(out / "days.pdf").split())
    assert text.count("In my own words 1") == 2  # the theme and the pull: counted, not printed
    for marker in (theme, pull, heavy):
        assert marker not in text and marker not in _pdftotext(target)

    needles = {
        **needles_for("theme", theme, theme[-32:]),
        **needles_for("pull", pull, pull[-32:]),
        **needles_for("heavy", heavy, heavy[-32:]),
    }
    target.unlink()
    (out / "days.pdf").unlink()
    hits = scan([tmp_path], needles, inflate=True)
    assert hits == [], "plaintext left by a summary page:\n" + "\n".join(hits)
    new_in_system_temp = top_level_entries(SYSTEM_TEMP_DIRS) - before
    hits = scan(sorted(new_in_system_temp), needles, strict=False)
    assert hits == [], "plaintext in the system temp folder:\n" + "\n".join(hits)


def _pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")
