"""Who may change records: a signed-in editor on the list, or the local editor on a localhost server.

The page builds an `Identity` from what the server knows (Streamlit's `st.user`, read from the
signed identity cookie; the server's own listening address) and passes it to every call that
writes. `require_editor` is the check, made inside those calls: hiding buttons is not security,
because a browser can send any widget message it likes.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from .. import settings


class NotAllowed(PermissionError):
    """This identity may not change records; the message says why and what to do."""


@dataclass(frozen=True)
class Identity:
    """What the server knows about the person in a session (never taken from the browser's widgets)."""

    signed_in: bool
    email: str = ""
    name: str = ""
    email_verified: bool | None = None  # as the provider's ID token says (None when it does not say)
    via: str = "oidc"  # "oidc": st.login; "local": the documented local mode
    server_address: str = ""  # local mode only: the address the server listens on

    @property
    def who(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


READER = Identity(signed_in=False)

_NAME_EMAIL = re.compile(r"^\s*(?P<name>[^<>]*?)\s*<(?P<email>[^<>@\s]+@[^<>@\s]+)>\s*$")


def parse_name_email(value: str) -> tuple[str, str]:
    """'Ana Ruiz <ana@example.org>' -> ('Ana Ruiz', 'ana@example.org'); a bare address is its own name."""
    m = _NAME_EMAIL.match(value)
    if m:
        return m["name"] or m["email"], m["email"]
    if re.fullmatch(r"[^<>@\s]+@[^<>@\s]+", value.strip()):
        return value.strip(), value.strip()
    raise ValueError(f"{value!r} is not 'Name <email>': write e.g. OPSATLAS_LOCAL_EDITOR='Ana Ruiz <ana@example.org>'")


def is_loopback(address: str) -> bool:
    """Whether a server listening on `address` can be reached only from this machine."""
    host = address.strip().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # "" (every interface), 0.0.0.0, a host name: reachable from elsewhere


def local_identity(server_address: str) -> Identity | None:
    """The local editor's identity when local mode is on (whether the address allows it is checked later)."""
    configured = settings.local_editor()
    if not configured:
        return None
    name, email = parse_name_email(configured)
    return Identity(signed_in=True, email=email, name=name, email_verified=True, via="local",
                    server_address=server_address)


def require_editor(identity: Identity) -> Identity:
    """The identity, if it may change records; raises NotAllowed otherwise."""
    if identity.via == "local":
        configured = settings.local_editor()
        if not configured:
            raise NotAllowed("local editing is off: set OPSATLAS_LOCAL_EDITOR, or sign in")
        if not is_loopback(identity.server_address):
            raise NotAllowed("local editing works only while the server listens on localhost "
                             "(streamlit run app.py --server.address 127.0.0.1); this server listens on "
                             f"{identity.server_address or 'every interface'}: sign in instead")
        if parse_name_email(configured)[1].lower() != identity.email.lower():
            raise NotAllowed("this is not the local editor set in OPSATLAS_LOCAL_EDITOR")
        return identity
    if identity.via != "oidc" or not identity.signed_in or not identity.email:
        raise NotAllowed("sign in as an editor to change records: reading needs no account, editing does")
    if identity.email_verified is False:
        raise NotAllowed(f"the provider says {identity.email} is not verified: verify the address with the "
                         "provider, then sign in again")
    if identity.email.lower() not in settings.editors():
        raise NotAllowed(f"{identity.email} is not on the list of editors: ask an administrator to add it to "
                         "OPSATLAS_EDITORS")
    return identity
