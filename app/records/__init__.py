"""Plain records every layer shares: entries, filters, search hits, prompts and packs.

They sit below storage, prompts and the journal, so each of those can use them
without importing another: the data has no behaviour beyond derived values, and
this package imports nothing of Threshold's.
"""
