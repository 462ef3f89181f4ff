"""Pure-Python concepts and rules. Never imports Qt or the store."""
