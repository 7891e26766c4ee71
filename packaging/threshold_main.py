"""The bundle's entry point: the same ``threshold`` command as a pip install gives."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
