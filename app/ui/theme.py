"""Threshold's calm palette on top of the system's light or dark mode.

Warm paper in light mode, a deep warm grey in dark mode, one muted sage accent
for focus and primary actions. Red is kept for destructive confirmations only.
Text colours meet WCAG AA on their backgrounds in both modes (checked in tests).
Fonts are never set in pixels: everything follows the system font and its size.

``THRESHOLD_APPEARANCE=dark`` (or ``light``) starts the app in that mode whatever
the system says: a bare X server (the real-input journeys under Xvfb) has no colour
scheme to follow, and some desktops don't tell Qt theirs. Any other value, or none,
follows the system.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


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


def current_colours() -> Colours:
    """The colours for the system's current mode."""
    return DARK if is_dark() else LIGHT


_forced_dark: bool | None = None


def force_dark(dark: bool | None) -> None:
    """Override the system's mode (screenshots; the offscreen platform has none)."""
    global _forced_dark  # noqa: PLW0603 - one process-wide appearance
    _forced_dark = dark


def palette_for(colours: Colours) -> QPalette:
    """A QPalette with our colours in every role the widgets use."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.base,
        QPalette.ColorRole.AlternateBase: colours.alternate,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.alternate,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.Highlight: colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.text,
        QPalette.ColorRole.ToolTipBase: colours.base,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted_text,
        QPalette.ColorRole.Link: colours.accent,
        QPalette.ColorRole.Accent: colours.accent,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.muted_text))
    return palette


def style_sheet(colours: Colours, base_point_size: float = 10.0) -> str:
    """The few styles a palette cannot express: primary buttons, focus, quiet labels.

    Qt style sheets take font sizes in points only, so the heading size is worked
    out from the system font's size (and follows it).
    """
    heading = round(base_point_size * 1.5, 1)
    return f"""
    QPushButton[primary="true"] {{
        background: {colours.accent}; color: {colours.accent_text};
        border: 1px solid {colours.accent}; border-radius: 6px; padding: 6px 16px;
    }}
    QPushButton[primary="true"]:disabled {{
        background: {colours.alternate}; color: {colours.muted_text};
        border: 1px solid {colours.border};
    }}
    QPushButton[danger="true"] {{
        color: {colours.danger};
    }}
    QPushButton[chip="true"] {{
        background: {colours.base}; color: {colours.text};
        border: 1px solid {colours.border}; border-radius: 14px; padding: 6px 10px;
    }}
    QPushButton[chip="true"]:checked {{
        background: {colours.highlight}; border: 2px solid {colours.accent};
        font-weight: 600;
    }}
    QPushButton[chip="true"]:focus {{ border: 2px solid {colours.accent}; }}
    QFrame[role="card"] {{
        background: {colours.base}; border: 1px solid {colours.border}; border-radius: 8px;
    }}
    QLabel[role="subheading"] {{
        font-size: {round(base_point_size * 1.15, 1)}pt; font-weight: 600;
    }}
    QLabel[role="prompt"] {{ font-size: {round(base_point_size * 1.25, 1)}pt; }}
    QLabel[role="muted"] {{ color: {colours.muted_text}; }}
    QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTextBrowser {{
        border: 1px solid {colours.border}; border-radius: 6px;
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus {{
        border: 1px solid {colours.accent};
    }}
    QLineEdit {{ padding: 4px 6px; }}
    QCheckBox::indicator {{
        width: 0.9em; height: 0.9em; border-radius: 3px;
        border: 1px solid {colours.muted_text}; background: {colours.base};
    }}
    QCheckBox::indicator:checked {{
        border: 1px solid {colours.accent}; background: {colours.accent};
    }}
    QCheckBox::indicator:focus {{ border: 1px solid {colours.accent}; }}
    """


def apply_theme(app: QGuiApplication) -> None:
    """Apply the palette and styles for the current mode (call again when it changes)."""
    colours = current_colours()
    app.setPalette(palette_for(colours))
    set_style_sheet = getattr(app, "setStyleSheet", None)
    if set_style_sheet is not None:
        set_style_sheet(style_sheet(colours, app.font().pointSizeF()))


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours."""

    def luminance(hex_colour: str) -> float:
        colour = QColor(hex_colour)
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
