"""The provincial directory (danh bạ thư điện tử), no Qt.

Units in a hierarchy with their unit mailboxes, people, and groups defined by
rules over the hierarchy; importers (xlsx, csv, vCard, LDAP) in
``importers/``; search that ignores diacritics, case, word order and the
abbreviations of official texts; the "Nơi nhận" resolver. Callers use
``service.DirectoryService``.
"""
