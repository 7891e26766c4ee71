"""Moments of doubt: remind me why, reaching out, and the contact log."""
