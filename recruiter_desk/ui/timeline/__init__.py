"""Relationship timelines: the model, its painting, quick logging of a contact."""
