"""Schema of the signatures component."""

MIGRATIONS: list = []
