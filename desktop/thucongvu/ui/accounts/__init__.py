"""Adding a mail account from the window."""
