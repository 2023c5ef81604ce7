"""CLI commands of the verify group (shared/CONTRACTS.md). Not yet written."""


def register(sub) -> None:
    pass
