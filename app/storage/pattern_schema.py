"""Schema version 12: an index that answers every Patterns query on its own.

The figures for a period read the day written, mood, energy, heaviness, feeling
and theme of each live entry in it; with all of them in one index, no entry's
row (its text included) is read at all. At 100,000 entries it took a change to
"everything" from about 2 s to 0.3 s (``benchmarks/patterns_bench.py``).
"""

V12_PATTERNS_INDEX = """
CREATE INDEX entries_patterns ON entries (
    trashed, entry_date, mood, energy, heavy, feeling, theme
);
"""
