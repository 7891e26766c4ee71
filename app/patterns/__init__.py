"""Patterns over time: the figures a person can read in a minute (docs/plans/patterns.md)."""
