"""Settings: the typed settings object, and the dialogs that edit the app's settings."""
