"""What keeps the journal private on screen: quick hide, the cover, clipboard and capture guards."""
