"""Journeys after signing: the editor and the touchpoints' words."""
