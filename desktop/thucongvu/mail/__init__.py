"""mail domain package (no Qt)."""
