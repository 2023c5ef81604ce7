"""policy domain package (no Qt)."""
