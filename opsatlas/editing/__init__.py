"""Changing records from the app: safe saves, the edit history, imports, and who may do them.

No Streamlit here: the pages pass the session's `Identity` into every call that writes, and each
call checks it (`auth.require_editor`).
"""

from .auth import READER, Identity, NotAllowed, local_identity, require_editor
from .importing import ImportPreview, preview_upload
from .service import Conflict, Invalid, Opened, Saved, SaveFailed, check, open_record, restore, save, unified_diff

__all__ = [
    "READER", "Conflict", "Identity", "ImportPreview", "Invalid", "NotAllowed", "Opened", "SaveFailed", "Saved",
    "check", "local_identity", "open_record", "preview_upload", "require_editor", "restore", "save", "unified_diff",
]
