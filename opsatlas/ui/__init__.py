"""Streamlit rendering. The only package that imports Streamlit; pages call these functions."""

from .common import (
    catalogue,
    choose_operations,
    enter_via_navigation,
    md,
    md_link,
    nav_links,
    operation_ids,
    operation_view,
    show_no_records,
    show_problems,
)
from .explore import explore_state, show_explore
from .pages import show_about, show_compare_page, show_data_page, show_overview_page, show_quality_page

__all__ = [
    "catalogue", "choose_operations", "enter_via_navigation", "explore_state", "md", "md_link", "nav_links", "operation_ids", "operation_view",
    "show_about", "show_compare_page", "show_data_page", "show_explore", "show_no_records", "show_overview_page", "show_problems",
    "show_quality_page",
]
