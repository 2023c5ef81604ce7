"""signatures domain package (no Qt)."""
