"""Guided prompts: packs as data files, validation, the library and the scheduler."""
