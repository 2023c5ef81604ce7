"""pytest plugin: a private Dovecot on loopback for integration tests.

``start_dovecot(workdir)`` runs ``/usr/sbin/dovecot -F -c <conf>`` with its
own base_dir, on free loopback ports, and returns a :class:`DovecotServer`;
the session fixture ``dovecot`` wraps it. Benchmarks call it outside pytest.

What it offers (RFC numbers are what the client under test relies on):
- IMAP over implicit TLS and IMAP with STARTTLS (RFC 3501 §6.2.1). Dovecot
  counts loopback as secure, so it would accept a plaintext login there:
  the client's own refusal is what tests check. CONDSTORE/QRESYNC (RFC 7162),
  MOVE (RFC 6851), IDLE (RFC 2177), LIST-STATUS (RFC 5819), SPECIAL-USE
  mailboxes Drafts, Sent, Trash, Junk, Archive auto-created (RFC 6154);
- an LMTP listener (RFC 2033) Postfix delivers into, and an auth listener
  Postfix uses for SMTP AUTH (Dovecot SASL over TCP);
- users in passwd-files (one per user) with plain passwords, so ``add_user``
  is cheap and each test can have its own user.

Helpers: ``add_user(user, password)`` → address (``user`` may be a full
address), ``unique_user()`` → (address, password), ``client()`` (verified
TLS, logged in), ``append``/``append_many``, ``seed_maildir`` (thousands of
messages in a second), ``maildir(address)``; fixture ``imap_user`` gives a
fresh (address, password) per test. The server's log is ``log_file``.

Dovecot never runs mail processes as uid 0, so mail belongs to the ``nobody``
user (or to the current user when the tests do not run as root); benchmarks
that write maildir files directly chown them to ``server.mail_uid``.
"""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOVECOT = "/usr/sbin/dovecot"
DEFAULT_DOMAIN = "thuc.gov.vn"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 15.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"dovecot exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"port {port} did not open in {timeout}s")


_CONF = """\
# Private test instance (tests/support/dovecot.py) — not a production config.
protocols = imap lmtp
listen = 127.0.0.1
base_dir = {run}
state_dir = {state}
instance_name = tcv-test-{tag}
log_path = {log}
info_log_path = {log}
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
auth_cache_size = 0
first_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 200
default_vsz_limit = 512M
login_trusted_networks =
verbose_proctitle = no

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu {users}/%Lu
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail}/%Ld/%Ln
}}

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
  mailbox Archive {{
    special_use = \\Archive
    auto = subscribe
  }}
}}

protocol imap {{
  mail_max_userip_connections = 200
  imap_idle_notify_interval = 1 secs
}}
protocol lmtp {{
  postmaster_address = postmaster@{domain}
}}

service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
  process_min_avail = 1
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
}}
service auth {{
  inet_listener {{
    address = 127.0.0.1
    port = {auth_port}
  }}
}}
# No growing delay after failed logins (wrong-password tests run back to back).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = 0
  }}
}}
service submission-login {{
  inet_listener submission {{
    port = 0
  }}
}}
"""


