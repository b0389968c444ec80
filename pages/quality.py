"""Data quality page: what each record's figures establish, and what they do not."""

from opsatlas import ui

ui.enter_via_navigation()

ui.show_quality_page(ui.catalogue())
