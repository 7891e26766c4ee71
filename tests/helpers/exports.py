"""Export documents for tests, and the hostile Markdown every export must render clean."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.export.model import ExportDocument, ExportEntry
from app.export.paragraphs import split_paragraphs

# Markdown and HTML that would run, fetch or read files if an export let it through.
HOSTILE = [
    "Hello <script>alert('x')</script> there.",
    "<script src='http://evil.example/x.js'></script>",
    '<img src="http://evil.example/pixel.png" onerror="alert(1)">',
    '<img src=x alt=">" onerror=alert(1)>',
    "![tracking](http://evil.example/pixel.png) and ![local](file:///etc/passwd)",
    "![ref image][pix]\n\n[pix]: http://evil.example/ref.png",
    "[click me](javascript:alert(document.cookie)) and [x]( JAVASCRIPT:alert(1) )",
    "[a file](file:///home/me/secret.txt) and [rel](../../secret.txt)",
    "<javascript:alert(1)> and <file:///etc/passwd>",
    "[ref link][evil]\n\n[evil]: javascript:alert(1)",
    "<iframe src='http://evil.example'></iframe>",
    "<style>body { background: url(http://evil.example/bg.png) } @import 'http://evil.example/x.css';</style>",
    '<div style="background:url(http://evil.example/a.png)">styled</div>',
    "<a href='javascript:alert(1)' onclick='alert(2)'>link</a>",
    "<!-- <script>alert(1)</script> -->visible",
    "<svg onload=alert(1)><circle r=10 /></svg>",
    "<object data='file:///etc/passwd'></object><embed src='http://evil.example/e.swf'>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<scr<script>ipt>alert(1)</script>",
    "<ScRiPt\nsrc='http://evil.example/x.js'>\n</sCrIpT>",
    "<<script>script>alert(1)<</script>/script>",
    "<details open ontoggle=alert(1)>open</details>",
    "<form action='http://evil.example'><input name=q></form>",
    "<meta http-equiv='refresh' content='0;url=http://evil.example'>",
    "<base href='http://evil.example/'>",
    "<link rel=stylesheet href='http://evil.example/x.css'>",
    "Safe link [docs](https://example.org/help?a=1&b=2) stays.",
]
RTL_AND_EMOJI = "שלום, אני כאן. مرحبا بك 🌱👩🏽‍🦱 Zoë\u200f ok"


def document_of(*bodies: str, cover_note: str = "") -> ExportDocument:
    """One entry a body, each dated the same evening, with its paragraphs as export splits them."""
    entries = tuple(
        ExportEntry(
            id=f"id{index}",
            title=f"Entry {index}",
            date=dt.date(2026, 11, 25),
            mood=None,
            tags=(),
            prompt=None,
            follow_ups=(),
            paragraphs=tuple(split_paragraphs(body)),
        )
        for index, body in enumerate(bodies)
    )
    return ExportDocument(cover_note=cover_note, entries=entries)


def evenings(count: int, paragraphs: Callable[[int], tuple[str, ...]]) -> tuple[ExportEntry, ...]:
    """``count`` entries, "Evening 0" on, a day apart from 1 January 2026; no mood or tags."""
    return tuple(
        ExportEntry(
            f"id{n}",
            f"Evening {n}",
            dt.date(2026, 1, 1) + dt.timedelta(days=n),
            None,
            (),
            None,
            (),
            paragraphs(n),
        )
        for n in range(count)
    )
