"""SQLAlchemy models, the engine, repositories, migrations and backups. Never imports Qt."""
