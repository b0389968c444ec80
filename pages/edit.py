"""Edit records: signed-in editors only (readers see how to sign in, and nothing else)."""

from opsatlas import ui

ui.enter_via_navigation()
ui.show_edit_page()
