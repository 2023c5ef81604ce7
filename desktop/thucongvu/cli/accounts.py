"""CLI commands of the accounts group (shared/CONTRACTS.md). Not yet written."""


def register(sub) -> None:
    pass
