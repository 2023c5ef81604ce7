"""CLI commands of the send group (shared/CONTRACTS.md). Not yet written."""


def register(sub) -> None:
    pass
