"""The kit's colours: light, dark, and each in high contrast, and which set is in use.

Warm paper in light mode, a deep warm grey in dark mode, one muted sage accent.
High contrast (the system's accessibility setting, or Settings → On screen) keeps
the same roles with black and white text, borders a person can see at 3:1 or more
and muted text at 7:1, for low vision and bright rooms. Text colours meet WCAG AA
(high contrast: AAA) on their backgrounds in every set (checked in tests).

``THRESHOLD_APPEARANCE=dark`` (or ``light``) starts the app in that mode whatever
the system says: a bare X server (the real-input journeys under Xvfb) has no colour
scheme to follow, and some desktops don't tell Qt theirs. Any other value, or none,
follows the system. ``THRESHOLD_CONTRAST=high`` does the same for high contrast.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication


@dataclass(frozen=True)
class Colours:
    """One mode's colours, as hex strings."""

    window: str
    base: str
    alternate: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    highlight: str
    border: str
    danger: str
    dark: bool = False
    high: bool = False


LIGHT = Colours(
    window="#f6f1e9",
    base="#fffdf9",
    alternate="#f1ebe1",
    text="#2b2724",
    muted_text="#6a625a",
    accent="#4a7355",
    accent_text="#ffffff",
    highlight="#dbe8dc",
    border="#ddd3c5",
    danger="#a23b2f",
)
DARK = Colours(
    window="#22201d",
    base="#2a2724",
    alternate="#302c28",
    text="#ece6dd",
    muted_text="#b3aa9f",
    accent="#8fb996",
    accent_text="#1c1f1c",
    highlight="#3e4d40",
    border="#45403a",
    danger="#e08a7e",
    dark=True,
)
HIGH_LIGHT = Colours(
    window="#ffffff",
    base="#ffffff",
    alternate="#ededed",
    text="#000000",
    muted_text="#333333",
    accent="#1d4d2a",
    accent_text="#ffffff",
    highlight="#b8d8be",
    border="#767676",
    danger="#8b1a10",
    high=True,
)
HIGH_DARK = Colours(
    window="#000000",
    base="#0d0d0d",
    alternate="#1f1f1f",
    text="#ffffff",
    muted_text="#d6d6d6",
    accent="#a6e3b0",
    accent_text="#000000",
    highlight="#2e5a36",
    border="#8a8a8a",
    danger="#ffa396",
    dark=True,
    high=True,
)


APPEARANCE_VARIABLE = "THRESHOLD_APPEARANCE"


def is_dark() -> bool:
    """Whether to look dark: forced (screenshots), chosen in the environment, or the system's."""
    if _forced_dark is not None:
        return _forced_dark
    chosen = os.environ.get(APPEARANCE_VARIABLE, "").strip().lower()
    if chosen in ("dark", "light"):
        return chosen == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


CONTRAST_VARIABLE = "THRESHOLD_CONTRAST"
_chosen_high: bool = False


def choose_high_contrast(high: bool) -> None:
    """High contrast whatever the system says (Settings → On screen), or follow it."""
    global _chosen_high  # noqa: PLW0603 - one process-wide appearance
    _chosen_high = high


def wants_high_contrast() -> bool:
    """Chosen in Settings, in the environment, or asked for by the system."""
    if _chosen_high or os.environ.get(CONTRAST_VARIABLE, "").strip().lower() == "high":
        return True
    styles = QGuiApplication.styleHints()  # held: its accessibility hints live inside it
    hints = getattr(styles, "accessibility", None)  # Qt 6.10 and later
    if hints is None:
        return False
    return bool(hints().contrastPreference() == Qt.ContrastPreference.HighContrast)


def current_colours() -> Colours:
    """The colours for the current mode and contrast."""
    if wants_high_contrast():
        return HIGH_DARK if is_dark() else HIGH_LIGHT
    return DARK if is_dark() else LIGHT


_forced_dark: bool | None = None


def force_dark(dark: bool | None) -> None:
    """Override the system's mode (screenshots; the offscreen platform has none)."""
    global _forced_dark  # noqa: PLW0603 - one process-wide appearance
    _forced_dark = dark


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours."""

    def luminance(hex_colour: str) -> float:
        colour = QColor(hex_colour)
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
