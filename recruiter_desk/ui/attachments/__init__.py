"""Files on records: the list on a page, its model, the words for files."""
