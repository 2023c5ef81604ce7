"""The local store: one SQLite database (WAL) under the user's home dir.

Owns the schema, its migrations and the read queries. Never imports Qt and
never touches the network.
"""
