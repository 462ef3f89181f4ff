"""The desktop: the system tray, desktop notifications and their fallbacks."""
