"""One journal on two computers, carried by a sync engine that already exists.

Each computer writes only its own sealed change files into a folder the person
chooses and reads the others'; the live database is never synced. The plan and
its slices: ``docs/plans/sync.md``.
"""
