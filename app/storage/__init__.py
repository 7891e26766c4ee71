"""Encrypted storage: SQLCipher connections, schema, entries and search.

This package is the only one that imports ``sqlcipher3``.
"""
