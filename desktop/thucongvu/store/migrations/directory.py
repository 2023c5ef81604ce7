"""Schema of the directory component."""

MIGRATIONS: list = []
