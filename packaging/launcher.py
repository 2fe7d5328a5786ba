"""Entry script of the frozen app: the same `main()` the `klarna-console` console script runs."""

import sys

from klarna_console.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
