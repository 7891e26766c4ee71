"""PDF export speed: one ~400-word entry, and 100 of them, each on its own page.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_bench.py

Runs in process through ``app.pdf_export.html_to_pdf`` (Qt layout and painting,
then pypdf's metadata rewrite, and AES-256 in the password rows). Entries are
seeded prose from ``prose.py`` in plain HTML, shaped like an export: a heading
with ``page-break-before: always``, a date line and a few paragraphs. The first
call (fonts loading, Qt warming up) is reported on its own and left out of the
medians. Budgets come from the export issue: one entry <= 50 ms, 100 entries <= 2 s.
Rows "checked" run the command line's whole path (``export_document``):
the PDF is written, read back and checked (with pdftotext when it is installed).
``--big 2000`` adds 2,000 entries, once each.
"""

from __future__ import annotations

import argparse
import html
import io
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from prose import Prose
from pypdf import PdfReader

from app.export.pieces import SEAM
from app.pdf_export import html_to_pdf

WORDS = 400
MANY = 100
DEFAULT_SEED = 42
ONE_BUDGET_MS = 50.0
MANY_BUDGET_MS = 2000.0
PASSWORD = "correct horse battery staple"  # benchmark data only


@dataclass(frozen=True)
class Row:
    """One measured case."""

    name: str
    median_ms: float
    budget_ms: float | None
    pages: int
    size_kib: float


def entry_html(prose: Prose, index: int) -> str:
    """One entry as the exporter might write it: heading, date, paragraphs."""
    paragraphs = "".join(f"<p>{html.escape(text)}</p>" for text in prose.body(WORDS).split("\n\n"))
    return (
        f'<h1 style="page-break-before: always">{html.escape(prose.title())}</h1>'
        f"<p><em>Entry {index + 1}, 12 March 2025, 21:04</em></p>{paragraphs}"
    )


def journal_html(count: int, seed: int) -> str:
    """``count`` seeded entries in one HTML document, with the exporter's seams between."""
    prose = Prose(random.Random(seed))
    return SEAM.join(entry_html(prose, index) for index in range(count))


def median_ms(run: Callable[[], bytes], repeat: int) -> tuple[float, bytes]:
    """Median wall time of ``repeat`` calls, in ms, and the last result."""
    samples: list[float] = []
    result = b""
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000, result


def measure(
    name: str, source: str, repeat: int, budget_ms: float | None, password: str | None = None
) -> Row:
    """Time ``html_to_pdf`` on ``source`` and describe the PDF it made."""
    elapsed, pdf = median_ms(lambda: html_to_pdf(source, title="Bench", password=password), repeat)
    reader = PdfReader(io.BytesIO(pdf), password=password)
    return Row(name, elapsed, budget_ms, len(reader.pages), len(pdf) / 1024)


def measure_pipeline(
    name: str, count: int, repeat: int, budget_ms: float | None, seed: int, *, checked: bool = False
) -> Row:
    """The whole export from an encrypted journal: read, prepare, render HTML, write PDF.

    ``checked``: also write the file and read it back to check it, as the CLI does.
    """
    import datetime as dt  # noqa: PLC0415
    import tempfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from app.export.model import ExportOptions, Redaction  # noqa: PLC0415
    from app.export.prepare import prepare  # noqa: PLC0415
    from app.export.render import to_html  # noqa: PLC0415
    from app.files import JournalFiles  # noqa: PLC0415
    from app.journal import create_journal  # noqa: PLC0415
    from app.records.entries import EntryFields  # noqa: PLC0415
    from app.vault.wrapping import Argon2Params  # noqa: PLC0415

    prose = Prose(random.Random(seed))
    options = ExportOptions(include_mood=True, redactions=(Redaction("Margaret", ""),))
    with tempfile.TemporaryDirectory() as temp:
        journal, _ = create_journal(
            JournalFiles(Path(temp) / "j"),
            passphrase="benchmark only",
            argon2=Argon2Params(memory_kib=8, iterations=1, lanes=1),
        )
        with journal:
            ids = [
                journal.entries.add(
                    EntryFields(
                        body=prose.body(WORDS),
                        title=prose.title(),
                        date=dt.date(2025, 1, 1) + dt.timedelta(days=n),
                        mood=3,
                    )
                ).id
                for n in range(count)
            ]
            elapsed, pdf = median_ms(
                (lambda: _written(journal, ids, options, Path(temp) / "out.pdf"))
                if checked
                else (lambda: html_to_pdf(to_html(prepare(journal, ids, options), for_pdf=True))),
                repeat,
            )
    reader = PdfReader(io.BytesIO(pdf))
    return Row(name, elapsed, budget_ms, len(reader.pages), len(pdf) / 1024)


