"""Main page: the chosen operation on a world map, its figures and sources, and its timeline."""

from opsatlas import settings, ui

ui.enter_via_navigation()

cat = ui.catalogue()
state = ui.explore_state(cat)
if state is None:
    ui.show_no_records(str(settings.records_dir()))
else:
    ui.show_explore(cat, state)
