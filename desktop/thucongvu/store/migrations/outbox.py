"""Schema of the outbox component."""

MIGRATIONS: list = []
