"""Add an operation: draft a record from a news article and review it (logic in opsatlas.draft)."""

from opsatlas import ui

ui.enter_via_navigation()

ui.show_add_page()
