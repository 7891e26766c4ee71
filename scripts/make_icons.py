"""Write Threshold's line icons for light and dark from one drawing each.

The icons are committed as SVG files under ``resources/icons/ui/{light,dark}/``;
a test checks they match this script, so both sets always show the same drawing.
Run ``.venv/bin/python scripts/make_icons.py`` after changing a drawing.

Every icon is a 24-unit square drawn with round 1.6-unit strokes and no fill:
one quiet line style, nothing that says "diary" or "secret" at a glance.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ui.widgets.colours import DARK, LIGHT, Colours

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ui"

# name -> (SVG elements with {c} for the stroke colour, colour role)
DRAWINGS: dict[str, tuple[str, str]] = {
    "new-entry": (
        '<path d="M13 4H6.5A1.5 1.5 0 0 0 5 5.5v13A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 '
        '1.5-1.5V11"/><path d="M17.5 3.5l3 3L13 14l-3.5.5.5-3.5z"/>',
        "text",
    ),
    "checkin": (
        '<path d="M19 14.5A7.5 7.5 0 1 1 9.5 5a6 6 0 0 0 9.5 9.5z"/><path d="M16 3.5v3M14.5 5h3"/>',
        "text",
    ),
    "remind": (
        '<path d="M12 20s-7-4.3-7-9.5A3.9 3.9 0 0 1 12 8a3.9 3.9 0 0 1 7 2.5C19 15.7 12 20 '
        '12 20z"/>',
        "text",
    ),
    "contact-log": (
        '<rect x="5" y="3.5" width="14" height="17" rx="1.5"/>'
        '<path d="M8.5 8h7M8.5 12h7M8.5 16h4"/>',
        "text",
    ),
    "export": (
        '<path d="M12 14V3.5M8 7.5l4-4 4 4"/><path d="M5 12.5v6A1.5 1.5 0 0 0 6.5 20h11a1.5 '
        '1.5 0 0 0 1.5-1.5v-6"/>',
        "text",
    ),
    "search": ('<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>', "text"),
    "preview": (
        '<path d="M3.5 6.5c3-1 6-1 8.5 1 2.5-2 5.5-2 8.5-1v12c-3-1-6-1-8.5 1-2.5-2-5.5-2-8.5-1z"/>'
        '<path d="M12 7.5v12"/>',
        "text",
    ),
    "lock": (
        '<rect x="5.5" y="10.5" width="13" height="9.5" rx="1.5"/>'
        '<path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5"/>',
        "text",
    ),
    "settings": (
        '<path d="M4 7h9M17 7h3M4 17h3M11 17h9"/><circle cx="15" cy="7" r="2"/>'
        '<circle cx="9" cy="17" r="2"/>',
        "text",
    ),
    "trash": (
        '<path d="M4.5 6.5h15M9.5 6.5V4.5h5v2M6.5 6.5l1 13.5h9l1-13.5"/>',
        "text",
    ),
    "close": ('<path d="M6.5 6.5l11 11M17.5 6.5l-11 11"/>', "text"),
    "add": ('<path d="M12 5v14M5 12h14"/>', "text"),
    "remove": ('<path d="M5 12h14"/>', "text"),
    "help": (
        '<circle cx="12" cy="12" r="8.5"/><path d="M9.8 9.5a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 '
        '.8-1 1.5v.4"/><path d="M12 16.6v.1"/>',
        "text",
    ),
    "chevron-left": ('<path d="M14.5 6l-6 6 6 6"/>', "text"),
    "chevron-right": ('<path d="M9.5 6l6 6-6 6"/>', "text"),
    "chevron-down": ('<path d="M6 9.5l6 6 6-6"/>', "text"),
    "chevron-up": ('<path d="M6 14.5l6-6 6 6"/>', "text"),
    "calendar": (
        '<rect x="4" y="5.5" width="16" height="14.5" rx="1.5"/>'
        '<path d="M4 10h16M8.5 3.5v4M15.5 3.5v4"/>',
        "text",
    ),
    "check": ('<path d="M5.5 12.5l4 4 9-9.5"/>', "accent_text"),
    "dot": ('<circle cx="12" cy="12" r="5" fill="{c}" stroke="none"/>', "accent"),
    "check-item": ('<path d="M5.5 12.5l4 4 9-9.5"/>', "accent"),
}


def svg(elements: str, colour: str) -> str:
    """One icon as an SVG document in ``colour``."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" '
        f'fill="none" stroke="{colour}" stroke-width="1.6" stroke-linecap="round" '
        f'stroke-linejoin="round">{elements.format(c=colour)}</svg>\n'
    )


def rendered() -> dict[Path, str]:
    """Every file the icon set should hold, with its text."""
    files: dict[Path, str] = {}
    modes: dict[str, Colours] = {"light": LIGHT, "dark": DARK}
    for mode, colours in modes.items():
        for name, (elements, role) in DRAWINGS.items():
            files[OUT / mode / f"{name}.svg"] = svg(elements, getattr(colours, role))
    return files


def main() -> int:
    """Write the set (both modes)."""
    for path, text in rendered().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
