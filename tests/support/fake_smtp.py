"""A tiny scripted SMTP server over implicit TLS, for the failures a real Postfix will not produce on cue.

``FakeSmtp(tmp_dir, hang_up_after="data_end")`` listens on loopback, greets,
answers EHLO/AUTH/MAIL/RCPT/DATA like a submission server, and drops the
connection at the chosen point: ``"rcpt"`` (before DATA: the message was
certainly not taken) or ``"data_end"`` (after the final dot, before the 250:
the client cannot know). ``received`` counts complete messages it saw.
Only for unit-level outbox tests; real delivery is proven against Postfix.
"""

from __future__ import annotations

import socket
import ssl
import threading
from pathlib import Path


class FakeSmtp:
    def __init__(self, directory: Path, *, hang_up_after: str):
        from tests.support.tlsca import TestCA

        ca = TestCA(Path(directory) / "fake-smtp-ca", name="Fake SMTP Test CA")
        issued = ca.issue("localhost")
        self.cafile = ca.cert_path
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(issued.cert_path, issued.key_path)
        self.hang_up_after = hang_up_after
        self.received = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def close(self) -> None:
        self.sock.close()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.sock.accept()
            except OSError:
                return
            try:
                with self.ctx.wrap_socket(raw, server_side=True) as conn:
                    self._session(conn.makefile("rwb"))
            except (OSError, ssl.SSLError):
                pass

    def _session(self, f) -> None:
        def say(line: bytes) -> None:
            f.write(line + b"\r\n")
            f.flush()

        say(b"220 fake ESMTP")
        for line in f:
            cmd = line.strip().upper()
            if cmd.startswith(b"EHLO"):
                say(b"250-fake\r\n250-8BITMIME\r\n250 AUTH PLAIN")
            elif cmd.startswith(b"AUTH"):
                say(b"235 ok")
            elif cmd.startswith(b"MAIL"):
                say(b"250 ok")
            elif cmd.startswith(b"RCPT"):
                if self.hang_up_after == "rcpt":
                    return
                say(b"250 ok")
            elif cmd == b"DATA":
                say(b"354 go on")
                for body in f:
                    if body == b".\r\n":
                        break
                self.received += 1
                if self.hang_up_after == "data_end":
                    return
                say(b"250 queued")
            elif cmd == b"QUIT":
                say(b"221 bye")
                return
            else:
                say(b"250 ok")
