"""The server's global address list over LDAP (RFC 4511) through ldap3.

The URL follows RFC 4516: ``ldap://host:port/BASE??sub?FILTER``; without a
base DN the server's first naming context is used. Units come from the DN:
``cn=…,ou=Phòng Nội vụ,ou=UBND huyện Chư Păh,dc=gialai,dc=gov,dc=vn`` belongs
to that unit path. An entry that is a unit's own mailbox (``employeeType``
"hộp thư đơn vị"/"unit", or a name equal to its unit's) sets the unit's
address. Bind is anonymous unless ``bind_dn``/``password`` are given;
ldaps:// verifies the server's certificate (``cafile`` adds a CA).
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from thucongvu.directory import clean
from thucongvu.directory.model import Record, Rejected
from thucongvu.errors import AuthError, NetworkError, TlsError, UsageError
from thucongvu.text.fold import fold

ATTRIBUTES = ["cn", "displayName", "title", "mail", "telephoneNumber", "mobile", "ou", "employeeType",
              "objectClass"]
DEFAULT_FILTER = "(|(objectClass=inetOrgPerson)(objectClass=organizationalUnit))"
_UNIT_TYPES = {"hop thu don vi", "unit", "don vi", "hop thu chung"}


def _parse(url: str):
    parts = urlsplit(url)
    if not parts.hostname:
        raise UsageError(f"Địa chỉ LDAP không hợp lệ: {url}", f"Invalid LDAP URL: {url}")
    base = unquote(parts.path.lstrip("/"))
    fields = (parts.query.split("?") + ["", "", ""])[:3]  # attributes ? scope ? filter
    return parts, base, unquote(fields[2]) or DEFAULT_FILTER


def _first(entry, attr: str) -> str:
    values = entry.get(attr) or []
    return clean.text(values[0]) if values else ""


def _unit_path(dn: str, base: str, own: bool) -> tuple[str, ...]:
    """Unit names from the DN's ``ou`` components, outermost first."""
    from ldap3.utils.dn import parse_dn

    rdns = parse_dn(dn, escape=False)
    names = [clean.text(value) for attr, value, _ in rdns if attr.lower() == "ou"]
    if not own:
        # a person's own RDN is not a unit
        if rdns and rdns[0][0].lower() == "ou":
            names = names[1:]
    return tuple(reversed(names))


def read(url: str, *, bind_dn: str | None = None, password: str | None = None, cafile: str | None = None,
         timeout: float = 15) -> tuple[list[Record], list[Rejected]]:
    import ssl

    import ldap3
    from ldap3.core import exceptions as lx

    parts, base, search_filter = _parse(url)
    secure = parts.scheme.lower() == "ldaps"
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=cafile) if secure else None
    server = ldap3.Server(parts.hostname, port=parts.port or (636 if secure else 389), use_ssl=secure, tls=tls,
                          get_info=ldap3.DSA, connect_timeout=timeout)
    try:
        conn = ldap3.Connection(server, user=bind_dn, password=password, auto_bind=True,
                                receive_timeout=timeout, read_only=True)
    except lx.LDAPBindError as exc:
        raise AuthError("Máy chủ LDAP từ chối đăng nhập", f"LDAP bind refused: {exc}") from exc
    except lx.LDAPSocketOpenError as exc:
        if "certificate" in str(exc).lower() or "ssl" in str(exc).lower():
            raise TlsError("Chứng thư của máy chủ LDAP không tin cậy", f"LDAP certificate not trusted: {exc}") from exc
        raise NetworkError(f"Không kết nối được máy chủ LDAP {parts.hostname}",
                           f"Cannot connect to LDAP server {parts.hostname}: {exc}") from exc
    except lx.LDAPException as exc:
        raise NetworkError(f"Lỗi LDAP: {exc}", f"LDAP error: {exc}") from exc
    try:
        if not base:
            contexts = list(server.info.naming_contexts or []) if server.info else []
            if not contexts:
                raise UsageError("Hãy ghi DN gốc trong địa chỉ LDAP (ldap://máy/dc=…)",
                                 "Give the base DN in the LDAP URL (ldap://host/dc=…)")
            base = str(contexts[0])
        entries = conn.extend.standard.paged_search(base, search_filter, attributes=ATTRIBUTES,
                                                    paged_size=500, generator=False)
    except lx.LDAPNoSuchObjectResult as exc:
        raise UsageError(f"Không có DN gốc {base} trên máy chủ LDAP", f"No such base DN {base}") from exc
    except lx.LDAPException as exc:
        raise NetworkError(f"Lỗi LDAP khi tìm: {exc}", f"LDAP search error: {exc}") from exc
    finally:
        conn.unbind()
    return _records([e for e in entries if e.get("type") == "searchResEntry"], base)


def _records(entries: list[dict], base: str) -> tuple[list[Record], list[Rejected]]:
    records: list[Record] = []
    rejected: list[Rejected] = []
    # parents before children, so units exist before their people
    entries.sort(key=lambda e: e["dn"].count(","))
    for number, entry in enumerate(entries, start=1):
        attrs = entry.get("attributes", {})
        classes = {fold(c) for c in attrs.get("objectClass", [])}
        dn = entry["dn"]
        if "organizationalunit" in classes:
            path = _unit_path(dn, base, own=True)
            if path:
                records.append(Record(number, path, phone=_first(attrs, "telephoneNumber")))
            continue
        name = _first(attrs, "displayName") or _first(attrs, "cn")
        path = _unit_path(dn, base, own=False)
        try:
            address = clean.email(_first(attrs, "mail"))
        except clean.BadEmail as exc:
            rejected.append(Rejected(number, f"{dn}: địa chỉ thư điện tử không hợp lệ: {exc}"))
            continue
        if not address:
            rejected.append(Rejected(number, f"{dn}: thiếu địa chỉ thư điện tử"))
            continue
        phones = [p for p in (_first(attrs, "telephoneNumber"), _first(attrs, "mobile")) if p]
        if fold(_first(attrs, "employeeType")) in _UNIT_TYPES or (path and fold(name) == fold(path[-1])):
            if not path:
                rejected.append(Rejected(number, f"{dn}: hộp thư đơn vị nằm ngoài mọi đơn vị"))
                continue
            records.append(Record(number, path, "", "", address, ", ".join(phones)))
            continue
        records.append(Record(number, path, name, _first(attrs, "title"), address, ", ".join(phones)))
    return records, rejected
