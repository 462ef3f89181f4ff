"""Recruiter Desk's speed benchmark: each figure against the floor Qt and SQLite set.

Run it with ``uv run python -m benchmarks`` (see ``__main__.py``). It is not part of the test
run: pytest collects ``tests/`` only, and no file here is named ``test_*.py``.

Kept import-free on purpose: the bare-window child (``qt_floor_window``) is started as
``python -m benchmarks.qt_floor_window`` and must not pay for anything but PySide6.
"""
