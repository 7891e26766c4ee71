"""Screenshots of first-run setup, the unlock page and the problem page, light and dark.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_setup.py
Writes /tmp/shots/setup-*.png (every step, a refused passphrase, a keyring that
failed, the recovery key, the check with a wrong group), unlock-*.png (passphrase,
recovery key, keyring error with only the recovery key) and problem-*.png.
The recovery key and every message here are invented.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.presentation import Presentation
from app.ui.setup.flow import SetupFlow
from app.ui.setup.pages import Step
from app.ui.setup.problem_page import ProblemPage
from app.ui.setup.unlock_page import UnlockPage
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
SIZE = (960, 680)
KEY = "7KQ2M-H8D4W-PX3TB-9RZ6N-C5VJA-2GY8E-QM4KS-T6WHD"
KEYRING_LOCKED = "The system keyring can't be used: it is locked."


def set_mode(app: QApplication, dark: bool) -> None:
    scheme = Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
    QGuiApplication.styleHints().setColorScheme(scheme)
    # The offscreen platform ignores setColorScheme, so the theme is told directly.
    colours.force_dark(dark)
    apply_theme(app)


def save(widget: QWidget, name: str, mode: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}-{mode}.png"))


def setup_shots(mode: str) -> None:
    kept = Path(tempfile.mkdtemp()) / "presentation.ini"  # the name chosen is not kept
    flow = SetupFlow(choose_group=lambda: 4, presentation=(kept, Presentation()))
    steps: list[tuple[str, Callable[[], None]]] = [
        ("setup-welcome", lambda: None),
        ("setup-safety", lambda: flow._go(Step.SAFETY)),
        ("setup-screen", lambda: flow._go(Step.SCREEN)),
        ("setup-choice", lambda: flow._go(Step.CHOICE)),
        ("setup-choose-first", flow.choice.primary.click),
        ("setup-passphrase", lambda: choose_passphrase(flow, "willow and quiet rain")),
        ("setup-mismatch", lambda: mismatch(flow)),
        ("setup-keyring-failed", lambda: keyring_failed(flow)),
        ("setup-recovery-key", lambda: flow.show_recovery_key(KEY)),
        ("setup-confirm", lambda: flow._go(Step.CONFIRM)),
        ("setup-confirm-wrong", lambda: wrong_group(flow)),
    ]
    for name, action in steps:
        action()
        save(flow, name, mode)
    flow.close()


def choose_passphrase(flow: SetupFlow, text: str, again: str | None = None) -> None:
    flow.choice.use_passphrase.setChecked(True)
    flow.choice.first.setText(text)
    flow.choice.second.setText(text if again is None else again)


def mismatch(flow: SetupFlow) -> None:
    choose_passphrase(flow, "willow and quiet rain", "willow and quite rain")
    flow.choice.primary.click()


def keyring_failed(flow: SetupFlow) -> None:
    flow.choice.reset()
    flow.choice.use_keyring.setChecked(True)
    flow.choice.primary.click()
    flow.show_creation_failed(KEYRING_LOCKED)


def wrong_group(flow: SetupFlow) -> None:
    flow.confirm.field.setText("PX3TB")
    flow.confirm.primary.click()


def unlock_shots(mode: str) -> None:
    page = UnlockPage()
    save(page, "unlock-passphrase", mode)
    page._passphrase.field.setText("not quite it")
    page.show_error("That passphrase doesn't open this journal. Please try again.")
    save(page, "unlock-wrong", mode)
    page.clear()
    page.show_recovery()
    page._recovery.field.setText("7kq2m h8d4w px3tb 9rz6n c5vja 2gy8e")
    save(page, "unlock-recovery", mode)
    page.clear()
    page.set_message(
        f"{KEYRING_LOCKED} Your recovery key can open the journal, and Threshold "
        "will then keep the key in the keyring again."
    )
    page.set_passphrase_available(False)
    save(page, "unlock-keyring-error", mode)
    page.close()


def problem_shots(mode: str) -> None:
    page = ProblemPage(Path.home() / ".local/share/threshold")
    page.set_problem(
        "The journal file is damaged, so Threshold left it exactly as it was. "
        "A backup of the folder can bring it back."
    )
    save(page, "problem", mode)
    page.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for mode in ("light", "dark"):
        set_mode(app, mode == "dark")
        setup_shots(mode)
        unlock_shots(mode)
        problem_shots(mode)


if __name__ == "__main__":
    main()
