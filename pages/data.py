"""Data page: operations, figures and sources as searchable tables, and the downloads."""

from opsatlas import ui

ui.enter_via_navigation()

ui.show_data_page(ui.catalogue())
