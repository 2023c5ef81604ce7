"""pytest plugin: a private Postfix on loopback that delivers into the test Dovecot.

``start_postfix(workdir, dovecot)`` runs Postfix's ``master -d`` in the
foreground with its own config_directory, queue_directory and
data_directory under ``workdir`` (as root; Postfix drops to its ``postfix``
user), and returns a :class:`PostfixServer`. The session fixture ``postfix``
wraps it.

- submission (RFC 6409) with STARTTLS (RFC 3207) on ``submission_port`` and
  with implicit TLS (RFC 8314) on ``smtps_port``, certificates from
  ``tests.support.tlsca``; AUTH only after TLS, checked by Dovecot's auth
  service over TCP (``smtpd_sasl_type = dovecot``);
- ``REFUSED_RCPT`` is always refused with 550 and ``DEFERRED_RCPT`` with 450
  at RCPT time, for the outbox's permanent / temporary failure paths;
- mail for the test domains (``DOMAINS`` and the Dovecot domain) goes to
  Dovecot over LMTP (RFC 2033); anything else bounces at once: nothing ever
  leaves the machine;
- "SMTP down" is simulated by pointing an account at ``closed_port()``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

MASTER = "/usr/lib/postfix/sbin/master"
REFUSED_RCPT = "khongton@so.gialai.gov.vn"  # always answered 550 at RCPT (a permanent refusal)
DEFERRED_RCPT = "thulai@so.gialai.gov.vn"   # always answered 450 at RCPT (a temporary one)
DOMAINS = ("thuc.gov.vn", "gialai.gov.vn", "so.gialai.gov.vn", "ubnd.gialai.gov.vn", "hanoi.gov.vn")

_MAIN = """\
# Private test instance (tests/support/postfix.py) — not a production config.
compatibility_level = 3.6
config_directory = {conf}
queue_directory = {queue}
data_directory = {data}
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
syslog_name = tcv-postfix-{tag}
maillog_file = {log}
maillog_file_prefixes = /tmp, /var, /dev/stdout, {workdir}
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = smtp.thuc.gov.vn
mydomain = thuc.gov.vn
myorigin = thuc.gov.vn
mydestination =
mynetworks = 127.0.0.0/8
local_recipient_maps =
alias_maps =
alias_database =
biff = no
smtputf8_enable = yes
virtual_mailbox_domains = {domains}
virtual_transport = lmtp:inet:127.0.0.1:{lmtp_port}
default_transport = error:no outside delivery from the test server
relay_transport = error:no outside delivery from the test server
relayhost =
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
lmtp_connection_cache_on_demand = no
delay_warning_time = 0
smtpd_banner = $myhostname ESMTP
smtpd_tls_cert_file = {cert}
smtpd_tls_key_file = {key}
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:{auth_port}
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions =
    check_recipient_access inline:{{ {{{refused} = 550 5.1.1 Hop thu khong ton tai}}, {{{deferred} = 450 4.2.1 Thu lai sau}} }},
    permit_sasl_authenticated, reject
smtpd_client_restrictions =
smtpd_helo_restrictions =
smtpd_sender_restrictions =
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 1000
smtpd_hard_error_limit = 1000
"""

_MASTER_CF = """\
127.0.0.1:{submission_port} inet n - n - - smtpd
127.0.0.1:{smtps_port} inet n - n - - smtpd -o smtpd_tls_wrappermode=yes
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_banner(port: int, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"postfix master exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                s.settimeout(5)
                if s.recv(100).startswith(b"220"):
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"postfix did not answer on port {port} in {timeout}s")


@dataclass
class PostfixServer:
    host: str
    submission_port: int  # STARTTLS
    smtps_port: int       # implicit TLS
    cafile: Path          # trusts this Postfix AND the Dovecot it delivers to
    workdir: Path
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def conf_dir(self) -> Path:
        return self.workdir / "conf"

    @property
    def log_file(self) -> Path:
        return self.workdir / "maillog"

    def log(self) -> str:
        return self.log_file.read_text("utf-8", "replace") if self.log_file.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_postfix(workdir: Path, dovecot, *, domains=DOMAINS) -> PostfixServer:
    """Start a private Postfix delivering to ``dovecot``; the caller stops it."""
    from tests.support.tlsca import TestCA
    from tests.support.workdir import daemon_workdir

    workdir = Path(workdir)
    daemon_workdir(workdir)
    conf, queue, data = workdir / "conf", workdir / "queue", workdir / "data"
    for d in (conf, queue, data):
        d.mkdir(parents=True, exist_ok=True)
    shutil.chown(data, "postfix", "postfix")
    ca = TestCA(workdir / "tls", name="Thu Cong Vu Postfix Test CA")  # a name of its own: both go in one bundle
    issued = ca.issue("localhost")
    ports = dict(submission_port=_free_port(), smtps_port=_free_port())
    all_domains = sorted({*domains, dovecot.domain})
    (conf / "main.cf").write_text(_MAIN.format(
        conf=conf, queue=queue, data=data, log=workdir / "maillog", workdir=workdir, tag=uuid.uuid4().hex[:8],
        domains=", ".join(all_domains), lmtp_port=dovecot.lmtp_port, auth_port=dovecot.auth_port,
        cert=issued.cert_path, key=issued.key_path, refused=REFUSED_RCPT, deferred=DEFERRED_RCPT,
    ))
    (conf / "master.cf").write_text(_MASTER_CF.format(**ports))
    # Queue subdirectories with Postfix's owners and modes (postfix-files).
    setup = subprocess.run(["/usr/sbin/postfix", "-c", str(conf), "set-permissions", "create-missing"],
                           capture_output=True, text=True, timeout=120)
    if setup.returncode != 0:
        raise RuntimeError(f"postfix set-permissions failed: {setup.stdout}{setup.stderr}")
    # A session of its own: on SIGTERM master kills its whole process group.
    with open(workdir / "master.stderr", "wb") as err:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen([MASTER, "-c", str(conf), "-d"], stdin=subprocess.DEVNULL, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=err)
    # One bundle a client can trust for both servers (the account has one cafile).
    bundle = workdir / "tls" / "trust-bundle.pem"
    bundle.write_bytes(ca.cert_path.read_bytes() + Path(dovecot.cafile).read_bytes())
    server = PostfixServer("localhost", ports["submission_port"], ports["smtps_port"], bundle, workdir, proc)
    try:
        _wait_banner(ports["submission_port"], proc)  # the smtps port speaks TLS first: no banner to read
    except Exception:
        server.stop()
        err = (workdir / "master.stderr").read_text("utf-8", "replace")
        raise RuntimeError(f"Postfix did not start:\n{err}\n{server.log()[-3000:]}")
    return server


def closed_port() -> int:
    """A loopback port nothing listens on (connection refused): "SMTP server down"."""
    return _free_port()


@pytest.fixture(scope="session")
def postfix(dovecot):
    """One private Postfix for the session, delivering into the session Dovecot."""
    if not Path(MASTER).exists():
        pytest.fail("postfix is not installed (make test installs it)")
    if os.geteuid() != 0:
        pytest.fail("the private Postfix needs root (its master process must start as root and drop to 'postfix')")
    workdir = Path(tempfile.mkdtemp(prefix="tcv-postfix-"))
    server = start_postfix(workdir, dovecot)
    yield server
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)
