"""The placement board: columns of cards, filters, moves with their dialogs, placements."""
