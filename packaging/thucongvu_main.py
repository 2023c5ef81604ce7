"""Entry script of the PyInstaller bundle: the same as the ``thucongvu`` command.

With no command it opens the window; with a command it runs the CLI
(shared/CONTRACTS.md), so administrators can script the installed app.
"""

import sys

from thucongvu.cli import main

if __name__ == "__main__":
    sys.exit(main())
