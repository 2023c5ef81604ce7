"""Working directories for the private test servers."""

from __future__ import annotations

from pathlib import Path


def daemon_workdir(workdir: Path) -> Path:
    """Create ``workdir`` and let unprivileged daemon users traverse every folder above it.

    Dovecot's login/auth helpers and Postfix's daemons drop root and must still
    reach their base directories under the test's temporary folder.
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    for p in (workdir, *workdir.parents):
        if p == Path("/"):
            break
        try:
            p.chmod(p.stat().st_mode | 0o711)
        except OSError:
            break
    return workdir
