"""The packaged app's entry point: the same ``main`` the ``recruiter-desk`` command runs."""

import sys

from recruiter_desk.app.main import main

if __name__ == "__main__":
    sys.exit(main())
