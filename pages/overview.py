"""Overview page: which countries took part in how many of the chosen operations."""

from opsatlas import ui

ui.enter_via_navigation()

ui.show_overview_page(ui.catalogue())
