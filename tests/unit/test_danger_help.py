"""The "If you are in danger now" page's words (resources/help/danger.md).

Kept as data so it can be localised and corrected without code; the lead's Help
page renders it like an entry. It must give the emergency numbers and helplines
the issue asks for, the device-safety tips, and nothing that reaches the network
(a link would open a browser, and leave a history behind).
"""

from __future__ import annotations

import re

from app.render.markdown_html import render_html
from tests.helpers.paths import REPO

DANGER = REPO / "resources" / "help" / "danger.md"


def text() -> str:
    return DANGER.read_text(encoding="utf-8")


def test_it_names_the_emergency_numbers_and_helplines() -> None:
    words = " ".join(text().split())
    for needed in (
        "local emergency number",
        "911 in the US and Canada",
        "999 in the UK",
        "112 anywhere in the EU",
        "1-800-799-7233",
        "0808 2000 247",
        'search for "domestic abuse helpline" and the name of your country',
    ):
        assert needed in words


def test_it_has_the_device_safety_tips() -> None:
    words = " ".join(text().split())
    for needed in ("browser history", "share this computer", "Quick hide", "Shift three times"):
        assert needed in words


def test_nothing_on_it_reaches_the_network_or_shouts() -> None:
    html = render_html(text())
    assert not re.search(r"https?:|www\.|<a |<img ", html)
    assert "!" not in text()


def test_it_renders_as_an_entry_does() -> None:
    html = render_html(text())
    assert html.count("<h2>") == 3 and "<li>" in html
