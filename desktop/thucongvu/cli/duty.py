"""CLI commands of the duty group (shared/CONTRACTS.md). Not yet written."""


def register(sub) -> None:
    pass
