"""The window. The only package (with ``thucongvu.app``) that imports PySide6.

Layout (Frescobaldi habit: one small folder per feature)::

    ui/qt.py          the Qt shim (Anki's aqt.qt)
    ui/tasks.py       the ONE background helper: Tasks.run(fn, *args, on_done=, on_error=, lane="net"|"db")
    ui/bridge.py      domain events (thucongvu.events) re-emitted as Qt signals on the GUI thread
    ui/context.py     UiServices: domain services + tasks + bridge + settings, handed to every area
    ui/mainwindow.py  the frame: left navigation, banner strip, menus, status bar with sync progress
    ui/areas.py       the list of navigation areas
    ui/mail/          Hộp thư: folders, list model, reader, compose, actions
    ui/directory/     Danh bạ          (directory feature)
    ui/signatures/    Kiểm tra chữ ký  (signatures feature)
    ui/accounts/      account wizard

The area interface
------------------
Each navigation area is a module ``thucongvu/ui/<feature>/area.py`` with::

    def create_area(services: UiServices, parent: QWidget | None) -> QWidget

listed in ``ui/areas.py`` (key, Vietnamese title, module, icon). ``services``
gives ``services.tasks`` (run work off the GUI thread; results come back on
it), ``services.bridge`` (Qt signals: sync_started/progress/finished/failed,
folder_did_sync, new_mail, flags_changed, outbox_changed, accounts_changed,
reminder_due), ``services.settings`` (QSettings in the home dir: namespace
your keys, e.g. ``"directory/…"``), ``services.events`` (publish domain
events from any thread), and the domain services: ``services.home``,
``services.db_path``, ``services.connect()`` (a new SQLite connection for
your own domain service), ``services.mailbox``, ``services.mail``,
``services.outbox()``, ``services.accounts``, ``services.demo``,
``services.window`` (the MainWindow).

Optional hooks the window calls on the area widget when present:
``install_actions(window)`` (add QActions to ``window.mail_menu`` /
``window.view_menu`` / ``window.file_menu``), ``save_state(settings)`` on
close. Anything may add a strip above the areas with
``window.add_banner(widget)`` (duty reminders) and switch area with
``window.show_area(key)``.

Mail area hooks (``area = window.areas["mail"]``):
``area.open_unit_mailbox()`` shows the unit mailbox's inbox (the reminder's
"Mở hộp thư đơn vị"); opening any folder publishes
``folder_opened(account, folder, unit_mailbox)`` (``services.bridge.folder_opened``);
``area.reader.message_loaded(message_id, ParsedMessage)`` fires when a body is
shown and ``area.reader.add_badge(widget)`` puts a badge under the headers
(signature verdicts); ``area.selected_ids()`` / ``area.current_message_id()``;
``area.read_only`` is True while the folder shown is a leader's read-only view
of the unit mailbox (account role "leader", or server rights without write
recorded by ``duty.folder_rights``): features that change the mailbox must
check it (the services refuse anyway) and may call ``area.hint_read_only()``;
``area.mail_menu`` actions live in ``window.mail_menu``. Open a compose window
with ``thucongvu.ui.mail.compose.open_compose(services, mode, source_id,
parent, to=[…], attachments=[paths])`` (mode: new | reply | reply_all |
forward | forward_unaltered).

Rules: widgets never open SQLite or sockets (ask a domain service, off the
GUI thread through ``services.tasks`` when it may block); every user-visible
string goes through ``self.tr("…")`` / ``QCoreApplication.translate`` with
Vietnamese as the source text.
"""
