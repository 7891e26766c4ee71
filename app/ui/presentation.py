"""Show the window under the name and icon the user chose.

Why the application's names change too: on Linux the window manager shows the
application name (X11's WM_CLASS) and looks up an icon by the desktop file name,
and Qt adds the display name to every dialog's title. A neutral window whose
taskbar entry still says "Threshold" would not be neutral.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon

from app import APP_ID, APP_NAME
from app.presentation import Presentation, WindowIcon
from app.resource_files import resources_dir


@cache
def window_icon(icon: WindowIcon) -> QIcon:
    """The icon's picture (an SVG that scales to every size the desktop asks for)."""
    return QIcon(str(resources_dir() / "icons" / "window" / f"{icon.value}.svg"))


def apply_to_application(presentation: Presentation) -> None:
    """Give the application the chosen name and icon (every window and dialog follows).

    The desktop file name (how Wayland finds the launcher's icon and name) changes
    only for native windows made afterwards, so this runs before the main window is
    first shown; the display name, the icon and the name screen readers hear change
    at once. X11's window class is made once, as the first window is, from the name
    ``create_application`` set (see ``command_name``): a name chosen while the app
    runs reaches the taskbar's class from the next start.
    """
    QGuiApplication.setApplicationName(application_name(presentation))
    QGuiApplication.setDesktopFileName(desktop_name(presentation))
    QGuiApplication.setApplicationDisplayName(presentation.title)
    QGuiApplication.setWindowIcon(window_icon(presentation.icon))


def application_name(presentation: Presentation) -> str:
    """The application's own name: the neutral one chosen, else "Threshold".

    Screen readers hear it (Qt's AT-SPI bridge names the application after it) and
    X11's window class carries it.
    """
    return presentation.title if presentation.is_neutral else APP_NAME


def desktop_name(presentation: Presentation) -> str:
    """The desktop file name (Wayland's app id): the app's, or the neutral name itself.

    Left empty, Qt would fall back to the executable's name, which in the bundle is
    "threshold": a compositor's window list would say it under a neutral title.
    """
    return command_name(presentation) if presentation.is_neutral else APP_ID


def command_name(presentation: Presentation) -> str:
    """What the QApplication is told its command was (its argv[0]): the app's name.

    Qt's X11 platform makes the window class's first part (the instance name) from
    argv[0]'s base name, once, as the first window is made; the real one is the
    script's file (``__main__.py``) or the launcher's, which would name the app
    whatever window name was chosen. A slash would cut it, so none is kept.
    """
    return application_name(presentation).replace("/", " ")


def display_name() -> str:
    """The name to put on dialogs and notifications: the window's own, never content."""
    return QGuiApplication.applicationDisplayName() or APP_NAME
