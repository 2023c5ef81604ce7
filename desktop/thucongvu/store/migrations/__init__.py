"""The schema, one ordered migration list per component.

Append to a component's list; never edit a migration that has shipped.
"""

from thucongvu.store.migrations import directory, duty, mail, outbox, signatures

COMPONENTS = [
    ("mail", mail.MIGRATIONS),
    ("outbox", outbox.MIGRATIONS),
    ("directory", directory.MIGRATIONS),
    ("duty", duty.MIGRATIONS),
    ("signatures", signatures.MIGRATIONS),
]
