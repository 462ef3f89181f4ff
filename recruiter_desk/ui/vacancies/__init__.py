"""Vacancies: the list, the vacancy page and dialog."""
