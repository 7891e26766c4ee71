"""Rendering speed: the editor's preview and the text exports, normal and hostile entries.

    cd /work/main && .venv/bin/python benchmarks/render_bench.py [--hostile]

Normal rows time what people write (seeded prose from ``prose.py`` with some
Markdown): the preview renders on the typing path, so these must stay as fast as
they are. ``--hostile`` adds the inputs of issue 14 at full size, each in its own
process with a time limit, so one that hangs is reported rather than waited for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import statistics
import sys
import time
from collections.abc import Callable

from prose import Prose

from app.export.model import ExportDocument, ExportEntry
from app.export.paragraphs import split_paragraphs
from app.export.render import to_html, to_markdown, to_text
from app.render.markdown_html import render_html

HOSTILE_LIMIT_S = 90.0
HOSTILE = {
    "[ x 200,000 + ]( x 50,000": lambda: "[" * 200_000 + "](" * 50_000,
    "&#x1F600; x 200,000": lambda: "&#x1F600;" * 200_000,
    "\\* x 200,000": lambda: "\\*" * 200_000,
    "*a* x 100,000": lambda: "*a* " * 100_000,
    "`a` x 100,000": lambda: "`a` " * 100_000,
    "[a](https://e.org) x 20,000": lambda: "[a](https://e.org) " * 20_000,
    "<you> x 100,000": lambda: "<you> " * 100_000,
    "table of 20,000 rows": lambda: "|a|b|\n|-|-|\n" + "|x|y|\n" * 20_000,
}


def marked_up(prose: Prose, words: int) -> str:
    """Prose with the Markdown people use: a heading, emphasis, a list, a quote, a link."""
    paragraphs = prose.body(words).split("\n\n")
    paragraphs[0] = f"## {prose.title()}\n\n*{paragraphs[0]}*"
    paragraphs.insert(1, "- one thing\n- **another** thing\n- a [link](https://example.org)")
    paragraphs.insert(2, "> " + prose.sentence())
    return "\n\n".join(paragraphs)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """The median of ``repeat`` runs after one warm-up run, in milliseconds."""
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def document(bodies: list[str]) -> ExportDocument:
    """An export of these bodies, one entry each."""
    entries = tuple(
        ExportEntry(f"id{n}", f"Entry {n}", dt.date(2026, 1, 1), None, (), None, (),
                    tuple(split_paragraphs(body)))
        for n, body in enumerate(bodies)
    )  # fmt: skip
    return ExportDocument(cover_note="", entries=entries)


def normal_rows(repeat: int) -> None:
    prose = Prose(random.Random(42))
    short, long = marked_up(prose, 400), marked_up(prose, 5000)
    many = document([marked_up(prose, 400) for _ in range(100)])
    rows: list[tuple[str, Callable[[], object]]] = [
        ("preview, 400 words", lambda: render_html(short)),
        ("preview, 5,000 words", lambda: render_html(long)),
        ("Markdown export, 100 entries", lambda: to_markdown(many)),
        ("text export, 100 entries", lambda: to_text(many)),
        ("HTML export, 100 entries", lambda: to_html(many)),
    ]
    for name, action in rows:
        print(f"{name:34s} {median_ms(action, repeat):9.1f} ms", flush=True)


def _hostile_case(name: str) -> None:
    text = HOSTILE[name]()
    started = time.perf_counter()
    render_html(text)
    rendered = time.perf_counter() - started
    to_text(document([text]))
    print(f"{name:34s} preview {rendered:7.2f} s, all of it {time.perf_counter() - started:7.2f} s")


def hostile_rows() -> None:
    for name in HOSTILE:
        process = multiprocessing.Process(target=_hostile_case, args=(name,))
        process.start()
        process.join(HOSTILE_LIMIT_S)
        if process.is_alive():
            process.kill()
            process.join()
            print(f"{name:34s} not done in {HOSTILE_LIMIT_S:.0f} s")
        sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--hostile", action="store_true", help="also the hostile inputs")
    args = parser.parse_args()
    normal_rows(args.repeat)
    if args.hostile:
        hostile_rows()


if __name__ == "__main__":
    main()
