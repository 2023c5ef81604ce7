"""CLI commands of the mail group (shared/CONTRACTS.md). Not yet written."""


def register(sub) -> None:
    pass
