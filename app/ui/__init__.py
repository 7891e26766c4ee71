"""The desktop app: PySide6 widgets, models and dialogs over the core.

Importing the package loads QtCore first and lightens PySide6's per-import hook
(see ``pyside_imports``) before any of the app's own Qt modules load.
"""

import PySide6.QtCore  # noqa: F401 - installs PySide6's import hook, lightened next

from app.ui.pyside_imports import lighten_feature_hook

lighten_feature_hook()
