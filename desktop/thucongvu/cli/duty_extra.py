"""Extra duty commands (register export, report, check log). Filled in below."""


def register(group) -> None:
    pass