def _written(journal: Any, ids: list[str], options: Any, target: Any) -> bytes:
    """Export to ``target`` through the checked pipeline; the file's bytes."""
    from app.export.model import ExportFormat  # noqa: PLC0415
    from app.export.pipeline import export_document  # noqa: PLC0415
    from app.export.prepare import prepare  # noqa: PLC0415
    from app.pdf_export import render_pdf  # noqa: PLC0415

    doc = prepare(journal, ids, options)
    return export_document(target, doc, ExportFormat.PDF, pdf=render_pdf).data


def verdict(row: Row) -> str:
    """PASS, OVER or (for rows without a budget) a dash."""
    if row.budget_ms is None:
        return "-"
    return "PASS" if row.median_ms <= row.budget_ms else "OVER"


def print_table(rows: Sequence[Row], repeat_one: int, repeat_many: int) -> None:
    """A small fixed-width table."""
    print(f"PDF export (medians of {repeat_one} runs for one entry, {repeat_many} for {MANY})")
    print(f"{'case':<28} {'median ms':>10} {'budget ms':>10} {'pages':>6} {'KiB':>7}  verdict")
    for row in rows:
        budget = f"{row.budget_ms:.0f}" if row.budget_ms is not None else "-"
        print(
            f"{row.name:<28} {row.median_ms:>10.1f} {budget:>10} {row.pages:>6} "
            f"{row.size_kib:>7.1f}  {verdict(row)}"
        )


def main(argv: Sequence[str]) -> int:
    """Run every case and print the table; exit 1 if a budget is exceeded."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat-one", type=int, default=15)
    parser.add_argument("--repeat-many", type=int, default=5)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--big", type=int, default=0, metavar="N", help="also N entries (e.g. 2000), once each"
    )
    args = parser.parse_args(argv)
    one = journal_html(1, args.seed)
    many = journal_html(MANY, args.seed)
    rows = [
        measure("1 entry, first call (cold)", one, 1, None),
        measure("1 entry", one, args.repeat_one, ONE_BUDGET_MS),
        measure("1 entry, password", one, args.repeat_one, ONE_BUDGET_MS, PASSWORD),
        measure(f"{MANY} entries", many, args.repeat_many, MANY_BUDGET_MS),
        measure(f"{MANY} entries, password", many, args.repeat_many, MANY_BUDGET_MS, PASSWORD),
        measure_pipeline("1 entry, from the journal", 1, args.repeat_one, ONE_BUDGET_MS, args.seed),
        measure_pipeline(
            f"{MANY} entries, from the journal", MANY, args.repeat_many, MANY_BUDGET_MS, args.seed
        ),
        measure_pipeline("1 entry, checked", 1, args.repeat_one, None, args.seed, checked=True),
        measure_pipeline(
            f"{MANY} entries, checked", MANY, args.repeat_many, None, args.seed, checked=True
        ),
    ]
    if args.big:
        big = journal_html(args.big, args.seed)
        rows += [
            measure(f"{args.big} entries", big, 1, None),
            measure_pipeline(
                f"{args.big} entries, checked", args.big, 1, None, args.seed, checked=True
            ),
        ]
    print_table(rows, args.repeat_one, args.repeat_many)
    return 1 if any(verdict(row) == "OVER" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
