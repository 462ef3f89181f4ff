"""The words for the domain's vocabularies and stages, in the interface's language."""
