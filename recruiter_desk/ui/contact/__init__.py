"""Contacting a person in their channel: contact buttons, the composer, message templates."""
