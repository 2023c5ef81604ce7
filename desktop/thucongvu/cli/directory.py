"""CLI commands of the directory group (shared/CONTRACTS.md). Not yet written."""


def register(sub) -> None:
    pass
