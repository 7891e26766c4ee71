"""One journey's desktop: the X server, the person's home, the apps started, the shots.

A journey asks it to launch the app (light or dark), then drives the app's windows
with ``app.xdo``; ``shoot`` keeps named screenshots (``<name>-<light|dark>.png``)
and checks each one really shows the mode asked for. ``close`` stops every app it
started, whatever happened.
"""

from __future__ import annotations

from pathlib import Path

from tests.journeys.app_process import WINDOW_TIMEOUT, RunningApp, start_app
from tests.journeys.screenshots import background, expected_background, shoot, shoot_settled
from tests.journeys.xdo import Xdo
from tests.journeys.xserver import XServer

APPEARANCES = ("light", "dark")


class Desktop:
    """Launches the real app on ``server`` for one journey.

    Args:
        server: the shared X server (with its window manager).
        folder: the journey's own folder (the person's home, app logs).
        shots: where named screenshots go.
    """

    def __init__(self, server: XServer, folder: Path, shots: Path) -> None:
        self.server = server
        self.xdo = Xdo(server.display)
        self.folder = folder
        self.home = folder / "home"  # kept across launches, like a person's
        self.shots = shots
        self.apps: list[RunningApp] = []

    def launch(
        self, data_dir: Path, appearance: str = "light", *, within: float = WINDOW_TIMEOUT
    ) -> RunningApp:
        """Start the app on ``data_dir`` and wait (``within`` seconds) for its window, focused."""
        assert appearance in APPEARANCES, appearance
        logs = self.folder / f"launch-{len(self.apps) + 1}"
        app = start_app(
            data_dir, server=self.server, home=self.home, logs=logs, appearance=appearance
        )
        self.apps.append(app)
        app.main_window(timeout=within)
        return app

    def shoot(
        self, app: RunningApp, window: int, name: str, *, high_contrast: bool = False
    ) -> Path:
        """Keep a screenshot of ``window`` as ``<name>-<appearance>.png``; check its mode."""
        path = self.shots / f"{name}-{app.appearance}.png"
        shoot_settled(self.server.display, path, window)
        seen, wanted = background(path), expected_background(app.appearance, high_contrast)
        assert seen == wanted, f"{path.name}: background {seen}, expected {wanted}"
        return path

    def shoot_screen(self, name: str) -> Path:
        """Keep a screenshot of the whole screen (failures, or context)."""
        return shoot(self.server.display, self.shots / f"{name}.png")

    def close(self) -> None:
        """Stop every app this desktop started."""
        for app in self.apps:
            app.stop()

    def tracebacks(self) -> list[str]:
        """Standard error of each launch that printed a traceback."""
        return [app.stderr() for app in self.apps if "Traceback" in app.stderr()]
