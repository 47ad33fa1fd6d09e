"""PyInstaller entry script: the same ``helix`` command as the console script."""

import multiprocessing
import sys

from helix_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
