"""The Qt floor for cold start: a new process that shows a bare ``QMainWindow``.

``python -m benchmarks.qt_floor_window --marker FILE [--database DB]``

At the window's first paint it appends ``first paint N ms`` to FILE, as the app's log gets
``first paint N ms after main()``; with ``--database`` it then reads what the board's first
screen reads (the open columns, their counts and a page of cards of each, in raw SQL) and
appends ``data shown N ms``, as the app logs "data shown" once its columns are filled and
before they paint. The parent times both from the launch to the moment the line appears,
exactly as it does for the app. It imports only PySide6 (and, after the first paint,
``sqlite3``); the window gets the size the app's first window gets (90% of the available
screen, at most 1480 × 940), so both paint the same area.
"""

from __future__ import annotations

import time

started = time.perf_counter()

import argparse  # noqa: E402  (the clock starts first, as in the app's main())
import sys  # noqa: E402

MAX_SIZE = (1480, 940)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--marker", required=True)
    parser.add_argument("--database")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    def mark(text: str) -> None:
        with open(args.marker, "a", encoding="utf-8") as marker:
            marker.write(f"{text} {(time.perf_counter() - started) * 1000:.0f} ms\n")

    def load() -> None:
        from benchmarks.floor_queries import board_screen, connect, open_columns

        connection = connect(args.database)
        _counts, cards = board_screen(connection, open_columns(connection))
        connection.close()
        mark(f"data shown ({sum(len(page) for page in cards.values())} cards)")

    class BareWindow(QMainWindow):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                mark("first paint")
                if args.database:
                    QTimer.singleShot(0, load)

    app = QApplication(sys.argv[:1])
    window = BareWindow()
    screen = app.primaryScreen().availableGeometry()
    window.resize(
        min(MAX_SIZE[0], int(screen.width() * 0.9)), min(MAX_SIZE[1], int(screen.height() * 0.9))
    )
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
