"""Schema of the duty component."""

MIGRATIONS: list = []
