"""Where the app's resources (icons, translations, sample data) live.

In a source tree: ``<repo>/resources``; in a PyInstaller bundle: ``resources``
next to the unpacked app (``sys._MEIPASS``); ``THUCONGVU_RESOURCES`` overrides
both (packagers, tests). No Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    env = os.environ.get("THUCONGVU_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parent / "resources", Path(sys.prefix) / "share" / "thucongvu"):
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
