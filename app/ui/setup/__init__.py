"""Getting in: first run, unlock, restore and the screens shown when something is wrong."""
