"""Keep the app's windows out of screenshots and screen sharing where the OS allows.

Windows (10 version 2004 and later) and macOS let a window ask to be left out of
screen capture; the window then shows as black or empty in recordings, remote
support tools and screenshots. Linux desktops offer no such request (on Wayland
an app can't be captured without the user's consent anyway), so there this is a
no-op. Every top-level window is covered, since dialogs (export, earlier
versions) show journal text too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_WDA_EXCLUDEFROMCAPTURE = 0x11  # Windows 10 2004+: not captured at all
_WDA_MONITOR = 0x01  # older Windows: shows black when captured
_NS_WINDOW_SHARING_NONE = 0


def capture_exclusion_supported() -> bool:
    """Whether this platform lets a window opt out of screen capture."""
    return sys.platform in ("win32", "darwin")


def exclude_from_capture(window: QWidget) -> bool:
    """Ask the OS to leave ``window`` out of screen capture; False where it can't."""
    if sys.platform == "win32":
        return _exclude_on_windows(int(window.winId()))
    if sys.platform == "darwin":
        return _exclude_on_macos(int(window.winId()))
    return False


class CaptureGuard(QObject):
    """Excludes every top-level window from capture as it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a top-level window's Show, ask for exclusion (cheap; the OS keeps it)."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            exclude_from_capture(watched)
        return False


def _exclude_on_windows(hwnd: int) -> bool:  # pragma: no cover - Windows only
    import ctypes  # noqa: PLC0415 - only where it is used, not on every start

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    set_affinity = user32.SetWindowDisplayAffinity
    set_affinity.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    set_affinity.restype = ctypes.c_int
    return bool(set_affinity(hwnd, _WDA_EXCLUDEFROMCAPTURE) or set_affinity(hwnd, _WDA_MONITOR))


def _exclude_on_macos(view: int) -> bool:  # pragma: no cover - macOS only
    """``[[view window] setSharingType:NSWindowSharingNone]`` through the ObjC runtime."""
    import ctypes  # noqa: PLC0415 - only where it is used, not on every start

    objc = ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = (ctypes.c_char_p,)
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
    ns_window = send(view, objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value or 0
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(address)
    set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), _NS_WINDOW_SHARING_NONE)
    return True
