"""Alembic migrations, shipped inside the package and run at start-up.

``HEAD_REVISION`` lets start-up see that a database is current with one cheap SQLite query,
without importing Alembic; a test keeps it equal to the script directory's head.
"""

HEAD_REVISION = "0006_attachments"
