"""Keys and key slots: how a journal's database key is kept and unlocked."""
