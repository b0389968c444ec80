"""Main page: the chosen operation on a world map, its figures and sources, and its timeline."""

from opsatlas import settings, ui

ui.enter_via_navigation()

cat = ui.catalogue()
ui.show_problems(cat)
operation_id = ui.choose_operation(cat)
if operation_id is None:
    ui.show_no_records(str(settings.records_dir()))
else:
    record = cat.records[operation_id]
    metric = ui.choose_metric(record)
    as_of = ui.choose_as_of(record)
    view = ui.operation_view(cat, operation_id, metric, as_of)
    suspects = ui.operation_view(cat, operation_id, "suspects_identified", as_of)
    ui.show_header(view)
    ui.show_headline(view, suspects)
    ui.show_map_panel(view)
    ui.show_tables(view)
    ui.show_coordinators(view)
    ui.show_cases_and_links(view)
