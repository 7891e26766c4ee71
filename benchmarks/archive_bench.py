"""The archive of everything: export 10,000 entries, and import them back into an empty journal.

    cd /work/main && .venv/bin/python benchmarks/archive_bench.py --entries 10000 --json out.json

In process, on a passphrase journal made in a temp folder (cheap Argon2: the
unlock is not what is measured). Entries are ``generate.py``'s seeded prose with
its check-in answers, kept in one transaction through the import's own store;
``--pictures`` of them get a random PNG each (noise, so it does not compress),
referred to by their text. Then, once each:

* export, plain (``write_archive``: every entry read, its Markdown and its
  pictures streamed into the zip, written 0600, checked, renamed into place);
* export, protected (AES-256: every file in the zip has its own key, derived
  with PBKDF2 as WinZip's format asks, so this costs per file);
* import of the plain archive into a new, empty journal (read, preview, keep:
  every picture checked as if attached by hand), and with ``--protected-import``
  the protected one too.

Budget (issue 18): export everything at 10,000 entries <= 10 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from generate import DEFAULT_SEED, generate_entries

from app.files import JournalFiles
from app.journal import create_journal
from app.journal.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.imports import ImportOptions
from app.transfer.archive_write import write_archive
from app.transfer.importing import keep_plan, plan_import
from app.transfer.sources import open_source
from app.vault.wrapping import Argon2Params

EXPORT_BUDGET_S = 10.0
PASSWORD = "benchmark only"  # protects nothing real
CHEAP = Argon2Params(memory_kib=8, iterations=1, lanes=1)


def noise_png(rng: random.Random, side: int) -> bytes:
    """A valid RGB PNG of random pixels (``side`` x ``side``): it does not compress."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 1))
        + chunk(b"IEND", b"")
    )


def new_journal(folder: Path) -> Journal:
    """An empty passphrase journal."""
    journal, _ = create_journal(JournalFiles(folder), passphrase=PASSWORD, argon2=CHEAP)
    return journal


def fill(journal: Journal, count: int, pictures: int, side: int, seed: int) -> float:
    """``count`` generated entries, ``pictures`` of them with a picture; seconds taken."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with journal.worker_stores() as stores, stores.all_or_nothing():
        ids = [
            stores.imported.add(
                entry.fields(),
                created=entry.when,
                updated=entry.when + dt.timedelta(minutes=rng.randint(0, 90)),
                source=None,
                source_id=None,
            )
            for entry in generate_entries(count, seed)
        ]
    for entry_id in rng.sample(ids, min(pictures, len(ids))):
        picture = incoming_from_bytes(noise_png(rng, side), "photo.png")
        kept = journal.attachments.add(entry_id, picture)
        fields = journal.entries.get(entry_id).fields()
        text = f"{fields.body}\n\n![a photo](attachment:{kept.id})"
        journal.entries.save(entry_id, replace(fields, body=text))
    return time.perf_counter() - started


def timed(action: Callable[[], object]) -> float:
    """Seconds ``action`` took."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def import_into(folder: Path, archive: Path, password: str | None) -> tuple[float, int]:
    """Import ``archive`` into a new journal at ``folder``; seconds and entries kept."""
    with new_journal(folder) as journal:
        started = time.perf_counter()
        with (
            open_source(archive, None, ImportOptions(password=password)) as batch,
            journal.worker_stores() as stores,
        ):
            result = keep_plan(stores, plan_import(stores, batch))
        return time.perf_counter() - started, result.added


def measure(args: argparse.Namespace, temp: Path) -> dict[str, Any]:
    """Every figure, in seconds and MiB."""
    figures: dict[str, Any] = {"entries": args.entries, "pictures": args.pictures}
    with new_journal(temp / "source") as journal:
        print(f"Building {args.entries:,} entries, {args.pictures} pictures ...", flush=True)
        figures["build_s"] = fill(journal, args.entries, args.pictures, args.side, args.seed)
        plain, protected = temp / "plain.zip", temp / "protected.zip"
        print("Exporting ...", flush=True)
        figures["export_plain_s"] = timed(lambda: write_archive(plain, journal))
        figures["export_protected_s"] = timed(
            lambda: write_archive(protected, journal, password=PASSWORD)
        )
    figures["plain_mib"] = plain.stat().st_size / 2**20
    figures["protected_mib"] = protected.stat().st_size / 2**20
    print("Importing ...", flush=True)
    figures["import_plain_s"], kept = import_into(temp / "back", plain, None)
    assert kept == args.entries, kept
    if args.protected_import:
        figures["import_protected_s"], _ = import_into(temp / "back2", protected, PASSWORD)
    figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def report(figures: dict[str, Any]) -> None:
    """The table, with the export budget's verdict."""
    verdict = "ok" if figures["export_plain_s"] <= EXPORT_BUDGET_S else "OVER"
    print(f"\n{figures['entries']:,} entries, {figures['pictures']} pictures")
    print(f"{'build (not measured)':28}{figures['build_s']:>8.2f} s")
    print(
        f"{'export, plain':28}{figures['export_plain_s']:>8.2f} s"
        f"   {figures['plain_mib']:.1f} MiB   budget {EXPORT_BUDGET_S:.0f} s {verdict}"
    )
    print(
        f"{'export, protected (AES-256)':28}{figures['export_protected_s']:>8.2f} s"
        f"   {figures['protected_mib']:.1f} MiB"
    )
    print(f"{'import, plain':28}{figures['import_plain_s']:>8.2f} s")
    if "import_protected_s" in figures:
        print(f"{'import, protected':28}{figures['import_protected_s']:>8.2f} s")
    print(f"{'peak memory (whole run)':28}{figures['peak_rss_mib']:>8.0f} MiB")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print, optionally write JSON; exit 1 when the export is over budget."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--pictures", type=int, default=100, help="entries with a picture")
    parser.add_argument("--side", type=int, default=256, help="each picture's width and height")
    parser.add_argument("--protected-import", action="store_true", help="import that one too")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        figures = measure(args, Path(temp))
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0 if figures["export_plain_s"] <= EXPORT_BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
