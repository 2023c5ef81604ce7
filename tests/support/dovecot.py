"""pytest plugin: a private dovecot on loopback for integration tests (not yet written)."""
