"""``python -m thucongvu`` is the same as the ``thucongvu`` command."""

from thucongvu.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
