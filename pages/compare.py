"""Compare page: operations side by side for students."""

from opsatlas import ui

ui.enter_via_navigation()

ui.show_compare_page(ui.catalogue())
