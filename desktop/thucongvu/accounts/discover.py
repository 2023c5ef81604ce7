"""Finding and testing the servers of a new account (the account wizard's domain side). No Qt.

Order: the administrator's policy presets (users cannot override them); else
Thunderbird-style autoconfig (``https://autoconfig.<domain>/mail/config-v1.1.xml``)
and the usual names ``mail.<domain>`` / ``imap.<domain>`` (IMAP over TLS, RFC
8314). Each candidate is tried with a real login; the first *meaningful*
failure stops the search: a wrong password or an untrusted certificate means
the server was found. Every function here blocks: call it off the GUI thread.
"""

from __future__ import annotations

import socket
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from thucongvu.accounts.model import Account, Endpoint
from thucongvu.errors import AuthError, NetworkError, PolicyError, TlsError


@dataclass(frozen=True)
class ServerGuess:
    imap: Endpoint
    smtp: Endpoint | None
    source: str  # "policy" | "manual" | "autoconfig" | "guess"


class NotReachable(NetworkError):
    """No candidate server answered."""

    def __init__(self, tried: list[ServerGuess]):
        hosts = ", ".join(str(g.imap) for g in tried) or "—"
        super().__init__(f"Không kết nối được máy chủ thư nào (đã thử: {hosts})",
                         f"No mail server could be reached (tried: {hosts})")
        self.tried = tried


def guesses(email: str, policy=None, *, autoconfig=None) -> list[ServerGuess]:
    """Candidate servers for ``email``; the admin policy's presets alone when it has them."""
    domain = email.rpartition("@")[2].strip().lower()
    if policy is not None and policy.imap:
        smtp = Endpoint.parse(policy.smtp, default_port=587, security=policy.smtp_security) if policy.smtp else None
        return [ServerGuess(Endpoint.parse(policy.imap, default_port=993, security=policy.imap_security), smtp, "policy")]
    found = list((autoconfig or fetch_autoconfig)(domain))
    for prefix in ("mail", "imap"):
        host = f"{prefix}.{domain}"
        smtp_host = f"{'smtp' if prefix == 'imap' else 'mail'}.{domain}"
        found.append(ServerGuess(Endpoint(host, 993, "tls"), Endpoint(smtp_host, 587, "starttls"), "guess"))
    seen, out = set(), []
    for g in found:
        if (g.imap.host, g.imap.port) not in seen:
            seen.add((g.imap.host, g.imap.port))
            out.append(g)
    return out


def fetch_autoconfig(domain: str, timeout: float = 5.0) -> list[ServerGuess]:
    """The domain's autoconfig file over HTTPS (verified TLS), or nothing."""
    url = f"https://autoconfig.{domain}/mail/config-v1.1.xml"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return parse_autoconfig(response.read(200_000))
    except (OSError, ValueError, ET.ParseError):
        return []


def parse_autoconfig(data: bytes) -> list[ServerGuess]:
    root = ET.fromstring(data)
    smtp = None
    for out in root.iter("outgoingServer"):
        if out.get("type") == "smtp" and out.findtext("hostname"):
            security = "tls" if (out.findtext("socketType") or "").upper() == "SSL" else "starttls"
            smtp = Endpoint(out.findtext("hostname").strip(), int(out.findtext("port") or 587), security)
            break
    found = []
    for inc in root.iter("incomingServer"):
        if inc.get("type") == "imap" and inc.findtext("hostname"):
            socket_type = (inc.findtext("socketType") or "").upper()
            if socket_type not in ("SSL", "STARTTLS"):
                continue  # never send a password in clear text
            security = "tls" if socket_type == "SSL" else "starttls"
            found.append(ServerGuess(Endpoint(inc.findtext("hostname").strip(), int(inc.findtext("port") or 993),
                                              security), smtp, "autoconfig"))
    return found


def reachable(endpoint: Endpoint, timeout: float = 4.0) -> bool:
    try:
        with socket.create_connection((endpoint.host, endpoint.port), timeout=timeout):
            return True
    except OSError:
        return False


def connect_account(email: str, password: str, add_account, *, candidates: list[ServerGuess],
                    display_name: str = "", unit_mailbox: bool = False, pinned_sha256: str | None = None,
                    cafile: str | None = None, policy=None) -> Account:
    """Tries the candidates with a real login and saves the first that works.

    ``add_account(account, password)`` is ``MailService.add_account`` (policy
    check, login test, save, password to the keyring/vault). Raises PolicyError
    before any connection for a non-.gov.vn identity; AuthError / TlsError
    (with ``.guess`` and the certificate's fingerprint) as soon as a server
    answers; NotReachable when none does.
    """
    from thucongvu.policy.identity import check_identity

    email = check_identity(email, policy)
    tried: list[ServerGuess] = []
    for guess in candidates:
        if not reachable(guess.imap):
            tried.append(guess)
            continue
        account = Account(email=email, imap=guess.imap, smtp=guess.smtp, username=email, display_name=display_name,
                          unit_mailbox=unit_mailbox, pinned_sha256=pinned_sha256, cafile=cafile)
        try:
            return add_account(account, password)
        except (AuthError, TlsError, PolicyError) as exc:
            exc.guess = guess
            raise
        except NetworkError:
            tried.append(guess)
    raise NotReachable(tried)
