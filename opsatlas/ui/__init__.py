"""Streamlit rendering. The only package that imports Streamlit; pages call these functions."""

from .common import (
                      catalogue,
                      choose_operations,
                      enter_via_navigation,
                      md,
                      md_link,
                      operation_view,
                      show_no_records,
                      show_problems,
)
from .explore import (
                      choose_as_of,
                      choose_metric,
                      choose_operation,
                      show_cases_and_links,
                      show_coordinators,
                      show_header,
                      show_headline,
                      show_map_panel,
                      show_tables,
)
from .pages import show_about, show_compare_page, show_data_page, show_quality_page

__all__ = [
    "catalogue", "choose_as_of", "choose_metric", "choose_operation", "choose_operations", "enter_via_navigation",
    "md", "md_link", "operation_view", "show_about", "show_cases_and_links", "show_compare_page",
    "show_coordinators", "show_data_page", "show_header", "show_headline", "show_map_panel", "show_no_records",
    "show_problems", "show_quality_page", "show_tables",
]
