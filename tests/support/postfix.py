"""pytest plugin: a private postfix on loopback for integration tests (not yet written)."""
