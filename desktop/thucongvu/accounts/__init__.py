"""Mail accounts and their credentials (OS keyring or an encrypted vault)."""