@dataclass
class DovecotServer:
    host: str
    imaps_port: int
    imap_starttls_port: int
    lmtp_port: int
    auth_port: int
    cafile: Path  # the test CA's PEM: what a client must trust
    workdir: Path
    domain: str = DEFAULT_DOMAIN
    mail_uid: int = 0
    mail_gid: int = 0
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def users_dir(self) -> Path:
        return self.workdir / "users"

    @property
    def log_file(self) -> Path:
        return self.workdir / "dovecot.log"

    # -- users ---------------------------------------------------------------
    def add_user(self, user: str, password: str) -> str:
        """Create (or reset the password of) a mailbox; returns its address."""
        address = (user if "@" in user else f"{user}@{self.domain}").lower()
        if ":" in address or ":" in password or "\n" in password:
            raise ValueError("':' and newlines cannot appear in a passwd-file entry")
        # One passwd-file per user: Dovecot checks a file for changes at most
        # once a second, but opens a file it has not seen yet at once.
        path = self.users_dir / address
        existed = path.exists()
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(f"{address}:{{PLAIN}}{password}::::::\n", "utf-8")
        tmp.chmod(0o644)
        os.replace(tmp, path)
        if existed:  # a changed file is noticed once the clock has moved to the next second
            time.sleep(1.1)
        return address

    def unique_user(self, prefix: str = "u", password: str = "mat-khau-1") -> tuple[str, str]:
        """A fresh user for one test: (address, password)."""
        return self.add_user(f"{prefix}{uuid.uuid4().hex[:10]}", password), password

    def maildir(self, address: str) -> Path:
        local, _, domain = address.lower().partition("@")
        return self.workdir / "mail" / domain / local / "Maildir"

    # -- clients -------------------------------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cafile))

    def client(self, user: str, password: str):
        """An imapclient.IMAPClient logged in over verified implicit TLS."""
        import imapclient

        c = imapclient.IMAPClient(self.host, port=self.imaps_port, ssl=True, ssl_context=self.ssl_context(),
                                  timeout=30)
        c.login(user, password)
        return c

    def append(self, user: str, password: str, folder: str, raw: bytes, flags=(), when=None) -> None:
        c = self.client(user, password)
        try:
            c.append(folder, raw, flags=tuple(flags), msg_time=when)
        finally:
            c.logout()

    def append_many(self, user: str, password: str, folder: str, raws, flags=()) -> None:
        """APPEND a batch over one connection (RFC 3501 §6.3.11)."""
        c = self.client(user, password)
        try:
            for raw in raws:
                c.append(folder, raw, flags=tuple(flags))
        finally:
            c.logout()

    def seed_maildir(self, address: str, folder: str, raws, *, seen_every: int = 0, start_time: float | None = None) -> int:
        """Write messages straight into the user's maildir (much faster than APPEND).

        Dovecot assigns UIDs on the next SELECT. Every ``seen_every``-th
        message is marked \\Seen; internal dates count up from ``start_time``.
        Returns how many were written.
        """
        base = self.maildir(address)
        box = base if folder.upper() == "INBOX" else base / ("." + folder.replace("/", "."))
        created = []
        for p in (base.parent, base, box):
            if not p.exists():
                p.mkdir(parents=True)
                created.append(p)
        for sub in ("cur", "new", "tmp"):
            if not (box / sub).exists():
                (box / sub).mkdir()
                created.append(box / sub)
        for p in created:
            os.chown(p, self.mail_uid, self.mail_gid)
        when = start_time if start_time is not None else time.time() - 86400
        stamp = uuid.uuid4().hex[:8]
        n = 0
        for n, raw in enumerate(raws, 1):
            flags = "S" if seen_every and n % seen_every == 0 else ""
            path = box / "cur" / f"{int(when)}.M{n}P{stamp}.seed,S={len(raw)}:2,{flags}"
            with open(path, "wb") as fh:
                fh.write(raw)
            os.chown(path, self.mail_uid, self.mail_gid)
            os.utime(path, (when + n, when + n))
        return n

    # -- lifecycle -----------------------------------------------------------
    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _mail_ids() -> tuple[int, int]:
    if os.geteuid() != 0:
        return os.getuid(), os.getgid()
    import pwd

    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


def start_dovecot(workdir: Path | None = None, *, domain: str = DEFAULT_DOMAIN) -> DovecotServer:
    """Start a private Dovecot; the caller stops it (``server.stop()``)."""
    from tests.support.tlsca import TestCA
    from tests.support.workdir import daemon_workdir

    if workdir is None:
        workdir = Path(tempfile.mkdtemp(prefix="tcv-dovecot-"))
    workdir = Path(workdir)
    daemon_workdir(workdir)
    ca = TestCA(workdir / "tls")
    issued = ca.issue("localhost")
    for d in ("run", "state", "mail"):
        (workdir / d).mkdir(exist_ok=True)
    uid, gid = _mail_ids()
    os.chown(workdir / "mail", uid, gid)
    (workdir / "users").mkdir(exist_ok=True)
    ports = dict(imap_port=free_port(), imaps_port=free_port(), lmtp_port=free_port(), auth_port=free_port())
    conf = workdir / "dovecot.conf"
    conf.write_text(_CONF.format(
        run=workdir / "run", state=workdir / "state", log=workdir / "dovecot.log", tag=uuid.uuid4().hex[:8],
        cert=issued.cert_path, key=issued.key_path, users=workdir / "users", mail=workdir / "mail",
        domain=domain, uid=uid, gid=gid, **ports,
    ), "utf-8")
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=open(workdir / "dovecot.stderr", "wb"))
    server = DovecotServer("localhost", ports["imaps_port"], ports["imap_port"], ports["lmtp_port"],
                           ports["auth_port"], ca.cert_path, workdir, domain, uid, gid, proc)
    try:
        for port in ports.values():
            wait_port(port, proc=proc)
    except Exception:
        server.stop()
        err = (workdir / "dovecot.stderr").read_text("utf-8", "replace")
        log = (workdir / "dovecot.log").read_text("utf-8", "replace") if server.log_file.exists() else ""
        raise RuntimeError(f"Dovecot did not start:\n{err}\n{log[-2000:]}")
    return server


@pytest.fixture(scope="session")
def dovecot():
    """One private Dovecot for the whole test session; use a fresh user per test."""
    if not Path(DOVECOT).exists():
        pytest.fail("dovecot-imapd is not installed (make test installs it)")
    workdir = Path(tempfile.mkdtemp(prefix="tcv-dovecot-"))
    server = start_dovecot(workdir)
    yield server
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def imap_user(dovecot) -> tuple[str, str]:
    """A fresh mailbox on the session Dovecot: (address, password)."""
    return dovecot.unique_user()
