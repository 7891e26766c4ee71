"""Generate seeded benchmark journals: a Threshold journal and the same entries for jrnl.

    dbus-run-session -- scripts/with-test-keyring .venv/bin/python benchmarks/generate.py \
        --sizes 1k,10k

Each size+seed is built once into ``benchmarks/.cache/<size>-seed<seed>/``:

* ``threshold/``: a Threshold journal made through the core API
  (``create_journal`` with the system keyring slot, then one ``entries.add`` per
  entry, each its own transaction, exactly as the app and CLI write).
* ``recovery-key.txt``: that journal's recovery key. A throwaway test keyring
  forgets the device secret when its session ends, so ``run.py`` uses the
  recovery key to enrol the current keyring on a working copy.
* ``jrnl.txt``: the same entries as an encrypted jrnl 4.x journal (v3 format),
  encrypted by jrnl's own ``Jrnlv3Encryption`` running in ``.venv-jrnl``; the
  plaintext only ever passes through a pipe. ``jrnl-password.txt`` holds its
  (random) password, which ``run.py`` puts in the keyring for jrnl.
* ``meta.json``: counts and how long generation took.

Entries only: a bench that needs contacts and incident records adds them to its
own working copy with ``records_gen.add_records`` (``patterns_bench.py`` does),
so what ``run.py`` and ``gui_bench.py`` measure stays as it was.

Benchmark data only: the keys and password in the cache protect nothing real.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from prose import Prose

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.vault.keystore import Keystore, SystemKeystore

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
JRNL_VENV = BENCH_DIR / ".venv-jrnl"
JRNL_PYTHON = JRNL_VENV / "bin" / "python"
JRNL_BIN = JRNL_VENV / "bin" / "jrnl"
JRNL_JOURNAL_NAME = "threshold-bench"  # also the jrnl keyring username
JRNL_TIME_FORMAT = "%Y-%m-%d %H:%M"
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
DEFAULT_SEED = 42
FIRST_DAY = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
SPAN_SECONDS = 10 * 365 * 24 * 3600
WORDS = (150, 400)
TAGGED, WITH_MOOD, MARKED, HEAVY, TITLED = 0.30, 0.55, 0.03, 0.02, 0.45
CHECKED_IN = 0.40  # entries written through the evening check-in (feeling, pulls, prompt)
PROGRESS_EVERY = 5_000

# Runs inside .venv-jrnl: stdin is "password\n" + journal text; writes argv[1].
_ENCRYPT_SCRIPT = """
import os, sys
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
data = sys.stdin.buffer.read().decode("utf-8")
password, _, text = data.partition("\\n")
method = Jrnlv3Encryption(sys.argv[2], {})
method.password = password
blob = method.encrypt(text)
temp = sys.argv[1] + ".part"
with open(temp, "wb") as handle:
    handle.write(blob)
