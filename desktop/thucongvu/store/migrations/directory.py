"""Schema of the directory component (danh bạ thư điện tử).

Units form a tree (``parent_id``); ``key`` is the folded path of names from
the root, the identity a re-import matches on. People are matched on their
e-mail address, else on folded name + unit. Every entry keeps its provenance
(``source``, ``imported_at``). ``dir_fts`` holds *folded and
abbreviation-expanded* text (thucongvu.directory.index) so that ``UBND``,
``uy ban nhan dan`` and ``Ủy ban nhân dân`` find the same rows; its rowid
encodes the entry (``id * 4 + kind``, see thucongvu.directory.model).
Groups are rules over the tree (JSON), seeded with the usual recipient lines
and editable by the user.
"""

MIGRATIONS: list = [
    """
    CREATE TABLE dir_units (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES dir_units(id) ON DELETE SET NULL,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        imported_at REAL
    );
    CREATE INDEX dir_units_parent ON dir_units(parent_id);
    CREATE INDEX dir_units_kind ON dir_units(kind);

    CREATE TABLE dir_people (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER REFERENCES dir_units(id) ON DELETE SET NULL,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        position TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        imported_at REAL
    );
    CREATE INDEX dir_people_unit ON dir_people(unit_id);

    CREATE TABLE dir_groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        rule TEXT NOT NULL,                     -- JSON, see thucongvu.directory.groups
        aliases TEXT NOT NULL DEFAULT '[]',     -- JSON list of other spellings
        builtin INTEGER NOT NULL DEFAULT 0
    );

    CREATE VIRTUAL TABLE dir_fts USING fts5(
        name, alias, position, unit, email,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '1 2 3'                        -- search as you type: short prefixes stay fast
    );
    """,
]


def _seed_groups(conn) -> None:
    from thucongvu.directory.groups import seed

    seed(conn)


MIGRATIONS.append(_seed_groups)
