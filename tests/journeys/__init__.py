"""Journeys: the real app driven by real X input, as a person uses it (see README.md)."""
