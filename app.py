"""Operations Atlas: navigation over the pages in pages/. All logic lives in the opsatlas package."""

import streamlit as st

st.set_page_config(page_title="Operations Atlas", layout="wide")
page = st.navigation(
    [
        st.Page("pages/map.py", title="Map and timeline", default=True),
        st.Page("pages/overview.py", title="Overview of all operations"),
        st.Page("pages/compare.py", title="Compare operations"),
        st.Page("pages/data.py", title="Data and downloads"),
        st.Page("pages/quality.py", title="Data quality"),
        st.Page("pages/about.py", title="About the data"),
        st.Page("pages/edit.py", title="Edit records", url_path="edit"),
    ]
)
page.run()
