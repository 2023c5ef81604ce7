"""pytest plugin: a private OpenLDAP ``slapd`` on loopback, seeded with a small GAL.

``slapd`` (session fixture) starts Debian's ``/usr/sbin/slapd`` in the
foreground (``-d 0``) from a generated ``slapd.conf`` (core, cosine and
inetOrgPerson schemas, an mdb database in a temp dir), waits until it
answers, and seeds a realistic tree through ldap3 as the root DN:

    dc=gialai,dc=gov,dc=vn
      ou=Sở Thông tin và Truyền thông   (unit mailbox: employeeType "hộp thư đơn vị")
        ou=Phòng Bưu chính - Viễn thông
      ou=UBND huyện Chư Păh
        ou=Phòng Nội vụ
      ou=UBND tỉnh Gia Lai

slapd also listens for LDAP over TLS (``ldaps_url``, a certificate issued
for localhost by tests/support/tlsca, ``cafile`` to trust it). The fixture
object gives ``url``, ``base``, ``admin_dn``, ``admin_password``
and ``add(dn, object_class, attributes)`` / ``modify(dn, changes)`` for tests
that need more entries. Skips when slapd is not installed.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SLAPD = "/usr/sbin/slapd"
BASE = "dc=gialai,dc=gov,dc=vn"
ADMIN = f"cn=admin,{BASE}"
PASSWORD = "mat-khau-quan-tri-thu"

SEED = [
    (f"ou=Sở Thông tin và Truyền thông,{BASE}", "organizationalUnit", {"telephoneNumber": "0269 3823 555"}),
    (f"ou=Phòng Bưu chính - Viễn thông,ou=Sở Thông tin và Truyền thông,{BASE}", "organizationalUnit", {}),
    (f"ou=UBND huyện Chư Păh,{BASE}", "organizationalUnit", {}),
    (f"ou=Phòng Nội vụ,ou=UBND huyện Chư Păh,{BASE}", "organizationalUnit", {}),
    (f"ou=UBND tỉnh Gia Lai,{BASE}", "organizationalUnit", {}),
    (f"uid=vanthu.stttt,ou=Sở Thông tin và Truyền thông,{BASE}", "inetOrgPerson",
     {"cn": "Văn thư Sở TT&TT", "sn": "Văn thư", "mail": "vanthu@stttt.gialai.gov.vn",
      "employeeType": "hộp thư đơn vị"}),
    (f"uid=hungnv,ou=Sở Thông tin và Truyền thông,{BASE}", "inetOrgPerson",
     {"cn": "Nguyễn Văn Hùng", "sn": "Nguyễn", "givenName": "Hùng", "title": "Giám đốc",
      "mail": "hungnv@stttt.gialai.gov.vn", "telephoneNumber": "0269 3823 556"}),
    (f"uid=lanptt,ou=Phòng Bưu chính - Viễn thông,ou=Sở Thông tin và Truyền thông,{BASE}", "inetOrgPerson",
     {"cn": "Phạm Thị Thu Lan", "sn": "Phạm", "title": "Trưởng phòng", "mail": "lanptt@stttt.gialai.gov.vn",
      "mobile": "0905 123 456"}),
    (f"uid=vanthu.chupah,ou=UBND huyện Chư Păh,{BASE}", "inetOrgPerson",
     {"cn": "UBND huyện Chư Păh", "sn": "Văn thư", "mail": "vanthu@chupah.gialai.gov.vn"}),
    (f"uid=ksoryblin,ou=Phòng Nội vụ,ou=UBND huyện Chư Păh,{BASE}", "inetOrgPerson",
     {"cn": "Ksor Y Blin", "sn": "Ksor", "title": "Trưởng phòng", "mail": "blinky@chupah.gialai.gov.vn"}),
    (f"uid=dangtm,ou=UBND tỉnh Gia Lai,{BASE}", "inetOrgPerson",
     {"cn": "Đặng Thị Minh", "sn": "Đặng", "title": "Phó Chủ tịch", "mail": "dangtm@gialai.gov.vn"}),
    (f"uid=saidiachi,ou=UBND tỉnh Gia Lai,{BASE}", "inetOrgPerson",
     {"cn": "Lê Văn Sai", "sn": "Lê", "title": "Chuyên viên", "mail": "le van sai at gialai"}),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Slapd:
    url: str
    base: str
    admin_dn: str
    admin_password: str
    process: subprocess.Popen
    ldaps_url: str = ""        # the same server over TLS (RFC 4513), certificate from tests/support/tlsca
    cafile: str = ""           # the PEM a client must trust for ldaps_url

    def _conn(self):
        import ldap3

        return ldap3.Connection(ldap3.Server(self.url), self.admin_dn, self.admin_password, auto_bind=True)

    def add(self, dn: str, object_class: str, attributes: dict) -> None:
        conn = self._conn()
        try:
            if not conn.add(dn, object_class, attributes):
                raise RuntimeError(f"ldap add {dn}: {conn.result}")
        finally:
            conn.unbind()

    def modify(self, dn: str, changes: dict) -> None:
        import ldap3

        conn = self._conn()
        try:
            ok = conn.modify(dn, {k: [(ldap3.MODIFY_REPLACE, [v])] for k, v in changes.items()})
            if not ok:
                raise RuntimeError(f"ldap modify {dn}: {conn.result}")
        finally:
            conn.unbind()


def _config(root: Path, data: Path, issued) -> Path:
    conf = root / "slapd.conf"
    conf.write_text(f"""
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile {root}/slapd.pid
argsfile {root}/slapd.args
TLSCertificateFile {issued.cert_path}
TLSCertificateKeyFile {issued.key_path}
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
maxsize 67108864
suffix "{BASE}"
rootdn "{ADMIN}"
rootpw {PASSWORD}
directory {data}
access to * by * read
""", encoding="utf-8")
    return conf


@pytest.fixture(scope="session")
def slapd(tmp_path_factory):
    if not Path(SLAPD).exists():
        pytest.skip("slapd is not installed (packaging/ensure-debian-packages.sh servers)")
    root = tmp_path_factory.mktemp("slapd")
    data = root / "data"
    data.mkdir()
    from tests.support.tlsca import TestCA

    ca = TestCA(root / "ca", name="Thu Cong Vu LDAP Test CA")
    conf = _config(root, data, ca.issue("localhost"))
    port, tls_port = _free_port(), _free_port()
    url, ldaps_url = f"ldap://127.0.0.1:{port}", f"ldaps://localhost:{tls_port}"
    log = (root / "slapd.log").open("wb")
    proc = subprocess.Popen([SLAPD, "-h", f"{url}/ ldaps://127.0.0.1:{tls_port}/", "-f", str(conf), "-d", "0"],
                            stdout=log, stderr=log)
    server = Slapd(url, BASE, ADMIN, PASSWORD, proc, ldaps_url, str(ca.cert_path))
    deadline = time.monotonic() + 20
    for p in (port, tls_port):
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"slapd exited: {(root / 'slapd.log').read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", p), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    proc.kill()
                    raise RuntimeError("slapd did not start")
                time.sleep(0.1)
    try:
        server.add(BASE, ["dcObject", "organization"], {"dc": "gialai", "o": "Tỉnh Gia Lai"})
        for dn, oc, attrs in SEED:
            server.add(dn, oc, {**attrs, **({"ou": dn.split(",")[0][3:]} if oc == "organizationalUnit" else {})})
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(data, ignore_errors=True)
