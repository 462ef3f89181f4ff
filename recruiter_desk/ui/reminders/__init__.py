"""Reminders: the reminder dialog, the scheduler that fires them, reminder notices."""
