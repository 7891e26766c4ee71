"""Schema version 11: "what happened next", an entry linked to a later one.

Kept beside the store that reads it (``app.storage.links``) so the schema's
module stays a list of steps. Deleting either entry for good removes the link
(the cascade); trashing one only hides the pair, which the store's reads do.
"""

V11_LINKS = """
CREATE TABLE entry_links (
    entry INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    next INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    created TEXT NOT NULL,
    PRIMARY KEY (entry, next)
) WITHOUT ROWID;
-- "What came before this one": the reverse of the primary key.
CREATE INDEX entry_links_by_next ON entry_links (next);
"""
