"""Writing entries as vCard 3.0 (RFC 2426) through vobject, for other clients."""

from __future__ import annotations

from typing import Iterable

from thucongvu.directory.model import UNIT, Entry


def vcards(entries: Iterable[Entry]) -> bytes:
    import vobject

    out: list[str] = []
    for entry in entries:
        card = vobject.vCard()
        card.add("fn").value = entry.name
        if entry.kind == UNIT:
            card.add("n").value = vobject.vcard.Name(family="", given="")
            card.add("org").value = [entry.name]
        else:
            parts = entry.name.split()
            card.add("n").value = vobject.vcard.Name(family=" ".join(parts[:-1]), given=parts[-1] if parts else "")
            if entry.unit:
                card.add("org").value = [p.strip() for p in entry.unit.split("›")]
            if entry.position:
                card.add("title").value = entry.position
        if entry.email:
            mail = card.add("email")
            mail.value = entry.email
            mail.type_param = "INTERNET"
        if entry.phone:
            card.add("tel").value = entry.phone
        out.append(card.serialize())
    return "".join(out).encode("utf-8")