os.replace(temp, sys.argv[1])
"""


@dataclass(frozen=True)
class Checkin:
    """The structured answers of an entry written through the check-in."""

    energy: int
    pleasantness: int
    feeling: str
    pulls: tuple[str, ...]
    theme: str
    prompt: str


def checkins(seed: int) -> Iterator[Checkin | None]:
    """Check-in answers drawn from the shipped data, from their own random stream.

    A separate stream keeps every entry's text the same as before check-ins
    were generated, so jrnl's journal and ours still hold the same words.
    """
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415
    from app.prompts.library import shipped_library  # noqa: PLC0415

    rng = random.Random(seed + 1)
    data, prompts = checkin_data(), shipped_library().prompts
    while True:
        if rng.random() >= CHECKED_IN:
            yield None
            continue
        cell, prompt = rng.choice(data.moods), rng.choice(prompts)
        pulls = tuple(p.id for p in rng.sample(data.pulls, rng.randint(0, 2)))
        yield Checkin(
            cell.energy, cell.pleasantness, rng.choice(cell.words), pulls, prompt.theme, prompt.id
        )


@dataclass(frozen=True)
class GeneratedEntry:
    """One entry, written identically (as far as each format allows) to both journals."""

    when: dt.datetime
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    marked: bool
    heavy: bool
    checkin: Checkin | None = None

    def fields(self) -> EntryFields:
        """The Threshold fields for this entry (jrnl has no place for the check-in's)."""
        checkin = self.checkin
        return EntryFields(
            body=self.body,
            title=self.title,
            date=self.when.date(),
            tags=self.tags,
            mood=checkin.pleasantness if checkin else self.mood,
            marked=self.marked,
            heavy=self.heavy,
            energy=checkin.energy if checkin else None,
            feeling=checkin.feeling if checkin else None,
            pulls=checkin.pulls if checkin else (),
            theme=checkin.theme if checkin else None,
            prompt=checkin.prompt if checkin else None,
        )

    def jrnl_text(self) -> str:
        """This entry in jrnl's plain-text format (``[date] title`` then the body)."""
        text = f"{self.title}\n{self.body}" if self.title else self.body
        if self.tags:
            text += "\n\n" + " ".join(f"@{tag}" for tag in self.tags)
        first, _, rest = text.partition("\n")
        star = " *" if self.marked else ""
        return f"[{self.when.strftime(JRNL_TIME_FORMAT)}] {first}{star}\n{rest}\n"


@dataclass(frozen=True)
class CachedJournals:
    """Where one generated size lives in the cache."""

    folder: Path

    @property
    def threshold(self) -> JournalFiles:
        """The Threshold journal folder."""
        return JournalFiles(self.folder / "threshold")

    @property
    def recovery_key(self) -> Path:
        """The recovery key of the Threshold journal."""
        return self.folder / "recovery-key.txt"

    @property
    def jrnl_journal(self) -> Path:
        """The encrypted jrnl journal file."""
        return self.folder / "jrnl.txt"

    @property
    def jrnl_password(self) -> Path:
        """The jrnl journal's password."""
        return self.folder / "jrnl-password.txt"

    @property
    def meta(self) -> Path:
        """Counts and generation times (written last: its presence means complete)."""
        return self.folder / "meta.json"

    def read_meta(self) -> dict[str, object]:
        """The metadata written at generation."""
        data: dict[str, object] = json.loads(self.meta.read_text())
        return data


def parse_size(text: str) -> int:
    """Entry count for ``1k``, ``10k``, ``100k`` or a plain number."""
    if text in SIZES:
        return SIZES[text]
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise argparse.ArgumentTypeError(f"unknown size {text!r}; use 1k, 10k, 100k or a number")


def size_label(count: int) -> str:
    """``10k`` for 10000, the number itself otherwise."""
    return next((label for label, value in SIZES.items() if value == count), str(count))


def cache_for(count: int, seed: int) -> CachedJournals:
    """The cache folder for a size and seed."""
    return CachedJournals(CACHE_DIR / f"{size_label(count)}-seed{seed}")


# ---------------------------------------------------------------------- entries


def generate_entries(count: int, seed: int) -> Iterator[GeneratedEntry]:
    """``count`` entries over ten years, oldest first; the same for the same seed."""
    rng = random.Random(seed)
    prose = Prose(rng)
    offsets = sorted(rng.randrange(SPAN_SECONDS) for _ in range(count))
    answers = checkins(seed)
    for offset in offsets:
        when = (FIRST_DAY + dt.timedelta(seconds=offset)).replace(second=0)
        yield GeneratedEntry(
            when=when,
            title=prose.title() if rng.random() < TITLED else "",
            body=prose.body(rng.randint(*WORDS)),
            tags=prose.tags() if rng.random() < TAGGED else (),
            mood=rng.randint(1, 5) if rng.random() < WITH_MOOD else None,
            marked=rng.random() < MARKED,
            heavy=rng.random() < HEAVY,
            checkin=next(answers),
        )


# ---------------------------------------------------------------------- Threshold


class _SettableClock:
    """A clock the generator moves to each entry's time, so ``created`` is realistic."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def write_threshold(
    files: JournalFiles, entries: Sequence[GeneratedEntry], keystore: Keystore
) -> str:
    """Create a keyring journal holding ``entries``, one transaction each.

    Returns the recovery key, as text.
    """
    clock = _SettableClock()
    journal, recovery = create_journal(files, keystore=keystore, clock=clock)
    started = time.perf_counter()
    with journal:
        for number, entry in enumerate(entries, 1):
            clock.now = entry.when
            journal.entries.add(entry.fields())
            if number % PROGRESS_EVERY == 0:
                rate = number / (time.perf_counter() - started)
                print(f"  threshold: {number:,} entries ({rate:,.0f}/s)", flush=True)
    return str(recovery)


# ---------------------------------------------------------------------- jrnl


def ensure_jrnl_venv() -> Path:
    """Create ``benchmarks/.venv-jrnl`` with jrnl from PyPI if it is missing."""
    if JRNL_BIN.exists():
        return JRNL_BIN
    print("Installing jrnl into benchmarks/.venv-jrnl ...", flush=True)
    subprocess.run(["python3", "-m", "venv", str(JRNL_VENV)], check=True)
    subprocess.run([str(JRNL_VENV / "bin" / "pip"), "install", "-q", "jrnl"], check=True)
    return JRNL_BIN


def jrnl_version() -> str:
    """The installed jrnl's version string, as its config file records it."""
    result = subprocess.run(
        [str(JRNL_PYTHON), "-c", "from jrnl import __version__; print(__version__)"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def write_jrnl(path: Path, entries: Sequence[GeneratedEntry], password: str) -> None:
    """Encrypt ``entries`` into a jrnl v3 journal with jrnl's own code (no plaintext file)."""
    text = "\n".join(entry.jrnl_text() for entry in entries)
    subprocess.run(
        [str(JRNL_PYTHON), "-c", _ENCRYPT_SCRIPT, str(path), JRNL_JOURNAL_NAME],
        input=f"{password}\n{text}".encode(),
        check=True,
    )


def write_jrnl_config(config: Path, journal: Path) -> None:
    """A jrnl config (YAML, as jrnl writes it) for one encrypted journal, no editor, no colour."""
    config.write_text(
        f"""version: '{jrnl_version()}'
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  {JRNL_JOURNAL_NAME}:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '{JRNL_TIME_FORMAT}'
"""
    )


# ---------------------------------------------------------------------- cache


def ensure_cached(count: int, seed: int, *, force: bool = False) -> CachedJournals:
    """Generate the journals for ``count``/``seed`` unless a complete copy is cached."""
    cached = cache_for(count, seed)
    if cached.meta.exists() and not force:
        return cached
    ensure_jrnl_venv()
    building = CachedJournals(cached.folder.with_name(cached.folder.name + ".building"))
    shutil.rmtree(building.folder, ignore_errors=True)
    building.folder.mkdir(parents=True, mode=0o700)
    meta = build(building, count, seed)
    building.meta.write_text(json.dumps(meta, indent=2) + "\n")
    shutil.rmtree(cached.folder, ignore_errors=True)
    building.folder.rename(cached.folder)
    return cached


def build(target: CachedJournals, count: int, seed: int) -> dict[str, object]:
    """Write both journals into ``target``; returns the metadata to cache."""
    print(f"Generating {count:,} entries (seed {seed}) ...", flush=True)
    started = time.perf_counter()
    entries = list(generate_entries(count, seed))
    prose_seconds = time.perf_counter() - started

    started = time.perf_counter()
    recovery = write_threshold(target.threshold, entries, SystemKeystore())
    threshold_seconds = time.perf_counter() - started
    _write_private(target.recovery_key, recovery + "\n")

    password = random.Random(seed).randbytes(18).hex()
    _write_private(target.jrnl_password, password + "\n")
    started = time.perf_counter()
    write_jrnl(target.jrnl_journal, entries, password)
    jrnl_seconds = time.perf_counter() - started

    words = sum(entry.body.count(" ") + 1 for entry in entries)
    print(
        f"  prose {prose_seconds:.1f} s, threshold {threshold_seconds:.1f} s, "
        f"jrnl {jrnl_seconds:.1f} s",
        flush=True,
    )
    return {
        "entries": count,
        "seed": seed,
        "words": words,
        "tagged": sum(1 for entry in entries if entry.tags),
        "marked": sum(1 for entry in entries if entry.marked),
        "prose_seconds": round(prose_seconds, 2),
        "threshold_seconds": round(threshold_seconds, 2),
        "jrnl_seconds": round(jrnl_seconds, 2),
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _write_private(path: Path, text: str) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Generate (or reuse) the cached journals for the requested sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10k", help="comma-separated: 1k,10k,100k")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = parser.parse_args(argv)
    os.umask(0o077)
    for label in args.sizes.split(","):
        cached = ensure_cached(parse_size(label.strip()), args.seed, force=args.force)
        print(f"{cached.folder}: {json.dumps(cached.read_meta())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
