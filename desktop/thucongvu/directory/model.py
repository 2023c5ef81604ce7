"""The directory's value types: what importers produce and the service returns.

Frozen dataclasses, no behaviour beyond small conveniences, no Qt. The search
index refers to an entry by ``ref = id * 4 + kind code`` (one FTS table for
people, units and groups).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON, UNIT, GROUP = "person", "unit", "group"
KIND_CODE = {PERSON: 1, UNIT: 2, GROUP: 3}
CODE_KIND = {v: k for k, v in KIND_CODE.items()}


def ref_of(kind: str, id_: int) -> int:
    return id_ * 4 + KIND_CODE[kind]


def split_ref(ref: int) -> tuple[str, int]:
    return CODE_KIND[ref % 4], ref // 4


@dataclass(frozen=True)
class Record:
    """One usable row of a source, before it is matched against the store.

    ``unit_path`` is the chain of unit names from the top (``("UBND huyện
    Chư Păh", "Phòng Nội vụ")``). A record without ``name`` describes the
    unit itself (its mailbox and phone).
    """

    row: int
    unit_path: tuple[str, ...]
    name: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Rejected:
    row: int
    reason: str

    def as_json(self) -> dict:
        return {"row": self.row, "reason": self.reason}


@dataclass
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    removed: int = 0        # entries of this source it no longer lists (not in the CLI's JSON shape)

    def as_json(self) -> dict:
        """The shape fixed by shared/CONTRACTS.md (``directory import --json``)."""
        return {"added": self.added, "updated": self.updated, "rejected": [r.as_json() for r in self.rejected]}


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    kind: str
    parent_id: int | None = None
    email: str = ""
    phone: str = ""
    source: str = ""
    imported_at: float | None = None
    path: str = ""          # "UBND huyện Chư Păh › Phòng Nội vụ"


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    position: str = ""
    unit_id: int | None = None
    unit: str = ""
    email: str = ""
    phone: str = ""
    source: str = ""
    imported_at: float | None = None


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    rule: dict
    aliases: tuple[str, ...] = ()
    builtin: bool = False


@dataclass(frozen=True)
class Entry:
    """A search or completion hit, whatever its kind."""

    kind: str
    id: int
    name: str
    position: str = ""
    unit: str = ""
    email: str = ""
    phone: str = ""

    def as_json(self) -> dict:
        """The shape fixed by shared/CONTRACTS.md (``directory search --json``)."""
        return {"kind": self.kind, "name": self.name, "position": self.position,
                "unit": self.unit, "email": self.email, "phone": self.phone}

    def address(self) -> str:
        """``"Name" <email>`` (readable Unicode, RFC 5322 quoted) for a recipient field; '' without an e-mail.

        Not RFC 2047-encoded: this is what the user sees and edits; the mail
        writer encodes headers when the message is built.
        """
        if not self.email:
            return ""
        if not self.name or self.name == self.email:
            return self.email
        quoted = self.name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{self.email}>'


@dataclass(frozen=True)
class UnitNode:
    unit: Unit
    children: tuple["UnitNode", ...] = ()


@dataclass(frozen=True)
class ResolvedLine:
    line: str
    emails: tuple[str, ...]
    entries: tuple[Entry, ...] = ()


@dataclass
class Resolution:
    resolved: list[ResolvedLine] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def emails(self) -> list[str]:
        seen: dict[str, None] = {}
        for r in self.resolved:
            for e in r.emails:
                seen.setdefault(e, None)
        return list(seen)

    def as_json(self) -> dict:
        """The shape fixed by shared/CONTRACTS.md (``directory resolve --json``)."""
        return {"resolved": [{"line": r.line, "emails": list(r.emails)} for r in self.resolved],
                "unresolved": list(self.unresolved), "skipped": list(self.skipped)}
