"""Operations Atlas: navigation over the pages in pages/. All logic lives in the opsatlas package."""

import streamlit as st

from opsatlas.ui import nav_links

st.set_page_config(page_title="Operations Atlas", layout="wide")
PAGES = [
    st.Page("pages/map.py", title="Map and timeline", default=True),
    st.Page("pages/overview.py", title="Overview of all operations"),
    st.Page("pages/compare.py", title="Compare operations"),
    st.Page("pages/data.py", title="Data and downloads"),
    st.Page("pages/quality.py", title="Data quality"),
    st.Page("pages/about.py", title="About the data"),
]
page = st.navigation(PAGES, position="hidden")
links = st.sidebar.container()  # at the top of the sidebar, filled once the page has chosen its operation
try:
    page.run()
finally:
    nav_links(links, PAGES)  # the page links carry the chosen operation (?op=) from page to page
