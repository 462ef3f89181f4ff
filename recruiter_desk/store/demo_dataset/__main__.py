import sys

from recruiter_desk.store.demo_dataset.cli import main

sys.exit(main())
