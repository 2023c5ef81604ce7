"""Where Thư Công Vụ keeps its state: one home directory per user.

Resolution order (shared/CONTRACTS.md): ``--home DIR``, then
``THUCONGVU_HOME``, then the platform's user data dir from platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

from thucongvu import APP_NAME

DB_NAME = "thucongvu.sqlite3"


def home_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        path = Path(explicit)
    elif os.environ.get("THUCONGVU_HOME"):
        path = Path(os.environ["THUCONGVU_HOME"])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(home: Path) -> Path:
    return home / DB_NAME


def site_config_dirs() -> list[Path]:
    """Directories only an administrator can write; the admin policy lives here.

    Deliberately no environment override: a user must not be able to point
    the app at a policy of their own.
    """
    if os.name == "nt":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return [Path(program_data) / APP_NAME]
    return [Path("/etc/xdg/thucongvu"), Path("/etc/thucongvu")]
