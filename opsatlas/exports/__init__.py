"""Exports people reuse: CSV for spreadsheets, JSON of the records, GeoJSON for GIS, SQLite for Datasette.

Each writer takes validated records and returns bytes (or writes a file), deterministically:
the same records give the same bytes.
"""

from .rows import figure_rows
from .writers import FORMATS, export_bytes, write_export

__all__ = ["FORMATS", "export_bytes", "figure_rows", "write_export"]
