"""Importing a large Day One export: wall time and peak memory of ``threshold import``.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/import_bench.py

Builds (in a temporary folder) a Day One zip of ``--entries`` entries and ``--photos``
distinct JPEG photos of about ``--photo-kib`` KiB each (one noise picture encoded by
Qt, made distinct by a comment segment), and a passphrase journal (a cheap KDF)
holding ``--existing`` entries. Then the real command runs in a child process, as a
person would run it: ``python -m app import export.zip`` (read, check, preview,
keep in one transaction, every photo checked and hashed). The child's wall time
and peak resident memory (``VmHWM``, read by the child itself as it exits: a
forked child's ``ru_maxrss`` would count the builder's pages it shared) are
reported, and a second run of the same import, which must add nothing, is timed too.

Budget (issue 18): 10,000 entries with 1,000 photos in <= 30 s and <= 300 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.files import JournalFiles  # noqa: E402
from app.journal import create_journal  # noqa: E402
from app.records.entries import EntryFields  # noqa: E402
from app.vault.wrapping import Argon2Params  # noqa: E402
from tests.helpers.images import jpeg_bytes, jpeg_segment  # noqa: E402
from tests.helpers.transfer_fixtures import dayone_bench_zip  # noqa: E402

PASSPHRASE = "import benchmark passphrase"
FAST = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
SECONDS_BUDGET = 30.0
MIB_BUDGET = 300.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=1_000)
    parser.add_argument("--photo-kib", type=int, default=400)
    parser.add_argument("--existing", type=int, default=100)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="threshold-import-bench-") as scratch:
        folder = Path(scratch)
        built = time.perf_counter()
        source = dayone_bench_zip(
            folder / "export.zip", args.entries, args.photos, _photos(args.photo_kib)
        )
        zip_mib = source.stat().st_size / 2**20
        print(f"built {source.name}: {zip_mib:,.0f} MiB in {time.perf_counter() - built:.1f} s")
        files = JournalFiles(folder / "journal")
        journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST)
        with journal:
            for n in range(args.existing):
                journal.entries.add(EntryFields(body=f"written here before, {n}"))
        first = _run_import(files, source)
        again = _run_import(files, source)
    figures = {
        "entries": args.entries,
        "photos": args.photos,
        "photo_kib": args.photo_kib,
        "zip_mib": round(zip_mib, 1),
        "import_s": round(first[0], 2),
        "import_peak_mib": round(first[1], 1),
        "again_s": round(again[0], 2),
        "again_peak_mib": round(again[1], 1),
        "budget_s": SECONDS_BUDGET,
        "budget_mib": MIB_BUDGET,
    }
    print(
        f"import: {first[0]:.2f} s, peak {first[1]:.0f} MiB"
        f" (budget {SECONDS_BUDGET:.0f} s, {MIB_BUDGET:.0f} MiB);"
        f" the same file again: {again[0]:.2f} s, peak {again[1]:.0f} MiB (adds nothing)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def _photos(kib: int) -> Callable[[int], bytes]:
    """The n-th photo: one noise JPEG of about ``kib`` KiB, made distinct by a comment."""
    side = max(16, int((kib * 1024 / 0.9) ** 0.5))  # noise JPEGs are ~0.9 bytes a pixel
    base = jpeg_bytes(side, side * 3 // 4, noise=True)

    def photo(n: int) -> bytes:
        return base[:2] + jpeg_segment(0xFE, b"photo %d" % n) + base[2:]

    return photo


# ``python -m app ARGS`` that also says its peak resident memory when it exits.
_REPORTING_CLI = (
    "import atexit, runpy, sys\n"
    "def peak():\n"
    "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
    "    sys.stderr.write('PEAK ' + hwm.split()[1] + '\\n')\n"
    "atexit.register(peak)\n"
    "sys.argv = ['threshold', *sys.argv[1:]]\n"
    "runpy.run_module('app', run_name='__main__')\n"
)


def _run_import(files: JournalFiles, source: Path) -> tuple[float, float]:
    """Wall seconds and peak MiB of one ``threshold import`` in a child process."""
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _REPORTING_CLI,
            "--data-dir",
            str(files.folder),
            "import",
            str(source),
        ],
        env={**os.environ, "THRESHOLD_PASSPHRASE": PASSPHRASE},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the import failed: {done.stderr}")
    print(done.stdout.strip())
    peak_kib = next(
        int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK ")
    )
    return wall, peak_kib / 1024


if __name__ == "__main__":
    raise SystemExit(main())
