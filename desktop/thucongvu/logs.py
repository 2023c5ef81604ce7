"""The app's log file. Never log passwords: log records carry no secrets by construction."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path


def log_dir(home: str | Path | None = None) -> Path:
    from thucongvu import paths

    path = paths.home_dir(home) / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_exception(exc: BaseException, home: str | Path | None = None) -> Path:
    try:
        path = log_dir(home) / "thucongvu.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return Path("(không ghi được nhật ký)")


def setup(level: int = logging.INFO, home: str | Path | None = None) -> None:
    logging.basicConfig(
        filename=str(log_dir(home) / "thucongvu.log"),
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
