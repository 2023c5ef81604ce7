"""The administrator's policy file: ``policy.json`` in the site config dir.

Where: ``paths.site_config_dirs()`` (``/etc/xdg/thucongvu``, ``/etc/thucongvu``;
``%ProgramData%\\ThuCongVu`` on Windows); the first ``policy.json`` found wins.
There is deliberately no environment variable and no per-user file: a user
must not be able to point the app at a policy of their own.

The file may only NARROW the sending rule (``allowed_domain`` must be
``gov.vn`` or a domain under it, e.g. ``gialai.gov.vn``). A broken file is an
error, never silently ignored: ignoring it would quietly widen what users may
do. For the same reason an unknown key (a typo such as ``allowed_domian``) is
refused with the key named, instead of being dropped.

Example::

    {
      "allowed_domain": "gialai.gov.vn",
      "imap": "mail.gialai.gov.vn:993", "imap_security": "tls",
      "smtp": "mail.gialai.gov.vn:587", "smtp_security": "starttls",
      "trust_anchor_dir": "/etc/thucongvu/ca",
      "session_hours": {"morning": ["07:30", "11:30"], "afternoon": ["13:30", "17:00"]},
      "leaders": {"vanthu@so.gialai.gov.vn": ["giamdoc@so.gialai.gov.vn"]},
      "days_off": ["2026-01-02"], "working_days": ["2026-01-10"]
    }
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from thucongvu.errors import PolicyError

POLICY_FILE = "policy.json"
BASE_DOMAIN = "gov.vn"
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_SECURITY = ("tls", "starttls")


@dataclass(frozen=True)
class AdminPolicy:
    """What the administrator fixed. The defaults are the national rule."""

    allowed_domain: str = BASE_DOMAIN
    imap: str | None = None            # "host:port", preset for the account wizard
    imap_security: str = "tls"
    smtp: str | None = None
    smtp_security: str = "starttls"
    trust_anchor_dir: Path | None = None
    session_hours: dict[str, tuple[str, str]] | None = None  # {"morning": ("07:30", "11:30"), ...}
    leaders: dict[str, tuple[str, ...]] = field(default_factory=dict)  # unit mailbox -> leader addresses
    days_off: tuple[dt.date, ...] = ()       # substitute days off the province announced
    working_days: tuple[dt.date, ...] = ()   # swapped working days (a Saturday worked)
    source: Path | None = None               # the file it came from, None for the defaults

    def leaders_for(self, unit_email: str) -> tuple[str, ...]:
        return self.leaders.get(unit_email.strip().lower(), ())


def _bad(source: Path, vi: str, en: str) -> PolicyError:
    return PolicyError(f"Tệp chính sách quản trị {source} không hợp lệ: {vi}",
                       f"The administrator policy file {source} is invalid: {en}")


def _domain(value, source: Path) -> str:
    from thucongvu.policy.identity import normalise_domain

    if not isinstance(value, str):
        raise _bad(source, "allowed_domain phải là chuỗi", "allowed_domain must be a string")
    try:
        domain = normalise_domain(value)
    except PolicyError as exc:
        raise _bad(source, f"allowed_domain: {exc.vi}", f"allowed_domain: {exc.en}") from None
    if domain != BASE_DOMAIN and not domain.endswith("." + BASE_DOMAIN):
        raise _bad(source, f"allowed_domain «{value}» không nằm trong gov.vn (chỉ được thu hẹp, không được mở rộng)",
                   f"allowed_domain {value!r} is not under gov.vn (the rule can only be narrowed)")
    return domain


def _dates(key: str, value, source: Path) -> tuple[dt.date, ...]:
    if not isinstance(value, list):
        raise _bad(source, f"{key} phải là danh sách ngày YYYY-MM-DD", f"{key} must be a list of YYYY-MM-DD dates")
    try:
        return tuple(sorted(dt.date.fromisoformat(str(v)) for v in value))
    except ValueError as exc:
        raise _bad(source, f"{key}: ngày không hợp lệ ({exc})", f"{key}: invalid date ({exc})") from None


def _hours(value, source: Path) -> dict[str, tuple[str, str]]:
    if not isinstance(value, dict) or not value:
        raise _bad(source, "session_hours phải là {\"morning\": [\"07:30\", \"11:30\"], …}",
                   "session_hours must be {\"morning\": [\"07:30\", \"11:30\"], …}")
    out = {}
    for name, span in value.items():
        if name not in ("morning", "afternoon"):
            raise _bad(source, f"session_hours: buổi «{name}» không có", f"session_hours: unknown session {name!r}")
        if (not isinstance(span, list) or len(span) != 2 or not all(isinstance(s, str) and _HHMM.match(s)
                                                                     for s in span) or span[0] >= span[1]):
            raise _bad(source, f"session_hours.{name} phải là [\"HH:MM\", \"HH:MM\"] tăng dần",
                       f"session_hours.{name} must be [\"HH:MM\", \"HH:MM\"], start before end")
        out[name] = (span[0], span[1])
    return out


def _leaders(value, source: Path) -> dict[str, tuple[str, ...]]:
    from thucongvu.policy.identity import normalise_address

    if not isinstance(value, dict):
        raise _bad(source, "leaders phải là {hộp thư đơn vị: [địa chỉ lãnh đạo]}",
                   "leaders must be {unit mailbox: [leader addresses]}")
    out = {}
    for unit, people in value.items():
        if not isinstance(people, list) or not all(isinstance(p, str) for p in people):
            raise _bad(source, f"leaders[{unit}] phải là danh sách địa chỉ", f"leaders[{unit}] must be a list")
        try:
            out[normalise_address(unit)] = tuple(normalise_address(p) for p in people)
        except PolicyError as exc:
            raise _bad(source, f"leaders: {exc.vi}", f"leaders: {exc.en}") from None
    return out


def _server(key: str, value, source: Path) -> str:
    from thucongvu.accounts.model import Endpoint
    from thucongvu.errors import UsageError

    if not isinstance(value, str):
        raise _bad(source, f"{key} phải là «máy:cổng»", f"{key} must be 'host:port'")
    try:
        return str(Endpoint.parse(value, default_port=993 if key == "imap" else 587, security="tls"))
    except UsageError as exc:
        raise _bad(source, f"{key}: {exc.vi}", f"{key}: {exc.en}") from None


def parse_policy(doc, source: Path) -> AdminPolicy:
    """Validate a decoded policy document; every problem is a PolicyError naming the file."""
    if not isinstance(doc, dict):
        raise _bad(source, "nội dung phải là một đối tượng JSON", "the content must be a JSON object")
    known = {"allowed_domain", "imap", "imap_security", "smtp", "smtp_security", "trust_anchor_dir",
             "session_hours", "leaders", "days_off", "working_days"}
    unknown = sorted(set(doc) - known)
    if unknown:
        raise _bad(source, f"khóa không biết: {', '.join(unknown)}", f"unknown keys: {', '.join(unknown)}")
    kwargs: dict = {"source": source}
    if "allowed_domain" in doc:
        kwargs["allowed_domain"] = _domain(doc["allowed_domain"], source)
    for key in ("imap", "smtp"):
        if doc.get(key) is not None:
            kwargs[key] = _server(key, doc[key], source)
    for key in ("imap_security", "smtp_security"):
        if key in doc:
            if doc[key] not in _SECURITY:
                raise _bad(source, f"{key} phải là tls hoặc starttls", f"{key} must be tls or starttls")
            kwargs[key] = doc[key]
    if doc.get("trust_anchor_dir") is not None:
        if not isinstance(doc["trust_anchor_dir"], str):
            raise _bad(source, "trust_anchor_dir phải là đường dẫn", "trust_anchor_dir must be a path")
        kwargs["trust_anchor_dir"] = Path(doc["trust_anchor_dir"])
    if doc.get("session_hours") is not None:
        kwargs["session_hours"] = _hours(doc["session_hours"], source)
    if "leaders" in doc:
        kwargs["leaders"] = _leaders(doc["leaders"], source)
    for key in ("days_off", "working_days"):
        if key in doc:
            kwargs[key] = _dates(key, doc[key], source)
    return AdminPolicy(**kwargs)


def load_policy(dirs: Iterable[Path] | None = None) -> AdminPolicy:
    """The policy in force: the first ``policy.json`` in ``dirs`` (default: site config dirs), else the defaults."""
    if dirs is None:
        from thucongvu.paths import site_config_dirs

        dirs = site_config_dirs()
    for directory in dirs:
        path = Path(directory) / POLICY_FILE
        if not path.exists():
            continue
        try:
            text = path.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise _bad(path, f"không đọc được ({exc})", f"cannot be read ({exc})") from None
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _bad(path, f"lỗi JSON ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}",
                       f"JSON error at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        return parse_policy(doc, path)
    return AdminPolicy()
