"""pytest plugin: a private slapd on loopback for integration tests (not yet written)."""
