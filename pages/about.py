"""About the data: what the records are, where the boundaries come from, and what is loaded."""

from opsatlas import ui

ui.enter_via_navigation()

ui.show_about(ui.catalogue())
