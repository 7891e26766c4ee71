"""The desktop app: PySide6 widgets, models and dialogs over the core."""
