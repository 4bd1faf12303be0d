"""A real SMTP server for Gazette's tests (aiosmtpd), on 127.0.0.1.

usage: smtp_server.py OUTDIR starttls|plain [CERT KEY]
Prints "PORT <n>" once listening. Each message is saved as OUTDIR/<n>.eml with OUTDIR/<n>.envelope
(MAIL FROM, then one RCPT TO per line). With starttls, STARTTLS and a login (news / hunter22) are required.
A recipient whose address starts with "refused-" gets 550 (permanent), one starting with "deferred-" 451 (try later).
"""
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Handler:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused-"):
            return "550 5.1.1 No such user here"
        if address.startswith("deferred-"):
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        number = len([name for name in os.listdir(self.folder) if name.endswith(".eml")])
        with open(os.path.join(self.folder, f"{number}.eml"), "wb") as file:
            file.write(envelope.original_content or envelope.content)
        with open(os.path.join(self.folder, f"{number}.envelope"), "w") as file:
            file.write("\n".join([envelope.mail_from] + list(envelope.rcpt_tos)))
        return "250 Message accepted"


def authenticate(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=auth_data.login == b"news" and auth_data.password == b"hunter22")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


folder, mode = sys.argv[1], sys.argv[2]
port = free_port()
options = {}
if mode == "starttls":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    options = dict(tls_context=context, require_starttls=True, authenticator=authenticate, auth_require_tls=True)
controller = Controller(Handler(folder), hostname="127.0.0.1", port=port, **options)
controller.start()
print(f"PORT {port}", flush=True)
try:
    while True:
        time.sleep(1)
finally:
    controller.stop()
