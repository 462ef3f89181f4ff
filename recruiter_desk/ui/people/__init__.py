"""People: the list, the person page edited in place, the person dialog, channel preferences."""
