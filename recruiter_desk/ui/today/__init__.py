"""Today: what is overdue, due today, in the next days, and relationships going cold."""
