"""Companies: the list, the company page and dialog."""
