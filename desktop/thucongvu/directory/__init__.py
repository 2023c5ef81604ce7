"""directory domain package (no Qt)."""
