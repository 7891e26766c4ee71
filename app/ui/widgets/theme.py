"""Threshold's calm palette on top of the system's light or dark mode.

Warm paper in light mode, a deep warm grey in dark mode, one muted sage accent
for focus and primary actions. Red is kept for destructive confirmations only.
Text colours meet WCAG AA on their backgrounds in both modes (checked in tests).
Fonts are never set in pixels: everything follows the system font and its size.

The colours themselves, and which set is in use, are in ``colours.py``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.resource_files import resources_dir
from app.ui.widgets.colours import Colours, current_colours


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
        # A chosen row: the calm sets' soft tint, or high contrast's accent with its text.
        QPalette.ColorRole.Highlight: colours.accent if colours.high else colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.accent_text if colours.high else colours.text,
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


def _icon_url(name: str, colours: Colours) -> str:
    """A ``url(...)`` for one of the kit's SVG icons, in this mode's drawing."""
    mode = "dark" if colours.dark else "light"
    path = resources_dir() / "icons" / "ui" / mode / f"{name}.svg"
    return f'url("{path.as_posix()}")'


def style_sheet(colours: Colours, base_point_size: float = 10.0) -> str:
    """The kit's look: three ranks of button, one checkbox, chips, fields, thin scrollbars.

    What a palette cannot express lives here, for every screen at once, so no
    screen styles itself. Focus is a ring in the text colour, never a fill, so a
    focused chip or button never looks chosen. Qt style sheets take font sizes in
    points only, so sizes are worked out from the system font's size.
    """
    c = colours
    return (
        _buttons(c)
        + _chips_and_cards(c, base_point_size)
        + _fields(c)
        + _checks(c)
        + _lists_and_scrollbars(c)
        + _tabs_menus_and_calendar(c)
        + _writing_and_links(c)
    )


def _buttons(c: Colours) -> str:
    """Primary (one per screen), secondary (outlined) and quiet (flat, link-like)."""
    return f"""
    QPushButton {{
        background: {c.base}; color: {c.text}; border: 1px solid {c.border};
        border-radius: 6px; padding: 5px 14px; min-height: 1.3em; outline: none;
    }}
    QPushButton:hover {{ border-color: {c.muted_text}; }}
    QPushButton:pressed {{ background: {c.alternate}; }}
    QPushButton:focus {{ border: 2px solid {c.text}; padding: 4px 13px; }}
    QPushButton:disabled {{ color: {c.muted_text}; background: {c.alternate}; }}
    QPushButton[primary="true"] {{
        background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
        padding: 5px 16px;
    }}
    QPushButton[primary="true"]:focus {{
        border: 2px solid {c.text}; padding: 4px 15px;
    }}
    QPushButton[primary="true"]:disabled {{
        background: {c.alternate}; color: {c.muted_text}; border: 1px solid {c.border};
    }}
    QPushButton[danger="true"] {{ color: {c.danger}; }}
    QPushButton:flat {{ background: transparent; border: 1px solid transparent; }}
    QPushButton:flat:focus {{ border: 2px solid {c.text}; }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QToolButton {{
        background: transparent; color: {c.text}; border: 1px solid transparent;
        border-radius: 6px; padding: 4px 6px;
    }}
    QToolButton:hover {{ border-color: {c.border}; }}
    QToolButton:checked {{ background: {c.highlight}; }}
    QToolButton:focus {{ border: 2px solid {c.text}; }}
    """


def _chips_and_cards(c: Colours, base_point_size: float) -> str:
    """Chips: chosen is filled, focused is a ring; cards and the label roles."""
    heading = round(base_point_size * 1.5, 1)
    return f"""
    QPushButton[chip="true"] {{
        background: {c.base}; color: {c.text};
        border: 1px solid {c.border}; border-radius: 14px; padding: 6px 12px;
    }}
    QPushButton[chip="true"]:checked {{
        background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
        font-weight: 600;
    }}
    QPushButton[chip="true"]:focus {{ border: 2px solid {c.text}; padding: 5px 11px; }}
    QFrame[role="card"] {{
        background: {c.base}; border: 1px solid {c.border}; border-radius: 8px;
    }}
    QLabel[role="subheading"] {{
        font-size: {round(base_point_size * 1.15, 1)}pt; font-weight: 600;
    }}
    QLabel[role="prompt"] {{ font-size: {round(base_point_size * 1.25, 1)}pt; }}
    QLabel[role="muted"] {{ color: {c.muted_text}; }}
    QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
    """


def _high_contrast_focus(c: Colours) -> str:
    """In high contrast a focused field wears a 2 px ring in the text colour, as buttons do."""
    return f"""
    QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{
        border: 2px solid {c.text}; padding: 3px 5px;
    }}
    QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTreeView:focus,
    QTableView:focus {{
        border: 2px solid {c.text};
    }}
    """


def _fields(c: Colours) -> str:
    """Text, number, date and choice fields: one rounded shape, one focus colour."""
    return f"""
    QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTextBrowser, QTreeView, QTableView {{
        border: 1px solid {c.border}; border-radius: 6px;
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus,
    QTreeView:focus, QTableView:focus {{
        border: 1px solid {c.accent};
    }}
    QLineEdit {{ padding: 4px 6px; background: {c.base}; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox {{
        selection-background-color: {c.accent}; selection-color: {c.accent_text};
    }}
    QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{
        background: {c.window}; color: {c.muted_text}; border: 1px solid {c.border};
    }}
    QAbstractSpinBox, QComboBox {{
        background: {c.base}; color: {c.text}; border: 1px solid {c.border};
        border-radius: 6px; padding: 4px 6px; min-height: 1.3em;
    }}
    QAbstractSpinBox:focus, QComboBox:focus {{
        border: 1px solid {c.accent};
    }}
    QAbstractSpinBox:disabled, QComboBox:disabled {{
        background: {c.window}; color: {c.muted_text};
    }}
    QDateTimeEdit::drop-down, QComboBox::drop-down {{
        border: none; width: 22px; subcontrol-origin: padding; subcontrol-position: right;
    }}
    QDateTimeEdit::down-arrow, QComboBox::down-arrow {{
        image: {_icon_url("chevron-down", c)}; width: 14px; height: 14px;
    }}
    QAbstractSpinBox::up-button {{
        border: none; width: 18px;
    }}
    QAbstractSpinBox::down-button {{
        border: none; width: 18px;
    }}
    QAbstractSpinBox::up-arrow {{
        image: {_icon_url("chevron-up", c)}; width: 12px; height: 12px;
    }}
    QAbstractSpinBox::down-arrow {{
        image: {_icon_url("chevron-down", c)}; width: 12px; height: 12px;
    }}
    QComboBox QAbstractItemView {{
        background: {c.base}; border: 1px solid {c.border};
        selection-background-color: {c.highlight}; selection-color: {c.text};
    }}
    """ + (_high_contrast_focus(c) if c.high else "")


def _checks(c: Colours) -> str:
    """One checkbox everywhere: a rounded box, ticked with the accent when chosen."""
    box = f"""
        width: 1em; height: 1em; border-radius: 3px;
        border: 1px solid {c.muted_text}; background: {c.base};
    """
    ticked = f"""
        border: 1px solid {c.accent}; background: {c.accent};
        image: {_icon_url("check", c)};
    """
    return f"""
    QCheckBox {{ spacing: 8px; }}
    QCheckBox::indicator, QListView::indicator, QTreeView::indicator,
    QTableView::indicator {{ {box} }}
    QCheckBox::indicator:checked, QListView::indicator:checked,
    QTreeView::indicator:checked, QTableView::indicator:checked {{ {ticked} }}
    QCheckBox::indicator:focus {{ border: 2px solid {c.text}; }}
    QCheckBox:focus {{ color: {c.text}; }}
    QCheckBox::indicator:disabled {{ background: {c.alternate}; border-color: {c.border}; }}
    QRadioButton {{ spacing: 8px; }}
    QRadioButton::indicator {{
        width: 14px; height: 14px; border-radius: 8px;
        border: 1px solid {c.muted_text}; background: {c.base};
    }}
    QRadioButton::indicator:checked {{
        border: 1px solid {c.accent}; background: {c.base}; image: {_icon_url("dot", c)};
    }}
    QRadioButton::indicator:focus {{ border: 2px solid {c.text}; }}
    QRadioButton:focus {{ text-decoration: underline; }}
    """


def _lists_and_scrollbars(c: Colours) -> str:
    """Thin, quiet scrollbars without arrows; list selection in the soft highlight."""
    return f"""
    QListWidget::item {{ padding: 4px 6px; }}
    QListWidget::indicator {{ margin-right: 6px; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
    QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
    QScrollBar::handle {{ background: {c.border}; border-radius: 3px; margin: 2px; }}
    QScrollBar::handle:vertical {{ min-height: 32px; }}
    QScrollBar::handle:horizontal {{ min-width: 32px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.muted_text}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QAbstractScrollArea::corner {{ background: transparent; }}
    """


def _tabs_menus_and_calendar(c: Colours) -> str:
    """Tabs underlined when chosen and ringed when focused; the calendar in our colours."""
    return f"""
    QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 6px; top: -1px; }}
    QTabBar::tab {{
        background: transparent; color: {c.muted_text}; padding: 6px 14px;
        border: 2px solid transparent; border-bottom: 2px solid transparent;
    }}
    QTabBar::tab:selected {{ color: {c.text}; border-bottom: 2px solid {c.accent}; }}
    QTabBar::tab:hover {{ color: {c.text}; }}
    QTabBar:focus {{ border: none; }}
    QTabBar::tab:selected:focus {{ border: 2px solid {c.text}; border-radius: 6px; }}
    QToolBar {{ border: none; spacing: 4px; padding: 2px 8px; background: {c.window}; }}
    QMenu {{ background: {c.base}; border: 1px solid {c.border}; padding: 4px; }}
    QMenu::item {{ padding: 5px 24px 5px 20px; border-radius: 4px; }}
    QMenu::item:selected {{ background: {c.highlight}; color: {c.text}; }}
    QMenu::item:disabled {{ color: {c.muted_text}; }}
    QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}
    QMenuBar {{ background: {c.window}; }}
    QMenuBar::item {{ padding: 4px 10px; border-radius: 4px; }}
    QMenuBar::item:selected {{ background: {c.highlight}; }}
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {c.window}; }}
    QCalendarWidget QToolButton {{ color: {c.text}; font-weight: 600; }}
    QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
    QCalendarWidget QToolButton#qt_calendar_prevmonth {{
        qproperty-icon: {_icon_url("chevron-left", c)};
    }}
    QCalendarWidget QToolButton#qt_calendar_nextmonth {{
        qproperty-icon: {_icon_url("chevron-right", c)};
    }}
    QCalendarWidget QAbstractItemView {{
        background: {c.base}; color: {c.text}; border: none;
        selection-background-color: {c.accent}; selection-color: {c.accent_text};
    }}
    QCalendarWidget QAbstractItemView:disabled {{ color: {c.muted_text}; }}
    QCalendarWidget QSpinBox {{ min-height: 1em; }}
    """


def _writing_and_links(c: Colours) -> str:
    """The writing surface, its save line, the reasons list and link-like buttons."""
    return f"""
    QTextEdit#entryBody, QTextBrowser#entryPreview {{ border: none; background: {c.base}; }}
    QLineEdit#entryTitle, QLineEdit#entryTags {{ padding: 4px 8px; }}
    QLabel#entrySaveState {{ color: {c.muted_text}; }}
    QLabel#entrySaveState[state="failed"] {{ color: {c.text}; }}
    QListView[role="reasons"] {{ padding: 0px; outline: 0; }}
    QListView[role="reasons"]::item {{ padding: 4px; }}
    QPushButton[link="true"] {{
        color: {c.text}; text-decoration: underline; background: transparent;
        border: 1px solid transparent; border-radius: 4px; padding: 4px 2px;
    }}
    QPushButton[link="true"]:focus {{ border: 2px solid {c.text}; padding: 3px 1px; }}
    QPushButton[link="true"]:disabled {{ color: {c.muted_text}; }}
    """


def apply_theme(app: QGuiApplication) -> None:
    """Apply the palette and styles for the current mode (call again when it changes)."""
    colours = current_colours()
    set_style_sheet = getattr(app, "setStyleSheet", None)
    if set_style_sheet is not None:
        # Qt's style sheet gives each widget back the palette it had when first
        # styled; cleared first, every open window takes the new palette instead.
        set_style_sheet("")
    app.setPalette(palette_for(colours))
    if set_style_sheet is not None:
        set_style_sheet(style_sheet(colours, app.font().pointSizeF()))
