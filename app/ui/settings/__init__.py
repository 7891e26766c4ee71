"""The settings dialog and its tabs, and the prompt library dialog."""
