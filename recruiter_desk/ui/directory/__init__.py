"""The list | details | timeline page shared by People, Companies and Vacancies."""
