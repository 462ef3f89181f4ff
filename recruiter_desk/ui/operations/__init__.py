"""How the UI writes: the one background executor, undoable writes, the change bus and
storage errors in words."""
