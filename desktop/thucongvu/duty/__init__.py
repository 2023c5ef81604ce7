"""duty domain package (no Qt)."""
