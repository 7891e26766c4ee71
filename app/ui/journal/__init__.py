"""The journal room: the page, the editor, the timeline, search, revisions and the trash."""
