"""The evening check-in: its steps, the coordinator that opens it and the reminder."""
